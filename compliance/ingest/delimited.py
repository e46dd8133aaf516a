"""Read delimited text (.csv, .tsv, .txt): detect encoding and delimiter, stream the records."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Generator, Iterator, Mapping
from pathlib import Path

from compliance.ingest.table import HEADER_SCAN_ROWS, Header, Table, find_header, input_error
from compliance.models import Role, Row

__all__ = ["DELIMITERS", "TEXT_SUFFIXES", "detect_delimiter", "detect_encoding", "read_delimited"]

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
#: Candidate delimiters, most likely first (ties go to the earlier one).
DELIMITERS = (",", ";", "\t", "|")

_CHUNK = 1 << 20
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 200
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODINGS_HINT = "save it as UTF-8 (Excel: Save As > CSV UTF-8)"


def read_delimited(path: Path, overrides: Mapping[str, Role] | None = None) -> Iterator[Table]:
    """The one Table of a delimited text file; records are streamed, not held in memory."""
    encoding = detect_encoding(path)
    delimiter, skip_sep_line = _dialect(path, encoding)
    handle = path.open("r", encoding=encoding, newline="")
    try:
        records = _records(path, handle, delimiter, skip_sep_line)
        scanned: list[tuple[int, list[str]]] = []
        number = 0
        for number, record in records:
            texts = [c.strip() for c in record]
            if any(texts):
                scanned.append((number, texts))
                if len(scanned) >= HEADER_SCAN_ROWS:
                    break
        if not scanned:
            raise input_error(path, "has no rows" if number == 0 else "has only blank rows")
        found = find_header([texts for _, texts in scanned], overrides)
        if found is None:
            header = Header.lettered([texts for _, texts in scanned], 0)
            header_row, data = None, scanned
        else:
            header = Header.from_cells(scanned[found][1], overrides)
            header_row, data = scanned[found][0], scanned[found + 1:]
    except BaseException:
        handle.close()
        raise
    rows = _rows(handle, data, records, header)
    yield Table(path=path, sheet=None, hidden=False, header_row=header_row, columns=header.columns,
                rows=rows, encoding=encoding, delimiter=delimiter, first_column=header.lead)


def _rows(handle: io.TextIOBase, data: list[tuple[int, list[str]]],
          records: Iterator[tuple[int, list[str]]], header: Header) -> Generator[Row, None, None]:
    cut = header.cells
    with handle:
        for number, texts in data:
            cells = cut(texts)
            if any(cells):
                yield Row(number, cells)
        # the hot loop: keep it flat; a record as wide as the header (the usual case) needs no cut
        strip, width, lead = str.strip, len(header.columns), header.lead
        for number, record in records:
            cells = tuple(map(strip, record)) if lead == 0 and len(record) == width else cut(list(map(strip, record)))
            if any(cells):
                yield Row(number, cells)


def _records(path: Path, handle: io.TextIOBase, delimiter: str,
             skip_sep_line: bool) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) per record: one record is one Excel row, newlines in quotes or not."""
    reader = csv.reader(handle, delimiter=delimiter)
    number = 0
    record: list[str] = []
    try:
        if skip_sep_line:
            next(reader, None)  # Excel's "sep=;" line is an instruction, not a row
        for number, record in enumerate(reader, start=1):
            yield number, record
    except csv.Error as exc:
        long_field = "field larger than field limit" in str(exc)
        raise input_error(path, "is not valid CSV: a quote (\") is probably not closed"
                          if long_field else "is not valid CSV", row=number + 1) from exc
    except UnicodeDecodeError as exc:  # the file changed after its encoding was checked
        raise input_error(path, "cannot be decoded as text", row=number + 1) from exc
    # The csv module ends a quoted field that is never closed at the end of the file, silently
    # swallowing every line after the stray quote into one cell. Such a field holds a newline
    # and the file does not end with the closing quote.
    if record and "\n" in record[-1] and not _last_line(path, handle.encoding).rstrip("\r\n").endswith('"'):
        raise input_error(path, "is not valid CSV: a quote (\") opened here is never closed",
                          row=number, hint="the rows after it would be lost; fix the quote")


def _last_line(path: Path, encoding: str) -> str:
    """The file's last line, read again: needed only when the last record ends inside a quoted newline,
    so the hot loop does not remember every line."""
    last = ""
    with path.open("r", encoding=encoding, newline="") as fh:
        for last in fh:  # noqa: B007 - keeps the last one
            pass
    return last


