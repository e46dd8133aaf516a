"""SARIF 2.1.0: valid against the official schema, levels, locations, fingerprints, suppressions, rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from compliance.pipeline import Report
from compliance.report import RenderOptions, sarif_format
from tests.golden.regenerate import REPO, in_repo

SCHEMA = json.loads((REPO / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(report: Report, root: Path = REPO) -> dict[str, Any]:
    with in_repo():
        log: dict[str, Any] = json.loads(sarif_format.render(report, RenderOptions(root=root)))
    return log


@pytest.mark.parametrize("which", ["samples", "decided"])
def test_validates_against_the_sarif_2_1_0_schema(request: pytest.FixtureRequest, which: str) -> None:
    log = sarif(request.getfixturevalue(which))
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


def test_results_levels_locations_and_fingerprints(samples: Report) -> None:
    run = sarif(samples)["runs"][0]
    results = run["results"]
    assert len(results) == len(samples.findings)
    for f, r in zip(samples.findings, results, strict=True):
        assert r["ruleId"] == f.rule and run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == f.rule
        assert r["level"] == {"prohibited": "error", "restricted": "error", "review": "warning"}[f.severity.value]
        assert r["partialFingerprints"] == {"complianceFinding/v1": f.fingerprint}
        physical = r["locations"][0]["physicalLocation"]
        artifact = physical["artifactLocation"]
        assert (artifact["uri"], artifact["uriBaseId"]) == (f.input, "%SRCROOT%")
        assert physical["region"] == {"startLine": f.row, "snippet": {"text": f.value}}
        assert run["artifacts"][physical["artifactLocation"]["index"]]["location"]["uri"] == f.input
    hikvision = next(r for r in results if r["properties"]["value"] == "HIKVISION USA INC")
    assert hikvision["locations"][0]["logicalLocations"][0] == {
        "name": "Vendor Name", "fullyQualifiedName": "Vendors/9/Vendor Name", "kind": "element"}
    assert hikvision["properties"]["path"][-1] == "Hangzhou Hikvision Digital Technology Co., Ltd."


def test_rule_metadata_comes_from_the_rule_packs(samples: Report) -> None:
    rules = {r["id"]: r for r in sarif(samples)["runs"][0]["tool"]["driver"]["rules"]}
    us889 = rules["US889AV"]
    assert us889["name"] == "ndaa889.part-a.video-surveillance"
    assert "FAR 52.204-25(a)" in us889["properties"]["citation"]
    assert us889["properties"]["outcome"] == "prohibited-if-purpose"
    assert "contracting officer" in us889["help"]["text"]                # the rule's remediation
    assert us889["defaultConfiguration"]["level"] == "error"


def test_cleared_findings_are_suppressed_with_their_justification(decided: Report) -> None:
    results = sarif(decided)["runs"][0]["results"]
    cleared = [r for r in results if "suppressions" in r]
    assert {r["properties"]["value"] for r in cleared} == {"Lorex Technology Inc."}
    [suppression] = cleared[0]["suppressions"]
    assert suppression["kind"] == "external" and suppression["status"] == "accepted"
    assert "Skywatch" in suppression["justification"] and "J. Auditor" in suppression["justification"]
    reopened = [r for r in results if r["properties"].get("decision", {}).get("state") == "reopened"]
    assert reopened and all("suppressions" not in r for r in reopened)
    props = sarif(decided)["runs"][0]["properties"]
    assert props["staleDecisions"][0]["Fingerprint"] == "0123456789abcdef0123"


def test_provenance_in_run_properties(samples: Report) -> None:
    props = sarif(samples)["runs"][0]["properties"]
    assert props["asOf"] == "2026-11-22" and props["noMatch"].startswith("No match in these lists as of")
    assert {entry["List"] for entry in props["lists"]} == {i.id for i in samples.lists}
    assert {entry["Rule pack"] for entry in props["rulePacks"]} == {p.id for p in samples.packs}


def test_inputs_outside_the_root_get_a_file_uri(samples: Report, tmp_path: Path) -> None:
    run = sarif(samples, root=tmp_path)["runs"][0]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///") and "uriBaseId" not in uri


def test_uris_are_percent_encoded() -> None:
    assert sarif_format.artifact_location("a dir/v#1.csv", Path.cwd()) == {"uri": "a%20dir/v%231.csv",
                                                                           "uriBaseId": "%SRCROOT%"}
