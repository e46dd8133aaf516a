"""Read Excel workbooks (.xlsx, .xlsm, .xls) with python-calamine: every sheet, hidden ones too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import cast

# calamine reads ~10x faster than openpyxl and imports in ~3 ms (PERFORMANCE.md); openpyxl must
# not be imported here.
from python_calamine import (
    CalamineError,
    CalamineSheet,
    CalamineWorkbook,
    PasswordError,
    SheetMetadata,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from compliance.errors import UsageError
from compliance.ingest.table import HEADER_SCAN_ROWS, Header, Table, find_header, input_error
from compliance.models import Role, Row

__all__ = ["EXCEL_SUFFIXES", "read_workbook"]

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")

_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE2 compound file: .xls, or encrypted OOXML
# An encrypted .xlsx is a compound file holding these streams (MS-OFFCRYPTO 2.3.4); names are
# stored as UTF-16LE in the directory sectors.
_ENCRYPTION_STREAMS = tuple(name.encode("utf-16-le")
                            for name in ("EncryptedPackage", "EncryptionInfo"))
_ENCRYPTED = "is password-protected or encrypted"
_ENCRYPTED_HINT = ("open it in Excel, remove the password under File > Info > Protect Workbook, "
                   "save, and run again")
_DAMAGED_HINT = "open and re-save it in Excel, or export the sheet as CSV"


def read_workbook(path: Path, sheets: Sequence[str] | None = None,
                  overrides: Mapping[str, Role] | None = None) -> Iterator[Table]:
    """One Table per worksheet with data, in workbook order; hidden sheets are read and marked.

    Raises InputError for unreadable, encrypted or data-less workbooks and UsageError when a
    sheet named in ``sheets`` does not exist.
    """
    workbook = _open(path)
    chosen = _choose_sheets(path, workbook, sheets)
    found = False
    for meta in chosen:
        if meta.typ not in (SheetTypeEnum.WorkSheet, SheetTypeEnum.MacroSheet):
            continue  # chart and dialog sheets hold no cells
        hidden = meta.visible != SheetVisibleEnum.Visible
        table = _sheet_table(path, _load_sheet(path, workbook, meta.name), hidden, overrides)
        if table is not None:
            found = True
            yield table
    if not found:
        what = "none of the selected sheets has" if sheets else "no sheet has"
        raise input_error(path, f"{what} any data")


def _open(path: Path) -> CalamineWorkbook:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_CFB_MAGIC) and _has_encryption_streams(path):
        raise input_error(path, _ENCRYPTED, hint=_ENCRYPTED_HINT)
    if not head.startswith((_ZIP_MAGIC, _CFB_MAGIC)):
        with path.open("rb") as fh:
            start = fh.read(512).lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00").lower()
        if start.startswith(b"<"):
            raise input_error(path, "is an HTML or XML file, not an Excel workbook",
                              hint="open it in Excel and save it as .xlsx, or export CSV")
        raise input_error(path, "is not an Excel workbook (neither an .xlsx zip nor an .xls file)",
                          hint="if it is delimited text, rename it to .csv")
    try:
        # from_filelike picks the format from the content, so a legacy .xls saved under an .xlsx
        # name (and the reverse) still reads; it copies the file into memory (compressed size).
        with path.open("rb") as fh:
            return CalamineWorkbook.from_filelike(fh)
    except PasswordError as exc:
        raise input_error(path, _ENCRYPTED, hint=_ENCRYPTED_HINT) from exc
    except (CalamineError, ValueError) as exc:
        if head.startswith(_CFB_MAGIC) and path.suffix.lower() != ".xls":
            raise input_error(path, f"{_ENCRYPTED}, or is not a workbook (it is an OLE2 compound "
                              "file, not an .xlsx zip)", hint=_ENCRYPTED_HINT) from exc
        raise input_error(path, "is not a valid Excel workbook: the file is damaged, truncated or "
                          "of another kind", hint=_DAMAGED_HINT) from exc


def _has_encryption_streams(path: Path) -> bool:
    """True when the compound file names the streams of an encrypted OOXML package."""
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            window = tail + chunk
            if any(name in window for name in _ENCRYPTION_STREAMS):
                return True
            tail = window[-64:]
    return False


def _choose_sheets(path: Path, workbook: CalamineWorkbook,
                   sheets: Sequence[str] | None) -> list[SheetMetadata]:
    metas = list(workbook.sheets_metadata)
    if not sheets:
        return metas
    have = {m.name.casefold() for m in metas}
    missing = [s for s in sheets if s.casefold() not in have]
    if missing:
        names = ", ".join(repr(m.name) for m in metas) or "none"
        plural = "s" if len(missing) > 1 else ""
        raise UsageError(f"{path}: no sheet{plural} named {', '.join(map(repr, missing))}; "
                         f"its sheets are {names}")
    wanted = {s.casefold() for s in sheets}
    return [m for m in metas if m.name.casefold() in wanted]


def _load_sheet(path: Path, workbook: CalamineWorkbook, name: str) -> CalamineSheet:
    try:
        return workbook.get_sheet_by_name(name)
    except PasswordError as exc:
        raise input_error(path, _ENCRYPTED, sheet=name, hint=_ENCRYPTED_HINT) from exc
    except (CalamineError, ValueError) as exc:
        raise input_error(path, "cannot be read: the sheet's data is damaged", sheet=name,
                          hint=_DAMAGED_HINT) from exc


_EXACT = float(2**53)  # every integer below this is exact in a double

#: What python-calamine gives for one cell.
CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta


def cell_text(value: CellValue) -> str:
    """A cell value as the text a person reads: 12345.0 -> "12345", dates in ISO, TRUE/FALSE."""
    cls = value.__class__  # exact class checks: bool is an int, datetime is a date
    if cls is str:
        return cast(str, value).strip()
    if cls is float:
        number = cast(float, value)
        if number.is_integer() and -_EXACT < number < _EXACT:
            return str(int(number))  # part numbers typed as numbers: no spurious ".0"
        if number.is_integer() and -1e21 < number < 1e21:
            # Past 2**53 a double's last digits are noise; Excel shows 15 significant digits.
            mantissa, exponent = format(abs(number), ".14e").split("e")
            digits = mantissa.replace(".", "") + "0" * (int(exponent) - 14)
            return "-" + digits if number < 0 else digits
        shortest = repr(number)
        # Excel shows at most 15 significant digits: 0.1+0.2 is "0.3", not "0.30000000000000004".
        return shortest if len(shortest) <= 16 else format(number, ".15g")
    if cls is bool:
        return "TRUE" if value else "FALSE"
    if cls is int:
        return str(value)
    text = _DATES.get(value)
    if text is None:
        text = _date_text(value)
        if len(_DATES) >= 65536:
            _DATES.clear()
        _DATES[value] = text
    return text


# Dates repeat down a sheet (order dates, delivery dates) and isoformat is slow: remember them.
_DATES: dict[CellValue, str] = {}


def _date_text(value: CellValue) -> str:
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    return str(value).strip()  # timedelta: "1 day, 2:00:00"


def _sheet_table(path: Path, sheet: CalamineSheet, hidden: bool,
                 overrides: Mapping[str, Role] | None) -> Table | None:
    start = sheet.start
    if start is None:
        return None
    start_row, start_col = start
    raw_rows = iter(sheet.iter_rows())
    scanned: list[tuple[int, list[str]]] = []  # (index in iter_rows, cell texts) of non-empty rows
    index = -1
    # The sheet is parsed in full by get_sheet_by_name (and errors are raised there); iterating
    # its rows only converts values, so nothing below can fail on a damaged file.
    for index, raw in enumerate(raw_rows):
        texts = [cell_text(c) for c in raw]
        if any(texts):
            scanned.append((index, texts))
            if len(scanned) >= HEADER_SCAN_ROWS:
                break
    if not scanned:
        return None
    # python-calamine's iter_rows starts at row 1 and pads the rows above the used range with
    # empty rows (0.9: CalamineCellIterator); if a version starts at the used range instead, its
    # first non-empty row comes before index start_row, which only that layout allows.
    offset = 0 if scanned[0][0] >= start_row else start_row
    found = find_header([texts for _, texts in scanned], overrides)
    if found is None:
        header = Header.lettered([texts for _, texts in scanned], start_col)
        header_index, data = -1, scanned
    else:
        header = Header.from_cells(scanned[found][1], overrides)
        header_index, data = scanned[found][0], scanned[found + 1:]
    merges = _data_merges(sheet, header_index + offset, start_col)
    rows = _rows(data, raw_rows, index, header_index, offset, header, merges, len(scanned[0][1]))
    return Table(path=path, sheet=sheet.name, hidden=hidden,
                 header_row=None if found is None else header_index + offset + 1,
                 columns=header.columns, rows=rows,
                 first_column=start_col + header.lead)


# (first row, last row, first column, last column) of one merged range; rows are 0-based sheet
# rows, columns are 0-based positions in the iter_rows lists.
_Merge = tuple[int, int, int, int]


def _data_merges(sheet: CalamineSheet, header_abs: int, start_col: int) -> list[_Merge]:
    """Merged ranges whose top-left cell lies below the header: their value fills the range.

    A merge anchored in or above the header (a title, a two-row header label) is not data.
    """
    try:
        ranges = sheet.merged_cell_ranges or []
    except CalamineError:
        ranges = []  # merged-range parsing is best effort; the values themselves are read
    merges = [(r0, r1, c0 - start_col, c1 - start_col)
              for (r0, c0), (r1, c1) in ranges
              if r0 > header_abs and (r1 > r0 or c1 > c0) and c1 >= start_col]
    merges.sort()
    return merges


def _rows(data: list[tuple[int, list[str]]], rest: Iterator[list[CellValue]], last_index: int,
          header_index: int, offset: int, header: Header, merges: list[_Merge],
          width: int) -> Generator[Row, None, None]:
    """Data rows after the header: buffered ones first, then the rest of the sheet, streamed."""
    cut = header.cells
    if merges:
        numbered = _numbered(data, rest, last_index, header_index, offset, width)
        for number, texts in _filled(numbered, merges):
            cells = cut(texts)
            if any(cells):
                yield Row(number, cells)
        return
    for index, texts in data:
        cells = cut(texts)
        if any(cells):
            yield Row(index + offset + 1, cells)
    number = last_index + offset + 1
    text = cell_text
    if header.lead == 0 and len(header.columns) == width:  # the usual case: no cutting
        for raw in rest:  # the hot loop: keep it flat
            number += 1
            cells = tuple([c.strip() if c.__class__ is str else text(c) for c in raw])
            if any(cells):
                yield Row(number, cells)
        return
    for raw in rest:
        number += 1
        cells = cut([c.strip() if c.__class__ is str else text(c) for c in raw])
        if any(cells):
            yield Row(number, cells)


def _numbered(data: list[tuple[int, list[str]]], rest: Iterator[list[CellValue]],
              last_index: int, header_index: int, offset: int,
              width: int) -> Iterator[tuple[int, list[str]]]:
    """Every row after the header with its sheet row number, blank ones too (merges need them)."""
    previous = header_index
    for index, texts in data:
        for blank in range(previous + 1, index):
            yield blank + offset + 1, [""] * width
        yield index + offset + 1, texts
        previous = index
    for blank in range(previous + 1, last_index + 1):
        yield blank + offset + 1, [""] * width
    number = last_index + offset + 1
    for raw in rest:
        number += 1
        yield number, [cell_text(c) for c in raw]


def _filled(rows: Iterable[tuple[int, list[str]]],
            merges: list[_Merge]) -> Iterator[tuple[int, list[str]]]:
    """Copy each merged range's top-left value into every cell of the range, row by row."""
    pending = list(reversed(merges))  # pop() gives the next merge to start
    active: list[tuple[int, int, int, str]] = []  # (last row, first col, last col, value)
    for number, texts in rows:
        row = number - 1
        while pending and pending[-1][0] <= row:
            r0, r1, c0, c1 = pending.pop()
            if r0 == row:  # the anchor row: take the value before it is copied anywhere
                value = texts[c0] if 0 <= c0 < len(texts) else ""
                active.append((r1, max(c0, 0), c1, value))
        if active:
            active = [m for m in active if m[0] >= row]
            for _, c0, c1, value in active:
                if value:
                    for col in range(c0, min(c1, len(texts) - 1) + 1):
                        texts[col] = value
        yield number, texts

