"""compliance decide and compliance review: recording decisions from the command line and interactively."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import yaml

from tests.decisions._support import VENDORS, one_line, run, screen_json, write_csv

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("compliance.cli.decide._today", lambda: TODAY)


@pytest.fixture()
def sheet(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "vendors.csv", VENDORS)


def entries(folder: Path) -> list[dict[str, object]]:
    data = yaml.safe_load((folder / "compliance-decisions.yaml").read_text(encoding="utf-8"))
    return list(data["decisions"])


def test_decide_by_row_records_every_rule_of_the_row(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    _, doc = screen_json(capsys, str(sheet))
    expected = sorted(f["fingerprint"] for f in doc["findings"] if f["row"] == 3)
    code, out, err = run(capsys, "decide", "--input", str(sheet), "--row", "3", "--decision", "false-positive",
                         "--reason", "namesake", "--reviewer", "jdoe", "--expires", "2027-06-30")
    assert code == 0, err
    got = entries(sheet.parent)
    assert [e["fingerprint"] for e in got] == expected and len(expected) >= 2
    first = got[0]
    assert first["decision"] == "false-positive" and first["reason"] == "namesake" and first["reviewer"] == "jdoe"
    assert first["date"] == TODAY and first["expires"] == dt.date(2027, 6, 30)
    assert first["value"] == "HIKVISION USA INC" and first["entity_id"] == "hikvision"
    assert first["entity_digest"] == next(f["entity"]["digest"] for f in doc["findings"]
                                          if f["fingerprint"] == first["fingerprint"])
    assert out.count("Recorded false-positive") == len(expected)


def test_decide_by_row_and_rule_and_replace(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    base = ["decide", "--input", str(sheet), "--row", "3", "--rule", "us889av", "--reviewer", "jdoe"]
    assert run(capsys, *base, "--decision", "false-positive", "--reason", "first look")[0] == 0
    code, out, _ = run(capsys, *base, "--decision", "confirmed", "--reason", "second look")
    assert code == 0 and "Replaced confirmed" in out
    [entry] = entries(sheet.parent)
    assert (entry["rule"], entry["decision"], entry["reason"]) == ("US889AV", "confirmed", "second look")


def test_decide_by_fingerprint_from_a_report_or_the_history(capsys: pytest.CaptureFixture[str], sheet: Path,
                                                            tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    assert run(capsys, "screen", str(sheet), "--format", "json", "--output", str(report))[0] == 1
    fp = next(f["fingerprint"] for f in json.loads(report.read_text(encoding="utf-8"))["findings"] if f["row"] == 5)
    code, _, err = run(capsys, "decide", "--fingerprint", fp, "--report", str(report), "-d", "accepted-risk",
                       "-r", "divested in 2022", "--reviewer", "jdoe")
    assert code == 0, err
    assert [e["fingerprint"] for e in entries(sheet.parent)] == [fp]
    # without --report: the run history is searched
    code, _, err = run(capsys, "decide", "--fingerprint", "0" * 20, "-d", "false-positive", "-r", "x")
    assert code == 2 and "not in the run history" in one_line(err)
    assert run(capsys, "history", "init")[0] == 0
    assert run(capsys, "screen", str(sheet), "--format", "json")[0] == 1          # recorded
    other = next(f["fingerprint"] for f in json.loads(report.read_text(encoding="utf-8"))["findings"]
                 if f["row"] == 3)
    code, out, err = run(capsys, "decide", "--fingerprint", other, "-d", "false-positive", "-r", "namesake",
                         "--reviewer", "jdoe")
    assert code == 0, err
    assert {e["fingerprint"] for e in entries(sheet.parent)} == {fp, other}


@pytest.mark.parametrize(("args", "message"), [
    (["--row", "2", "-d", "false-positive", "-r", "clean row"], "no finding at row 2"),
    (["--row", "3", "-d", "false-positive", "-r", "  "], "--reason"),
    (["--row", "3", "-d", "maybe", "-r", "x"], "maybe"),
    (["--row", "3", "-d", "false-positive", "-r", "x", "--expires", "2026-01-01"], "before today"),
    (["--row", "3", "-d", "false-positive", "-r", "x", "--expires", "soon"], "YYYY-MM-DD"),
])
def test_decide_usage_errors(capsys: pytest.CaptureFixture[str], sheet: Path, args: list[str], message: str) -> None:
    code, out, err = run(capsys, "decide", "--input", str(sheet), "--reviewer", "jdoe", *args)
    assert code == 2 and message in err and "Traceback" not in err
    assert not (sheet.parent / "compliance-decisions.yaml").exists()


def test_decide_needs_a_finding(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "decide", "-d", "false-positive", "-r", "x")
    assert code == 2 and "--fingerprint" in one_line(err)


def test_reviewer_defaults_to_the_os_user(capsys: pytest.CaptureFixture[str], sheet: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    assert run(capsys, "decide", "--input", str(sheet), "--row", "5", "-d", "accepted-risk", "-r", "divested")[0] == 0
    assert {e["reviewer"] for e in entries(sheet.parent)} == {"osuser"}


# -- review ---------------------------------------------------------------------------------------

def review(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, report: Path, answers: str,
           *extra: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    return run(capsys, "review", str(report), "--reviewer", "jdoe", *extra)


def test_review_walks_open_findings(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                    sheet: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    run(capsys, "screen", str(sheet), "--format", "json", "--output", str(report))
    # Hikvision (two rules, one question): false positive, an empty reason is asked again, expiry retried;
    # then Lorex: skipped
    code, out, err = review(capsys, monkeypatch, report,
                            "x\nf\n\nnamesake reseller\n2026-02-30\n2027-01-31\ns\n")
    assert code == 0, err
    assert "Finding 1 of 2" in out and "HIKVISION USA INC" in out and "FAR 52.204-25" in out
    assert "Finding 2 of 2" in out and "Recorded 2 decision(s)" in out
    got = entries(sheet.parent)
    assert {(e["value"], e["decision"], e["reason"], e["expires"]) for e in got} == {
        ("HIKVISION USA INC", "false-positive", "namesake reseller", dt.date(2027, 1, 31))}
    assert len(got) == 2 and all(e["entity_digest"] for e in got)
    code, doc = screen_json(capsys, str(sheet))
    assert code == 0 and {f["row"] for f in doc["findings"] if f["decision"]} == {3}


def test_review_quit_keeps_what_was_decided_and_skips_decided_findings(capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       sheet: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    run(capsys, "screen", str(sheet), "--format", "json", "--output", str(report))
    code, out, _ = review(capsys, monkeypatch, report, "c\nit is Hikvision\n\nq\n")
    assert code == 0 and "Finding 2 of 2" in out
    assert {e["decision"] for e in entries(sheet.parent)} == {"confirmed"}
    run(capsys, "screen", str(sheet), "--format", "json", "--output", str(report))
    code, out, _ = review(capsys, monkeypatch, report, "")            # end of input: stops cleanly
    assert code == 0 and "Finding 1 of 1" in out and "Lorex" in out and "No decisions recorded" in out


def test_review_with_nothing_open(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                  tmp_path: Path) -> None:
    clean = write_csv(tmp_path / "clean.csv", [["Supplier"], ["Staples Inc."]])
    report = tmp_path / "report.json"
    run(capsys, "screen", str(clean), "--format", "json", "--output", str(report))
    code, out, _ = review(capsys, monkeypatch, report, "")
    assert code == 0 and "No open findings" in out


def test_review_rejects_a_file_that_is_not_a_report(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bogus = tmp_path / "other.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    code, _, err = review(capsys, monkeypatch, bogus, "")
    assert code == 2 and "not a compliance report" in one_line(err)


def test_review_offers_reopened_findings_with_the_reason(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch, sheet: Path,
                                                         tmp_path: Path) -> None:
    run(capsys, "decide", "--input", str(sheet), "--row", "3", "-d", "false-positive", "-r", "namesake",
        "--reviewer", "jdoe", "--expires", "2026-12-31")
    report = tmp_path / "report.json"
    run(capsys, "screen", str(sheet), "--format", "json", "--output", str(report), "--as-of", "2027-01-02")
    code, out, _ = review(capsys, monkeypatch, report, "a\nrenewed after the audit\n2027-12-31\ns\n")
    assert code == 0 and "Finding 1 of 2" in out and "re-opened" in out and "expired on 2026-12-31" in out
    got = entries(sheet.parent)
    assert {(e["decision"], e["expires"]) for e in got} == {("accepted-risk", dt.date(2027, 12, 31))}
    code, doc = screen_json(capsys, str(sheet), "--as-of", "2027-01-02")
    assert code == 0 and {f["decision"]["state"] for f in doc["findings"] if f["row"] == 3} == {"cleared"}
