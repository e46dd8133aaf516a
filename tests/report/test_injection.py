"""Formula / CSV injection: hostile cells come out inert in the CSV, the annotated workbook and the HTML."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from compliance.pipeline import Report
from compliance.report import csv_format, html_format, markdown_format, xlsx_format
from tests.report.conftest import screen_here

PAYLOADS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|'/C calc'!A0",
            "\t=1+2", "\r=1+2"]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def live(value: object) -> bool:
    """Would a spreadsheet read this as a formula?"""
    if not isinstance(value, str) or not value.startswith(TRIGGERS):
        return False
    try:
        float(value)
    except ValueError:
        return True
    return False


def hostile_report(path: Path) -> Report:
    """Screen the file, then give every hostile cell a finding too, so each reaches every format."""
    report = screen_here(path)
    template = report.findings[0]
    extra = [dataclasses.replace(template, row=n, value=p, column="Supplier", matched_name=p, explanation=p)
             for n, p in enumerate(PAYLOADS, start=3)]
    return dataclasses.replace(report, findings=[*report.findings, *extra])


@pytest.fixture()
def hostile_csv(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Supplier", "Notes"], ["HIKVISION USA INC", "ok"],
                                  *([p, p] for p in PAYLOADS)])
    return path


@pytest.fixture()
def hostile_xlsx(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Vendors"
    ws.append(["Supplier", "Notes"])
    ws.append(["HIKVISION USA INC", '=HYPERLINK("http://x","y")'])      # a real formula cell
    for p in PAYLOADS:
        ws.append([p, "x"])
        ws.cell(row=ws.max_row, column=1).data_type = "s"               # stored as text, as a sheet holds it
    path = tmp_path / "hostile.xlsx"
    wb.save(path)
    return path


def test_csv_fields_are_inert(hostile_csv: Path) -> None:
    rows = list(csv.reader(io.StringIO(csv_format.render(hostile_report(hostile_csv)))))
    assert not [f for r in rows for f in r if live(f)]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in [f for r in rows for f in r]


@pytest.mark.parametrize("source", ["hostile_csv", "hostile_xlsx"])
def test_workbook_cells_are_inert(request: pytest.FixtureRequest, source: str) -> None:
    path: Path = request.getfixturevalue(source)
    wb = load_workbook(io.BytesIO(xlsx_format.render(hostile_report(path))))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert not [(c.parent.title, c.coordinate, c.value) for c in cells if live(c.value)]
    texts = {c.value for c in cells}
    assert "'+cmd|' /C calc'!A0" in texts and "'=HYPERLINK(\"http://x\",\"y\")" in texts


def test_html_shows_them_as_text_and_links_nothing(hostile_csv: Path) -> None:
    out = html_format.render(hostile_report(hostile_csv))
    for p in PAYLOADS:
        assert html.escape(p.strip("\t\r"), quote=True) in out
    assert "<a " not in out and "href" not in out


def test_markdown_links_nothing(hostile_csv: Path) -> None:
    out = markdown_format.render(hostile_report(hostile_csv))
    assert "[" not in out.replace("\\[", "") and "<a " not in out
