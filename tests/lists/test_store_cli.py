"""`lists import`, `pin`, `screen --lists-from`, `--lists`, `search`, `diff`, the compiled cache."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from compliance.cli.run import run
from compliance.lists.compiled import cache_key
from compliance.lists.snapshots import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "lists" / "ofac"
SDN_2021 = DATA / "ofac-sdn-2021-snapshot"
SDN_2024 = DATA / "ofac-sdn-2024-05" / "sdn.csv.gz"
CONS = DATA / "ofac-non-sdn-consolidated"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    assert run(["lists", "import", str(SDN_2021), "--source", "ofac-sdn", "--data-dir", str(root)]) == 0
    assert run(["lists", "import", str(CONS), "--source", "ofac-cons", "--data-dir", str(root)]) == 0
    return root


def sheet(tmp_path: Path, names: list[str]) -> Path:
    path = tmp_path / "vendors.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Vendor Name", "Amount"])
        for n in names:
            w.writerow([n, "100"])
    return path


def screen_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    code = run(["screen", *args, "--format", "json", "--fail-on", "never"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)  # type: ignore[no-any-return]


def test_screen_uses_installed_lists_and_records_them(store: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    doc = screen_json([str(sheet(tmp_path, ["Banco Nacional de Cuba S.A.", "Acme Plumbing"])),
                       "--data-dir", str(store)], capsys)
    hits = [(f["value"], f["rule"], f["severity"]) for f in doc["findings"]]
    assert hits == [("Banco Nacional de Cuba S.A.", "OFACSDN", "restricted")]
    lists = {entry["id"]: entry for entry in doc["lists"]}
    sdn = lists["ofac-sdn"]
    assert sdn["entries"] == 8976 and len(sdn["sha256"]) == 64
    assert sdn["kind"] == "official" and sdn["snapshot"] and sdn["fetched_at"]
    assert "ofac-sdn" in doc["summary"]["no_match"]


def test_lists_option_chooses_lists(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(sheet(tmp_path, ["Banco Nacional de Cuba", "Hikvision"]))
    only_curated = screen_json([path, "--data-dir", str(store), "--lists", "ndaa-889"], capsys)
    assert {f["rule"] for f in only_curated["findings"]} == {"US889AV"}
    assert [entry["id"] for entry in only_curated["lists"] if entry["kind"] != "reference"] == ["ndaa-889"]
    only_sdn = screen_json([path, "--data-dir", str(store), "--lists", "ofac-sdn"], capsys)
    assert {f["rule"] for f in only_sdn["findings"]} == {"OFACSDN"}
    assert run(["screen", path, "--data-dir", str(store), "--lists", "ofac-sdnn"]) == 2
    assert "did you mean 'ofac-sdn'" in capsys.readouterr().err


def test_pin_and_lists_from_screen_the_recorded_snapshot(store: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    pin = tmp_path / "lists.lock.json"
    assert run(["lists", "pin", "--output", str(pin), "--data-dir", str(store)]) == 0
    pinned = json.loads(pin.read_text())
    old_id = {p["source"]: p["snapshot"] for p in pinned["lists"]}["ofac-sdn"]
    # a newer SDN snapshot is installed afterwards: 2024-05 has entries the 2021 set lacks
    assert run(["lists", "import", str(SDN_2024), "--source", "ofac-sdn", "--data-dir", str(store)]) == 0
    capsys.readouterr()
    path = str(sheet(tmp_path, ["VTB Bank PJSC"]))   # on the SDN in 2024, not in 2021
    now = screen_json([path, "--data-dir", str(store)], capsys)
    assert any(f["rule"] == "OFACSDN" for f in now["findings"])
    then = screen_json([path, "--data-dir", str(store), "--lists-from", str(pin)], capsys)
    assert not any(f["rule"] == "OFACSDN" for f in then["findings"])
    assert {entry["id"]: entry["snapshot"] for entry in then["lists"] if entry["kind"] == "official"}["ofac-sdn"] == old_id
    # a report records its snapshots too: it can be the pin
    report = tmp_path / "audit.json"
    report.write_text(json.dumps(then))
    again = screen_json([path, "--data-dir", str(store), "--lists-from", str(report)], capsys)
    assert again["findings"] == then["findings"]


def test_lists_from_refuses_a_missing_or_altered_snapshot(store: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    pin = tmp_path / "lists.lock.json"
    assert run(["lists", "pin", "--output", str(pin), "--data-dir", str(store)]) == 0
    path = str(sheet(tmp_path, ["Acme"]))
    snap = Store(store).current()["ofac-sdn"]
    (snap.path / "alt.csv").write_bytes(b"36,12,\"aka\",\"TAMPERED\",-0- \r\n")
    assert run(["screen", path, "--data-dir", str(store), "--lists-from", str(pin)]) == 2
    assert "changed since it was installed" in capsys.readouterr().err
    empty = tmp_path / "empty-store"
    assert run(["screen", path, "--data-dir", str(empty), "--lists-from", str(pin)]) == 2
    assert "is not in the store" in capsys.readouterr().err


def test_compiled_cache_is_keyed_and_rebuilt(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snap = Store(store).current()["ofac-sdn"]
    cached = store / "cache" / f"{cache_key(snap)}.marshal"
    assert cached.is_file(), "install compiles the snapshot"
    cached.write_bytes(b"garbage")                      # a damaged cache is rebuilt, never trusted
    doc = screen_json([str(sheet(tmp_path, ["Banco Nacional de Cuba"])), "--data-dir", str(store)], capsys)
    assert [f["rule"] for f in doc["findings"]] == ["OFACSDN"]
    assert cached.read_bytes() != b"garbage"
    shutil.rmtree(store / "cache")                      # a deleted cache is rebuilt from the raw files
    doc = screen_json([str(sheet(tmp_path, ["Banco Nacional de Cuba"])), "--data-dir", str(store)], capsys)
    assert [f["rule"] for f in doc["findings"]] == ["OFACSDN"]


def test_search_explains_matches_and_near_names(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lists", "search", "Banco Nacional de Cuba", "--data-dir", str(store), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["entity_id"] == "ofac-sdn-306" and hits[0]["verdict"] == "restricted"
    assert "OFACSDN" in hits[0]["rules"] and "whole cell" in hits[0]["explanation"]
    assert run(["lists", "search", "Banco Nacional de Cubba", "--data-dir", str(store), "--json"]) == 0
    near = json.loads(capsys.readouterr().out)
    assert near and near[0]["entity_id"] == "ofac-sdn-306"
    assert run(["lists", "search", "Banco Nacional", "--data-dir", str(store), "--list", "ofac-cons", "--json"]) == 0
    assert all("ofac-cons" in h["lists"] for h in json.loads(capsys.readouterr().out))
    assert run(["lists", "search", "Banco Nacional de Cuba", "--data-dir", str(store), "--country", "DE"]) == 0
    assert "ofac-sdn-306" not in capsys.readouterr().out


def test_diff_lists_added_removed_changed(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = Store(store).current()["ofac-sdn"].ref
    assert run(["lists", "import", str(SDN_2024), "--source", "ofac-sdn", "--data-dir", str(store)]) == 0
    capsys.readouterr()
    assert run(["lists", "diff", old, "ofac-sdn", "--data-dir", str(store), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    added = {e["id"] for e in d["added"]}
    removed = {e["id"] for e in d["removed"]}
    assert "ofac-sdn-17013" in added                    # VTB Bank, designated after 2021
    assert d["old"]["entries"] - len(removed) + len(added) == d["new"]["entries"] == 14965
    assert all(set(c["changes"]) for c in d["changed"])


def test_import_refuses_wrong_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "sdn.csv"
    bad.write_text("<html><body>Not found</body></html>")
    assert run(["lists", "import", str(bad), "--source", "ofac-sdn", "--data-dir", str(tmp_path / "s")]) == 1
    assert "refused" in capsys.readouterr().out
    assert run(["lists", "import", str(SDN_2021 / "alt.csv.gz"), "--source", "ofac-sdn",
                "--data-dir", str(tmp_path / "s")]) == 2
    assert "needs sdn.csv" in capsys.readouterr().err
    assert not Store(tmp_path / "s").current()


def test_use_puts_a_kept_snapshot_back(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = Store(store).current()["ofac-sdn"]
    assert run(["lists", "import", str(SDN_2024), "--source", "ofac-sdn", "--data-dir", str(store)]) == 0
    assert Store(store).current()["ofac-sdn"].id != old.id
    assert run(["lists", "use", old.ref, "--data-dir", str(store)]) == 0
    assert Store(store).current()["ofac-sdn"].id == old.id
    assert run(["lists", "use", "ofac-sdn@nonsense", "--data-dir", str(store)]) == 2
    assert "no such list snapshot" in capsys.readouterr().err
