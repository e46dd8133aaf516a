"""Rebuild legacy.xls, the BIFF8 (.xls) fixture of tests/ingest/test_xlsx.py.

Needs xlwt, which is not a project dependency (it only writes the old format), so the built
file is kept in the repository: `pip install xlwt && python tests/data/ingest/make_legacy_xls.py`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlwt


def main() -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Equipment")
    sheet.write(0, 0, "Legacy equipment list")
    for col, text in enumerate(["Vendor", "Manufacturer", "Part Number", "Received"]):
        sheet.write(2, col, text)
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write(3, 0, "Acme Supply")
    sheet.write_merge(3, 4, 1, 1, "Hikvision")  # B4:B5 merged
    sheet.write(3, 2, 12345.0)
    sheet.write(3, 3, dt.date(2026, 1, 31), date)
    sheet.write(4, 0, "Acme Supply")
    sheet.write(4, 2, "DS-2CD2143G0-I")
    hidden = book.add_sheet("Old")
    hidden.write(0, 0, "Supplier")
    hidden.write(1, 0, "ZTE Corporation")
    hidden.visibility = 1  # hidden
    book.save(str(Path(__file__).with_name("legacy.xls")))


if __name__ == "__main__":
    main()
