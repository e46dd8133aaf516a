"""SARIF 2.1.0 report: findings as results with rule metadata, cell locations and stable fingerprints.

Where a finding is (a spreadsheet is not text, so SARIF's text regions are mapped like this):

- ``physicalLocation.artifactLocation.uri``: the input file, relative to the working directory
  (``uriBaseId`` ``%SRCROOT%``), or a ``file://`` URI when the input lies outside it;
- ``physicalLocation.region.startLine``: the row number as Excel shows it (for a CSV the record
  number, header = 1: the line number unless a quoted field spans lines); ``region.snippet.text``
  is the cell's value. No ``startColumn``: a character offset means nothing in a cell;
- ``logicalLocations[0]``: ``name`` = the column header, ``fullyQualifiedName`` =
  ``SHEET/ROW/HEADER`` (a CSV's sheet is its file stem, as Excel names it), ``kind`` = ``element``;
- ``partialFingerprints["complianceFinding/v1"]``: the finding's stable fingerprint (rule, normalized
  value, entity; not the row, so moving rows keeps it);
- a finding cleared by a reviewed decision carries ``suppressions`` (kind ``external``, status
  ``accepted``, justification = reason and reviewer).

Levels: prohibited and restricted -> ``error``, review -> ``warning``, info -> ``note``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from compliance.models import Finding, Severity
from compliance.pipeline import Report
from compliance.report import facts
from compliance.rules.loader import RuleInfo
from compliance.report.base import RenderOptions
from compliance.report.document import no_match_statement, sheet_key

NAME = "sarif"
SUFFIX = "sarif"
BINARY = False
PER_INPUT = False
DESCRIPTION = "SARIF 2.1.0 for code-scanning tools: results with rules, cell locations, fingerprints, suppressions"

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "complianceFinding/v1"
LEVEL = {Severity.PROHIBITED: "error", Severity.RESTRICTED: "error", Severity.REVIEW: "warning",
         Severity.INFO: "note"}


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """The input's URI: relative to ``root`` under %SRCROOT% when it lies inside, else absolute."""
    p = Path(path)
    absolute = p if p.is_absolute() else (Path.cwd() / p)
    try:
        rel = absolute.resolve().relative_to(root.resolve())
    except ValueError:
        return {"uri": absolute.resolve().as_uri()}
    return {"uri": quote(PurePath(rel).as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def render(report: Report, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    root = options.root or Path.cwd()
    catalog = facts.rule_catalog(report)
    rule_index = {code: i for i, code in enumerate(catalog)}
    artifacts = {i.path: n for n, i in enumerate(report.inputs)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "compliance",
            "version": report.tool_version,
            "semanticVersion": report.tool_version,
            "rules": [_rule(meta) for meta in catalog.values()],
        }},
        "invocations": [_invocation(report, root, artifacts)],
        "artifacts": [{"location": {**artifact_location(i.path, root), "index": n},
                       "roles": ["analysisTarget"], "hashes": {"sha-256": i.sha256}}
                      for n, i in enumerate(report.inputs)],
        "results": [_result(f, root, rule_index[f.rule], artifacts.get(f.input)) for f in report.findings],
        "columnKind": "unicodeCodePoints",
        "properties": _provenance(report),
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(meta: RuleInfo) -> dict[str, Any]:
    first = meta.description.split(". ", 1)[0].rstrip(".") + "."
    help_text = (f"{meta.remediation}\n\n" if meta.remediation else "") + f"Citation: {meta.citation}"
    return {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": first},
        "fullDescription": {"text": meta.description},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVEL[Severity(meta.severity)]},
        "properties": {"citation": meta.citation, "severity": meta.severity, "outcome": meta.outcome,
                       "rulePack": meta.pack,
                       "effectiveFrom": meta.effective_from.isoformat() if meta.effective_from else None,
                       "effectiveUntil": meta.effective_until.isoformat() if meta.effective_until else None,
                       "tags": ["compliance", meta.severity, *meta.groups]},
    }


@functools.lru_cache(maxsize=256)
def _artifact(path: str, root: Path) -> dict[str, str]:
    return artifact_location(path, root)     # two Path.resolve() calls: once per input, not per finding


def _location(f: Finding, root: Path, artifact: int | None) -> dict[str, Any]:
    where = _artifact(f.input, root) | ({"index": artifact} if artifact is not None else {})
    sheet = sheet_key(f.input, f.sheet)
    return {
        "physicalLocation": {"artifactLocation": where,
                             "region": {"startLine": f.row, "snippet": {"text": f.value}}},
        "logicalLocations": [{"name": f.column, "fullyQualifiedName": f"{sheet}/{f.row}/{f.column}",
                              "kind": "element"}],
    }


def _result(f: Finding, root: Path, rule_index: int, artifact: int | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[f.severity],
        "message": {"text": f"{f.severity.value}: {f.column} \"{f.value}\" names {facts.entity_text(f)} "
                            f"({f.rule}: {f.citation}). {f.explanation}"},
        "locations": [_location(f, root, artifact)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {
            "severity": f.severity.value, "outcome": f.outcome, "sheet": f.sheet, "row": f.row, "column": f.column,
            "value": f.value,
            "normalized": f.normalized,
            "entity": {"id": f.entity_id, "name": f.entity_name, "lists": list(f.entity_lists)},
            "matchedName": f.matched_name, "method": f.method, "score": f.score, "path": list(f.path),
            "citation": f.citation, "explanation": f.explanation,
        },
    }
    d = f.decision
    if d is not None:
        result["properties"]["decision"] = dict(zip(
            ["decision", "state", "reason", "reviewer", "date", "expires", "stateReason"],
            facts.decision_cells(d), strict=True))
    if f.cleared and d is not None:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"{d.decision.value}: {d.reason} ({d.reviewer}, "
                                                    f"{d.date.isoformat()})"}]
    return result


def _invocation(report: Report, root: Path, artifacts: dict[str, int]) -> dict[str, Any]:
    notes = []
    for i in report.inputs:
        for s in i.sheets:
            if s.skipped_reason:
                label = facts.sheet_label(i, s)
                notes.append({"level": "warning",
                              "message": {"text": f"{i.path}, sheet {label}: not screened: {s.skipped_reason}"},
                              "locations": [{"physicalLocation": {"artifactLocation": artifact_location(i.path, root)
                                                                  | {"index": artifacts[i.path]}},
                                             "logicalLocations": [{"name": label, "kind": "module"}]}]})
    return {"executionSuccessful": True, "endTimeUtc": report.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "toolExecutionNotifications": notes}


def _provenance(report: Report) -> dict[str, Any]:
    run = dict(facts.run_facts(report))
    return {
        "generatedAt": run["Generated"], "asOf": run["As of"], "matcher": run["Matcher"],
        "noMatch": no_match_statement(report),
        "summary": {"rows": report.rows, "findings": len(report.findings),
                    "rowsWithFindings": facts.rows_with_findings(report), "bySeverity": report.by_severity(),
                    "cleared": facts.cleared_count(report)},
        "inputs": facts.input_rows(report),
        "sheets": facts.sheet_rows(report),
        "lists": facts.list_rows(report),
        "rulePacks": facts.pack_rows(report),
        "staleDecisions": facts.stale_rows(report),
    }
