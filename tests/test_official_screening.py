"""Acceptance checks of the official lists: real listed names are found, ordinary names are not flagged.

1. A sheet of real names from the lists, written the way a vendor sheet writes them, screened against
   the 2024-05 SDN and the 2022-04 Consolidated Screening List, must find each name's own entry at
   its own rule: OFACSDN restricted for an SDN organisation, BISEL restricted for an Entity List row,
   OFACSDN restricted for an SDN person whose whole name is given ("First Last" where the list
   writes "LAST, First"). The sheet is drawn from the raw files with a seeded random generator (the
   same rows on every run) and each name gets noise: case, punctuation removed or added, its legal
   form removed, changed or added (Co., Ltd, LLC, S.A., GmbH, "Company Limited", JSC, FZE, the
   Russian forms OFAC writes out ...), extra spaces, "&" for "and" and back.
   Names the tool deliberately reads as exact-only (compliance.lists.compiled.org_alias: fewer than
   two telling words once legal forms are gone, e.g. "LIMITED LIABILITY COMPANY STEK" -> "stek",
   must equal the cell or one part of it) are left out of the recall sample, because only the whole
   cell can tell "STEK" the company from a word, and are checked on their own with case,
   punctuation and legal-form noise only. So are the 2024-05 file's only aliases, the "weak"
   a.k.a.s in its remarks (exact-only and never more than review, by design). People with a
   one-word name are left out: the tool never screens them (compliance/match/persons.py).
2. A sheet of 1,000+ ordinary company names (tests/data/official/ordinary-companies.csv, written by
   hand; none of them is on the lists) screened against every source gets no restricted or
   prohibited finding from sharing a word with a listed name, and at most 1% of its rows get review.

Misses and findings are printed with their values and explanations (``pytest -s`` shows them).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import io
import random
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from compliance.lists.compiled import org_alias
from compliance.lists.official import ALL_OFFICIAL_LIST_IDS
from compliance.lists.models import AliasKind
from compliance.lists.snapshots import Store, import_files
from compliance.models import Finding
from compliance.normalize import normalize
from compliance.pipeline import Report, ScreenOptions, screen

DATA = Path(__file__).resolve().parent / "data"
LISTS = DATA / "lists"
SDN_2024 = LISTS / "ofac" / "ofac-sdn-2024-05" / "sdn.csv.gz"
CSL_2022 = LISTS / "csl" / "trade-gov-csl-2022-04" / "consolidated.csv.gz"
ORDINARY = DATA / "official" / "ordinary-companies.csv"
IMPORTS = (
    ("ofac-sdn", SDN_2024),
    ("ofac-cons", LISTS / "ofac" / "ofac-non-sdn-consolidated"),
    ("csl", CSL_2022),
    ("bis-dpl", LISTS / "dpl" / "bis-denied-persons-list" / "dpl.txt.gz"),
    ("un-sc", LISTS / "un" / "un-consolidated" / "UN_consolidated.xml.gz"),
)
#: A fixed clock inside the period all the data covers: every listing in these files had started
#: and every curated relation was in force (Teltronic was Hytera's until the end of 2025).
NOW = dt.datetime(2025, 6, 30, tzinfo=dt.UTC)
SEED = 20240503

#: the issue's figures; exact-only names and weak a.k.a.s are held to the organisations' one
ORG_RECALL, PERSON_RECALL, EXACT_RECALL = 0.97, 0.95, 0.97
MAX_REVIEW_RATE = 0.01
SAMPLE = {"sdn-org": 500, "el-name": 200, "el-alias": 100, "exact-only": 300, "weak-aka": 150, "sdn-person": 250}


# -- the list store -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store with every source imported; each check chooses the sources it screens against."""
    root = tmp_path_factory.mktemp("official-store")
    for source, path in IMPORTS:
        outcome = import_files(Store(root), source, [path], now=NOW)
        assert outcome.status == "installed", f"{source}: {outcome.message}"
    return root


