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
import os
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from compliance.lists.importers.base import IMPORTER_VERSION, ImportResult
from compliance.lists.models import AliasKind, Entity
from compliance.match.context import is_neutral
from compliance.match.names import MATCHER_VERSION, AliasRecord, make_alias
from compliance.match.persons import PersonRecord, make_person
from compliance.normalize import NORMALIZER_VERSION

if TYPE_CHECKING:
    from compliance.lists.snapshots import Snapshot, Store

#: Entity types not screened against sheet cells: a vessel or aircraft name ("ANNA", "HAPPY") is
#: not a supplier. They stay in the snapshot, in ``lists search`` and in ``lists diff``.
UNSCREENED_TYPES = frozenset({"vessel", "aircraft"})


@dataclass(slots=True)
class Compiled:
    source: str
    snapshot: str
    sha256: str
    entities: dict[str, str]                 # id -> the entry as JSON text (parsed when needed)
    entity_lists: dict[str, list[str]]       # id -> the lists the entry is on
    aliases: list[AliasRecord]
    persons: list[PersonRecord]

    def entity(self, entity_id: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.entities[entity_id])
        return data


def cache_key(snapshot: Snapshot) -> str:
    return (f"{snapshot.source}-{snapshot.sha256[:20]}-imp{IMPORTER_VERSION}-norm{NORMALIZER_VERSION}-"
            f"{MATCHER_VERSION.replace('/', '')}")


def org_alias(entity_id: str, name: str, *, weak: bool) -> AliasRecord | None:
    """An official list's organisation name as the matcher reads it.

    Official names are not curated one by one, so they are read conservatively: a name matches the
    whole cell, or the cell with only place, legal-form and trade words beside it (``common``);
    typos are allowed for names long enough that a typo cannot make another word (8+ letters). A
    name of only generic words, a short acronym, or an OFAC "weak" a.k.a. must equal the cell
    (``exact``), and a weak a.k.a. alone is never more than review.
    """
    rec = make_alias(entity_id, name, AliasKind.COMMON, verified=not weak)
    if rec is None:
        return None
    telling = [t for t in rec.tokens if not is_neutral(t)]
    exact = weak or not telling or (len(rec.tokens) == 1 and len(rec.joined) <= 4)
    kind = AliasKind.EXACT if exact else AliasKind.COMMON
    fuzzy = not exact and not rec.cjk and len(rec.joined) >= 8
    return make_alias(entity_id, name, kind, verified=not weak, fuzzy=fuzzy)


def compile_result(snapshot: Snapshot, result: ImportResult) -> Compiled:
    entities: dict[str, str] = {}
    entity_lists: dict[str, list[str]] = {}
    aliases: list[AliasRecord] = []
    persons: list[PersonRecord] = []
    for e in result.entities:
        entities[e.id] = e.model_dump_json(exclude_defaults=True)
        entity_lists[e.id] = list(e.lists)
        if e.type in UNSCREENED_TYPES:
            continue
        names = [(e.name, False)] + [(a.name, a.strength == "weak") for a in e.aliases]
        seen: set[str] = set()
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
    return Compiled(snapshot.source, snapshot.id, snapshot.sha256, entities, entity_lists, aliases, persons)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, AliasKind) else value


def _dump(compiled: Compiled, key: str) -> bytes:
    data = {
        "key": key,
        "source": compiled.source,
        "snapshot": compiled.snapshot,
        "sha256": compiled.sha256,
        "entities": compiled.entities,
        "entity_lists": compiled.entity_lists,
        "aliases": [tuple(_plain(getattr(a, f)) for f in AliasRecord.__slots__) for a in compiled.aliases],
        "persons": [tuple(getattr(p, f) for f in PersonRecord.__slots__) for p in compiled.persons],
    }
    return marshal.dumps(data)


def _load(raw: bytes, key: str) -> Compiled | None:
    try:
        data = marshal.loads(raw)
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        aliases = [_alias(list(t)) for t in data["aliases"]]
        persons = [PersonRecord(*t) for t in data["persons"]]
        return Compiled(data["source"], data["snapshot"], data["sha256"], data["entities"], data["entity_lists"],
                        aliases, persons)
    except (ValueError, EOFError, TypeError, KeyError):
        return None


_KIND_AT = AliasRecord.__slots__.index("kind")


def _alias(values: list[Any]) -> AliasRecord:
    values[_KIND_AT] = AliasKind(values[_KIND_AT])
    return AliasRecord(*values)


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
        fd, tmp = tempfile.mkstemp(dir=store.cache_dir, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_dump(compiled, key))
        os.replace(tmp, path)
    except OSError:
        pass          # a read-only store still screens; it only compiles every time
    return compiled


def entity_from(text: str) -> Entity:
    return Entity.model_validate_json(text)
