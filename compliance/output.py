"""Atomic file output: write beside the target, fsync, then rename over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from compliance.errors import UsageError


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` only once the new content is complete; never leave a half-written file."""
    target = path.resolve()
    if target.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name for the report")
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"{path}: folder {folder} does not exist")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private; give it the mode a plain write would (an existing file's
        # own mode, else what the umask allows), so a report can be shared as any other file
        with contextlib.suppress(OSError):
            os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
