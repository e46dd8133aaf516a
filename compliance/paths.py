"""Where the tool keeps its own files: list snapshots, compiled caches, run history."""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable that moves the data directory (CI caches, shared air-gapped stores).
DATA_DIR_ENV = "COMPLIANCE_DATA_DIR"


def data_dir(override: Path | None = None) -> Path:
    """``--data-dir`` if given, else $COMPLIANCE_DATA_DIR, else the platform's user data directory.

    The directory is not created here: reading commands must not leave empty folders behind.
    """
    if override is not None:
        return override.expanduser()
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("compliance", appauthor=False))