def run_screen(store: Path, path: Path, lists: list[str] | None) -> Report:
    return screen([path], ScreenOptions(data_dir=store, lists=lists, now=lambda: NOW))


def write_sheet(path: Path, values: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Vendor Name", "Amount"])
        out.writerows([value, "100.00"] for value in values)
    return path


def by_row(report: Report) -> dict[int, list[Finding]]:
    rows: dict[int, list[Finding]] = defaultdict(list)
    for f in report.findings:
        rows[f.row].append(f)
    return rows


def shown(f: Finding) -> str:
    return f"{f.rule} {f.severity.value} {f.entity_name!r}: {f.explanation}"


# -- the real names, read straight from the raw files -----------------------------------------------

@dataclass(frozen=True, slots=True)
class Listed:
    group: str          # sdn-org, el-name, el-alias, exact-only, weak-aka, sdn-person
    name: str           # as the file writes it
    entity: str         # SDN: "ofac-sdn-<ent_num>"; Entity List: the row's primary name
    rule: str
    severities: tuple[str, ...]     # a find at one of these counts


def sdn_rows() -> list[list[str]]:
    """sdn.csv: no header, 12 fields, "-0- " for empty; type "-0- " is an organisation."""
    text = gzip.decompress(SDN_2024.read_bytes()).decode("utf-8").rstrip("\x1a\r\n")
    return [r for r in csv.reader(io.StringIO(text, newline="")) if len(r) == 12]


def el_rows() -> list[dict[str, str]]:
    with gzip.open(CSL_2022, "rt", encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["source"].startswith("Entity List (EL)")]


#: one remarks item "a.k.a. 'NAME'" (also f.k.a., n.k.a.); the name may hold apostrophes: "a.k.a. 'SHA'BI'"
_WEAK_AKA = re.compile(r"(?:[Aa]lt\. )?[afnAFN]\.k\.a\. '(.+)'")


def weak_akas(remarks: str) -> list[str]:
    """The weak a.k.a.s of an SDN remarks field: items separated by "; ", the last one ends in "."."""
    if remarks.strip() == "-0-":
        return []
    items = re.split(r";\s+", remarks.strip().removesuffix("."))
    return [m[1].strip() for m in map(_WEAK_AKA.fullmatch, (i.strip() for i in items)) if m and m[1].strip()]


def exact_only(name: str) -> bool:
    """True when the tool reads this list name as one that must equal the cell (see org_alias)."""
    rec = org_alias("x", name, weak=False)
    return rec is not None and rec.kind == AliasKind.EXACT


def expected(name: str, severity: str) -> tuple[str, ...]:
    """The severity a hit on this name should have: a name of four letters or fewer once its legal form
    is gone ("UVZ", "SNGB AO") is review by design (org_alias: too many companies share it)."""
    rec = org_alias("x", name, weak=False)
    return ("review",) if rec is not None and not rec.verified else (severity,)


@functools.cache
def population() -> dict[str, tuple[Listed, ...]]:
    """Every name the sample is drawn from, by group, in file order."""
    sdn = sdn_rows()
    orgs, people = [r for r in sdn if r[2] == "-0- "], [r for r in sdn if r[2] == "individual"]
    common: dict[str, list[Listed]] = defaultdict(list)
    exact: list[Listed] = []
    for r in orgs:
        item = Listed("sdn-org", r[1].strip(), f"ofac-sdn-{r[0]}", "OFACSDN", expected(r[1], "restricted"))
        (exact if exact_only(item.name) else common["sdn-org"]).append(item)
    for row in el_rows():
        primary = " ".join(row["name"].split())
        names = [(primary, "el-name")] + [(" ".join(a.split()), "el-alias") for a in row["alt_names"].split(";")]
        seen = set()
        for name, group in names:
            if not normalize(name) or normalize(name) in seen:
                continue
            seen.add(normalize(name))
            item = Listed(group, name, primary, "BISEL", expected(name, "restricted"))
            (exact if exact_only(name) else common[group]).append(item)
    # a weak a.k.a. alone is review; restricted when it also spells a strong name of the entry
    # ("TAI PEN" beside "TAIPEN, S.A. DE C.V.")
    weak = [Listed("weak-aka", aka, f"ofac-sdn-{r[0]}", "OFACSDN", ("review", "restricted"))
            for r in orgs for aka in weak_akas(r[11]) if normalize(aka) and normalize(aka) != normalize(r[1])]
    persons = [Listed("sdn-person", r[1].strip(), f"ofac-sdn-{r[0]}", "OFACSDN", ("restricted",))
               for r in people if "," in r[1] and len(normalize(r[1], legal=False).split()) >= 2]
    return {**{group: tuple(items) for group, items in common.items()},
            "exact-only": tuple(Listed("exact-only", x.name, x.entity, x.rule, x.severities) for x in exact),
            "weak-aka": tuple(weak), "sdn-person": tuple(persons)}


def listed_names() -> list[Listed]:
    """The deterministic sample: organisations, exact-only names, weak a.k.a.s and people."""
    rng = random.Random(SEED)
    names = population()
    return [item for group, size in SAMPLE.items() for item in rng.sample(names[group], size)]


# -- noise: how a vendor sheet writes a name ---------------------------------------------------------

_FORMS = (
    r"PUBLIC JOINT[- ]STOCK COMPANY", r"OPEN JOINT[- ]STOCK COMPANY", r"CLOSED JOINT[- ]STOCK COMPANY",
    r"JOINT[- ]STOCK COMPANY", r"LIMITED LIABILITY COMPANY", r"LIMITED LIABILITY PARTNERSHIP",
    r"OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", r"(?:PUBLICHNOE |OTKRYTOE |ZAKRYTOE )?AKTSIONERNOE OBSHCHESTVO",
    r"COMPANY LIMITED", r"CO\.?,? ?LTD\.?", r"PTE\.? LTD\.?", r"PVT\.? LTD\.?", r"PTY\.? LTD\.?", r"SDN\.? BHD\.?",
    r"S\.A\. DE C\.V\.", r"S\.A\.S\.?", r"S\.A\.?", r"S\.R\.L\.?", r"S\.P\.A\.?", r"B\.V\.?", r"L\.L\.C\.?",
    r"LLC", r"LTD\.?", r"LIMITED", r"INC\.?", r"INCORPORATED", r"CORP\.?", r"CORPORATION", r"CO\.?",
    r"COMPANY", r"GMBH", r"AG", r"OJSC", r"PJSC", r"CJSC", r"JSC", r"OOO", r"ZAO", r"OAO", r"PAO", r"AO",
    r"LLP", r"PLC", r"PTY", r"FZE", r"FZCO", r"FZC", r"DMCC", r"LTDA\.?", r"SAS", r"SA", r"TOO", r"TOV",
)
_LEADING = (
    r"PUBLIC JOINT[- ]STOCK COMPANY", r"OPEN JOINT[- ]STOCK COMPANY", r"CLOSED JOINT[- ]STOCK COMPANY",
    r"JOINT[- ]STOCK COMPANY", r"LIMITED LIABILITY COMPANY", r"OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU",
    r"(?:PUBLICHNOE |OTKRYTOE |ZAKRYTOE )?AKTSIONERNOE OBSHCHESTVO", r"LLC", r"OJSC", r"PJSC", r"CJSC", r"JSC",
    r"OOO", r"ZAO", r"OAO", r"PAO", r"AO", r"TOO", r"TOV",
)
_TRAILING_FORMS = re.compile(rf"^(?P<body>.*?\w.*?)(?P<forms>(?:[\s,]+(?:{'|'.join(_FORMS)}))+)\s*$", re.I)
_LEADING_FORMS = re.compile(rf"^(?P<forms>(?:(?:{'|'.join(_LEADING)})\s+)+)(?P<body>.*\w.*)$", re.I)
#: legal forms as sheets write them (the normalizer knows most; FZE/FZCO/DMCC are as common in the SDN)
NEW_FORMS = (
    "Co.", "Co., Ltd.", "Co Ltd", "Ltd", "Ltd.", "Limited", "Company Limited", "LLC", "L.L.C.", "Inc.", "Inc",
    "Corp.", "Corporation", "S.A.", "SA", "S.A. de C.V.", "GmbH", "AG", "JSC", "PJSC", "OJSC", "OOO", "AO",
    "LLP", "PLC", "Pte. Ltd.", "Sdn. Bhd.", "Pvt. Ltd.", "B.V.", "S.r.l.", "S.p.A.", "FZE", "FZCO", "DMCC",
    "Ltda.", "Joint Stock Company", "Limited Liability Company",
)
_PARTICLES = re.compile(r"\b(AL|EL|BIN|IBN|ABU|ABD|ABDUL|BEN) (?=\w)", re.I)


def split_legal(name: str) -> tuple[str, str]:
    """(the name without its legal forms, the forms as written); forms at the start or the end."""
    m = _TRAILING_FORMS.match(name)
    if m:
        return m["body"].strip(" ,"), m["forms"].strip(" ,")
    m = _LEADING_FORMS.match(name)
    if m:
        return m["body"].strip(" ,"), m["forms"].strip()
    return name, ""


def _case(rng: random.Random, s: str) -> tuple[str, str]:
    how = rng.choice(("upper", "lower", "title", "as-is"))
    return {"upper": s.upper(), "lower": s.lower(), "title": s.title(), "as-is": s}[how], how


def _legal(rng: random.Random, s: str) -> tuple[str, str]:
    body, forms = split_legal(s)
    sep = rng.choice((" ", ", "))
    if forms:
        how = rng.choice(("legal-removed", "legal-changed", "legal-changed", "as-is"))
        if how == "legal-removed":
            return body, how
        if how == "legal-changed":
            new = rng.choice([f for f in NEW_FORMS if normalize(f, legal=False) != normalize(forms, legal=False)])
            return f"{body}{sep}{new}", f"{how}:{new}"
        return s, how
    if rng.random() < 0.6:
        new = rng.choice(NEW_FORMS)
        return f"{s}{sep}{new}", f"legal-added:{new}"
    return s, "as-is"


def _punct(rng: random.Random, s: str) -> tuple[str, str]:
    how = rng.choice(("strip", "hyphen-space", "hyphen-join", "period", "quotes", "comma-before-form"))
    if how == "strip":
        return re.sub(r"[.,'\"()]", "", s), how
    if how == "hyphen-space":
        return s.replace("-", " "), how
    if how == "hyphen-join":
        return s.replace("-", ""), how
    if how == "period":
        return s + ".", how
    body, forms = split_legal(s)
    if how == "quotes":     # LLC "STEK": Russian-style quotes around the name
        return (f'{forms} "{body}"' if forms and s.startswith(forms) else f'"{body}" {forms}').strip(), how
    return (f"{body}, {forms}" if forms else s + "."), how


def _spaces(rng: random.Random, s: str) -> tuple[str, str]:
    words = s.split(" ")
    if len(words) > 1:
        i = rng.randrange(1, len(words))
        words[i] = " " + words[i]
    return "  " + " ".join(words) + " ", "spaces"


def _amp(rng: random.Random, s: str) -> tuple[str, str]:
    if "&" in s:
        return re.sub(r"\s*&\s*", " and ", s), "&->and"
    if re.search(r" and ", s, re.I):
        return re.sub(r" and ", " & ", s, count=1, flags=re.I), "and->&"
    return s, ""


def org_noise(rng: random.Random, name: str, light: bool = False) -> tuple[str, list[str]]:
    """The name with legal-form, punctuation, case (and unless ``light``, spacing and &) noise."""
    steps: list[Callable[[random.Random, str], tuple[str, str]]] = [_legal]
    if rng.random() < 0.6:
        steps.append(_punct)
    if not light:
        steps.append(_amp)
        if rng.random() < 0.3:
            steps.append(_spaces)
    steps.append(_case)
    value, done = name, []
    for step in steps:
        value, how = step(rng, value)
        if how and how != "as-is":
            done.append(how)
    if value == name:
        value, done = name.lower(), [*done, "lower"]
    return value, done


def person_noise(rng: random.Random, name: str) -> tuple[str, list[str]]:
    """"LAST, First" -> "First Last", with case, punctuation and spacing noise."""
    last, _, first = name.partition(",")
    value, done = f"{first.strip()} {last.strip()}", ["first-last"]
    how = rng.choice(("strip", "hyphen-space", "particle-hyphen", "period", "none"))
    if how == "strip":
        value = re.sub(r"[.,]", "", value)
    elif how == "hyphen-space":
        value = value.replace("-", " ")
    elif how == "particle-hyphen":
        value = _PARTICLES.sub(lambda m: m.group(1) + "-", value)
    elif how == "period":
        value += "."
    if how != "none":
        done.append(how)
    if rng.random() < 0.3:
        value, spaced = _spaces(rng, value)
        done.append(spaced)
    value, cased = _case(rng, value)
    if cased != "as-is":
        done.append(cased)
    return value, done


@dataclass(frozen=True, slots=True)
class Case:
    listed: Listed
    value: str
    noise: tuple[str, ...]


def noisy_cases() -> list[Case]:
    rng = random.Random(SEED + 1)
    out = []
    for item in listed_names():
        if item.group == "sdn-person":
            value, noise = person_noise(rng, item.name)
        else:
            value, noise = org_noise(rng, item.name, light=item.group in ("exact-only", "weak-aka"))
        out.append(Case(item, value, tuple(noise)))
    return out


# -- check 1: real listed names are found ----------------------------------------------------------

@pytest.fixture(scope="module")
def listed_screen(store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Case], dict[int, list[Finding]]]:
    cases = noisy_cases()
    path = write_sheet(tmp_path_factory.mktemp("listed") / "listed-names.csv", [c.value for c in cases])
    # --lists ofac-sdn csl: what a store holding only those two screens (the CSL's own copy of the
    # SDN is left out for OFAC's; its other lists, Entity List included, stay)
    report = run_screen(store, path, ["ofac-sdn", "csl"])
    assert [entry.id for entry in report.lists if entry.kind == "official"] == ["ofac-sdn", "csl"]
    return cases, by_row(report)


