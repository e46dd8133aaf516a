"""Errors the CLI turns into one clear line and exit code 2 (user/input) or 3 (internal)."""

from __future__ import annotations


class ComplianceError(Exception):
    """Base for errors caused by the user's input or configuration (exit code 2)."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} (hint: {self.hint})"


class InputError(ComplianceError):
    """An input sheet is missing, unreadable, empty, encrypted or wrongly encoded."""


class DataError(ComplianceError):
    """A list or rule file is broken: the run stops rather than screen against bad data."""


class UsageError(ComplianceError):
    """Options that contradict each other or name things that do not exist."""


def location(path: object, sheet: str | None = None, row: int | None = None,
             column: str | None = None) -> str:
    """Format 'file, sheet S, row R, column C' for messages."""
    parts = [str(path)]
    if sheet is not None:
        parts.append(f"sheet {sheet!r}")
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f"column {column!r}")
    return ", ".join(parts)
