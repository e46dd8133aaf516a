"""JSON report: the document, pretty-printed, keys in contract order."""

from __future__ import annotations

import json

from compliance.pipeline import Report
from compliance.report.document import build


def render(report: Report) -> str:
    return json.dumps(build(report), ensure_ascii=False, indent=2) + "\n"
