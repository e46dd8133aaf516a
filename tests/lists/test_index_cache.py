"""The name index's tables on disk: the same index as a fresh build, never stale, rebuilt when damaged."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from compliance.lists import index_cache
from compliance.lists.models import AliasKind
from compliance.match.names import AliasRecord, Field, LookalikeRecord, NameIndex, make_alias

NAMES = [("hik", "Hangzhou Hikvision Digital Technology", AliasKind.DISTINCTIVE), ("hik", "Hikvision", AliasKind.DISTINCTIVE),
         ("dahua", "Dahua Technology", AliasKind.COMMON), ("zte", "ZTE", AliasKind.COMMON),
         ("novyi", "NOVYI VEK - MEDIA", AliasKind.COMMON), ("yakht", "OOO YAKHT-TREID", AliasKind.COMMON),
         ("fakher", "AL-FAKHER ADVANCED WORKS CO. LTD.", AliasKind.COMMON), ("exact", "Pacific Network Corp", AliasKind.EXACT)]
VALUES = ["Hikvison USA", "hik vision", "Dahua Technology USA Inc", "ZTE", "NOVY VEK-MEDIA OOO LLC", "OOO AKHT-TREID",
          "Pacific Network Corp", "Acme Plumbing", "AL-FAKHER ADVANCED ORKS CO. LTD."]


def _aliases(extra: str | None = None) -> list[AliasRecord]:
    names = NAMES + ([("extra", extra, AliasKind.COMMON)] if extra else [])
    out = [make_alias(eid, name, kind, fuzzy=True if kind is AliasKind.COMMON else None) for eid, name, kind in names]
    return [a for a in out if a is not None]


LOOKALIKES = [LookalikeRecord("lk", "Hikari Vision", ("hikari vision",), frozenset({"hik"}), "a different company")]


@pytest.fixture(autouse=True)
def _small_lists_are_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_cache, "MIN_ALIASES", 1)


def _results(index: NameIndex) -> list[object]:
    return [[(m.entity_id, m.confident, m.score, m.explanation) for m in index.match(v, f)] for v in VALUES for f in Field]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{index_cache.PREFIX}*.marshal"))


def test_cached_index_is_the_built_index(tmp_path: Path) -> None:
    built = NameIndex(_aliases(), LOOKALIKES)
    first = index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)        # builds and writes
    assert len(_files(tmp_path)) == 1
    loaded = index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)       # reads
    assert loaded.tables() == built.tables() == first.tables()
    assert _results(loaded) == _results(built)
    assert any(_results(built))


def test_loaded_tables_come_from_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    monkeypatch.setattr(NameIndex, "__init__", lambda *a: pytest.fail("built, not loaded"))
    index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)


def test_other_names_are_another_key(tmp_path: Path) -> None:
    index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    changed = index_cache.name_index(_aliases("Nubia Technology"), LOOKALIKES, tmp_path)
    assert changed.tables() == NameIndex(_aliases("Nubia Technology"), LOOKALIKES).tables()
    assert len(_files(tmp_path)) == 2
    # a change of any field, of the order, of the look-alikes or of the code is a new key
    base = index_cache.cache_key(_aliases(), LOOKALIKES)
    unverified = [a._replace(verified=False) if a.entity_id == "zte" else a for a in _aliases()]
    assert index_cache.cache_key(unverified, LOOKALIKES) != base
    assert index_cache.cache_key(list(reversed(_aliases())), LOOKALIKES) != base
    assert index_cache.cache_key(_aliases(), []) != base


def test_a_code_change_is_another_key(monkeypatch: pytest.MonkeyPatch) -> None:
    base = index_cache.cache_key(_aliases(), LOOKALIKES)
    monkeypatch.setattr(index_cache, "_code_digest", lambda: "edited")
    assert index_cache.cache_key(_aliases(), LOOKALIKES) != base


def test_a_stale_file_under_the_same_name_is_not_read(tmp_path: Path) -> None:
    index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    (path,) = _files(tmp_path)
    data = marshal.loads(path.read_bytes())
    wrong = NameIndex(_aliases("Nubia Technology"), LOOKALIKES).tables()
    payload = marshal.dumps(wrong)
    import hashlib

    path.write_bytes(marshal.dumps({"key": "another key", "sha256": hashlib.sha256(payload).hexdigest(),
                                    "tables": payload}))
    loaded = index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    assert loaded.tables() == NameIndex(_aliases(), LOOKALIKES).tables()
    assert marshal.loads(path.read_bytes())["key"] == data["key"]       # rewritten with the right key


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_file_is_rebuilt(tmp_path: Path, damage: str) -> None:
    index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    (path,) = _files(tmp_path)
    raw = bytearray(path.read_bytes())
    if damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "flip":
        raw[-20] ^= 0x20            # inside the tables: only the payload digest notices
    elif damage == "garbage":
        raw = bytearray(b"not marshal data at all")
    else:
        raw = bytearray()
    path.write_bytes(bytes(raw))
    loaded = index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    assert loaded.tables() == NameIndex(_aliases(), LOOKALIKES).tables()
    assert _results(loaded) == _results(NameIndex(_aliases(), LOOKALIKES))
    assert index_cache._read(path, index_cache.cache_key(_aliases(), LOOKALIKES)) is not None   # rewritten


def test_an_unwritable_cache_still_screens(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    index = index_cache.name_index(_aliases(), LOOKALIKES, blocked / "cache")
    assert _results(index) == _results(NameIndex(_aliases(), LOOKALIKES))


def test_small_lists_are_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_cache, "MIN_ALIASES", 1000)
    index_cache.name_index(_aliases(), LOOKALIKES, tmp_path)
    assert _files(tmp_path) == []


def test_only_the_most_recently_used_files_are_kept(tmp_path: Path) -> None:
    for i in range(index_cache.KEEP + 2):
        index_cache.name_index(_aliases(f"Extra Name {i}"), LOOKALIKES, tmp_path)
    assert len(_files(tmp_path)) == index_cache.KEEP
