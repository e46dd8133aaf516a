"""A cleared false positive shows its reviewer and reason in every report format (issue 5: "every format")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from compliance.report import FORMATS
from tests.decisions._support import VENDORS, run, write_csv

REASON = "Namesake reseller of Axis cameras, ticket LEG-118"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("compliance.cli.decide._today", lambda: dt.date(2026, 11, 22))


def _text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
                         if c is not None)
    return path.read_text(encoding="utf-8")


def test_reviewer_and_reason_in_every_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    assert run(capsys, "decide", "--input", str(sheet), "--row", "3", "-d", "false-positive", "-r", REASON,
               "--reviewer", "jdoe")[0] == 0
    out_dir = tmp_path / "reports"
    code, _, err = run(capsys, "screen", str(sheet), "--as-of", "2026-11-22", "--format", ",".join(FORMATS),
                       "--output-dir", str(out_dir))
    assert code == 0, err
    written = sorted(out_dir.iterdir())
    assert {p.suffix.lstrip(".") for p in written} == {m.SUFFIX for m in FORMATS.values()}
    for path in written:
        text = " ".join(_text(path).split())           # wrapped table cells joined again
        assert "jdoe" in text, path.name
        assert "LEG-118" in text, path.name
