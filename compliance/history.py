"""Run history: every recorded screening in one SQLite file in the user data directory.

One run is written in one transaction: its inputs and their hashes, the lists (with versions,
hashes and snapshot ids), the rule packs, and every finding with its decision state. The schema
carries its version in ``PRAGMA user_version``; a database from a newer tool is refused, not guessed at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from compliance.errors import DataError, UsageError
from compliance.models import Decision, DecisionKind, DecisionState, Finding, Severity
from compliance.paths import data_dir
from compliance.recorded import Recorded, list_version

if TYPE_CHECKING:
    from compliance.pipeline import Report

DB_NAME = "history.sqlite3"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE runs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    generated_at  TEXT NOT NULL,           -- ISO 8601 UTC, as the report says
    tool_version  TEXT NOT NULL,
    as_of         TEXT NOT NULL,
    fail_on       TEXT NOT NULL,
    exit_code     INTEGER NOT NULL,
    matcher       TEXT NOT NULL,
    rows          INTEGER NOT NULL,
    findings      INTEGER NOT NULL,
    cleared       INTEGER NOT NULL,
    decisions_file TEXT                    -- the decisions file applied, if any
);
CREATE TABLE run_inputs (
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    path    TEXT NOT NULL,
    sha256  TEXT NOT NULL,
    kind    TEXT NOT NULL,
    rows    INTEGER NOT NULL,
    sheets  TEXT NOT NULL,                 -- JSON list of sheet names (skipped ones with their reason)
    PRIMARY KEY (run_id, seq)
);
CREATE TABLE run_lists (
    run_id   INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    list_id  TEXT NOT NULL,
    title    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    version  TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    entries  INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (run_id, list_id)
);
CREATE TABLE run_packs (
    run_id   INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    pack_id  TEXT NOT NULL,
    version  TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    rules    INTEGER NOT NULL,
    PRIMARY KEY (run_id, pack_id)
);
CREATE TABLE run_findings (
    run_id        INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    fingerprint   TEXT NOT NULL,
    input         TEXT NOT NULL,
    sheet         TEXT,
    row           INTEGER NOT NULL,
    col           TEXT NOT NULL,
    value         TEXT NOT NULL,
    normalized    TEXT NOT NULL,
    rule          TEXT NOT NULL,
    severity      TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    entity_name   TEXT NOT NULL,
    entity_lists  TEXT NOT NULL,           -- JSON list
    entity_digest TEXT,
    matched_name  TEXT NOT NULL,
    score         REAL NOT NULL,
    method        TEXT NOT NULL,
    path          TEXT NOT NULL,           -- JSON list
    citation      TEXT NOT NULL,
    explanation   TEXT NOT NULL,
    decision      TEXT,                    -- false-positive | confirmed | accepted-risk
    decision_state TEXT,                   -- cleared | confirmed | reopened
    state_reason  TEXT,
    reason        TEXT,
    reviewer      TEXT,
    decided_on    TEXT,
    expires       TEXT,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX run_findings_fingerprint ON run_findings (fingerprint);
CREATE TABLE run_stale_decisions (
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    decision    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    decided_on  TEXT NOT NULL,
    expires     TEXT,
    rule        TEXT NOT NULL,
    value       TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    entity_name TEXT NOT NULL,
    PRIMARY KEY (run_id, fingerprint)
);
"""


def db_path(override: Path | None = None) -> Path:
    """The history database: ``history.sqlite3`` in the data directory (--data-dir / COMPLIANCE_DATA_DIR)."""
    return data_dir(override) / DB_NAME


def exists(override: Path | None = None) -> bool:
    return db_path(override).is_file()


def init(override: Path | None = None) -> Path:
    """Create the database (and the data directory) if missing; an existing one is kept as it is."""
    path = db_path(override)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{path.parent}: cannot create the data directory: {exc.strerror or exc}") from None
    with _connect(path, create=True):
        pass
    return path


