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


def _official_style_index() -> NameIndex:
    """Common (official-list) names whose words a typo can shorten below their own typo budget."""
    from compliance.lists.models import AliasKind
    from compliance.match.names import make_alias

    names = ["AL-FAKHER ADVANCED WORKS CO. LTD.", "NOVYI VEK - MEDIA", "OOO YAKHT-TREID",
             "KARAMANLIS SHIPBUILDERS", "PETROCHEMICALSTRADING", "NORTHWESTERNMOST TRADING HOUSE"]
    aliases = [make_alias(f"e{i}", name, AliasKind.COMMON, fuzzy=True) for i, name in enumerate(names)]
    return NameIndex([a for a in aliases if a is not None], [])


def _shortened(index: NameIndex) -> list[str]:
    """Each alias with one or two letters dropped from one of its words."""
    out = set()
    for a in index.aliases:
        for n, tok in enumerate(a.tokens):
            for i in range(len(tok)):
                for j in range(i, len(tok)):
                    cut = tok[:i] + tok[i + 1:] if i == j else tok[:i] + tok[i + 1:j] + tok[j + 1:]
                    out.add(" ".join([*a.tokens[:n], cut, *a.tokens[n + 1:]]) + " LLC")
    return sorted(out)


def test_a_typo_that_shortens_a_word_below_its_budget_is_found() -> None:
    """"novy" has no typo budget of its own (4 letters) but is one typo from "novyi", which has one."""
    index = _official_style_index()
    oracle = Exhaustive(index.aliases, index.lookalikes)
    values = _shortened(index)
    lost = [v for v in values if {m.entity_id for m in oracle.match(v, Field.NAME)}
            - {m.entity_id for m in index.match(v, Field.NAME)}]
    assert not lost, lost[:20]
    assert index.match("NOVY VEK-MEDIA OOO LLC", Field.NAME)


def test_batched_lookup_gives_the_same_candidates() -> None:
    one_by_one, batched = _official_style_index(), _official_style_index()
    values = _shortened(one_by_one)
    batched.prime(values)
    for v in values:
        norm = one_by_one._normalize(v)
        assert batched._candidates(norm.split(), norm) == one_by_one._candidates(norm.split(), norm), v
