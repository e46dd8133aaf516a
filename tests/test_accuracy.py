"""Accuracy of a screen on the labelled set in tests/data/accuracy: recall and false-positive rate.

The labelled set (vendors.csv, equipment.xlsx, purchases.csv + labels.csv) was written from
DOMAIN.md's facts, independently of the tool's lists and matcher, the way an outside tester would.
Regenerate it with `python tests/data/accuracy/make_accuracy_set.py`.

Scoring, per labelled row, on the highest severity among the findings on that (file, sheet, row)
(prohibited > restricted > review > info > none):
  recall   = (covered rows that got "prohibited" + review rows that got "review") / (covered + review)
  FP rate  = clean rows that got "prohibited" or "restricted" / clean rows
A review row that gets "prohibited" is a miss (over-blocking), so is one with no finding.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

DATA = Path(__file__).parent / "data" / "accuracy"
LABELS = DATA / "labels.csv"
FILES = ("vendors.csv", "equipment.xlsx", "purchases.csv")

MIN_RECALL = 0.95
MAX_FP_RATE = 0.01
MIN_LABELS = 400

RANK = {"none": 0, "info": 1, "review": 2, "restricted": 3, "prohibited": 4}
EXPECTED = ("prohibited", "review", "none")

Key = tuple[str, str, int]          # (file name, sheet name or "" for CSV, Excel row number)


# --------------------------------------------------------------------------------------------------
# reading the labelled set (independent of the tool)
# --------------------------------------------------------------------------------------------------

def load_labels() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def load_grids() -> dict[tuple[str, str], list[list[str]]]:
    """Every sheet (CSV = one sheet named "") as a list of rows of cell texts; index 0 = Excel row 1."""
    grids: dict[tuple[str, str], list[list[str]]] = {}
    for name in FILES:
        path = DATA / name
        if name.endswith(".csv"):
            with path.open(encoding="utf-8-sig", newline="") as fh:
                grids[(name, "")] = [list(r) for r in csv.reader(fh)]
        else:
            wb = load_workbook(path)
            for ws in wb.worksheets:
                grids[(name, ws.title)] = [[_text(c) for c in row]
                                           for row in ws.iter_rows(min_row=1, max_row=ws.max_row, values_only=True)]
    return grids


def _header_row(grid: list[list[str]], column: str) -> int:
    """0-based index of the first row (within the first 10) that holds `column` as a header."""
    for i, row in enumerate(grid[:10]):
        if column in row:
            return i
    raise AssertionError(f"header {column!r} not found in the first 10 rows")


def _cells(grids: dict[tuple[str, str], list[list[str]]], key: Key) -> str:
    file, sheet, row = key
    grid = grids.get((file, sheet), [])
    if not 1 <= row <= len(grid):
        return "<no such row>"
    text = " | ".join(c.strip() for c in grid[row - 1] if c and c.strip())
    return text if len(text) <= 90 else text[:87] + "..."


# --------------------------------------------------------------------------------------------------
# the label set itself (runs without the tool)
# --------------------------------------------------------------------------------------------------

def test_label_set_is_big_enough_and_well_formed() -> None:
    labels = load_labels()
    counts = Counter(lab["expected"] for lab in labels)
    assert len(labels) >= MIN_LABELS, f"only {len(labels)} labelled rows"
    assert set(counts) <= set(EXPECTED), f"unknown expected values: {set(counts) - set(EXPECTED)}"
    assert counts["prohibited"] >= 150 and counts["review"] >= 30 and counts["none"] >= 200, counts
    keys = [(lab["file"], lab["sheet"], int(lab["row"])) for lab in labels]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, f"rows labelled twice: {dupes}"
    for lab in labels:
        assert lab["file"] in FILES, lab
        assert bool(lab["entity"]) == (lab["expected"] != "none"), f"entity must be set iff not none: {lab}"


def test_every_label_points_at_its_intended_row() -> None:
    """Guards against off-by-one labels: the cell named in `column` must hold `value` on that row."""
    grids = load_grids()
    problems: list[str] = []
    for lab in load_labels():
        grid = grids.get((lab["file"], lab["sheet"]))
        if grid is None:
            problems.append(f"{lab['file']} has no sheet {lab['sheet']!r}")
            continue
        row = int(lab["row"])
        header = _header_row(grid, lab["column"])
        if not header + 1 < row <= len(grid):
            problems.append(f"{lab['file']}/{lab['sheet']}:{row} is not a data row (header on row {header + 1},"
                            f" last row {len(grid)})")
            continue
        cells = grid[row - 1]
        col = grid[header].index(lab["column"])
        got = cells[col] if col < len(cells) else ""
        if got != lab["value"]:
            problems.append(f"{lab['file']}/{lab['sheet']}:{row} {lab['column']}: label says {lab['value']!r},"
                            f" data has {got!r}")
    assert not problems, "labels do not match the data:\n" + "\n".join(problems)


def test_every_data_row_is_labelled() -> None:
    """No unlabelled data rows, so the rates cover the whole set."""
    grids = load_grids()
    labelled = {(lab["file"], lab["sheet"], int(lab["row"])) for lab in load_labels()}
    header_col = {"vendors.csv": "Supplier Name", "purchases.csv": "Vendor/Payee",
                  "equipment.xlsx": "Model"}
    missing: list[str] = []
    for (file, sheet), grid in grids.items():
        col = header_col[file] if sheet != "Network & Field Devices" else "Model / Part No."
        header = _header_row(grid, col)
        for i in range(header + 1, len(grid)):
            if any(c.strip() for c in grid[i]) and (file, sheet, i + 1) not in labelled:
                missing.append(f"{file}/{sheet}:{i + 1}: {_cells(grids, (file, sheet, i + 1))}")
    assert not missing, "unlabelled data rows:\n" + "\n".join(missing)


# --------------------------------------------------------------------------------------------------
# the screen
# --------------------------------------------------------------------------------------------------

def _severity(f: Any) -> str:
    return str(getattr(f.severity, "value", f.severity)).lower()


@pytest.fixture(scope="module")
def findings_by_row() -> dict[Key, list[Any]]:
    from compliance.pipeline import ScreenOptions, screen

    report = screen([DATA / name for name in FILES], ScreenOptions())
    by_row: dict[Key, list[Any]] = defaultdict(list)
    for f in report.findings:
        by_row[(Path(f.input).name, f.sheet or "", int(f.row))].append(f)
    return by_row


def _top(findings: list[Any]) -> str:
    return max((_severity(f) for f in findings), key=lambda s: RANK.get(s, 0), default="none")


def _entities(findings: list[Any]) -> str:
    seen: dict[str, str] = {}
    for f in findings:
        sev = _severity(f)
        if RANK.get(sev, 0) > RANK.get(seen.get(f.entity_id, "none"), 0):
            seen[f.entity_id] = sev
    return ", ".join(f"{e}:{s}" for e, s in sorted(seen.items())) or "-"


# Informational only: the tool's entity ids need not equal the label's (a subsidiary may be reported
# under its own id with the covered parent in f.path), so this compares loosely and never fails a test.
ENTITY_HINTS = {"pacific-network": ("pacific", "pacnet", "comnet"), "autel-robotics": ("autel",),
                "china-mobile": ("china-mobile", "china_mobile", "cmi"),
                "china-telecom-americas": ("china-telecom", "china_telecom"),
                "china-unicom-americas": ("china-unicom", "china_unicom")}


def _names_entity(entity: str, findings: list[Any]) -> bool:
    text = " ".join(" ".join([str(f.entity_id), *map(str, getattr(f, "path", ()) or ())]) for f in findings).lower()
    return any(h in text for h in ENTITY_HINTS.get(entity, (entity,)))


def _table(rows: list[tuple[str, ...]]) -> str:
    head = ("file", "sheet", "row", "expected", "got", "label entity", "found entities", "cells", "note")
    rows = [head, *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    widths = [min(w, 95) for w in widths]
    lines = ["  ".join(c[:w].ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def test_recall_and_false_positive_rate(findings_by_row: dict[Key, list[Any]]) -> None:
    labels = load_labels()
    grids = load_grids()
    hits = misses = fp = clean = 0
    wrong: list[tuple[str, ...]] = []
    by_class: Counter[str] = Counter()
    entity_disagree: list[str] = []
    for lab in labels:
        key: Key = (lab["file"], lab["sheet"], int(lab["row"]))
        found = findings_by_row.get(key, [])
        got = _top(found)
        exp = lab["expected"]
        ok: bool
        if exp == "none":
            clean += 1
            ok = RANK[got] < RANK["restricted"]
            fp += not ok
        else:
            ok = got == exp
            hits += ok
            misses += not ok
            if ok and lab["entity"] and not _names_entity(lab["entity"], [f for f in found if _severity(f) == got]):
                entity_disagree.append(f"{key}: label {lab['entity']}, found {_entities(found)}")
        by_class[f"{exp}->{got}"] += 1
        if not ok:
            wrong.append((lab["file"], lab["sheet"] or "-", lab["row"], exp, got, lab["entity"] or "-",
                          _entities(found), _cells(grids, key), lab["note"]))

    positives = hits + misses
    recall = hits / positives if positives else 0.0
    fp_rate = fp / clean if clean else 0.0
    summary = (f"recall {recall:.3f} ({hits}/{positives}, need >= {MIN_RECALL}); "
               f"false-positive rate {fp_rate:.3f} ({fp}/{clean}, need <= {MAX_FP_RATE})\n"
               f"expected->got: " + ", ".join(f"{k}={v}" for k, v in sorted(by_class.items())))
    print("\n" + summary)
    if entity_disagree:
        print(f"(informational) {len(entity_disagree)} correct-severity rows name a different entity:\n  "
              + "\n  ".join(entity_disagree))
    detail = summary + "\n\nrows scored wrong:\n" + _table(sorted(wrong, key=lambda r: (r[0], r[1], int(r[2]))))
    assert recall >= MIN_RECALL and fp_rate <= MAX_FP_RATE, detail


def test_no_findings_on_rows_outside_the_data(findings_by_row: dict[Key, list[Any]]) -> None:
    """Title, blank and header rows hold no names: a finding there means the row numbers are shifted."""
    labelled = {(lab["file"], lab["sheet"], int(lab["row"])) for lab in load_labels()}
    grids = load_grids()
    stray = [f"{k[0]}/{k[1] or '-'}:{k[2]} {_entities(v)} | {_cells(grids, k)}"
             for k, v in sorted(findings_by_row.items())
             if k not in labelled and k[0] in FILES and RANK.get(_top(v), 0) >= RANK["review"]]
    assert not stray, "findings on rows that are not data rows (off-by-one row numbers?):\n" + "\n".join(stray)
