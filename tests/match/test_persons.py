"""Listed people: whole names in any order, never a surname alone, vendor columns only."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from compliance.lists.snapshots import Store, import_files
from compliance.match.persons import PersonIndex, make_person
from compliance.pipeline import ScreenOptions, screen

SDN_2021 = Path(__file__).resolve().parents[1] / "data" / "lists" / "ofac" / "ofac-sdn-2021-snapshot"


@pytest.fixture(scope="module")
def index() -> PersonIndex:
    people = [make_person("p1", "KIM, Jong Un"), make_person("p2", "AL-ASSAD, Bashar"),
              make_person("p3", "HASSAN, Ali Mohammed"), make_person("p4", "SMITH, John", verified=False)]
    return PersonIndex([p for p in people if p is not None])


@pytest.mark.parametrize("value, entity, confident", [
    ("Kim Jong Un", "p1", True),                 # "First Last" for the list's "LAST, First"
    ("KIM, Jong Un", "p1", True),
    ("jong un kim", "p1", True),
    ("Bashar al-Assad", "p2", True),
    ("Bashar Al Assad", "p2", True),
    ("Ali Mohammed Hassan", "p3", True),
    ("Ali Hassan", "p3", False),                  # a given name missing: review
    ("Ali Mohammed Hassan Trading LLC", "p3", False),   # a business in the person's name: review
    ("John Smith", "p4", False),                  # a weak alias is never more than review
    ("Kim Jong", "p1", False),                    # the surname and part of the given names: review
])
def test_whole_names_match(index: PersonIndex, value: str, entity: str, confident: bool) -> None:
    matches = index.match(value)
    assert [(m.entity_id, m.confident) for m in matches] == [(entity, confident)]
    assert matches[0].method == "person" and matches[0].explanation


@pytest.mark.parametrize("value", [
    "Kim Trading Co",            # a surname shared with a company name
    "Kim",                        # a surname alone
    "Hassan Brothers Bakery",     # a surname beside unrelated words
    "Ali Hassan Mahmoud",         # a different person: a word the listed name does not have
    "Mohammed",
    "Assad Plumbing Services",
])
def test_surnames_and_partial_names_do_not_match(index: PersonIndex, value: str) -> None:
    assert index.match(value) == []


def test_people_are_screened_only_in_vendor_columns(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    import_files(store, "ofac-sdn", [SDN_2021], now=dt.datetime(2026, 11, 22, tzinfo=dt.UTC))
    sheet = tmp_path / "equipment.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Vendor", "Manufacturer", "Description"])
        # ent 4319 in the 2021 SDN: "ESCOBAR BUITRAGO, Walter", a person
        w.writerow(["Acme Supply", "Walter Escobar Buitrago", "Walter Escobar Buitrago biography, hardcover"])
        w.writerow(["Walter Escobar Buitrago", "Acme", "consulting"])
        w.writerow(["Escobar Trading Co", "Acme", "consulting"])
    report = screen([sheet], ScreenOptions(data_dir=tmp_path / "store"))
    rows = {(f.row, f.column, f.rule) for f in report.findings}
    assert rows == {(3, "Vendor", "OFACSDN")}, report.findings