def found(case: Case, findings: list[Finding]) -> bool:
    want = case.listed
    for f in findings:
        if f.rule != want.rule or f.severity.value not in want.severities:
            continue
        if want.rule == "OFACSDN" and f.entity_id == want.entity:
            return True
        if want.rule == "BISEL" and " ".join(f.entity_name.split()) == want.entity:
            return True
    return False


def recall(listed_screen: tuple[list[Case], dict[int, list[Finding]]], groups: tuple[str, ...],
           show: bool = True) -> float:
    """Share of the groups' rows found at their rule and severity; prints every miss (``show``)."""
    cases, rows = listed_screen
    total = misses = 0
    for number, case in enumerate(cases, start=2):          # row 1 is the header
        if case.listed.group not in groups:
            continue
        total += 1
        if found(case, rows.get(number, [])):
            continue
        misses += 1
        if not show:
            continue
        want = case.listed
        print(f"MISS [{want.group}] row {number}: {case.value!r} (noise: {', '.join(case.noise)}) -> "
              f"{normalize(case.value)!r}; listed as {want.name!r} -> {normalize(want.name)!r}, "
              f"expected {want.rule} {'/'.join(want.severities)} for {want.entity}")
        for f in rows.get(number, []):
            print(f"      got {shown(f)}")
    rate = (total - misses) / total
    print(f"recall {', '.join(groups)}: {total - misses}/{total} = {rate:.3f}")
    return rate


