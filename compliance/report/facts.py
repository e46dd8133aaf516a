"""Facts every format shows, derived once from the finished Report: decisions, provenance, rules, counts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from compliance.models import Decision, DecisionState, Finding, InputResult, SheetResult
from compliance.pipeline import Report
from compliance.report.document import sheet_key
from compliance.rules.loader import RuleInfo

# XML 1.0 (xlsx, HTML, JUnit) cannot carry C0 controls other than tab/LF/CR, lone surrogates or
# U+FFFE/U+FFFF; openpyxl refuses them and LibreOffice reports the file as corrupt.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


def decision_text(decision: Decision | None) -> str:
    """One line a person reads: 'cleared: reason (reviewer, date)', or why a decision no longer clears."""
    if decision is None:
        return ""
    who = f"{decision.reviewer}, {decision.date.isoformat()}"
    if decision.expires is not None:
        who += f", expires {decision.expires.isoformat()}"
    if decision.state is DecisionState.CLEARED:
        return f"cleared: {decision.reason} ({who})"
    if decision.state is DecisionState.CONFIRMED:
        return f"confirmed: {decision.reason} ({who})"
    because = f" because {decision.state_reason}" if decision.state_reason else ""
    return f"reopened{because}; was {decision.decision.value}: {decision.reason} ({who})"


DECISION_HEADERS = ["Decision", "Decision state", "Reason", "Reviewer", "Decided on", "Expires", "State reason"]


def decision_cells(decision: Decision | None) -> list[str]:
    """The decision's fields in DECISION_HEADERS order (empty strings when there is none)."""
    if decision is None:
        return [""] * len(DECISION_HEADERS)
    return [decision.decision.value, decision.state.value, decision.reason, decision.reviewer,
            decision.date.isoformat(), decision.expires.isoformat() if decision.expires else "",
            decision.state_reason]


STALE_HEADERS = ["Fingerprint", "Decision", "Reason", "Reviewer", "Decided on", "Expires"]


def stale_rows(report: Report) -> list[Record]:
    return [_record(STALE_HEADERS, [d.fingerprint, d.decision.value, d.reason, d.reviewer, d.date.isoformat(),
                                    d.expires.isoformat() if d.expires else ""]) for d in report.stale_decisions]


def where(finding: Finding) -> str:
    """'file, sheet S, row R, column C' as a person looks for the cell."""
    sheet = f", sheet {finding.sheet}" if finding.sheet is not None else ""
    return f"{finding.input}{sheet}, row {finding.row}, column {finding.column}"


def entity_text(finding: Finding) -> str:
    """The covered entity, through its relation path when the cell named a related company."""
    return " > ".join(finding.path) if len(finding.path) > 1 else finding.entity_name


def by_list(report: Report) -> dict[str, int]:
    """Findings per list naming the finding's covered entity, in the report's list order."""
    counts: dict[str, int] = {}
    for f in report.findings:
        for list_id in f.entity_lists:
            counts[list_id] = counts.get(list_id, 0) + 1
    order = [i.id for i in report.lists]
    return dict(sorted(counts.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order),
                                                        kv[0])))


def cleared_count(report: Report) -> int:
    return sum(1 for f in report.findings if f.cleared)


def rows_with_findings(report: Report) -> int:
    return len({(f.input, f.sheet, f.row) for f in report.findings})


def headline(report: Report) -> str:
    """'231 rows in 3 file(s); 48 finding(s) on 18 row(s): 46 prohibited, 2 review (1 cleared).'"""
    counts = ", ".join(f"{n} {s}" for s, n in report.by_severity().items()) or "none"
    cleared = cleared_count(report)
    return (f"{report.rows} rows screened in {len(report.inputs)} file(s); {len(report.findings)} finding(s) "
            f"on {rows_with_findings(report)} row(s): {counts}" + (f" ({cleared} cleared)" if cleared else "") + ".")


# -- provenance tables: the same columns in every format --------------------------------------------

#: one line of a provenance table: header -> text
Record = dict[str, str]


def _record(headers: list[str], values: list[str]) -> Record:
    return dict(zip(headers, values, strict=True))


def cells(records: list[Record], headers: list[str]) -> list[list[str]]:
    """The chosen columns of ``records``, in ``headers`` order."""
    return [[r[h] for h in headers] for r in records]


INPUT_HEADERS = ["Input", "Kind", "SHA-256", "Sheets", "Rows screened"]


