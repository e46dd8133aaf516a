"""The report as one JSON-ready document (compliance.report/1): the source every format renders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from compliance.decisions import state_counts
from compliance.lists.store import ListInfo
from compliance.models import Decision
from compliance.pipeline import Report
from compliance.rules.loader import RuleInfo

SCHEMA_ID = "compliance.report/1"


def sheet_key(path: str, sheet: str | None) -> str:
    """Sheet name, or for a CSV the name Excel gives its one sheet (the file stem)."""
    return sheet if sheet is not None else Path(path).stem


def no_match_statement(report: Report) -> str:
    """What may be said of rows without findings: never 'clear'."""
    names = ", ".join(f"{i.id} ({i.version})" for i in report.lists if i.kind != "reference")
    return f"No match in these lists as of {report.as_of.isoformat()}: {names}."


def build(report: Report) -> dict[str, Any]:
    inputs = []
    for i in report.inputs:
        inputs.append({
            "path": i.path,
            "sha256": i.sha256,
            "kind": i.kind,
            "sheets": [s.name for s in i.sheets if s.name is not None],
            "rows": i.rows,
            "columns": {sheet_key(i.path, s.name): dict(s.columns) for s in i.sheets},
            "header_rows": {sheet_key(i.path, s.name): s.header_row for s in i.sheets},
            "hidden_sheets": [s.name for s in i.sheets if s.hidden and s.name is not None],
            "skipped": [{"sheet": s.name, "reason": s.skipped_reason} for s in i.sheets if s.skipped_reason],
        })
    findings = [{
        "input": f.input,
        "sheet": f.sheet,
        "row": f.row,
        "column": f.column,
        "value": f.value,
        "normalized": f.normalized,
        "rule": f.rule,
        "rule_name": f.rule_name,
        "outcome": f.outcome,
        "effective_from": f.effective_from.isoformat() if f.effective_from else None,
        "effective_until": f.effective_until.isoformat() if f.effective_until else None,
        "severity": f.severity.value,
        "entity": {"id": f.entity_id, "name": f.entity_name, "lists": list(f.entity_lists),
                   "digest": report.entity_digests.get(f.fingerprint)},
        "matched_name": f.matched_name,
        "method": f.method,
        "score": f.score,
        "path": list(f.path),
        "citation": f.citation,
        "explanation": f.explanation,
        "fingerprint": f.fingerprint,
        "decision": decision_doc(f.decision) if f.decision is not None else None,
    } for f in report.findings]
    rows_with = {(f.input, f.sheet, f.row) for f in report.findings}
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "compliance", "version": report.tool_version},
        "generated_at": report.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "as_of": report.as_of.isoformat(),
        "matcher": report.matcher,
        "context": {"as_of": report.as_of.isoformat(), "buyer": report.buyer, "purpose": report.purpose,
                    "date_column": report.date_column},
        "inputs": inputs,
        "lists": [_list_entry(i) for i in report.lists],
        "rule_packs": [{"id": p.id, "title": p.title, "version": p.version, "sha256": p.sha256,
                        "rules": p.rules, "jurisdiction": p.jurisdiction, "as_of": p.as_of} for p in report.packs],
        "rules": [rule_doc(r) for r in report.rules],
        "findings": findings,
        "stale_decisions": [stale_doc(d) for d in report.stale_decisions],
        "summary": {
            "rows": report.rows,
            "findings": len(report.findings),
            "rows_with_findings": len(rows_with),
            "by_severity": report.by_severity(),
            "cleared": sum(1 for f in report.findings if f.cleared),
            "by_decision": state_counts(report.findings),
            "stale_decisions": len(report.stale_decisions),
            "no_match": no_match_statement(report),
        },
    }


def rule_doc(r: RuleInfo) -> dict[str, Any]:
    """A rule the run applied, as the report records it."""
    return {"code": r.code, "name": r.name, "pack": r.pack, "groups": list(r.groups), "outcome": r.outcome,
            "severity": r.severity, "citation": r.citation, "description": r.description,
            "remediation": r.remediation or None,
            "effective_from": r.effective_from.isoformat() if r.effective_from else None,
            "effective_until": r.effective_until.isoformat() if r.effective_until else None}


def decision_doc(d: Decision) -> dict[str, Any]:
    """A finding's reviewed decision and what it does on this run (state, and why when re-opened)."""
    return {"decision": d.decision.value, "state": d.state.value, "state_reason": d.state_reason or None,
            "reason": d.reason, "reviewer": d.reviewer, "date": d.date.isoformat(),
            "expires": d.expires.isoformat() if d.expires else None}


def stale_doc(d: Decision) -> dict[str, Any]:
    """A decision that matched no finding on this run, with what it was about."""
    return {"fingerprint": d.fingerprint, "decision": d.decision.value, "reason": d.reason,
            "reviewer": d.reviewer, "date": d.date.isoformat(),
            "expires": d.expires.isoformat() if d.expires else None, "rule": d.rule, "value": d.value,
            "entity": {"id": d.entity_id, "name": d.entity_name}}


def _list_entry(i: ListInfo) -> dict[str, Any]:
    """A list as the report records it; official snapshots add where and when they were fetched."""
    entry: dict[str, Any] = {"id": i.id, "title": i.title, "publisher": i.publisher, "version": i.version,
                             "sha256": i.sha256, "entries": i.entries, "kind": i.kind}
    if i.kind == "official":
        entry.update({"source": i.id, "snapshot": i.snapshot, "fetched_at": i.fetched_at, "url": i.url})
    return entry
