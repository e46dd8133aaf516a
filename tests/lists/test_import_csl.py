"""The trade.gov CSL importer against the real April 2022 list, the damaged partial file and the 2025 sample."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import time
from collections import Counter
from pathlib import Path

import pytest

from compliance.errors import DataError
from compliance.lists.importers import csl
from compliance.lists.importers.base import ImportResult
from compliance.lists.models import Address, Alias, Entity

DATA = Path(__file__).resolve().parents[1] / "data" / "lists" / "csl"
FULL = DATA / "trade-gov-csl-2022-04" / "consolidated.csv.gz"
PARTIAL = DATA / "trade-gov-csl" / "csl.csv.gz"
SAMPLE = DATA / "trade-gov-csl" / "consolidated.csv"
JSON = DATA / "derived" / "consolidated.json"
FETCHED = dt.date(2022, 4, 22)

EL = "csl-el"
HUAWEI_LICENSE = (
    "For all items subject to the EAR, see §§ 736.2(b)(3)(vi), and 744.11 of the EAR, EXCEPT for technology "
    "subject to the EAR that is designated as EAR99, or controlled on the Commerce Control List for "
    "anti-terrorism reasons only, when released to members of a “standards organization” (see §772.1) for "
    "the purpose of contributing to the revision or development of a “standard” (see §772.1).")
VIDEO_POLICY = (
    "Case-by-case review for ECCNs 1A004.c, 1A004.d, 1A995, 1A999.a, 1D003, 2A983, 2D983, and 2E983, and for "
    "EAR99 items described in the Note to ECCN 1A995; case-by-case review for items necessary to detect, "
    "identify and treat infectious disease; and presumption of denial for all other items subject to the EAR.")


@pytest.fixture(scope="module")
def full() -> ImportResult:
    return csl.load({"consolidated.csv": FULL}, fetched=FETCHED)


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _write(path: Path, rows: list[dict[str, str]], header: list[str] | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header or list(csl.COLUMNS), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _named(result: ImportResult, name: str) -> list[Entity]:
    return [e for e in result.entities if e.name == name]


def _derived_id(code: str, name: str, country: str) -> str:
    key = f"{' '.join(name.casefold().split())}|{country.casefold()}"
    return f"csl-{code}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


# -- the full April 2022 list -----------------------------------------------------------------------------

def test_full_list_counts_per_source(full: ImportResult) -> None:
    assert full.source == "csl"
    assert len(full.entities) == 14_160
    assert Counter(e.lists[0] for e in full.entities) == {
        "csl-sdn": 10_026, "csl-el": 2_001, "csl-dtc": 727, "csl-dpl": 462, "csl-ssi": 290, "csl-uvl": 201,
        "csl-isn": 163, "csl-plc": 78, "csl-meu": 71, "csl-cmic": 68, "csl-cap": 53, "csl-mbs": 17, "csl-fse": 3,
    }
    assert len({e.id for e in full.entities}) == 14_160
    assert all(len(e.lists) == 1 for e in full.entities)
    assert full.published == dt.date(2022, 4, 21)
    assert full.skipped == []


def test_bad_dates_are_left_out_with_a_warning(full: ImportResult) -> None:
    assert full.warnings == [
        "consolidated.csv.gz, line 1753: start_date '0097-06-30' is not a valid date; left out",
        "consolidated.csv.gz, line 1754: start_date '0097-06-30' is not a valid date; left out",
        "consolidated.csv.gz, line 9906: start_date '0017-05-26' is not a valid date; left out",
    ]
    # the record is kept, without the date
    oriental = {e.federal_register[0]: e for e in _named(full, "Oriental Engineers")}
    assert oriental["82 FR 24245"].listed_since == {}
    assert oriental["82 FR 24242"].listed_since == {EL: dt.date(2017, 5, 26)}


def test_huawei_entity_list_rows(full: ImportResult) -> None:
    rows = _named(full, "Huawei Technologies Co., Ltd. (Huawei)")
    base = _derived_id("el", "Huawei Technologies Co., Ltd. (Huawei)", "CN")
    # three rows share name and country: suffixes go by address text, not by file order
    assert sorted(e.id for e in rows) == [base, f"{base}-2", f"{base}-3"]
    by_id = {e.id: e for e in rows}
    assert by_id[base].addresses[0] == Address(street="Bantian Huawei Base, Longgang District, Shenzhen, 518129",
                                               country="CN")
    assert by_id[f"{base}-2"].addresses[0].street == "No. 1899 Xi Yuan Road, High-Tech West District, Chengdu, 611731"
    assert by_id[f"{base}-3"].addresses == [Address(street="Tsim Sha Tsui, Kowloon", country="CN")]

    hq = by_id[base]
    assert hq.type == "organization"
    assert hq.lists == [EL]
    assert hq.listed_since == {EL: dt.date(2019, 5, 21)}
    assert hq.listed_until == {}
    assert hq.aliases == [Alias(name="Shenzhen Huawei Technologies", type="aka"),
                          Alias(name="Huawei Technology", type="aka")]
    assert hq.federal_register == ["84 FR 22963", "84 FR 43495", "85 FR 29853", "85 FR 36720", "85 FR 51603"]
    assert hq.license_requirement == HUAWEI_LICENSE
    assert hq.license_policy == "Presumption of denial"
    assert hq.details == {"_id": "d05d55fa214aff19c1eb3270d54905e4e362d445",
                          "source_list_url": "http://bit.ly/1L47xrV", "source_information_url": "http://bit.ly/1L47xrV"}
    assert hq.sources[0].title == "Consolidated Screening List (trade.gov)"
    assert hq.sources[0].as_of == FETCHED


def test_hikvision_entity_list_row(full: ImportResult) -> None:
    [hik] = _named(full, "Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert hik.id == _derived_id("el", "Hangzhou Hikvision Digital Technology Co., Ltd.", "CN")
    assert hik.listed_since == {EL: dt.date(2019, 10, 9)}
    assert hik.aliases == [Alias(name="Hikvision", type="aka")]
    assert hik.addresses == [
        Address(street="No. 555 Qianmo Road, Binjiang District, Hangzhou, 310052", country="CN"),
        Address(street="23rd Floor, Block A, Yingke Plaza, No. 217 Gaoxin Street, Gaoxin District, Urumqi",
                country="CN"),
        Address(street="700 Dongliu Road, Binjiang District, Hanzhou", country="CN"),
    ]
    assert hik.federal_register == ["84 FR 54002", "85 FR 44159"]
    assert hik.license_requirement == "For all items subject to the EAR.  (See §744.11 of the EAR)"
    assert hik.license_policy == VIDEO_POLICY
    assert hik.programs == []
    assert hik.remarks is None


def test_dahua_entity_list_row_and_its_dpl_namesake(full: ImportResult) -> None:
    [dahua] = _named(full, "Dahua Technology")
    assert dahua.lists == [EL]
    assert dahua.listed_since == {EL: dt.date(2019, 10, 9)}
    assert dahua.aliases == []
    # the "?" is in the source (a lost apostrophe: Bin'an Road), kept as written
    assert [a.text() for a in dahua.addresses] == [
        "807, Block A, Meike Building No. 506, Beijing South Road, New City, Xinjiang, Urumqi, CN",
        "1199 Bin?an Road, Binjiang High-tech Zone,, Hangzhou, CN",
        "6/F, Block A, Dacheng Erya, Huizhan Avenue, Urumqi, CN",
        "No. 1187, Bin'an Road, Binjiang District, Hangzhou, Zhejiang, CN",
    ]
    assert dahua.federal_register == ["84 FR 54002", "85 FR 44159"]
    assert dahua.license_policy == VIDEO_POLICY
    # a different company on the Denied Persons List: no country in its address, dates both ways
    [electronics] = _named(full, "DAHUA ELECTRONICS CORPORATION")
    assert electronics.lists == ["csl-dpl"]
    assert electronics.id == _derived_id("dpl", "DAHUA ELECTRONICS CORPORATION", "")
    assert electronics.addresses == [Address(street="134-12 59HT AVENUE, FLUSHING, NY, 11355")]
    assert electronics.listed_since == {"csl-dpl": dt.date(2017, 9, 28)}
    assert electronics.listed_until == {"csl-dpl": dt.date(2025, 11, 19)}
    assert electronics.federal_register == ["82 FR 46480"]
    assert electronics.details["standard_order"] == "Y"


def test_treasury_records_keep_the_entity_number(full: ImportResult) -> None:
    by_id = {e.id: e for e in full.entities}
    vessel = by_id["csl-sdn-15903"]
    assert (vessel.name, vessel.type, vessel.programs) == ("DANIEL", "vessel", ["IRAN"])
    # 2022 writes ids as "number, type" (the JSON keys in alphabetical order): facts go to details
    assert vessel.identifiers == {"Vessel Registration Identification": ["IMO 9569683"]}
    assert vessel.details["call_sign"] == "5IM656"
    assert vessel.details["vessel_owner"] == "NITC"
    assert vessel.details["Former Vessel Flag"] == "Tanzania"
    assert vessel.details["Additional Sanctions Information"] == "Subject to Secondary Sanctions"
    person = by_id["csl-sdn-18963"]
    assert person.type == "person"
    assert person.identifiers == {"Passport": ["515458008", "8200203535"]}
    assert person.addresses == [Address(country="TR"), Address(country="SY")]
    assert person.details["dates_of_birth"] == "1974-11-24"
    # the CAP list has the same record twice
    assert by_id["csl-cap-15268"].name == by_id["csl-cap-15268-2"].name == "BANK OF KUNLUN CO LTD"
    assert by_id["csl-cap-15268"].identifiers == {"SWIFT/BIC": ["CKLBCNBJ"]}


def test_a_semicolon_inside_one_address_does_not_split_it(full: ImportResult) -> None:
    [aero] = _named(full, "Advanced Engineering Research Organization (AERO)")
    assert [a.country for a in aero.addresses] == ["PK"]
    assert aero.addresses[0].street is not None and aero.addresses[0].street.startswith(
        "Lub Thatoo Hazara Road, The Taxila district; and 53/2 26th Street")
    [quds] = _named(full, "AL-QUDS INTERNATIONAL FOUNDATION")
    assert quds.addresses == [Address(street="Hamra Street, Saroulla Building, 11th Floor; "
                                             "P.O. Box Beirut-Hamra 113/5647, Beirut", country="LB")]


def test_the_full_list_imports_well_under_three_seconds() -> None:
    # CPU time, not wall time: other jobs on a shared test machine must not make this fail
    start = time.process_time()
    result = csl.load({"consolidated.csv": FULL}, fetched=FETCHED)
    elapsed = time.process_time() - start
    assert len(result.entities) == 14_160
    assert elapsed < 2.5, f"{elapsed:.2f} s of CPU"


# -- ids that survive amendments -------------------------------------------------------------------------

def test_an_entity_list_id_stays_when_bis_amends_the_entry(tmp_path: Path) -> None:
    rows = [r for r in _rows(FULL) if "Huawei" in r["name"] or "Hikvision" in r["name"]]
    original = csl.load({"consolidated.csv": _write(tmp_path / "before.csv", rows)}, fetched=FETCHED)

    amended = []
    for row in reversed(rows):          # another order, too: the -2/-3 suffixes must not depend on it
        row = dict(row)
        if row["source"].startswith("Entity List"):
            row["federal_register_notice"] += ", 87 FR 99999"
            row["alt_names"] = "; ".join(filter(None, [row["alt_names"], "A New Alias"]))
            # ITA's _id hashes name + FR citation, so it changes with the amendment
            row["_id"] = hashlib.sha224((row["name"].lower() + row["federal_register_notice"]).encode()).hexdigest()
        amended.append(row)
    after = csl.load({"consolidated.csv": _write(tmp_path / "after.csv", amended)}, fetched=FETCHED)

    def key(e: Entity) -> tuple[str, str]:
        return e.name, "; ".join(a.text() for a in e.addresses)

    before_ids = {key(e): e.id for e in original.entities}
    after_ids = {key(e): e.id for e in after.entities}
    assert len(before_ids) == len(rows) > 20
    assert after_ids == before_ids
    [hik] = _named(after, "Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert hik.federal_register[-1] == "87 FR 99999"
    assert [a.name for a in hik.aliases] == ["Hikvision", "A New Alias"]
    assert hik.details["_id"] != _named(original, "Hangzhou Hikvision Digital Technology Co., Ltd.")[0].details["_id"]


# -- damaged and wrong files -----------------------------------------------------------------------------

def test_the_partial_file_is_rejected_as_truncated() -> None:
    with pytest.raises(DataError) as err:
        csl.load({"consolidated.csv": PARTIAL}, fetched=dt.date(2023, 11, 30))
    assert str(PARTIAL) in str(err.value)
    assert "line 4233: the file ends inside a record (8 of 29 fields): the download is cut off" in str(err.value)


def test_the_partial_file_with_tolerate_truncation() -> None:
    result = csl.load({"consolidated.csv": PARTIAL}, fetched=dt.date(2023, 11, 30), tolerate_truncation=True)
    assert len(result.entities) == 4_226
    assert result.skipped == ["csl.csv.gz, line 4233: the file ends inside a record (8 of 29 fields): "
                              "the download is cut off; record skipped"]
    assert result.warnings == ["csl.csv.gz, line 2: the header line again; skipped"]
    assert Counter(e.lists[0] for e in result.entities) == {
        "csl-sdn": 1_737, "csl-el": 919, "csl-dpl": 577, "csl-ssi": 288, "csl-uvl": 186, "csl-isn": 144,
        "csl-dtc": 142, "csl-plc": 78, "csl-meu": 71, "csl-cmic": 68, "csl-mbs": 14, "csl-fse": 1, "csl-cap": 1,
    }
    assert len({e.id for e in result.entities}) == 4_226
    # the 2023 file writes ids as "type, number, country"
    [telecom] = _named(result, "China Telecom Corporation Limited")
    assert telecom.identifiers["Unified Social Credit Code (USCC)"] == ["9111000071093019X7"]
    assert telecom.identifiers["ISIN"][0] == "US1694261033"
    assert telecom.details["Listing Date (CMIC)"] == "2021-06-03"


def _cut_file(tmp_path: Path, tail: str) -> Path:
    """Two complete records of the real list and then ``tail``: the start of a third record."""
    path = _write(tmp_path / "consolidated.csv", _rows(SAMPLE)[:2])
    with path.open("a", encoding="utf-8", newline="") as f:
        f.write(tail)
    return path


def test_a_last_record_with_too_few_fields_is_a_truncation(tmp_path: Path) -> None:
    path = _cut_file(tmp_path, '"11474","Specially Designated Nationals (SDN) - Treasury Department","11474"\r\n')
    with pytest.raises(DataError, match=r"consolidated.csv, line 4: the file ends inside a record \(3 of 29"):
        csl.load({"consolidated.csv": path}, fetched=FETCHED)
    result = csl.load({"consolidated.csv": path}, fetched=FETCHED, tolerate_truncation=True)
    assert len(result.entities) == 2
    assert result.skipped == ["consolidated.csv, line 4: the file ends inside a record (3 of 29 fields): "
                              "the download is cut off; record skipped"]


def test_a_file_cut_inside_a_quoted_field_is_a_truncation(tmp_path: Path) -> None:
    path = _cut_file(tmp_path, '"11474","Specially Designated Nationals (SDN) - Treasury Department","114')
    with pytest.raises(DataError, match=r"line 4: the file ends inside a record \(3 of 29 fields\)"):
        csl.load({"consolidated.csv": path}, fetched=FETCHED)
    # the last field cut: all 29 fields there, but the quote never closes
    [complete] = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if "RIM, Ryong Nam" in line]
    assert complete.endswith('section 510.214"')
    path = _cut_file(tmp_path, complete[:-10])
    with pytest.raises(DataError, match=r"line 4: the file ends inside a record \(29 of 29 fields\)"):
        csl.load({"consolidated.csv": path}, fetched=FETCHED)


def test_a_malformed_record_in_the_middle_is_skipped(tmp_path: Path) -> None:
    path = _cut_file(tmp_path, '"1","Specially Designated Nationals (SDN) - Treasury Department","1"\r\n')
    with path.open("a", encoding="utf-8", newline="") as f:
        f.write(SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[3])
    result = csl.load({"consolidated.csv": path}, fetched=FETCHED)
    assert len(result.entities) == 3
    assert result.skipped == ["consolidated.csv, line 4: 3 fields, expected 29"]


def test_wrong_columns_are_named(tmp_path: Path) -> None:
    rows = _rows(SAMPLE)
    header = [c for c in csl.COLUMNS if c != "ids"] + ["countries"]
    for row in rows:
        row["countries"] = row.pop("ids")
    path = _write(tmp_path / "consolidated.csv", rows, header)
    with pytest.raises(DataError) as err:
        csl.load({"consolidated.csv": path}, fetched=FETCHED)
    assert str(path) in str(err.value)
    assert "missing ids" in str(err.value)
    assert "unexpected countries" in str(err.value)


@pytest.mark.parametrize("name, content, message", [
    ("consolidated.csv", "<!DOCTYPE html>\n<html><body>Service Unavailable</body></html>\n", "an HTML or XML page"),
    ("consolidated.csv", '"12345","-0- ","individual"\n', "the header is not the CSL CSV's 29 columns"),
    ("consolidated.csv", "\n\n", "file is empty"),
    ("consolidated.json", '{"results": [{"name": "x", "source": "y"}', r"line 1, column \d+: not valid JSON"),
    ("consolidated.json", '{"total": 0}', "expected a list of records"),
    ("consolidated.json", '[{"name": "Huawei"}]', "record 1: not a CSL record"),
])
def test_not_a_csl_file(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        csl.load({name: path}, fetched=FETCHED)
    assert str(path) in str(err.value)


def test_an_unknown_source_or_type_skips_the_record(tmp_path: Path) -> None:
    rows = _rows(SAMPLE)
    rows[0]["source"] = "Made-up Screening List (MUL) - Department of Nothing"
    rows[1]["type"] = "Spaceship"
    rows[2]["name"] = " "
    result = csl.load({"consolidated.csv": _write(tmp_path / "consolidated.csv", rows)}, fetched=FETCHED)
    assert len(result.entities) == len(rows) - 3
    assert result.skipped == [
        "consolidated.csv, line 2: unknown source list 'Made-up Screening List (MUL) - Department of Nothing'",
        "consolidated.csv, line 3: unknown type 'Spaceship'",
        "consolidated.csv, line 4: no name",
    ]


def test_file_names_are_checked() -> None:
    with pytest.raises(DataError, match="unknown file name"):
        csl.load({"sdn.csv": SAMPLE}, fetched=FETCHED)
    with pytest.raises(DataError, match="expected one of consolidated.csv, consolidated.json"):
        csl.load({}, fetched=FETCHED)


# -- the 2025 sample and the JSON form -------------------------------------------------------------------

def test_the_2025_sample() -> None:
    result = csl.load({"consolidated.csv": SAMPLE}, fetched=dt.date(2025, 6, 25))
    assert (len(result.entities), result.skipped, result.warnings) == (13, [], [])
    assert result.published == dt.date(2023, 7, 19)
    by_id = {e.id: e for e in result.entities}
    rim = by_id["csl-sdn-52291"]
    assert rim.identifiers == {"Passport": ["836238033"]}
    assert rim.details["Gender"] == "Male"
    assert rim.details["Secondary sanctions risk"] == "North Korea Sanctions Regulations, sections 510.201 and 510.210"
    assert rim.addresses == [Address(street="Shenyang", country="CN"), Address(street="Pyongyang", country="KP")]
    [cetc] = [e for e in result.entities if e.lists == [EL]]
    assert cetc.addresses[0].country == "CN"
    assert len(cetc.addresses) == 1        # "…, China; and 21 Changsheng Street, …, CN" is one address


def _comparable(entity: Entity) -> dict[str, object]:
    data = entity.model_dump()
    data["addresses"] = [a.text() for a in entity.addresses]
    return data


def test_json_and_csv_of_the_same_records_give_equal_entities(tmp_path: Path) -> None:
    records = json.loads(JSON.read_text(encoding="utf-8"))["results"]
    assert len(records) == 9
    from_json = csl.load({"consolidated.json": JSON}, fetched=FETCHED)

    wanted: dict[str, list[dict[str, str]]] = {}
    for row in _rows(FULL):
        wanted.setdefault(row["_id"], []).append(row)
    rows, used = [], Counter[str]()
    for record in records:
        rows.append(wanted[record["_id"]][used[record["_id"]]])
        used[record["_id"]] += 1
    from_csv = csl.load({"consolidated.csv": _write(tmp_path / "consolidated.csv", rows)}, fetched=FETCHED)

    assert (from_json.skipped, from_csv.skipped) == ([], [])
    assert [_comparable(e) for e in from_json.entities] == [_comparable(e) for e in from_csv.entities]
    assert [e.id for e in from_json.entities][-2:] == ["csl-cap-15268", "csl-cap-15268-2"]
    # the JSON keeps the parts of an address apart
    hik = from_json.entities[0]
    assert hik.addresses[0] == Address(street="No. 555 Qianmo Road, Binjiang District", city="Hangzhou",
                                       postal_code="310052", country="CN")
    assert from_json.entities[6].identifiers == {"Unified Social Credit Code (USCC)": ["91110000MA005UCQ5P"]}


def test_json_as_a_bare_list_and_gzipped(tmp_path: Path) -> None:
    records = json.loads(JSON.read_text(encoding="utf-8"))["results"]
    path = tmp_path / "consolidated.json.gz"
    path.write_bytes(gzip.compress(json.dumps(records).encode("utf-8")))
    bare = csl.load({"consolidated.json": path}, fetched=FETCHED)
    wrapped = csl.load({"consolidated.json": JSON}, fetched=FETCHED)
    assert bare.entities == wrapped.entities
