"""Benchmark: generate 100,000-row vendor sheets (xlsx and CSV) and screen them, stage by stage.

Prints rows/s and peak memory (max RSS of a fresh process) for each stage:
  read      - read_tables() over every row
  normalize - read + normalize() every screened cell value
  match     - the whole screen (read, normalize, match, rules) -> Report
  write     - the whole screen + the JSON report written to a file
and the time of `compliance --version`. Targets (issue 2, 2-core machine): >= 20,000 rows/s end to
end for xlsx, >= 50,000 rows/s for CSV, <= 0.25 s for --version.

    python benchmarks/bench_screen.py [--rows 100000] [--keep]

Generated inputs go to benchmarks/out/ (git-ignored) and are reused when the row count matches.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
if str(HERE.parent) not in sys.path:          # run from a checkout without installing
    sys.path.insert(0, str(HERE.parent))

_WORDS = ("Acme Summit Pioneer Northern Atlas Cedar Harbor Liberty Apex Keystone Granite Beacon "
          "Evergreen Frontier Horizon Meridian Patriot Riverside Sterling Titan Union Vertex Willow "
          "Eagle Falcon Lakeside Prairie Redwood Silverline Oakridge Bluewater Crescent Delta Everest "
          "Fairview Golden Heritage Ironwood Jupiter Kingston Lincoln Madison Nova Orion Pinnacle Quantum "
          "Ridgeway Sierra Trinity Vanguard Westfield Zenith").split()
_TRADES = ("Office Supply|Electric|Plumbing|Logistics|IT Solutions|Security Systems|Facilities Services|"
           "Consulting Group|Hardware|Networks|Janitorial|Medical Supply|Printing|Construction|Engineering|"
           "Software|Telecom|Fleet Services|Catering|Staffing").split("|")
_FORMS = ["Inc.", "LLC", "Corp.", "Co.", "Ltd.", "", "Incorporated", "Company", "L.L.C.", "Group"]
_COVERED = ["HIKVISION USA INC", "Hangzhou Hikvision Digital Technology Co., Ltd.",
            "Zhejiang Dahua Technology Co., Ltd.",
            "Huawei Technologies Co., Ltd.", "ZTE USA Inc", "Hytera Communications Corp", "EZVIZ Inc.",
            "海康威视", "Hikvison", "Lorex Technology Inc."]
_MODELS = ["AXIS P3245-LV", "QNV-8080R", "C9200L-24P-4G", "DS920+", "EX2300-24T", "UAP-AC-PRO",
           "OptiPlex 7010", "ThinkPad T14", "HP 26A toner", "", "", ""]
_COVERED_MODELS = ["DS-2CD2143G2-I", "DH-IPC-HDW2431T-AS", "DS-7608NI-I2"]


def _vendor_pool(rng: random.Random, size: int) -> list[str]:
    pool = set()
    while len(pool) < size:
        name = f"{rng.choice(_WORDS)} {rng.choice(_TRADES)} {rng.choice(_FORMS)}".strip()
        if rng.random() < 0.3:
            name = name.upper()
        pool.add(name)
    return sorted(pool)


def _rows(n: int) -> list[list[object]]:
    rng = random.Random(20261122)
    pool = _vendor_pool(rng, 9000)
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(pool))]   # real vendor files repeat names heavily
    names = rng.choices(pool, weights=weights, k=n)
    rows = []
    for i, name in enumerate(names):
        if rng.random() < 0.004:
            name = rng.choice(_COVERED)
        rows.append([f"V{100000 + i}", name, rng.choice(["", "", "", "Parent Holdings LLC"]),
                     rng.choice(["US", "US", "US", "CA", "DE", "CN"]), f"{rng.randint(1, 9999)} Main St",
                     rng.choice(["Springfield", "Riverton", "Fairview"]),
                     rng.choice(_COVERED_MODELS) if rng.random() < 0.004 else rng.choice(_MODELS),
                     "Net 30", round(rng.uniform(10, 50000), 2), "Active"])
    return rows


HEADER = ["Vendor ID", "Vendor Name", "Parent Company", "Country", "Address", "City", "Model",
          "Payment Terms", "Amount", "Status"]


def generate(n: int) -> tuple[Path, Path]:
    OUT.mkdir(exist_ok=True)
    xlsx, csv_path = OUT / f"vendors-v2-{n}.xlsx", OUT / f"vendors-v2-{n}.csv"
    if xlsx.exists() and csv_path.exists():
        return xlsx, csv_path
    rows = _rows(n)
    t = time.perf_counter()
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Vendors")
    ws.append(["Vendor Master - exported 2026-11-01"])
    ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(xlsx)
    print(f"generated {n:,} rows in {time.perf_counter() - t:.1f}s: {xlsx.name}, {csv_path.name}", file=sys.stderr)
    return xlsx, csv_path


def run_stage(stage: str, path: Path) -> dict[str, float]:
    """Run one stage in this (fresh) process and return seconds, rows and peak RSS."""
    from compliance.ingest import read_tables
    from compliance.models import SCREENED_ROLES
    from compliance.normalize import normalize

    t = time.perf_counter()
    rows = 0
    if stage in ("read", "normalize"):
        seen: set[str] = set()
        for table in read_tables(path):
            idx = [c.index for c in table.columns if c.role in SCREENED_ROLES]
            for row in table.rows:
                rows += 1
                if stage == "normalize":
                    for i in idx:
                        v = row.cells[i]
                        if v and v not in seen:
                            seen.add(v)
                            normalize(v)
    else:
        from compliance.pipeline import screen

        report = screen([path])
        rows = report.rows
        if stage == "write":
            from compliance.output import write_atomic
            from compliance.report import FORMATS

            write_atomic(OUT / f"report-{path.stem}.json", FORMATS["json"].render(report))
    seconds = time.perf_counter() - t
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rows": rows, "peak_mib": peak_mib}


def _stage_in_subprocess(stage: str, path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--stage", stage, str(path)], capture_output=True,
                         text=True)
    if out.returncode != 0:
        sys.exit(f"stage {stage} on {path.name} failed:\n{out.stderr}")
    return json.loads(out.stdout)


def _version_time() -> float:
    times = []
    exe = [sys.executable, "-m", "compliance", "--version"]
    env = dict(os.environ, PYTHONPATH=str(HERE.parent))
    for _ in range(7):
        t = time.perf_counter()
        subprocess.run(exe, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("path", nargs="?", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stage:
        print(json.dumps(run_stage(args.stage, Path(args.path))))
        return
    xlsx, csv_path = generate(args.rows)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    print(f"{'input':<8} {'stage':<10} {'seconds':>8} {'rows/s':>10} {'peak MiB':>9}")
    for path, kind in ((xlsx, "xlsx"), (csv_path, "csv")):
        for stage in ("read", "normalize", "match", "write"):
            r = _stage_in_subprocess(stage, path)
            print(f"{kind:<8} {stage:<10} {r['seconds']:>8.2f} {r['rows'] / r['seconds']:>10,.0f} "
                  f"{r['peak_mib']:>9.0f}")
    print(f"compliance --version: {_version_time():.3f} s (median of 7)")


if __name__ == "__main__":
    main()
