"""Report formats: one module each behind one interface (base.ReportFormat), listed in FORMATS."""

from __future__ import annotations

import difflib

from compliance.errors import UsageError
from compliance.report import (
    csv_format,
    html_format,
    json_format,
    junit_format,
    markdown_format,
    sarif_format,
    table,
    xlsx_format,
)
from compliance.report.base import RenderOptions, ReportFormat

__all__ = ["FORMATS", "RenderOptions", "ReportFormat", "parse_formats"]

_MODULES: tuple[ReportFormat, ...] = (table, json_format, csv_format, xlsx_format, html_format, sarif_format,
                                      junit_format, markdown_format)

#: format name -> its module, in the order help and README list them
FORMATS: dict[str, ReportFormat] = {m.NAME: m for m in _MODULES}


def parse_formats(text: str) -> list[ReportFormat]:
    """``table,json,sarif`` -> those formats, in order, each once; an unknown name is a UsageError."""
    chosen: list[ReportFormat] = []
    names = [part.strip().lower() for part in text.split(",")]
    for name in names:
        if not name:
            raise UsageError(f"--format {text!r}: an empty format name; write e.g. table,json,sarif")
        if name not in FORMATS:
            near = difflib.get_close_matches(name, list(FORMATS), n=1)
            hint = f"did you mean {near[0]!r}?" if near else None
            raise UsageError(f"--format {name!r}: choose from {', '.join(FORMATS)}", hint=hint)
        if FORMATS[name] not in chosen:
            chosen.append(FORMATS[name])
    return chosen
