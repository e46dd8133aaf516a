"""HTML for auditors: self-contained, escaped, and working in a real headless Chromium."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from compliance.models import Severity
from compliance.pipeline import Report
from compliance.report import html_format

CHROMIUM = Path("/usr/bin/chromium")


def test_self_contained_nothing_to_fetch(samples: Report) -> None:
    out = html_format.render(samples)
    assert not re.search(r"\b(src|href|srcset|action|poster|data)\s*=", out, re.I)
    assert "<link" not in out and "@import" not in out and "url(" not in out
    assert re.findall(r"https?://[^\s\"'<]+", out) == ["http://www.w3.org/2000/svg"] * 2   # SVG namespaces


def test_content_security_policy_pins_the_inline_style_and_script(samples: Report) -> None:
    out = html_format.render(samples)
    [csp] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', out)
    assert "default-src 'none'" in csp
    for tag in ("style", "script"):
        [body] = re.findall(rf"<{tag}>(.*?)</{tag}>", out, re.S)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_everything_from_data_is_escaped(samples: Report) -> None:
    first = samples.findings[0]
    hostile = dataclasses.replace(first, value='<script>alert(1)</script>', column='=HYPERLINK("http://x","y")',
                                  explanation="<b>bold</b> \x07bell")
    out = html_format.render(dataclasses.replace(samples, findings=[hostile]))
    assert "<script>alert" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in out and "<a " not in out
    assert "&lt;b&gt;bold&lt;/b&gt; bell" in out                    # control characters dropped


def test_summary_charts_and_sections(decided: Report) -> None:
    out = html_format.render(decided)
    for section in ("summary", "findings", "decisions", "skipped", "sheets", "provenance"):
        assert f'<section id="{section}">' in out
    assert out.count("<svg ") == 2 and 'class="bar-cleared"' in out
    assert out.count('<tr class="cleared"') == sum(1 for f in decided.findings if f.cleared) == 3 and "0123456789abcdef0123" in out


def _browser_or_skip() -> object:
    if not CHROMIUM.exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed: pip install '.[test]'")
    return sync_playwright


def test_renders_and_filters_in_headless_chromium(samples: Report, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    page_file = tmp_path / "report.html"
    page_file.write_text(html_format.render(samples), encoding="utf-8")
    problems: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:  # type: ignore[operator]
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: problems.append(f"console error: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            assert page.title().startswith("Compliance screening report")
            assert page.locator("#chart-severity svg rect").count() == len(samples.by_severity())
            assert page.locator("#chart-lists svg rect").count() >= 2
            rows = page.locator("#findings-table tbody tr")
            visible = page.locator("#findings-table tbody tr:visible")
            assert rows.count() == visible.count() == len(samples.findings)

            kaspersky = sum(1 for f in samples.findings if "kaspersky" in f.value.casefold())
            page.fill("#filter-text", "kaspersky")
            assert visible.count() == kaspersky >= 1 and "Kaspersky" in visible.first.inner_text()
            assert page.locator("#filter-count").inner_text() == f"{kaspersky} of {len(samples.findings)} findings shown"
            page.fill("#filter-text", "")
            page.select_option("#filter-severity", "review")
            assert visible.count() == sum(1 for f in samples.findings if f.severity is Severity.REVIEW) >= 2
            page.select_option("#filter-severity", "")
            page.select_option("#filter-rule", "US889AV")
            assert visible.count() == sum(1 for f in samples.findings if f.rule == "US889AV")
            page.select_option("#filter-rule", "")
            assert visible.count() == len(samples.findings)

            row_header = page.locator("#findings-table thead th", has_text="Row").locator("button")
            row_header.click()
            first_rows = [int(t) for t in page.locator("#findings-table tbody tr td:nth-child(5)").all_inner_texts()]
            assert first_rows == sorted(first_rows)
            row_header.click()
            again = [int(t) for t in page.locator("#findings-table tbody tr td:nth-child(5)").all_inner_texts()]
            assert again == sorted(again, reverse=True)
        finally:
            browser.close()
    assert problems == []
    assert requests == [page_file.as_uri()]                              # nothing fetched but the page
