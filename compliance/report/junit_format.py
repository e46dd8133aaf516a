"""JUnit XML report: a suite per input sheet, a case per row with findings, failures at or above --fail-on."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from compliance.models import Finding, InputResult, SheetResult
from compliance.pipeline import Report
from compliance.policy import failing
from compliance.report import facts
from compliance.report.base import RenderOptions
from compliance.report.document import no_match_statement

NAME = "junit"
SUFFIX = "xml"
BINARY = False
PER_INPUT = False
DESCRIPTION = "JUnit XML for CI: a testcase per row with findings, a failure per finding at or above --fail-on"


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: facts.xml_safe(str(v)) for k, v in attrs.items()})
    if text is not None:
        el.text = facts.xml_safe(text)
    return el


def _evidence(f: Finding) -> str:
    return "\n".join(f"{label}: {value}" for label, value in facts.evidence(f))


def _message(f: Finding) -> str:
    return f"{f.severity.value} {f.rule}: {f.column} \"{f.value}\" -> {facts.entity_text(f)}"


def render(report: Report, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    stamp = report.generated_at.strftime("%Y-%m-%dT%H:%M:%S")
    root = ET.Element("testsuites", {"name": "compliance screen"})
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    fails = {id(f) for f in failing(report, options.fail_on)}      # the exit code's own rule
    by_sheet: dict[tuple[str, str | None], list[Finding]] = {}
    for f in report.findings:
        by_sheet.setdefault((f.input, f.sheet), []).append(f)
    for result in report.inputs:
        for sheet in result.sheets:
            findings = by_sheet.get((result.path, sheet.name), [])
            suite = _suite(root, report, options, result, sheet, findings, fails, stamp)
            for key in totals:
                totals[key] += int(suite.get(key, "0"))
    stale = facts.stale_rows(report)
    if stale:
        # not a failure: a decision about a finding that is gone asks for a tidy-up, not a stop
        suite = _el(root, "testsuite", name="reviewed decisions", timestamp=stamp, time="0", tests="1",
                    failures="0", errors="0", skipped="0")
        case = _el(suite, "testcase", classname="reviewed decisions",
                   name=f"stale decisions ({len(stale)}): they matched no finding on this run", time="0")
        _el(case, "system-out", "\n".join("; ".join(f"{k}: {v}" for k, v in r.items() if v) for r in stale))
        totals["tests"] += 1
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    root.set("time", "0")
    root.set("timestamp", stamp)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(root: ET.Element, report: Report, options: RenderOptions, result: InputResult, sheet: SheetResult,
           findings: list[Finding], fails: set[int], stamp: str) -> ET.Element:
    name = f"{result.path} / {facts.sheet_label(result, sheet)}"
    suite = _el(root, "testsuite", name=name, timestamp=stamp, time="0")
    props = _el(suite, "properties")
    for key, value in _properties(report, options, result, sheet):
        _el(props, "property", name=key, value=value)
    tests = failures = skipped = 0
    if sheet.skipped_reason:
        case = _el(suite, "testcase", classname=name, name="sheet not screened", time="0")
        _el(case, "skipped", message=sheet.skipped_reason)
        tests, skipped = 1, 1
    else:
        rows: dict[int, list[Finding]] = {}
        for f in findings:
            rows.setdefault(f.row, []).append(f)
        for row, in_row in rows.items():
            tests += 1
            failures += _row_case(suite, name, row, in_row, fails, options)
        others = sheet.rows - len(rows)
        tests += 1
        case = _el(suite, "testcase", classname=name, name=f"all other rows ({others})", time="0")
        _el(case, "system-out", no_match_statement(report))
    for key, count in (("tests", tests), ("failures", failures), ("errors", 0), ("skipped", skipped)):
        suite.set(key, str(count))
    return suite


def _row_case(suite: ET.Element, name: str, row: int, findings: Iterable[Finding], fails: set[int],
              options: RenderOptions) -> int:
    """One testcase for a row; 1 when it failed."""
    case = _el(suite, "testcase", classname=name, name=f"row {row}", time="0")
    failed: list[Finding] = []
    passed: list[Finding] = []
    for f in findings:
        (failed if id(f) in fails else passed).append(f)
    for f in failed:
        _el(case, "failure", _evidence(f), message=_message(f), type=f.severity.value)
    if passed:
        why = f"below --fail-on {options.fail_on.value} or cleared by a reviewed decision"
        _el(case, "system-out", f"Findings that do not fail this run ({why}):\n\n"
            + "\n\n".join(_evidence(f) for f in passed))
    return 1 if failed else 0


def _properties(report: Report, options: RenderOptions, result: InputResult,
                sheet: SheetResult) -> list[tuple[str, str]]:
    props = [(label.lower().replace(" ", "_"), value) for label, value in facts.run_facts(report)]
    props += [("fail_on", options.fail_on.value), ("input", result.path), ("input_sha256", result.sha256),
              ("header_row", str(sheet.header_row or "")), ("rows_screened", str(sheet.rows)),
              ("columns", ", ".join(f"{h} -> {r}" for h, r in sheet.columns.items()))]
    if sheet.hidden:
        props.append(("hidden", "true"))
    props += [(f"list:{i.id}", f"{i.version} sha256:{i.sha256}" + (f" fetched {i.fetched_at}" if i.fetched_at else ""))
              for i in report.lists]
    props += [(f"rule_pack:{p.id}", f"{p.version} sha256:{p.sha256}") for p in report.packs]
    return props
