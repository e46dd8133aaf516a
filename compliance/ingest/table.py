"""The Table every reader returns, and the header-row search the xlsx and csv readers share."""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from compliance.errors import InputError, location
from compliance.ingest.columns import detect_roles, header_key, is_known_header
from compliance.models import Column, Role, Row

__all__ = ["HEADER_SCAN_ROWS", "Header", "Table", "column_letter", "find_header", "input_error"]

#: How many non-empty rows at the top of a sheet are searched for the header row.
HEADER_SCAN_ROWS = 30


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet of a workbook, or one CSV file: its header and its data rows, streamed.

    ``rows`` is a one-shot iterator of the data rows after the header (fully empty rows are
    skipped); ``Row.number`` is the row number a person sees in Excel and ``Row.cells`` is aligned
    with ``columns``. ``first_column`` is the 0-based sheet column (A = 0) of ``cells[0]``, so the
    cell a person looks for is ``column_letter(first_column + column.index) + str(row.number)``.
    """

    path: Path
    sheet: str | None
    hidden: bool
    header_row: int | None
    columns: tuple[Column, ...]
    rows: Generator[Row, None, None]  # a generator: close() releases the file
    encoding: str | None = None
    delimiter: str | None = None
    first_column: int = 0


def input_error(path: object, message: str, *, sheet: str | None = None, row: int | None = None,
                column: str | None = None, hint: str | None = None) -> InputError:
    """An InputError whose one line starts with the file (and sheet/row/column where known)."""
    text = f"{location(path, sheet, row, column)}: {message}"
    return InputError(text.replace("\r", " ").replace("\n", " "), hint=hint)


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# Numbers, dates, times and codes made of digits are values, not header labels.
_NUMERIC = re.compile(r"[-+(]?[$\u20ac\u00a3]?\d[\d.,:/ \-T)%]*")


def _score(cells: Sequence[str], override_keys: frozenset[str]) -> tuple[int, int, int]:
    known = words = filled = 0
    for cell in cells:
        if not cell:
            continue
        filled += 1
        if not _NUMERIC.fullmatch(cell):
            words += 1
            if is_known_header(cell) or (override_keys and header_key(cell) in override_keys):
                known += 1
    return known, words, filled


def find_header(rows: Sequence[Sequence[str]],
                overrides: Mapping[str, Role] | None = None) -> int | None:
    """Index in ``rows`` (the first non-empty rows, in order) of the header row, or None.

    The header is the row with the most cells that read like known column headers (ties: more
    text cells, then the earliest row). A row with a single filled cell - a title, even one merged
    across the table - cannot win while some row has two or more filled cells. When no cell reads
    like a header, the first all-text row as wide as the widest row is taken (so the report can
    show what the headers were); failing that, there is no header.
    """
    override_keys = frozenset(header_key(k) for k in (overrides or {}))
    scores = [_score(r, override_keys) for r in rows]
    if not scores:
        return None
    widest = max(s[2] for s in scores)
    eligible = [i for i, s in enumerate(scores) if s[2] >= 2 or widest <= 1]
    best = max(eligible, key=lambda i: (scores[i][0], scores[i][1], -i))
    if scores[best][0] > 0:
        return best
    for i in eligible:
        _, words, filled = scores[i]
        if filled >= 2 and filled == widest and words == filled:
            return i
    return None


@dataclass(frozen=True, slots=True)
class Header:
    """Where the columns of a table sit in the raw rows: cells[lead:lead + len(columns)]."""

    columns: tuple[Column, ...]
    lead: int

    @classmethod
    def from_cells(cls, cells: Sequence[str], overrides: Mapping[str, Role] | None) -> Header:
        """Columns from the header row's cells, without leading and trailing blank cells."""
        texts = [" ".join(c.split()) for c in cells]
        filled = [i for i, t in enumerate(texts) if t]
        lead, end = (filled[0], filled[-1] + 1) if filled else (0, 0)
        return cls(detect_roles(texts[lead:end], overrides), lead)

    @classmethod
    def lettered(cls, rows: Sequence[Sequence[str]], first_column: int) -> Header:
        """No header row: as many columns as the widest row fills, named by Excel letter, no role."""
        width = max((i + 1 for r in rows for i, t in enumerate(r) if t), default=0)
        return cls(tuple(Column(i, column_letter(first_column + i), None) for i in range(width)), 0)

    def cells(self, raw: Sequence[str]) -> tuple[str, ...]:
        """The raw row cut or padded to the columns."""
        lead, width = self.lead, len(self.columns)
        if lead == 0 and len(raw) == width:
            return tuple(raw)
        cut = tuple(raw[lead:lead + width])
        return cut + ("",) * (width - len(cut)) if len(cut) < width else cut
