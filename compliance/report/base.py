"""The one interface every report format implements, and the options a render may need."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from compliance.pipeline import Report
from compliance.policy import FailOn


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What a format may need besides the report; none of it filters the findings."""

    #: JUnit marks findings at or above this severity (and not cleared) as failures
    fail_on: FailOn = FailOn.PROHIBITED
    #: per-input formats (xlsx): the input, as recorded in the report, whose copy is rendered
    input: str | None = None
    #: SARIF artifact URIs are relative to this folder (default: the working directory)
    root: Path | None = None


class ReportFormat(Protocol):
    """A format module: ``NAME``, default file ``SUFFIX``, ``BINARY``, ``PER_INPUT`` and ``render``.

    ``PER_INPUT`` formats (xlsx) render one file per input, chosen by ``RenderOptions.input``.
    """

    NAME: str
    SUFFIX: str
    BINARY: bool
    PER_INPUT: bool
    DESCRIPTION: str

    def render(self, report: Report, options: RenderOptions | None = None, /) -> str | bytes: ...
