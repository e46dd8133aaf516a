"""OFAC's legacy CSV lists (SDN: sdn.csv family; non-SDN: cons_*.csv) as validated Entity records.

The format (OFAC Sanctions List Service, "legacy" CSV): four files without a header row, joined on
``ent_num``. The primary file (``sdn.csv`` / ``cons_prim.csv``, 12 columns) holds one record per
listed party; ``alt.csv`` (5 columns) the alternate names, ``add.csv`` (6 columns) the addresses and
``sdn_comments.csv`` (2 columns) the rest of any remark cut at 1,000 characters (the two parts are
joined as they are: the cut falls mid-word). Lines end in CRLF, the files end with a DOS Ctrl-Z
line, and every empty field holds the unquoted null marker ``-0-`` followed by a space.

What is rejected (``DataError`` naming the file and line: the whole import stops, fail closed):

- a missing primary file, or a file name that is not one of the four (a caller's mix-up);
- a file that is empty, not UTF-8 or cp1252 text, or an HTML/XML page (a failed download);
- a first record that does not fit the format (wrong number of fields or a non-numeric ent_num):
  a header row or another CSV format, so nothing in the file can be trusted;
- a file cut off: the last record has the wrong number of fields or an unterminated quote, or the
  file stops in the middle of a line (OFAC ends every record with CRLF);
- more malformed records than one in a hundred (at least 5): the structure is wrong, not one record.

The same rules apply to all four files: a cut ``alt.csv`` would silently drop aliases.

What is skipped and counted in ``ImportResult.skipped`` ("sdn.csv, line 123: 11 fields, expected 12"):
one malformed record among many (wrong field count, non-numeric ent_num, broken quoting), a second
record for an ent_num already read, a record with an unknown type or no usable name, an alt.csv row
without a name or with an unknown alt_type.

What is a warning (``ImportResult.warnings``): a missing optional file, alt/add/comments rows whose
ent_num joins to no primary record, remarks cut at 1,000 characters with no continuation (their last
item is not parsed for aliases and identifiers), a file read as cp1252 because it is not UTF-8.

Address rows whose every field is ``-0-`` are placeholders and give no Address; the "City/State/
Province/Postal Code" field goes whole into ``Address.city`` (its parts are not reliably separable).
``Entity.country`` is set only when every address names the same country with an ISO code (see
``_COUNTRY_CODES``). The remarks are kept whole in ``Entity.remarks``; the weak a.k.a.s, the common
machine-readable identifiers and a few personal details are also taken out of them (see
``_ID_LABELS`` and ``_DETAIL_LABELS``). The files carry no publication date: ``published`` is None.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from compliance.errors import DataError
from compliance.lists.importers.base import ImportResult, read_bytes, require
from compliance.gctune import gc_paused
from compliance.lists.importers.common import add_entities, decode, html_page
from compliance.lists.models import Source

_NULL = "-0-"
#: OFAC cuts Remarks at this length and continues them in sdn_comments.csv / cons_comments.csv.
_REMARKS_CUT = 1000
_PRIM_WIDTH, _ALT_WIDTH, _ADD_WIDTH, _COMMENTS_WIDTH = 12, 5, 6, 2

_TYPES = {_NULL: "organization", "individual": "person", "vessel": "vessel", "aircraft": "aircraft"}
_ALT_TYPES = {"aka": "aka", "fka": "former", "nka": "now"}
_DETAIL_COLUMNS = ("title", "call_sign", "vessel_type", "tonnage", "grt", "vessel_flag", "vessel_owner")


@dataclass(frozen=True, slots=True)
class _Spec:
    source: str
    prim: str
    alt: str
    add: str
    comments: str
    title: str
    url: str


_SDN = _Spec("ofac-sdn", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv",
             "OFAC Specially Designated Nationals (SDN) list",
             "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV")
_CONS = _Spec("ofac-cons", "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv",
              "OFAC Consolidated Sanctions List (non-SDN)",
              "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV")


def load_sdn(files: Mapping[str, Path], *, fetched: dt.date, tolerate_truncation: bool = False) -> ImportResult:
    """The SDN list from ``sdn.csv`` (required), ``alt.csv``, ``add.csv``, ``sdn_comments.csv``."""
    with gc_paused():
        return _load(_SDN, files, fetched)


def load_cons(files: Mapping[str, Path], *, fetched: dt.date, tolerate_truncation: bool = False) -> ImportResult:
    """The non-SDN list from ``cons_prim.csv`` (required), ``cons_alt.csv``, ``cons_add.csv``, ``cons_comments.csv``."""
    with gc_paused():
        return _load(_CONS, files, fetched)


# -- reading the CSV structure ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Row:
    line: int          # first line of the record in its file (1-based)
    ent: int
    fields: list[str]


_CTRL_Z_END = re.compile(r"\x1a[\r\n]*\Z")


def _read(path: Path, width: int, result: ImportResult) -> list[_Row]:
    """The well-formed records of one file; rejects a file whose structure is wrong (module docstring)."""
    text = decode(path, read_bytes(path), cp1252_warnings=result.warnings)
    text = _CTRL_Z_END.sub("", text, count=1)     # the DOS end-of-file line
    html_page(path, text, "an OFAC CSV file")
    rows: list[_Row] = []
    bad: list[tuple[int, str]] = []               # (line, problem)
    first = last = count = 0                      # first lines of the first and last records
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad.append((start, "an unterminated quote" if "end of data" in str(exc) else f"broken quoting ({exc})"))
        else:
            if not fields:              # a blank line
                start = reader.line_num + 1
                continue
            ent = fields[0]
            if len(fields) == width and ent.isdigit() and ent.isascii():
                rows.append(_Row(start, int(ent), fields))
            elif problem := _misfit(fields, width):
                bad.append((start, problem))
            else:
                rows.append(_Row(start, int(ent), fields))
        count += 1
        first, last = first or start, start
        start = reader.line_num + 1
    if bad and bad[0][0] == first:
        raise DataError(f"{path}, line {first}: {bad[0][1]}: not an OFAC {width}-column CSV file "
                        "(a header row or another format?)")
    if bad and bad[-1][0] == last:
        raise DataError(f"{path}, line {last}: the last record is cut off ({bad[-1][1]}): an incomplete file")
    if not text.endswith("\n"):
        raise DataError(f"{path}, line {last}: the file stops in the middle of a line "
                        "(OFAC ends every record with CRLF): the file is cut off")
    messages = [f"{path.name}, line {line}: {problem}" for line, problem in bad]
    if len(bad) > max(5, count // 100):
        raise DataError(f"{path}: {len(bad)} of {count} records are malformed (first: {messages[0]}): "
                        "the file's structure is wrong", hint=f"is this an OFAC {width}-column CSV file?")
    result.skipped.extend(messages)
    return rows


def _misfit(fields: list[str], width: int) -> str:
    """Why a record does not fit the format ("" when it does)."""
    if len(fields) != width:
        return f"{len(fields)} field{'s' if len(fields) != 1 else ''}, expected {width}"
    ent = fields[0].strip()
    if not (ent.isascii() and ent.isdigit()):
        return f"ent_num {ent[:40]!r} is not a whole number"
    return ""


def _value(cell: str) -> str | None:
    """A field's text without surrounding spaces, or None for the null marker."""
    if cell == "-0- ":          # the usual form, first: this runs 130k times for the SDN list
        return None
    text = cell.strip()
    return None if not text or text == _NULL else text


