"""The OFAC legacy CSV importer (compliance/lists/importers/ofac.py) on real OFAC files.

The files under tests/data/lists/ofac are OFAC's own, gzipped unchanged (provenance in
tests/data/README.md). Broken inputs are made in tmp_path from those real files.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import time
from collections import Counter
from pathlib import Path

import pytest

from compliance.errors import DataError
from compliance.lists.importers.base import ImportResult
from compliance.lists.importers.ofac import load_cons, load_sdn
from compliance.lists.models import Address, Alias, Entity

DATA = Path(__file__).parent.parent / "data" / "lists" / "ofac"
SDN_2021 = DATA / "ofac-sdn-2021-snapshot"
SDN_2024 = DATA / "ofac-sdn-2024-05"
CONS = DATA / "ofac-non-sdn-consolidated"
SDN_FILES = ("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")
CONS_FILES = ("cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv")
FETCHED = dt.date(2026, 1, 5)


def gz(folder: Path, *names: str) -> dict[str, Path]:
    return {name: folder / f"{name}.gz" for name in names}


def raw(folder: Path, name: str) -> bytes:
    return gzip.decompress((folder / f"{name}.gz").read_bytes())


def rows(folder: Path, name: str) -> list[list[str]]:
    """The file's records as the csv module reads them (the Ctrl-Z line dropped): the test's own view."""
    return [r for r in csv.reader(io.StringIO(raw(folder, name).decode(), newline="")) if r != ["\x1a"]]


def by_id(result: ImportResult) -> dict[str, Entity]:
    return {e.id: e for e in result.entities}


@pytest.fixture(scope="module")
def sdn2024() -> ImportResult:
    return load_sdn(gz(SDN_2024, "sdn.csv"), fetched=FETCHED)


@pytest.fixture(scope="module")
def sdn2021() -> ImportResult:
    return load_sdn(gz(SDN_2021, *SDN_FILES), fetched=FETCHED)


@pytest.fixture(scope="module")
def cons() -> ImportResult:
    return load_cons(gz(CONS, *CONS_FILES), fetched=FETCHED)


# -- the documented counts ----------------------------------------------------------------------

def test_sdn_2024_counts(sdn2024: ImportResult) -> None:
    entities = sdn2024.entities
    assert sdn2024.source == "ofac-sdn" and sdn2024.published is None and sdn2024.skipped == []
    assert len(entities) == 14_965
    assert Counter(e.type for e in entities) == {"person": 6_854, "organization": 6_884, "vessel": 851,
                                                 "aircraft": 376}
    assert len({e.id for e in entities}) == 14_965
    assert all(e.lists == ["ofac-sdn"] and e.id.startswith("ofac-sdn-") for e in entities)
    # SOURCES.md counts the Program field as written; 1,685 entries carry several programs
    assert Counter(" ".join(e.programs) for e in entities)["RUSSIA-EO14024"] == 4_274
    assert Counter(p for e in entities for p in e.programs)["RUSSIA-EO14024"] == 4_439
    assert sum(len(e.programs) > 1 for e in entities) == 1_685
    # no alt/add/comments for this date: aliases are the remarks' weak ones only
    assert {a.strength for e in entities for a in e.aliases} == {"weak"}
    assert not any(e.addresses for e in entities)


def test_sdn_2024_warnings_name_missing_files_and_cut_remarks(sdn2024: ImportResult) -> None:
    warnings = sdn2024.warnings
    assert "no alt.csv: aliases come only from the remarks" in warnings
    assert "no add.csv: the entities have no addresses" in warnings
    assert any(w.startswith("no sdn_comments.csv") for w in warnings)
    (cut,) = [w for w in warnings if "cut at 1,000" in w and w.startswith("sdn.csv")]
    assert cut.startswith("sdn.csv: 18 entries have remarks cut")


def test_one_shared_source(sdn2024: ImportResult, cons: ImportResult) -> None:
    assert len({id(e.sources[0]) for e in sdn2024.entities}) == 1      # one object, not 14,965 copies
    source = sdn2024.entities[0].sources[0]
    assert (source.title, source.url, source.as_of) == (
        "OFAC Specially Designated Nationals (SDN) list",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV", FETCHED)
    assert all(len(e.sources) == 1 for e in sdn2024.entities)
    source = cons.entities[0].sources[0]
    assert (source.title, source.url) == (
        "OFAC Consolidated Sanctions List (non-SDN)",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV")


def test_sdn_2021_counts(sdn2021: ImportResult) -> None:
    entities = sdn2021.entities
    assert sdn2021.skipped == [] and sdn2021.warnings == []
    assert len(entities) == 8_976
    assert Counter(e.type for e in entities) == {"person": 4_620, "organization": 3_673, "vessel": 406,
                                                 "aircraft": 277}
    strong = Counter(a.type for e in entities for a in e.aliases if a.strength == "strong")
    # alt.csv: 11,523 aka + 369 fka + 18 nka rows; 6 aka rows add nothing: 4 repeat the entry's
    # own primary name (ent 10594, 12609, 13369, 20125), 2 repeat another aka (ent 8407, 16448)
    assert strong == {"aka": 11_523 - 6, "former": 369, "now": 18}
    assert sum(len(e.aliases) for e in entities) == 11_517 + 369 + 18 + 2_417 + 24


def test_sdn_2021_every_alt_row_joins(sdn2021: ImportResult) -> None:
    entities = by_id(sdn2021)
    kinds = {"aka": "aka", "fka": "former", "nka": "now"}
    alt = rows(SDN_2021, "alt.csv")
    assert len(alt) == 11_910
    for ent, _, alt_type, name, _ in alt:
        entity = entities[f"ofac-sdn-{ent}"]
        assert name == entity.name or any(
            a.name == name and a.type == kinds[alt_type] and a.strength == "strong" for a in entity.aliases)


def test_sdn_2021_every_address_row_joins(sdn2021: ImportResult) -> None:
    expected: dict[str, list[Address]] = {}
    placeholders = 0
    add = rows(SDN_2021, "add.csv")
    assert len(add) == 13_837
    for ent, _, street, city, country, remarks in add:
        parts = [None if v == "-0- " else v for v in (street, city, country, remarks)]
        if not any(parts):
            placeholders += 1       # OFAC's "no known address" row
            continue
        expected.setdefault(f"ofac-sdn-{ent}", []).append(
            Address(street=parts[0], city=parts[1], country=parts[2], remarks=parts[3]))
    assert {e.id: e.addresses for e in sdn2021.entities if e.addresses} == expected
    assert placeholders == 2_397
    assert sum(len(e.addresses) for e in sdn2021.entities) == 13_837 - 2_397
    assert len({ent for ent, *_ in add}) == 8_976       # add.csv covers every entry


def test_cons_counts(cons: ImportResult) -> None:
    entities = cons.entities
    assert cons.source == "ofac-cons" and cons.skipped == [] and cons.warnings == []
    assert len(entities) == 442
    assert Counter(e.type for e in entities) == {"person": 79, "organization": 363}
    assert all(e.lists == ["ofac-cons"] and e.id.startswith("ofac-cons-") for e in entities)
    assert len(rows(CONS, "cons_alt.csv")) == 1_073
    strong = Counter(a.type for e in entities for a in e.aliases if a.strength == "strong")
    # 932 aka + 141 fka rows; 2 aka rows repeat their primary name (ent 18282, 18721)
    assert strong == {"aka": 930, "former": 141}
    assert sum(len(e.addresses) for e in entities) == 574 - 52     # 52 all -0- placeholder rows


def test_import_time_is_linear() -> None:
    """Catches quadratic work: the 15k-entry file takes about a second of CPU on a slow shared box."""
    start = time.process_time()          # CPU time: other jobs on the machine do not count
    load_sdn(gz(SDN_2024, "sdn.csv"), fetched=FETCHED)
    assert time.process_time() - start < 5


# -- hand-checked entries -----------------------------------------------------------------------

def test_banco_nacional_de_cuba(sdn2021: ImportResult) -> None:
    bnc = by_id(sdn2021)["ofac-sdn-306"]
    assert (bnc.name, bnc.type, bnc.programs) == ("BANCO NACIONAL DE CUBA", "organization", ["CUBA"])
    assert bnc.aliases == [Alias(name="NATIONAL BANK OF CUBA", type="aka", strength="strong"),
                           Alias(name="BNC", type="aka", strength="weak")]
    assert bnc.addresses == [
        Address(street="Zweierstrasse 35", city="Zurich CH-8022", country="Switzerland"),
        Address(street="Avenida de Concha Espina 8", city="Madrid E-28036", country="Spain"),
        Address(street="Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi, 2-chome, Chuo-ku", city="Tokyo 103",
                country="Japan"),
        Address(street="Federico Boyd Avenue & 51 Street", city="Panama City", country="Panama"),
    ]
    assert bnc.remarks == "a.k.a. 'BNC'."
    assert bnc.country is None          # four countries: no single one
    assert bnc.identifiers == {} and bnc.details == {}


def test_bnc_weak_alias_without_alt_csv(sdn2024: ImportResult) -> None:
    bnc = by_id(sdn2024)["ofac-sdn-306"]
    assert bnc.aliases == [Alias(name="BNC", type="aka", strength="weak")]


def test_vessel_with_imo_renamed_between_snapshots(sdn2021: ImportResult, sdn2024: ImportResult) -> None:
    # 2021: ent 4243 "SAND SWAN", f.k.a. ANA I; by 2024 renamed EBANO, f.k.a. both, flag Panama
    old = by_id(sdn2021)["ofac-sdn-4243"]
    assert (old.name, old.type) == ("SAND SWAN", "vessel")
    assert old.details == {"call_sign": "P3QG3", "vessel_type": "General Cargo", "tonnage": "2595",
                           "grt": "1116", "vessel_flag": "Cyprus",
                           "vessel_owner": "Sand & Swan Navigation Co. Ltd."}
    assert old.aliases == [Alias(name="ANA I", type="former", strength="weak")]
    assert old.addresses == []          # its one add.csv row is all -0-
    new = by_id(sdn2024)["ofac-sdn-4243"]
    assert (new.name, new.type, new.programs) == ("EBANO", "vessel", ["CUBA"])
    assert new.identifiers == {"imo": ["7406784"]}
    assert new.details == {"vessel_type": "General Cargo", "tonnage": "2595", "grt": "1865",
                           "vessel_flag": "Panama"}
    assert [(a.name, a.type, a.strength) for a in new.aliases] == [
        ("ANA I", "former", "weak"), ("SAND SWAN", "former", "weak")]


def test_individual(sdn2021: ImportResult) -> None:
    person = by_id(sdn2021)["ofac-sdn-10131"]
    assert (person.name, person.type, person.programs) == ("DOCKRAT, Farhad Ahmed", "person", ["SDGT"])
    assert [(a.name, a.type, a.strength) for a in person.aliases] == [
        ("DOCKRAT, Farhaad Ahmed", "aka", "strong"), ("DOCKRAT, Farhad Ahmad", "aka", "strong"),
        ("DOCKRAT, Farhad", "aka", "strong"), ("DOCKRAT, Ahmed", "aka", "strong"),
        ("DOCKRAT, Farhaad", "aka", "strong"), ("DOCRATE, Farhad", "aka", "strong"),
        ("DOCKRAT, Maulana Farhad", "aka", "strong"), ("DOCKRAT, F.", "aka", "weak")]
    assert person.addresses == [Address(street="386 Swanepoel Street, Erasmia", city="Pretoria",
                                        country="South Africa")]
    assert person.country == "ZA"
    # "Passport 446333407 (South Africa) expires 26 May 2014": the number only
    assert person.identifiers == {"passport": ["446333407"], "national_id": ["5902285162089/055"]}
    assert person.details == {"dates_of_birth": "28 Feb 1959", "places_of_birth": "Pretoria, South Africa",
                              "nationalities": "South Africa"}


def test_several_dates_of_birth_and_citizenships(sdn2021: ImportResult) -> None:
    person = by_id(sdn2021)["ofac-sdn-9340"]
    assert person.details["dates_of_birth"] == ("18 Mar 1961; 21 Apr 1945; 25 Jan 1947; 08 Feb 1955; "
                                                "03 Aug 1958; 08 Aug 1958")
    assert person.details["citizenships"] == "China; Cambodia"
    assert person.identifiers["passport"] == ["611657479", "2355009C"]
    assert person.identifiers["national_id"] == ["D489833(9)"]      # its own parentheses kept


def test_aircraft(sdn2024: ImportResult) -> None:
    plane = by_id(sdn2024)["ofac-sdn-15431"]
    assert (plane.name, plane.type, plane.programs) == ("EP-GOM", "aircraft", ["SDGT"])
    assert plane.identifiers == {"aircraft_msn": ["1023409321"]}
    assert plane.details == {"linked_to": "POUYA AIR"}


def test_programs_split(sdn2024: ImportResult) -> None:
    assert by_id(sdn2024)["ofac-sdn-28263"].programs == ["DPRK3", "CYBER2"]


def test_remarks_continue_in_comments(sdn2021: ImportResult, sdn2024: ImportResult) -> None:
    # sdn.csv cuts the remark in "a.k.a. 'snowsjo"; sdn_comments.csv goes on with "hn'; Linked To: ..."
    tian = by_id(sdn2021)["ofac-sdn-28263"]
    assert tian.remarks is not None
    assert tian.remarks.endswith("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.")
    assert [a.name for a in tian.aliases] == ["tianyinyin0404", "snowsjohn"]
    assert tian.details["linked_to"] == "LAZARUS GROUP"
    assert tian.identifiers["email"] == ["417136259@qq.com"]
    assert len(tian.identifiers["digital_currency_address"]) == 8
    # the cut falls mid-word: "PROMO RAI" + "Z S.A.S." is one name again
    assert "PROMO RAIZ S.A.S." in by_id(sdn2021)["ofac-sdn-12300"].details["linked_to"]
    # without the comments file the cut item is not guessed at
    cut = by_id(sdn2024)["ofac-sdn-28263"]
    assert [a.name for a in cut.aliases] == ["tianyinyin0404"]
    assert cut.remarks is not None and cut.remarks.endswith("a.k.a. 'snowsjo")


def test_huawei_on_the_cmic_list(cons: ImportResult) -> None:
    huawei = by_id(cons)["ofac-cons-30947"]
    assert (huawei.name, huawei.type, huawei.programs) == (
        "HUAWEI TECHNOLOGIES CO., LTD.", "organization", ["CMIC-EO13959"])
    # OFAC lists the holding company's name as an a.k.a. of the operating company
    assert huawei.aliases == [Alias(name="HUAWEI INVESTMENT & HOLDING CO LTD", type="aka", strength="strong")]
    assert huawei.identifiers == {"uscc": ["914403001922038216"]}
    assert huawei.addresses == [Address(street="Huawei Headquarter Office Building, Bantian, Longgang District",
                                        city="Guangdong, Shenzhen 518129", country="China")]
    assert huawei.country == "CN"
    holding = by_id(cons)["ofac-cons-32087"]
    assert holding.identifiers == {
        "isin": ["CND10003D0F9", "CND100035KT2", "CND10002K3Y6", "CND10002J7T0", "CND1000336F8", "CND1000439R5"],
        "uscc": ["91440300746645251H"]}
    assert holding.details == {"linked_to": "HUAWEI TECHNOLOGIES CO., LTD"}     # OFAC drops the final "."


def test_dji_on_the_cmic_list(cons: ImportResult) -> None:
    dji = by_id(cons)["ofac-cons-33111"]
    assert (dji.name, dji.programs, dji.aliases) == ("SZ DJI TECHNOLOGY CO., LTD.", ["CMIC-EO13959"], [])
    assert dji.identifiers == {"uscc": ["914403007954257495"]}
    assert dji.addresses == [Address(
        street="14 F, West Block of Skyworth Semiconductor Design Building, No. 18 Gaoxin South 4th Road, "
               "Nanshan District", city="Shenzhen, Guangdong 518057", country="China")]


def test_identifiers_across_the_list(sdn2024: ImportResult, cons: ImportResult) -> None:
    ids = Counter(k for e in sdn2024.entities for k, values in e.identifiers.items() for _ in values)
    assert ids["imo"] == 852 and ids["mmsi"] == 154 and ids["swift_bic"] == 162
    assert ids["uscc"] == 84 and ids["email"] == 294
    cons_ids = Counter(k for e in cons.entities for k, values in e.identifiers.items() for _ in values)
    assert cons_ids["isin"] == 162 and cons_ids["uscc"] == 58



def test_identifiers_from_the_remarks_continuation(cons: ImportResult) -> None:
    # the remark is cut in "'Effec" + "tive Date ..."; tax id, LEI and registration come after the cut
    bank = by_id(cons)["ofac-cons-17016"]
    assert (bank.name, bank.programs) == ("GAZPROMBANK JOINT STOCK COMPANY", ["UKRAINE-EO13662", "RUSSIA-EO14024"])
    assert bank.identifiers == {"swift_bic": ["GAZPRUMM"], "website": ["www.gazprombank.ru"],
                                "tax_id": ["7744001497"], "lei": ["253400WSS48YWMBUA688"],
                                "registration_number": ["1027700167110"]}
    assert bank.remarks is not None and "the 'Effective Date (EO 14024 Directive)' associated" in bank.remarks


def test_no_alias_repeats_the_primary_name(sdn2021: ImportResult, cons: ImportResult) -> None:
    for entity in sdn2021.entities + cons.entities:
        names = [" ".join(a.name.casefold().split()) for a in entity.aliases]
        assert len(names) == len(set(names))
        assert " ".join(entity.name.casefold().split()) not in names


# -- quirks and rejections, from the real files -------------------------------------------------

def write(tmp_path: Path, name: str, data: bytes) -> dict[str, Path]:
    path = tmp_path / name
    path.write_bytes(data)
    return {name: path}


def test_ctrl_z_and_plain_files(tmp_path: Path) -> None:
    data = raw(SDN_2021, "sdn.csv")
    assert data.endswith(b"\r\n\x1a")
    (tmp_path / "z").mkdir()
    (tmp_path / "plain").mkdir()
    with_z = load_sdn(write(tmp_path / "z", "sdn.csv", data), fetched=FETCHED)
    without_z = load_sdn(write(tmp_path / "plain", "sdn.csv", data[:-1]), fetched=FETCHED)
    assert len(with_z.entities) == len(without_z.entities) == 8_976
    assert with_z.skipped == without_z.skipped == []


def test_truncated_mid_field_names_file_and_line(tmp_path: Path) -> None:
    data = raw(SDN_2021, "sdn.csv")
    cut = data.index(b'"DOB 08 Jul 1978;')  + 10     # inside the quoted remark of line 100
    assert data[:cut].count(b"\n") + 1 == 100
    files = write(tmp_path, "sdn.csv", data[:cut])
    with pytest.raises(DataError, match=r"sdn\.csv, line 100: the last record is cut off \(an unterminated quote\)"):
        load_sdn(files, fetched=FETCHED)


def test_truncated_between_fields(tmp_path: Path) -> None:
    data = raw(SDN_2021, "sdn.csv")
    line_100 = data.index(b"4324,")
    cut = data.index(b'"SDNT",', line_100)       # ends '4324,"GALINDO ...","individual",'
    files = write(tmp_path, "sdn.csv", data[:cut])
    with pytest.raises(DataError, match=r"sdn\.csv, line 100: the last record is cut off \(4 fields, expected 12\)"):
        load_sdn(files, fetched=FETCHED)


def test_truncated_with_all_fields_but_no_line_end(tmp_path: Path) -> None:
    data = raw(CONS, "cons_prim.csv")
    assert data.endswith(b"'Sweet Micky'.\"\r\n\x1a")
    files = write(tmp_path, "cons_prim.csv", data[: -len(b"'.\"\r\n\x1a")] + b'"')   # 12 fields, cut short
    with pytest.raises(DataError, match=r"cons_prim\.csv, line 442: the file stops in the middle of a line"):
        load_cons(files, fetched=FETCHED)


def test_html_page_rejected(tmp_path: Path) -> None:
    page = b"\r\n<!DOCTYPE html>\r\n<html><head><title>503 Service Unavailable</title></head></html>\r\n"
    with pytest.raises(DataError, match=r"sdn\.csv, line 2: an HTML or XML page"):
        load_sdn(write(tmp_path, "sdn.csv", page), fetched=FETCHED)


@pytest.mark.parametrize("data", [b"", b"\x1a", b"\r\n\r\n"])
def test_empty_file_rejected(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DataError, match="empty"):
        load_sdn(write(tmp_path, "sdn.csv", data), fetched=FETCHED)


@pytest.mark.parametrize("header", [
    # trade.gov's Consolidated Screening List, a different 29-column format
    b"_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,"
    b"end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
    b"gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
    b"dates_of_birth,nationalities,places_of_birth,source_information_url,ids\r\n",
    # the right columns, but a header row OFAC does not write
    b"ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n",
])
def test_header_row_of_another_format_rejected(tmp_path: Path, header: bytes) -> None:
    files = write(tmp_path, "sdn.csv", header + raw(SDN_2021, "sdn.csv"))
    with pytest.raises(DataError, match=r"sdn\.csv, line 1: .*not an OFAC 12-column CSV file"):
        load_sdn(files, fetched=FETCHED)


def test_one_broken_record_is_skipped_and_counted(tmp_path: Path) -> None:
    lines = raw(SDN_2021, "sdn.csv").split(b"\r\n")
    assert lines[99].startswith(b"4324,")
    lines[99] = lines[99].replace(b"-0- ,", b"", 1)               # 11 fields
    lines[4999] = b"X" + lines[4999]                             # ent_num not a number
    result = load_sdn(write(tmp_path, "sdn.csv", b"\r\n".join(lines)), fetched=FETCHED)
    assert result.skipped == ["sdn.csv, line 100: 11 fields, expected 12",
                              f"sdn.csv, line 5000: ent_num 'X{lines[4999][1:].split(b',')[0].decode()}' "
                              "is not a whole number"]
    assert len(result.entities) == 8_976 - 2
    assert "ofac-sdn-4324" not in by_id(result)


def test_broken_quote_in_the_middle_is_skipped(tmp_path: Path) -> None:
    lines = raw(CONS, "cons_prim.csv").split(b"\r\n")
    lines[9] = lines[9].replace(b'","', b'"x","', 1)             # a stray quote inside a field
    result = load_cons(write(tmp_path, "cons_prim.csv", b"\r\n".join(lines)), fetched=FETCHED)
    assert len(result.skipped) == 1 and result.skipped[0].startswith("cons_prim.csv, line 10: broken quoting")
    assert len(result.entities) == 441


def test_many_broken_records_reject_the_file(tmp_path: Path) -> None:
    lines = raw(CONS, "cons_prim.csv").split(b"\r\n")
    for i in range(10, 20):
        lines[i] = lines[i].replace(b"-0- ,", b"", 1)
    with pytest.raises(DataError, match=r"cons_prim\.csv: 10 of 442 records are malformed"):
        load_cons(write(tmp_path, "cons_prim.csv", b"\r\n".join(lines)), fetched=FETCHED)


def test_duplicate_ent_num_is_skipped(tmp_path: Path) -> None:
    data = raw(CONS, "cons_prim.csv")
    first = data.split(b"\r\n", 1)[0]
    result = load_cons(write(tmp_path, "cons_prim.csv", data.replace(b"\x1a", first + b"\r\n\x1a")),
                       fetched=FETCHED)
    assert result.skipped == ["cons_prim.csv, line 443: ent_num 9639 again (first on line 1); "
                              "the first record is kept"]
    assert len(result.entities) == 442


def test_missing_alt_csv_is_a_warning(sdn2021: ImportResult) -> None:
    result = load_sdn(gz(SDN_2021, "sdn.csv", "add.csv", "sdn_comments.csv"), fetched=FETCHED)
    assert result.warnings == ["no alt.csv: aliases come only from the remarks"]
    assert len(result.entities) == 8_976
    assert {a.strength for e in result.entities for a in e.aliases} == {"weak"}
    assert by_id(result)["ofac-sdn-306"].addresses == by_id(sdn2021)["ofac-sdn-306"].addresses


def test_rows_joined_to_nothing_are_warned(tmp_path: Path) -> None:
    files = gz(CONS, "cons_prim.csv")
    alt = raw(CONS, "cons_alt.csv").replace(b"\x1a", b'99999,1,"aka","NOBODY",-0- \r\n\x1a')
    files |= write(tmp_path, "cons_alt.csv", alt)
    result = load_cons(files, fetched=FETCHED)
    assert "cons_alt.csv: 1 ent_num(s) join to no record of cons_prim.csv (e.g. 99999); their rows are not used" \
        in result.warnings
    assert result.skipped == []


def test_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    name = "\"HANIYA, Isma\u00efl\"".encode("cp1252")
    data = raw(CONS, "cons_prim.csv").replace(b'"HANIYA, Ismail Abdul Salah"', name)
    result = load_cons(write(tmp_path, "cons_prim.csv", data), fetched=FETCHED)
    assert result.warnings[0] == "cons_prim.csv: not UTF-8 (line 1); read as cp1252"
    assert by_id(result)["ofac-cons-9639"].name == "HANIYA, Isma\u00efl"


def test_utf8_names_are_kept(tmp_path: Path) -> None:
    data = raw(CONS, "cons_prim.csv").replace(b"HANIYA, Ismail Abdul Salah", "HANIYA, Isma\u00efl".encode())
    result = load_cons(write(tmp_path, "cons_prim.csv", data), fetched=FETCHED)
    assert by_id(result)["ofac-cons-9639"].name == "HANIYA, Isma\u00efl"
    assert not any("cp1252" in w for w in result.warnings)


def test_broken_optional_file_is_rejected_too(tmp_path: Path) -> None:
    files = gz(SDN_2021, "sdn.csv")
    add = raw(SDN_2021, "add.csv")
    files |= write(tmp_path, "add.csv", add[: add.index(b'"Zurich CH-8022"') + 4])
    with pytest.raises(DataError, match=r"add\.csv, line 3: the last record is cut off \(an unterminated quote\)"):
        load_sdn(files, fetched=FETCHED)


def test_file_names(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="the file sdn.csv is missing"):
        load_sdn(gz(SDN_2021, "alt.csv"), fetched=FETCHED)
    with pytest.raises(DataError, match=r"unknown file name\(s\) \['alt.csv'\]"):
        load_cons(gz(CONS, "cons_prim.csv") | gz(SDN_2021, "alt.csv"), fetched=FETCHED)
