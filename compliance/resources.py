"""Where the shipped data lives: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _find(packaged: str, top: str) -> Path:
    inside = _HERE / packaged
    if inside.is_dir():
        return inside
    return _HERE.parent / top


def lists_dir() -> Path:
    """Folder of the curated list files (``lists/`` in a checkout)."""
    return _find("data_lists", "lists")


def rules_dir() -> Path:
    """Folder of the shipped rule files (``rules/`` in a checkout)."""
    return _find("data_rules", "rules")


def schema_path(name: str) -> Path:
    """A JSON Schema shipped with the package."""
    return _HERE / "schemas" / name
