"""Rules on a row or a sheet rather than a list hit: country of origin, required columns.

Pure: cell values and column roles in, verdict texts out. Country cells are read as ISO 3166-1
codes or names (pycountry's ISO data, plus the forms ERP exports use that ISO does not: PRC, UK,
中国), so "China", "CN", "P.R.C." and "中国" are one country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from compliance.models import Role, Severity
from compliance.rules.loader import LoadedRule

if TYPE_CHECKING:
    from compliance.rules.engine import Context

#: Names ISO 3166 does not carry but sheets do (keys folded: lower case, punctuation removed).
_EXTRA_NAMES = {
    "prc": "CN", "p r c": "CN", "p r china": "CN", "pr china": "CN", "mainland china": "CN",
    "china prc": "CN", "china mainland": "CN", "peoples republic of china": "CN", "中国": "CN", "中國": "CN",
    "中华人民共和国": "CN", "中華人民共和國": "CN", "uk": "GB", "great britain": "GB", "england": "GB",
    "usa": "US", "u s a": "US", "u s": "US", "america": "US", "russia": "RU", "south korea": "KR",
    "korea south": "KR", "north korea": "KP", "korea north": "KP", "dprk": "KP", "iran": "IR", "syria": "SY",
    "vietnam": "VN", "hongkong": "HK", "hong kong sar": "HK", "香港": "HK", "macau": "MO", "taiwan": "TW",
    "台湾": "TW", "台灣": "TW", "belarus": "BY", "venezuela": "VE", "cuba": "CU",
}
_NON_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4096)
def country_code(value: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country cell ("China", "CHN", "cn", "中国"), or None."""
    text = value.strip()
    if not text:
        return None
    folded = _NON_WORD.sub(" ", text.casefold()).strip()
    if folded in _EXTRA_NAMES:
        return _EXTRA_NAMES[folded]
    import pycountry

    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        pass
    try:
        return str(pycountry.countries.lookup(folded).alpha_2)
    except LookupError:
        return None


@dataclass(frozen=True, slots=True)
class RowVerdict:
    rule: LoadedRule
    severity: Severity
    reason: str


@dataclass(frozen=True, slots=True)
class _Live:
    loaded: LoadedRule
    severity: Severity
    flags: str                        # why only a red flag for this buyer (empty: in force, in scope)
    words: re.Pattern[str] | None     # country rules limited to rows naming a kind of item
    #: cell value -> the rule's word found in it ("" for none): values repeat down a sheet
    seen: dict[str, str] = field(default_factory=dict)

    def word_in(self, cell: str) -> str:
        found = self.seen.get(cell)
        if found is None:
            assert self.words is not None
            match = self.words.search(cell)
            found = self.seen[cell] = match.group(0).lower() if match else ""
        return found


class RowRules:
    """The country and required-column rules in use, for one buyer on one screening date."""

    def __init__(self, rules: Iterable[LoadedRule], context: Context) -> None:
        from compliance.rules.engine import in_scope

        self.country: list[_Live] = []
        self.required: list[_Live] = []
        for loaded in rules:
            rule = loaded.rule
            if rule.kind == "list":
                continue
            applies, flags = in_scope(rule, context, listed=False)
            if not applies:
                continue
            severity = min(rule.in_force_severity, Severity.REVIEW, key=lambda s: s.rank) if flags else \
                rule.in_force_severity
            words = (re.compile(r"\b(?:" + "|".join(re.escape(w) for w in rule.words) + r")\b", re.IGNORECASE)
                     if rule.words else None)
            live = _Live(loaded, severity, " ".join(flags), words)
            (self.country if rule.kind == "country" else self.required).append(live)

    def __bool__(self) -> bool:
        return bool(self.country or self.required)

    @staticmethod
    def _reason(live: _Live, text: str) -> str:
        return " ".join(p for p in (text, " ".join(live.loaded.rule.description.split()), live.flags) if p)

    def missing_columns(self, roles: set[Role]) -> list[tuple[RowVerdict, Role]]:
        """A verdict per required role the sheet has no column for."""
        out = []
        for live in self.required:
            rule = live.loaded.rule
            for role in rule.require_roles:
                if role not in roles:
                    out.append((RowVerdict(live.loaded, live.severity, self._reason(
                        live, f"The sheet has no {role.value} column, which {rule.code} requires:")), role))
        return out

    def country_verdicts(self, value: str, cells: Sequence[str] = (), screened: Iterable[int] = ()
                         ) -> tuple[RowVerdict, ...]:
        """Verdicts for a row whose country cell is ``value``; ``cells[i]`` for i in ``screened`` are the
        row's screened cells, read only by rules limited to a kind of item (drones)."""
        code = country_code(value)
        if code is None:
            return ()
        out = []
        for live in self._by_country(code):
            if live.words is None:
                said = f"Country {value!r} ({code}) is one the rule {live.loaded.rule.code} flags:"
            else:
                found = next((w for i in screened if cells[i] and (w := live.word_in(cells[i]))), "")
                if not found:
                    continue
                said = f"A {found!r} item from {value!r} ({code}):"
            out.append(RowVerdict(live.loaded, live.severity, self._reason(live, said)))
        return tuple(out)

    @functools.cache  # noqa: B019 - one RowRules per run; country codes repeat across rows
    def _by_country(self, code: str) -> tuple[_Live, ...]:
        return tuple(live for live in self.country
                     if code in live.loaded.rule.countries
                     or (live.loaded.rule.countries_except and code not in live.loaded.rule.countries_except))
