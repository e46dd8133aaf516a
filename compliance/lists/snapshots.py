"""The versioned store of official list snapshots under the user data directory.

Layout (every write is a rename of a complete file or folder, so a crash leaves the old state)::

    DATA_DIR/snapshots/SOURCE/SNAPSHOT/   the files as downloaded or imported, unchanged,
                                          plus manifest.json (hashes, counts, dates, URLs)
    DATA_DIR/current.json                 which snapshot of each source is in use
    DATA_DIR/cache/                       compiled indexes (see compiled.py), safe to delete

A snapshot is installed only after its importer has read it whole; a snapshot that is empty,
truncated, or shrinks the list by more than ``max_shrink`` is refused unless forced, and the one in
use stays in use. Old snapshots are kept: ``--lists-from`` and ``lists diff`` need them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.errors import DataError, UsageError
from compliance.ingest import file_sha256
from compliance.lists.importers.base import IMPORTER_VERSION, ImportResult, read_bytes
from compliance.lists.sources import SOURCES, OfficialSource, get_source
from compliance.output import write_atomic

MANIFEST = "manifest.json"
MANIFEST_SCHEMA = "compliance.snapshot/1"
#: refuse a new snapshot with this much fewer entries than the one in use, unless forced
DEFAULT_MAX_SHRINK = 0.10


@dataclass(frozen=True, slots=True)
class Snapshot:
    source: str
    id: str
    path: Path
    manifest: dict[str, Any]

    @property
    def sha256(self) -> str:
        return str(self.manifest["sha256"])

    @property
    def entries(self) -> int:
        return int(self.manifest["entries"])

    @property
    def fetched_at(self) -> str:
        return str(self.manifest["fetched_at"])

    @property
    def published(self) -> str | None:
        value = self.manifest.get("published")
        return str(value) if value else None

    @property
    def ref(self) -> str:
        return f"{self.source}@{self.id}"

    def files(self) -> dict[str, Path]:
        return {name: self.path / name for name in self.manifest["files"]}

    @property
    def fetched(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.fetched_at)

    def age_days(self, now: dt.datetime) -> float:
        return (now - self.fetched).total_seconds() / 86400

    def url(self) -> str:
        urls = [str(f.get("url") or "") for f in self.manifest["files"].values()]
        return next((u for u in urls if u), "")


@dataclass(slots=True)
class Outcome:
    """What happened to one source in an update or import."""

    source: str
    status: str                  # installed | unchanged | refused | failed
    message: str
    snapshot: Snapshot | None = None
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("installed", "unchanged")


def combined_sha256(file_hashes: dict[str, str]) -> str:
    """One hash for a snapshot: over its files' names and hashes, in name order."""
    h = hashlib.sha256()
    for name in sorted(file_hashes):
        h.update(f"{name}\0{file_hashes[name]}\n".encode())
    return h.hexdigest()


