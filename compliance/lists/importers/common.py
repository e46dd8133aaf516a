"""Helpers the importers share: decoding, rejecting error pages, delimited files, ids, dates.

They are strict about structure and tolerant of the documented quirks, like the importers using them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from compliance.errors import DataError
from compliance.lists.importers.base import ImportResult
from compliance.lists.models import Entity, Source

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FR = re.compile(r"\b(\d{1,3})\s*\.?\s*F\.?\s?R\.?\s+(\d{1,6})\b")


# -- records and ids ------------------------------------------------------------

def collapse(text: str) -> str:
    """Whitespace runs (newlines included) as one space, trimmed."""
    return " ".join(text.split())


def slug(text: str) -> str:
    """Lower-case letters and digits, anything else as single '-': 'QDi.123 ' -> 'qdi-123'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def stable_hash(*parts: str) -> str:
    """12 hex digits of SHA-256 over the casefolded, whitespace-collapsed parts joined by '|'."""
    key = "|".join(collapse(part).casefold() for part in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def unique_ids(bases: Sequence[str], order: Callable[[int], Sequence[str]]) -> list[str]:
    """Ids for records with these base ids: in each group of equal base ids, the first by
    ``order(index)`` keeps the base id and the others get -2, -3, ... (skipping any id already taken),
    so the ids do not depend on the order of the records in the file (file order only breaks ties
    between records alike in every part of ``order``)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, base in enumerate(bases):
        groups[base].append(index)
    out = list(bases)
    taken = set(groups)
    for base in sorted(b for b, members in groups.items() if len(members) > 1):
        members = sorted(groups[base], key=lambda i: (tuple(order(i)), i))
        n = 1
        for index in members[1:]:
            n += 1
            while f"{base}-{n}" in taken:
                n += 1
            out[index] = f"{base}-{n}"
            taken.add(out[index])
    return out


def add_entities(result: ImportResult, built: Sequence[tuple[str, str, dict[str, Any]]], source: Source,
                 order: Callable[[int], Sequence[str]]) -> None:
    """Validate (where, base id, Entity fields) records into ``result.entities`` under unique ids
    (``unique_ids`` with ``order``); a record the model rejects is reported in ``result.skipped``."""
    ids = unique_ids([base for _, base, _ in built], order)
    for (where, _, data), entity_id in zip(built, ids, strict=True):
        data["id"] = entity_id
        data["sources"] = [source]
        try:
            result.entities.append(Entity.model_validate(data))
        except ValidationError as exc:
            error = exc.errors()[0]
            result.skipped.append(f"{where}: {'.'.join(map(str, error['loc']))}: {error['msg']}")


def parse_date(text: str, fmt: str = "%Y-%m-%d") -> dt.date | None:
    """A date in the given format (ISO by default; a time after 'T' is ignored), or None when it is not
    one or falls before 1900 (the CSL has '0017-05-26' and '0097-06-30' for 2017 and 1997)."""
    value = text.strip()
    try:
        if fmt == "%Y-%m-%d":
            day = dt.date.fromisoformat(value.partition("T")[0]) if ISO_DATE.fullmatch(value[:10]) else None
        else:
            day = dt.datetime.strptime(value, fmt).date()
    except ValueError:
        return None
    return day if day is not None and day.year >= 1900 else None


def federal_register(text: str) -> list[str]:
    """Federal Register citations as "84 FR 22963", in order, once each; text that holds no
    volume-and-page citation ("Vol. 86, No. 71, 04/15/2021") is kept as it is written."""
    if not text:
        return []
    citations = [f"{vol} FR {page}" for vol, page in _FR.findall(text)]
    if citations:
        return list(dict.fromkeys(citations))
    text = collapse(text)
    return [text] if text else []


def aliases(name: str, names: Sequence[str]) -> list[str]:
    """Alternate names, whitespace-collapsed, once each (case-insensitively), without the primary name."""
    out: list[str] = []
    if not names:
        return out
    seen = {name.casefold()}
    for alias in names:
        alias = collapse(alias)
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append(alias)
    return out


def html_page(path: Path, text: str, what: str) -> None:
    """Reject a downloaded error page before it is read as list data."""
    body = text.lstrip()
    if body.startswith("<"):
        line = text.count("\n", 0, len(text) - len(body)) + 1
        raise DataError(f"{path}, line {line}: an HTML or XML page, not {what} (a failed download?)")


def decode(path: Path, raw: bytes, *, cp1252_warnings: list[str] | None = None) -> str:
    """UTF-8 text (a BOM dropped); with ``cp1252_warnings``, text that is not UTF-8 is read as
    cp1252 and a warning says so; otherwise it is rejected naming the first bad line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        reason = exc.reason
    if cp1252_warnings is None:
        raise DataError(f"{path}, line {line}: not UTF-8 text ({reason})")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise DataError(f"{path}, line {line}: neither UTF-8 nor cp1252 text") from None
    cp1252_warnings.append(f"{path.name}: not UTF-8 (line {line}); read as cp1252")
    return text


# -- CSV -------------------------------------------------------------------------------------------------

def read_delimited(path: Path, text: str, columns: Sequence[str], *, what: str, delimiter: str = ",",
                   tolerate_truncation: bool = False,
                   skipped: list[str], warnings: list[str]) -> list[tuple[int, dict[str, str]]]:
    """The records of a delimited file with a header row, as (first line, {column: stripped value}).

    Rejects a wrong header, a cut-off last record (unless ``tolerate_truncation``) and a file with
    many malformed records; skips a repeated header line (warning) and one malformed record among many.
    """
    html_page(path, text, what)
    raw: list[tuple[int, list[str] | None]] = []      # (first line, fields or None at an end inside quotes)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            fields: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "end of data" not in str(exc):
                raise DataError(f"{path}, line {reader.line_num}: broken quoting ({exc}): not {what}") from None
            fields = None
        if fields != []:            # csv gives [] for a blank line
            raw.append((start, fields))
        if fields is None:
            break
        start = reader.line_num + 1
    if not raw or raw[0][1] is None:
        raise DataError(f"{path}: no header row: not {what}")

    header = [column.strip() for column in raw[0][1]]
    missing = [column for column in columns if column not in header]
    unexpected = [column for column in header if column not in columns]
    if missing or unexpected or len(header) != len(columns):
        parts = [f"missing {', '.join(missing)}" if missing else "",
                 f"unexpected {', '.join(unexpected[:10])}" if unexpected else "",
                 "a column twice" if not missing and not unexpected else ""]
        raise DataError(f"{path}, line 1: the header is not {what}'s {len(columns)} columns "
                        f"({'; '.join(p for p in parts if p)})")
    width = len(columns)
    records: list[tuple[int, dict[str, str]]] = []
    bad: list[str] = []
    last = len(raw) - 1
    for i, (line, fields) in enumerate(raw[1:], start=1):
        if fields and fields[0].strip() == header[0] and [f.strip() for f in fields] == header:
            warnings.append(f"{path.name}, line {line}: the header line again; skipped")
            continue
        if fields is not None and len(fields) == width:
            records.append((line, dict(zip(header, map(str.strip, fields), strict=True))))
            continue
        if i == last and (fields is None or len(fields) < width):
            got = len(fields) if fields is not None else _fields_from(text, line, delimiter)
            problem = f"the file ends inside a record ({got} of {width} fields): the download is cut off"
            if not tolerate_truncation:
                raise DataError(f"{path}, line {line}: {problem}",
                                hint="download the list again (or accept the cut file with tolerate_truncation)")
            skipped.append(f"{path.name}, line {line}: {problem}; record skipped")
            continue
        assert fields is not None
        bad.append(f"{path.name}, line {line}: {len(fields)} fields, expected {width}")
    if len(bad) > max(5, len(raw) // 100):
        raise DataError(f"{path}: {len(bad)} of {len(raw) - 1} records are malformed (first: {bad[0]}): "
                        f"the structure is wrong", hint=f"is this {what}?")
    skipped.extend(bad)
    return records


def _fields_from(text: str, line: int, delimiter: str) -> int:
    """How many fields the record starting at ``line`` has (read leniently: it is cut off)."""
    tail = "".join(io.StringIO(text, newline="").readlines()[line - 1:])
    return max((len(row) for row in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter)), default=0)
