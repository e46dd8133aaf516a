"""Matching listed people (SDN and UN individuals) against payee and vendor names.

People are matched by their whole name, in any order ("LAST, First" on OFAC's lists, "First Last"
in a sheet), never by one name alone: a company vendor must not be flagged for sharing a surname,
and "Kim Trading Co" is not Kim Jong Un. Legal forms are not stripped from a person's name, and
only columns that can hold a person (vendor / payee) are screened against them.

- every word of the listed name, and nothing else: the cell names the person (confident);
- the whole name plus only legal-form or trade words ("Ali Hassan Trading LLC"): a business in
  the person's name, review;
- the surname and at least one given name, with other given names missing: review.
Typos are not tolerated in people's names: too many real people are one letter apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from compliance.match.context import is_neutral
from compliance.models import Match
from compliance.normalize import normalize
from compliance.normalize.vocab import LEGAL_FORMS, LEGAL_TRAILING


@lru_cache(maxsize=65536)
def _context(token: str) -> bool:
    """A word that may stand beside a person's name in a business name: legal form, trade, place."""
    return token in LEGAL_FORMS or token in LEGAL_TRAILING or is_neutral(token)


class PersonRecord(NamedTuple):
    entity_id: str
    name: str
    key: str                        # the name's words, sorted and joined: order does not matter
    tokens: tuple[str, ...]         # sorted
    surname: tuple[str, ...]        # the words before the comma in "LAST, First"; () when unknown
    verified: bool = True           # False: an OFAC weak a.k.a. or a low-quality UN alias


def make_person(entity_id: str, name: str, verified: bool = True) -> PersonRecord | None:
    last, comma, _first = name.partition(",")
    toks = normalize(name, legal=False, abbreviations=False, allow_empty=True).split()
    if len(toks) < 2:
        return None             # a one-word name ("ABU ALI") would flag every cell holding that word
    surname = tuple(normalize(last, legal=False, abbreviations=False, allow_empty=True).split()) if comma else ()
    ordered = tuple(sorted(toks))
    return PersonRecord(entity_id, name, " ".join(ordered), ordered, surname, verified)


class PersonIndex:
    def __init__(self, persons: list[PersonRecord]) -> None:
        self.persons = persons
        self._by_token: dict[str, set[int]] = defaultdict(set)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(persons):
            self._by_key[p.key].append(i)
            for t in p.tokens:
                self._by_token[t].add(i)

    def match(self, value: str) -> list[Match]:
        if not self.persons:
            return []
        toks = normalize(value, legal=False, abbreviations=False, allow_empty=True).split()
        if len(toks) < 2:
            return []
        cell = set(toks)
        exact = self._by_key.get(" ".join(sorted(toks)))
        if exact:
            # every word of a listed name and nothing else, even words that elsewhere read as place
            # or trade words ("NAWRAS AL ID", "ISMAEL, Ismael")
            return self._best(exact, cell, value)
        telling = sorted({t for t in cell if not _context(t)},
                         key=lambda t: len(self._by_token.get(t, ())))
        if len(telling) < 2:
            return []
        # every candidate holds the cell's telling words: intersect their postings, rarest first
        found: set[int] | None = None
        for t in telling:
            posting = self._by_token.get(t)
            if posting is None:
                return []
            found = set(posting) if found is None else found & posting
            if not found:
                return []
        return self._best(found or (), cell, value)

    def _best(self, found: Iterable[int], cell: set[str], value: str) -> list[Match]:
        """The strongest match per listed person among the candidates."""
        best: dict[str, Match] = {}
        for i in sorted(found):
            m = self._judge(self.persons[i], cell, value)
            if m is not None:
                cur = best.get(m.entity_id)
                if cur is None or (m.confident, m.score) > (cur.confident, cur.score):
                    best[m.entity_id] = m
        return list(best.values())

    @staticmethod
    def _judge(p: PersonRecord, cell: set[str], value: str) -> Match | None:
        name = set(p.tokens)
        shown = f"{value.strip()!r}: "
        if name == cell:
            confident, score = True, 100.0
            why = f"every word of the listed person's name {p.name!r}, in any order"
        elif name < cell:
            extra = sorted(cell - name)
            if not all(_context(t) for t in extra):
                return None
            confident, score = False, 90.0
            why = (f"the listed person's full name {p.name!r} with only {', '.join(extra)} beside it: a "
                   "business in that person's name? Needs a person to confirm")
        elif cell < name:
            missing = name - cell
            if p.surname:
                if not set(p.surname) <= cell or not (cell - set(p.surname)):
                    return None
            elif len(missing) > 1:
                return None
            confident, score = False, 85.0
            why = (f"part of the listed person's name {p.name!r} (without {', '.join(sorted(missing))}): "
                   "needs a person to confirm")
        else:
            return None
        if confident and not p.verified:
            confident = False
            why += "; this is a low-quality alias on the list, so it needs a person to confirm"
        return Match(entity_id=p.entity_id, matched_name=p.name, matched_norm=p.key, score=score,
                     method="person", confident=confident, explanation=shown + why)