def detect_encoding(path: Path) -> str:
    """The codec that decodes the whole file: BOM, then BOM-less UTF-16, UTF-8, cp1252.

    Raises InputError for binary files (NUL bytes that are not UTF-16) and for bytes that no
    supported encoding decodes.
    """
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith((b"PK\x03\x04", bytes.fromhex("D0CF11E0A1B11AE1"))):
        raise input_error(path, "is an Excel workbook, not delimited text",
                          hint="rename it to .xlsx (or .xls)")
    for bom, codec in _BOMS:
        if head.startswith(bom):
            _check_decodes(path, codec, check_nul=False)
            return codec
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise input_error(path, "is not a text file (it contains NUL bytes)",
                              hint="export the data as CSV or .xlsx")
        _check_decodes(path, utf16, check_nul=False)
        return utf16
    error = _first_error(path, "utf-8", check_nul=True)
    if error is None:
        return "utf-8"
    if error[0] == "nul":
        raise input_error(path, f"is not a text file (NUL byte on line {error[1]})",
                          hint="export the data as CSV or .xlsx")
    # Not UTF-8: Windows-1252 is what Excel writes for "CSV (Comma delimited)" in the West. Its
    # five undefined bytes (81 8D 8F 90 9D) make the strict decoder fail for other encodings.
    if _first_error(path, "cp1252", check_nul=False) is None:
        if _looks_double_byte(path):
            # GBK/Big5/Shift-JIS bytes often decode as Windows-1252 mojibake: "华为" would become
            # "»ªÎª" and never match. Refuse rather than screen garbage and report no match.
            raise input_error(path, "looks like a Chinese, Japanese or Korean double-byte encoding "
                              "(GBK, Big5, Shift-JIS ...), which is not supported",
                              hint=_ENCODINGS_HINT)
        return "cp1252"
    raise input_error(path, "is not in a supported text encoding (UTF-8, UTF-16 or "
                      f"Windows-1252): undecodable byte on line {error[1]}", hint=_ENCODINGS_HINT)


def _looks_double_byte(path: Path) -> bool:
    """High bytes that come in runs (CJK double-byte text), not alone beside ASCII (é in Société)."""
    with path.open("rb") as fh:
        data = fh.read(1 << 20)
    count = len(_HIGH_BYTE.findall(data))
    if count < 8:
        return False
    paired = sum(len(run) for run in _HIGH_RUN.findall(data))
    return paired >= 0.7 * count


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")


def _utf16_without_bom(head: bytes) -> str | None:
    """utf-16-le/-be when NULs sit in every other byte (mostly-ASCII UTF-16), else None."""
    pairs = len(head) // 2
    even = head[0:pairs * 2:2].count(0)
    odd = head[1:pairs * 2:2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _check_decodes(path: Path, codec: str, *, check_nul: bool) -> None:
    error = _first_error(path, codec, check_nul=check_nul)
    if error is not None:
        name = codec.upper().replace("-SIG", "")
        raise input_error(path, f"is not valid {name} text: undecodable bytes on line {error[1]}",
                          hint=_ENCODINGS_HINT)


def _first_error(path: Path, codec: str, *, check_nul: bool) -> tuple[str, int] | None:
    """("decode" | "nul", line number) of the first problem, or None: one streamed pass."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    lines = 1
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            final = not chunk
            if check_nul and b"\x00" in chunk:
                return "nul", lines + chunk.count(b"\n", 0, chunk.index(b"\x00"))
            try:
                decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                # exc.start counts from the decoder's buffered bytes plus this chunk; the line
                # is close enough for a person to find the byte.
                return "decode", lines + chunk.count(b"\n", 0, max(exc.start, 0))
            if final:
                return None
            lines += chunk.count(b"\n")


def _dialect(path: Path, encoding: str) -> tuple[str, bool]:
    """(delimiter, whether the first line is Excel's "sep=X" instruction)."""
    with path.open("r", encoding=encoding, newline="") as fh:
        sample = fh.read(_SAMPLE_CHARS)
        complete = not fh.read(1)
    first = sample.split("\n", 1)[0].rstrip("\r")
    if len(first) == 5 and first.lower().startswith("sep="):
        return first[4], True  # Excel's instruction line, e.g. "sep=;"
    preferred = "\t" if path.suffix.lower() == ".tsv" else ","
    return detect_delimiter(sample, complete=complete, preferred=preferred), False


def detect_delimiter(sample: str, *, complete: bool = True, preferred: str = ",") -> str:
    """The delimiter that splits the sample's records into the most equal-width records.

    For each candidate, the sample is parsed with the csv module (so quoted delimiters and
    newlines do not count); the widest field count shared by the most non-blank records wins,
    if it is above one. csv.Sniffer is not used: it guesses from character frequencies and
    picks letters or spaces on real exports. With no candidate above one field: ``preferred``.
    """
    best: tuple[int, int] = (0, 0)
    chosen = preferred
    for delimiter in sorted(DELIMITERS, key=lambda d: d != preferred):
        widths = _widths(sample, delimiter, complete)
        if not widths:
            continue
        counts = Counter(w for w in widths if w > 1)
        if not counts:
            continue
        width, agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if (agreeing, width) > best:
            best, chosen = (agreeing, width), delimiter
    return chosen


def _widths(sample: str, delimiter: str, complete: bool) -> list[int]:
    widths: list[int] = []
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    try:
        for record in reader:
            if any(f.strip() for f in record):
                widths.append(len(record))
            if len(widths) > _SAMPLE_RECORDS:
                break
    except csv.Error:
        pass  # a quote cut off at the end of the sample: use the records before it
    if not complete and widths and len(widths) <= _SAMPLE_RECORDS:
        widths.pop()  # the last record may be cut by the sample's end
    return widths