@contextmanager
def _connect(path: Path, *, create: bool = False) -> Iterator[sqlite3.Connection]:
    if not create and not path.is_file():
        raise UsageError(f"{path}: no run history yet", hint="create it with `compliance history init`, "
                         "then screen with --record")
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise DataError(f"{path}: cannot open the run history: {exc}") from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise DataError(f"{path}: not a compliance run history (unknown tables, no schema version)")
            with conn:
                conn.executescript(_SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
        elif version > SCHEMA_VERSION:
            raise DataError(f"{path}: run history schema version {version} is newer than this tool's "
                            f"({SCHEMA_VERSION})", hint="upgrade compliance")
        yield conn
    except sqlite3.DatabaseError as exc:
        raise DataError(f"{path}: run history unreadable: {exc}") from None
    finally:
        conn.close()


# -- writing --------------------------------------------------------------------------------------

def record(report: Report, *, fail_on: str, exit_code: int, decisions_file: Path | None = None,
           override: Path | None = None) -> int:
    """Write one run in one transaction and return its id (the database must exist: see init)."""
    with _connect(db_path(override)) as conn, conn:
        cur = conn.execute(
            "INSERT INTO runs (generated_at, tool_version, as_of, fail_on, exit_code, matcher, rows, findings,"
            " cleared, decisions_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (report.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"), report.tool_version, report.as_of.isoformat(),
             fail_on, exit_code, report.matcher, report.rows, len(report.findings),
             sum(1 for f in report.findings if f.cleared), str(decisions_file) if decisions_file else None))
        run_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO run_inputs VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(run_id, seq, i.path, i.sha256, i.kind, i.rows,
              json.dumps([s.name if not s.skipped_reason else f"{s.name} (skipped: {s.skipped_reason})"
                          for s in i.sheets], ensure_ascii=False))
             for seq, i in enumerate(report.inputs)])
        conn.executemany(
            "INSERT OR REPLACE INTO run_lists VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(run_id, i.id, i.title, i.kind, i.version, i.sha256, i.entries, i.snapshot) for i in report.lists])
        conn.executemany(
            "INSERT OR REPLACE INTO run_packs VALUES (?, ?, ?, ?, ?)",
            [(run_id, p.id, p.version, p.sha256, p.rules) for p in report.packs])
        conn.executemany(
            "INSERT INTO run_findings VALUES (" + ", ".join("?" * 28) + ")",
            [_finding_row(run_id, seq, f, report.entity_digests.get(f.fingerprint))
             for seq, f in enumerate(report.findings)])
        conn.executemany(
            "INSERT OR REPLACE INTO run_stale_decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(run_id, d.fingerprint, d.decision.value, d.reason, d.reviewer, d.date.isoformat(),
              d.expires.isoformat() if d.expires else None, d.rule, d.value, d.entity_id, d.entity_name)
             for d in report.stale_decisions])
    return run_id


def _finding_row(run_id: int, seq: int, f: Finding, digest: str | None) -> tuple[object, ...]:
    d = f.decision
    return (run_id, seq, f.fingerprint, f.input, f.sheet, f.row, f.column, f.value, f.normalized, f.rule,
            f.severity.value, f.entity_id, f.entity_name, json.dumps(list(f.entity_lists)), digest,
            f.matched_name, f.score, f.method, json.dumps(list(f.path), ensure_ascii=False), f.citation,
            f.explanation,
            d.decision.value if d else None, d.state.value if d else None, (d.state_reason or None) if d else None,
            d.reason if d else None, d.reviewer if d else None, d.date.isoformat() if d else None,
            d.expires.isoformat() if d and d.expires else None)


# -- reading --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RunSummary:
    id: int
    generated_at: str
    tool_version: str
    as_of: str
    fail_on: str
    exit_code: int
    rows: int
    findings: int
    cleared: int
    inputs: tuple[str, ...]
    lists: tuple[tuple[str, str], ...]      # (id, version)
    packs: tuple[tuple[str, str], ...]      # (id, version)
    decisions_file: str | None
    by_severity: dict[str, int]


def runs(override: Path | None = None, limit: int | None = None) -> list[RunSummary]:
    """Recorded runs, newest first."""
    with _connect(db_path(override)) as conn:
        sql = "SELECT id FROM runs ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
        return [_summary(conn, row[0]) for row in conn.execute(sql).fetchall()]


#: words that name a run by its place: the newest, and the one before it
RUN_WORDS = {"latest": 0, "last": 0, "previous": 1, "prev": 1}


def resolve(conn: sqlite3.Connection, ref: str) -> int:
    """A run id, or ``latest`` / ``previous`` (the one before latest)."""
    text = ref.strip().lower()
    if text in RUN_WORDS:
        skip = RUN_WORDS[text]
        row = conn.execute("SELECT id FROM runs ORDER BY id DESC LIMIT 1 OFFSET ?", (skip,)).fetchone()
        if row is None:
            raise UsageError(f"run {ref!r}: the history has {'no' if skip == 0 else 'only one'} run(s)")
        return int(row[0])
    if not text.isdigit():
        raise UsageError(f"run {ref!r}: give a run id (see `compliance history`), latest or previous")
    if conn.execute("SELECT 1 FROM runs WHERE id = ?", (int(text),)).fetchone() is None:
        raise UsageError(f"run {ref}: no such run in the history (see `compliance history`)")
    return int(text)


