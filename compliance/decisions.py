"""Reviewed decisions: the decisions file (YAML) and applying it to a finished report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from compliance.errors import DataError, UsageError
from compliance.models import Decision, DecisionKind, DecisionState, Finding
from compliance.output import write_atomic
from compliance.yamlio import describe_location, load_yaml

if TYPE_CHECKING:
    from compliance.lists.models import Entity
    from compliance.pipeline import Report

#: The file `compliance screen` looks for beside its (first) input when --decisions is not given.
DEFAULT_NAME = "compliance-decisions.yaml"
SCHEMA_ID = "compliance.decisions/1"

_HEADER = """\
# Reviewed decisions about screening findings (compliance.decisions/1).
# One entry per finding fingerprint (rule, normalized value, entity; never the row), sorted by
# fingerprint. Written by `compliance decide` and `compliance review`; a hand edit must keep
# `reason` non-empty. `entity_digest` is the list entry as it stood when decided: when the entry
# changes, the finding re-opens. See docs/decisions.md.
"""

_HEX20 = r"^[0-9a-f]{20}$"


class DecisionEntry(BaseModel):
    """One decision as the file stores it; validated on load, written back in this key order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fingerprint: str = Field(pattern=_HEX20)
    decision: DecisionKind
    reason: str
    reviewer: str
    date: dt.date
    expires: dt.date | None = None
    rule: str = ""
    value: str = ""
    entity_id: str = ""
    entity_name: str = ""
    entity_digest: str | None = Field(default=None, pattern=_HEX20)

    @field_validator("reason", "reviewer")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        text = text.strip()
        if not text:
            raise ValueError("must not be empty: say why (reason) and who (reviewer)")
        return text

    @model_validator(mode="after")
    def _dates(self) -> DecisionEntry:
        if self.expires is not None and self.expires < self.date:
            raise ValueError(f"expires {self.expires} is before the decision date {self.date}")
        return self

    def to_decision(self) -> Decision:
        return Decision(fingerprint=self.fingerprint, decision=self.decision, reason=self.reason,
                        reviewer=self.reviewer, date=self.date, expires=self.expires,
                        entity_digest=self.entity_digest, entity_id=self.entity_id,
                        entity_name=self.entity_name, rule=self.rule, value=self.value)


class DecisionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_: Literal["compliance.decisions/1"] = Field(default="compliance.decisions/1", alias="schema")
    decisions: list[dict[str, Any]] = Field(default_factory=list)


def default_path(first_input: Path) -> Path:
    """``compliance-decisions.yaml`` in the input's folder (or in the folder given as input)."""
    return (first_input if first_input.is_dir() else first_input.parent) / DEFAULT_NAME


# -- the file ------------------------------------------------------------------------------------

def load(path: Path) -> list[Decision]:
    """Every decision in the file; a broken file or entry raises DataError naming the file and entry."""
    if not path.is_file():
        raise UsageError(f"{path}: decisions file not found")
    data = load_yaml(path)
    if data is None:
        return []
    try:
        top = DecisionsFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise DataError(f"{path}: {describe_location(data, err['loc'])}: {err['msg']}") from None
    out: list[Decision] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(top.decisions):
        fp = raw.get("fingerprint") if isinstance(raw, dict) else None
        where = f"decisions[{index}]" + (f" (fingerprint {fp!r})" if fp else "")
        try:
            entry = DecisionEntry.model_validate(raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(k) for k in err["loc"]) or "entry"
            more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
            raise DataError(f"{path}: {where}: {field}: {err['msg']}{more}") from None
        if entry.fingerprint in seen:
            raise DataError(f"{path}: {where}: fingerprint already decided in decisions[{seen[entry.fingerprint]}]",
                            hint="keep one decision per finding")
        seen[entry.fingerprint] = index
        out.append(entry.to_decision())
    return out


def load_optional(path: Path | None, first_input: Path | None) -> tuple[Path | None, list[Decision]]:
    """``--decisions FILE`` (must exist) or the default file beside the first input (if it exists)."""
    if path is not None:
        return path, load(path)
    if first_input is None:
        return None, []
    default = default_path(first_input)
    return (default, load(default)) if default.is_file() else (None, [])


def dump(decisions: Iterable[Decision]) -> str:
    """The file's text: sorted by fingerprint, one mapping per decision, keys in a fixed order."""
    entries = []
    for d in sorted(decisions, key=lambda d: d.fingerprint):
        entry: dict[str, Any] = {"fingerprint": d.fingerprint, "decision": d.decision.value, "reason": d.reason,
                                 "reviewer": d.reviewer, "date": d.date}
        if d.expires is not None:
            entry["expires"] = d.expires
        entry.update(rule=d.rule, value=d.value, entity_id=d.entity_id, entity_name=d.entity_name)
        if d.entity_digest is not None:
            entry["entity_digest"] = d.entity_digest
        entries.append(entry)
    body = yaml.safe_dump({"schema": SCHEMA_ID, "decisions": entries}, sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=4096)
    return _HEADER + body


def save(path: Path, decisions: Iterable[Decision]) -> None:
    """Write the whole file atomically: an existing file is replaced only once the new one is complete."""
    write_atomic(path, dump(decisions))


