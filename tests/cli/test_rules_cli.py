"""compliance rules (list, explain, test, check) and the screen's rule context: --as-of, --buyer, --purpose,
--pack, --rule, --exclude-rule, a purpose column, a parent column, and broken packs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from compliance.resources import rules_dir
from tests.cli.test_screen_cli import SCHEMA, run, write_csv

TEMPLATE = rules_dir() / "org-template.yaml"


def findings(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    code, out, err = run(capsys, "screen", *args, "--format", "json")
    assert code in (0, 1), err
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    return code, doc["findings"]


def by_rule(found: list[dict[str, object]], value: str) -> dict[str, str]:
    return {str(f["rule"]): str(f["severity"]) for f in found if f["value"] == value}


# -- the rules commands ---------------------------------------------------------------------------

def test_rules_lists_packs_and_rules_with_outcome_citation_and_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    for words in ("us-federal", "org-template", "US889AV", "prohibited-if-purpose", "from 2026-06-30",
                  "US889B (off)", "until 2028-12-22"):
        assert words in out, words
    code, out, _ = run(capsys, "rules", "--json")
    doc = json.loads(out)
    rules = {r["code"]: r for p in doc["packs"] for r in p["rules"]}
    assert rules["US1260HD"]["outcome"] == "dod-only" and rules["US1260HD"]["effective_from"] == "2026-06-30"
    assert rules["OFACSDN"]["severity"] == "restricted" and rules["US889B"]["default"] is False
    assert all(r["citation"] and r["examples"] >= 2 for r in rules.values())


def test_explain_prints_description_citation_examples_and_remediation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "explain", "us1260hd")
    assert code == 0
    for words in ("US1260HD", "s.805(a)(1)", "Buyers: dod", "from 2026-06-30", "Tencent Holdings", "Remediation:",
                  "Examples:"):
        assert words in out, words
    code, _, err = run(capsys, "rules", "explain", "US889X")
    assert code == 2 and "did you mean 'US889" in err


def test_rules_test_runs_every_shipped_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "test")
    assert code == 0, out
    assert " 0 failed" in out and "us-federal" in out


def test_rules_test_fails_on_a_wrong_example(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(TEMPLATE.read_text(encoding="utf-8").replace(
        '{row: {vendor: "GLOBEX SURPLUS"}, expect: prohibited}',
        '{row: {vendor: "GLOBEX SURPLUS"}, expect: none}'), encoding="utf-8")
    code, out, _ = run(capsys, "rules", "test", str(pack))
    assert code == 1
    assert "FAIL" in out and "ORGBLOCK example 2" in out and "expected none, got prohibited" in out
    assert f"{pack}:" in out                                         # the file and line of the rule


def test_rules_check_accepts_the_template(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "check", str(TEMPLATE))
    assert code == 0 and "is valid: 3 rules" in out


@pytest.mark.parametrize(("old", "new", "message"), [
    ("lists: [org-blocklist]", "lists: [org-blocklst]", "unknown list 'org-blocklst'; did you mean 'org-blocklist'?"),
    ("roles: [vendor, manufacturer, brand, parent]", "roles: [vendor, manufacturr]", "did you mean 'manufacturer'?"),
    ("as_of: 2026-11-01", "as_of: 2026-13-01", "2026-13-01"),
    ("code: ORGCOO", "code: ORGBLOCK", "rule code ORGBLOCK is used twice"),
    ("    outcome: review\n    countries:", "    outcome: review\n    colour: red\n    countries:",
     ".colour: Extra inputs are not permitted"),
    ("      - {row: {vendor: \"Acme Office Supply\", country: \"Germany\"}, expect: none}\n"
     "      - {row: {vendor: \"Acme Office Supply\", country: \"Taiwan\"}, expect: none}\n", "",
     "examples need at least one row that fires"),
])
def test_a_broken_pack_names_file_line_and_hint(capsys: pytest.CaptureFixture[str], tmp_path: Path, old: str,
                                                 new: str, message: str) -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    assert old in text
    pack = tmp_path / "broken.yaml"
    pack.write_text(text.replace(old, new, 1), encoding="utf-8")
    write_csv(tmp_path / "v.csv", [["Vendor"], ["Acme Office Supply"]])
    for args in (["rules", "check", str(pack)], ["screen", str(pack.parent), "--pack", str(pack)]):
        code, out, err = run(capsys, *args)
        assert code == 2 and out == "", (args, err)
        assert err.startswith(f"compliance: error: {pack}") and message in err, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_unknown_pack_and_rule_selectors_are_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "v.csv", [["Vendor"], ["Huawei"]])
    code, _, err = run(capsys, "screen", str(sheet), "--pack", "us-federl")
    assert code == 2 and "did you mean 'us-federal'?" in err
    code, _, err = run(capsys, "screen", str(sheet), "--rule", "US889Z")
    assert code == 2 and "--rule" in err and "did you mean" in err


# -- the screen's context -------------------------------------------------------------------------

def test_as_of_before_and_after_a_divestiture_and_an_effective_date(capsys: pytest.CaptureFixture[str],
                                                                     tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "po.csv", [["Vendor", "Description"],
                                            ["Lorex Technology Inc.", "4K NVR kit"],
                                            ["SZ DJI Technology Co., Ltd.", "Matrice 350 drone"],
                                            ["Yangtze Memory Technologies", "SSD controller lot"]])
    _, before = findings(capsys, str(sheet), "--as-of", "2021-06-30")
    _, after = findings(capsys, str(sheet), "--as-of", "2025-06-30")
    # Lorex: Dahua's subsidiary until the 2022 sale, review after it (DOMAIN.md s.1, s.13 #14)
    assert by_rule(before, "Lorex Technology Inc.")["US889AV"] == "prohibited"
    assert by_rule(after, "Lorex Technology Inc.")["US889AV"] == "review"
    # DJI: on the FCC Covered List from 2025-12-22; ASDA procurement ban from 2024-11-12
    assert "USFCC" not in by_rule(after, "SZ DJI Technology Co., Ltd.")
    assert by_rule(after, "SZ DJI Technology Co., Ltd.")["USASDA"] == "prohibited"
    assert "USASDA" not in by_rule(before, "SZ DJI Technology Co., Ltd.")
    # s.5949: review before 2027-12-23, prohibited from it
    _, later = findings(capsys, str(sheet), "--as-of", "2027-12-23")
    assert by_rule(after, "Yangtze Memory Technologies")["US5949"] == "review"
    assert by_rule(later, "Yangtze Memory Technologies")["US5949"] == "prohibited"


def test_buyer_dod_and_civilian_differ_for_1260h(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "v.csv", [["Vendor"], ["Tencent Holdings Ltd"], ["Staples Inc."]])
    _, civilian = findings(capsys, str(sheet), "--as-of", "2026-07-01")
    code, dod = findings(capsys, str(sheet), "--as-of", "2026-07-01", "--buyer", "dod")
    _, dod_before = findings(capsys, str(sheet), "--as-of", "2026-06-29", "--buyer", "dod")
    assert by_rule(civilian, "Tencent Holdings Ltd") == {"US1260HD": "review"}
    assert by_rule(dod, "Tencent Holdings Ltd") == {"US1260HD": "prohibited"} and code == 1
    assert by_rule(dod_before, "Tencent Holdings Ltd") == {"US1260HD": "review"}
    assert not by_rule(dod, "Staples Inc.")
    f = next(f for f in dod if f["rule"] == "US1260HD")
    assert f["outcome"] == "dod-only" and f["effective_from"] == "2026-06-30" and "s.805" in str(f["citation"])
    code, out, _ = run(capsys, "screen", str(sheet), "--buyer", "dod", "--as-of", "2026-07-01", "--format", "json")
    assert json.loads(out)["context"] == {"as_of": "2026-07-01", "buyer": "dod", "purpose": None, "date_column": None}


def test_purpose_option_and_purpose_column(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "cams.csv", [["Manufacturer", "Intended Use"],
                                              ["Hikvision", "Perimeter security for the depot"],
                                              ["Hikvision", "Machine vision on the bottling line"],
                                              ["Hikvision", ""]])
    _, found = findings(capsys, str(sheet))
    rows = {(f["row"], f["rule"]): f for f in found}
    assert rows[(2, "US889AV")]["severity"] == "prohibited"
    assert rows[(3, "US889AV")]["severity"] == "review"
    assert rows[(4, "US889AV")]["severity"] == "prohibited"
    assert "no intended use was stated" in str(rows[(4, "US889AV")]["explanation"])
    # --purpose fills the rows whose purpose cell is empty; a purpose cell wins
    _, found = findings(capsys, str(sheet), "--purpose", "warehouse robot vision")
    rows = {(f["row"], f["rule"]): f["severity"] for f in found}
    assert (rows[(2, "US889AV")], rows[(3, "US889AV")], rows[(4, "US889AV")]) == ("prohibited", "review", "review")


def test_pack_rule_and_exclude_rule_choose_what_runs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "v.csv", [["Vendor", "Country"], ["Huawei Technologies Co., Ltd.", "CN"],
                                           ["Globex Surplus Trading Ltd", "HK"]])
    _, default = findings(capsys, str(sheet))
    assert {f["rule"] for f in default} == {"US889A", "USFCC", "US1260HD"}          # org-template is off
    _, both = findings(capsys, str(sheet), "--pack", "us-federal", "--pack", str(TEMPLATE))
    assert {"ORGBLOCK", "ORGCOO", "US889A"} <= {f["rule"] for f in both}
    _, only = findings(capsys, str(sheet), "--rule", "ndaa-889")
    assert {f["rule"] for f in only} == {"US889A"}
    _, without = findings(capsys, str(sheet), "--exclude-rule", "dod1260h.*")
    assert {f["rule"] for f in without} == {"US889A", "USFCC"}
    _, part_b = findings(capsys, str(sheet), "--rule", "US889B")                     # off unless named
    assert {f["rule"] for f in part_b} == {"US889B"}


def test_parent_column_puts_the_vendor_on_the_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "v.csv", [["Vendor", "Parent Company"], ["Acme Radio Services", "Hytera Communications"]])
    _, found = findings(capsys, str(sheet))
    f = next(f for f in found if f["rule"] == "US889AV")
    assert f["path"][0] == "Acme Radio Services" and "parent" in f["path"][1]
    assert "Hytera" in f["path"][-1] and f["severity"] == "prohibited"


def test_every_finding_names_a_rule_code_citation_and_outcome(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli.test_screen_cli import SAMPLES

    _, found = findings(capsys, str(SAMPLES))
    assert found and all(f["rule"] and f["citation"] and f["outcome"] for f in found)
    code, out, _ = run(capsys, "screen", str(SAMPLES), "--format", "json")
    doc = json.loads(out)
    assert {f["rule"] for f in doc["findings"]} <= {r["code"] for r in doc["rules"]}


def test_date_column_judges_each_row_as_of_its_own_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "po.csv", [["Vendor", "PO Date"],
                                            ["Lorex Technology Inc.", "2021-06-30"],     # Dahua's then
                                            ["Lorex Technology Inc.", "3/15/2024"],      # after the 2022 sale
                                            ["Lorex Technology Inc.", ""],               # no date: --as-of
                                            ["Lorex Technology Inc.", "30.06.2020"]])
    code, out, err = run(capsys, "screen", str(sheet), "--date-column", "po date", "--as-of", "2021-01-01",
                         "--format", "json")
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    assert doc["context"]["date_column"] == "po date"
    sev = {f["row"]: f["severity"] for f in doc["findings"] if f["rule"] == "US889AV"}
    assert sev == {2: "prohibited", 3: "review", 4: "prohibited", 5: "prohibited"}
    why = {f["row"]: f["explanation"] for f in doc["findings"] if f["rule"] == "US889AV"}
    assert why[3].startswith("Judged as of 2024-03-15, this row's 'PO Date'.") and "Judged" not in why[4]


def test_a_bad_date_cell_names_file_row_and_column(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "po.csv", [["Vendor", "PO Date"], ["Huawei", "2021-06-30"], ["Huawei", "soon"]])
    code, out, err = run(capsys, "screen", str(sheet), "--date-column", "PO Date")
    assert code == 2 and out == "" and f"{sheet}, row 3, column 'B'" in err and "'soon' is not a date" in err
    code, _, err = run(capsys, "screen", str(sheet), "--date-column", "Invoice Date")
    assert code == 2 and "no input has a column headed 'Invoice Date'" in err


@pytest.mark.parametrize(("text", "expected"), [
    ("2021-06-30", "2021-06-30"), ("2021-06-30 14:05:00", "2021-06-30"), ("2021/6/3", "2021-06-03"),
    ("6/30/2021", "2021-06-30"), ("06/07/2021", "2021-06-07"), ("30/06/2021", "2021-06-30"),
    ("30.06.2021", "2021-06-30"), ("2021-02-30", None), ("June 2021", None), ("", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    from compliance.pipeline import parse_date

    got = parse_date(text)
    assert (got.isoformat() if got else None) == expected