def _summary(conn: sqlite3.Connection, run_id: int) -> RunSummary:
    r = conn.execute("SELECT id, generated_at, tool_version, as_of, fail_on, exit_code, rows, findings, cleared,"
                     " decisions_file FROM runs WHERE id = ?", (run_id,)).fetchone()
    inputs = tuple(p for (p,) in conn.execute("SELECT path FROM run_inputs WHERE run_id = ? ORDER BY seq",
                                              (run_id,)))
    lists = tuple((i, list_version(v, snap)) for i, v, snap in conn.execute(
        "SELECT list_id, version, snapshot FROM run_lists WHERE run_id = ? ORDER BY list_id", (run_id,)))
    packs = tuple((i, v) for i, v in conn.execute("SELECT pack_id, version FROM run_packs WHERE run_id = ? "
                                                  "ORDER BY pack_id", (run_id,)))
    counts = dict(conn.execute("SELECT severity, count(*) FROM run_findings WHERE run_id = ? GROUP BY severity",
                               (run_id,)).fetchall())
    by_severity = {s.value: counts[s.value] for s in Severity if s.value in counts}
    return RunSummary(id=r[0], generated_at=r[1], tool_version=r[2], as_of=r[3], fail_on=r[4], exit_code=r[5],
                      rows=r[6], findings=r[7], cleared=r[8], decisions_file=r[9], inputs=inputs, lists=lists,
                      packs=packs, by_severity=by_severity)


def load_run(ref: str, override: Path | None = None) -> tuple[RunSummary, Recorded]:
    """One run: its summary, and its findings as a Recorded screening (for show and diff)."""
    with _connect(db_path(override)) as conn:
        run_id = resolve(conn, ref)
        summary = _summary(conn, run_id)
        rows = conn.execute("SELECT * FROM run_findings WHERE run_id = ? ORDER BY seq", (run_id,)).fetchall()
        stale = conn.execute("SELECT fingerprint, decision, reason, reviewer, decided_on, expires, rule, value,"
                             " entity_id, entity_name FROM run_stale_decisions WHERE run_id = ? ORDER BY fingerprint",
                             (run_id,)).fetchall()
    findings = [_finding(row) for row in rows]
    digests = {row[2]: row[14] for row in rows if row[14]}
    recorded = Recorded(label=f"run {run_id}", generated_at=summary.generated_at, as_of=summary.as_of,
                        inputs=list(summary.inputs), lists=list(summary.lists), findings=findings, digests=digests,
                        stale=[Decision(fingerprint=s[0], decision=DecisionKind(s[1]), reason=s[2], reviewer=s[3],
                                        date=dt.date.fromisoformat(s[4]),
                                        expires=dt.date.fromisoformat(s[5]) if s[5] else None, rule=s[6],
                                        value=s[7], entity_id=s[8], entity_name=s[9]) for s in stale])
    return summary, recorded


def _finding(row: tuple[object, ...]) -> Finding:
    (_, _, fingerprint, input_, sheet, number, column, value, normalized, rule, severity, entity_id, entity_name,
     entity_lists, _digest, matched_name, score, method, path, citation, explanation, decision, state,
     state_reason, reason, reviewer, decided_on, expires) = row
    d = None
    if decision is not None:
        d = Decision(fingerprint=str(fingerprint), decision=DecisionKind(str(decision)), reason=str(reason),
                     reviewer=str(reviewer), date=dt.date.fromisoformat(str(decided_on)),
                     expires=dt.date.fromisoformat(str(expires)) if expires else None,
                     state=DecisionState(str(state)), state_reason=str(state_reason or ""),
                     entity_id=str(entity_id), entity_name=str(entity_name), rule=str(rule), value=str(value))
    return Finding(input=str(input_), sheet=None if sheet is None else str(sheet), row=int(str(number)),
                   column=str(column), value=str(value), normalized=str(normalized), rule=str(rule),
                   severity=Severity(str(severity)), entity_id=str(entity_id), entity_name=str(entity_name),
                   entity_lists=tuple(json.loads(str(entity_lists))), matched_name=str(matched_name),
                   score=float(str(score)), method=str(method), path=tuple(json.loads(str(path))),
                   citation=str(citation), explanation=str(explanation), decision=d)


def find_fingerprint(fingerprint: str, override: Path | None = None) -> tuple[Finding, str | None] | None:
    """The newest recorded finding with this fingerprint and its entity digest, or None."""
    path = db_path(override)
    if not path.is_file():
        return None
    with _connect(path) as conn:
        row = conn.execute("SELECT * FROM run_findings WHERE fingerprint = ? ORDER BY run_id DESC, seq LIMIT 1",
                           (fingerprint,)).fetchone()
    if row is None:
        return None
    return _finding(row), (str(row[14]) if row[14] else None)
