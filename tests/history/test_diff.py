"""compliance diff: the same sheet screened against two list sets shows what appeared and disappeared."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.decisions._support import one_line, run, write_csv

SUPPLIERS = [["Supplier"], ["Globex Corporation"], ["Initech LLC"], ["Umbrella Holdings"], ["Staples Inc."]]


def blocklist(folder: Path, rows: list[list[str]]) -> Path:
    """A user list; the same file name in each folder, so its entity ids mean the same entries."""
    folder.mkdir(exist_ok=True)
    return write_csv(folder / "blocklist.csv", [["name", "aliases", "severity"], *rows])


@pytest.fixture()
def two_reports(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path]:
    """Before: Globex (prohibited) and Umbrella (review). After: Umbrella is prohibited, Initech added,
    Globex gone."""
    sheet = write_csv(tmp_path / "suppliers.csv", SUPPLIERS)
    old = blocklist(tmp_path / "v1", [["Umbrella Holdings", "", "review"], ["Globex", "Globex Corp", "prohibited"]])
    new = blocklist(tmp_path / "v2", [["Umbrella Holdings", "", "prohibited"], ["Initech", "", "prohibited"]])
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for lst, out in ((old, a), (new, b)):
        code, _, err = run(capsys, "screen", str(sheet), "--list", str(lst), "--format", "json", "--output", str(out),
                           "--fail-on", "never")
        assert code == 0, err
    return a, b


def diff_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, "diff", *args, "--format", "json")
    assert code == 0, err
    doc: dict[str, Any] = json.loads(out)
    return doc


def test_diff_of_two_reports_after_a_list_change(capsys: pytest.CaptureFixture[str],
                                                 two_reports: tuple[Path, Path]) -> None:
    doc = diff_json(capsys, *map(str, two_reports))
    assert [(i["value"], i["rows"], i["severity"]) for i in doc["new"]] == [("Initech LLC", [3], "prohibited")]
    assert [(i["value"], i["rows"]) for i in doc["resolved"]] == [("Globex Corporation", [2])]
    [changed] = doc["changed"]
    assert changed["value"] == "Umbrella Holdings" and changed["changes"] == ["severity review -> prohibited"]
    assert changed["a"]["severity"] == "review"
    assert doc["summary"] == {"new": 1, "resolved": 1, "changed": 1, "unchanged": 0}
    assert [c["id"] for c in doc["lists_changed"]] == []       # same list id; its version is its file's date


def test_diff_table(capsys: pytest.CaptureFixture[str], two_reports: tuple[Path, Path]) -> None:
    code, out, _ = run(capsys, "diff", *map(str, two_reports))
    assert code == 0
    assert "New in B" in out and "Initech LLC" in out
    assert "Resolved" in out and "Globex Corporation" in out
    assert "Changed" in out and "review -> prohibited" in out
    assert "1 new, 1 resolved, 1 changed, 0 unchanged." in out


def test_diff_the_other_way_round_swaps_new_and_resolved(capsys: pytest.CaptureFixture[str],
                                                         two_reports: tuple[Path, Path]) -> None:
    doc = diff_json(capsys, str(two_reports[1]), str(two_reports[0]))
    assert [i["value"] for i in doc["new"]] == ["Globex Corporation"]
    assert [i["value"] for i in doc["resolved"]] == ["Initech LLC"]


def test_moved_rows_and_decisions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Rows moving is no change; a decision taking effect is one (decision state none -> cleared)."""
    lst = blocklist(tmp_path / "v1", [["Globex", "", "prohibited"]])
    sheet = write_csv(tmp_path / "suppliers.csv", SUPPLIERS)
    run(capsys, "history", "init")
    assert run(capsys, "screen", str(sheet), "--list", str(lst), "--format", "json")[0] == 1            # run 1
    write_csv(sheet, [SUPPLIERS[0], *reversed(SUPPLIERS[1:])])
    assert run(capsys, "screen", str(sheet), "--list", str(lst), "--format", "json")[0] == 1            # run 2
    doc = diff_json(capsys, "1", "2")
    assert doc["summary"] == {"new": 0, "resolved": 0, "changed": 0, "unchanged": 1}
    assert run(capsys, "decide", "--input", str(sheet), "--row", "5", "--list", str(lst), "-d", "false-positive",
               "-r", "another Globex", "--reviewer", "jdoe")[0] == 0
    assert run(capsys, "screen", str(sheet), "--list", str(lst), "--format", "json")[0] == 0            # run 3
    doc = diff_json(capsys, "previous", "latest")
    assert [c["changes"] for c in doc["changed"]] == [["decision none -> cleared"]]
    assert doc["a"]["label"] == "run 2" and doc["b"]["label"] == "run 3"


def test_diff_a_run_against_a_report(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     two_reports: tuple[Path, Path]) -> None:
    sheet = tmp_path / "suppliers.csv"
    run(capsys, "history", "init")
    run(capsys, "screen", str(sheet), "--list", str(tmp_path / "v2" / "blocklist.csv"), "--format", "json")
    doc = diff_json(capsys, "1", str(two_reports[1]))
    assert doc["summary"]["unchanged"] == 2 and not doc["new"] and not doc["resolved"]


@pytest.mark.parametrize(("args", "message"), [
    (["nope.json", "x.json"], "no such report file"),
    (["1", "2"], "no run history yet"),
    (["banana", "2"], "neither a report file nor a run id"),
])
def test_diff_errors(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, "diff", *args)
    assert code == 2 and out == "" and message in one_line(err)
