"""One loader for every rule's YAML case file (tests/rules/cases/CODE.yaml), sqlfluff-style.

A case file holds one rule's cases: rows (column role -> cell), optional list entries the case
needs (an official-list entry, as curated Entity fields), the context (as_of, buyer, purpose) and
the findings the rule must give (row number, severity, and optionally words of the path or the
explanation), or ``expect: none``. Every shipped rule code must have a case file, and the cases
must put dates on both sides of the rule's effective dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from compliance.models import Buyer, Role, Severity
from compliance.rules.engine import Context
from compliance.rules.examples import ExampleScreen
from compliance.rules.loader import LoadedPack, shipped_packs
from compliance.yamlio import load_yaml, validate

CASES = Path(__file__).parent / "cases"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expected(_Strict):
    row: int = Field(default=1, ge=0)              # 1-based position in ``rows``; 0: the header (a sheet finding)
    severity: Severity
    path_contains: list[str] = Field(default_factory=list)
    explanation_contains: list[str] = Field(default_factory=list)


class Case(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    rows: list[dict[Role, str]] = Field(min_length=1)
    as_of: dt.date
    buyer: Buyer = Buyer.CIVILIAN
    purpose: str | None = None
    entities: list[dict[str, object]] = Field(default_factory=list)
    expect: list[Expected] | Literal["none"]
    note: str | None = None


class CaseFile(_Strict):
    rule: str
    pack: str = "us-federal"
    cases: list[Case] = Field(min_length=2)


def _case_files() -> list[Path]:
    return sorted(CASES.glob("*.yaml"))


def _load(path: Path) -> CaseFile:
    return validate(CaseFile, load_yaml(path), path)


_PACKS: dict[str, LoadedPack] = {}
_SCREENS: dict[str, ExampleScreen] = {}


def _pack(pack_id: str) -> LoadedPack:
    if pack_id not in _PACKS:
        _PACKS[pack_id] = shipped_packs()[pack_id]
    return _PACKS[pack_id]


def _params() -> list[pytest.param]:
    out = []
    for path in _case_files():
        for case in _load(path).cases:
            out.append(pytest.param(path, case.name, id=f"{path.stem}:{case.name}"))
    return out


@pytest.mark.parametrize(("path", "name"), _params())
def test_case(path: Path, name: str) -> None:
    cases = _load(path)
    case = next(c for c in cases.cases if c.name == name)
    pack = _pack(cases.pack)
    rule = next((r for r in pack.rules if r.rule.code == cases.rule), None)
    assert rule is not None, f"{path}: no rule {cases.rule} in pack {cases.pack}"
    screen = _SCREENS.setdefault(cases.pack, ExampleScreen([pack]))
    context = Context(as_of=case.as_of, buyer=case.buyer, purpose=case.purpose)
    findings = [f for f in screen.findings([rule], case.rows, context, case.entities, name=f"<{name}>")
                if f.rule == cases.rule]
    got = sorted((f.row - 1, f.severity.value) for f in findings)
    if case.expect == "none":
        assert not findings, f"{path.name} {name}: expected no {cases.rule} finding, got " + "; ".join(
            f"row {f.row - 1} {f.severity.value}: {f.explanation}" for f in findings)
        return
    want = sorted((e.row, e.severity.value) for e in case.expect)
    assert got == want, f"{path.name} {name}: expected {want}, got {got}: " + "; ".join(
        f.explanation for f in findings)
    for e in case.expect:
        f = next(f for f in findings if f.row - 1 == e.row and f.severity is e.severity)
        path_text = " -> ".join(f.path)
        for words in e.path_contains:
            assert words in path_text, f"{path.name} {name}: path {path_text!r} lacks {words!r}"
        for words in e.explanation_contains:
            assert words in f.explanation, f"{path.name} {name}: explanation lacks {words!r}: {f.explanation}"


def test_every_shipped_rule_has_a_case_file() -> None:
    have = {p.stem for p in _case_files()}
    codes = {r.rule.code for pack in shipped_packs().values() for r in pack.rules}
    assert codes <= have, f"rules without a case file in {CASES}: {sorted(codes - have)}"
    assert have <= codes, f"case files for no shipped rule: {sorted(have - codes)}"


def test_case_files_cross_every_effective_date() -> None:
    """Each dated rule has cases on both sides of each of its dates (DOMAIN.md s.14 item 1)."""
    for path in _case_files():
        cases = _load(path)
        rule = next(r.rule for r in _pack(cases.pack).rules if r.rule.code == cases.rule)
        days = {c.as_of for c in cases.cases}
        # in force from effective_from (inclusive) through effective_until (inclusive)
        if rule.effective_from is not None:
            assert any(d < rule.effective_from for d in days) and any(d >= rule.effective_from for d in days), (
                f"{path.name}: no cases on both sides of {cases.rule}'s effective_from {rule.effective_from}")
        if rule.effective_until is not None:
            assert any(d <= rule.effective_until for d in days) and any(d > rule.effective_until for d in days), (
                f"{path.name}: no cases on both sides of {cases.rule}'s effective_until {rule.effective_until}")
