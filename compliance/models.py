"""Boundary types that flow through the pipeline: columns, rows, matches, findings."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """Report severities, highest first."""

    PROHIBITED = "prohibited"
    RESTRICTED = "restricted"
    REVIEW = "review"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe (prohibited=3 ... info=0)."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.PROHIBITED: 3, Severity.RESTRICTED: 2, Severity.REVIEW: 1, Severity.INFO: 0}


class Role(StrEnum):
    """What a column holds, as far as screening is concerned."""

    VENDOR = "vendor"            # the party paid: Vendor, Supplier, Payee
    MANUFACTURER = "manufacturer"  # who made it: Manufacturer, Mfr, Make, OEM
    BRAND = "brand"
    PARENT = "parent"            # Parent / Ultimate Parent company
    MODEL = "model"              # Model / Part Number / MPN / SKU
    DESCRIPTION = "description"  # free text: Description / Item
    COUNTRY = "country"
    ADDRESS = "address"
    FCC_ID = "fcc_id"            # FCC ID printed on the label (grantee code + product code)
    NOTES = "notes"              # Notes / Comments / Remarks: free text, evidence for review only
    PURPOSE = "purpose"          # Purpose / Intended use: context for s.889's purpose condition, not screened


class Buyer(StrEnum):
    """Who is buying: some rules bind only one kind of buyer (DOMAIN.md s.7, s.9, s.2)."""

    CIVILIAN = "civilian"
    DOD = "dod"
    IC = "ic"                    # the intelligence community (FASCSA orders of the DNI)
    FCC_FUNDED = "fcc-funded"    # paid with FCC-administered subsidies (Secure Networks Act)


#: Roles whose cells hold an organisation's name.
NAME_ROLES = frozenset({Role.VENDOR, Role.MANUFACTURER, Role.BRAND, Role.PARENT})
#: Roles whose cells can hold a model or part number.
MODEL_ROLES = frozenset({Role.MODEL, Role.DESCRIPTION, Role.FCC_ID, Role.NOTES})
#: Roles whose hits are never more than review: a note may say "replaced the Hikvision camera".
REVIEW_ONLY_ROLES = frozenset({Role.NOTES})
#: Roles screened at all (country/address are context, not matched on their own).
SCREENED_ROLES = NAME_ROLES | MODEL_ROLES


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its 0-based position, header text and detected role."""

    index: int
    header: str
    role: Role | None


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: the row number a person sees in Excel, and cell texts in column order."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """A cell value that hit a list entity: the evidence, before any rule is applied."""

    entity_id: str
    matched_name: str      # the alias, or the fingerprint's label, as written in the list
    matched_norm: str      # its normalized form
    score: float           # 0-100
    method: str            # exact | token | fuzzy | contained | native | model | grantee
    confident: bool        # False: only good enough for review
    explanation: str


class DecisionKind(StrEnum):
    FALSE_POSITIVE = "false-positive"
    CONFIRMED = "confirmed"
    ACCEPTED_RISK = "accepted-risk"


class DecisionState(StrEnum):
    """What a recorded decision does to the finding it matches, on this run."""

    CLEARED = "cleared"        # false-positive / accepted-risk, in force: shown, not counted for --fail-on
    CONFIRMED = "confirmed"    # a person confirmed the hit: still counts
    REOPENED = "reopened"      # expired, or the entity / list entry changed since: counts again


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's decision about a finding, matched by the finding's fingerprint (never its row)."""

    fingerprint: str
    decision: DecisionKind
    reason: str
    reviewer: str
    date: dt.date
    expires: dt.date | None = None
    #: digest of the list entry when decided: a changed entry re-opens the finding
    entity_digest: str | None = None
    state: DecisionState = DecisionState.CLEARED
    state_reason: str = ""     # why re-opened, in words
    #: for people reading the decisions file (the fingerprint alone says nothing to them)
    entity_id: str = ""
    entity_name: str = ""
    rule: str = ""
    value: str = ""

    @property
    def clears(self) -> bool:
        """A false positive or an accepted risk takes the finding out of --fail-on; a confirmation does not."""
        return self.decision is not DecisionKind.CONFIRMED


@functools.lru_cache(maxsize=65536)
def finding_fingerprint(rule: str, normalized: str, entity_id: str) -> str:
    """Stable across row moves and re-sorts: the rule, the normalized cell value and the entity."""
    return hashlib.sha256(f"{rule}\x1f{normalized}\x1f{entity_id}".encode()).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule applied to a match in one cell: what the report shows."""

    input: str
    sheet: str | None
    row: int
    column: str
    value: str
    normalized: str
    rule: str
    severity: Severity
    entity_id: str
    entity_name: str
    entity_lists: tuple[str, ...]
    matched_name: str
    score: float
    method: str
    path: tuple[str, ...]
    citation: str
    explanation: str
    #: the reviewed decision that matches this finding, if any
    decision: Decision | None = None
    #: what the rule's outcome is (prohibited, prohibited-if-purpose, dod-only, future-effective, ...)
    outcome: str = ""
    rule_name: str = ""
    #: the rule's own dates (the statute's or clause's effective date, a sunset)
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None

    @property
    def fingerprint(self) -> str:
        return finding_fingerprint(self.rule, self.normalized, self.entity_id)

    @property
    def cleared(self) -> bool:
        """Cleared by a decision in force: shown with its reason, not counted toward --fail-on."""
        return self.decision is not None and self.decision.state is DecisionState.CLEARED


@dataclass(frozen=True, slots=True)
class SheetResult:
    """What was screened in one sheet (or CSV file)."""

    name: str | None
    hidden: bool
    header_row: int | None
    rows: int
    columns: dict[str, str]              # header -> role
    skipped_reason: str | None = None    # set when the sheet could not be screened


@dataclass(slots=True)
class InputResult:
    """One input file: its identity and per-sheet results."""

    path: str
    sha256: str
    kind: str                            # xlsx | csv
    sheets: list[SheetResult] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(s.rows for s in self.sheets)
