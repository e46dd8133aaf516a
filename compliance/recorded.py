"""A screening read back from a JSON report or the run history: what review, decide and diff work on."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.errors import DataError, UsageError
from compliance.models import Decision, DecisionKind, DecisionState, Finding, Severity, finding_fingerprint


@dataclass(slots=True)
class Recorded:
    """The parts of a finished screening that outlive it: provenance, findings, decisions, digests."""

    label: str                                   # "run 3" or the report file's path
    generated_at: str
    as_of: str
    inputs: list[str]
    lists: list[tuple[str, str]]                 # (list id, version)
    findings: list[Finding]
    digests: dict[str, str] = field(default_factory=dict)   # fingerprint -> entity digest
    stale: list[Decision] = field(default_factory=list)


def read_report(path: Path) -> Recorded:
    """A ``compliance.report/1`` JSON file; anything else is a clear error (exit 2)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such report file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}:{exc.lineno}: not a JSON report: {exc.msg}") from None
    if not isinstance(doc, dict) or doc.get("schema") != "compliance.report/1":
        raise DataError(f"{path}: not a compliance report (expected \"schema\": \"compliance.report/1\"; "
                        "write one with --format json)")
    findings: list[Finding] = []
    digests: dict[str, str] = {}
    for index, raw in enumerate(doc.get("findings") or []):
        try:
            finding = finding_from_doc(raw)
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"{path}: findings[{index}]: unreadable finding ({type(exc).__name__}: {exc})") from None
        findings.append(finding)
        digest = (raw.get("entity") or {}).get("digest")
        if digest:
            digests.setdefault(finding.fingerprint, digest)
    stale = [_stale_from_doc(d) for d in doc.get("stale_decisions") or []]
    return Recorded(label=str(path), generated_at=str(doc.get("generated_at", "")), as_of=str(doc.get("as_of", "")),
                    inputs=[str(i.get("path", "")) for i in doc.get("inputs") or []],
                    lists=[(str(i.get("id", "")), list_version(str(i.get("version", "")), i.get("snapshot")))
                           for i in doc.get("lists") or []],
                    findings=findings, digests=digests, stale=stale)


def finding_from_doc(raw: dict[str, Any]) -> Finding:
    """One finding of the JSON document back as a Finding (with its decision, if any)."""
    entity = raw["entity"]
    normalized = str(raw.get("normalized", ""))
    fingerprint = raw.get("fingerprint") or finding_fingerprint(raw["rule"], normalized, entity["id"])
    decision = raw.get("decision")
    return Finding(
        input=raw["input"], sheet=raw.get("sheet"), row=int(raw["row"]), column=raw.get("column", ""),
        value=raw["value"], normalized=normalized, rule=raw["rule"], severity=Severity(raw["severity"]),
        entity_id=entity["id"], entity_name=entity.get("name", ""), entity_lists=tuple(entity.get("lists", ())),
        matched_name=raw.get("matched_name", ""), score=float(raw.get("score", 0)), method=raw.get("method", ""),
        path=tuple(raw.get("path", ())), citation=raw.get("citation", ""), explanation=raw.get("explanation", ""),
        decision=_decision_from_doc(fingerprint, decision, raw, entity) if decision else None,
        outcome=raw.get("outcome") or "", rule_name=raw.get("rule_name") or "",
        effective_from=_date(raw.get("effective_from")), effective_until=_date(raw.get("effective_until")),
    )


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _decision_from_doc(fingerprint: str, d: dict[str, Any], raw: dict[str, Any], entity: dict[str, Any]) -> Decision:
    return Decision(fingerprint=fingerprint, decision=DecisionKind(d["decision"]), reason=d["reason"],
                    reviewer=d["reviewer"], date=dt.date.fromisoformat(d["date"]),
                    expires=dt.date.fromisoformat(d["expires"]) if d.get("expires") else None,
                    state=DecisionState(d["state"]), state_reason=d.get("state_reason") or "",
                    entity_id=entity["id"], entity_name=entity.get("name", ""), rule=raw["rule"],
                    value=raw["value"])


def _stale_from_doc(d: dict[str, Any]) -> Decision:
    entity = d.get("entity") or {}
    return Decision(fingerprint=d["fingerprint"], decision=DecisionKind(d["decision"]), reason=d["reason"],
                    reviewer=d["reviewer"], date=dt.date.fromisoformat(d["date"]),
                    expires=dt.date.fromisoformat(d["expires"]) if d.get("expires") else None,
                    entity_id=entity.get("id", ""), entity_name=entity.get("name", ""), rule=d.get("rule", ""),
                    value=d.get("value", ""))


def list_version(version: str, snapshot: object) -> str:
    """A list's version as diff compares it: an official list's snapshot too (two imports of one day's
    publication are different data)."""
    return f"{version} (snapshot {snapshot})" if snapshot else version
