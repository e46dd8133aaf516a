"""Benchmark: screening against the official lists (issue 3's speed targets), stage by stage.

1. import: each official file set in tests/data imported and compiled from the raw files (target:
   the whole index built in under 10 s);
2. load: a fresh process loading SDN + non-SDN + CSL (+ DPL, UN) from the compiled cache (target:
   under 0.5 s), and the whole Screener build with the curated lists;
3. screen: 100,000 vendor rows (xlsx and CSV) against curated + every official list, rows/s and peak
   memory of a fresh process (targets on a 2-core machine: >= 20,000 rows/s xlsx, >= 50,000 CSV);
4. recall: every distinct cell value is compared with every list name (each window of the cell's
   words against each alias, by edit distance, the same test the matcher applies); the matcher run
   on that exhaustive candidate set must find exactly what the candidate index finds.

    python benchmarks/bench_lists.py [--rows 100000] [--skip-recall] [--reuse-store]

Everything is generated in benchmarks/out/ (git-ignored): the list store, the sheets.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
STORE = OUT / "lists-store"
DATA = ROOT / "tests" / "data" / "lists"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: (source, files or folder) imported into the benchmark store, largest real files in tests/data
IMPORTS = [
    ("ofac-sdn", [DATA / "ofac" / "ofac-sdn-2024-05" / "sdn.csv.gz"]),
    ("ofac-cons", [DATA / "ofac" / "ofac-non-sdn-consolidated"]),
    ("csl", [DATA / "csl" / "trade-gov-csl-2022-04" / "consolidated.csv.gz"]),
    ("bis-dpl", [DATA / "dpl" / "bis-denied-persons-list" / "dpl.txt.gz"]),
    ("un-sc", [DATA / "un" / "un-consolidated" / "UN_consolidated.xml.gz"]),
]


def _run_child(code: str) -> tuple[dict, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON line. Returns it and the child's max RSS (MiB)."""
    env_code = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + code
    proc = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True,
                          env={"COMPLIANCE_DATA_DIR": str(STORE), "PATH": "/usr/bin:/bin"})
    if proc.returncode != 0:
        raise SystemExit(f"child failed:\n{proc.stderr}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result, float(result.pop("maxrss_kib", 0)) / 1024


def stage_import() -> None:
    from compliance.lists.snapshots import Store, import_files

    if STORE.exists():
        shutil.rmtree(STORE)
    store = Store(STORE)
    total = 0.0
    print("1. import + compile from the raw files")
    for source, paths in IMPORTS:
        missing = [p for p in paths if not p.exists()]
        if missing:
            print(f"   {source:10s} skipped: {missing[0]} not found")
            continue
        t = time.perf_counter()
        outcome = import_files(store, source, paths, now=dt.datetime.now(dt.UTC), tolerate_truncation=True)
        took = time.perf_counter() - t
        total += took
        print(f"   {source:10s} {took:6.2f} s  {outcome.status}: {outcome.message}")
    print(f"   total      {total:6.2f} s  (target: under 10 s)")


def stage_load() -> None:
    code = """
import json, time, datetime as dt, resource
t0 = time.perf_counter()
from compliance.lists.official import load_official
from compliance.lists.store import ListSet
t1 = time.perf_counter()
official = load_official(ListSet(), None, None, None)
t2 = time.perf_counter()
from compliance.pipeline import Screener, ScreenOptions
t3 = time.perf_counter()
s = Screener.build(ScreenOptions(), dt.date.today())
t4 = time.perf_counter()
print(json.dumps({"import_modules": t1 - t0, "load_official": t2 - t1, "build": t4 - t3,
                  "aliases": len(s.names.aliases), "persons": len(s.persons.persons),
                  "entries": sum(i.entries for i in s.lists.infos if i.kind == "official"),
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""
    result, rss = _run_child(code)
    print("2. load from the compiled cache (fresh process)")
    print(f"   official snapshots loaded in {result['load_official']:.3f} s (target: under 0.5 s): "
          f"{result['entries']:,} entries, {result['aliases']:,} organisation names, "
          f"{result['persons']:,} person names")
    print(f"   whole screener (curated + official + rules + index) built in {result['build']:.3f} s; "
          f"peak {rss:.0f} MiB")


def _official_names(n: int) -> list[str]:
    """Real list names with the noise sheets have: case, legal forms, punctuation, a typo now and then."""
    from compliance.lists.compiled import compile_snapshot
    from compliance.lists.snapshots import Store

    store = Store(STORE)
    rng = random.Random(5)
    names: list[str] = []
    for snap in store.current().values():
        names.extend(a.name for a in compile_snapshot(store, snap).part().aliases if a.kind == "common")
    picked = rng.sample(sorted(set(names)), min(n, len(names)))
    out = []
    for name in picked:
        r = rng.random()
        if r < 0.3:
            name = name.title()
        elif r < 0.5:
            name = name.replace(",", "").replace(".", "") + " LLC"
        elif r < 0.6 and len(name) > 12:
            i = rng.randrange(2, len(name) - 2)
            name = name[:i] + name[i + 1:]          # a dropped letter
        out.append(name)
    return out


def make_sheets(rows: int) -> tuple[Path, Path]:
    from benchmarks.bench_screen import HEADER, _rows

    OUT.mkdir(exist_ok=True)
    xlsx, csv_path = OUT / f"official-{rows}.xlsx", OUT / f"official-{rows}.csv"
    if xlsx.exists() and csv_path.exists():
        return xlsx, csv_path
    data = _rows(rows)
    rng = random.Random(7)
    listed = _official_names(400)
    for row in data:
        if rng.random() < 0.005:
            row[1] = rng.choice(listed)
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(data)
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Vendors")
    ws.append(HEADER)
    for row in data:
        ws.append(row)
    wb.save(xlsx)
    return xlsx, csv_path


def stage_screen(xlsx: Path, csv_path: Path, rows: int) -> None:
    print(f"3. screen {rows:,} rows against curated + official lists (fresh process each)")
    for path in (xlsx, csv_path):
        times, cpus, rss_all, counts = [], [], [], {}
        for _ in range(3):
            code = f"""
import json, time, resource
from pathlib import Path
t, c = time.perf_counter(), time.process_time()
from compliance.pipeline import screen
r = screen([Path({str(path)!r})])
took, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({{"took": took, "cpu": cpu, "rows": r.rows, "by": r.by_severity(),
                   "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""
            result, rss = _run_child(code)
            times.append(result["took"])
            cpus.append(result["cpu"])
            rss_all.append(rss)
            counts = result["by"]
        best = min(times)
        print(f"   {path.suffix[1:]:5s} {rows / best:9,.0f} rows/s (best of 3: {best:.2f} s; runs "
              f"{', '.join(f'{t:.2f}' for t in times)}; CPU {min(cpus):.2f} s), peak {max(rss_all):.0f} MiB; "
              f"findings {counts}")
    print("   targets: xlsx >= 20,000 rows/s, csv >= 50,000 rows/s")


def stage_recall(csv_path: Path) -> None:
    """Exhaustive comparison of every distinct value with every alias versus the candidate index."""
    import datetime as dt2

    import numpy as np
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import cdist

    from compliance.match.names import Field, NameIndex, edit_budget
    from compliance.pipeline import Screener, ScreenOptions

    screener = Screener.build(ScreenOptions(), dt2.date.today())
    index = screener.names
    values_by_field: dict[Field, set[str]] = defaultdict(set)
    with csv_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            values_by_field[Field.NAME].update(v for v in (row["Vendor Name"], row["Parent Company"]) if v)
            if row["Model"]:
                values_by_field[Field.TEXT].add(row["Model"])
    values = sorted(set().union(*values_by_field.values()))
    t = time.perf_counter()
    # every window of every value's words, with its width
    windows: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for v in values:
        toks = index._normalize(v).split()
        for start in range(len(toks)):
            for width in range(1, len(toks) - start + 1):
                windows["".join(toks[start:start + width])].append((v, width))
    plain = [(i, a) for i, a in enumerate(index.aliases) if not a.cjk]
    by_len: dict[int, list[int]] = defaultdict(list)
    for i, a in plain:
        by_len[len(a.joined)].append(i)
    candidates: dict[str, set[int]] = defaultdict(set)
    by_wlen: dict[int, list[str]] = defaultdict(list)
    for w in windows:
        by_wlen[len(w)].append(w)
    compared = 0
    for length, ws in by_wlen.items():
        ids = [i for n in range(length - 3, length + 4) for i in by_len.get(n, ())]
        if not ids:
            continue
        keys = [index.aliases[i].joined for i in ids]
        budgets = np.array([edit_budget(len(index.aliases[i].joined)) if index.aliases[i].fuzzy else 0 for i in ids])
        for start in range(0, len(ws), 1000):
            chunk = ws[start:start + 1000]
            dist = cdist(chunk, keys, scorer=OSA.distance, score_cutoff=3, dtype=np.int32, workers=-1)
            compared += dist.size
            rows, cols = np.nonzero(dist <= budgets[None, :])
            for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
                alias_id = ids[c]
                k = len(index.aliases[alias_id].tokens)
                for v, width in windows[chunk[r]]:
                    if width <= k + 1:
                        candidates[v].add(alias_id)
    cjk = [i for i, a in enumerate(index.aliases) if a.cjk]
    for v in values:
        norm = index._normalize(v)
        candidates[v].update(i for i in cjk if index.aliases[i].norm in norm)
    took = time.perf_counter() - t

    class Exhaustive(NameIndex):
        def _candidates(self, toks: list[str], norm: str) -> set[int]:
            return candidates[self._current]

        def match(self, value: str, field: Field):  # type: ignore[no-untyped-def]
            self._current = value
            return super().match(value, field)

    oracle = Exhaustive.__new__(Exhaustive)
    oracle.__dict__.update(index.__dict__)     # the same aliases, caches and rules; other candidates
    full = fast = lost = extra = 0
    examples = []
    for field, vals in values_by_field.items():
        for v in sorted(vals):
            a = {(m.entity_id, m.confident) for m in index.match(v, field)}
            b = {(m.entity_id, m.confident) for m in oracle.match(v, field)}
            fast += len(a)
            full += len(b)
            lost += len(b - a)
            extra += len(a - b)
            if b - a and len(examples) < 5:
                examples.append((v, sorted(b - a)))
    print(f"4. recall: {len(values):,} distinct values x {len(index.aliases):,} list names "
          f"({compared:,} window/name comparisons in {took:.1f} s)")
    print(f"   exhaustive comparison finds {full:,} matches; the candidate index finds {fast:,}; "
          f"lost {lost}, extra {extra} -> recall {'EQUAL' if lost == 0 and extra == 0 else 'NOT EQUAL'}")
    for v, missing in examples:
        print(f"   lost: {v!r} -> {missing}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--skip-recall", action="store_true")
    parser.add_argument("--reuse-store", action="store_true", help="keep the list store of a previous run")
    args = parser.parse_args()
    import os
    import platform

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    os.environ["COMPLIANCE_DATA_DIR"] = str(STORE)
    if not (args.reuse_store and STORE.exists()):
        stage_import()
    stage_load()
    xlsx, csv_path = make_sheets(args.rows)
    stage_screen(xlsx, csv_path, args.rows)
    if not args.skip_recall:
        stage_recall(csv_path)


if __name__ == "__main__":
    main()
