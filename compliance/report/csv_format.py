"""CSV report: one line per finding, spreadsheet-safe (no formula injection)."""

from __future__ import annotations

import csv
import io

from compliance.pipeline import Report
from compliance.report.safety import inert

HEADER = ["input", "sheet", "row", "column", "value", "severity", "rule", "entity_id", "entity_name",
          "matched_name", "method", "score", "path", "citation", "explanation"]


def render(report: Report) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for f in report.findings:
        w.writerow([inert(str(x)) for x in (
            f.input, f.sheet or "", f.row, f.column, f.value, f.severity.value, f.rule, f.entity_id,
            f.entity_name, f.matched_name, f.method, f.score, " > ".join(f.path), f.citation,
            f.explanation)])
    return buf.getvalue()