# -- the import ------------------------------------------------------------------------------------

def _load(spec: _Spec, files: Mapping[str, Path], fetched: dt.date) -> ImportResult:
    known = (spec.prim, spec.alt, spec.add, spec.comments)
    unknown = sorted(set(files) - set(known))
    if unknown:
        raise DataError(f"{spec.source}: unknown file name(s) {unknown}; expected {', '.join(known)}")
    result = ImportResult(source=spec.source, entities=[])
    prim_path = require(files, spec.prim, spec.source)
    prim = _read(prim_path, _PRIM_WIDTH, result)

    by_ent: dict[int, _Row] = {}
    for row in prim:
        first = by_ent.get(row.ent)
        if first is not None:
            result.skipped.append(f"{prim_path.name}, line {row.line}: ent_num {row.ent} again "
                                  f"(first on line {first.line}); the first record is kept")
        else:
            by_ent[row.ent] = row

    aliases: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in _optional(spec, files, spec.alt, _ALT_WIDTH, result, "aliases come only from the remarks"):
        name, alt_type = _value(row.fields[3]), _value(row.fields[2])
        kind = _ALT_TYPES.get((alt_type or "").lower())
        if not name or not kind:
            why = "no alt_name" if not name else f"unknown alt_type {alt_type!r}"
            result.skipped.append(f"{files[spec.alt].name}, line {row.line}: {why}")
            continue
        alias: dict[str, Any] = {"name": name, "type": kind, "strength": "strong"}
        note = _value(row.fields[4])
        if note:
            alias["note"] = note
        aliases[row.ent].append(alias)

    addresses: dict[int, list[dict[str, str]]] = defaultdict(list)
    for row in _optional(spec, files, spec.add, _ADD_WIDTH, result, "the entities have no addresses"):
        parts = {key: v for key, cell in zip(("street", "city", "country", "remarks"), row.fields[2:], strict=True)
                 if (v := _value(cell))}
        if parts:      # a row of nothing but -0- is OFAC's placeholder for "no known address"
            addresses[row.ent].append(parts)

    extensions: dict[int, str] = defaultdict(str)
    for row in _optional(spec, files, spec.comments, _COMMENTS_WIDTH, result,
                         "remarks cut at 1,000 characters stay cut"):
        if row.fields[1].strip() != _NULL:
            extensions[row.ent] += row.fields[1]     # continues the text exactly where it was cut

    for name, joined in ((spec.alt, aliases), (spec.add, addresses), (spec.comments, extensions)):
        orphans = sorted(set(joined) - set(by_ent))
        if orphans:
            result.warnings.append(f"{name}: {len(orphans)} ent_num(s) join to no record of {spec.prim} "
                                   f"(e.g. {', '.join(map(str, orphans[:5]))}); their rows are not used")

    source = Source(title=spec.title, url=spec.url, as_of=fetched)
    cut: list[int] = []
    built: list[tuple[str, str, dict[str, Any]]] = []
    for row in by_ent.values():
        where = f"{prim_path.name}, line {row.line}"
        try:
            data = _entity(spec, row, extensions.get(row.ent), aliases.get(row.ent, []),
                           addresses.get(row.ent, []), cut)
        except _Skip as exc:
            result.skipped.append(f"{where}: {exc}")
            continue
        built.append((where, data["id"], data))
    add_entities(result, built, source, lambda i: ())     # ent_nums are unique already (by_ent)
    if cut:
        result.warnings.append(
            f"{spec.prim}: {len(cut)} entr{'y has' if len(cut) == 1 else 'ies have'} remarks cut at "
            f"{_REMARKS_CUT:,} characters with no continuation in {spec.comments} "
            f"(e.g. ent_num {', '.join(map(str, cut[:5]))}); the cut last item was not parsed")
    return result


