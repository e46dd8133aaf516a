"""Reports the format tests render: the samples (as the golden files), with decisions, and hostile cells."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path

import pytest

from compliance.models import Decision, DecisionKind, DecisionState
from compliance.pipeline import Report, ScreenOptions, screen
from tests.golden.regenerate import NOW, samples_report

REVIEWER = "J. Auditor"
CLEAR_REASON = "Lorex is owned by Skywatch since 2023; checked the model list"
REOPEN_REASON = "Dahua maker confirmed by the site survey"
STALE_REASON = "row was deleted from the sheet"


@pytest.fixture(scope="session")
def samples() -> Report:
    """The samples screened as the golden files are (fixed clock, relative paths, empty list store)."""
    return samples_report()


@pytest.fixture(scope="session")
def decided(samples: Report) -> Report:
    """The samples with reviewed decisions: Lorex (review) cleared, one Dahua finding re-opened, one stale."""
    when = dt.date(2026, 11, 1)
    by_fp = {f.fingerprint: Decision(f.fingerprint, DecisionKind.FALSE_POSITIVE, CLEAR_REASON, REVIEWER, when,
                                     expires=dt.date(2027, 11, 1))
             for f in samples.findings if f.value == "Lorex Technology Inc."}
    dahua = next(f for f in samples.findings if f.value == "Dahua")
    by_fp[dahua.fingerprint] = Decision(dahua.fingerprint, DecisionKind.ACCEPTED_RISK, REOPEN_REASON, REVIEWER, when,
                                        expires=dt.date(2026, 11, 2), state=DecisionState.REOPENED,
                                        state_reason="the decision expired on 2026-11-02")
    stale = Decision("0123456789abcdef0123", DecisionKind.FALSE_POSITIVE, STALE_REASON, REVIEWER, when)
    findings = [dataclasses.replace(f, decision=by_fp.get(f.fingerprint)) for f in samples.findings]
    return dataclasses.replace(samples, findings=findings, stale_decisions=[stale])


def screen_here(*paths: Path) -> Report:
    """Screen files (absolute paths) with the golden clock and an empty list store."""
    with tempfile.TemporaryDirectory(prefix="compliance-test-") as empty:
        return screen(list(paths), ScreenOptions(now=lambda: NOW, data_dir=Path(empty)))


@pytest.fixture()
def book_with_notes(tmp_path: Path) -> Path:
    """A workbook whose first sheet has nothing to screen (reported as skipped) and a Vendors sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["Prepared by", "Date"])
    notes.append(["J. Smith", "2026-01-01"])
    vendors = wb.create_sheet("Vendors")
    for row in (["Supplier", "Country"], ["HIKVISION USA INC", "US"], ["Staples Inc.", "US"],
                ["Lorex Technology Inc.", "CA"], ["Grainger", "US"]):
        vendors.append(row)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path
