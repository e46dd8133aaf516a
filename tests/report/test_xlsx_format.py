"""The annotated workbook: a copy with added columns, row fills, Findings and Summary; the input untouched."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from compliance.errors import InputError, UsageError
from compliance.models import Severity
from compliance.pipeline import Report
from compliance.report import RenderOptions, xlsx_format
from tests.golden.regenerate import REPO, in_repo
from tests.report.conftest import screen_here


def workbook(report: Report, path: str) -> Any:
    with in_repo():
        data = xlsx_format.render(report, RenderOptions(input=path))
    return load_workbook(io.BytesIO(data))


def test_vendors_copy_has_the_added_columns_and_sheets(samples: Report) -> None:
    wb = workbook(samples, "samples/vendors.xlsx")
    assert wb.sheetnames == ["Vendors", "Findings", "Summary"]
    ws = wb["Vendors"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["Vendor ID", "Vendor Name"] and header[-4:] == list(xlsx_format.ADDED_HEADERS)
    sev, rule, entity, explanation = (ws.cell(row=9, column=len(header) - 3 + i).value for i in range(4))
    assert sev == "prohibited\nprohibited" and set(rule.split("\n")) == {"US889AV", "USFCCV"}
    assert "Hikvision" in entity and explanation.startswith("Vendor Name: ")
    assert ws.cell(row=9, column=1).fill.fgColor.rgb == xlsx_format.FILLS[Severity.PROHIBITED]
    assert ws.cell(row=97, column=2).fill.fgColor.rgb == xlsx_format.FILLS[Severity.REVIEW]
    assert ws.cell(row=10, column=2).fill.fill_type is None
    assert ws.cell(row=10, column=len(header)).value is None


def test_added_columns_follow_the_last_used_column_on_the_header_row(samples: Report) -> None:
    ws = workbook(samples, "samples/equipment.xlsx")["Cameras"]
    assert [c.value for c in ws[3]][-5:] == ["Cost", *xlsx_format.ADDED_HEADERS]   # header on row 3
    assert ws["A1"].value == "Facilities Equipment Inventory - FY2026"            # title row kept
    assert ws.cell(row=16, column=9).value.startswith("prohibited")                # merged maker block


def test_findings_sheet_has_every_evidence_field_and_the_cell(samples: Report) -> None:
    ws = workbook(samples, "samples/vendors.xlsx")["Findings"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == xlsx_format.FINDING_HEADERS
    lines = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert len(lines) == sum(1 for f in samples.findings if f.input == "samples/vendors.xlsx")
    hik = next(x for x in lines if x["Value"] == "HIKVISION USA INC")
    assert hik["Cell"] == "B9" and hik["Row"] == 9 and hik["Score"] == 100
    assert hik["Relation path"].endswith("Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref


def test_cleared_rows_are_grey_and_say_who_cleared_them(decided: Report) -> None:
    ws = workbook(decided, "samples/vendors.xlsx")["Vendors"]
    last = ws.max_column
    assert ws.cell(row=97, column=1).fill.fgColor.rgb == xlsx_format.CLEARED_FILL
    # Lorex, sold by Dahua in 2022: review under s.889, the Covered List and (as a former Dahua unit) 1260H
    assert ws.cell(row=97, column=last - 3).value == "review (cleared)\nreview (cleared)\nreview (cleared)"
    assert ws.cell(row=97, column=last).value.startswith("cleared: Lorex is owned by Skywatch since 2023; "
                                                         "checked the model list (J. Auditor, 2026-11-01")


def test_the_input_is_never_modified(samples: Report, tmp_path: Path) -> None:
    before = hashlib.sha256((REPO / "samples" / "vendors.xlsx").read_bytes()).hexdigest()
    workbook(samples, "samples/vendors.xlsx")
    assert hashlib.sha256((REPO / "samples" / "vendors.xlsx").read_bytes()).hexdigest() == before


def test_csv_input_becomes_a_workbook_of_its_records(samples: Report) -> None:
    wb = workbook(samples, "samples/purchases.csv")
    ws = wb["purchases"]
    assert ws["A1"].value == "PO Number" and ws.max_row == 79
    assert "Hikvision" in ws.cell(row=19, column=ws.max_column - 1).value
    summary = " ".join(str(v) for r in wb["Summary"].iter_rows(values_only=True) for v in r if v)
    assert "built from its records (encoding utf-8, delimiter ',')" in summary


def test_legacy_xls_is_rebuilt_from_the_reader_and_says_so() -> None:
    path = REPO / "tests" / "data" / "ingest" / "legacy.xls"
    report = screen_here(path)
    wb = load_workbook(io.BytesIO(xlsx_format.render(report)))
    summary = " ".join(str(v) for r in wb["Summary"].iter_rows(values_only=True) for v in r if v)
    assert "cannot be opened by openpyxl (it is a legacy .xls workbook)" in summary
    screened = [s.name for s in report.inputs[0].sheets if not s.skipped_reason]
    assert set(screened) <= set(wb.sheetnames)
    finding = report.findings[0]
    ws = wb[finding.sheet]
    assert any(c.value == "Severity" for c in ws[report.inputs[0].sheets[0].header_row or 1])


def test_existing_findings_sheet_is_not_overwritten(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Findings"
    ws.append(["Supplier"])
    ws.append(["Hikvision"])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    out = load_workbook(io.BytesIO(xlsx_format.render(screen_here(path))))
    assert out.sheetnames == ["Findings", "Findings (2)", "Summary"]
    assert out["Findings"]["B1"].value == "Severity"


def test_a_changed_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("Supplier\nHikvision\n", encoding="utf-8")
    report = screen_here(path)
    path.write_text("Supplier\nHikvision\nZTE\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed since it was screened"):
        xlsx_format.render(report)


def test_several_inputs_need_a_choice(samples: Report) -> None:
    with pytest.raises(UsageError):
        xlsx_format.render(samples)
    with pytest.raises(UsageError):
        xlsx_format.render(samples, RenderOptions(input="nope.xlsx"))


def test_control_characters_are_stripped(tmp_path: Path) -> None:
    source = REPO / "samples" / "purchases.csv"
    shutil.copy(source, tmp_path / "p.csv")
    report = screen_here(tmp_path / "p.csv")
    report = dataclasses.replace(report, findings=[dataclasses.replace(report.findings[0],
                                                                       explanation="bell\x07 and nul\x00 here")])
    wb = load_workbook(io.BytesIO(xlsx_format.render(report)))
    values = [c.value for r in wb["Findings"].iter_rows() for c in r]
    assert "bell and nul here" in values


def test_opens_in_libreoffice(samples: Report, tmp_path: Path) -> None:
    """LibreOffice reads every sheet (an invalid file makes it convert nothing); skipped without LibreOffice."""
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    with in_repo():
        book = tmp_path / "vendors.screened.xlsx"
        book.write_bytes(xlsx_format.render(samples, RenderOptions(input="samples/vendors.xlsx")))
    # CSV filter options: comma, double quote, UTF-8, ..., the last -1 = every sheet to its own file
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", csv_filter, "--outdir", str(tmp_path / "csv"), str(book)],
                   check=True, capture_output=True, timeout=180)
    sheets = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "csv").iterdir()}
    assert set(sheets) == {f"vendors.screened-{s}.csv" for s in ("Vendors", "Findings", "Summary")}
    assert "HIKVISION USA INC" in sheets["vendors.screened-Vendors.csv"]
    assert "No match in these lists as of 2026-11-22" in sheets["vendors.screened-Summary.csv"]