def test_sample_is_large_and_noisy() -> None:
    cases = noisy_cases()
    assert cases == noisy_cases(), "the sheet must be the same on every run"
    groups: dict[str, int] = defaultdict(int)
    for c in cases:
        groups[c.listed.group] += 1
        assert c.value != c.listed.name and c.noise
    assert groups == SAMPLE
    assert groups["sdn-org"] + groups["el-name"] + groups["el-alias"] >= 600 and groups["sdn-person"] >= 150


def test_listed_organisations_with_noise_are_found(listed_screen: tuple[list[Case], dict[int, list[Finding]]]) -> None:
    rates = {group: recall(listed_screen, (group,)) for group in ("sdn-org", "el-name", "el-alias")}
    overall = recall(listed_screen, ("sdn-org", "el-name", "el-alias"), show=False)
    assert overall >= ORG_RECALL, f"organisation recall {overall:.3f} < {ORG_RECALL} ({rates})"


def test_listed_people_written_first_last_are_found(listed_screen: tuple[list[Case], dict[int, list[Finding]]]) -> None:
    rate = recall(listed_screen, ("sdn-person",))
    assert rate >= PERSON_RECALL, f"person recall {rate:.3f} < {PERSON_RECALL}"


def test_exact_only_names_are_found_with_case_punctuation_and_legal_form_noise(
        listed_screen: tuple[list[Case], dict[int, list[Finding]]]) -> None:
    rate = recall(listed_screen, ("exact-only",))
    assert rate >= EXACT_RECALL, f"exact-only recall {rate:.3f} < {EXACT_RECALL}"


