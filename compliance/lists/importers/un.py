"""The UN Security Council Consolidated List (``consolidated.xml``) as validated Entity records.

The format (schema ``sc-sanctions.xsd``): root ``CONSOLIDATED_LIST`` with ``dateGenerated``, holding
``INDIVIDUALS/INDIVIDUAL`` (persons: name in FIRST_NAME .. FOURTH_NAME) and ``ENTITIES/ENTITY``
(organizations: name in FIRST_NAME). The id is the UN reference number (``QDi.001`` ->
``un-sc-qdi-001``; DATAID when there is none). Alias quality "Good" and "a.k.a." give strong
aliases, "Low" weak ones (too broad to decide alone), "f.k.a." former names.

Rejected (``DataError`` naming the file, and the line and column where the XML breaks): an empty
file, text that is not well-formed XML (a cut-off download, an HTML page), a root other than
CONSOLIDATED_LIST, a list with no INDIVIDUALS or ENTITIES. Skipped: a record without a name.
Warnings: a LISTED_ON that is not a date, an alias quality not seen before, no dateGenerated.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from compliance.errors import DataError
from compliance.lists.importers.base import ImportResult, read_bytes, require
from compliance.gctune import gc_paused
from compliance.lists.importers.common import (
    add_entities,
    aliases,
    collapse,
    parse_date,
    slug,
    stable_hash,
)
from compliance.lists.models import Source

SOURCE = "un-sc"
FILE = "consolidated.xml"
TITLE = "UN Security Council Consolidated List"
URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
ROOT = "CONSOLIDATED_LIST"

#: alias QUALITY -> (Alias.type, Alias.strength); "" is an empty alias element or an unrated name
_QUALITY = {"good": ("aka", "strong"), "a.k.a.": ("aka", "strong"), "": ("aka", "strong"),
            "low": ("aka", "weak"), "f.k.a.": ("former", "strong")}
_ADDRESS = (("street", "STREET"), ("city", "CITY"), ("state", "STATE_PROVINCE"), ("postal_code", "ZIP_CODE"),
            ("country", "COUNTRY"), ("remarks", "NOTE"))
_RECORD_START = re.compile(rb"<(INDIVIDUAL|ENTITY)[\s>]")


def load(files: Mapping[str, Path], *, fetched: dt.date, tolerate_truncation: bool = False) -> ImportResult:
    """The UN consolidated list from ``consolidated.xml`` (may end in ``.gz``)."""
    unknown = sorted(set(files) - {FILE})
    if unknown:
        raise DataError(f"{SOURCE}: unknown file name(s) {unknown}; expected {FILE}")
    path = require(files, FILE, SOURCE)
    raw = read_bytes(path)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line, column = exc.position
        raise DataError(f"{path}, line {line}, column {column}: not well-formed XML ({_expat_message(exc)}): "
                        "not the UN consolidated list, or a cut-off download") from None
    if root.tag != ROOT:
        raise DataError(f"{path}: the root element is <{root.tag}>, not <{ROOT}>: not the UN consolidated list")
    groups = [(group, kind) for group, kind in (("INDIVIDUALS", "INDIVIDUAL"), ("ENTITIES", "ENTITY"))
              if root.find(group) is not None]
    if not groups:
        raise DataError(f"{path}: <{ROOT}> holds neither INDIVIDUALS nor ENTITIES")

    result = ImportResult(source=SOURCE, entities=[])
    result.published = _generated(root.get("dateGenerated"), path, result)
    source = Source(title=TITLE, url=URL, as_of=fetched)
    records = [(kind, element) for group, kind in groups for element in root.iterfind(f"{group}/{kind}")]
    lines = _record_lines(raw)
    if len(lines) != len(records):     # a record tag inside a comment or CDATA: the lines would lie
        lines = []
    with gc_paused():
        built: list[tuple[str, str, dict[str, Any]]] = []     # (where, base id, entity data)
        for n, (kind, element) in enumerate(records):
            where = f"{path.name}, line {lines[n]}" if lines else f"{path.name}, {kind} {n + 1}"
            data = _entity(element, kind, where, result.warnings)
            if data is None:
                result.skipped.append(f"{where}: no name")
                continue
            reference = slug(_text(element, "REFERENCE_NUMBER") or _text(element, "DATAID"))
            built.append((where, f"{SOURCE}-{reference or stable_hash(data['name'])}", data))

        add_entities(result, built, source, lambda i: (str(built[i][2]["details"].get("dataid", "")),))
    return result


def _expat_message(exc: ET.ParseError) -> str:
    """expat's message without the position it appends ('no element found: line 3, column 0')."""
    return str(exc).split(": line ")[0]


def _generated(value: str | None, path: Path, result: ImportResult) -> dt.date | None:
    day = parse_date(value or "")
    if day is None:
        result.warnings.append(f"{path.name}: dateGenerated {value!r} is not a date; the list has no date")
    return day


def _record_lines(raw: bytes) -> list[int]:
    """The line of each INDIVIDUAL / ENTITY start tag, in document order (for messages)."""
    lines, line, pos = [], 1, 0
    for match in _RECORD_START.finditer(raw):
        line += raw.count(b"\n", pos, match.start())
        pos = match.start()
        lines.append(line)
    return lines


