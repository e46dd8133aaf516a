"""Write consolidated.json: nine real CSL records in the JSON download's shape (deterministic).

No real CSL JSON download is available, so this takes nine records of the April 2022 CSV
(``../trade-gov-csl-2022-04/consolidated.csv.gz``) and writes them the way the JSON API gives them
(``{"results": [...]}``; lists for alt_names, programs, the birth and nationality fields; addresses as
``{address, city, state, postal_code, country}``; ids as ``{type, number, country, issue_date,
expiration_date}``; null for empty values). The scalar fields are copied as they are. The CSV joins
the parts of an address and of an identifier with ", ", so the split into JSON fields is written
out here by hand from the raw rows (``ADDRESSES`` and ``IDS``), independently of the importer.

Run: python tests/data/lists/csl/derived/make_consolidated_json.py
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV = HERE.parent / "trade-gov-csl-2022-04" / "consolidated.csv.gz"

#: (_id, line of the record in the CSV): the CAP record 15268 stands twice in the file
PICKED = [
    ("f095626c9f8becc70b5948507fb6de6e443b257a", None),   # EL: Hangzhou Hikvision
    ("f815c2f5d7df676ca06b13337af8d887fb71ef80", None),   # EL: AERO, three sites in one address field
    ("9d575b755f97b8e5e97a297c95fdc3a197a16fe8", None),   # DPL: DAHUA ELECTRONICS CORPORATION
    ("18963", None),                                      # SDN individual: passports with issue dates
    ("15903", None),                                      # SDN vessel: IMO number, former flag
    ("15493", None),                                      # SDN entity: "; " inside its address
    ("30902", None),                                      # CMIC: USCC and CMIC dates
    ("15268", 0), ("15268", 1),                           # CAP: the same record twice
]
LIST_FIELDS = ("alt_names", "programs", "citizenships", "dates_of_birth", "nationalities", "places_of_birth")


def _address(street: str | None, city: str | None, state: str | None, postal: str | None,
             country: str | None) -> dict[str, str | None]:
    return {"address": street, "city": city, "state": state, "postal_code": postal, "country": country}


def _id(kind: str, number: str, country: str | None = None, issue: str | None = None) -> dict[str, str | None]:
    return {"type": kind, "number": number, "country": country, "issue_date": issue, "expiration_date": None}


ADDRESSES = {
    "f095626c9f8becc70b5948507fb6de6e443b257a": [
        _address("No. 555 Qianmo Road, Binjiang District", "Hangzhou", None, "310052", "CN"),
        _address("23rd Floor, Block A, Yingke Plaza, No. 217 Gaoxin Street, Gaoxin District", "Urumqi", None, None,
                 "CN"),
        _address("700 Dongliu Road, Binjiang District", "Hanzhou", None, None, "CN"),
    ],
    "f815c2f5d7df676ca06b13337af8d887fb71ef80": [
        _address("Lub Thatoo Hazara Road, The Taxila district; and 53/2 26th Street, near Badara Commercial Area "
                 "Phase 5 Extension, DHA Karachi, Pakistan; and House No. 334, Street No. 102, Sector I-8/4, near "
                 "Pakkeeza Market, Islamabad", "Rawalpindi", None, None, "PK"),
    ],
    "9d575b755f97b8e5e97a297c95fdc3a197a16fe8": [_address("134-12 59HT AVENUE", "FLUSHING", "NY", "11355", None)],
    "18963": [_address(None, None, None, None, "TR"), _address(None, None, None, None, "SY")],
    "15903": [],
    "15493": [_address("Hamra Street, Saroulla Building, 11th Floor; P.O. Box Beirut-Hamra 113/5647", "Beirut",
                       None, None, "LB")],
    "30902": [_address("5 Landianchang South Road Haidian District", "Beijing", None, "100097", "CN")],
    "15268": [
        _address("172 Xibin Rd, Ranghulu District, (Daqing, Heilongjiang Branch)", "Daqing", None, "163453", "CN"),
        _address("9 Dongzhimen North Street, Dongcheng District, (Head Office)", "Beijing", None, "100007", "CN"),
        _address("No. 7 Century Ave, (Registered Office), Xinjiang", "Karamay", None, "834000", "CN"),
        _address("No. 68 Zhongya South Rd, Economic and Technological Development Zone, (Urumqi, Xinjiang Branch)",
                 "Urumqi", None, "830026", "CN"),
    ],
}
IDS = {
    "18963": [_id("Passport", "515458008", "RU", "2017-05-30"), _id("Passport", "8200203535", "RU")],
    "15903": [_id("Vessel Registration Identification", "IMO 9569683"),
              _id("Additional Sanctions Information -", "Subject to Secondary Sanctions"),
              _id("Former Vessel Flag", "Tanzania")],
    "15493": [_id("Website", "www.alquds-online.org"), _id("Email Address", "institution@alquds-online.org"),
              _id("Email Address", "alquds_institution@yahoo.com"), _id("Email Address", "info@alquds-city.com")],
    "30902": [_id("Unified Social Credit Code (USCC)", "91110000MA005UCQ5P", "CN"),
              _id("Effective Date (CMIC)", "02 Aug 2021"), _id("Listing Date (CMIC)", "03 Jun 2021"),
              _id("Purchase/Sales For Divestment Date (CMIC)", "03 Jun 2022"),
              _id("Target Type", "State-Owned Enterprise")],
    "15268": [_id("SWIFT/BIC", "CKLBCNBJ")],
}


def main() -> None:
    text = gzip.decompress(CSV.read_bytes()).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    results = []
    for key, nth in PICKED:
        matches = [row for row in rows if row["_id"] == key]
        row = matches[nth or 0]
        record: dict[str, object] = {}
        for column, value in row.items():
            value = value.strip()
            if column in LIST_FIELDS:
                record[column] = [v.strip() for v in value.split(";") if v.strip()] if value else []
            else:
                record[column] = value or None
        record["addresses"] = ADDRESSES[key]
        record["ids"] = IDS.get(key, [])
        results.append(record)
    out = HERE / "consolidated.json"
    out.write_text(json.dumps({"results": results}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(results)} records)")


if __name__ == "__main__":
    main()
