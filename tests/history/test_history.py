"""Run history: init, recording on screen (by default once it exists), listing and showing runs."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from compliance import history
from tests.decisions._support import VENDORS, one_line, run, write_csv


@pytest.fixture()
def sheet(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "vendors.csv", VENDORS)


def run_ids(data_dir: Path | None = None) -> list[int]:
    return [r.id for r in history.runs(data_dir)]


def test_no_history_no_recording_until_init(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    assert run(capsys, "screen", str(sheet), "--format", "json")[0] == 1
    assert not history.exists()
    code, _, err = run(capsys, "history")
    assert code == 2 and "history init" in one_line(err)
    code, out, _ = run(capsys, "history", "init")
    assert code == 0 and history.exists() and "Run history ready" in out
    code, out, _ = run(capsys, "history")
    assert code == 0 and "No runs recorded yet" in out


def test_screen_records_by_default_once_the_history_exists(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    run(capsys, "history", "init")
    code, _, err = run(capsys, "screen", str(sheet), "--format", "json")
    assert code == 1 and "Recorded as run 1" in err
    assert run(capsys, "screen", str(sheet), "--format", "json", "--no-record")[0] == 1
    assert run(capsys, "screen", str(sheet), "--format", "json", "--fail-on", "never")[0] == 0
    assert run_ids() == [2, 1]                                   # newest first; --no-record left no trace
    first, second = history.runs()[::-1]
    assert (first.exit_code, first.fail_on, second.exit_code, second.fail_on) == (1, "prohibited", 0, "never")


def test_record_creates_the_history_in_the_data_dir(capsys: pytest.CaptureFixture[str], sheet: Path,
                                                    tmp_path: Path) -> None:
    store = tmp_path / "store"
    code, _, err = run(capsys, "screen", str(sheet), "--format", "json", "--record", "--data-dir", str(store))
    assert code == 1, err
    assert (store / history.DB_NAME).is_file() and run_ids(store) == [1]
    assert not history.exists()                                  # the default data dir is untouched


def test_a_run_records_inputs_lists_packs_and_findings(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    run(capsys, "history", "init")
    run(capsys, "decide", "--input", str(sheet), "--row", "3", "-d", "false-positive", "-r", "namesake",
        "--reviewer", "jdoe")
    run(capsys, "screen", str(sheet), "--format", "json", "--as-of", "2026-11-22")
    summary, recorded = history.load_run("latest")
    assert summary.inputs == (str(sheet),) and summary.as_of == "2026-11-22"
    assert {"ndaa-889", "fcc-covered"} <= {i for i, _ in summary.lists} and summary.packs
    assert summary.decisions_file == str(sheet.parent / "compliance-decisions.yaml")
    assert summary.findings == len(recorded.findings) and summary.cleared >= 2 and summary.exit_code == 0
    states = {(f.row, f.decision.state.value if f.decision else None) for f in recorded.findings}
    assert states == {(3, "cleared"), (5, None)}
    assert all(len(d) == 20 for d in recorded.digests.values()) and recorded.digests
    with sqlite3.connect(history.db_path()) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
        (sha,) = conn.execute("SELECT sha256 FROM run_inputs").fetchone()
    assert len(sha) == 64


def test_history_lists_and_shows_runs(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    run(capsys, "history", "init")
    run(capsys, "screen", str(sheet), "--format", "json")
    run(capsys, "decide", "--input", str(sheet), "--row", "5", "-d", "accepted-risk", "-r", "divested",
        "--reviewer", "jdoe")
    run(capsys, "screen", str(sheet), "--format", "json")
    code, out, _ = run(capsys, "history")
    assert code == 0 and "vendors.csv" in out
    assert re.findall(r"^\W\s*(\d+) \W", out, flags=re.MULTILINE) == ["2", "1"]        # newest first
    code, out, _ = run(capsys, "history", "show", "2")
    assert code == 0 and "Run 2" in out and "HIKVISION USA INC" in out and "Lorex" in out
    assert "accepted-risk" in out and "jdoe" in out and "ndaa-889" in out
    _, recorded = history.load_run("2")
    assert all(f.fingerprint in out for f in recorded.findings)       # what `decide --fingerprint` takes
    code, out, _ = run(capsys, "history", "show", "previous")
    assert code == 0 and "Run 1" in out and "accepted-risk" not in out
    code, _, err = run(capsys, "history", "show", "9")
    assert code == 2 and "no such run" in one_line(err)


def test_a_run_is_written_in_one_transaction(capsys: pytest.CaptureFixture[str], sheet: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "history", "init")

    def broken(*_: object) -> tuple[object, ...]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("compliance.history._finding_row", broken)
    code, _, err = run(capsys, "screen", str(sheet), "--format", "json")
    assert code == 3 and "disk on fire" in err
    with sqlite3.connect(history.db_path()) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone() == (0,)          # no half-written run


def test_a_newer_or_foreign_database_is_refused(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    path = history.init()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")
    code, _, err = run(capsys, "history")
    assert code == 2 and "newer than this tool" in one_line(err)
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something (x)")
    code, _, err = run(capsys, "screen", str(sheet), "--format", "json")
    assert code == 2 and "not a compliance run history" in one_line(err)
