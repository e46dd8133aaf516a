"""The candidate index must lose no match that comparing every alias with every cell would find."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from compliance.match.names import Field, NameIndex
from compliance.pipeline import Screener, ScreenOptions

DATA = Path(__file__).resolve().parents[1] / "data"


class Exhaustive(NameIndex):
    """The oracle: every alias is a candidate for every cell."""

    def _candidates(self, toks: list[str], norm: str) -> set[int]:
        return set(range(len(self.aliases)))


def cell_values() -> list[str]:
    """Every labelled cell value of both accuracy sets, plus typo and spacing variants."""
    values: set[str] = set()
    for labels in (DATA / "accuracy" / "labels.csv", DATA / "holdout" / "labels.csv"):
        with labels.open(encoding="utf-8") as fh:
            values.update(row["value"] for row in csv.DictReader(fh) if row["value"])
    extra = {"Hikvison", "Hik Vision", "HikVision USA", "HangzhouHikvision", "Huawey Technologies",
             "Dahau Technology", "Hytera Comunications", "Kasperski Lab", "Zhejiang Dahua Tech",
             "EZVIZ Inc", "Hi Watch", "Red Magic 9", "Nubia Technolgy", "Sepura Ltd", "Lorex"}
    return sorted(values | extra)


def test_index_finds_what_exhaustive_comparison_finds() -> None:
    screener = Screener.build(ScreenOptions(), dt.date(2026, 11, 22))
    index = screener.names
    oracle = Exhaustive(index.aliases, index.lookalikes)
    lost = []
    for value in cell_values():
        for field in Field:
            fast = {(m.entity_id, m.confident) for m in index.match(value, field)}
            full = {(m.entity_id, m.confident) for m in oracle.match(value, field)}
            if fast != full:
                lost.append((value, field.value, sorted(full - fast), sorted(fast - full)))
    assert not lost, lost[:20]


@pytest.mark.parametrize("value", ["Acme Network Technology Inc", "Global Digital Video Solutions"])
def test_trade_words_alone_make_no_candidates(value: str) -> None:
    screener = Screener.build(ScreenOptions(), dt.date(2026, 11, 22))
    toks = value.lower().split()
    assert screener.names._candidates(toks, " ".join(toks)) == set()
