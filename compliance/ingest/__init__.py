"""Ingest: read vendor and equipment sheets (xlsx, xlsm, xls, csv) into Tables of located rows."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from compliance.ingest.columns import detect_role, detect_roles
from compliance.ingest.delimited import TEXT_SUFFIXES, read_delimited
from compliance.ingest.table import Table, column_letter, input_error
from compliance.ingest.xlsx import EXCEL_SUFFIXES, read_workbook
from compliance.models import Role

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Table",
    "column_letter",
    "detect_role",
    "detect_roles",
    "file_sha256",
    "read_tables",
]

#: File suffixes read_tables accepts (case-insensitive).
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES + TEXT_SUFFIXES


def read_tables(path: Path, *, sheets: Sequence[str] | None = None,
                overrides: Mapping[str, Role] | None = None) -> Iterator[Table]:
    """One Table per sheet of a workbook (hidden sheets included, marked) or one per text file.

    ``sheets`` limits a workbook to these sheet names (case-insensitive; ignored for text files);
    ``overrides`` maps header text to a Role and beats detection for that column. Errors:
    InputError (one line naming the file) for anything wrong with the file, UsageError when a
    named sheet does not exist. Rows are read lazily as each Table's ``rows`` is iterated.
    """
    path = Path(path)
    _check_file(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise input_error(path, f"unsupported file type {path.suffix or '(no suffix)'!r}",
                          hint="use " + ", ".join(SUPPORTED_SUFFIXES))
    if suffix in EXCEL_SUFFIXES:
        yield from read_workbook(path, sheets, overrides)
    else:
        yield from read_delimited(path, overrides)


def _check_file(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise input_error(path, "file not found") from None
    except OSError as exc:
        raise input_error(path, f"cannot be read ({exc.strerror or 'OS error'})") from exc
    if path.is_dir():
        raise input_error(path, "is a directory, not a file")
    if info.st_size == 0:
        raise input_error(path, "is empty (0 bytes)")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise input_error(path, f"cannot be read ({exc.strerror or 'OS error'})") from exc


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in chunks (inputs can be hundreds of MB)."""
    with Path(path).open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
