"""write_atomic: the file appears whole, with the permissions a plain write would give it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from compliance.output import write_atomic


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_gets_the_umask_mode_and_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "report.json"
        write_atomic(target, "{}")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o600)
        write_atomic(target, "{\"a\": 1}")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "{\"a\": 1}"
    finally:
        os.umask(old)
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"], "no temporary file left behind"
