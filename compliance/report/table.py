"""Terminal table: findings per file and sheet, then what was screened against what."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from compliance.decisions import state_counts
from compliance.models import DecisionState, Finding, Severity
from compliance.pipeline import Report
from compliance.report.base import RenderOptions
from compliance.report.document import no_match_statement, sheet_key
from compliance.report.facts import dates_text, rule_catalog

NAME = "table"
SUFFIX = "txt"
BINARY = False
PER_INPUT = False
DESCRIPTION = "for people: findings per file and sheet, then what was screened against what (default)"

_STYLE = {Severity.PROHIBITED: "bold red", Severity.RESTRICTED: "red", Severity.REVIEW: "yellow",
          Severity.INFO: "dim"}
_STATE_STYLE = {DecisionState.CLEARED: "green", DecisionState.CONFIRMED: "bold red",
                DecisionState.REOPENED: "bold yellow"}


def _merged(findings: list[Finding]) -> list[tuple[Finding, list[str]]]:
    """One line per cell and covered entity; the rules it falls under listed together."""
    lines: OrderedDict[tuple[object, ...], tuple[Finding, list[str]]] = OrderedDict()
    for f in findings:
        # a cleared rule and an open one on the same cell stay on separate lines
        key = (f.row, f.column, f.entity_id, f.decision.state if f.decision is not None else None)
        if key in lines:
            first, rules = lines[key]
            if f.rule not in rules:
                rules.append(f.rule)
            if f.severity.rank > first.severity.rank:
                lines[key] = (f, rules)
        else:
            lines[key] = (f, [f.rule])
    return list(lines.values())


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The table as plain text, 100 columns wide (for files and pipes)."""
    import io

    buf = io.StringIO()
    print_report(report, Console(file=buf, width=100, no_color=True, force_terminal=False))
    return buf.getvalue()


def print_report(report: Report, console: Console) -> None:
    """The table on a console (live on a terminal: colours, the terminal's width)."""
    groups: OrderedDict[tuple[str, str | None], list[Finding]] = OrderedDict()
    for f in report.findings:
        groups.setdefault((f.input, f.sheet), []).append(f)
    hidden = {(i.path, s.name) for i in report.inputs for s in i.sheets if s.hidden}
    for (path, sheet), findings in groups.items():
        title = f"{path}" + (f" - sheet {sheet}" if sheet else "") + (
            " (hidden sheet)" if (path, sheet) in hidden else "")
        t = Table(title=title, title_justify="left", expand=False, show_lines=False, pad_edge=False)
        t.add_column("Row", justify="right", no_wrap=True)
        t.add_column("Severity", no_wrap=True)
        t.add_column("Column", overflow="fold", max_width=14)
        t.add_column("Value", overflow="fold", max_width=26)
        t.add_column("Covered entity (path)", overflow="fold", max_width=30)
        t.add_column("Rule", overflow="fold", max_width=8)
        for f, rules in _merged(findings):
            who = " > ".join(f.path) if len(f.path) > 1 else f.entity_name
            t.add_row(str(f.row), _severity(f), f.column, f.value, who, " ".join(sorted(rules)))
        console.print(t)
        console.print()
    _decisions(report, console)
    _summary(report, console)


def _severity(f: Finding) -> Text:
    """The severity, and under it what a reviewed decision does to the finding on this run."""
    text = Text(f.severity.value, style="dim" if f.cleared else _STYLE[f.severity])
    if f.decision is not None:
        text.append(f"\n{f.decision.state.value}", style=_STATE_STYLE[f.decision.state])
    return text


