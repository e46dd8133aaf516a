"""The BIS Denied Persons List and UN consolidated list importers against the real files."""

from __future__ import annotations

import datetime as dt
import gzip
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from compliance.errors import DataError
from compliance.lists.importers import dpl, un
from compliance.lists.importers.base import ImportResult
from compliance.lists.models import Address, Alias, Entity, Source

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"
DPL = DATA / "dpl" / "bis-denied-persons-list" / "dpl.txt.gz"
UN = DATA / "un" / "un-consolidated" / "UN_consolidated.xml.gz"
DPL_FETCHED = dt.date(2023, 11, 30)
UN_FETCHED = dt.date(2026, 2, 27)


@pytest.fixture(scope="module")
def denied() -> ImportResult:
    return dpl.load({"dpl.txt": DPL}, fetched=DPL_FETCHED)


@pytest.fixture(scope="module")
def consolidated() -> ImportResult:
    return un.load({"consolidated.xml": UN}, fetched=UN_FETCHED)


def _by_id(result: ImportResult) -> dict[str, Entity]:
    return {e.id: e for e in result.entities}


def _dpl_text() -> str:
    return gzip.decompress(DPL.read_bytes()).decode("utf-8")


# -- BIS Denied Persons List -----------------------------------------------------------------------------

def test_dpl_counts(denied: ImportResult) -> None:
    assert denied.source == "bis-dpl"
    assert len(denied.entities) == 665
    assert len({e.id for e in denied.entities}) == 665
    assert denied.skipped == []
    assert {e.lists[0] for e in denied.entities} == {"bis-dpl"}
    # the newest Last_Update that is not after the fetch date (3033-09-30 is)
    assert denied.published == dt.date(2023, 11, 28)


def test_dpl_dahua_electronics_round_trips(denied: ImportResult) -> None:
    [dahua] = [e for e in denied.entities if "DAHUA" in e.name]
    # dpl.txt line 149: "DAHUA ELECTRONICS CORPORATION" "134-12 59HT AVENUE" "FLUSHING" "NY" "" "11355"
    # "09/28/2017" "11/19/2025" "Y" "2017-10-10" "FR NOTICE ADDED" "82 F.R. 46480 10/5/2017"
    assert dahua == Entity(
        id="bis-dpl-9677c987f1db",
        name="DAHUA ELECTRONICS CORPORATION",
        lists=["bis-dpl"],
        listed_since={"bis-dpl": dt.date(2017, 9, 28)},
        listed_until={"bis-dpl": dt.date(2025, 11, 19)},
        addresses=[Address(street="134-12 59HT AVENUE", city="FLUSHING", state="NY", postal_code="11355")],
        federal_register=["82 FR 46480"],
        details={"standard_order": "Y", "action": "FR NOTICE ADDED", "last_update": "2017-10-10"},
        sources=[Source(title="BIS Denied Persons List", url="https://www.bis.doc.gov/dpl/dpl.txt", as_of=DPL_FETCHED)],
    )


def test_dpl_bad_last_updates_are_warnings_not_failures(denied: ImportResult) -> None:
    assert denied.warnings == [
        "dpl.txt.gz, line 26: Last_Update '1023-11-01' is not a valid date; kept as text, not used as the list's date",
        "dpl.txt.gz, line 218: Last_Update '1023-11-01' is not a valid date; kept as text, not used as the list's date",
        "dpl.txt.gz, line 316: Last_Update '3033-09-30' is after the fetch date 2023-11-30 (a typo?); kept as text, "
        "not used as the list's date",
    ]
    [garcia] = [e for e in denied.entities if e.name == "JOSE ERNESTO GARCIA"]
    assert garcia.details["last_update"] == "3033-09-30"
    assert garcia.listed_since == {"bis-dpl": dt.date(2022, 9, 26)}


