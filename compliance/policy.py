"""Exit codes, decided in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from enum import IntEnum, StrEnum

from compliance.models import Finding, Severity

if TYPE_CHECKING:
    from compliance.pipeline import Report


class ExitCode(IntEnum):
    OK = 0           # no finding at or above --fail-on
    FINDINGS = 1     # at least one finding at or above --fail-on
    USAGE = 2        # bad usage or unreadable input: nothing was (fully) checked
    INTERNAL = 3     # a bug


class FailOn(StrEnum):
    PROHIBITED = "prohibited"
    RESTRICTED = "restricted"
    REVIEW = "review"
    NEVER = "never"


def exit_code(report: Report, fail_on: FailOn) -> ExitCode:
    """1 when a finding at or above ``fail_on`` is not cleared by a reviewed decision in force."""
    return ExitCode.FINDINGS if failing(report, fail_on) else ExitCode.OK


def failing(report: Report, fail_on: FailOn) -> list[Finding]:
    """The findings that make the run fail: at or above the threshold and not cleared.

    A cleared finding (false positive or accepted risk, unexpired, list entry unchanged) stays in
    the report but no longer gates; a confirmed or re-opened one counts like any other.
    """
    if fail_on is FailOn.NEVER:
        return []
    threshold = Severity(fail_on.value).rank
    return [f for f in report.findings if f.severity.rank >= threshold and not f.cleared]
