"""JUnit XML: a suite per sheet, a case per row with findings, failures at or above --fail-on only."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from compliance.pipeline import Report
from compliance.policy import FailOn
from compliance.report import RenderOptions, junit_format
from tests.report.conftest import screen_here


def junit(report: Report, fail_on: FailOn = FailOn.PROHIBITED) -> ET.Element:
    return ET.fromstring(junit_format.render(report, RenderOptions(fail_on=fail_on)))


def test_suites_cases_and_counts(samples: Report) -> None:
    root = junit(samples)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["samples/equipment.xlsx / Cameras", "samples/equipment.xlsx / Network",
                                               "samples/purchases.csv / purchases", "samples/vendors.xlsx / Vendors"]
    for suite in suites:
        cases = suite.findall("testcase")
        assert suite.get("tests") == str(len(cases))
        assert suite.get("failures") == str(sum(1 for c in cases if c.find("failure") is not None))
        assert cases[-1].get("name", "").startswith("all other rows (")
    assert root.get("tests") == str(sum(int(s.get("tests", "0")) for s in suites))
    vendors = suites[-1]
    rows = {(i.path, s.name): s.rows for i in samples.inputs for s in i.sheets}
    with_findings = {f.row for f in samples.findings if f.sheet == "Vendors"}
    assert [c.get("name") for c in vendors.findall("testcase")] == [
        *(f"row {r}" for r in sorted(with_findings)),
        f"all other rows ({rows[('samples/vendors.xlsx', 'Vendors')] - len(with_findings)})"]
    props = {p.get("name"): p.get("value") for p in vendors.iter("property")}
    assert props["fail_on"] == "prohibited" and props["input_sha256"] == samples.inputs[2].sha256
    assert "list:ndaa-889" in props


@pytest.mark.parametrize(("fail_on", "severities"), [
    (FailOn.PROHIBITED, {"prohibited"}), (FailOn.REVIEW, {"prohibited", "review"}), (FailOn.NEVER, set()),
])
def test_failures_follow_fail_on(samples: Report, fail_on: FailOn, severities: set[str]) -> None:
    failures = list(junit(samples, fail_on).iter("failure"))
    assert len(failures) == sum(1 for f in samples.findings if f.severity.value in severities)
    assert {f.get("type") for f in failures} == severities
    lorex = next(c for c in junit(samples, fail_on).iter("testcase") if c.get("name") == "row 97")
    if "review" not in severities:                   # below the threshold: evidence, not a failure
        assert lorex.find("failure") is None and "Lorex Technology Inc." in (lorex.findtext("system-out") or "")


def test_cleared_findings_never_fail(decided: Report) -> None:
    lorex = next(c for c in junit(decided, FailOn.REVIEW).iter("testcase") if c.get("name") == "row 97")
    assert lorex.find("failure") is None
    assert "cleared: Lorex is owned by Skywatch" in (lorex.findtext("system-out") or "")
    stale = [s for s in junit(decided).findall("testsuite") if s.get("name") == "reviewed decisions"]
    assert stale and "0123456789abcdef0123" in (stale[0].find("testcase/system-out").text or "")  # type: ignore[union-attr]


def test_skipped_sheets_are_skipped_cases(book_with_notes: Path) -> None:
    root = junit(screen_here(book_with_notes))
    notes, vendors = root.findall("testsuite")
    assert notes.get("name", "").endswith("/ Notes") and notes.get("skipped") == "1"
    skipped = notes.find("testcase/skipped")
    assert skipped is not None and "no vendor, manufacturer" in skipped.get("message", "")
    assert [c.get("name") for c in vendors.findall("testcase")] == ["row 2", "row 4", "all other rows (2)"]
    assert root.get("skipped") == "1"
