"""Pydantic models of the curated list files in ``lists/``: validated on load, strict about fields."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_ID = r"^[a-z0-9][a-z0-9-]*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Confidence(StrEnum):
    """DOMAIN.md's tags: V verified in a source, P partially verified, M from memory (unverified).

    V ships as fact. P ships but routes to review. M never ships as fact: an alias or a relation
    tagged M is review-level evidence only ("a lead, not a fact"; issue 2: "ship it as a review-level
    relation or leave it out"). Sources are never M: a lead is cited by what it is.
    """

    V = "V"
    P = "P"
    M = "M"


class Source(Strict):
    """Where a fact comes from and when it was read."""

    title: str = Field(min_length=3)
    url: str | None = None
    as_of: dt.date
    confidence: Confidence = Confidence.V

    @model_validator(mode="after")
    def _shipped(self) -> Source:
        if self.confidence is Confidence.M:
            raise ValueError("a source tagged M (unverified) cannot back a shipped fact; tag the alias instead")
        return self


class AliasKind(StrEnum):
    """How freely an alias may match inside a longer cell.

    distinctive: a coined name (Hikvision, EZVIZ) - found inside longer cells and through typos.
    common: an ordinary word or a name others share (Dahua, Honor, Red Magic) - matches the whole
        cell, or inside a cell whose other words are only place, legal-form or trade words.
    exact: matches only when the whole normalized cell equals it (Pacific Network Corp).
    """

    DISTINCTIVE = "distinctive"
    COMMON = "common"
    EXACT = "exact"


class Alias(Strict):
    name: str = Field(min_length=1)
    kind: AliasKind = AliasKind.DISTINCTIVE
    #: aka / former (f.k.a.) / now (n.k.a.) are the official lists' own alias types
    type: Literal["legal", "short", "former", "native", "brand", "romanization", "trade", "aka", "now"] = "legal"
    lang: str | None = None   # e.g. zh-Hans, zh-Hant, ru
    #: below V, a match on this alias alone is never confident: it goes to review
    confidence: Confidence = Confidence.V
    #: OFAC's "weak" (low-quality) a.k.a.: too broad to decide alone, so review only
    strength: Literal["strong", "weak"] = "strong"
    note: str | None = None


class RelationType(StrEnum):
    SUBSIDIARY_OF = "subsidiary_of"
    AFFILIATE_OF = "affiliate_of"
    BRAND_OF = "brand_of"
    FORMERLY_OWNED_BY = "formerly_owned_by"
    OEM_RELABEL_OF = "oem_relabel_of"   # sold relabeled products of the target (model-level risk)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Relation(Strict):
    type: RelationType
    target: str = Field(pattern=_ID)
    start: dt.date | None = None
    end: dt.date | None = None      # divestiture / sale completed (relation no longer holds after)
    #: how sure the end date is, when less sure than the relation itself (a sale agreed, closing unverified)
    end_confidence: Confidence | None = None
    note: str | None = None
    confidence: Confidence = Confidence.V
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _dates(self) -> Relation:
        if self.confidence is not Confidence.V and not self.note:
            raise ValueError(f"relation to {self.target!r}: a {self.confidence.value} relation needs a note "
                             "saying what is not verified")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"relation to {self.target!r}: end {self.end} is before start {self.start}")
        return self


class Address(Strict):
    """A postal address as an official list gives it (any part may be missing)."""

    street: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country: str | None = None     # as the source writes it: a name ("Iran") or an ISO code ("CN")
    remarks: str | None = None

    def text(self) -> str:
        return ", ".join(p for p in (self.street, self.city, self.state, self.postal_code, self.country) if p)


class Entity(Strict):
    id: str = Field(pattern=_ID)
    name: str = Field(min_length=2)
    type: Literal["organization", "person", "product", "vessel", "aircraft"] = "organization"
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    #: lists/programs the entity itself is named on, e.g. [ndaa-889, fcc-covered]; empty for an
    #: entity that is here only for its relations (a brand, a subsidiary, a divested unit).
    lists: list[str] = Field(default_factory=list)
    listed_since: dict[str, dt.date] = Field(default_factory=dict)  # list id -> date of inclusion
    aliases: list[Alias] = Field(default_factory=list)
    identifiers: dict[str, list[str]] = Field(default_factory=dict)  # fcc_grantee, szse, lei, ...
    relations: list[Relation] = Field(default_factory=list)
    note: str | None = None
    sources: list[Source] = Field(min_length=1)
    # -- what official lists add (importers fill these; curated entries rarely need them) --
    #: sanctions programs as the source tags them: SDGT, RUSSIA-EO14024, CMIC-EO13959, ...
    programs: list[str] = Field(default_factory=list)
    addresses: list[Address] = Field(default_factory=list)
    remarks: str | None = None
    #: Federal Register citations of the listing and its amendments ("84 FR 22963")
    federal_register: list[str] = Field(default_factory=list)
    license_requirement: str | None = None
    license_policy: str | None = None
    listed_until: dict[str, dt.date] = Field(default_factory=dict)   # list id -> end/expiry date
    #: other facts the source gives, by its own field name: title, dates_of_birth, nationalities,
    #: call_sign, vessel_flag, source_list_url, ...; values as the source writes them
    details: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_list_dates(self) -> Entity:
        unknown = (set(self.listed_since) | set(self.listed_until)) - set(self.lists)
        if unknown:
            raise ValueError(f"listed_since names lists the entity is not on: {sorted(unknown)}")
        return self


class Lookalike(Strict):
    """A name that is NOT a covered entity but is easily confused with one (DOMAIN.md s.13)."""

    id: str = Field(pattern=_ID)
    name: str
    aliases: list[str] = Field(default_factory=list)
    confusable_with: list[str] = Field(min_length=1)   # entity ids
    #: the look-alike is itself this list entry (a red flag of its own, lists/watch.yaml): hits on
    #: that entry are kept, hits on the entities it is confused with are dropped
    entity: str | None = Field(default=None, pattern=_ID)
    reason: str = Field(min_length=10)
    sources: list[Source] = Field(min_length=1)


class ListMeta(Strict):
    id: str = Field(pattern=_ID)
    title: str
    publisher: str
    version: dt.date             # the as-of date of this curated snapshot
    description: str | None = None
    sources: list[Source] = Field(min_length=1)


class ListFile(Strict):
    """One curated list file: metadata (the YAML key ``list``), entities, optional look-alikes."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    meta: ListMeta = Field(alias="list")
    entities: list[Entity] = Field(default_factory=list)
    lookalikes: list[Lookalike] = Field(default_factory=list)


class Fingerprint(Strict):
    """A model-number pattern that gives a covered maker away, with examples that pin it down."""

    id: str = Field(pattern=_ID)
    entity: str = Field(pattern=_ID)
    label: str                       # e.g. "Hikvision IP camera (DS-2CD...)"
    pattern: str                     # Python regex, matched against the upper-cased model text
    strength: Literal["strong", "weak"]   # strong: identifies the maker; weak: review only
    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(min_length=1)
    note: str | None = None
    sources: list[Source] = Field(min_length=1)
    #: whole model numbers a verified source attributes to the maker (a manual, an FCC filing): a
    #: cell naming one of them is proof even where the pattern alone is only a signal (weak)
    known: list[str] = Field(default_factory=list)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        return value

    @model_validator(mode="after")
    def _known_fit(self) -> Fingerprint:
        bad = [k for k in self.known if k != k.upper() or not re.search(self.pattern, k)]
        if bad:
            raise ValueError(f"known models must be upper case and fit the pattern: {bad}")
        return self


class FingerprintFile(Strict):
    fingerprints: list[Fingerprint]
