"""Terminal table: findings per file and sheet, then what was screened against what."""

from __future__ import annotations

from collections import OrderedDict

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from compliance.models import Finding, Severity
from compliance.pipeline import Report
from compliance.report.document import no_match_statement, sheet_key

_STYLE = {Severity.PROHIBITED: "bold red", Severity.RESTRICTED: "red", Severity.REVIEW: "yellow",
          Severity.INFO: "dim"}


def _merged(findings: list[Finding]) -> list[tuple[Finding, list[str]]]:
    """One line per cell and covered entity; the rules it falls under listed together."""
    lines: OrderedDict[tuple[object, ...], tuple[Finding, list[str]]] = OrderedDict()
    for f in findings:
        key = (f.row, f.column, f.entity_id)
        if key in lines:
            first, rules = lines[key]
            if f.rule not in rules:
                rules.append(f.rule)
            if f.severity.rank > first.severity.rank:
                lines[key] = (f, rules)
        else:
            lines[key] = (f, [f.rule])
    return list(lines.values())


def render(report: Report, console: Console) -> None:
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
            t.add_row(str(f.row), Text(f.severity.value, style=_STYLE[f.severity]), f.column, f.value,
                      who, " ".join(sorted(rules)))
        console.print(t)
        console.print()
    _summary(report, console)


def _summary(report: Report, console: Console) -> None:
    by = report.by_severity()
    rows_with = len({(f.input, f.sheet, f.row) for f in report.findings})
    counts = ", ".join(f"{n} {s}" for s, n in by.items()) or "none"
    lines: list[Text | Table] = [
        Text.assemble(("Screened ", ""), (f"{report.rows}", "bold"), " rows in ",
                      (f"{len(report.inputs)}", "bold"), " file(s); ", (f"{len(report.findings)}", "bold"),
                      f" finding(s) on {rows_with} row(s): {counts}."),
    ]
    if report.findings:
        rules = sorted({(f.rule, f.citation) for f in report.findings})
        for code, citation in rules:
            lines.append(Text(f"  {code}: {citation}", style="dim"))
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
