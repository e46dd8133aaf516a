"""The trade.gov Consolidated Screening List (CSV or JSON download) as validated Entity records.

The CSL merges 13 export-screening lists of Commerce (EL, DPL, UVL, MEU), State (DTC, ISN) and
Treasury (SDN, SSI, FSE, CAP, CMIC, MBS, PLC). One record is one entity, on the list
``csl-{code}`` where code is the short code in the record's ``source`` name ("Entity List (EL) -
Bureau of Industry and Security" -> ``csl-el``).

Ids: Treasury records keep OFAC's entity number (``csl-sdn-12345``). The other lists' ``_id`` is a
hash of the name and the Federal Register citation (ITA's ``csl-importers``, ``el_data.py``), so it
changes whenever BIS or State amend an entry; their id is instead derived from the name and the
country of the first address (``csl-el-`` + 12 hex digits of SHA-256), and records that share it
are told apart by a suffix (-2, -3) given in the order of their addresses, dates and programs.

What is rejected (``DataError`` naming the file and line: the whole import stops, fail closed):

- a file that is empty, not UTF-8, an HTML/XML page, or JSON that does not parse;
- a CSV header that is not the CSL's 29 columns (the message names the missing and unexpected ones);
- a CSV file cut off: it ends inside a quoted field, or its last record has too few fields (a
  truncated download). ``tolerate_truncation=True`` skips that last record instead;
- more malformed records than one in a hundred (at least 5): the structure is wrong, not one record.

What is skipped and counted in ``ImportResult.skipped`` ("consolidated.csv, line 123: reason"): one
malformed record among many, a record of an unknown source list or type, a record without a name.

What is a warning: a repeated header line (the partial csl.csv has its header twice), a date that
is not a date (``0017-05-26``: the field is left out, the record kept).

``ImportResult.published`` is the newest ``start_date`` that is not after the fetch date.

CSV addresses are ``address, city, state, postal_code, country`` joined with ", " with the empty
parts left out, and the street holds commas too: only the trailing ISO country code can be told
apart, the rest is kept whole in ``Address.street``. The JSON keeps the parts apart.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from compliance.errors import DataError
from compliance.lists.importers.base import ImportResult, read_bytes
from compliance.gctune import gc_paused
from compliance.lists.importers.common import (
    ISO_DATE,
    add_entities,
    aliases,
    collapse,
    decode,
    federal_register,
    html_page,
    parse_date,
    read_delimited,
    slug,
    stable_hash,
)
from compliance.lists.models import Address, Source

SOURCE = "csl"
TITLE = "Consolidated Screening List (trade.gov)"
URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"

COLUMNS = (
    "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
    "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
    "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
    "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
    "nationalities", "places_of_birth", "source_information_url", "ids",
)
#: columns kept as they are in Entity.details (when not empty)
DETAIL_COLUMNS = (
    "_id", "entity_number", "title", "standard_order", "call_sign", "vessel_type", "gross_tonnage",
    "gross_registered_tonnage", "vessel_flag", "vessel_owner", "citizenships", "dates_of_birth",
    "nationalities", "places_of_birth", "source_list_url", "source_information_url",
)

#: the short code in parentheses in a source name -> our list code (ITA has written both forms)
_CODES = {
    "SDN": "sdn", "EL": "el", "MEU": "meu", "UVL": "uvl", "DPL": "dpl", "ISN": "isn", "DTC": "dtc",
    "CMIC": "cmic", "NS-CMIC": "cmic", "SSI": "ssi", "PLC": "plc", "NS-PLC": "plc", "FSE": "fse",
    "CAP": "cap", "CAPTA": "cap", "MBS": "mbs", "NS-MBS": "mbs",
}
#: Treasury lists: ``entity_number`` is OFAC's stable ent_num
TREASURY = frozenset({"sdn", "ssi", "fse", "cap", "cmic", "mbs", "plc"})
_CODE_IN_NAME = re.compile(r"\(([A-Z][A-Z-]*?)(?: List)?\)")
_TYPES = {"": "organization", "entity": "organization", "individual": "person", "vessel": "vessel",
          "aircraft": "aircraft"}

#: OFAC feature types in ``ids`` that are facts about the party, not identifiers: they go to details
_FACT_TYPES = frozenset({
    "Gender", "Website", "Email Address", "Phone Number", "Target Type", "Issuer Name", "Aircraft Model",
    "Aircraft Operator", "Nationality of Registration", "Registration Country", "Former Vessel Flag",
    "Other Vessel Type", "Other Vessel Flag", "Other Vessel Call Sign", "Organization Type",
    "Executive Order 14024 Directive Information",
})
_ISO2 = re.compile(r"[A-Z]{2}")
_DIGIT = re.compile(r"\d")
#: "84 FR 22963", "67 F.R. 56530", "81.F.R. 22576": volume and page of a Federal Register citation


def load(files: Mapping[str, Path], *, fetched: dt.date, tolerate_truncation: bool = False) -> ImportResult:
    """The CSL from ``consolidated.csv`` or ``consolidated.json`` (either may end in ``.gz``).

    ``tolerate_truncation``: skip a last record cut off by a truncated download (reported in
    ``skipped``) instead of rejecting the file.
    """
    known = ("consolidated.csv", "consolidated.json")
    unknown = sorted(set(files) - set(known))
    given = [name for name in known if name in files]
    if unknown or len(given) != 1:
        problem = f"unknown file name(s) {unknown}" if unknown else f"got {sorted(files) or 'no files'}"
        raise DataError(f"{SOURCE}: {problem}; expected one of {', '.join(known)}")
    path = files[given[0]]
    result = ImportResult(source=SOURCE, entities=[])
    text = decode(path, read_bytes(path))
    with gc_paused():
        if given[0].endswith(".json"):
            records = _json_records(path, text)
        else:
            records = _csv_records(path, text, result, tolerate_truncation)
        _build(records, fetched, result)
    return result


# -- one record, whatever the file format ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Record:
    where: str                    # "consolidated.csv, line 12" / "consolidated.json, record 3"
    text: Mapping[str, str]       # the scalar fields, stripped ("" when empty)
    alt_names: list[str]
    addresses: list[Address]
    programs: list[str]
    ids: list[tuple[str, str]]    # (type, value); type "" when the source gives none


@dataclass(frozen=True, slots=True)
class _Built:
    record: _Record
    base_id: str
    data: dict[str, Any]                # Entity fields; id and sources are added once ids are unique


class _Skip(Exception):
    """A record that cannot become an entity; the reason goes to ImportResult.skipped."""


def _build(records: Iterable[_Record], fetched: dt.date, result: ImportResult) -> None:
    source = Source(title=TITLE, url=URL, as_of=fetched)
    built: list[_Built] = []
    newest: dt.date | None = None
    for record in records:
        try:
            item = _entity(record, result)
        except _Skip as exc:
            result.skipped.append(f"{record.where}: {exc}")
            continue
        built.append(item)
        since = next(iter(item.data["listed_since"].values()), None)
        if since is not None and since <= fetched and (newest is None or since > newest):
            newest = since
    result.published = newest
    add_entities(result, [(b.record.where, b.base_id, b.data) for b in built], source,
                 lambda i: _collision_key(built[i].record))


def _entity(record: _Record, result: ImportResult) -> _Built:
    t = record.text
    code = source_code(t["source"])
    if code is None:
        raise _Skip(f"unknown source list {t['source'][:120]!r}")
    kind = _TYPES.get(t["type"].lower())
    if kind is None:
        raise _Skip(f"unknown type {t['type'][:40]!r}")
    name = collapse(t["name"])
    if len(name) < 2:
        raise _Skip("no name")
    list_id = f"csl-{code}"

    number = t["entity_number"] or t["_id"]
    if code in TREASURY and number:
        base_id = f"{list_id}-{slug(number)}"
    else:
        country = (record.addresses[0].country or "") if record.addresses else ""
        base_id = f"{list_id}-{stable_hash(name, country)}"

    identifiers: dict[str, list[str]] = defaultdict(list)
    facts: dict[str, list[str]] = defaultdict(list)
    for id_type, value in record.ids:
        label = id_type.rstrip(" -:")
        if not id_type:
            facts["ids"].append(value)
        elif id_type.endswith((":", "-")) or "Date" in id_type or label in _FACT_TYPES:
            facts[label].append(value)
        elif value not in identifiers[label]:
            identifiers[label].append(value)

    details = {column: t[column] for column in DETAIL_COLUMNS if t[column]}
    details.update({label: "; ".join(dict.fromkeys(values)) for label, values in facts.items()})
    data: dict[str, Any] = {
        "name": name,
        "type": kind,
        "lists": [list_id],
        "aliases": [{"name": alias, "type": "aka"} for alias in aliases(name, record.alt_names)],
        "identifiers": dict(identifiers),
        "programs": list(dict.fromkeys(record.programs)),
        "addresses": record.addresses,
        "remarks": t["remarks"] or None,
        "federal_register": federal_register(t["federal_register_notice"]),
        "license_requirement": t["license_requirement"] or None,
        "license_policy": t["license_policy"] or None,
        "listed_since": {},
        "listed_until": {},
        "details": details,
    }
    for column, key in (("start_date", "listed_since"), ("end_date", "listed_until")):
        if t[column]:
            day = parse_date(t[column])
            if day is None:
                result.warnings.append(f"{record.where}: {column} {t[column]!r} is not a valid date; left out")
            else:
                data[key][list_id] = day
    return _Built(record, base_id, data)


def _collision_key(record: _Record) -> tuple[str, ...]:
    """Orders records that share a derived id by what amendments rarely change (file order breaks ties)."""
    t = record.text
    return ("; ".join(a.text() for a in record.addresses).casefold(), t["start_date"], t["end_date"],
            "; ".join(record.programs))


@lru_cache(maxsize=64)
def source_code(source: str) -> str | None:
    """The list code of a CSL source name: 'Entity List (EL) - Bureau of Industry and Security' -> 'el'."""
    match = _CODE_IN_NAME.search(source)
    return _CODES.get(match.group(1)) if match else None


# -- CSV -------------------------------------------------------------------------------------------------

def _csv_records(path: Path, text: str, result: ImportResult, tolerate_truncation: bool) -> list[_Record]:
    rows = read_delimited(path, text, COLUMNS, what="the CSL CSV", tolerate_truncation=tolerate_truncation,
                          skipped=result.skipped, warnings=result.warnings)
    type_first = _type_first(row["ids"] for _, row in rows)
    records = []
    for line, t in rows:
        records.append(_Record(
            where=f"{path.name}, line {line}", text=t,
            alt_names=t["alt_names"].split(";") if t["alt_names"] else [],
            addresses=_addresses_from_text(t["addresses"]),
            programs=_split(t["programs"]),
            ids=_ids_from_text(t["ids"], type_first),
        ))
    return records


def _split(text: str) -> list[str]:
    if not text:
        return []
    return [part for part in (collapse(p) for p in text.split(";")) if part]


def _addresses_from_text(text: str) -> list[Address]:
    """'street, city, state, postal, CC; ...' -> Address records.

    A "; " also stands inside one address (BIS: "113 Hezuo Road, ..., China; and 21 Changsheng
    Street, ..., CN"; OFAC: "..., 11th Floor; P.O. Box ..., Beirut, LB"): where the field's addresses
    end in a country code, a part without one belongs to the next part."""
    if not text:
        return []
    segments = [collapse(s) for s in text.split("; ") if s.strip()]
    if any(_country_of(s) for s in segments):
        merged, pending = [], []
        for segment in segments:
            pending.append(segment)
            if _country_of(segment):
                merged.append("; ".join(pending))
                pending = []
        segments = merged + (["; ".join(pending)] if pending else [])
    out = []
    for segment in segments:
        country = _country_of(segment)
        street = segment[: -len(country)].rstrip(" ,") if country else segment
        out.append(Address(street=street or None, country=country or None))
    return out


def _country_of(segment: str) -> str:
    last = segment.rsplit(",", 1)[-1].strip()
    return last if _ISO2.fullmatch(last) else ""


def _type_first(values: Iterable[str]) -> bool:
    """Whether the ``ids`` items of a file read "type, number, country" (2023 on) rather than
    "country, issue date, number, type" (the 2022 file: the JSON keys in alphabetical order)."""
    first = last = 0
    for text in values:
        for item in text.split("; ") if text else ():
            parts = [p.strip() for p in item.split(", ")]
            if len(parts) < 2:
                continue
            head, tail = parts[0], parts[-1]
            if _ISO2.fullmatch(tail) or ISO_DATE.fullmatch(tail) or (_digit(tail) and not _digit(head)):
                first += 1
            elif _ISO2.fullmatch(head) or ISO_DATE.fullmatch(head) or (_digit(head) and not _digit(tail)):
                last += 1
        if abs(first - last) >= 100:     # decided: the rest of a 14,000-record file need not be read
            break
    return first >= last


def _digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _ids_from_text(text: str, type_first: bool) -> list[tuple[str, str]]:
    out = []
    for item in text.split("; ") if text else ():
        parts = [p.strip() for p in item.split(", ")]
        if len(parts) < 2:
            if parts[0]:
                out.append(("", parts[0]))
            continue
        id_type, rest = (parts[0], parts[1:]) if type_first else (parts[-1], parts[:-1])
        edge = -1 if type_first else 0      # the country and dates stand on the side away from the type
        while len(rest) > 1 and (_ISO2.fullmatch(rest[edge]) or ISO_DATE.fullmatch(rest[edge])):
            rest.pop(edge)
        out.append((id_type, ", ".join(rest)))
    return out


# -- JSON ------------------------------------------------------------------------------------------------

def _json_records(path: Path, text: str) -> list[_Record]:
    html_page(path, text, "the CSL JSON")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    items = data.get("results") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise DataError(f"{path}: expected a list of records or {{\"results\": [...]}}, "
                        f"got {type(data).__name__}")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or "name" not in item or "source" not in item:
            raise DataError(f"{path}, record {number}: not a CSL record (an object with name and source)")
    # ids as text (the CSV form) in a JSON file: read them the way the whole file writes them
    type_first = _type_first(item["ids"] for item in items if isinstance(item.get("ids"), str))
    records = []
    for order, item in enumerate(items):
        t = {column: _scalar(item.get(column)) for column in COLUMNS}
        t["_id"] = t["_id"] or _scalar(item.get("id"))    # the search API calls it "id"
        alt_names, addresses, programs, ids = (item.get(key) for key in ("alt_names", "addresses", "programs", "ids"))
        records.append(_Record(
            where=f"{path.name}, record {order + 1}", text=t,
            alt_names=alt_names.split(";") if isinstance(alt_names, str) else [_scalar(a) for a in alt_names or ()],
            addresses=(_addresses_from_text(addresses) if isinstance(addresses, str)
                       else [a for a in map(_json_address, addresses or ()) if a is not None]),
            programs=_split(_scalar(programs)),
            ids=(_ids_from_text(ids, type_first) if isinstance(ids, str)
                 else [i for i in map(_json_id, ids or ()) if i is not None]),
        ))
    return records


def _scalar(value: Any) -> str:
    """A JSON value as the CSV would hold it: lists joined by "; ", null as ""."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(collapse(str(v)) for v in value if v not in (None, ""))
    return str(value).strip()


def _json_address(item: Any) -> Address | None:
    if not isinstance(item, dict):
        return None
    parts = {key: collapse(_scalar(item.get(name))) or None for key, name in
             (("street", "address"), ("city", "city"), ("state", "state"), ("postal_code", "postal_code"),
              ("country", "country"))}
    return Address(**parts) if any(parts.values()) else None


def _json_id(item: Any) -> tuple[str, str] | None:
    if not isinstance(item, dict):
        return None
    number = collapse(_scalar(item.get("number")))
    return (collapse(_scalar(item.get("type"))), number) if number else None
