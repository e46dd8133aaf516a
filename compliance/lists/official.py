"""Bring the official list snapshots into a screen: which ones, their compiled indexes, their provenance."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.errors import DataError, UsageError
from compliance.lists.compiled import compile_snapshot, entity_from
from compliance.lists.models import Entity
from compliance.ingest import file_sha256
from compliance.lists.snapshots import Snapshot, Store
from compliance.lists.sources import SOURCES, SUPERSEDED_BY, source_of_list
from compliance.lists.store import ListInfo, ListSet
from compliance.match.names import AliasRecord
from compliance.match.persons import PersonRecord
from compliance.paths import data_dir

PIN_SCHEMA = "compliance.lists-pin/1"
#: every list id a rule may name, installed or not: a rule for an absent list just never fires
ALL_OFFICIAL_LIST_IDS = frozenset(lst for s in SOURCES.values() for lst in s.list_ids)


class LazyEntities(dict[str, Entity]):
    """Curated entities as objects; official ones (tens of thousands) validated only when a finding needs one."""

    def __init__(self, base: dict[str, Entity]) -> None:
        super().__init__(base)
        self.raw: dict[str, str] = {}     # id -> the entry as JSON text

    def __missing__(self, key: str) -> Entity:
        data = self.raw.get(key)
        if data is None:
            raise KeyError(key)
        entity = entity_from(data)
        self[key] = entity
        return entity

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or key in self.raw


@dataclass(slots=True)
class Official:
    """What the official snapshots in use add to the name and person indexes."""

    aliases: list[AliasRecord] = field(default_factory=list)
    persons: list[PersonRecord] = field(default_factory=list)


def read_pin(path: Path) -> list[tuple[str, str, str]]:
    """(source, snapshot id, sha256) of each official snapshot a pin file or a report JSON records."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"--lists-from {path}: no such file") from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"--lists-from {path}: not a pin file or report JSON ({exc})") from None
    entries = data.get("lists") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UsageError(f"--lists-from {path}: no 'lists' array; give a file written by 'compliance lists pin' "
                         "or a JSON report")
    out: list[tuple[str, str, str]] = []
    for i, item in enumerate(entries):
        if not isinstance(item, dict) or not item.get("snapshot"):
            continue          # curated lists ship with the tool; they are checked by hash below
        source = str(item.get("source") or item.get("id") or "")
        if source not in SOURCES or not item.get("sha256"):
            raise UsageError(f"--lists-from {path}: lists[{i}] names unknown source {source!r}")
        out.append((source, str(item["snapshot"]), str(item["sha256"])))
    return out


def pinned_snapshots(store: Store, pins: list[tuple[str, str, str]], origin: Path) -> list[Snapshot]:
    snapshots = []
    for source, snap_id, sha in pins:
        snapshot = store.snapshot(source, snap_id)
        if snapshot.sha256 != sha:
            raise DataError(f"--lists-from {origin}: snapshot {source}@{snap_id} in {store.root} has hash "
                            f"{snapshot.sha256[:16]}..., the pin records {sha[:16]}...: not the same data")
        for name, meta in snapshot.manifest["files"].items():
            if file_sha256(snapshot.path / name) != meta["sha256"]:
                raise DataError(f"{snapshot.path / name}: the file changed since it was installed "
                                "(its hash differs from the snapshot manifest); re-import it")
        snapshots.append(snapshot)
    return snapshots


def _selected(selection: Sequence[str] | None, snapshots: list[Snapshot]) -> tuple[list[Snapshot], set[str] | None]:
    """The snapshots --lists asks for, and the sub-lists to keep (None: all of them).

    An item may name a whole source (``csl``) or one of its lists (``csl-el``).
    """
    if selection is None:
        return snapshots, None
    whole: set[str] = set()
    sublists: set[str] = set()
    for item in selection:
        source = source_of_list(item)
        if source is not None:
            (whole if item == source.id else sublists).add(item)
    chosen = [s for s in snapshots if s.source in whole or set(SOURCES[s.source].list_ids) & sublists]
    if not sublists:
        return chosen, None
    return chosen, sublists | {lst for s in chosen if s.source in whole for lst in SOURCES[s.source].list_ids}


def load_official(lists: ListSet, selection: Sequence[str] | None, lists_from: Path | None,
                  data_root: Path | None) -> Official:
    """Add the official snapshots in use to ``lists`` (provenance and entities) and return their index parts."""
    store = Store(data_dir(data_root))
    if lists_from is not None:
        snapshots = pinned_snapshots(store, read_pin(lists_from), lists_from)
    else:
        snapshots = list(store.current().values())
    snapshots, keep = _selected(selection, snapshots)
    result = Official()
    if not snapshots:
        return result
    in_use = {s.source for s in snapshots}
    entities = LazyEntities(lists.entities)
    lists.entities = entities
    for snapshot in snapshots:
        compiled = compile_snapshot(store, snapshot)
        part = compiled.part(_sections(compiled.lists(), in_use, keep))
        entities.raw.update(part.entities)
        result.aliases.extend(part.aliases)
        result.persons.extend(part.persons)
        source = SOURCES[snapshot.source]
        lists.infos.append(ListInfo(
            snapshot.source, source.title, source.publisher, snapshot.published or snapshot.fetched_at[:10],
            snapshot.sha256, len(part.entities), str(snapshot.path), kind="official",
            fetched_at=snapshot.fetched_at, url=snapshot.url(), snapshot=snapshot.id))
    return result


def _sections(sections: list[str], in_use: set[str], keep: set[str] | None) -> list[str]:
    """Sections to screen: on a chosen list, and not a copy of what a primary source in use carries.

    A section is keyed by its entries' lists joined with '+'; it is taken when any of them is.
    """
    out = []
    for key in sections:
        lists = [lst for lst in key.split("+") if SUPERSEDED_BY.get(lst) not in in_use]
        if keep is not None:
            lists = [lst for lst in lists if lst in keep]
        if lists:
            out.append(key)
    return out
