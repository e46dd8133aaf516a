"""Decisions on screen, end to end: cleared findings stay cleared when rows move, re-open when they should."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from compliance.resources import schema_path
from tests.decisions._support import VENDORS, one_line, run, screen_json, write_csv, write_xlsx

SCHEMA = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
DAY = "2026-11-22"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decisions are dated by an injected clock, so expiry tests do not depend on the day they run."""
    import datetime as dt

    monkeypatch.setattr("compliance.cli.decide._today", lambda: dt.date(2026, 11, 22))


def clear_row(capsys: pytest.CaptureFixture[str], sheet: Path, row: int, *extra: str) -> None:
    code, out, err = run(capsys, "decide", "--input", str(sheet), "--row", str(row), "--decision", "false-positive",
                         "--reason", "Hikvision USA is a namesake reseller, checked with legal",
                         "--reviewer", "jdoe", *extra)
    assert code == 0, err
    assert "Recorded false-positive" in out


def decided(doc: dict[str, object]) -> list[tuple[int, str, str | None]]:
    findings = doc["findings"]
    assert isinstance(findings, list)
    return [(f["row"], f["rule"], f["decision"]["state"] if f["decision"] else None) for f in findings]


def test_a_cleared_false_positive_does_not_fail_and_stays_in_the_report(capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    assert screen_json(capsys, str(sheet), "--as-of", DAY)[0] == 1
    clear_row(capsys, sheet, 3)
    assert (tmp_path / "compliance-decisions.yaml").is_file()          # beside the input by default
    code, doc = screen_json(capsys, str(sheet), "--as-of", DAY)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0                                                    # the only prohibited finding is cleared
    assert {(r, s) for r, _, s in decided(doc)} == {(3, "cleared"), (5, None)}
    hik = [f for f in doc["findings"] if f["row"] == 3]
    assert all(f["decision"]["reviewer"] == "jdoe" and "namesake" in f["decision"]["reason"] for f in hik)
    assert doc["summary"]["cleared"] == len(hik) == doc["summary"]["by_decision"]["cleared"]
    assert doc["summary"]["findings"] == len(doc["findings"])           # cleared findings are still findings
    assert doc["stale_decisions"] == []


def test_decisions_follow_the_finding_when_rows_move_or_the_sheet_is_resorted(capsys: pytest.CaptureFixture[str],
                                                                             tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    clear_row(capsys, sheet, 3)
    # rows inserted above, then the whole sheet sorted by name: the Hikvision row moves from 3 to 7, then to 4
    write_csv(sheet, [VENDORS[0], ["V9", "Acme Tools", "US"], ["V8", "Bolt Depot", "US"], *VENDORS[1:],
                      ["V7", "Zeta Paper", "US"]])
    code, doc = screen_json(capsys, str(sheet), "--as-of", DAY)
    assert code == 0 and {(r, s) for r, _, s in decided(doc)} == {(5, "cleared"), (7, None)}
    resorted = [VENDORS[0], *sorted(VENDORS[1:], key=lambda r: r[1])]
    write_csv(sheet, resorted)
    code, doc = screen_json(capsys, str(sheet), "--as-of", DAY)
    assert code == 0 and {(r, s) for r, _, s in decided(doc)} == {(3, "cleared"), (4, None)}
    assert [r[1] for r in resorted][2] == "HIKVISION USA INC"


def test_workbook_rows_resorted_keep_their_decision(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "vendors.xlsx", VENDORS)
    clear_row(capsys, book, 3, "--sheet", "Vendors")
    write_xlsx(book, [VENDORS[0], *reversed(VENDORS[1:])])
    code, doc = screen_json(capsys, str(book), "--as-of", DAY)
    assert code == 0
    assert {(r, s) for r, _, s in decided(doc)} == {(4, "cleared"), (2, None)}


def test_a_copy_of_the_value_on_another_row_is_cleared_too(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    clear_row(capsys, sheet, 3)
    write_csv(sheet, [*VENDORS, ["V5", "HIKVISION USA INC", "US"]])
    code, doc = screen_json(capsys, str(sheet), "--as-of", DAY)
    assert code == 0 and {r for r, _, s in decided(doc) if s == "cleared"} == {3, 6}


def test_an_expired_decision_reopens_the_finding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    clear_row(capsys, sheet, 3, "--expires", "2026-12-31")
    assert screen_json(capsys, str(sheet), "--as-of", "2026-12-31")[0] == 0     # in force through its last day
    code, doc = screen_json(capsys, str(sheet), "--as-of", "2027-01-01")
    assert code == 1
    reopened = [f["decision"] for f in doc["findings"] if f["row"] == 3]
    assert reopened and all(d["state"] == "reopened" and "expired on 2026-12-31" in d["state_reason"]
                            for d in reopened)
    code, out, _ = run(capsys, "screen", str(sheet), "--as-of", "2027-01-01")
    assert code == 1 and "RE-OPENED" in out and "expired" in out


def test_a_changed_list_entry_reopens_the_finding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "suppliers.csv", [["Supplier"], ["Globex Corporation"], ["Initech LLC"]])
    blocklist = tmp_path / "blocklist.csv"
    write_csv(blocklist, [["name", "aliases", "severity"], ["Globex", "Globex Corp", "prohibited"]])
    code, _, err = run(capsys, "decide", "--input", str(sheet), "--row", "2", "--list", str(blocklist),
                       "--decision", "accepted-risk", "--reason", "legacy contract, wind-down approved",
                       "--reviewer", "cfo")
    assert code == 0, err
    assert screen_json(capsys, str(sheet), "--list", str(blocklist))[0] == 0
    write_csv(blocklist, [["name", "aliases", "severity"], ["Globex", "Globex Corp;Globex Intl", "prohibited"]])
    code, doc = screen_json(capsys, str(sheet), "--list", str(blocklist))
    assert code == 1
    [finding] = doc["findings"]
    assert finding["decision"]["state"] == "reopened"
    assert "has changed since the decision" in finding["decision"]["state_reason"]


def test_a_confirmed_finding_still_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    code, _, err = run(capsys, "decide", "--input", str(sheet), "--row", "3", "--decision", "confirmed",
                       "--reason", "it is Hikvision", "--reviewer", "jdoe")
    assert code == 0, err
    code, doc = screen_json(capsys, str(sheet), "--as-of", DAY)
    assert code == 1 and {s for r, _, s in decided(doc) if r == 3} == {"confirmed"}


def test_stale_decisions_are_listed_in_json_and_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    clear_row(capsys, sheet, 3)
    write_csv(sheet, [row for row in VENDORS if "HIKVISION" not in row[1]])   # the row is gone
    code, doc = screen_json(capsys, str(sheet), "--as-of", DAY)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0
    assert doc["summary"]["stale_decisions"] == len(doc["stale_decisions"]) >= 1
    assert {s["value"] for s in doc["stale_decisions"]} == {"HIKVISION USA INC"}
    assert all(s["reviewer"] == "jdoe" for s in doc["stale_decisions"])
    code, out, _ = run(capsys, "screen", str(sheet), "--as-of", DAY)
    assert "Stale decisions" in out and "stale decision(s) match no finding" in out
    assert all(s["fingerprint"] in out for s in doc["stale_decisions"])


def test_reviewer_and_reason_in_table_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    clear_row(capsys, sheet, 3)
    code, out, _ = run(capsys, "screen", str(sheet), "--as-of", DAY)
    assert code == 0
    assert "Reviewed decisions" in out and "jdoe" in out and "namesake" in out and "cleared" in out
    assert max(len(line) for line in out.splitlines()) <= 100
    code, out, _ = run(capsys, "screen", str(sheet), "--as-of", DAY, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    hik = [r for r in rows if r["row"] == "3"]
    assert hik and all(r["decision"] == "false-positive" and r["decision_state"] == "cleared"
                       and r["reviewer"] == "jdoe" and "namesake" in r["decision_reason"] for r in hik)
    assert all(r["decision"] == "" and len(r["fingerprint"]) == 20 for r in rows if r["row"] == "5")


def test_explicit_decisions_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    elsewhere = tmp_path / "reviews" / "2026.yaml"
    elsewhere.parent.mkdir()
    clear_row(capsys, sheet, 3, "--decisions", str(elsewhere))
    assert not (tmp_path / "compliance-decisions.yaml").exists()
    assert screen_json(capsys, str(sheet), "--as-of", DAY)[0] == 1                       # not found by default
    assert screen_json(capsys, str(sheet), "--as-of", DAY, "--decisions", str(elsewhere))[0] == 0
    code, out, err = run(capsys, "screen", str(sheet), "--decisions", str(tmp_path / "missing.yaml"))
    assert code == 2 and out == "" and "missing.yaml" in one_line(err)


def test_a_broken_decisions_file_exits_2_naming_file_and_entry(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "vendors.csv", VENDORS)
    clear_row(capsys, sheet, 3)
    path = tmp_path / "compliance-decisions.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["decisions"][-1]["reason"] = ""
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    code, out, err = run(capsys, "screen", str(sheet), "--format", "json")
    line = one_line(err)
    assert code == 2 and out == ""
    assert "compliance-decisions.yaml" in line and f"decisions[{len(data['decisions']) - 1}]" in line
    assert "reason" in line
