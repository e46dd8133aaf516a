"""JSON report: the document, pretty-printed, keys in contract order."""

from __future__ import annotations

import json

from compliance.pipeline import Report
from compliance.report.base import RenderOptions
from compliance.report.document import build

NAME = "json"
SUFFIX = "json"
BINARY = False
PER_INPUT = False
DESCRIPTION = "the compliance.report/1 document (JSON Schema in compliance/schemas/)"


def render(report: Report, options: RenderOptions | None = None) -> str:
    return json.dumps(build(report), ensure_ascii=False, indent=2) + "\n"
