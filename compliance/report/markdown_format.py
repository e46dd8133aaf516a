"""Markdown report: a summary for a pull-request comment (counts, top findings, lists, the no-match line)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from compliance.models import Finding
from compliance.pipeline import Report
from compliance.report import facts
from compliance.report.base import RenderOptions
from compliance.report.document import no_match_statement, sheet_key

NAME = "markdown"
SUFFIX = "md"
BINARY = False
PER_INPUT = False
DESCRIPTION = "a summary for a pull-request comment; every finding, the top ones first"

#: findings shown before the rest fold into a <details> block
TOP = 10

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that would make
# markup (emphasis, code, links, raw HTML, table cells, strikethrough, entities) out of data.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def md(text: object) -> str:
    """Data as literal text in a Markdown table cell: markup escaped, one line."""
    flat = " ".join(facts.xml_safe(str(text)).split())
    return _SPECIAL.sub(r"\\\1", flat)


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |",
             "|" + "|".join("--:" if i in right else "---" for i in range(len(headers))) + "|"]
    lines += ["| " + " | ".join(md(c) if c != "" else " " for c in row) + " |" for row in rows]
    return lines


_FINDING_HEADERS = ["Severity", "File", "Sheet", "Row", "Column", "Value", "Covered entity", "Rule", "Decision",
                    "Fingerprint"]


def _finding_row(f: Finding) -> list[object]:
    severity = f.severity.value + (" (cleared)" if f.cleared else "")
    return [severity, f.input, sheet_key(f.input, f.sheet), f.row, f.column, f.value, facts.entity_text(f),
            f.rule, facts.decision_text(f.decision), f.fingerprint]


def render(report: Report, options: RenderOptions | None = None) -> str:
    out = ["## Compliance screening report", "", md(facts.headline(report)), ""]
    by = report.by_severity()
    if by:
        cleared = {s: sum(1 for f in report.findings if f.cleared and f.severity.value == s) for s in by}
        out += _table(["Severity", "Findings", "Cleared"], [[s, n, cleared[s]] for s, n in by.items()],
                      right=(1, 2))
        out.append("")
    ordered = facts.severity_order(report.findings)
    if ordered:
        out += [f"### Top findings ({min(TOP, len(ordered))} of {len(ordered)})", ""]
        out += _table(_FINDING_HEADERS, [_finding_row(f) for f in ordered[:TOP]], right=(3,))
        out.append("")
    if len(ordered) > TOP:
        out += [f"<details><summary>The other {len(ordered) - TOP} findings</summary>", ""]
        out += _table(_FINDING_HEADERS, [_finding_row(f) for f in ordered[TOP:]], right=(3,))
        out += ["", "</details>", ""]
    if ordered:
        rules = sorted({(f.rule, f.citation) for f in ordered})
        out += _table(["Rule", "Citation"], rules) + [""]
    skipped = facts.skipped_rows(report)
    if skipped:
        out += ["### Not screened", ""] + _table(facts.SKIPPED_HEADERS, facts.cells(skipped, facts.SKIPPED_HEADERS))
        out.append("")
    stale = facts.stale_rows(report)
    if stale:
        out += ["### Stale decisions (they matched no finding on this run)", ""]
        out += _table(facts.STALE_HEADERS, facts.cells(stale, facts.STALE_HEADERS)) + [""]
    out += ["### Lists and rule packs", ""]
    lists = ["List", "Version", "Kind", "Entries", "Fetched at", "SHA-256"]
    out += _table(lists, facts.cells(facts.list_rows(report), lists), right=(3,)) + [""]
    packs = ["Rule pack", "Version", "Rules", "SHA-256"]
    out += _table(packs, facts.cells(facts.pack_rows(report), packs), right=(2,))
    out += ["", md(no_match_statement(report)), ""]
    inputs = ["Input", "SHA-256", "Rows screened"]
    out += _table(inputs, facts.cells(facts.input_rows(report), inputs), right=(2,))
    run = "; ".join(f"{k.lower()} {v}" for k, v in facts.run_facts(report))
    out += ["", f"<sub>{md(run)}</sub>", ""]
    return "\n".join(out)
