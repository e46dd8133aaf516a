"""Markdown summary for pull requests: counts, the top findings first, escaped cells, lists, no-match line."""

from __future__ import annotations

import dataclasses
import re

from compliance.pipeline import Report
from compliance.report import markdown_format


def table_rows(text: str) -> list[list[str]]:
    """The cells of every Markdown table row (split on unescaped pipes)."""
    return [re.split(r"(?<!\\)\|", line)[1:-1] for line in text.splitlines() if line.startswith("| ")]


def test_summary_counts_top_findings_and_the_rest_folded(samples: Report) -> None:
    out = markdown_format.render(samples)
    by = samples.by_severity()
    assert by["prohibited"] > 40 and by["review"] >= 2
    assert f"| prohibited | {by['prohibited']} | 0 |" in out and f"| review | {by['review']} | 0 |" in out
    top, rest = out.split("<details>")
    assert f"### Top findings ({markdown_format.TOP} of {len(samples.findings)})" in top
    assert f"The other {len(samples.findings) - markdown_format.TOP} findings" in rest
    assert "No match in these lists as of 2026-11-22" in out
    for info in samples.lists:
        assert f"| {info.id} | {info.version} |" in out


def test_cells_are_escaped_and_rows_keep_their_width(samples: Report) -> None:
    hostile = "A|B *bold* <img src=x> [link](http://x) `code` &amp;"
    report = dataclasses.replace(samples, findings=[dataclasses.replace(samples.findings[0], value=hostile)])
    out = markdown_format.render(report)
    assert r"A\|B \*bold\* \<img src=x\> \[link\](http://x) \`code\` \&amp;" in out
    widths = {len(r) for r in table_rows(out) if len(r) >= 10}
    assert widths == {10}


def test_no_findings(samples: Report) -> None:
    out = markdown_format.render(dataclasses.replace(samples, findings=[]))
    assert "Top findings" not in out and "0 finding(s)" in out and "No match in these lists" in out
