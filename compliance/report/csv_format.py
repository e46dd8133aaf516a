"""CSV report: one line per finding, spreadsheet-safe (no formula injection)."""

from __future__ import annotations

import csv
import io

from compliance.models import Finding
from compliance.pipeline import Report
from compliance.report.base import RenderOptions
from compliance.report.facts import decision_cells
from compliance.report.safety import inert

NAME = "csv"
SUFFIX = "csv"
BINARY = False
PER_INPUT = False
DESCRIPTION = "one line per finding, spreadsheet-safe"

HEADER = ["input", "sheet", "row", "column", "value", "severity", "rule", "outcome", "entity_id", "entity_name",
          "matched_name", "method", "score", "path", "citation", "explanation",
          # reviewed decisions (empty when none matches the finding)
          "fingerprint", "decision", "decision_state", "decision_reason", "reviewer", "decided_on", "expires",
          "reopened_because"]


def _decision(f: Finding) -> tuple[str, ...]:
    return (f.fingerprint, *decision_cells(f.decision))


def render(report: Report, options: RenderOptions | None = None) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for f in report.findings:
        w.writerow([inert(str(x)) for x in (
            f.input, f.sheet or "", f.row, f.column, f.value, f.severity.value, f.rule, f.outcome, f.entity_id,
            f.entity_name, f.matched_name, f.method, f.score, " > ".join(f.path), f.citation,
            f.explanation, *_decision(f))])
    return buf.getvalue()
