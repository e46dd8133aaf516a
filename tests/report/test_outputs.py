"""Which files a screen writes: --output / --output-dir / --report-name rules, names, never an input."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.errors import UsageError
from compliance.report import parse_formats
from compliance.report.outputs import Outputs, copy_names


def plan(tmp_path: Path, formats: str, **kw: object) -> list[tuple[str, str | None, str | None]]:
    inputs = [tmp_path / "in" / "vendors.xlsx", tmp_path / "in" / "po.csv"]
    targets = Outputs(parse_formats(formats), **kw).plan(inputs)  # type: ignore[arg-type]
    return [(t.format.NAME, t.path.name if t.path else None, t.input and Path(t.input).name) for t in targets]


def test_one_text_format_goes_to_stdout_or_output(tmp_path: Path) -> None:
    assert plan(tmp_path, "json") == [("json", None, None)]
    assert plan(tmp_path, "sarif", output=tmp_path / "x.sarif") == [("sarif", "x.sarif", None)]


def test_output_dir_names_files_by_report_name_and_xlsx_by_input(tmp_path: Path) -> None:
    assert plan(tmp_path, "table,xlsx,sarif", output_dir=tmp_path / "out") == [
        ("table", "compliance-report.txt", None),
        ("xlsx", "vendors.screened.xlsx", "vendors.xlsx"),
        ("xlsx", "po.screened.xlsx", "po.csv"),
        ("sarif", "compliance-report.sarif", None),
    ]
    assert plan(tmp_path, "junit", output_dir=tmp_path, report_name="gate") == [("junit", "gate.xml", None)]


@pytest.mark.parametrize(("formats", "options", "message"), [
    ("json,csv", {}, "several formats write one file each; give --output-dir"),
    ("json,csv", {"output": "r.json"}, "give --output-dir"),
    ("json", {"output": "r.json", "output_dir": "d"}, "give one"),
    ("xlsx", {}, "one workbook per input"),
    ("xlsx", {"output": "r.xlsx"}, "one workbook per input"),
    ("json", {"report_name": "r"}, "--report-name"),
    ("json", {"output_dir": "d", "report_name": "a/b"}, "without folders"),
])
def test_contradictions_are_usage_errors(tmp_path: Path, formats: str, options: dict[str, str], message: str) -> None:
    kw: dict[str, object] = {k: (v if k == "report_name" else tmp_path / v) for k, v in options.items()}
    with pytest.raises(UsageError) as info:
        plan(tmp_path, formats, **kw)
    assert message in str(info.value)


def test_no_report_replaces_an_input(tmp_path: Path) -> None:
    source = tmp_path / "compliance-report.csv"
    with pytest.raises(UsageError, match="inputs are never overwritten"):
        Outputs(parse_formats("csv"), output_dir=tmp_path).plan([source])
    with pytest.raises(UsageError, match="inputs are never overwritten"):
        Outputs(parse_formats("csv"), output=tmp_path / "x" / ".." / "compliance-report.csv").plan([source])


def test_output_dir_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        Outputs(parse_formats("json"), output_dir=tmp_path / "f").plan([tmp_path / "a.csv"])


def test_copy_names_disambiguate_shared_stems() -> None:
    inputs = [Path("a/vendors.xlsx"), Path("a/vendors.csv"), Path("b/vendors.csv"), Path("po.csv")]
    assert copy_names(inputs, "xlsx") == ["vendors.xlsx.screened.xlsx", "vendors.csv.screened.xlsx",
                                          "vendors.csv-2.screened.xlsx", "po.screened.xlsx"]
