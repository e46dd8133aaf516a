"""Rule files (``rules/*.yaml``): one per regulation, each rule with code, citation and severity."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from compliance.lists.models import RelationType
from compliance.models import Severity


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackMeta(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    jurisdiction: str = "US"
    version: str
    as_of: dt.date


class Rule(_Strict):
    """One rule: which lists (and programs on them) it covers, what a hit means, since when."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9]{2,15}$")
    name: str = Field(pattern=r"^[a-z0-9]+(\.[a-z0-9-]+)+$")
    description: str = Field(min_length=10)
    citation: str = Field(min_length=3)
    severity: Severity
    lists: list[str] = Field(min_length=1)
    #: only entries tagged with one of these programs (shell-style patterns: "FSE-*"); empty: all
    programs: list[str] = Field(default_factory=list)
    #: never entries tagged with one of these programs
    exclude_programs: list[str] = Field(default_factory=list)
    follows: list[RelationType] = Field(default_factory=list)
    depth: int = Field(default=3, ge=0, le=5)
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    remediation: str | None = None

    def covers_programs(self, programs: list[str]) -> bool:
        """The entry's programs pass this rule's program filters."""
        from fnmatch import fnmatchcase

        def hit(patterns: list[str]) -> bool:
            return any(fnmatchcase(p, pat) for p in programs for pat in patterns)

        if self.programs and not hit(self.programs):
            return False
        return not (self.exclude_programs and hit(self.exclude_programs))

    @model_validator(mode="after")
    def _dates(self) -> Rule:
        if self.effective_from and self.effective_until and self.effective_until < self.effective_from:
            raise ValueError("effective_until is before effective_from")
        return self


class RuleFile(_Strict):
    pack: PackMeta
    rules: list[Rule] = Field(min_length=1)
