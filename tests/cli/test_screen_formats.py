"""screen --format with several formats, --output-dir and --report-name: files, names, errors, atomicity."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from compliance.cli import main
from compliance.report import FORMATS
from tests.cli.test_screen_cli import one_line_error, run, write_csv


@pytest.fixture()
def vendors(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    return write_csv(folder / "vendors.csv", [["Vendor Name", "Country"], ["HIKVISION USA INC", "US"],
                                              ["Staples Inc.", "US"], ["Lorex Technology Inc.", "CA"]])


def test_every_format_into_an_output_dir(capsys: pytest.CaptureFixture[str], vendors: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "reports" / "new"                  # created when missing
    code, out, err = run(capsys, "screen", str(vendors), "--format", ",".join(FORMATS), "--output-dir", str(out_dir))
    assert code == 1 and out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        ["compliance-report.txt", "compliance-report.json", "compliance-report.csv", "vendors.screened.xlsx",
         "compliance-report.html", "compliance-report.sarif", "compliance-report.xml", "compliance-report.md"])
    assert err.count("Wrote ") == len(FORMATS)
    assert json.loads((out_dir / "compliance-report.json").read_text(encoding="utf-8"))["findings"]
    assert "HIKVISION USA INC" in (out_dir / "compliance-report.txt").read_text(encoding="utf-8")


def test_files_are_replaced_whole_and_named_by_report_name(capsys: pytest.CaptureFixture[str], vendors: Path,
                                                           tmp_path: Path) -> None:
    old = tmp_path / "gate.xml"
    old.write_text("old")
    code, _, _ = run(capsys, "screen", str(vendors), "--format", "junit,sarif", "--output-dir", str(tmp_path),
                     "--report-name", "gate", "--fail-on", "review")
    assert code == 1
    failures = ET.fromstring(old.read_text(encoding="utf-8")).iter("failure")
    assert {f.get("type") for f in failures} == {"prohibited", "review"}        # --fail-on reaches JUnit
    assert (tmp_path / "gate.sarif").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "json,csv"], "--output-dir"),
    (["--format", "xlsx"], "one workbook per input"),
    (["--format", "html", "--output", "x.html", "--output-dir", "d"], "give one"),
    (["--format", "sarf"], "did you mean 'sarif'"),
])
def test_output_usage_errors_write_nothing(capsys: pytest.CaptureFixture[str], vendors: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "screen", str(vendors), *args)
    assert code == 2 and out == "" and message in one_line_error(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_an_output_dir_never_overwrites_an_input(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    before = vendors.read_bytes()
    code, _, err = run(capsys, "screen", str(vendors), "--format", "csv", "--output-dir", str(vendors.parent),
                       "--report-name", "vendors")
    assert code == 2 and "never overwritten" in one_line_error(err) and vendors.read_bytes() == before


def test_a_single_text_format_still_goes_to_stdout(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    code, out, _ = run(capsys, "screen", str(vendors), "--format", "sarif")
    assert code == 1 and json.loads(out)["version"] == "2.1.0"
    code, out, _ = run(capsys, "screen", str(vendors), "--format", "markdown")
    assert out.startswith("## Compliance screening report")


def test_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert all(name in out for name in FORMATS) and "--output-dir" in out and "--report-name" in out
