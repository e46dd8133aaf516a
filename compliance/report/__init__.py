"""Report formats: one module each, listed in FORMATS; each renders a finished Report."""

from __future__ import annotations

from collections.abc import Callable

from compliance.pipeline import Report


def _json(report: Report) -> str:
    from compliance.report import json_format

    return json_format.render(report)


def _csv(report: Report) -> str:
    from compliance.report import csv_format

    return csv_format.render(report)


def _table(report: Report) -> str:
    import io

    from rich.console import Console

    from compliance.report import table

    buf = io.StringIO()
    table.render(report, Console(file=buf, width=100, no_color=True, force_terminal=False))
    return buf.getvalue()


#: format name -> renderer to text (the table is also rendered live on a terminal by the CLI)
FORMATS: dict[str, Callable[[Report], str]] = {"table": _table, "json": _json, "csv": _csv}
