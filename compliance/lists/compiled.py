"""Compiled snapshots: an official list's entries, normalized once and cached on disk.

Reading 15,000 SDN entries from CSV, validating them and normalizing every name takes seconds; a
screen should not pay that every run. The compiled form holds what screening needs (alias records,
person names, each entry as plain data) and is keyed on everything that shapes it: the snapshot's
hash, the importer, normalizer and matcher versions. A key that differs is simply another file, so
a stale cache is never read; a damaged one is rebuilt. The cache is plain data written with
``marshal`` (fast, and unlike pickle it cannot run code when read).
"""

from __future__ import annotations

import json
import marshal
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from compliance.errors import UsageError
from compliance.lists.importers.base import IMPORTER_VERSION, ImportResult
from compliance.gctune import gc_paused
from compliance.lists.models import AliasKind, Entity
from compliance.match.context import is_neutral
from compliance.match.names import MATCHER_VERSION, AliasRecord, make_alias
from compliance.match.persons import PersonRecord, make_person
from compliance.normalize import NORMALIZER_VERSION
from compliance.output import write_atomic

if TYPE_CHECKING:
    from compliance.lists.snapshots import Snapshot, Store

#: Entity types not screened against sheet cells: a vessel or aircraft name ("ANNA", "HAPPY") is
#: not a supplier. They stay in the snapshot, in ``lists search`` and in ``lists diff``.
UNSCREENED_TYPES = frozenset({"vessel", "aircraft"})


@dataclass(slots=True)
class Part:
    """The entries of some of a snapshot's lists, ready for the index."""

    entities: dict[str, str] = field(default_factory=dict)        # id -> the entry as JSON text
    entity_lists: dict[str, list[str]] = field(default_factory=dict)
    aliases: list[AliasRecord] = field(default_factory=list)
    persons: list[PersonRecord] = field(default_factory=list)


@dataclass(slots=True)
class Compiled:
    """A compiled snapshot, in one section per list (``csl-el``, ``csl-sdn``, ...).

    Sections stay marshalled bytes until asked for: a screen that takes the SDN from OFAC itself
    never unpacks the CSL's 10,000 copies of it.
    """

    source: str
    snapshot: str
    sha256: str
    sections: dict[str, bytes]

    def lists(self) -> list[str]:
        return sorted(self.sections)

    def entries(self) -> dict[str, dict[str, Any]]:
        """Every entry as data, without unpacking the index records (for ``lists diff``)."""
        out: dict[str, dict[str, Any]] = {}
        for blob in self.sections.values():
            out.update((k, json.loads(v)) for k, v in marshal.loads(blob)["entities"].items())
        return out

    def part(self, lists: Iterable[str] | None = None) -> Part:
        out = Part()
        for key in sorted(self.sections if lists is None else set(lists) & set(self.sections)):
            data = marshal.loads(self.sections[key])
            out.entities.update(data["entities"])
            out.entity_lists.update(data["entity_lists"])
            out.aliases.extend(map(AliasRecord._make, data["aliases"]))    # kind stays a str: compare with ==
            out.persons.extend(map(PersonRecord._make, data["persons"]))
        return out


#: Bump when compile_result() reads entries differently (alias kinds, what is screened, the layout).
COMPILER_VERSION = "7"


def cache_key(snapshot: Snapshot) -> str:
    return (f"{snapshot.source}-{snapshot.sha256[:20]}-imp{IMPORTER_VERSION}-norm{NORMALIZER_VERSION}-"
            f"{MATCHER_VERSION.replace('/', '')}-c{COMPILER_VERSION}")


def org_alias(entity_id: str, name: str, *, weak: bool) -> AliasRecord | None:
    """An official list's organisation name as the matcher reads it.

    Official names are not curated one by one, so they are read conservatively: a name matches the
    whole cell, or the cell with only place, legal-form and trade words beside it (``common``). A
    name of one telling word ("NOBILITY", "SMARTMET" once their legal forms are gone) cannot be
    judged distinctive by a machine, so it must equal the cell (or one part of it) (``exact``), as
    must a name of only generic words and an OFAC "weak" a.k.a. (which alone is never more than
    review). Typos are allowed only for names of two or more telling words and 10+ letters: one
    letter turns "Mobility" into "Nobility", but not two words into two other words.
    """
    rec = make_alias(entity_id, name, AliasKind.COMMON, verified=not weak, fuzzy=False)
    if rec is None:
        return None
    telling = [t for t in rec.telling if not is_neutral(t)]     # telling falls back to all words
    exact = weak or len(telling) < 2 and not rec.cjk
    fuzzy = not exact and not rec.cjk and len(rec.joined) >= 10
    # a name of four letters or fewer ("ADP", "ITC", "NEC" once the legal form is gone) is shared by
    # too many companies for equality alone to decide: review
    verified = not weak and (len(rec.joined) > 4 or rec.cjk)
    return rec._replace(kind=AliasKind.EXACT.value if exact else AliasKind.COMMON.value, fuzzy=fuzzy,
                        verified=verified, official=True)


