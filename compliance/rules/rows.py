"""Rules on a row or a sheet rather than a list hit: country of origin, required columns.

Pure: cell values and column roles in, verdict texts out. Country cells are read as ISO 3166-1
codes or names (pycountry's ISO data, plus the forms ERP exports use that ISO does not: PRC, UK,
中国), so "China", "CN", "P.R.C." and "中国" are one country.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from compliance.models import Role, Severity
from compliance.rules.loader import LoadedRule

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


class RowRules:
    """The country and required-column rules in use, for one screening date."""

    def __init__(self, rules: Iterable[LoadedRule], as_of: dt.date) -> None:
        live = [r for r in rules if r.rule.kind != "list" and r.rule.in_force(as_of)]
        self.country = [r for r in live if r.rule.kind == "country"]
        self.required = [r for r in live if r.rule.kind == "required-column"]

    def __bool__(self) -> bool:
        return bool(self.country or self.required)

    def missing_columns(self, roles: set[Role]) -> list[tuple[RowVerdict, Role]]:
        """A verdict per required role the sheet has no column for."""
        out = []
        for loaded in self.required:
            rule = loaded.rule
            for role in rule.require_roles:
                if role not in roles:
                    out.append((RowVerdict(loaded, rule.in_force_severity,
                                           f"The sheet has no {role.value} column, which {rule.code} requires: "
                                           f"{' '.join(rule.description.split())}"), role))
        return out

    @functools.cache  # noqa: B019 - one RowRules per run; values repeat across rows
    def country_verdicts(self, value: str) -> tuple[RowVerdict, ...]:
        code = country_code(value)
        if code is None:
            return ()
        out = []
        for loaded in self.country:
            rule = loaded.rule
            if code in rule.countries:
                out.append(RowVerdict(loaded, rule.in_force_severity,
                                      f"Country {value!r} ({code}) is one of the countries {rule.code} flags: "
                                      f"{' '.join(rule.description.split())}"))
        return tuple(out)