def test_dpl_multiple_citations_and_repeated_rows(denied: ImportResult) -> None:
    ashes = [e for e in denied.entities if e.name == "I. ASH"]      # " I. ASH" on line 2, three rows
    assert len(ashes) == 3
    [ash] = [e for e in ashes if e.federal_register[0] == "68 FR 38290"]
    assert ash.federal_register == ["68 FR 38290", "71 FR 38843", "72 FR 4236"]
    assert ash.listed_until == {"bis-dpl": dt.date(2056, 6, 29)}
    # the Nov 2023 file has two rows twice, word for word: two entities, told apart by -2
    zhou = sorted(e.id for e in denied.entities if e.name == "DAQING ZHOU")
    assert len(zhou) == 2 and zhou[1] == f"{zhou[0]}-2"


def test_dpl_published_ignores_dates_after_the_fetch(tmp_path: Path) -> None:
    result = dpl.load({"dpl.txt": DPL}, fetched=dt.date(2022, 12, 31))
    assert result.published == dt.date(2022, 12, 20)      # an Effective_Date; the newest Last_Update is 12-08
    assert any("Last_Update '2023-11-28' is after the fetch date 2022-12-31" in w for w in result.warnings)


def test_dpl_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_bytes(_dpl_text().replace("I. ASH", "I. ASH\u00e9", 1).encode("cp1252"))
    result = dpl.load({"dpl.txt": path}, fetched=DPL_FETCHED)
    assert len(result.entities) == 665
    assert "dpl.txt: not UTF-8 (line 2); read as cp1252" in result.warnings


# -- UN Security Council consolidated list ---------------------------------------------------------------

def test_un_counts(consolidated: ImportResult) -> None:
    assert consolidated.source == "un-sc"
    assert Counter(e.type for e in consolidated.entities) == {"person": 730, "organization": 273}
    assert len({e.id for e in consolidated.entities}) == 1_003
    assert consolidated.published == dt.date(2026, 2, 27)
    assert (consolidated.skipped, consolidated.warnings) == ([], [])


def test_un_individual_by_hand(consolidated: ImportResult) -> None:
    person = _by_id(consolidated)["un-sc-lyi-024"]
    assert person.name == "Mus’ab Mustafa Abu al Qassim Omar"
    assert person.type == "person"
    assert person.lists == ["un-sc"]
    assert person.listed_since == {"un-sc": dt.date(2018, 6, 7)}
    assert person.aliases == [
        Alias(name="Mus’ab Abu Qarin", type="aka", strength="strong"),
        Alias(name="ABU-AL QASSIM OMAR Musab Boukrin", type="aka", strength="weak"),
        Alias(name="The Doctor", type="aka", strength="weak"),
        Alias(name="Al-Grein", type="aka", strength="weak"),
        Alias(name="مصعب مصطفى ابو القاسم عمر", type="native"),
    ]
    assert person.programs == ["Libya"]
    assert person.addresses == []          # one empty <COUNTRY/>
    assert person.identifiers == {"Passport": ["782633", "540794"]}
    assert person.remarks == "Listed pursuant to paragraphs 15 and 17 of resolution 1970 (Travel Ban, Asset Freeze)"
    assert person.details == {
        "reference_number": "LYi.024", "dataid": "6908705",
        "designation": "Leader of a transnational trafficking network", "nationality": "Libya",
        "dates_of_birth": "1983-01-19", "places_of_birth": "Sabratha, Libya",
    }


def test_un_entity_by_hand(consolidated: ImportResult) -> None:
    org = _by_id(consolidated)["un-sc-qde-014"]
    assert org.name == "THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB"
    assert org.type == "organization"
    assert org.listed_since == {"un-sc": dt.date(2001, 10, 6)}
    assert org.aliases == [
        Alias(name="AQIM", type="aka"),
        Alias(name="Al Qaïda au Maghreb islamique (AQMI)", type="aka"),
        Alias(name="Le Groupe Salafiste pour La Prédication et le Combat (GSPC)", type="former"),
        Alias(name="Salafist Group For Call and Combat", type="former"),
        Alias(name="تنظيم القا عدة ببلاد المغرب الاسلامي", type="native"),
    ]
    assert [a.country for a in org.addresses] == ["Algeria", "Mali", "Mauritania", "Morocco", "Niger", "Tunisia"]
    assert org.programs == ["Al-Qaida"]
    assert org.remarks is not None and org.remarks.startswith("Headed by Abdelmalek Droukdel (QDi.232).")