def merge(existing: Sequence[Decision], new: Iterable[Decision]) -> list[Decision]:
    """``existing`` with each new decision replacing any earlier one for the same fingerprint."""
    by_fp = {d.fingerprint: d for d in existing}
    for d in new:
        by_fp[d.fingerprint] = d
    return sorted(by_fp.values(), key=lambda d: d.fingerprint)


def record(finding: Finding, digest: str | None, *, decision: DecisionKind, reason: str, reviewer: str,
           date: dt.date, expires: dt.date | None) -> Decision:
    """A new decision about ``finding``, carrying what it takes to notice a later change."""
    reason, reviewer = reason.strip(), reviewer.strip()
    if not reason:
        raise UsageError("--reason: say why; a decision without a reason is not recorded")
    if not reviewer:
        raise UsageError("--reviewer: say who decided")
    if expires is not None and expires < date:
        raise UsageError(f"--expires {expires}: that is before today ({date})")
    return Decision(fingerprint=finding.fingerprint, decision=decision, reason=reason, reviewer=reviewer,
                    date=date, expires=expires, entity_digest=digest, entity_id=finding.entity_id,
                    entity_name=finding.entity_name, rule=finding.rule, value=finding.value)


# -- applying decisions to a report ---------------------------------------------------------------

def entity_digest(path: Sequence[str], entities: Sequence[Entity]) -> str:
    """What a finding's list entries assert, hashed: names, aliases, lists, dates, relations, identifiers.

    ``entities`` are the entries along the finding's relation path (the one hit, the covered one,
    any in between). Sources are left out: re-reading a source (or touching a user list, whose
    source date is its file time) does not change what the entry says.
    """
    payload = {"path": list(path), "entities": [_without_sources(e.model_dump(mode="json")) for e in entities]}
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _without_sources(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_sources(v) for k, v in node.items() if k != "sources"}
    if isinstance(node, list):
        return [_without_sources(v) for v in node]
    return node


def digests(findings: Iterable[Finding], entities: Mapping[str, Entity]) -> dict[str, str]:
    """Fingerprint -> entity digest for every finding (the first finding of a fingerprint decides)."""
    by_name: dict[str, list[Entity]] = {}
    for e in entities.values():
        by_name.setdefault(e.name, []).append(e)
    out: dict[str, str] = {}
    for f in findings:
        if f.fingerprint in out:
            continue
        # the path alternates entity names and relation labels: name, "subsidiary of", name, ...
        on_path = [e for name in f.path[::2] for e in by_name.get(name, [])]
        covered = entities.get(f.entity_id)
        if covered is not None and covered not in on_path:
            on_path.append(covered)
        out[f.fingerprint] = entity_digest(f.path, on_path)
    return out


def judge(decision: Decision, digest: str | None, as_of: dt.date) -> Decision:
    """The decision's state on this run: in force (cleared / confirmed) or re-opened, and why."""
    reopened = ""
    if decision.expires is not None and decision.expires < as_of:
        reopened = f"the decision expired on {decision.expires.isoformat()} (screened as of {as_of.isoformat()})"
    elif decision.entity_digest is None:
        reopened = ("the decision does not record the list entry it was made against (entity_digest), so a "
                    "change to it cannot be ruled out; record it again with `compliance decide`")
    elif digest is not None and decision.entity_digest != digest:
        who = decision.entity_name or decision.entity_id or "the matched entity"
        reopened = (f"the list entry for {who} has changed since the decision of {decision.date.isoformat()} "
                    f"(entry digest {decision.entity_digest} then, {digest} now)")
    if reopened:
        return dataclasses.replace(decision, state=DecisionState.REOPENED, state_reason=reopened)
    state = DecisionState.CLEARED if decision.clears else DecisionState.CONFIRMED
    return dataclasses.replace(decision, state=state, state_reason="")


def apply(report: Report, decisions: Sequence[Decision], entities: Mapping[str, Entity]) -> Report:
    """Attach each decision to the findings it matches; list the decisions that match none as stale."""
    report.entity_digests = digests(report.findings, entities)
    by_fp = {d.fingerprint: d for d in decisions}
    judged: dict[str, Decision] = {}
    findings: list[Finding] = []
    for f in report.findings:
        d = by_fp.get(f.fingerprint)
        if d is None:
            findings.append(f)
            continue
        if f.fingerprint not in judged:
            judged[f.fingerprint] = judge(d, report.entity_digests.get(f.fingerprint), report.as_of)
        findings.append(dataclasses.replace(f, decision=judged[f.fingerprint]))
    report.findings = findings
    report.stale_decisions = sorted((d for d in decisions if d.fingerprint not in judged),
                                    key=lambda d: d.fingerprint)
    return report


def state_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per decision state (cleared / confirmed / reopened), in that order, zeros left out."""
    counts: dict[str, int] = {}
    for f in findings:
        if f.decision is not None:
            counts[f.decision.state.value] = counts.get(f.decision.state.value, 0) + 1
    return {s.value: counts[s.value] for s in DecisionState if s.value in counts}
