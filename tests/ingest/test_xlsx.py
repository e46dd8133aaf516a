"""Reading workbooks with calamine (compliance/ingest/xlsx.py) through read_tables."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from compliance.errors import InputError, UsageError
from compliance.ingest import SUPPORTED_SUFFIXES, Table, column_letter, file_sha256, read_tables
from compliance.models import Role, Row

from ._books import assert_one_line, put_rows, replace_member, set_cached_values, workbook

HEADER = ["Vendor", "Manufacturer", "Model Number", "Qty"]


def tables(path: Path, **kwargs: object) -> list[tuple[Table, list[Row]]]:
    return [(t, list(t.rows)) for t in read_tables(path, **kwargs)]  # type: ignore[arg-type]


def only(path: Path, **kwargs: object) -> tuple[Table, list[Row]]:
    (result,) = tables(path, **kwargs)
    return result


# --- header row and row numbers ------------------------------------------------------------------

def test_header_on_first_row(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [HEADER, ["Acme", "Hikvision", "DS-2CD2143G0-I", 4]])
    table, rows = only(path)
    assert table.sheet == "Sheet1" and table.hidden is False
    assert table.header_row == 1
    assert [(c.header, c.role) for c in table.columns] == [
        ("Vendor", Role.VENDOR), ("Manufacturer", Role.MANUFACTURER),
        ("Model Number", Role.MODEL), ("Qty", None)]
    assert rows == [Row(2, ("Acme", "Hikvision", "DS-2CD2143G0-I", "4"))]
    assert table.encoding is None and table.delimiter is None


def test_title_and_blank_rows_before_header(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Equipment Inventory FY2026"],
        ["Prepared by Facilities", None, None, "2026-01-31"],
        [],
        HEADER,
        ["Acme", "Dahua", "IPC-HFW2431S", 2],
        [],
        ["Bolt", "Axis", "P3245-V", 1],
    ])
    table, rows = only(path)
    assert table.header_row == 4
    assert [r.number for r in rows] == [5, 7]  # the blank row 6 is skipped, numbers kept


def test_merged_title_cell_does_not_win(tmp_path: Path) -> None:
    # A title merged across the table, whose words even look like header vocabulary.
    path = workbook(tmp_path / "a.xlsx",
                    [["Vendor Equipment Inventory FY2026"], [], HEADER, ["Acme", "ZTE", "F660", 1]],
                    merges=["A1:D1"])
    table, rows = only(path)
    assert table.header_row == 3
    assert [c.header for c in table.columns] == HEADER
    assert rows == [Row(4, ("Acme", "ZTE", "F660", "1"))]


def test_sheet_starting_at_b3(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [HEADER, ["Acme", "Huawei", "AR651", 1],
                                          ["Bolt", "Cisco", "C9300", 2]], row=3, col=2)
    table, rows = only(path)
    assert table.header_row == 3
    assert [r.number for r in rows] == [4, 5]
    assert rows[0].cells == ("Acme", "Huawei", "AR651", "1")
    assert table.first_column == 1
    assert column_letter(table.first_column + table.columns[2].index) == "D"


def test_title_above_a_table_that_starts_further_right(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Inventory"
    put_rows(ws, [HEADER, ["Acme", "Hytera", "PD782", 3]], row=4, col=3)
    path = tmp_path / "a.xlsx"
    wb.save(path)
    table, rows = only(path)
    assert table.header_row == 4
    assert table.first_column == 2  # column C: the blank column A-B cells are not columns
    assert [c.header for c in table.columns] == HEADER
    assert rows == [Row(5, ("Acme", "Hytera", "PD782", "3"))]


def test_long_sheets_stream_past_the_header_scan(tmp_path: Path) -> None:
    # Past the first 30 non-empty rows the reader streams; cutting, numbering and merge filling
    # must be the same there as in the rows buffered for the header search.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Inventory"
    put_rows(ws, [HEADER] + [["v", "m", f"x{i}", i] if i % 10 else [] for i in range(100)],
             row=3, col=3)
    ws.merge_cells("D90:D92")  # Manufacturer cell over three rows far below the scan
    ws["D90"] = "Hikvision"
    path = tmp_path / "a.xlsx"
    wb.save(path)
    table, rows = only(path)
    assert table.header_row == 3 and table.first_column == 2
    assert len(rows) == 90
    assert rows[0] == Row(5, ("v", "m", "x1", "1"))
    by_number = {r.number: r.cells for r in rows}
    assert 14 not in by_number  # blank (i = 10)
    assert by_number[91] == ("v", "Hikvision", "x87", "87")
    assert by_number[92] == ("v", "Hikvision", "x88", "88")
    assert by_number[93] == ("v", "m", "x89", "89")
    assert rows[-1] == Row(103, ("v", "m", "x99", "99"))


def test_header_found_by_override_when_vocabulary_is_unknown(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["Report"], ["Anbieterin", "Hersteller"],
                                          ["Acme", "Huawei"]])
    table, rows = only(path, overrides={"anbieterin": Role.VENDOR})
    assert table.header_row == 2
    assert [c.role for c in table.columns] == [Role.VENDOR, Role.MANUFACTURER]
    assert rows == [Row(3, ("Acme", "Huawei"))]


def test_no_header_found_gives_lettered_columns_and_all_rows(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [[1, 2], [3, 4]], col=2)
    table, rows = only(path)
    assert table.header_row is None
    assert [(c.header, c.role) for c in table.columns] == [("B", None), ("C", None)]
    assert rows == [Row(1, ("1", "2")), Row(2, ("3", "4"))]


def test_unknown_text_header_is_kept_for_the_report(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["Foo", "Bar"], ["x", "y"]])
    table, rows = only(path)
    assert table.header_row == 1
    assert [(c.header, c.role) for c in table.columns] == [("Foo", None), ("Bar", None)]
    assert rows == [Row(2, ("x", "y"))]  # no screened role: still a Table, the pipeline skips it


def test_rows_are_cut_and_padded_to_the_header(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Vendor", None, "Model"],
        ["Acme", "note", "X1", "stray"],
        ["Bolt"],
    ])
    table, rows = only(path)
    assert [c.header for c in table.columns] == ["Vendor", "", "Model"]
    assert rows == [Row(2, ("Acme", "note", "X1")), Row(3, ("Bolt", "", ""))]


def test_rows_only_outside_the_header_columns_are_empty_and_skipped(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["Vendor"], ["Acme"], [None, "side note"], ["Bolt"]])
    _, rows = only(path)
    assert rows == [Row(2, ("Acme",)), Row(4, ("Bolt",))]


def test_rows_stream(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [HEADER] + [["v", "m", f"x{i}", i] for i in range(50)])
    table = next(read_tables(path))
    assert iter(table.rows) is table.rows  # an iterator, not a list
    assert next(table.rows) == Row(2, ("v", "m", "x0", "0"))
    assert sum(1 for _ in table.rows) == 49


# --- cell values ---------------------------------------------------------------------------------

def test_values_become_text(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Part Number", "Value", "Date", "Flag"],
        [12345.0, 0.1 + 0.2, dt.date(2026, 1, 31), True],
        [1234567890123456, 1.5, dt.datetime(2026, 1, 31, 10, 30), False],
        [10**15, -2.0, dt.datetime(2026, 2, 1), None],
        ["  00123  ", 1e-05, dt.time(10, 30), None],
        [12345678901234567890, 123456.78901234567, None, None],
    ])
    _, rows = only(path)
    assert [r.cells for r in rows] == [
        ("12345", "0.3", "2026-01-31", "TRUE"),
        ("1234567890123456", "1.5", "2026-01-31 10:30:00", "FALSE"),
        ("1000000000000000", "-2", "2026-02-01", ""),
        ("00123", "1e-05", "10:30:00", ""),  # text stays text (leading zeros), stripped
        ("12345678901234600000", "123456.789012346", "", ""),  # 15 significant digits, as Excel
    ]


def test_header_text_whitespace_is_collapsed(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["  Vendor\nName ", "Model"], ["Acme", "X"]])
    table, _ = only(path)
    assert [(c.header, c.role) for c in table.columns] == [("Vendor Name", Role.VENDOR),
                                                           ("Model", Role.MODEL)]


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Vendor", "Model", "Qty"],
        ['=UPPER("huawei")', '="AR"&"651"', "=1+1"],
        ["Acme", "=NA()", "=2*3"],
    ])
    set_cached_values(path, {"A2": ("str", "HUAWEI"), "B2": ("str", "AR651"), "C2": ("n", "2"),
                             "B3": ("e", "#N/A")})
    _, rows = only(path)
    assert rows[0] == Row(2, ("HUAWEI", "AR651", "2"))
    # C3 has no cached value (as openpyxl writes it): it reads as empty, not as the formula text.
    # An error value (#N/A) reads as empty too.
    assert rows[1] == Row(3, ("Acme", "", ""))


# --- merged cells --------------------------------------------------------------------------------

def test_merged_data_cells_fill_every_row_of_the_range(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Inventory"],
        [],
        ["Site", "Manufacturer", "Model"],
        ["HQ", "Hikvision", "DS-1"],
        ["HQ", None, "DS-2"],
        ["Lab", None, "DS-3"],
        [None, None, "DS-4"],
        ["Lab", "Axis", "P1"],
    ], merges=["B4:B7", "A6:A7"])
    _, rows = only(path)
    assert [(r.number, r.cells) for r in rows] == [
        (4, ("HQ", "Hikvision", "DS-1")),
        (5, ("HQ", "Hikvision", "DS-2")),
        (6, ("Lab", "Hikvision", "DS-3")),
        (7, ("Lab", "Hikvision", "DS-4")),
        (8, ("Lab", "Axis", "P1")),
    ]


def test_merged_row_of_otherwise_blank_rows_and_horizontal_merges(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Vendor", "Manufacturer", "Brand"],
        ["Acme", "Dahua", None],  # B2:C2: maker and brand are the same company
        [],
        ["Bolt", "Lorex", "Lorex"],
    ], merges=["B2:C2", "A2:A3"])
    _, rows = only(path)
    assert [(r.number, r.cells) for r in rows] == [
        (2, ("Acme", "Dahua", "Dahua")),
        (3, ("Acme", "", "")),  # row 3 shows the merged vendor cell, so it is a row
        (4, ("Bolt", "Lorex", "Lorex")),
    ]


def test_merges_in_the_header_are_not_copied_into_data(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [
        ["Vendor", "Model"],
        [None, "X1"],
        ["Bolt", "X2"],
    ], merges=["A1:A2"])
    _, rows = only(path)
    assert rows == [Row(2, ("", "X1")), Row(3, ("Bolt", "X2"))]


# --- sheets --------------------------------------------------------------------------------------

def _three_sheets(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Visible"
    put_rows(ws, [["Vendor"], ["Acme"]])
    hidden = wb.create_sheet("Hidden")
    put_rows(hidden, [["Supplier"], ["Huawei"]])
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("Secret")
    put_rows(very, [["Manufacturer"], ["ZTE"]])
    very.sheet_state = "veryHidden"
    wb.create_sheet("Empty")
    wb.save(path)
    return path


def test_every_sheet_is_read_and_hidden_ones_are_marked(tmp_path: Path) -> None:
    result = tables(_three_sheets(tmp_path / "a.xlsx"))
    assert [(t.sheet, t.hidden, rows) for t, rows in result] == [
        ("Visible", False, [Row(2, ("Acme",))]),
        ("Hidden", True, [Row(2, ("Huawei",))]),
        ("Secret", True, [Row(2, ("ZTE",))]),  # very hidden: invisible in Excel's UI
    ]  # the empty sheet yields no Table


def test_sheets_filter_is_case_insensitive(tmp_path: Path) -> None:
    result = tables(_three_sheets(tmp_path / "a.xlsx"), sheets=["secret", "VISIBLE"])
    assert [t.sheet for t, _ in result] == ["Visible", "Secret"]  # workbook order


def test_unknown_sheet_is_a_usage_error_listing_the_sheets(tmp_path: Path) -> None:
    path = _three_sheets(tmp_path / "a.xlsx")
    with pytest.raises(UsageError) as info:
        tables(path, sheets=["Visible", "Nope"])
    text = assert_one_line(info.value, path)
    assert "'Nope'" in text and "'Visible', 'Hidden', 'Secret', 'Empty'" in text


def test_selected_sheets_without_data(tmp_path: Path) -> None:
    path = _three_sheets(tmp_path / "a.xlsx")
    with pytest.raises(InputError, match="none of the selected sheets has any data"):
        tables(path, sheets=["empty"])


def test_xlsm_and_content_sniffing(tmp_path: Path) -> None:
    source = workbook(tmp_path / "a.xlsx", [["Vendor"], ["Acme"]])
    for name in ("b.xlsm", "c.XLSX", "d.xls"):  # an .xlsx saved under an .xls name still reads
        target = tmp_path / name
        target.write_bytes(source.read_bytes())
        assert only(target)[1] == [Row(2, ("Acme",))]


LEGACY_XLS = Path(__file__).parents[1] / "data" / "ingest" / "legacy.xls"  # make_legacy_xls.py


def test_legacy_xls(tmp_path: Path) -> None:
    expected = [
        ("Equipment", False, 3, [Row(4, ("Acme Supply", "Hikvision", "12345", "2026-01-31")),
                                 Row(5, ("Acme Supply", "Hikvision", "DS-2CD2143G0-I", ""))]),
        ("Old", True, 1, [Row(2, ("ZTE Corporation",))]),
    ]
    assert [(t.sheet, t.hidden, t.header_row, rows) for t, rows in tables(LEGACY_XLS)] == expected
    renamed = tmp_path / "renamed.xlsx"  # an OLE2 file that is not encrypted: read as .xls
    renamed.write_bytes(LEGACY_XLS.read_bytes())
    assert [(t.sheet, t.hidden, t.header_row, rows) for t, rows in tables(renamed)] == expected


# --- errors --------------------------------------------------------------------------------------

def _error(path: Path, match: str) -> str:
    with pytest.raises(InputError) as info:
        tables(path)
    text = assert_one_line(info.value, path)
    assert match in text
    return text


def test_missing_file(tmp_path: Path) -> None:
    _error(tmp_path / "missing.xlsx", "file not found")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "dir.xlsx").mkdir()
    _error(tmp_path / "dir.xlsx", "is a directory")


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7")
    text = _error(path, "unsupported file type '.pdf'")
    assert ".xlsx" in text  # the hint lists what is supported


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"")
    _error(path, "is empty (0 bytes)")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(bytes(range(256)) * 20)
    _error(path, "is not an Excel workbook")


def test_truncated_zip(tmp_path: Path) -> None:
    source = workbook(tmp_path / "whole.xlsx", [["Vendor"], ["Acme"]])
    path = tmp_path / "a.xlsx"
    path.write_bytes(source.read_bytes()[:1500])
    _error(path, "is not a valid Excel workbook: the file is damaged, truncated")


def test_encrypted_workbook(tmp_path: Path) -> None:
    # What Excel writes for "Encrypt with Password": an OLE2 compound file (not a zip) holding
    # EncryptionInfo and EncryptedPackage streams. A faithful stand-in: the magic, padding, and
    # the stream names in UTF-16LE as the directory sector stores them.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 1000
                     + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 3000)
    _error(path, "is password-protected or encrypted")


def test_compound_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 4000)
    _error(path, "is password-protected or encrypted, or is not a workbook")


def test_html_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Vendor</td></tr></table></body></html>")
    _error(path, "is an HTML or XML file")


def test_no_sheet_with_data(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("Other")
    path = tmp_path / "blank.xlsx"
    wb.save(path)
    _error(path, "no sheet has any data")


def test_whitespace_only_sheet_has_no_data(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["   "], [None, " "]])
    _error(path, "no sheet has any data")


def test_damaged_sheet_xml_names_the_sheet(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["Vendor"], ["Acme"]], title="Data")
    replace_member(path, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row r='1'><c")
    text = _error(path, "sheet 'Data'")
    assert "damaged" in text


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    _error(path, "is not a valid Excel workbook")


# --- misc ----------------------------------------------------------------------------------------

def test_supported_suffixes() -> None:
    assert {".xlsx", ".xlsm", ".xls", ".csv"} <= set(SUPPORTED_SUFFIXES)


def test_file_sha256(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"abc")
    assert file_sha256(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_column_letter() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA"]


def test_real_password_protected_workbook() -> None:
    """A workbook encrypted by Excel's 'Protect Workbook' (Agile encryption in an OLE2 container)."""
    path = Path(__file__).resolve().parents[1] / "data" / "ingest" / "password-protected.xlsx"
    with pytest.raises(InputError) as info:
        list(read_tables(path))
    assert "password-protected" in assert_one_line(info.value, path)
