"""Rule packs (``rules/*.yaml``): each regulation as data, with citation, outcome, dates and examples.

A pack is validated on load (unknown fields, bad dates, unknown lists or column roles stop the
run). It holds no code: conditions are the fields below, read by the engine (rules/engine.py).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from compliance.lists.models import RelationType
from compliance.models import Buyer, Role, Severity


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Outcome(StrEnum):
    """What a hit means under the rule (DOMAIN.md s.0): a single yes/no column gets these wrong."""

    PROHIBITED = "prohibited"
    PROHIBITED_IF_PURPOSE = "prohibited-if-purpose"   # s.889 video makers: only for covered purposes
    DOD_ONLY = "dod-only"                             # binds DoD buyers only (1260H / s.805, s.848)
    FUTURE_EFFECTIVE = "future-effective"             # prohibited from effective_from (s.5949)
    LICENCE_REQUIRED = "licence-required"             # export-control listing (BIS Entity List, MEU)
    REVIEW = "review"                                 # a red flag for a person to weigh
    INFO = "info"


#: The report severity of each outcome once the rule is in force and the buyer is in its scope.
OUTCOME_SEVERITY: dict[Outcome, Severity] = {
    Outcome.PROHIBITED: Severity.PROHIBITED,
    Outcome.PROHIBITED_IF_PURPOSE: Severity.PROHIBITED,
    Outcome.DOD_ONLY: Severity.PROHIBITED,
    Outcome.FUTURE_EFFECTIVE: Severity.PROHIBITED,
    Outcome.LICENCE_REQUIRED: Severity.RESTRICTED,
    Outcome.REVIEW: Severity.REVIEW,
    Outcome.INFO: Severity.INFO,
}


#: Kinds of evidence a match can be: a name, a model-number fingerprint, an FCC grantee code.
Evidence = Literal["name", "model", "grantee"]
EVIDENCE_KINDS: tuple[Evidence, ...] = ("name", "model", "grantee")


def evidence_of(method: str) -> Evidence:
    """The evidence kind of a Match.method."""
    if method == "model":
        return "model"
    if method == "grantee":
        return "grantee"
    return "name"


class PackMeta(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    jurisdiction: str = "US"
    version: str
    as_of: dt.date
    description: str | None = None
    #: applied when no --pack is given; a template pack is off until chosen with --pack
    default: bool = True


class ListEntry(_Strict):
    """An entry of a pack's own list (an organisation's internal blocklist)."""

    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    note: str | None = None


class PackList(_Strict):
    """A list a pack brings with it: screened like the curated lists, named in its rules by id."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=3)
    #: who decided the entries and when: the list's provenance in every report
    source: str = Field(min_length=3)
    as_of: dt.date
    entries: list[ListEntry] = Field(min_length=1)


class Example(_Strict):
    """One row a rule must (``expect`` a severity) or must not (``expect: none``) fire on."""

    #: column role -> cell value, e.g. {vendor: "Hikvision USA Inc."}
    row: dict[Role, str] = Field(min_length=1)
    expect: Severity | Literal["none"]
    as_of: dt.date | None = None
    buyer: Buyer | None = None
    purpose: str | None = None
    #: list entries the example needs (an official-list entry, say), as curated Entity fields
    entities: list[dict[str, object]] = Field(default_factory=list)
    note: str | None = None


