"""The BIS Denied Persons List (``dpl.txt``, tab-separated) as validated Entity records.

The format: a header row of 12 columns (``Name, Street_Address, City, State, Country, Postal_Code,
Effective_Date, Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation``), every field
double-quoted, one row per denied party and address. Effective and expiration dates are MM/DD/YYYY,
``Last_Update`` is YYYY-MM-DD. The list has no stable row key, so the id is derived from the name
and address (``bis-dpl-`` + 12 hex digits of SHA-256 over name|street|city|country), with -2, -3
for rows that share it, in the order of their dates and citations.

Rejected (``DataError`` naming the file and line): an empty file, an HTML page, text that is neither
UTF-8 nor cp1252, a header that is not these 12 columns, a file that ends inside a record, more
malformed rows than one in a hundred (at least 5). Skipped (``ImportResult.skipped``): one malformed
row among many, a row without a name. Warnings: a date that is not a date (the field is left out), a
``Last_Update`` that is not a valid date or is after the fetch date (the Nov 2023 list has
``3033-09-30`` for 2022-09-30 and ``1023-11-01`` twice: kept as text in details, not used as the
list's date), a file read as cp1252.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from compliance.errors import DataError
from compliance.lists.importers.base import ImportResult, read_bytes, require
from compliance.gctune import gc_paused
from compliance.lists.importers.common import (
    add_entities,
    collapse,
    decode,
    federal_register,
    parse_date,
    read_delimited,
    stable_hash,
)
from compliance.lists.models import Source

SOURCE = "bis-dpl"
FILE = "dpl.txt"
TITLE = "BIS Denied Persons List"
URL = "https://www.bis.doc.gov/dpl/dpl.txt"
COLUMNS = ("Name", "Street_Address", "City", "State", "Country", "Postal_Code", "Effective_Date",
           "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation")
_US_DATE = "%m/%d/%Y"


def load(files: Mapping[str, Path], *, fetched: dt.date, tolerate_truncation: bool = False) -> ImportResult:
    """The Denied Persons List from ``dpl.txt`` (may end in ``.gz``); ``tolerate_truncation``: a cut-off last
    record is skipped and reported instead of refusing the file."""
    unknown = sorted(set(files) - {FILE})
    if unknown:
        raise DataError(f"{SOURCE}: unknown file name(s) {unknown}; expected {FILE}")
    path = require(files, FILE, SOURCE)
    result = ImportResult(source=SOURCE, entities=[])
    text = decode(path, read_bytes(path), cp1252_warnings=result.warnings)
    source = Source(title=TITLE, url=URL, as_of=fetched)
    with gc_paused():
        rows = read_delimited(path, text, COLUMNS, what="the BIS Denied Persons List (dpl.txt)", delimiter="\t",
                              tolerate_truncation=tolerate_truncation, skipped=result.skipped,
                              warnings=result.warnings)
        built: list[tuple[str, str, dict[str, Any]]] = []     # (where, base id, entity data)
        dates: list[dt.date] = []
        for line, row in rows:
            where = f"{path.name}, line {line}"
            name = collapse(row["Name"])
            if len(name) < 2:
                result.skipped.append(f"{where}: no name")
                continue
            data = _entity(name, row, where, fetched, result.warnings, dates)
            base = f"{SOURCE}-{stable_hash(name, row['Street_Address'], row['City'], row['Country'])}"
            built.append((where, base, data))
        result.published = max((d for d in dates if d <= fetched), default=None)

        def order(i: int) -> tuple[str, ...]:
            data = built[i][2]
            return (str(data["listed_since"].get(SOURCE, "")), str(data["listed_until"].get(SOURCE, "")),
                    "; ".join(data["federal_register"]), data["details"].get("last_update", ""),
                    " ".join(a.get("state") or "" for a in data["addresses"]),
                    " ".join(a.get("postal_code") or "" for a in data["addresses"]))

        add_entities(result, built, source, order)
    return result


def _entity(name: str, row: Mapping[str, str], where: str, fetched: dt.date, warnings: list[str],
            dates: list[dt.date]) -> dict[str, Any]:
    address = {key: collapse(row[column]) or None for key, column in
               (("street", "Street_Address"), ("city", "City"), ("state", "State"),
                ("postal_code", "Postal_Code"), ("country", "Country"))}
    details = {key: row[column] for key, column in
               (("standard_order", "Standard_Order"), ("action", "Action"), ("last_update", "Last_Update"))
               if row[column]}
    data: dict[str, Any] = {
        "name": name,
        "lists": [SOURCE],
        "addresses": [address] if any(address.values()) else [],
        "federal_register": federal_register(row["FR_Citation"]),
        "listed_since": {},
        "listed_until": {},
        "details": details,
    }
    for column, key in (("Effective_Date", "listed_since"), ("Expiration_Date", "listed_until")):
        if row[column]:
            day = parse_date(row[column], _US_DATE)
            if day is None:
                warnings.append(f"{where}: {column} {row[column]!r} is not a MM/DD/YYYY date; left out")
            else:
                data[key][SOURCE] = day
                if key == "listed_since":
                    dates.append(day)
    if row["Last_Update"]:
        update = parse_date(row["Last_Update"])
        if update is None or update > fetched:
            why = ("not a valid date" if update is None
                   else f"after the fetch date {fetched.isoformat()} (a typo?)")
            warnings.append(f"{where}: Last_Update {row['Last_Update']!r} is {why}; kept as text, "
                            "not used as the list's date")
        else:
            dates.append(update)
    return data
