"""A screen pauses the cyclic collector while it builds its lists and freezes them, and undoes both."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from compliance import gctune
from compliance.errors import InputError
from compliance.pipeline import screen

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_a_screen_leaves_the_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    report = screen([SAMPLES / "purchases.csv"])
    assert report.findings
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_failed_screen_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        screen([tmp_path / "missing.csv"])
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_long_lived_keeps_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with gctune.long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gctune.release()
        gc.enable()
