"""Helpers shared by the decisions and history tests: run the CLI, build sheets in tmp_path."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from compliance.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def screen_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "screen", *args, "--format", "json")
    assert code in (0, 1), err
    return code, json.loads(out)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]], sheet: str = "Vendors") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


#: A vendor sheet: one prohibited hit (row 3) and one review hit (row 5) among clean rows.
VENDORS = [
    ["Vendor ID", "Vendor Name", "Country"],
    ["V1", "Staples Inc.", "US"],
    ["V2", "HIKVISION USA INC", "US"],
    ["V3", "Grainger", "US"],
    ["V4", "Lorex Technology Inc.", "CA"],
]
