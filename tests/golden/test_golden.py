"""Golden files: every format's output for the samples, exact (xlsx: the cells read back, not the zip).

After an intended change: ``python -m tests.golden.regenerate`` and review the diff.
"""

from __future__ import annotations

import pytest

from tests.golden.regenerate import GOLDEN, outputs, samples_report

EXPECTED = outputs(samples_report())


def test_the_golden_files_are_the_ones_regenerate_writes() -> None:
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(EXPECTED), "run: python -m tests.golden.regenerate"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden(name: str) -> None:
    golden = (GOLDEN / name).read_bytes().decode("utf-8")
    assert EXPECTED[name] == golden, f"{name} differs from its golden file: python -m tests.golden.regenerate"
