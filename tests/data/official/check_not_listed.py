"""Check hand-written ordinary company names against the raw list files (tests/data/lists/).

Run from the repository root: ``python tests/data/official/check_not_listed.py NAMES.txt`` (one
``name|country`` a line, ``#`` comments) or with ``ordinary-companies.csv`` to re-check the file.
Every source of tests/test_official_screening.py is read with the project's importers, primary
names and aliases alike (vessels and aircraft too), and each candidate is reported when:

- LISTED: its normalized form equals a listed organisation's name or alias, or it holds exactly
  the words of a listed person's name: the candidate IS a listed name and must be dropped;
- VESSEL: it equals the name of a listed vessel or aircraft, which the tool does not screen sheet
  cells against (compliance/lists/compiled.py UNSCREENED_TYPES): a note, kept;
- CONTAINS: a listed organisation name of two or more words stands in it as whole words: a person
  decides whether it names the listed party (drop it) or only shares words with it (keep it: that
  is what the test is about).

Exit status 1 when any candidate is LISTED.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

from compliance.lists.sources import SOURCES
from compliance.normalize import normalize

LISTS = Path(__file__).resolve().parents[1] / "lists"
FILES = {
    "ofac-sdn": {"sdn.csv": LISTS / "ofac" / "ofac-sdn-2024-05" / "sdn.csv.gz"},
    "ofac-cons": {f"cons_{n}.csv": LISTS / "ofac" / "ofac-non-sdn-consolidated" / f"cons_{n}.csv.gz"
                  for n in ("prim", "alt", "add", "comments")},
    "csl": {"consolidated.csv": LISTS / "csl" / "trade-gov-csl-2022-04" / "consolidated.csv.gz"},
    "bis-dpl": {"dpl.txt": LISTS / "dpl" / "bis-denied-persons-list" / "dpl.txt.gz"},
    "un-sc": {"consolidated.xml": LISTS / "un" / "un-consolidated" / "UN_consolidated.xml.gz"},
}


def candidates(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [row["Vendor Name"] for row in csv.DictReader(fh)]
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("|")[0].strip() for line in lines if line.strip() and not line.startswith("#")]


def person_key(name: str) -> str:
    return " ".join(sorted(normalize(name, legal=False).split()))


def main(path: Path) -> int:
    names: dict[str, list[str]] = defaultdict(list)        # normalized -> "source: listed name"
    people: dict[str, list[str]] = defaultdict(list)       # sorted words -> "source: listed name"
    craft: dict[str, list[str]] = defaultdict(list)        # vessels and aircraft
    for source, files in FILES.items():
        result = SOURCES[source].load(files, dt.date(2026, 1, 1))
        for entity in result.entities:
            for name in [entity.name, *(a.name for a in entity.aliases)]:
                shown = f"{source}: {name} ({entity.type})"
                if entity.type == "person":
                    people[person_key(name)].append(shown)
                elif entity.type in ("vessel", "aircraft"):
                    craft[normalize(name)].append(shown)
                else:
                    names[normalize(name)].append(shown)
    long_names = {n: v for n, v in names.items() if len(n.split()) >= 2}
    flagged = 0
    for name in candidates(path):
        norm = normalize(name)
        listed = names.get(norm, []) + people.get(person_key(name), [])
        if listed:
            flagged += 1
            print(f"LISTED   {name!r}: {sorted(set(listed))[:3]}")
            continue
        if norm in craft:
            print(f"VESSEL   {name!r}: {sorted(set(craft[norm]))[:3]}")
        padded = f" {norm} "
        inside = sorted({v for n, vs in long_names.items() if f" {n} " in padded for v in vs})
        if inside:
            print(f"CONTAINS {name!r}: {inside[:3]}")
    print(f"{flagged} listed", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
