"""Fixture builders for the ingest tests: small workbooks written with openpyxl into tmp_path."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import openpyxl

from compliance.errors import ComplianceError


def put_rows(ws, rows: Iterable[Sequence[object]], *, row: int = 1, col: int = 1) -> None:
    """Write rows starting at (row, col); None leaves a cell empty."""
    for r, values in enumerate(rows, start=row):
        for c, value in enumerate(values, start=col):
            if value is not None:
                ws.cell(row=r, column=c, value=value)


def workbook(path: Path, rows: Iterable[Sequence[object]], *, title: str = "Sheet1",
             row: int = 1, col: int = 1, merges: Sequence[str] = ()) -> Path:
    """A one-sheet .xlsx with rows at (row, col) and the given merged ranges."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    put_rows(ws, rows, row=row, col=col)
    for merged in merges:
        ws.merge_cells(merged)
    wb.save(path)
    return path


def set_cached_values(path: Path, values: Mapping[str, tuple[str, str]], sheet: int = 1) -> None:
    """Give formula cells a cached result, as Excel does on save: {"B2": ("n", "2")}.

    openpyxl writes formulas without cached values (``<f>..</f><v />``); calamine reads the cached
    value, so the tests post-process the sheet XML inside the zip. The type is "n" (number),
    "str" (text result) or "e" (error).
    """
    member = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == member:
                xml = data.decode()
                for ref, (kind, value) in values.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>')
                    attrs = "" if kind == "n" else f' t="{kind}"'
                    xml, count = pattern.subn(
                        lambda m, ref=ref, attrs=attrs, value=value: f'<c r="{ref}"{m.group(1)}{attrs}>'
                                                                       f"<f>{m.group(2)}</f><v>{value}</v>", xml)
                    assert count == 1, f"no formula cell {ref} in {member}"
                data = xml.encode()
            out.writestr(info, data)


def replace_member(path: Path, member: str, data: bytes) -> None:
    """Overwrite one file inside the zip (to damage a sheet's XML)."""
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, old in items:
            out.writestr(info, data if info.filename == member else old)


def assert_one_line(error: ComplianceError, path: Path) -> str:
    """The error's text names the file, is one line and carries no raw library exception."""
    text = str(error)
    assert str(path) in text
    assert "\n" not in text
    assert "Error(" not in text and "Traceback" not in text
    return text
