"""Exit codes, decided in one place."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from compliance.models import Severity
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
    if fail_on is FailOn.NEVER:
        return ExitCode.OK
    threshold = Severity(fail_on.value).rank
    if any(f.severity.rank >= threshold for f in report.findings):
        return ExitCode.FINDINGS
    return ExitCode.OK
