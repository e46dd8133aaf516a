"""What every importer returns, and the helpers they share.

An importer reads the files of one official source (as downloaded, unchanged) and returns an
``ImportResult``: validated ``Entity`` objects, the publication date found in the data, and the
records it had to skip with the reason for each. Every importer is called as
``load(files, *, fetched, tolerate_truncation=False)``; with ``tolerate_truncation`` a cut-off last
record is skipped and reported where the format can tell one (CSL, DPL), and ignored where a whole
file is an XML document (UN) or records are joined across files (OFAC: a cut file is always refused).
It is strict about structure (a file that is not
what it claims raises ``DataError`` naming the file and line) and tolerant of the documented quirks.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from compliance.errors import DataError
from compliance.lists.models import Entity

#: Bumped whenever an importer's output changes for the same input: compiled caches key on it.
IMPORTER_VERSION = "1"


@dataclass(slots=True)
class ImportResult:
    source: str                                  # source id: ofac-sdn, ofac-cons, csl, bis-dpl, un-sc
    entities: list[Entity]
    #: the list's own date: publication / generation date, or the newest listing date it holds
    published: dt.date | None = None
    #: one line per record skipped: "FILE, line N: reason"
    skipped: list[str] = field(default_factory=list)
    #: notes worth showing the user (a missing optional file, records joined to nothing, ...)
    warnings: list[str] = field(default_factory=list)


def read_bytes(path: Path) -> bytes:
    """A source file's bytes; ``.gz`` files are decompressed (tests and air-gapped imports use them)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise DataError(f"{path}: not a complete gzip file ({exc})") from None
    if not raw.strip(b"\x1a\r\n\t "):
        raise DataError(f"{path}: file is empty")
    return raw


def require(files: Mapping[str, Path], name: str, source: str) -> Path:
    """The file a source needs, or a clear error naming what is missing."""
    path = files.get(name)
    if path is None:
        raise DataError(f"{source}: the file {name} is missing (got {sorted(files) or 'no files'})")
    return path
