"""Annotated workbook: a copy of one input with Severity/Rule/Matched entity/Explanation columns, plus
Findings and Summary sheets. The input itself is only read, never saved.

openpyxl is imported here only, when a workbook is rendered: the rest of the tool reads with calamine.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compliance.errors import InputError, UsageError
from compliance.models import Finding, InputResult, Severity, SheetResult
from compliance.pipeline import Report
from compliance.report import facts
from compliance.report.base import RenderOptions
from compliance.report.document import no_match_statement, sheet_key
from compliance.report.safety import inert

if TYPE_CHECKING:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

NAME = "xlsx"
SUFFIX = "xlsx"
BINARY = True
PER_INPUT = True
DESCRIPTION = "annotated copy of each input workbook (needs --output-dir): added columns, Findings and Summary sheets"

ADDED_HEADERS = ("Severity", "Rule", "Matched entity", "Explanation")
#: row fills (ARGB): the highest open severity of the row; a row whose findings are all cleared is grey
FILLS = {Severity.PROHIBITED: "FFFFC7CE", Severity.RESTRICTED: "FFF8CBAD", Severity.REVIEW: "FFFFEB9C",
         Severity.INFO: "FFDDEBF7"}
CLEARED_FILL = "FFD9D9D9"
_HEADER_FILL = "FFE7E6E6"
_EXCEL_MAX_TEXT = 32767
_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")

FINDING_HEADERS = ["Fingerprint", "Input", "Sheet", "Row", "Cell", "Column", "Value", "Normalized", "Severity",
                   "Rule", "Citation", "Entity ID", "Entity", "Entity lists", "Matched name", "Method", "Score",
                   "Relation path", "Explanation", *facts.DECISION_HEADERS]


def text(value: object) -> str:
    """A string as written to a cell: XML-safe, inert (never a formula), within Excel's cell limit."""
    out = inert(facts.xml_safe(str(value)))
    return out if len(out) <= _EXCEL_MAX_TEXT else out[:_EXCEL_MAX_TEXT - 1] + "\u2026"


def _put(ws: Worksheet, row: int, column: int, value: object) -> Any:
    """Write one cell: numbers stay numbers, everything else goes through text()."""
    if value is None or value == "":
        return ws.cell(row=row, column=column)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ws.cell(row=row, column=column, value=value)
    return ws.cell(row=row, column=column, value=text(value))


def render(report: Report, options: RenderOptions | None = None) -> bytes:
    """The annotated copy of ``options.input`` (may be left out when the report has one input)."""
    options = options or RenderOptions()
    result = _choose(report, options.input)
    wb, how = _copy(result)
    findings = [f for f in report.findings if f.input == result.path]
    columns: dict[str | None, dict[str, int]] = {}
    notes = [how]
    for sheet in result.sheets:
        if sheet.skipped_reason or sheet.name is None and result.kind != "csv":
            continue
        ws = _worksheet(wb, result, sheet)
        if ws is None:
            notes.append(f"Sheet {sheet.name!r} is not in the copy; its findings are on the Findings sheet.")
            continue
        columns[sheet.name] = _header_columns(ws, sheet.header_row)
        _annotate(ws, sheet, [f for f in findings if f.sheet == sheet.name])
    _findings_sheet(wb, findings, columns)
    _summary_sheet(wb, report, result, findings, notes)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _choose(report: Report, wanted: str | None) -> InputResult:
    if wanted is None:
        if len(report.inputs) == 1:
            return report.inputs[0]
        raise UsageError("xlsx: one annotated workbook per input; say which input to render")
    for result in report.inputs:
        if result.path == wanted:
            return result
    raise UsageError(f"xlsx: {wanted} is not an input of this report")


# -- the copy -------------------------------------------------------------------------------------

_XLSX_NOTE = ("This is a copy of {name} made with openpyxl: cell values, formats, merged cells and hidden sheets "
              "are kept; formulas are shown as their cached values (the values that were screened); images, "
              "charts, macros and external links are not copied. Text starting with =, +, -, @, tab or CR is "
              "prefixed with ' so that it can never run as a formula.")
_CSV_NOTE = ("{name} is a CSV file: this workbook was built from its records (encoding {encoding}, delimiter "
             "{delimiter!r}); record N is row N, every value is text, and text starting with =, +, -, @, tab or "
             "CR is prefixed with ' so that it can never run as a formula.")
_READER_NOTE = ("{name} cannot be opened by openpyxl ({why}): this is a new workbook holding each sheet's header "
                "and data rows as the screening read them, at the same row numbers; blank and title rows, formats "
                "and formulas are not copied. Text starting with =, +, -, @, tab or CR is prefixed with '.")