def sheet_label(result: InputResult, sheet: SheetResult) -> str:
    """The sheet's name, a CSV's stem, or '(workbook)' for a workbook reported as a whole."""
    if sheet.name is None and result.kind != "csv":
        return "(workbook)"
    return sheet_key(result.path, sheet.name)


def input_rows(report: Report) -> list[Record]:
    return [_record(INPUT_HEADERS, [i.path, i.kind, i.sha256, ", ".join(sheet_label(i, s) for s in i.sheets),
                                    str(i.rows)]) for i in report.inputs]


SHEET_HEADERS = ["Input", "Sheet", "Hidden", "Header row", "Rows screened", "Columns -> roles", "Not screened because"]


def sheet_rows(report: Report) -> list[Record]:
    return [_record(SHEET_HEADERS, [i.path, sheet_label(i, s), "hidden" if s.hidden else "",
                                    str(s.header_row or ""), str(s.rows),
                                    ", ".join(f"{h} -> {r}" for h, r in s.columns.items()), s.skipped_reason or ""])
            for i in report.inputs for s in i.sheets]


SKIPPED_HEADERS = ["Input", "Sheet", "Not screened because"]


def skipped_rows(report: Report) -> list[Record]:
    return [_record(SKIPPED_HEADERS, [i.path, sheet_label(i, s), s.skipped_reason or ""])
            for i in report.inputs for s in i.sheets if s.skipped_reason]


LIST_HEADERS = ["List", "Title", "Publisher", "Version", "Kind", "Entries", "SHA-256", "Fetched at", "URL",
                "Snapshot"]


def list_rows(report: Report) -> list[Record]:
    return [_record(LIST_HEADERS, [i.id, i.title, i.publisher, i.version, i.kind, str(i.entries), i.sha256,
                                   i.fetched_at, i.url, i.snapshot]) for i in report.lists]


PACK_HEADERS = ["Rule pack", "Title", "Version", "Rules", "SHA-256"]


def pack_rows(report: Report) -> list[Record]:
    return [_record(PACK_HEADERS, [p.id, p.title, p.version, str(p.rules), p.sha256]) for p in report.packs]


def run_facts(report: Report) -> list[tuple[str, str]]:
    """The run's identity as label/value pairs."""
    return [("Tool", f"compliance {report.tool_version}"),
            ("Generated", report.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("As of", report.as_of.isoformat()),
            ("Matcher", report.matcher)]


# -- rule metadata --------------------------------------------------------------------------------

def rule_catalog(report: Report) -> dict[str, RuleInfo]:
    """Every rule the run applied, by code, as loaded (report.rules), then any only seen in findings."""
    out: dict[str, RuleInfo] = {r.code: r for r in report.rules}
    for f in report.findings:
        if f.rule not in out:
            out[f.rule] = RuleInfo(f.rule, f.rule_name or f.rule.lower(), "", f.outcome, f.severity.value,
                                   f.citation, f.citation, "", f.effective_from, f.effective_until)
    return dict(sorted(out.items()))


def dates_text(start: dt.date | None, end: dt.date | None) -> str:
    """A rule's dates in force: 'from 2024-11-12 until 2028-12-22'."""
    return " ".join(([f"from {start.isoformat()}"] if start else []) + ([f"until {end.isoformat()}"] if end else []))


def outcome_text(f: Finding) -> str:
    """The rule's outcome with its dates: 'dod-only (from 2026-06-30)'."""
    dates = dates_text(f.effective_from, f.effective_until)
    return f.outcome + (f" ({dates})" if dates and f.outcome else "")


def severity_order(findings: Iterable[Finding]) -> list[Finding]:
    """Highest severity first, open before cleared; otherwise the report's reading order."""
    return sorted(findings, key=lambda f: (f.cleared, -f.severity.rank))


def evidence(finding: Finding) -> list[tuple[str, str]]:
    """Every evidence field of a finding as label/value pairs, in the order a person checks them."""
    f = finding
    pairs = [("Where", where(f)), ("Value", f.value), ("Normalized", f.normalized),
             ("Severity", f.severity.value), ("Rule", f.rule),
             ("Outcome", outcome_text(f)), ("Citation", f.citation),
             ("Entity", f"{f.entity_name} [{f.entity_id}] on {', '.join(f.entity_lists)}"),
             ("Matched", f"{f.matched_name} ({f.method}, score {f.score:g})"),
             ("Relation path", " > ".join(f.path)), ("Explanation", f.explanation), ("Fingerprint", f.fingerprint)]
    if f.decision is not None:
        pairs.append(("Decision", decision_text(f.decision)))
    return pairs
