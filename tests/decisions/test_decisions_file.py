"""compliance.decisions: the file's format, its validation, and what a decision does on a run."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml

from compliance import decisions
from compliance.errors import DataError, UsageError
from compliance.lists.models import Alias, Entity, Relation, RelationType, Source
from compliance.models import Decision, DecisionKind, DecisionState, Finding, Severity

D = dt.date(2026, 11, 22)


def decision(fp: str = "a" * 20, **kw: object) -> Decision:
    base: dict[str, object] = dict(fingerprint=fp, decision=DecisionKind.FALSE_POSITIVE, reason="not the maker",
                                   reviewer="jdoe", date=D, entity_digest="b" * 20, entity_id="hikvision",
                                   entity_name="Hikvision", rule="US889A", value="HIK SUPPLY")
    base.update(kw)
    return Decision(**base)  # type: ignore[arg-type]


def test_file_is_sorted_with_a_fixed_key_order_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / decisions.DEFAULT_NAME
    later = decision("f" * 20, expires=dt.date(2027, 6, 30))
    decisions.save(path, [later, decision("0" * 20)])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["schema"] == "compliance.decisions/1"
    assert [d["fingerprint"] for d in data["decisions"]] == ["0" * 20, "f" * 20]
    assert list(data["decisions"][1]) == ["fingerprint", "decision", "reason", "reviewer", "date", "expires", "rule",
                                          "value", "entity_id", "entity_name", "entity_digest"]
    assert "expires" not in data["decisions"][0]
    assert decisions.load(path) == [decision("0" * 20), later]
    before = path.read_text(encoding="utf-8")
    decisions.save(path, decisions.load(path))
    assert path.read_text(encoding="utf-8") == before                # stable: re-saving changes nothing


def test_merge_replaces_the_decision_for_the_same_fingerprint() -> None:
    old = [decision("1" * 20), decision("2" * 20)]
    new = decision("2" * 20, decision=DecisionKind.CONFIRMED, reason="checked the invoice")
    merged = decisions.merge(old, [new])
    assert [(d.fingerprint, d.decision) for d in merged] == [("1" * 20, DecisionKind.FALSE_POSITIVE),
                                                             ("2" * 20, DecisionKind.CONFIRMED)]


def _entry(**kw: object) -> dict[str, object]:
    entry: dict[str, object] = {"fingerprint": "c" * 20, "decision": "false-positive", "reason": "why",
                                "reviewer": "jdoe", "date": "2026-11-22"}
    entry.update(kw)
    return entry


@pytest.mark.parametrize(("entries", "expected"), [
    ([_entry(reason="  ")], "decisions[0] (fingerprint 'cccccccccccccccccccc'): reason"),
    ([_entry(), {k: v for k, v in _entry(fingerprint="d" * 20).items() if k != "reason"}],
     "decisions[1] (fingerprint 'dddddddddddddddddddd'): reason: Field required"),
    ([_entry(decision="ignore")], "decisions[0] (fingerprint 'cccccccccccccccccccc'): decision"),
    ([_entry(fingerprint="HIK")], "decisions[0] (fingerprint 'HIK'): fingerprint"),
    ([_entry(expires="2026-01-01")], "is before the decision date"),
    ([_entry(), _entry()], "decisions[1] (fingerprint 'cccccccccccccccccccc'): fingerprint already decided"),
    ([_entry(colour="red")], "colour: Extra inputs are not permitted"),
    ([_entry(date="22/11/2026")], "date"),
])
def test_a_broken_entry_names_the_file_and_the_entry(tmp_path: Path, entries: list[object], expected: str) -> None:
    path = tmp_path / "decisions.yaml"
    path.write_text(yaml.safe_dump({"schema": "compliance.decisions/1", "decisions": entries}), encoding="utf-8")
    with pytest.raises(DataError) as exc:
        decisions.load(path)
    assert str(exc.value).startswith(f"{path}: ")
    assert expected in str(exc.value)


def test_not_yaml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "decisions.yaml"
    path.write_text("decisions: [\n  - {fingerprint: x\n", encoding="utf-8")
    with pytest.raises(DataError, match="decisions.yaml:.*not valid YAML"):
        decisions.load(path)
    with pytest.raises(UsageError, match="not found"):
        decisions.load(tmp_path / "nope.yaml")
    assert decisions.load_optional(None, tmp_path / "sheet.csv") == (None, [])   # no default file: no decisions


def test_default_path_is_beside_the_input(tmp_path: Path) -> None:
    assert decisions.default_path(tmp_path / "sheets" / "v.csv") == tmp_path / "sheets" / decisions.DEFAULT_NAME
    assert decisions.default_path(tmp_path) == tmp_path / decisions.DEFAULT_NAME     # a folder given as input


# -- judging a decision on a run ----------------------------------------------------------------

@pytest.mark.parametrize(("kind", "expires", "as_of", "digest", "state", "why"), [
    (DecisionKind.FALSE_POSITIVE, None, D, "b" * 20, DecisionState.CLEARED, ""),
    (DecisionKind.ACCEPTED_RISK, dt.date(2026, 12, 31), dt.date(2026, 12, 31), "b" * 20, DecisionState.CLEARED, ""),
    (DecisionKind.CONFIRMED, None, D, "b" * 20, DecisionState.CONFIRMED, ""),
    (DecisionKind.FALSE_POSITIVE, dt.date(2026, 12, 31), dt.date(2027, 1, 1), "b" * 20, DecisionState.REOPENED,
     "expired on 2026-12-31"),
    (DecisionKind.FALSE_POSITIVE, None, D, "e" * 20, DecisionState.REOPENED, "has changed since the decision"),
])
def test_judge(kind: DecisionKind, expires: dt.date | None, as_of: dt.date, digest: str, state: DecisionState,
               why: str) -> None:
    judged = decisions.judge(decision(decision=kind, expires=expires), digest, as_of)
    assert judged.state is state
    assert why in judged.state_reason and bool(judged.state_reason) is bool(why)


def test_a_decision_without_a_digest_reopens_and_says_why() -> None:
    judged = decisions.judge(decision(entity_digest=None), "b" * 20, D)
    assert judged.state is DecisionState.REOPENED and "entity_digest" in judged.state_reason


SOURCE = Source(title="a source", as_of=dt.date(2026, 1, 1))


def entity(**kw: object) -> Entity:
    base: dict[str, object] = dict(id="acme", name="Acme Corp", lists=["ndaa-889"],
                                   aliases=[Alias(name="ACME")], sources=[SOURCE])
    base.update(kw)
    return Entity(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("changed", [
    entity(name="Acme Corporation"),
    entity(aliases=[Alias(name="ACME"), Alias(name="Acme Intl")]),
    entity(lists=["ndaa-889", "fcc-covered"]),
    entity(relations=[Relation(type=RelationType.SUBSIDIARY_OF, target="parent", sources=[SOURCE])]),
])
def test_the_digest_follows_what_the_entry_says(changed: Entity) -> None:
    path = ("Acme Corp",)
    assert decisions.entity_digest(path, [changed]) != decisions.entity_digest(path, [entity()])


def test_the_digest_ignores_sources_and_follows_the_path() -> None:
    resourced = entity(sources=[Source(title="re-read later", as_of=dt.date(2026, 11, 1))])
    assert decisions.entity_digest(("Acme Corp",), [resourced]) == decisions.entity_digest(("Acme Corp",), [entity()])
    assert (decisions.entity_digest(("Acme USA", "subsidiary of", "Acme Corp"), [entity()])
            != decisions.entity_digest(("Acme Corp",), [entity()]))


def finding(row: int, value: str = "ACME LLC") -> Finding:
    return Finding(input="v.csv", sheet=None, row=row, column="Vendor", value=value, normalized=value.lower(),
                   rule="US889A", severity=Severity.PROHIBITED, entity_id="acme", entity_name="Acme Corp",
                   entity_lists=("ndaa-889",), matched_name="ACME", score=100.0, method="exact",
                   path=("Acme Corp",), citation="c", explanation="e")


def test_apply_attaches_decisions_by_fingerprint_and_lists_the_stale(tmp_path: Path) -> None:
    from compliance.pipeline import Report

    entities = {"acme": entity()}
    report = Report(tool_version="0", generated_at=dt.datetime(2026, 11, 22, tzinfo=dt.UTC), as_of=D, inputs=[],
                    lists=[], packs=[], findings=[finding(2), finding(9), finding(4, "ACME GMBH")], matcher="m")
    digest = decisions.digests(report.findings, entities)[finding(2).fingerprint]
    mine = decisions.record(finding(2), digest, decision=DecisionKind.FALSE_POSITIVE, reason="a namesake",
                            reviewer="jdoe", date=D, expires=None)
    stale = decision("9" * 20)
    decisions.apply(report, [mine, stale], entities)
    states = [(f.row, f.decision.state if f.decision else None) for f in report.findings]
    assert states == [(2, DecisionState.CLEARED), (9, DecisionState.CLEARED), (4, None)]   # same value, any row
    assert report.stale_decisions == [stale]
    assert decisions.state_counts(report.findings) == {"cleared": 2}
    assert dataclasses.replace(report.findings[0], decision=None).fingerprint == mine.fingerprint