def _text(element: ET.Element, path: str) -> str:
    return collapse(element.findtext(path) or "")


def _values(element: ET.Element, tag: str) -> list[str]:
    """The VALUE children of a repeated element (NATIONALITY, DESIGNATION, TITLE), non-empty, once each."""
    return list(dict.fromkeys(v for v in (collapse(e.text or "") for e in element.iterfind(f"{tag}/VALUE")) if v))


def _entity(element: ET.Element, kind: str, where: str, warnings: list[str]) -> dict[str, Any] | None:
    if kind == "INDIVIDUAL":
        name = collapse(" ".join(_text(element, tag) for tag in
                                 ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")))
    else:
        name = _text(element, "FIRST_NAME")
    if len(name) < 2:
        return None

    names: list[str] = []
    rated: dict[str, tuple[str, str, str | None]] = {}    # casefolded name -> (type, strength, note)
    for alias in element.iterfind(f"{kind}_ALIAS"):
        alias_name = _text(alias, "ALIAS_NAME")
        if not alias_name:
            continue
        quality = _text(alias, "QUALITY")
        rating = _QUALITY.get(quality.lower())
        if rating is None:
            warnings.append(f"{where}: alias quality {quality!r} is not known; read as a strong a.k.a.")
            rating = ("aka", "strong")
        names.append(alias_name)
        rated.setdefault(alias_name.casefold(), (*rating, _text(alias, "NOTE") or None))
    alias_list = [{"name": alias_name, "type": rated[alias_name.casefold()][0],
                   "strength": rated[alias_name.casefold()][1], "note": rated[alias_name.casefold()][2]}
                  for alias_name in aliases(name, names)]
    native = _text(element, "NAME_ORIGINAL_SCRIPT")
    if native and native.casefold() not in {name.casefold(), *rated}:
        alias_list.append({"name": native, "type": "native"})

    addresses = []
    for address in element.iterfind(f"{kind}_ADDRESS"):
        parts = {key: _text(address, tag) or None for key, tag in _ADDRESS}
        if any(parts.values()):
            addresses.append(parts)

    identifiers: dict[str, list[str]] = {}
    for document in element.iterfind("INDIVIDUAL_DOCUMENT"):
        number = _text(document, "NUMBER")
        doc_type = _text(document, "TYPE_OF_DOCUMENT") or _text(document, "TYPE_OF_DOCUMENT2") or "Document"
        if number and number not in identifiers.setdefault(doc_type, []):
            identifiers[doc_type].append(number)

    details = {
        "reference_number": _text(element, "REFERENCE_NUMBER"),
        "dataid": _text(element, "DATAID"),
        "title": "; ".join(_values(element, "TITLE")),
        "designation": "; ".join(_values(element, "DESIGNATION")),
        "nationality": "; ".join(_values(element, "NATIONALITY")),
        "dates_of_birth": "; ".join(_birth_dates(element)),
        "places_of_birth": "; ".join(_birth_places(element)),
        "gender": _text(element, "GENDER"),
    }
    listed_on = _text(element, "LISTED_ON")
    listed = parse_date(listed_on[:10]) if listed_on else None     # a few carry a zone: 2001-01-25-05:00
    if listed_on and listed is None:
        warnings.append(f"{where}: LISTED_ON {listed_on!r} is not a date; left out")
    program = _text(element, "UN_LIST_TYPE")
    return {
        "name": name,
        "type": "person" if kind == "INDIVIDUAL" else "organization",
        "lists": [SOURCE],
        "listed_since": {SOURCE: listed} if listed else {},
        "aliases": alias_list,
        "identifiers": {k: v for k, v in identifiers.items() if v},
        "programs": [program] if program else [],
        "addresses": addresses,
        "remarks": (element.findtext("COMMENTS1") or "").strip() or None,
        "details": {key: value for key, value in details.items() if value},
    }


def _birth_dates(element: ET.Element) -> list[str]:
    """'1971', '1965-01-01', 'approximately 1960', '1960 to 1962', with any note in parentheses."""
    out = []
    for birth in element.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        date = _text(birth, "DATE") or _text(birth, "YEAR")
        low, high = _text(birth, "FROM_YEAR"), _text(birth, "TO_YEAR")
        if not date and (low or high):
            date = f"{low or '?'} to {high or '?'}"
        if date and _text(birth, "TYPE_OF_DATE").upper() == "APPROXIMATELY":
            date = f"approximately {date}"
        note = _text(birth, "NOTE")
        text = f"{date} ({note})" if date and note else date or note
        if text:
            out.append(text)
    return list(dict.fromkeys(out))


def _birth_places(element: ET.Element) -> list[str]:
    out = []
    for place in element.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        text = ", ".join(p for p in (_text(place, tag) for tag in ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY"))
                         if p)
        note = _text(place, "NOTE")
        text = f"{text} ({note})" if text and note else text or note
        if text:
            out.append(text)
    return list(dict.fromkeys(out))
