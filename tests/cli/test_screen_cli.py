"""The screen command end to end: exit codes, stdout/stderr separation, the JSON contract."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from compliance.cli import main
from compliance.resources import schema_path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
SCHEMA = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture()
def vendors(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "vendors.csv", [
        ["Vendor ID", "Vendor Name", "Country"],
        ["V1", "Staples Inc.", "US"],
        ["V2", "HIKVISION USA INC", "US"],
        ["V3", "Hyster-Yale Materials Handling", "US"],
        ["V4", "Lorex Technology Inc.", "CA"],
    ])


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--version")
    assert code == 0 and out.strip() == "compliance 0.1.0" and err == ""


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "screen", "--help")
    assert code == 0 and "Examples" in out and "--fail-on" in out


def test_samples_json_validates_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "screen", str(SAMPLES), "--format", "json")
    assert code == 1, err
    doc = json.loads(out)                       # nothing but the document on stdout
    jsonschema.validate(doc, SCHEMA)
    assert doc["summary"]["findings"] == len(doc["findings"]) > 0
    assert {i["path"].rsplit("/", 1)[-1] for i in doc["inputs"]} >= {"vendors.xlsx", "equipment.xlsx",
                                                                     "purchases.csv"}
    assert all(f["rule"] and f["citation"] for f in doc["findings"])
    assert "Traceback" not in err


def test_csv_report_finding_lines(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    code, out, _ = run(capsys, "screen", str(vendors), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1
    assert {(r["row"], r["severity"]) for r in rows} >= {("3", "prohibited"), ("5", "review")}
    assert not any(r["row"] in ("2", "4") for r in rows)      # Staples, Hyster-Yale


def test_table_fits_100_columns(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    code, out, _ = run(capsys, "screen", str(vendors))
    assert code == 1
    assert "HIKVISION USA INC" in out and "No match in these lists as of" in out
    assert max(len(line) for line in out.splitlines()) <= 100


@pytest.mark.parametrize(("fail_on", "expected"), [("prohibited", 1), ("review", 1), ("never", 0)])
def test_fail_on(capsys: pytest.CaptureFixture[str], vendors: Path, fail_on: str, expected: int) -> None:
    assert run(capsys, "screen", str(vendors), "--format", "json", "--fail-on", fail_on)[0] == expected


def test_fail_on_review_catches_review_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v.csv", [["Supplier"], ["Lorex Technology Inc."]])
    assert run(capsys, "screen", str(path), "--format", "json")[0] == 0
    assert run(capsys, "screen", str(path), "--format", "json", "--fail-on", "review")[0] == 1


def test_no_finding_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v.csv", [["Supplier"], ["Staples Inc."], ["Grainger"]])
    code, out, _ = run(capsys, "screen", str(path), "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []


def test_output_file_written_and_stdout_empty(capsys: pytest.CaptureFixture[str], vendors: Path,
                                              tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    code, out, err = run(capsys, "screen", str(vendors), "--format", "json", "--output", str(target))
    assert code == 1 and out == ""
    jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), SCHEMA)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_must_not_overwrite_an_input(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    before = vendors.read_bytes()
    code, _, err = run(capsys, "screen", str(vendors), "--output", str(vendors))
    assert code == 2 and "input" in err and vendors.read_bytes() == before


def test_columns_override(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v.csv", [["Counterparty Ref", "Amount"], ["Hikvision", "10"]])
    code, out, err = run(capsys, "screen", str(path), "--format", "json")
    assert code == 2 and out == "" and "--columns" in one_line_error(err)   # never silently passed
    code, out, _ = run(capsys, "screen", str(path), "--format", "json", "--columns",
                       "vendor=counterparty  ref")
    assert code == 1 and json.loads(out)["findings"][0]["column"] == "Counterparty Ref"


def test_user_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v.csv", [["Supplier"], ["Globex Corporation"], ["Initech LLC"]])
    user = write_csv(tmp_path / "blocklist.csv", [["name", "aliases", "country", "severity", "note"],
                                                  ["Globex", "Globex Corp;GLX", "US", "review", "audit 2026"]])
    code, out, _ = run(capsys, "screen", str(path), "--format", "json", "--list", str(user))
    doc = json.loads(out)
    assert code == 0                                     # review is below the default --fail-on
    assert [(f["row"], f["severity"], f["rule"]) for f in doc["findings"]] == [(2, "review", "USERLIST")]
    assert "audit 2026" in doc["findings"][0]["explanation"]
    assert any(entry["kind"] == "user" for entry in doc["lists"])


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("args", [
    ["--columns", "vendr=Supplier"],
    ["--columns", "vendor"],
    ["--columns", "vendor=No Such Header"],
    ["--format", "pdf"],
    ["--as-of", "22/11/2026"],
    ["--fail-on", "sometimes"],
])
def test_usage_errors(capsys: pytest.CaptureFixture[str], vendors: Path, args: list[str]) -> None:
    code, out, err = run(capsys, "screen", str(vendors), *args)
    assert code == 2 and out == ""
    assert err.strip()


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "screen", str(tmp_path / "nope.xlsx"))
    assert code == 2 and out == "" and "nope.xlsx" in one_line_error(err)


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    corrupt = tmp / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    truncated = tmp / "truncated.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>" * 200)
    truncated.write_bytes(buf.getvalue()[:-40])
    encrypted = tmp / "locked.xlsx"
    encrypted.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 1024)
    empty = tmp / "empty.csv"
    empty.write_bytes(b"")
    binary = tmp / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    return {"corrupt": corrupt, "truncated": truncated, "encrypted": encrypted, "empty": empty,
            "binary": binary}


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "encrypted", "empty", "binary"])
def test_bad_inputs_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str) -> None:
    path = _bad_inputs(tmp_path)[kind]
    before = path.read_bytes()
    code, out, err = run(capsys, "screen", str(path), "--format", "json")
    assert code == 2 and out == ""
    assert path.name in one_line_error(err)
    assert path.read_bytes() == before                   # inputs are never modified


def test_broken_curated_list_exits_2(capsys: pytest.CaptureFixture[str], vendors: Path,
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "lists"
    broken.mkdir()
    (broken / "x.yaml").write_text("list: {id: x, title: t, publisher: p, version: 2026-01-01, sources: []}\n"
                                   "entities: []\n")
    monkeypatch.setattr("compliance.lists.store.lists_dir", lambda: broken)
    code, _, err = run(capsys, "screen", str(vendors))
    assert code == 2 and "x.yaml" in one_line_error(err)


def test_folder_screens_sheets_in_workbook_order_and_skips_notes(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["Prepared by", "Date"])
    notes.append(["J. Smith", "2026-01-01"])
    vendors = wb.create_sheet("Vendors")
    vendors.append(["Supplier", "Country"])
    vendors.append(["Zhejiang Dahua Technology Co., Ltd.", "CN"])
    vendors.append(["Dahua Hotel", "CN"])
    old = wb.create_sheet("Old")
    old.sheet_state = "hidden"
    old.append(["Vendor"])
    old.append(["EZVIZ"])
    wb.save(tmp_path / "book.xlsx")
    (tmp_path / "readme.txt").write_text("not a sheet\n")          # folders are searched for sheets only
    (tmp_path / "~$book.xlsx").write_bytes(b"lock file")             # Excel's lock file
    code, out, err = run(capsys, "screen", str(tmp_path), "--format", "json")
    doc = json.loads(out)
    assert code == 1
    assert [(f["sheet"], f["row"]) for f in doc["findings"] if f["rule"] == "US889AV"] == [("Vendors", 2), ("Old", 2)]
    [book] = doc["inputs"]
    assert book["hidden_sheets"] == ["Old"] and book["skipped"][0]["sheet"] == "Notes"
    assert "Notes" in err and "not screened" in err


@pytest.mark.parametrize(("as_of", "expected"), [("2021-06-30", "prohibited"), ("2026-11-22", "review")])
def test_as_of_follows_divestiture_dates(capsys: pytest.CaptureFixture[str], tmp_path: Path, as_of: str,
                                         expected: str) -> None:
    path = write_csv(tmp_path / "v.csv", [["Supplier"], ["Lorex Technology Inc."]])
    code, out, _ = run(capsys, "screen", str(path), "--format", "json", "--as-of", as_of, "--fail-on", "never")
    doc = json.loads(out)
    assert code == 0 and doc["as_of"] == as_of
    assert {f["severity"] for f in doc["findings"]} == {expected}


def test_sheet_option_over_several_workbooks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import openpyxl

    for name, sheet in (("a.xlsx", "Vendors"), ("b.xlsx", "Other")):
        wb = openpyxl.Workbook()
        wb.active.title = sheet
        wb.active.append(["Supplier"])
        wb.active.append(["Hikvision"])
        wb.save(tmp_path / name)
    code, out, err = run(capsys, "screen", str(tmp_path), "--sheet", "Vendors", "--format", "json")
    doc = json.loads(out)
    assert code == 1 and {f["input"].rsplit("/", 1)[-1] for f in doc["findings"]} == {"a.xlsx"}
    [b] = [i for i in doc["inputs"] if i["path"].endswith("b.xlsx")]
    assert "no sheet named 'Vendors'" in b["skipped"][0]["reason"]
    code, out, err = run(capsys, "screen", str(tmp_path), "--sheet", "Nope")
    assert code == 2 and "Nope" in one_line_error(err)
