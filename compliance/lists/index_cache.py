"""The name index's lookup tables, kept on disk: a screen loads them instead of building them.

With the official lists, building the tables over ~27,000 names (exact keys, typo vocabularies,
the one-typo deletion index of ~52,000 keys) takes ~0.06 s of every screen; loading them takes
~0.02 s. The cache is keyed on content, not on where the names came from: a digest of every alias
record and look-alike the index is built from (curated, user, rule-pack and official names alike,
in order) and of the source of compliance/match/names.py, which builds the tables. A changed list,
a different --lists selection or a changed matcher is another key, so a stale file is never read.
The file also carries a digest of its payload: a damaged or unreadable file is rebuilt, and a
store that cannot be written still screens, building every time. Plain data only (``marshal``,
like compiled.py: reading it cannot run code).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from functools import lru_cache
from pathlib import Path
from typing import Any

from compliance.errors import UsageError
from compliance.match import names
from compliance.match.names import AliasRecord, LookalikeRecord, NameIndex
from compliance.output import write_atomic

#: Bump when the file layout changes.
FORMAT = "1"
#: Below this many aliases (curated lists alone) building is cheaper than a file.
MIN_ALIASES = 2000
#: Index files kept in the cache folder (one per distinct set of lists screened against).
KEEP = 4
PREFIX = "name-index-"


def name_index(aliases: list[AliasRecord], lookalikes: list[LookalikeRecord], cache_dir: Path | None) -> NameIndex:
    """NameIndex(aliases, lookalikes), its tables loaded from ``cache_dir`` when a file has the same key."""
    if cache_dir is None or len(aliases) < MIN_ALIASES:
        return NameIndex(aliases, lookalikes)
    key = cache_key(aliases, lookalikes)
    path = cache_dir / f"{PREFIX}{key[:40]}.marshal"
    tables = _read(path, key)
    if tables is not None:
        with contextlib.suppress(OSError):
            path.touch()        # recently used: pruned last
        return NameIndex.from_tables(aliases, lookalikes, tables)
    index = NameIndex(aliases, lookalikes)
    _write(path, key, index.tables())
    return index


def cache_key(aliases: list[AliasRecord], lookalikes: list[LookalikeRecord]) -> str:
    h = hashlib.sha256(f"name-index/{FORMAT}\0{names.MATCHER_VERSION}\0{_code_digest()}\0".encode())
    # marshal version 0: the same bytes for the same values (later versions mark shared and
    # interned objects, which differ from run to run). Curated kinds are AliasKind members,
    # official ones plain strings: both as the plain string.
    h.update(marshal.dumps([tuple(a) if a.kind.__class__ is str else (*a[:5], str(a.kind), *a[6:])
                            for a in aliases], 0))
    h.update(marshal.dumps([(lk.id, lk.name, lk.norms, sorted(lk.confusable_with), lk.reason) for lk in lookalikes], 0))
    return h.hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """The source that builds the tables: an edit to it is a new key even without a version bump."""
    return hashlib.sha256(Path(names.__file__).read_bytes()).hexdigest()


def _read(path: Path, key: str) -> dict[str, Any] | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        data = marshal.loads(raw)
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        payload = data["tables"]
        if not isinstance(payload, bytes) or hashlib.sha256(payload).hexdigest() != data["sha256"]:
            return None
        tables = marshal.loads(payload)
        if not isinstance(tables, dict) or set(tables) != set(NameIndex.TABLES):
            return None
        return tables
    except (ValueError, EOFError, TypeError, KeyError):
        return None


def _write(path: Path, key: str, tables: dict[str, object]) -> None:
    payload = marshal.dumps(tables)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest(),
                                          "tables": payload}))
        _prune(path.parent)
    except (OSError, UsageError):
        pass          # a read-only store still screens; it only builds every time


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently used index files."""
    files = []
    for f in folder.glob(f"{PREFIX}*.marshal"):
        with contextlib.suppress(OSError):
            files.append((f.stat().st_mtime, f))
    for _, f in sorted(files, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            f.unlink()
