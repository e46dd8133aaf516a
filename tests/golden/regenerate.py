"""Regenerate the golden files of every report format: ``python -m tests.golden.regenerate``.

The samples are screened from the repository root (so paths are relative: ``samples/...``), with a
fixed clock and an empty list store (only the curated lists and rule packs shipped in the repository).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from compliance.pipeline import Report, ScreenOptions, screen
from compliance.report import FORMATS, RenderOptions
from compliance.report.outputs import DEFAULT_REPORT_NAME, copy_names

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "samples"
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


@contextmanager
def in_repo() -> Iterator[Path]:
    """Work from the repository root, as the golden files' relative paths assume."""
    before = Path.cwd()
    os.chdir(REPO)
    try:
        yield REPO
    finally:
        os.chdir(before)


def samples_report() -> Report:
    with in_repo(), tempfile.TemporaryDirectory(prefix="compliance-golden-") as empty:
        return screen([Path("samples")], ScreenOptions(now=lambda: NOW, data_dir=Path(empty)))


def xlsx_cells(data: bytes) -> str:
    """An xlsx's cell contents (and row fills) as sorted JSON: what the golden file of a workbook holds."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    sheets = []
    for ws in wb.worksheets:
        cells = {c.coordinate: c.value if isinstance(c.value, int | float | str) else c.value.isoformat()
                 for row in ws.iter_rows() for c in row if c.value is not None}
        fills = {str(row[0].row): row[0].fill.fgColor.rgb for row in ws.iter_rows(max_col=1)
                 if row[0].fill.fill_type == "solid"}
        sheets.append({"title": ws.title, "state": ws.sheet_state, "cells": cells, "fills": fills})
    return json.dumps(sheets, ensure_ascii=False, indent=1) + "\n"


def outputs(report: Report) -> dict[str, str]:
    """Golden file name -> expected content, for every format in the registry."""
    out: dict[str, str] = {}
    with in_repo():
        inputs = [Path(i.path) for i in report.inputs]
        for fmt in FORMATS.values():
            if fmt.PER_INPUT:
                for path, name in zip(inputs, copy_names(inputs, fmt.SUFFIX), strict=True):
                    data = fmt.render(report, RenderOptions(input=str(path), root=REPO))
                    assert isinstance(data, bytes)
                    out[f"{name}.json"] = xlsx_cells(data)
            else:
                text = fmt.render(report, RenderOptions(root=REPO))
                assert isinstance(text, str)
                out[f"{DEFAULT_REPORT_NAME}.{fmt.SUFFIX}"] = text
    return out


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    expected = outputs(samples_report())
    for stale in GOLDEN.iterdir():
        if stale.name not in expected:
            stale.unlink()
    for name, text in sorted(expected.items()):
        (GOLDEN / name).write_bytes(text.encode("utf-8"))
        print(f"wrote {(GOLDEN / name).relative_to(REPO)}")


if __name__ == "__main__":
    main()
