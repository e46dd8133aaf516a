"""Reading delimited text (compliance/ingest/delimited.py) through read_tables."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from compliance.errors import InputError
from compliance.ingest import Table, read_tables
from compliance.ingest.delimited import detect_delimiter, detect_encoding
from compliance.models import Role, Row

from ._books import assert_one_line, workbook

BASIC = "Vendor,Manufacturer,Model\r\nAcme,Huawei,AR651\r\nBolt,ZTE,F660\r\n"


def read(path: Path, **kwargs: object) -> tuple[Table, list[Row]]:
    (table,) = list(read_tables(path, **kwargs))  # type: ignore[arg-type]
    return table, list(table.rows)


def write(tmp_path: Path, data: bytes | str, name: str = "a.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def test_basic_csv(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, BASIC))
    assert table.sheet is None and table.hidden is False
    assert table.header_row == 1
    assert [(c.header, c.role) for c in table.columns] == [
        ("Vendor", Role.VENDOR), ("Manufacturer", Role.MANUFACTURER), ("Model", Role.MODEL)]
    assert rows == [Row(2, ("Acme", "Huawei", "AR651")), Row(3, ("Bolt", "ZTE", "F660"))]
    assert table.encoding == "utf-8" and table.delimiter == ","


# --- encodings -----------------------------------------------------------------------------------

NAMES = "Vendor;Description\nSociété Générale;“Smart” camera €99\n"
EXPECTED = [Row(2, ("Société Générale", "“Smart” camera €99"))]


@pytest.mark.parametrize(("data", "encoding"), [
    (NAMES.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + NAMES.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + NAMES.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + NAMES.encode("utf-16-be"), "utf-16"),
    (NAMES.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by the NUL pattern
    (NAMES.encode("utf-16-be"), "utf-16-be"),
    (NAMES.encode("utf-32"), "utf-32"),
    (NAMES.encode("cp1252"), "cp1252"),  # what Excel's "CSV (Comma delimited)" writes
], ids=["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-16be", "utf-32",
        "cp1252"])
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = write(tmp_path, data)
    table, rows = read(path)
    assert table.encoding == encoding
    assert table.delimiter == ";"
    assert [c.header for c in table.columns] == ["Vendor", "Description"]  # no BOM in the header
    assert rows == EXPECTED


def test_utf8_wins_over_cp1252_when_valid(tmp_path: Path) -> None:
    assert detect_encoding(write(tmp_path, "Vendor\nMÃ¼ller\n")) == "utf-8"


def test_cp1252_detected_after_the_first_chunk(tmp_path: Path) -> None:
    # The non-UTF-8 byte comes after a megabyte of ASCII: the whole file is checked, streamed.
    body = "Vendor,Model\n" + "Acme,X1\n" * 150_000 + "Société Générale,X2\n"
    path = write(tmp_path, body, encoding="cp1252")
    table, rows = read(path)
    assert table.encoding == "cp1252"
    assert rows[-1] == Row(150_002, ("Société Générale", "X2"))


def test_undecodable_bytes(tmp_path: Path) -> None:
    # 0x81 is invalid in UTF-8 and one of cp1252's five undefined bytes.
    path = write(tmp_path, b"Vendor\nAcme\nBad \x81 byte\n")
    with pytest.raises(InputError) as info:
        read(path)
    text = assert_one_line(info.value, path)
    assert "is not in a supported text encoding" in text and "line 3" in text


def test_nul_bytes_mean_not_text(tmp_path: Path) -> None:
    path = write(tmp_path, b"Vendor,Model\nAcme,X\x00\x01\x02\xff\xfe\nBolt,Y\n")
    with pytest.raises(InputError) as info:
        read(path)
    assert "is not a text file" in assert_one_line(info.value, path)


def test_binary_head_with_scattered_nuls_is_not_utf16(tmp_path: Path) -> None:
    path = write(tmp_path, bytes(range(256)) * 8)
    with pytest.raises(InputError, match="is not a text file"):
        read(path)


def test_workbook_saved_with_a_csv_name(tmp_path: Path) -> None:
    source = workbook(tmp_path / "a.xlsx", [["Vendor"], ["Acme"]])
    path = write(tmp_path, source.read_bytes(), name="export.csv")
    with pytest.raises(InputError) as info:
        read(path)
    assert "is an Excel workbook, not delimited text" in assert_one_line(info.value, path)


# --- delimiters ----------------------------------------------------------------------------------

@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    text = BASIC.replace(",", delimiter)
    table, rows = read(write(tmp_path, text))
    assert table.delimiter == delimiter
    assert rows[0] == Row(2, ("Acme", "Huawei", "AR651"))


def test_semicolon_with_decimal_commas(tmp_path: Path) -> None:
    text = "Vendor;Price;Model\nAcme;1,50;X1\nBolt;2,75;X2\nCorp;3,00;X3\n"
    table, rows = read(write(tmp_path, text))
    assert table.delimiter == ";"
    assert rows[0].cells == ("Acme", "1,50", "X1")


def test_tab_with_commas_in_text(tmp_path: Path) -> None:
    text = ("Vendor\tDescription\tModel\n"
            "Acme\tCamera, 4MP, dome\tDS-1\n"
            "Bolt\tRouter, 8 port, rack\tAR651\n")
    table, rows = read(write(tmp_path, text, name="a.txt"))
    assert table.delimiter == "\t"
    assert rows[1].cells == ("Bolt", "Router, 8 port, rack", "AR651")


def test_quoted_delimiters_and_embedded_newlines(tmp_path: Path) -> None:
    text = ('Vendor,Address,Model\r\n'
            '"Huawei Technologies Co., Ltd.","Bantian, Longgang\r\nShenzhen\r\nChina",AR651\r\n'
            '"Say ""hi"" Inc",x,Y\r\n'
            'Bolt,,Z\r\n')
    table, rows = read(write(tmp_path, text))
    assert table.delimiter == ","
    assert rows == [
        Row(2, ("Huawei Technologies Co., Ltd.", "Bantian, Longgang\r\nShenzhen\r\nChina",
                "AR651")),
        Row(3, ('Say "hi" Inc', "x", "Y")),  # one record = one row, as Excel shows it
        Row(4, ("Bolt", "", "Z")),
    ]


def test_excel_sep_line(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, "sep=;\nVendor;Model\nAcme;X,1\n"))
    assert table.delimiter == ";"
    assert table.header_row == 1  # Excel hides the sep= line: it is not a row
    assert rows == [Row(2, ("Acme", "X,1"))]


def test_single_column(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, "Supplier\nHuawei\nZTE Corporation\n"))
    assert table.header_row == 1
    assert [c.role for c in table.columns] == [Role.VENDOR]
    assert rows == [Row(2, ("Huawei",)), Row(3, ("ZTE Corporation",))]


def test_tsv_suffix(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, "Vendor\tModel\nAcme\tX\n", name="a.tsv"))
    assert table.delimiter == "\t" and rows == [Row(2, ("Acme", "X"))]


@pytest.mark.parametrize(("sample", "expected"), [
    ("a,b,c\n1,2,3\n", ","),
    ("a;b;c\n1;2;3\n", ";"),
    ("a\tb\n1\t2\n", "\t"),
    ("a|b|c\n1|2|3\n", "|"),
    ('a;b\n"x;y";2\n"p;q";3\n', ";"),
    ("Title only\n\na,b\n1,2\n3,4\n", ","),
    ("one\ntwo\n", ","),  # nothing splits: the default
    ('a,b\n"unterminated,1\n', ","),
])
def test_detect_delimiter(sample: str, expected: str) -> None:
    assert detect_delimiter(sample) == expected


# --- header and rows -----------------------------------------------------------------------------

def test_title_lines_above_the_header(tmp_path: Path) -> None:
    text = ("Vendor Spend Report FY2026,,\n"
            "Generated 2026-01-31,,\n"
            ",,\n"
            "Supplier Name,Amount,Invoice Date\n"
            "Acme,100,2026-01-02\n"
            "\n"
            "Bolt,200,2026-01-03\n")
    table, rows = read(write(tmp_path, text))
    assert table.header_row == 4
    assert [c.role for c in table.columns] == [Role.VENDOR, None, None]
    assert [r.number for r in rows] == [5, 7]  # the blank line 6 is still a row number


def test_title_then_header_with_embedded_newline_numbering(tmp_path: Path) -> None:
    text = 'Inventory\nVendor,Notes\n"Acme","line1\nline2"\nBolt,x\n'
    table, rows = read(write(tmp_path, text))
    assert table.header_row == 2
    assert [r.number for r in rows] == [3, 4]


def test_ragged_rows_are_padded_and_cut(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, "Vendor,Model\nAcme\nBolt,X,extra,more\n"))
    assert rows == [Row(2, ("Acme", "")), Row(3, ("Bolt", "X"))]


def test_cells_are_stripped_and_empty_rows_skipped(tmp_path: Path) -> None:
    _, rows = read(write(tmp_path, "Vendor,Model\n  Acme  , X1 \n , \n,,\nBolt,Y\n"))
    assert rows == [Row(2, ("Acme", "X1")), Row(5, ("Bolt", "Y"))]


def test_header_only(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, "Vendor,Model\n"))
    assert table.header_row == 1 and rows == []


def test_overrides(tmp_path: Path) -> None:
    table, _ = read(write(tmp_path, "Lieferant,Artikel\nAcme,X\n"),
                    overrides={"LIEFERANT": Role.VENDOR})
    assert [c.role for c in table.columns] == [Role.VENDOR, None]


def test_rows_stream_lazily(tmp_path: Path) -> None:
    table = next(read_tables(write(tmp_path, BASIC)))
    assert iter(table.rows) is table.rows
    assert next(table.rows) == Row(2, ("Acme", "Huawei", "AR651"))


def test_sheets_argument_is_ignored_for_text(tmp_path: Path) -> None:
    _, rows = read(write(tmp_path, BASIC), sheets=["Sheet1"])
    assert len(rows) == 2


# --- errors --------------------------------------------------------------------------------------

def _error(path: Path, match: str) -> str:
    with pytest.raises(InputError) as info:
        read(path)
    text = assert_one_line(info.value, path)
    assert match in text, text
    return text


def test_empty_file(tmp_path: Path) -> None:
    _error(write(tmp_path, b""), "is empty (0 bytes)")


def test_bom_only(tmp_path: Path) -> None:
    _error(write(tmp_path, codecs.BOM_UTF8), "has no rows")


def test_blank_lines_only(tmp_path: Path) -> None:
    _error(write(tmp_path, "\n\n ,  \n"), "has only blank rows")


def test_missing_and_directory(tmp_path: Path) -> None:
    _error(tmp_path / "nope.csv", "file not found")
    (tmp_path / "d.csv").mkdir()
    _error(tmp_path / "d.csv", "is a directory")


def test_unclosed_quote_is_an_error_not_lost_rows(tmp_path: Path) -> None:
    text = 'Vendor,Model\nAcme,X\n"Bolt,Y\nCorp,Z\nDyn,W\n'
    text = _error(write(tmp_path, text), "quote")
    assert "row 3" in text


def test_runaway_quote_over_the_field_limit(tmp_path: Path) -> None:
    text = 'Vendor,Model\n"Acme,X\n' + "Bolt,Y\n" * 30_000
    text = _error(write(tmp_path, text), "quote")
    assert "row 2" in text


def test_nul_byte_after_the_first_block(tmp_path: Path) -> None:
    path = write(tmp_path, b"Vendor,Model\n" + b"Acme,X\n" * 2000 + b"Bolt,\x00Y\n")
    text = _error(path, "is not a text file")
    assert "line 2002" in text


def test_no_header_gives_lettered_columns(tmp_path: Path) -> None:
    table, rows = read(write(tmp_path, "1,2\n3,4,\n"))
    assert table.header_row is None
    assert [(c.header, c.role) for c in table.columns] == [("A", None), ("B", None)]
    assert rows == [Row(1, ("1", "2")), Row(2, ("3", "4"))]


@pytest.mark.parametrize("codec", ["gbk", "big5", "gb18030"])
def test_cjk_double_byte_text_is_refused_not_read_as_mojibake(tmp_path: Path, codec: str) -> None:
    # these bytes decode as Windows-1252 garbage; screening them would silently miss 华为
    text = "Supplier,Country\n华为技术有限公司,中国\n海康威视数字技术,中国\nStaples,US\n"
    if codec == "big5":
        text = "Supplier,Country\n華為技術有限公司,台灣\n海康威視數字技術,台灣\n"
    path = write(tmp_path, text.encode(codec))
    with pytest.raises(InputError) as err:
        detect_encoding(path)
    assert "double-byte" in assert_one_line(err.value, path)


def test_western_cp1252_is_not_mistaken_for_double_byte(tmp_path: Path) -> None:
    text = "Supplier\nSociété Générale\nMüller Straße GmbH\n“Quoted” Café Ltd\nNiño – Peña SA\n"
    assert detect_encoding(write(tmp_path, text.encode("cp1252"))) == "cp1252"