def _decisions(report: Report, console: Console) -> None:
    """Who decided what about which finding (and why a finding re-opened), then the stale decisions."""
    decided: OrderedDict[tuple[str, str], tuple[Finding, list[str]]] = OrderedDict()
    for f in report.findings:
        if f.decision is not None:
            where = f"{Path(f.input).name}" + (f" / {f.sheet}" if f.sheet else "") + f" row {f.row}"
            key = (f.fingerprint, f.input)
            if key in decided:
                decided[key][1].append(str(f.row))
            else:
                decided[key] = (f, [where])
    if decided:
        t = Table(title="Reviewed decisions", title_justify="left", pad_edge=False)
        t.add_column("Where", overflow="fold", max_width=22)
        t.add_column("Value", overflow="fold", max_width=18)
        t.add_column("State", no_wrap=True)
        t.add_column("Decision", overflow="fold", max_width=14)
        t.add_column("Reviewer / date", overflow="fold", max_width=14)
        t.add_column("Reason", overflow="fold", max_width=30)
        for f, places in decided.values():
            d = f.decision
            if d is None:       # not reached: only decided findings are collected
                continue
            reason = d.reason + (f" (expires {d.expires.isoformat()})" if d.expires else "")
            if d.state_reason:
                reason += f". RE-OPENED: {d.state_reason}"
            t.add_row(", ".join(places), f.value, Text(d.state.value, style=_STATE_STYLE[d.state]),
                      d.decision.value, f"{d.reviewer} {d.date.isoformat()}", reason)
        console.print(t)
        console.print()
    if report.stale_decisions:
        t = Table(title="Stale decisions (match no finding on this run)", title_justify="left", pad_edge=False)
        t.add_column("Fingerprint", no_wrap=True)
        t.add_column("Rule", overflow="fold", max_width=8)
        t.add_column("Value", overflow="fold", max_width=20)
        t.add_column("Decision", overflow="fold", max_width=14)
        t.add_column("Reviewer / date", overflow="fold", max_width=14)
        t.add_column("Reason", overflow="fold", max_width=22)
        for d in report.stale_decisions:
            t.add_row(d.fingerprint, d.rule, d.value, d.decision.value, f"{d.reviewer} {d.date.isoformat()}",
                      d.reason)
        console.print(t)
        console.print()


def _summary(report: Report, console: Console) -> None:
    by = report.by_severity()
    rows_with = len({(f.input, f.sheet, f.row) for f in report.findings})
    counts = ", ".join(f"{n} {s}" for s, n in by.items()) or "none"
    cleared = sum(1 for f in report.findings if f.cleared)
    lines: list[Text | Table] = [
        Text.assemble(("Screened ", ""), (f"{report.rows}", "bold"), " rows in ",
                      (f"{len(report.inputs)}", "bold"), " file(s); ", (f"{len(report.findings)}", "bold"),
                      f" finding(s) on {rows_with} row(s): {counts}."),
    ]
    by_state = state_counts(report.findings)
    if by_state or report.stale_decisions:
        parts = [", ".join(f"{n} {s}" for s, n in by_state.items()) or "none apply"]
        if cleared:
            parts.append(f"the {cleared} cleared do not count toward --fail-on")
        if report.stale_decisions:
            parts.append(f"{len(report.stale_decisions)} stale decision(s) match no finding")
        lines.append(Text("Reviewed decisions: " + "; ".join(parts) + "."))
    lines.append(Text(f"Context: as of {report.as_of.isoformat()}, {report.buyer} buyer"
                      + (f", purpose {report.purpose!r}" if report.purpose else ", no purpose stated")
                      + (f", each row as of its {report.date_column!r}" if report.date_column else "")
                      + f"; {len(report.rules)} rule(s) applied."))
    if report.findings:
        catalog = rule_catalog(report)
        for code in sorted({f.rule for f in report.findings}):
            r = catalog[code]
            when = dates_text(r.effective_from, r.effective_until)
            lines.append(Text(f"  {code} ({r.outcome}{', ' + when if when else ''}): {r.citation}", style="dim"))
    lines.append(Text(no_match_statement(report).replace(": ", " for the other rows: ", 1)
                      if report.findings else no_match_statement(report)))
    lists = Table(title="Lists used", title_justify="left", pad_edge=False)
    for col in ("List", "Version", "Entries", "SHA-256"):
        lists.add_column(col, no_wrap=col != "List", overflow="fold")
    for info in report.lists:
        lists.add_row(info.id, info.version, str(info.entries), info.sha256[:12])
    lines.append(lists)
    cols = Table(title="Columns screened", title_justify="left", pad_edge=False)
    cols.add_column("File / sheet", overflow="fold", max_width=40)
    cols.add_column("Header row", justify="right")
    cols.add_column("Rows", justify="right")
    cols.add_column("Column -> role", overflow="fold")
    for i in report.inputs:
        for s in i.sheets:
            where = f"{i.path} / {sheet_key(i.path, s.name)}" + (" (hidden)" if s.hidden else "")
            roles = ", ".join(f"{h} -> {r}" for h, r in s.columns.items()) or "-"
            cols.add_row(where, str(s.header_row or "-"), str(s.rows),
                         roles if not s.skipped_reason else Text(f"SKIPPED: {s.skipped_reason}", style="bold yellow"))
    lines.append(cols)
    console.print(Group(*lines))