#: a trailing parenthesised acronym or short form: "(SMIC)", "(SAMC)", "(BAL)", "(Huawei)"
_TRAILING_ACRONYM = re.compile(r"\s*\((?:[A-Z0-9][A-Za-z0-9&.\- ]{0,15})\)\s*$")


def entity_records(e: Entity) -> tuple[list[AliasRecord], list[PersonRecord]]:
    """An official entry's names as the matcher reads them: organisation aliases or person names."""
    aliases: list[AliasRecord] = []
    persons: list[PersonRecord] = []
    if e.type in UNSCREENED_TYPES:
        return aliases, persons
    seen: set[str] = set()
    names = [(e.name, False)] + [(a.name, a.strength == "weak") for a in e.aliases]
    if e.type != "person":
        # the CSL and UN write an acronym after the name: "Semiconductor Manufacturing International
        # Corporation (SMIC)", "BUTEMBO AIRLINES (BAL)"; a sheet writes the name alone
        names += [(bare, weak) for name, weak in names if (bare := _TRAILING_ACRONYM.sub("", name)) != name]
    for name, weak in names:
        if e.type == "person":
            person = make_person(e.id, name, verified=not weak)
            if person is not None and person.key not in seen:
                seen.add(person.key)
                persons.append(person)
            continue
        rec = org_alias(e.id, name, weak=weak)
        if rec is not None and rec.norm not in seen:
            seen.add(rec.norm)
            aliases.append(rec)
    return aliases, persons


def compile_result(snapshot: Snapshot, result: ImportResult) -> Compiled:
    with gc_paused():
        return _compile(snapshot, result)


def _compile(snapshot: Snapshot, result: ImportResult) -> Compiled:
    parts: dict[str, Part] = defaultdict(Part)
    for e in result.entities:
        part = parts["+".join(e.lists) or "unlisted"]
        part.entities[e.id] = e.model_dump_json(exclude_defaults=True)
        part.entity_lists[e.id] = list(e.lists)
        aliases, persons = entity_records(e)
        part.aliases.extend(aliases)
        part.persons.extend(persons)
    sections = {key: marshal.dumps({
        "entities": part.entities,
        "entity_lists": part.entity_lists,
        "aliases": [tuple(a) for a in part.aliases],     # kinds are already plain strings (org_alias)
        "persons": [tuple(p) for p in part.persons],
    }) for key, part in parts.items()}
    return Compiled(snapshot.source, snapshot.id, snapshot.sha256, sections)


def _dump(compiled: Compiled, key: str) -> bytes:
    return marshal.dumps({"key": key, "source": compiled.source, "snapshot": compiled.snapshot,
                          "sha256": compiled.sha256, "sections": compiled.sections})


def _load(raw: bytes, key: str) -> Compiled | None:
    try:
        data = marshal.loads(raw)
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        compiled = Compiled(data["source"], data["snapshot"], data["sha256"], data["sections"])
        for blob in compiled.sections.values():
            if not isinstance(blob, bytes):
                return None
        return compiled
    except (ValueError, EOFError, TypeError, KeyError):
        return None


def compile_snapshot(store: Store, snapshot: Snapshot, result: ImportResult | None = None) -> Compiled:
    """The compiled form of a snapshot: from the cache when its key matches, else built and cached."""
    key = cache_key(snapshot)
    path = store.cache_dir / f"{key}.marshal"
    if result is None:
        try:
            cached = _load(path.read_bytes(), key)
        except OSError:
            cached = None
        if cached is not None:
            return cached
        from compliance.lists.snapshots import load_result

        result = load_result(snapshot)
    compiled = compile_result(snapshot, result)
    try:
        store.cache_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(path, _dump(compiled, key))
    except (OSError, UsageError):
        pass          # a read-only store still screens; it only compiles every time
    return compiled


def entity_from(text: str) -> Entity:
    return Entity.model_validate_json(text)