def _copy(result: InputResult) -> tuple[Workbook, str]:
    """A workbook to annotate, and one sentence saying how it was made from the input."""
    from compliance.ingest import file_sha256

    path = Path(result.path)
    try:
        digest = file_sha256(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read again for the annotated workbook ({exc.strerror})") from exc
    if digest != result.sha256:
        raise InputError(f"{path}: changed since it was screened (its SHA-256 differs); screen it again")
    if result.kind == "csv":
        return _from_csv(path)
    with path.open("rb") as fh:
        legacy = fh.read(8).startswith(_CFB_MAGIC)
    if legacy:
        return _from_reader(path, "it is a legacy .xls workbook")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for files calamine reads
        return _from_reader(path, f"{type(exc).__name__}")
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    safe = text(cell.value)
                    if safe != cell.value:
                        cell.value = safe
    return wb, _XLSX_NOTE.format(name=path.name)


def _title(name: str, taken: Iterable[str]) -> str:
    """A valid, unused sheet title (31 characters, none of []:*?/\\)."""
    base = _BAD_TITLE.sub("_", facts.xml_safe(name)).strip("'")[:31] or "Sheet"
    used = {t.casefold() for t in taken}
    title, n = base, 2
    while title.casefold() in used:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    return title


def _from_csv(path: Path) -> tuple[Workbook, str]:
    from openpyxl import Workbook

    from compliance.ingest import read_tables

    [table] = list(read_tables(path))
    table.rows.close()
    encoding, delimiter = table.encoding or "utf-8", table.delimiter or ","
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _title(sheet_key(str(path), None), [])
    with path.open(encoding=encoding, newline="") as fh:
        records = csv.reader(fh, delimiter=delimiter)
        number = 0
        for record in records:
            if number == 0 and len(record) == 1 and record[0].strip().lower().startswith("sep="):
                continue  # Excel's "sep=;" line is an instruction, not a row (as the reader treats it)
            number += 1
            for index, value in enumerate(record, start=1):
                if value != "":
                    ws.cell(row=number, column=index, value=text(value))
    return wb, _CSV_NOTE.format(name=path.name, encoding=encoding, delimiter=delimiter)


def _from_reader(path: Path, why: str) -> tuple[Workbook, str]:
    from openpyxl import Workbook

    from compliance.ingest import read_tables

    wb = Workbook()
    first = wb.active
    for table in read_tables(path):
        ws = wb.create_sheet(_title(table.sheet or path.stem, wb.sheetnames))
        if table.hidden:
            ws.sheet_state = "hidden"
        lead = table.first_column + 1
        if table.header_row is not None:
            for column in table.columns:
                _put(ws, table.header_row, lead + column.index, column.header)
        for row in table.rows:
            for index, value in enumerate(row.cells):
                _put(ws, row.number, lead + index, value)
    if first is not None and len(wb.sheetnames) > 1:
        wb.remove(first)
    return wb, _READER_NOTE.format(name=path.name, why=why)


def _worksheet(wb: Workbook, result: InputResult, sheet: SheetResult) -> Worksheet | None:
    if result.kind == "csv":
        return wb.worksheets[0]
    for ws in wb.worksheets:
        if ws.title == sheet.name or ws.title == _title(sheet.name or "", []):
            return ws
    return None


def _header_columns(ws: Worksheet, header_row: int | None) -> dict[str, int]:
    """Header text -> 1-based column, to name each finding's cell (C9) on the Findings sheet."""
    if header_row is None:
        return {}
    found: dict[str, int] = {}
    for cell in ws[header_row]:
        if cell.value is not None:
            found.setdefault(" ".join(str(cell.value).split()).lstrip("'"), int(cell.column))
    return found


# -- annotations ----------------------------------------------------------------------------------

def _last_column(ws: Worksheet) -> int:
    """The last column holding a value or a merged range (formatting alone does not count)."""
    last = 0
    for row in ws.iter_rows():
        for cell in reversed(row):
            if cell.value is not None:
                last = max(last, int(cell.column))
                break
    for merged in ws.merged_cells.ranges:
        last = max(last, merged.max_col)
    return last


def _fill(argb: str) -> Any:
    from openpyxl.styles import PatternFill  # type: ignore[import-untyped]

    return PatternFill(fill_type="solid", start_color=argb, end_color=argb)


def row_fill(findings: Sequence[Finding]) -> str:
    """The ARGB fill of a row: its highest open severity, or grey when every finding is cleared."""
    open_ = [f for f in findings if not f.cleared]
    if not open_:
        return CLEARED_FILL
    return FILLS[max(open_, key=lambda f: f.severity.rank).severity]


def _line(f: Finding) -> tuple[str, str, str, str]:
    severity = f.severity.value + (" (cleared)" if f.cleared else "")
    explanation = f"{f.column}: {f.explanation}"
    if f.decision is not None:
        explanation = f"{facts.decision_text(f.decision)}. {explanation}"
    return severity, f.rule, facts.entity_text(f), explanation


def _annotate(ws: Worksheet, sheet: SheetResult, findings: list[Finding]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    start = _last_column(ws) + 1
    wrap = Alignment(wrap_text=True, vertical="top")
    if sheet.header_row is not None:
        for offset, header in enumerate(ADDED_HEADERS):
            cell = _put(ws, sheet.header_row, start + offset, header)
            cell.font = Font(bold=True)
            cell.fill = _fill(_HEADER_FILL)
    for offset, width in enumerate((14, 10, 45, 90)):
        ws.column_dimensions[get_column_letter(start + offset)].width = width
    by_row: dict[int, list[Finding]] = {}
    for f in findings:
        by_row.setdefault(f.row, []).append(f)
    for row, in_row in by_row.items():
        lines = [_line(f) for f in in_row]
        for offset in range(len(ADDED_HEADERS)):
            cell = _put(ws, row, start + offset, "\n".join(line[offset] for line in lines))
            cell.alignment = wrap
        fill = _fill(row_fill(in_row))
        for column in range(1, start + len(ADDED_HEADERS)):
            ws.cell(row=row, column=column).fill = fill


def _write_table(ws: Worksheet, top: int, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Headers in bold at row ``top``, then the rows; returns the next free row."""
    from openpyxl.styles import Font

    for column, header in enumerate(headers, start=1):
        _put(ws, top, column, header).font = Font(bold=True)
    row = top
    for row, values in enumerate(rows, start=top + 1):
        for column, value in enumerate(values, start=1):
            _put(ws, row, column, value)
    return row + 2


def _findings_sheet(wb: Workbook, findings: list[Finding], columns: dict[str | None, dict[str, int]]) -> None:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(_title("Findings", wb.sheetnames))

    def line(f: Finding) -> list[object]:
        index = columns.get(f.sheet, {}).get(" ".join(f.column.split()))
        cell = f"{get_column_letter(index)}{f.row}" if index else ""
        return [f.fingerprint, f.input, sheet_key(f.input, f.sheet), f.row, cell, f.column, f.value, f.normalized,
                f.severity.value, f.rule, f.citation, f.entity_id, f.entity_name, ", ".join(f.entity_lists),
                f.matched_name, f.method, f.score, " > ".join(f.path), f.explanation,
                *facts.decision_cells(f.decision)]

    _write_table(ws, 1, FINDING_HEADERS, (line(f) for f in findings))
    severity_col = FINDING_HEADERS.index("Severity") + 1
    for row, f in enumerate(findings, start=2):
        ws.cell(row=row, column=severity_col).fill = _fill(row_fill([f]))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(FINDING_HEADERS))}{max(1, len(findings) + 1)}"
    for column, width in enumerate((22, 28, 14, 6, 7, 18, 30, 30, 11, 9, 30, 14, 36, 20, 30, 9, 7, 50, 80),
                                   start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _summary_sheet(wb: Workbook, report: Report, result: InputResult, findings: list[Finding],
                   notes: list[str]) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(_title("Summary", wb.sheetnames))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    for column in "CDEFGHIJ":
        ws.column_dimensions[column].width = 22
    _put(ws, 1, 1, "Compliance screening: annotated workbook").font = Font(bold=True, size=14)
    pairs: list[tuple[str, object]] = [*facts.run_facts(report), ("Input", result.path),
                                       ("Input SHA-256", result.sha256)]
    pairs += [("How this workbook was made", note) for note in notes]
    pairs += [("Statement", no_match_statement(report)), ("Run", facts.headline(report))]
    here = {s: 0 for s in (v.value for v in Severity)}
    for f in findings:
        here[f.severity.value] += 1
    by_run = report.by_severity()
    row = 3
    for label, value in pairs:
        _put(ws, row, 1, label).font = Font(bold=True)
        _put(ws, row, 2, value)
        row += 1
    row += 1
    counts = [[s, here[s], by_run.get(s, 0),
               sum(1 for f in findings if f.cleared and f.severity.value == s)] for s in here]
    row = _write_table(ws, row, ["Severity", "Findings in this workbook", "Findings in the run",
                                 "Cleared in this workbook"], counts)
    for headers, records in ((facts.INPUT_HEADERS, facts.input_rows(report)),
                             (facts.SHEET_HEADERS, facts.sheet_rows(report)),
                             (facts.LIST_HEADERS, facts.list_rows(report)),
                             (facts.PACK_HEADERS, facts.pack_rows(report))):
        row = _write_table(ws, row, headers, facts.cells(records, headers))
    stale = facts.stale_rows(report)
    if stale:
        _put(ws, row, 1, "Stale decisions (they matched no finding on this run)").font = Font(bold=True)
        _write_table(ws, row + 1, facts.STALE_HEADERS, facts.cells(stale, facts.STALE_HEADERS))
