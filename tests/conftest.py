"""Test-wide setup: no test may see the developer's own list store, history or mirror."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets an empty user data directory (official snapshots, caches, run history)."""
    root = tmp_path_factory.mktemp("data-dir")
    monkeypatch.setenv("COMPLIANCE_DATA_DIR", str(root))
    monkeypatch.delenv("COMPLIANCE_MIRROR", raising=False)
    yield root
