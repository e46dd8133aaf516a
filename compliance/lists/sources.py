"""The official sources the tool can download, import and screen against.

Each source is one publication: its files (as the publisher names them), the official URLs, the
importer that reads them, how old a snapshot may get before the tool warns, and the list ids its
entries carry (what rules and ``--lists`` refer to). URLs are from DOMAIN.md s.12; where that brief
marks one as only partly verified, the comment says so.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from compliance.errors import UsageError

if TYPE_CHECKING:
    from compliance.lists.importers.base import ImportResult

_OFAC = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"


@dataclass(frozen=True, slots=True)
class SourceFile:
    name: str            # canonical file name in a snapshot (lower case, as OFAC's legacy names)
    url: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class OfficialSource:
    id: str
    title: str
    publisher: str
    page: str                        # where a person reads about the list
    files: tuple[SourceFile, ...]
    importer: str                    # "module:function"
    list_ids: tuple[str, ...]        # ids its entities carry in Entity.lists
    max_age_days: int = 7
    #: file names that may replace the canonical ones on import (CSL as JSON instead of CSV)
    alternatives: Mapping[str, str] | None = None

    def load(self, files: Mapping[str, Path], fetched: dt.date, *, tolerate_truncation: bool = False) -> ImportResult:
        module, _, func = self.importer.partition(":")
        loader: Callable[..., ImportResult] = getattr(importlib.import_module(module), func)
        return loader(files, fetched=fetched, tolerate_truncation=tolerate_truncation)

    def canonical(self, filename: str) -> str | None:
        """The canonical name a user's file stands for (``SDN.CSV``, ``sdn.csv.gz`` -> ``sdn.csv``)."""
        name = filename.lower()
        if name.endswith(".gz"):
            name = name[:-3]
        known = {f.name for f in self.files} | set(self.alternatives or {})
        return name if name in known else None


CSL_CODES = ("sdn", "el", "meu", "uvl", "dpl", "isn", "dtc", "cmic", "ssi", "plc", "fse", "cap", "mbs")

SOURCES: dict[str, OfficialSource] = {s.id: s for s in (
    OfficialSource(
        id="ofac-sdn",
        title="OFAC Specially Designated Nationals (SDN) list",
        publisher="US Treasury, Office of Foreign Assets Control",
        page="https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
        files=(SourceFile("sdn.csv", _OFAC + "SDN.CSV"),
               SourceFile("alt.csv", _OFAC + "ALT.CSV"),
               SourceFile("add.csv", _OFAC + "ADD.CSV"),            # DOMAIN.md: [P]
               SourceFile("sdn_comments.csv", _OFAC + "SDN_COMMENTS.CSV", required=False)),
        importer="compliance.lists.importers.ofac:load_sdn",
        list_ids=("ofac-sdn",),
        max_age_days=7,
    ),
    OfficialSource(
        id="ofac-cons",
        title="OFAC Consolidated Sanctions List (non-SDN: NS-CMIC, SSI, FSE, PLC, CAPTA, NS-MBS)",
        publisher="US Treasury, Office of Foreign Assets Control",
        page="https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists",
        # the consolidated exports follow the SDN export naming (DOMAIN.md: [P])
        files=(SourceFile("cons_prim.csv", _OFAC + "CONS_PRIM.CSV"),
               SourceFile("cons_alt.csv", _OFAC + "CONS_ALT.CSV"),
               SourceFile("cons_add.csv", _OFAC + "CONS_ADD.CSV"),
               SourceFile("cons_comments.csv", _OFAC + "CONS_COMMENTS.CSV", required=False)),
        importer="compliance.lists.importers.ofac:load_cons",
        list_ids=("ofac-cons",),
        max_age_days=7,
    ),
    OfficialSource(
        id="csl",
        title="Consolidated Screening List (Commerce, State and Treasury export screening lists)",
        publisher="US Commerce, International Trade Administration",
        page="https://www.trade.gov/consolidated-screening-list",
        files=(SourceFile("consolidated.csv",
                          "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"),),
        importer="compliance.lists.importers.csl:load",
        list_ids=tuple(f"csl-{code}" for code in CSL_CODES),
        max_age_days=7,
        alternatives={"consolidated.json": "consolidated.csv"},
    ),
    OfficialSource(
        id="bis-dpl",
        title="BIS Denied Persons List",
        publisher="US Commerce, Bureau of Industry and Security",
        page="https://www.bis.gov/denied-persons-list",
        # the BIS flat-file location (not verified against bis.gov; the CSL carries the same list)
        files=(SourceFile("dpl.txt", "https://www.bis.doc.gov/dpl/dpl.txt"),),
        importer="compliance.lists.importers.dpl:load",
        list_ids=("bis-dpl",),
        max_age_days=30,
    ),
    OfficialSource(
        id="un-sc",
        title="UN Security Council Consolidated List",
        publisher="United Nations Security Council",
        page="https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list",
        files=(SourceFile("consolidated.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),),
        importer="compliance.lists.importers.un:load",
        list_ids=("un-sc",),
        max_age_days=14,
    ),
)}

#: Entries of one source that another, primary, source also carries: when both are in use, the
#: primary one is screened and the copy is left out (so a name is not reported twice).
SUPERSEDED_BY: dict[str, str] = {
    "csl-sdn": "ofac-sdn",
    **{f"csl-{code}": "ofac-cons" for code in ("cmic", "ssi", "plc", "fse", "cap", "mbs")},
    "csl-dpl": "bis-dpl",
}


def get_source(source_id: str) -> OfficialSource:
    try:
        return SOURCES[source_id]
    except KeyError:
        raise UsageError(f"unknown list source {source_id!r}; sources: {', '.join(SOURCES)}") from None


def source_of_list(list_id: str) -> OfficialSource | None:
    """The source whose entries carry this list id (``csl-el`` -> csl), if any."""
    for source in SOURCES.values():
        if list_id == source.id or list_id in source.list_ids:
            return source
    return None
