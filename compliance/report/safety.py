"""Neutralise spreadsheet formula/CSV injection in values we write out (OWASP CSV injection)."""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: str) -> str:
    """Prefix a quote when a cell would start a formula in Excel or LibreOffice."""
    if value and value.startswith(_TRIGGERS) and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True