def _optional(spec: _Spec, files: Mapping[str, Path], name: str, width: int, result: ImportResult,
              without: str) -> list[_Row]:
    path = files.get(name)
    if path is None:
        result.warnings.append(f"no {name}: {without}")
        return []
    return _read(path, width, result)


class _Skip(Exception):
    """A record that cannot become an entity; the reason goes to ImportResult.skipped."""


def _entity(spec: _Spec, row: _Row, extension: str | None, alt: list[dict[str, Any]],
            addresses: list[dict[str, str]], cut: list[int]) -> dict[str, Any]:
    f = row.fields
    name = _value(f[1])
    if not name:
        raise _Skip("no SDN_Name")
    sdn_type = f[2].strip()
    kind = _TYPES.get(sdn_type.lower())
    if kind is None:
        raise _Skip(f"unknown SDN_Type {sdn_type!r}")

    remarks_raw = None if f[11].strip() == _NULL else f[11]     # not stripped: the extension continues it
    # a remark that fills the field and does not end its sentence was cut (the rest would be in comments)
    is_cut = bool(remarks_raw and not extension and len(remarks_raw) >= _REMARKS_CUT
                  and not remarks_raw.endswith("."))
    if extension:
        remarks_raw = (remarks_raw or "") + extension
    remarks = remarks_raw.strip() if remarks_raw else None
    if is_cut:
        cut.append(row.ent)
    parsed = _parse_remarks(remarks, is_cut) if remarks else _Remarks()

    details = {key: v for key, cell in zip(_DETAIL_COLUMNS, f[4:11], strict=True) if (v := _value(cell))}
    details.update({key: "; ".join(values) for key, values in parsed.details.items()})
    programs = _programs(f[3])
    data: dict[str, Any] = {
        "id": f"{spec.source}-{row.ent}",
        "name": name,
        "type": kind,
        "lists": [spec.source],
        "programs": programs,
        "aliases": _aliases(name, alt, parsed.weak),
        "addresses": addresses,
        "identifiers": parsed.identifiers,
        "details": details,
    }
    if remarks:
        data["remarks"] = remarks
    country = _country(addresses)
    if country:
        data["country"] = country
    return data