def test_weak_akas_are_found_with_case_punctuation_and_legal_form_noise(
        listed_screen: tuple[list[Case], dict[int, list[Finding]]]) -> None:
    rate = recall(listed_screen, ("weak-aka",))
    assert rate >= EXACT_RECALL, f"weak a.k.a. recall {rate:.3f} < {EXACT_RECALL}"


# -- check 2: ordinary company names are not flagged ----------------------------------------------

@pytest.fixture(scope="module")
def ordinary_screen(store: Path) -> tuple[int, Report]:
    with ORDINARY.open(encoding="utf-8", newline="") as fh:
        rows = len(list(csv.DictReader(fh)))
    report = run_screen(store, ORDINARY, None)
    assert sorted(entry.id for entry in report.lists if entry.kind == "official") == sorted(s for s, _ in IMPORTS)
    assert report.inputs[0].sheets[0].columns == {"Vendor Name": "vendor", "Country": "country"}
    assert report.rows == rows >= 1000
    for f in report.findings:
        print(f"FINDING row {f.row}: {f.value!r} -> {shown(f)}")
    return rows, report


def test_ordinary_company_names_get_no_restricted_finding_from_the_official_lists(
        ordinary_screen: tuple[int, Report]) -> None:
    rows, report = ordinary_screen
    official = [f for f in report.findings if set(f.entity_lists) & ALL_OFFICIAL_LIST_IDS]
    blocking = [f for f in official if f.severity.value in ("restricted", "prohibited")]
    review_rows = {f.row for f in report.findings if f.severity.value == "review"}
    print(f"ordinary names: {rows} rows; official-list findings {len(official)}, of them restricted or "
          f"prohibited {len(blocking)}; rows at review {len(review_rows)} ({len(review_rows) / rows:.2%})")
    assert not blocking, "\n".join(f"row {f.row}: {f.value!r} -> {shown(f)}" for f in blocking)
    assert len(review_rows) <= MAX_REVIEW_RATE * rows


def test_ordinary_company_names_get_no_restricted_or_prohibited_finding(ordinary_screen: tuple[int, Report]) -> None:
    """Curated NDAA/FCC names are not in the file either: nothing may be restricted or prohibited."""
    _, report = ordinary_screen
    blocking = [f for f in report.findings if f.severity.value in ("restricted", "prohibited")]
    assert not blocking, "\n".join(f"row {f.row}: {f.value!r} -> {shown(f)}" for f in blocking)
