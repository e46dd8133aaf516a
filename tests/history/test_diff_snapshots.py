"""compliance diff after screening the same sheet against two official list snapshots (issue 5)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from compliance.cli.run import run

OFAC = Path(__file__).resolve().parents[1] / "data" / "lists" / "ofac"


def test_diff_shows_what_a_list_update_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    sheet = tmp_path / "payees.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows([["Payee"], ["VTB Bank PJSC"], ["Banco Nacional de Cuba"], ["Acme Plumbing"]])

    def screen(out: Path) -> None:
        assert run(["screen", str(sheet), "--data-dir", str(store), "--lists", "ofac-sdn", "--format", "json",
                    "--output", str(out), "--fail-on", "never", "--no-record"]) == 0

    # the 2021 SDN set (VTB Bank was designated later), then the 2024-05 SDN file
    assert run(["lists", "import", str(OFAC / "ofac-sdn-2021-snapshot"), "--source", "ofac-sdn",
                "--data-dir", str(store)]) == 0
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    screen(before)
    assert run(["lists", "import", str(OFAC / "ofac-sdn-2024-05" / "sdn.csv.gz"), "--source", "ofac-sdn",
                "--data-dir", str(store)]) == 0
    screen(after)
    capsys.readouterr()
    assert run(["diff", str(before), str(after), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(i["value"], i["rule"], i["severity"]) for i in doc["new"]] == [("VTB Bank PJSC", "OFACSDN", "restricted")]
    assert doc["resolved"] == []
    assert doc["summary"]["unchanged"] == 1                       # Banco Nacional de Cuba, on both
    (changed,) = doc["lists_changed"]
    assert changed["id"] == "ofac-sdn" and changed["a"] != changed["b"] and "snapshot" in changed["b"]
    # and the other way round: an entry that left the list shows as resolved
    assert run(["diff", str(after), str(before), "--format", "json"]) == 0
    back = json.loads(capsys.readouterr().out)
    assert [i["value"] for i in back["resolved"]] == ["VTB Bank PJSC"] and back["new"] == []