def _programs(cell: str) -> list[str]:
    """``NPWMD] [IFSR`` -> ["NPWMD", "IFSR"] (OFAC joins several program tags with ``] [``)."""
    value = _value(cell)
    if not value:
        return []
    return [tag for part in value.split("] [") if (tag := part.strip(" []"))]


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _aliases(primary: str, strong: list[dict[str, Any]], weak: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """alt.csv's names, then the remarks' weak ones; without the primary name and without repeats."""
    seen = {_key(primary)}
    out: list[dict[str, Any]] = []
    for alias in strong:
        key = _key(alias["name"])
        if key not in seen:
            seen.add(key)
            out.append(alias)
    for name, kind in weak:
        key = _key(name)
        if key not in seen:
            seen.add(key)
            out.append({"name": name, "type": kind, "strength": "weak"})
    return out


# -- the remarks -----------------------------------------------------------------------------------

#: Remark item label -> identifier key. Items are "Label value (Country) issued DATE", optionally
#: after "alt. ". Only labels that name one machine-readable number or address are listed.
_ID_LABELS = {
    "Website": "website",
    "Email Address": "email",
    "SWIFT/BIC": "swift_bic",
    "Vessel Registration Identification IMO": "imo",
    # the IMO's company and registered-owner numbers (same 7-digit scheme, a different thing from a ship)
    "Identification Number IMO": "imo_company",
    "Company Number IMO": "imo_company",
    "MMSI": "mmsi",
    "Registration Number": "registration_number",
    "Registration ID": "registration_id",
    "Business Registration Number": "business_registration_number",
    "Commercial Registry Number": "commercial_registry_number",
    "Company Number": "company_number",
    "Government Gazette Number": "government_gazette_number",
    "Central Registration System Number": "central_registration_system_number",
    "Chamber of Commerce Number": "chamber_of_commerce_number",
    "Trade License No.": "trade_license",
    "Tax ID No.": "tax_id",
    "V.A.T. Number": "vat",
    "Unified Social Credit Code (USCC)": "uscc",
    "ISIN": "isin",
    "Equity Ticker": "equity_ticker",
    "Legal Entity Number": "lei",
    "D-U-N-S Number": "duns",
    "BIK (RU)": "bik",
    "NIT #": "nit",
    "RUC #": "ruc",
    "RIF #": "rif",
    "R.F.C.": "rfc",
    "RFC": "rfc",
    "C.U.R.P.": "curp",
    "Cedula No.": "cedula",
    "Passport": "passport",
    "Diplomatic Passport": "diplomatic_passport",
    "National ID No.": "national_id",
    "National Foreign ID Number": "national_foreign_id",
    "Identification Number": "identification_number",
    "Driver's License No.": "drivers_license",
    "SSN": "ssn",
    "Phone Number": "phone",
    "Telephone": "phone",
    "Fax": "fax",
    "Aircraft Manufacturer's Serial Number (MSN)": "aircraft_msn",
    "Aircraft Tail Number": "aircraft_tail_number",
}
#: kept as written (their own parentheses are part of the number)
_AS_WRITTEN = {"phone", "fax"}
#: one token, no trailing punctuation
_ONE_TOKEN = {"website", "email", "swift_bic", "imo", "imo_company", "mmsi", "isin", "uscc", "lei"}
#: a value that does not fit its standard format is left in the remarks only
_VALID = {
    "website": re.compile(r"\S+\.\S+"),
    "email": re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"),
    "swift_bic": re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?"),
    "imo": re.compile(r"\d{7}"),
    "imo_company": re.compile(r"\d{7}"),
    "mmsi": re.compile(r"\d{9}"),
    "isin": re.compile(r"[A-Z]{2}[A-Z0-9]{9}\d"),
    "uscc": re.compile(r"[0-9A-Z]{18}"),
    "lei": re.compile(r"[A-Z0-9]{18}\d{2}"),     # ISO 17442; OFAC also files Dutch RSINs under this label
}
_VALUE_END = re.compile(r"\s+\(|\s+(?:issued|expires)\b")

#: Remark item label -> details key (values joined with "; ").
_DETAIL_LABELS = {"DOB": "dates_of_birth", "POB": "places_of_birth", "nationality": "nationalities",
                  "citizen": "citizenships", "Gender": "gender", "Linked To:": "linked_to"}
_WEAK_TYPES = {"a": "aka", "f": "former", "n": "now"}


def _alternatives(labels: Mapping[str, str]) -> str:
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


#: One remark item, optionally after "alt. ": a weak a.k.a. 'NAME' (also f.k.a., n.k.a.: OFAC keeps its
#: low-quality aliases only here), an identifier, a digital currency address or a detail. One regex
#: per item keeps the 15k-entry list fast.
_ITEM_RE = re.compile(
    r"(?:[Aa]lt\.\s+)?(?:"
    r"(?P<weak>[afnAFN])\.k\.a\.\s+'(?P<weak_name>.+)'"
    rf"|(?P<label>{_alternatives(_ID_LABELS)})\s+(?P<value>.+)"
    r"|Digital Currency Address - \w+\s+(?P<crypto>\S+).*"
    rf"|(?P<detail>{_alternatives(_DETAIL_LABELS)})\s+(?P<detail_value>.+)"
    r")")
_ITEM_SPLIT = re.compile(r";\s+")


@dataclass(slots=True)
class _Remarks:
    weak: list[tuple[str, str]] = field(default_factory=list)       # (name, alias type)
    identifiers: dict[str, list[str]] = field(default_factory=dict)
    details: dict[str, list[str]] = field(default_factory=dict)


def _parse_remarks(remarks: str, cut: bool) -> _Remarks:
    out = _Remarks()
    items = _ITEM_SPLIT.split(remarks.removesuffix("."))
    if cut:
        items = items[:-1]       # the item the cut went through is incomplete
    for raw in items:
        m = _ITEM_RE.fullmatch(raw.strip())
        if m is None:
            continue
        if m["weak"]:
            if name := m["weak_name"].strip():
                out.weak.append((name, _WEAK_TYPES[m["weak"].lower()]))
        elif m["label"]:
            key = _ID_LABELS[m["label"]]
            if value := _id_value(key, m["value"]):
                _add(out.identifiers, key, value)
        elif m["crypto"]:
            _add(out.identifiers, "digital_currency_address", m["crypto"])
        else:
            _add(out.details, _DETAIL_LABELS[m["detail"]], m["detail_value"].strip())
    return out


def _id_value(key: str, text: str) -> str | None:
    """The identifier as written, without its country, dates and OFAC's "No." / "#" lead-ins."""
    value = text.strip().removeprefix("# ").removeprefix("No. ")
    if key not in _AS_WRITTEN:
        value = _VALUE_END.split(value, maxsplit=1)[0].strip(" .,;")
    if key in _ONE_TOKEN and value:
        value = value.split()[0].rstrip(".,")
    pattern = _VALID.get(key)
    if not value or (pattern and not pattern.fullmatch(value)):
        return None
    return value


def _add(bucket: dict[str, list[str]], key: str, value: str) -> None:
    values = bucket.get(key)
    if values is None:
        bucket[key] = [value]
    elif value not in values:
        values.append(value)


# -- countries -------------------------------------------------------------------------------------

def _country(addresses: list[dict[str, str]]) -> str | None:
    """The ISO code when every address names the same, known country; None when unsure."""
    codes = {_COUNTRY_CODES.get(a["country"]) for a in addresses if "country" in a}
    if len(codes) == 1:
        return codes.pop()
    return None


#: OFAC's country names (as written in add.csv) -> ISO 3166-1 alpha-2. Names without a code of their
#: own are left out on purpose: "Kosovo" (XK is not ISO), "Netherlands Antilles" (dissolved),
#: "Palestinian", "West Bank", "Region: ..." and "undetermined" (not one country).
_COUNTRY_CODES = {
    "Afghanistan": "AF", "Albania": "AL", "Algeria": "DZ", "Angola": "AO", "Anguilla": "AI",
    "Antigua and Barbuda": "AG", "Argentina": "AR", "Armenia": "AM", "Aruba": "AW", "Australia": "AU",
    "Austria": "AT", "Azerbaijan": "AZ", "Bahamas, The": "BS", "Bahrain": "BH", "Bangladesh": "BD",
    "Barbados": "BB", "Belarus": "BY", "Belgium": "BE", "Belize": "BZ", "Benin": "BJ", "Bermuda": "BM",
    "Bhutan": "BT", "Bolivia": "BO", "Bosnia and Herzegovina": "BA", "Botswana": "BW", "Brazil": "BR",
    "Brunei": "BN", "Bulgaria": "BG", "Burkina Faso": "BF", "Burma": "MM", "Burundi": "BI",
    "Cabo Verde": "CV", "Cambodia": "KH", "Cameroon": "CM", "Canada": "CA", "Cayman Islands": "KY",
    "Central African Republic": "CF", "Chad": "TD", "Chile": "CL", "China": "CN", "Colombia": "CO",
    "Comoros": "KM", "Congo, Democratic Republic of the": "CD", "Congo, Republic of the": "CG",
    "Costa Rica": "CR", "Cote d Ivoire": "CI", "Croatia": "HR", "Cuba": "CU", "Curacao": "CW",
    "Cyprus": "CY", "Czech Republic": "CZ", "Czechia": "CZ", "Denmark": "DK", "Djibouti": "DJ",
    "Dominica": "DM", "Dominican Republic": "DO", "Ecuador": "EC", "Egypt": "EG", "El Salvador": "SV",
    "Equatorial Guinea": "GQ", "Eritrea": "ER", "Estonia": "EE", "Eswatini": "SZ", "Ethiopia": "ET",
    "Fiji": "FJ", "Finland": "FI", "France": "FR", "Gabon": "GA", "Georgia": "GE", "Germany": "DE",
    "Ghana": "GH", "Gibraltar": "GI", "Greece": "GR", "Grenada": "GD", "Guatemala": "GT", "Guernsey": "GG",
    "Guinea": "GN", "Guinea-Bissau": "GW", "Guyana": "GY", "Haiti": "HT", "Honduras": "HN",
    "Hong Kong": "HK", "Hungary": "HU", "Iceland": "IS", "India": "IN", "Indonesia": "ID", "Iran": "IR",
    "Iraq": "IQ", "Ireland": "IE", "Israel": "IL", "Italy": "IT", "Jamaica": "JM", "Japan": "JP",
    "Jersey": "JE", "Jordan": "JO", "Kazakhstan": "KZ", "Kenya": "KE", "Korea, North": "KP",
    "Korea, South": "KR", "Kuwait": "KW", "Kyrgyzstan": "KG", "Laos": "LA", "Latvia": "LV", "Lebanon": "LB",
    "Lesotho": "LS", "Liberia": "LR", "Libya": "LY", "Liechtenstein": "LI", "Lithuania": "LT",
    "Luxembourg": "LU", "Macau": "MO", "Madagascar": "MG", "Malawi": "MW", "Malaysia": "MY",
    "Maldives": "MV", "Mali": "ML", "Malta": "MT", "Man, Isle of": "IM", "Marshall Islands": "MH",
    "Mauritania": "MR", "Mauritius": "MU", "Mexico": "MX", "Moldova": "MD", "Monaco": "MC",
    "Mongolia": "MN", "Montenegro": "ME", "Morocco": "MA", "Mozambique": "MZ", "Namibia": "NA",
    "Nepal": "NP", "Netherlands": "NL", "New Zealand": "NZ", "Nicaragua": "NI", "Niger": "NE",
    "Nigeria": "NG", "North Macedonia, The Republic of": "MK", "Norway": "NO", "Oman": "OM",
    "Pakistan": "PK", "Palau": "PW", "Panama": "PA", "Papua New Guinea": "PG", "Paraguay": "PY",
    "Peru": "PE", "Philippines": "PH", "Poland": "PL", "Portugal": "PT", "Qatar": "QA", "Romania": "RO",
    "Russia": "RU", "Rwanda": "RW", "Saint Kitts and Nevis": "KN", "Saint Lucia": "LC",
    "Saint Vincent and the Grenadines": "VC", "Samoa": "WS", "San Marino": "SM", "Saudi Arabia": "SA",
    "Senegal": "SN", "Serbia": "RS", "Seychelles": "SC", "Sierra Leone": "SL", "Singapore": "SG",
    "Sint Maarten": "SX", "Slovakia": "SK", "Slovenia": "SI", "Somalia": "SO", "South Africa": "ZA",
    "South Sudan": "SS", "Spain": "ES", "Sri Lanka": "LK", "Sudan": "SD", "Suriname": "SR",
    "Sweden": "SE", "Switzerland": "CH", "Syria": "SY", "Taiwan": "TW", "Tajikistan": "TJ",
    "Tanzania": "TZ", "Thailand": "TH", "The Gambia": "GM", "Togo": "TG", "Trinidad and Tobago": "TT",
    "Tunisia": "TN", "Turkey": "TR", "Turkmenistan": "TM", "Turks and Caicos Islands": "TC",
    "Uganda": "UG", "Ukraine": "UA", "United Arab Emirates": "AE", "United Kingdom": "GB",
    "United States": "US", "Uruguay": "UY", "Uzbekistan": "UZ", "Vanuatu": "VU", "Venezuela": "VE",
    "Vietnam": "VN", "Virgin Islands, British": "VG", "Yemen": "YE", "Zambia": "ZM", "Zimbabwe": "ZW",
}