class Rule(_Strict):
    """One rule: which lists (and programs on them) it covers, what a hit means, since when, for whom."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9]{2,15}$")
    name: str = Field(pattern=r"^[a-z0-9]+(\.[a-z0-9-]+)+$")
    groups: list[str] = Field(default_factory=list)
    description: str = Field(min_length=10)
    citation: str = Field(min_length=3)
    outcome: Outcome
    #: the report severity when in force and in scope (default: the outcome's, OUTCOME_SEVERITY)
    severity: Severity | None = None
    #: list rules: hits on these lists; country rules: the country column; required-column rules: the sheet
    kind: Literal["list", "country", "required-column"] = "list"
    lists: list[str] = Field(default_factory=list)
    #: only entries tagged with one of these programs (shell-style patterns: "FSE-*"); empty: all
    programs: list[str] = Field(default_factory=list)
    #: never entries tagged with one of these programs
    exclude_programs: list[str] = Field(default_factory=list)
    #: column roles the rule looks at (empty: every screened role)
    roles: list[Role] = Field(default_factory=list)
    #: kinds of evidence the rule accepts
    evidence: list[Evidence] = Field(default_factory=lambda: list(EVIDENCE_KINDS))
    #: a match scoring below this (0-100) goes to review with its explanation
    min_score: float = Field(default=0, ge=0, le=100)
    #: False: list membership only identifies the entity (s.848 covers PRC drone makers whenever a
    #: list named them); the rule's own dates decide. True: the entity must be listed on the date.
    listing_dates: bool = True
    follows: list[RelationType] = Field(default_factory=list)
    depth: int = Field(default=3, ge=0, le=5)
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    #: buyers the rule binds (empty: every buyer); others get ``out_of_scope``
    buyers: list[Buyer] = Field(default_factory=list)
    out_of_scope: Literal["review", "skip"] = "review"
    #: prohibited-if-purpose: words of a stated purpose that make it a covered purpose
    purposes: list[str] = Field(default_factory=list)
    #: country rules: ISO 3166-1 alpha-2 codes whose rows the rule flags ...
    countries: list[str] = Field(default_factory=list)
    #: ... or every country but these ("produced in a foreign country": [US])
    countries_except: list[str] = Field(default_factory=list)
    #: country rules: only rows whose other screened cells hold one of these words or phrases (drone, UAS)
    words: list[str] = Field(default_factory=list)
    #: required-column rules: roles a sheet must have
    require_roles: list[Role] = Field(default_factory=list)
    remediation: str | None = None
    #: the reason lies in the listed entry's note (a red-flag list): the explanation quotes it
    explain_note: bool = False
    #: applied unless deselected; a self-check rule (s.889 Part B) runs only when chosen with --rule
    default: bool = True
    #: rows it must and must not fire on; a pack file needs both kinds (rules/loader.py checks)
    examples: list[Example] = Field(default_factory=list)

    @property
    def in_force_severity(self) -> Severity:
        return self.severity or OUTCOME_SEVERITY[self.outcome]

    @property
    def scope(self) -> tuple[Buyer, ...]:
        """Buyers bound by the rule; a dod-only rule binds DoD whatever ``buyers`` says."""
        if self.outcome is Outcome.DOD_ONLY:
            return (Buyer.DOD,)
        return tuple(self.buyers)

    def covers_programs(self, programs: list[str]) -> bool:
        """The entry's programs pass this rule's program filters."""
        from fnmatch import fnmatchcase

        def hit(patterns: list[str]) -> bool:
            return any(fnmatchcase(p, pat) for p in programs for pat in patterns)

        if self.programs and not hit(self.programs):
            return False
        return not (self.exclude_programs and hit(self.exclude_programs))

    @field_validator("countries", "countries_except")
    @classmethod
    def _iso(cls, value: list[str]) -> list[str]:
        bad = [c for c in value if len(c) != 2 or not c.isalpha() or not c.isupper()]
        if bad:
            raise ValueError(f"countries must be ISO 3166-1 alpha-2 codes in capitals, not {bad}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        if self.effective_from and self.effective_until and self.effective_until < self.effective_from:
            raise ValueError("effective_until is before effective_from")
        if self.kind == "list" and not self.lists:
            raise ValueError("a list rule needs 'lists'")
        if self.kind == "country" and not (self.countries or self.countries_except):
            raise ValueError("a country rule needs 'countries' or 'countries_except'")
        if self.kind != "country" and (self.countries or self.countries_except or self.words):
            raise ValueError("'countries', 'countries_except' and 'words' are for country rules (kind: country)")
        if self.kind == "required-column" and not self.require_roles:
            raise ValueError("a required-column rule needs 'require_roles'")
        if self.kind != "list" and (self.lists or self.follows or self.programs):
            raise ValueError(f"a {self.kind} rule takes no lists, programs or follows")
        if self.outcome is Outcome.PROHIBITED_IF_PURPOSE and not self.purposes:
            raise ValueError("a prohibited-if-purpose rule needs 'purposes' (the words of a covered purpose)")
        if self.outcome is Outcome.FUTURE_EFFECTIVE and not self.effective_from:
            raise ValueError("a future-effective rule needs 'effective_from'")
        return self


class RuleFile(_Strict):
    pack: PackMeta
    lists: list[PackList] = Field(default_factory=list)
    rules: list[Rule] = Field(min_length=1)