def _utc(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.snapshots_dir = root / "snapshots"
        self.current_file = root / "current.json"
        self.cache_dir = root / "cache"

    # -- reading --------------------------------------------------------------------------------

    def current_ids(self) -> dict[str, str]:
        if not self.current_file.exists():
            return {}
        try:
            data = json.loads(self.current_file.read_text(encoding="utf-8"))
            return {str(k): str(v) for k, v in data["sources"].items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"{self.current_file}: not a valid list store index ({exc}); "
                            "delete it and run 'compliance lists update'") from None

    def current(self) -> dict[str, Snapshot]:
        """The snapshot in use for each installed source, in registry order."""
        ids = self.current_ids()
        return {s: self.snapshot(s, ids[s]) for s in SOURCES if s in ids}

    def current_snapshot(self, source: str) -> Snapshot | None:
        """The snapshot in use for one source (reads only its manifest)."""
        snapshot_id = self.current_ids().get(source)
        return self.snapshot(source, snapshot_id) if snapshot_id else None

    def snapshot(self, source: str, snapshot_id: str) -> Snapshot:
        path = self.snapshots_dir / source / snapshot_id
        manifest_path = path / MANIFEST
        if not manifest_path.is_file():
            raise DataError(f"list snapshot {source}@{snapshot_id} is not in the store {self.root}",
                            hint="import it with 'compliance lists import', or point --data-dir at the "
                                 "store that holds it")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise DataError(f"{manifest_path}: broken snapshot manifest ({exc})") from None
        return Snapshot(source, snapshot_id, path, manifest)

    def history(self, source: str) -> list[Snapshot]:
        folder = self.snapshots_dir / source
        if not folder.is_dir():
            return []
        return [self.snapshot(source, p.name) for p in sorted(folder.iterdir())
                if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).is_file()]

    def find(self, ref: str) -> Snapshot:
        """``SOURCE`` (the one in use), ``SOURCE@ID``, an id or id prefix, or a snapshot folder path."""
        path = Path(ref)
        if (path / MANIFEST).is_file():
            manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
            return Snapshot(str(manifest["source"]), path.name, path, manifest)
        source, _, snap = ref.partition("@")
        if source in SOURCES and not snap:
            current = self.current()
            if source not in current:
                raise UsageError(f"{source}: no snapshot installed", hint="run 'compliance lists update "
                                 f"{source}' or 'compliance lists import'")
            return current[source]
        if source in SOURCES:
            found = [s for s in self.history(source) if s.id.startswith(snap)]
        else:
            found = [s for src in SOURCES for s in self.history(src) if s.id.startswith(ref)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise UsageError(f"{ref!r}: no such list snapshot in {self.root}",
                             hint="'compliance lists history' shows the snapshots kept")
        raise UsageError(f"{ref!r} names {len(found)} snapshots; give more of the id")

    # -- writing --------------------------------------------------------------------------------

    def stage(self, source: str) -> Path:
        """A fresh folder to download or copy files into, beside where they will be installed."""
        folder = self.snapshots_dir / source / f".staging-{uuid.uuid4().hex[:12]}"
        folder.mkdir(parents=True)
        return folder

    def install(self, source: OfficialSource, staged: Path, files_meta: dict[str, dict[str, Any]], *,
                how: str, now: dt.datetime, force: bool = False, max_shrink: float = DEFAULT_MAX_SHRINK,
                tolerate_truncation: bool = False) -> Outcome:
        """Validate the staged files with the importer and make them the snapshot in use.

        The staging folder is always consumed: moved into place, or removed.
        """
        try:
            return self._install(source, staged, files_meta, how=how, now=now, force=force,
                                 max_shrink=max_shrink, tolerate_truncation=tolerate_truncation)
        finally:
            if staged.exists():
                shutil.rmtree(staged, ignore_errors=True)

    def _install(self, source: OfficialSource, staged: Path, files_meta: dict[str, dict[str, Any]], *,
                 how: str, now: dt.datetime, force: bool, max_shrink: float,
                 tolerate_truncation: bool) -> Outcome:
        files = {name: staged / name for name in files_meta}
        for name, meta in files_meta.items():
            meta["sha256"] = file_sha256(files[name])
            meta["bytes"] = files[name].stat().st_size
        digest = combined_sha256({n: m["sha256"] for n, m in files_meta.items()})
        previous = self.current_snapshot(source.id)
        if previous is not None and previous.sha256 == digest:      # the same bytes: nothing to read again
            return Outcome(source.id, "unchanged", f"unchanged: {previous.entries:,} entries, snapshot "
                           f"{previous.id}", previous, int(previous.manifest.get("skipped", 0)),
                           list(previous.manifest.get("warnings", [])))
        try:
            result = source.load(files, now.date(), tolerate_truncation=tolerate_truncation)
        except DataError as exc:
            message = exc.message
            for name, meta in files_meta.items():   # name the file as the user knows it, not its staged copy
                shown = meta.get("imported_from") or meta.get("url") or name
                message = message.replace(str(staged / name), str(shown))
            return Outcome(source.id, "refused", f"not installed: {message}")
        entries = len(result.entities)
        if entries == 0:
            return Outcome(source.id, "refused", "not installed: the data holds no entries")
        outcome_warnings = list(result.warnings)
        if result.skipped:
            outcome_warnings.append(f"{len(result.skipped)} record(s) skipped, e.g. {result.skipped[0]}")
        if previous is not None and entries < previous.entries * (1 - max_shrink) and not force:
            drop = 1 - entries / previous.entries
            return Outcome(source.id, "refused",
                           f"not installed: the list would shrink from {previous.entries:,} to {entries:,} "
                           f"entries ({drop:.0%}, more than {max_shrink:.0%}); a truncated download is more "
                           f"likely than mass delistings. Check the data and use --force to install it; "
                           f"snapshot {previous.id} stays in use", previous)
        snapshot_id = f"{now.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}-{digest[:12]}"
        manifest = {
            "schema": MANIFEST_SCHEMA,
            "source": source.id,
            "snapshot": snapshot_id,
            "title": source.title,
            "publisher": source.publisher,
            "how": how,
            "fetched_at": _utc(now),
            "published": result.published.isoformat() if result.published else None,
            "sha256": digest,
            "entries": entries,
            "by_list": dict(sorted(Counter(lst for e in result.entities for lst in e.lists).items())),
            "skipped": len(result.skipped),
            "skipped_examples": result.skipped[:20],
            "warnings": result.warnings[:50],
            "importer_version": IMPORTER_VERSION,
            "files": files_meta,
        }
        write_atomic(staged / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        final = self.snapshots_dir / source.id / snapshot_id
        os.replace(staged, final)
        self._set_current(source.id, snapshot_id)
        snapshot = Snapshot(source.id, snapshot_id, final, manifest)
        from compliance.lists.compiled import compile_snapshot

        compile_snapshot(self, snapshot, result)       # warm the cache: the next screen starts fast
        change = f" (was {previous.entries:,})" if previous is not None else ""
        return Outcome(source.id, "installed", f"installed {entries:,} entries{change} as snapshot {snapshot_id}",
                       snapshot, len(result.skipped), outcome_warnings)

    def _set_current(self, source: str, snapshot_id: str) -> None:
        ids = self.current_ids()
        ids[source] = snapshot_id
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self.current_file, json.dumps({"sources": dict(sorted(ids.items()))}, indent=2) + "\n")

    def use(self, snapshot: Snapshot) -> None:
        """Make an older (kept) snapshot the one in use again: a rollback."""
        self._set_current(snapshot.source, snapshot.id)


def import_files(store: Store, source_id: str, paths: list[Path], *, now: dt.datetime, force: bool = False,
                 max_shrink: float = DEFAULT_MAX_SHRINK, tolerate_truncation: bool = False) -> Outcome:
    """``lists import``: install files a person brought in (air-gapped sites), validated like a download."""
    source = get_source(source_id)
    chosen: dict[str, Path] = {}
    for path in paths:
        candidates = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        for p in candidates:
            name = source.canonical(p.name)
            if name is None:
                if path.is_dir():
                    continue
                if len(source.files) == 1 and len(paths) == 1:
                    name = source.files[0].name      # one file, whatever it is called: the importer decides
                else:
                    expected = ", ".join(f.name for f in source.files)
                    raise UsageError(f"{p}: not a file of source {source_id} (expected {expected})")
            if name in chosen:
                raise UsageError(f"{p}: two files given for {name} ({chosen[name]} and {p})")
            chosen[name] = p
    # an import needs the primary file; the importer says what the others would have added
    primary = source.files[0].name
    if primary not in chosen and not any((source.alternatives or {}).get(n) == primary for n in chosen):
        raise UsageError(f"{source_id}: an import needs {primary} (given: {', '.join(sorted(chosen)) or 'nothing'})")
    staged = store.stage(source_id)
    meta: dict[str, dict[str, Any]] = {}
    for name, path in chosen.items():
        try:
            (staged / name).write_bytes(read_bytes(path))      # .gz files are stored decompressed
        except DataError:
            shutil.rmtree(staged, ignore_errors=True)
            raise
        meta[name] = {"url": "", "imported_from": str(path.resolve())}
    return store.install(source, staged, meta, how="import", now=now, force=force, max_shrink=max_shrink,
                         tolerate_truncation=tolerate_truncation)


def load_result(snapshot: Snapshot) -> ImportResult:
    """Read a stored snapshot's entities again (the raw files are the record; this is its reading)."""
    source = get_source(snapshot.source)
    return source.load(snapshot.files(), snapshot.fetched.date(), tolerate_truncation=True)
