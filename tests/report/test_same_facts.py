"""Every format carries every finding of the report (none filters it), its decisions and its provenance."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

from compliance.models import Finding
from compliance.pipeline import Report
from compliance.policy import FailOn
from compliance.report import FORMATS, RenderOptions
from compliance.report.document import sheet_key
from tests.golden.regenerate import REPO, in_repo
from tests.report.conftest import CLEAR_REASON, REOPEN_REASON, REVIEWER, STALE_REASON

#: what identifies a finding in every format: file, sheet (a CSV's stem), row, column, rule
Key = tuple[str, str, int, str, str]


def key(f: Finding) -> Key:
    return (f.input, sheet_key(f.input, f.sheet), f.row, " ".join(f.column.split()), f.rule)


def render(report: Report, name: str, **kw: object) -> str:
    with in_repo():
        out = FORMATS[name].render(report, RenderOptions(root=REPO, **kw))  # type: ignore[arg-type]
    assert isinstance(out, str)
    return out


def from_json(report: Report) -> list[Key]:
    doc = json.loads(render(report, "json"))
    return [(f["input"], sheet_key(f["input"], f["sheet"]), f["row"], f["column"], f["rule"]) for f in doc["findings"]]


def from_csv(report: Report) -> list[Key]:
    rows = csv.DictReader(io.StringIO(render(report, "csv")))
    return [(r["input"], sheet_key(r["input"], r["sheet"] or None), int(r["row"]), r["column"], r["rule"])
            for r in rows]


def from_table(report: Report) -> list[Key]:
    """The table shows one line per cell and entity with its rules listed: read the lines back."""
    out: list[Key] = []
    section: tuple[str, str] | None = None
    record: list[list[str]] = []

    def flush() -> None:
        if record and section is not None:
            row = int(record[0][0])
            column = " ".join(" ".join(r[2] for r in record).split())
            rules = " ".join(r[5] for r in record).split()
            out.extend((section[0], section[1], row, column, rule) for rule in rules)
        record.clear()

    for line in render(report, "table").splitlines():
        if line.startswith("samples/"):
            path, _, sheet = line.strip().partition(" - sheet ")
            section = (path, sheet_key(path, sheet.removesuffix(" (hidden sheet)") or None))
        elif line.startswith("│") and section is not None:
            cells = [c.strip() for c in line.strip("│").split("│")]
            if cells[0]:
                flush()
            record.append(cells)
        elif line.startswith("└"):
            flush()
            section = None
    return out


def from_xlsx(report: Report) -> list[Key]:
    out: list[Key] = []
    with in_repo():
        for i in report.inputs:
            data = FORMATS["xlsx"].render(report, RenderOptions(input=i.path))
            assert isinstance(data, bytes)
            rows = load_workbook(io.BytesIO(data))["Findings"].iter_rows(values_only=True)
            header = list(next(rows))
            for r in rows:
                v = dict(zip(header, r, strict=True))
                out.append((str(v["Input"]), str(v["Sheet"]), int(v["Row"]), str(v["Column"]), str(v["Rule"])))
    return out


class _Rows(HTMLParser):
    """The findings table's rows: the cells' text (nested evidence included) and the row's attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[dict[str, str | None], list[str]]] = []
        self.depth = 0
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("id", "findings-table") in attrs:
            self.inside = True
        elif self.inside and tag == "tr" and any(k == "data-fingerprint" for k, _ in attrs):
            self.rows.append((dict(attrs), []))
        elif self.inside and tag == "td" and self.rows:
            self.depth += 1
            if self.depth == 1:
                self.rows[-1][1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.inside = False
        elif tag == "td" and self.inside:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.inside and self.depth and self.rows:
            self.rows[-1][1][-1] += data


def from_html(report: Report) -> list[Key]:
    parser = _Rows()
    parser.feed(render(report, "html"))
    return [(cells[2], cells[3], int(cells[4]), cells[5], cells[8]) for _, cells in parser.rows]


def from_sarif(report: Report) -> list[Key]:
    out: list[Key] = []
    for r in json.loads(render(report, "sarif"))["runs"][0]["results"]:
        loc = r["locations"][0]
        sheet, row, column = loc["logicalLocations"][0]["fullyQualifiedName"].split("/", 2)
        assert int(row) == loc["physicalLocation"]["region"]["startLine"]
        out.append((loc["physicalLocation"]["artifactLocation"]["uri"], sheet, int(row), column, r["ruleId"]))
    return out


_WHERE = re.compile(r"^Where: (?P<input>.+?)(?:, sheet (?P<sheet>.+?))?, row (?P<row>\d+), column (?P<column>.+)$")


def from_junit(report: Report) -> list[Key]:
    """Failing findings are <failure> elements, the others evidence blocks in the case's system-out."""
    out: list[Key] = []
    root = ET.fromstring(render(report, "junit", fail_on=FailOn.PROHIBITED))
    texts = [el.text or "" for el in root.iter() if el.tag in ("failure", "system-out")]
    for block in "\n\n".join(texts).split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        m = _WHERE.match(f"Where: {fields['Where']}") if "Where" in fields else None
        if m:
            out.append((m["input"], sheet_key(m["input"], m["sheet"]), int(m["row"]), m["column"], fields["Rule"]))
    return out


def from_markdown(report: Report) -> list[Key]:
    out: list[Key] = []
    for line in render(report, "markdown").splitlines():
        cells = [re.sub(r"\\(.)", r"\1", c).strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 10 and cells[3].isdigit():
            out.append((cells[1], cells[2], int(cells[3]), cells[4], cells[7]))
    return out


READERS: dict[str, Callable[[Report], list[Key]]] = {
    "table": from_table, "json": from_json, "csv": from_csv, "xlsx": from_xlsx, "html": from_html,
    "sarif": from_sarif, "junit": from_junit, "markdown": from_markdown,
}


def test_every_format_has_a_reader_here() -> None:
    assert set(READERS) == set(FORMATS)


@pytest.mark.parametrize("name", list(READERS))
def test_each_format_carries_every_finding(samples: Report, name: str) -> None:
    expected = sorted(key(f) for f in samples.findings)
    assert len(expected) > 40
    assert sorted(READERS[name](samples)) == expected


@pytest.mark.parametrize("name", ["html", "sarif", "junit", "markdown"])
def test_fingerprints_in_every_machine_format(samples: Report, name: str) -> None:
    out = render(samples, name)
    assert all(f.fingerprint in out for f in samples.findings)


@pytest.mark.parametrize("name", ["table", "json", "html", "sarif", "junit", "markdown"])
def test_provenance_in_every_format(samples: Report, name: str) -> None:
    out = render(samples, name)
    assert samples.as_of.isoformat() in out and "No match in these lists as of" in out
    for info in samples.lists:
        assert info.id in out and info.sha256[:12] in out
    if name != "table":
        assert all(i.sha256 in out for i in samples.inputs)
        assert all(p.sha256 in out for p in samples.packs)


def test_xlsx_summary_carries_the_provenance(samples: Report) -> None:
    with in_repo():
        data = FORMATS["xlsx"].render(samples, RenderOptions(input="samples/vendors.xlsx"))
    assert isinstance(data, bytes)
    text = " ".join(str(v) for row in load_workbook(io.BytesIO(data))["Summary"].iter_rows(values_only=True)
                    for v in row if v is not None)
    assert "No match in these lists as of 2026-11-22" in text and "2026-11-22T10:00:00Z" in text
    for needle in [*(i.sha256 for i in samples.lists), *(i.sha256 for i in samples.inputs),
                   *(p.sha256 for p in samples.packs), samples.tool_version]:
        assert needle in text


@pytest.mark.parametrize("name", ["html", "sarif", "junit", "markdown", "xlsx"])
def test_decisions_show_reviewer_and_reason(decided: Report, name: str) -> None:
    if name == "xlsx":
        with in_repo():
            data = FORMATS["xlsx"].render(decided, RenderOptions(input="samples/vendors.xlsx"))
        assert isinstance(data, bytes)
        wb = load_workbook(io.BytesIO(data))
        out = " ".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v)
    else:
        out = render(decided, name)
    out = out.replace("&#x27;", "'")
    assert CLEAR_REASON in out and REVIEWER in out and STALE_REASON in out
    if name != "xlsx":                                      # the re-opened finding is in equipment.xlsx
        assert REOPEN_REASON in out and "the decision expired on 2026-11-02" in out