def test_un_dates_with_a_zone_and_birth_ranges(consolidated: ImportResult) -> None:
    entities = _by_id(consolidated)
    assert entities["un-sc-qdi-352"].listed_since == {"un-sc": dt.date(2015, 4, 7)}    # "2015-04-07-04:00"
    assert entities["un-sc-cdi-003"].aliases[0] == Alias(name="Rumuli", type="aka", strength="weak")
    assert entities["un-sc-cdi-030"].details["dates_of_birth"] == "1973 to 1974"              # BETWEEN
    assert entities["un-sc-cdi-028"].details["dates_of_birth"] == "approximately 1960; 1966-09-09"


def _un_text() -> str:
    return gzip.decompress(UN.read_bytes()).decode("utf-8")


def test_un_record_without_a_name_is_skipped_with_its_line(tmp_path: Path) -> None:
    text = _un_text().replace("<FIRST_NAME>ERIC</FIRST_NAME>\n      <SECOND_NAME>BADEGE</SECOND_NAME>",
                              "<FIRST_NAME/>", 1)
    path = tmp_path / "consolidated.xml"
    path.write_text(text, encoding="utf-8")
    result = un.load({"consolidated.xml": path}, fetched=UN_FETCHED)
    assert len(result.entities) == 1_002
    assert result.skipped == ["consolidated.xml, line 4: no name"]


# -- files that are not the list -------------------------------------------------------------------------

def _half(text: str) -> str:
    return text[: len(text) // 2]


@pytest.mark.parametrize("load, name, content, message", [
    (dpl.load, "dpl.txt", lambda: _dpl_text().replace('"FR_Citation"', '"Citation"', 1),
     r"dpl.txt, line 1: the header is not .*missing FR_Citation; unexpected Citation"),
    (dpl.load, "dpl.txt", lambda: _dpl_text()[:-40],
     r"dpl.txt, line 666: the file ends inside a record \(11 of 12 fields\)"),
    (dpl.load, "dpl.txt", lambda: "<html><head><title>404</title></head></html>", "an HTML or XML page"),
    (un.load, "consolidated.xml", lambda: _half(_un_text()),
     r"consolidated.xml, line \d+, column \d+: not well-formed XML"),
    (un.load, "consolidated.xml", lambda: "<!DOCTYPE html>\n<html><body><p>Maintenance<br></p></body></html>",
     r"consolidated.xml, line 2, column \d+: not well-formed XML \(mismatched tag\)"),
    (un.load, "consolidated.xml", lambda: "<html><body>Maintenance</body></html>",
     "the root element is <html>, not <CONSOLIDATED_LIST>"),
    (un.load, "consolidated.xml", lambda: "  \n", "consolidated.xml: file is empty"),
    (un.load, "consolidated.xml", lambda: '<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"/>',
     "holds neither INDIVIDUALS nor ENTITIES"),
])
def test_not_the_list(tmp_path: Path, load: Callable[..., ImportResult], name: str, content: Callable[[], str],
                      message: str) -> None:
    path = tmp_path / name
    path.write_text(content(), encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        load({name: path}, fetched=DPL_FETCHED)
    assert str(path) in str(err.value)


# -- speed -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("load, files, fetched", [
    (dpl.load, {"dpl.txt": DPL}, DPL_FETCHED),
    (un.load, {"consolidated.xml": UN}, UN_FETCHED),
])
def test_imports_are_fast(load: Callable[..., ImportResult], files: dict[str, Path], fetched: dt.date) -> None:
    start = time.process_time()       # CPU time: other jobs on the machine must not make this fail
    load(files, fetched=fetched)
    assert time.process_time() - start < 1.0
