"""CI use of screen: --fail-on semantics, --quiet, --changed-since, and the pre-commit hook definition."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.decisions._support import VENDORS, one_line, run, write_csv

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def vendors(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "vendors.csv", VENDORS)        # row 3 prohibited, row 5 review


@pytest.fixture()
def clean(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "clean.csv", [["Supplier"], ["Staples Inc."], ["Grainger"]])


# -- --fail-on: at or above the threshold, cleared findings not counted --------------------------

@pytest.mark.parametrize(("rows", "fail_on", "expected"), [
    ([["HIKVISION USA INC"]], "prohibited", 1),
    ([["HIKVISION USA INC"]], "never", 0),
    ([["Lorex Technology Inc."]], "prohibited", 0),      # review is below prohibited
    ([["Lorex Technology Inc."]], "restricted", 0),
    ([["Lorex Technology Inc."]], "review", 1),           # at the threshold fails
    ([["Staples Inc."]], "review", 0),
])
def test_fail_on_threshold(capsys: pytest.CaptureFixture[str], tmp_path: Path, rows: list[list[str]], fail_on: str,
                           expected: int) -> None:
    sheet = write_csv(tmp_path / "s.csv", [["Supplier"], *rows])
    assert run(capsys, "screen", str(sheet), "--fail-on", fail_on, "--quiet")[0] == expected


def test_fail_on_ignores_only_cleared_findings(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    assert run(capsys, "screen", str(vendors), "--fail-on", "review", "-q")[0] == 1
    run(capsys, "decide", "--input", str(vendors), "--row", "3", "-d", "false-positive", "-r", "namesake",
        "--reviewer", "jdoe")
    assert run(capsys, "screen", str(vendors), "-q")[0] == 0                    # the prohibited one is cleared
    assert run(capsys, "screen", str(vendors), "--fail-on", "review", "-q")[0] == 1   # Lorex still counts


def test_the_readme_documents_fail_on_and_exit_codes() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## CI"):]
    for needle in ("--fail-on", "--quiet", "--changed-since", "cleared", ".pre-commit-hooks.yaml",
                   "docs/ci-github-actions.md"):
        assert needle in section, needle


# -- --quiet ------------------------------------------------------------------------------------

def test_quiet_says_nothing_when_it_passes(capsys: pytest.CaptureFixture[str], clean: Path) -> None:
    assert run(capsys, "screen", str(clean), "--quiet") == (0, "", "")


def test_quiet_failure_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    code, out, err = run(capsys, "screen", str(vendors), "--quiet")
    assert code == 1 and out == ""
    line = one_line(err)
    assert "at or above prohibited" in line and "vendors.csv row 3" in line and "row 5" not in line


def test_quiet_hides_warnings_and_notes_but_not_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Prepared by"])
    wb.active.append(["J. Smith"])
    other = wb.create_sheet("Vendors")
    other.append(["Supplier"])
    other.append(["Staples"])
    wb.save(tmp_path / "book.xlsx")
    run(capsys, "history", "init")
    code, out, err = run(capsys, "screen", str(tmp_path / "book.xlsx"))
    assert "not screened" in err and "Recorded as run" in err            # without --quiet: warning and note
    assert run(capsys, "screen", str(tmp_path / "book.xlsx"), "-q") == (0, "", "")
    code, out, err = run(capsys, "screen", str(tmp_path / "missing.xlsx"), "-q")
    assert code == 2 and out == "" and "missing.xlsx" in one_line(err)


def test_quiet_still_writes_an_explicit_machine_format(capsys: pytest.CaptureFixture[str], vendors: Path) -> None:
    code, out, err = run(capsys, "screen", str(vendors), "-q", "--format", "json", "--fail-on", "never")
    assert code == 0 and out.startswith("{") and err == ""


# -- --changed-since ----------------------------------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                    *args], cwd=repo, capture_output=True, text=True, check=True)


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "purchases"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    write_csv(root / "approved.csv", [["Supplier"], ["HIKVISION USA INC"]])     # on main: not screened again
    write_csv(root / "office.csv", [["Supplier"], ["Staples Inc."]])
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "po-42")
    monkeypatch.chdir(root)
    return root


@needs_git
def test_changed_since_screens_only_changed_sheets(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    code, out, err = run(capsys, "screen", "--changed-since", "main")
    assert code == 0 and out == "" and "No sheet files changed since main" in err
    assert run(capsys, "screen", "--changed-since", "main", "-q") == (0, "", "")
    write_csv(repo / "office.csv", [["Supplier"], ["Staples Inc."], ["ZTE USA Inc"]])
    write_csv(repo / "po-42.csv", [["Supplier"], ["Grainger"]])
    code, out, err = run(capsys, "screen", "--changed-since", "main", "--format", "json")
    import json

    doc = json.loads(out)
    assert code == 1, err
    assert [i["path"] for i in doc["inputs"]] == ["office.csv", "po-42.csv"]         # approved.csv not screened
    assert {(f["input"], f["row"]) for f in doc["findings"]} == {("office.csv", 3)}


@needs_git
@pytest.mark.parametrize(("ref", "message"), [("origin/main", "no such commit"), ("-x", "give a git ref")])
def test_changed_since_bad_ref_exits_2(capsys: pytest.CaptureFixture[str], repo: Path, ref: str,
                                      message: str) -> None:
    code, out, err = run(capsys, "screen", f"--changed-since={ref}")
    assert code == 2 and out == "" and message in one_line(err)


@needs_git
def test_changed_since_outside_a_repository_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "screen", "--changed-since", "main")
    assert code == 2 and out == "" and "not a git repository" in one_line(err)


def test_screen_without_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "screen")
    assert code == 2 and out == "" and "--changed-since" in one_line(err)


# -- the pre-commit hook ------------------------------------------------------------------------

def test_pre_commit_hook_definition_runs_as_written(capsys: pytest.CaptureFixture[str], vendors: Path,
                                                    clean: Path) -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "compliance-screen" and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert all(files.search(n) for n in ("a/vendors.xlsx", "PO.CSV", "x.xlsm", "old.xls", "t.tsv"))
    assert not any(files.search(n) for n in ("notes.txt", "book.xlsx.bak", "csv"))
    program, *args = shlex.split(hook["entry"])
    assert program == "compliance" and args[:1] == ["screen"]
    assert run(capsys, *args, str(clean)) == (0, "", "")                      # pre-commit appends the file names
    code, out, err = run(capsys, *args, str(clean), str(vendors))
    assert code == 1 and out == "" and "vendors.csv row 3" in one_line(err)


def test_the_example_workflow_screens_changed_files_and_uploads_sarif() -> None:
    text = (REPO / "docs" / "ci-github-actions.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text.split("```yaml", 1)[1].split("```", 1)[0])
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    script = "\n".join(str(s.get("run", "")) for s in steps)
    assert "--changed-since" in script and "--format" in script and "sarif" in script and "--output-dir" in script
    assert any(str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif") for s in steps)
