"""history and diff commands: recorded runs, one run's findings, and what changed between two screenings."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from compliance import history
from compliance.diff import Diff, Item, compare, to_doc
from compliance.errors import UsageError
from compliance.policy import ExitCode, FailOn, failing
from compliance.recorded import Recorded, read_report

if TYPE_CHECKING:
    from compliance.pipeline import Report

app = typer.Typer(help="Recorded screening runs, newest first; 'show RUN' for one, 'init' to start recording.",
                  invoke_without_command=True, no_args_is_help=False, add_completion=False, rich_markup_mode=None)

DataDir = Annotated[Path | None, typer.Option("--data-dir", metavar="DIR", help="Where the run history lives "
                                              "(default: $COMPLIANCE_DATA_DIR or the user data directory).")]


def _stdout() -> Console:
    return Console(width=None if sys.stdout.isatty() else 100, highlight=False)


# -- after a screen -------------------------------------------------------------------------------

def after_screen(report: Report, fail_on: FailOn, code: ExitCode, *, record: bool, data_dir: Path | None,
                 quiet: bool, decisions_file: Path | None) -> None:
    """Record the run when asked (the screen command has decided and opened the history); under --quiet,
    say why the gate failed."""
    err = Console(stderr=True, highlight=False)
    if record:
        run_id = history.record(report, fail_on=fail_on.value, exit_code=int(code), decisions_file=decisions_file,
                                override=data_dir)
        if not quiet:
            err.print(f"Recorded as run {run_id} in {history.db_path(data_dir)}")
    if quiet and code is ExitCode.FINDINGS:
        # --quiet leaves the terminal to errors; a failed gate is one, in one line
        gate = failing(report, fail_on)
        rows = sorted({f"{Path(f.input).name}{f' [{f.sheet}]' if f.sheet else ''} row {f.row}" for f in gate})
        shown = ", ".join(rows[:5]) + (f" and {len(rows) - 5} more" if len(rows) > 5 else "")
        print(f"compliance: {len(gate)} finding(s) at or above {fail_on.value}: {shown} "
              "(run without --quiet for the evidence)", file=sys.stderr)


# -- compliance history ---------------------------------------------------------------------------

@app.callback()
def _list(ctx: typer.Context, data_dir: DataDir = None,
          limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N",
                                             help="Show at most this many runs.")] = 20,
          ) -> None:
    """List recorded runs, newest first (`compliance history show RUN` for one)."""
    if ctx.invoked_subcommand is not None:
        return
    summaries = history.runs(data_dir, limit=limit)
    out = _stdout()
    if not summaries:
        out.print(f"No runs recorded yet in {history.db_path(data_dir)}.")
        return
    t = Table(title=f"Runs in {history.db_path(data_dir)}", title_justify="left", pad_edge=False)
    for col in ("Run", "Time (UTC)", "As of", "Rows", "Findings", "--fail-on: exit", "Inputs"):
        t.add_column(col, overflow="fold", no_wrap=col != "Inputs", min_width=12 if col == "Inputs" else None,
                     justify="right" if col in ("Run", "Rows") else "left")
    for s in summaries:
        inputs = Path(s.inputs[0]).name + (f" +{len(s.inputs) - 1}" if len(s.inputs) > 1 else "") if s.inputs else "-"
        found = f"{s.findings}" + (f" ({s.cleared} cleared)" if s.cleared else "")
        t.add_row(str(s.id), s.generated_at.replace("T", " ")[:16], s.as_of, str(s.rows), found,
                  f"{s.fail_on}: {s.exit_code}", inputs)
    out.print(t)


@app.command("init")
def init(data_dir: DataDir = None) -> None:
    """Create the run history; from then on every screen is recorded unless --no-record."""
    path = history.init(data_dir)
    _stdout().print(f"Run history ready: {path} (screens are now recorded; --no-record to skip one)")


@app.command("show")
def show(run: Annotated[str, typer.Argument(metavar="RUN", help="A run id, latest or previous.")],
         data_dir: DataDir = None) -> None:
    """One run's provenance and findings, with their decisions."""
    s, recorded = history.load_run(run, data_dir)
    out = _stdout()
    out.print(Text.assemble(("Run ", ""), (str(s.id), "bold"), f" at {s.generated_at}, as of {s.as_of}, "
                            f"compliance {s.tool_version}; --fail-on {s.fail_on}, exit code {s.exit_code}"))
    out.print(f"Inputs: {', '.join(s.inputs) or '-'}")
    out.print(f"Lists: {', '.join(f'{i} ({v})' for i, v in s.lists)}")
    out.print(f"Rule packs: {', '.join(f'{i} ({v})' for i, v in s.packs)}")
    if s.decisions_file:
        out.print(f"Decisions file: {s.decisions_file}")
    counts = ", ".join(f"{n} {sev}" for sev, n in s.by_severity.items()) or "none"
    out.print(f"{s.rows} rows screened; {s.findings} finding(s): {counts}; {s.cleared} cleared by a decision.")
    if recorded.findings:
        t = Table(pad_edge=False)
        for col in ("Where / fingerprint", "Severity", "Value", "Entity", "Rule", "Decision"):
            t.add_column(col, overflow="fold", no_wrap=col in ("Severity", "Rule"),
                         min_width=20 if col in ("Where / fingerprint", "Value") else None)
        for f in recorded.findings:
            d = f.decision
            t.add_row(f"{Path(f.input).name}{f' / {f.sheet}' if f.sheet else ''} row {f.row}\n{f.fingerprint}",
                      f.severity.value,
                      f.value, f.entity_id, f.rule,
                      f"{d.state.value}: {d.decision.value} by {d.reviewer}" if d is not None else "-")
        out.print(t)
    if recorded.stale:
        out.print(f"Stale decisions: {', '.join(d.fingerprint for d in recorded.stale)}")


# -- compliance diff ------------------------------------------------------------------------------

def _load(ref: str, data_dir: Path | None) -> Recorded:
    """A report JSON file when ``ref`` names one, else a run id in the history."""
    path = Path(ref)
    if path.suffix.lower() == ".json" or path.is_file():
        return read_report(path)
    if not ref.strip().isdigit() and ref.strip().lower() not in history.RUN_WORDS:
        raise UsageError(f"{ref}: neither a report file nor a run id (see `compliance history`)")
    return history.load_run(ref, data_dir)[1]


def diff(a: Annotated[str, typer.Argument(metavar="A", help="The earlier run id (latest, previous) or report JSON.")],
         b: Annotated[str, typer.Argument(metavar="B", help="The later run id or report JSON.")],
         format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")] = "table",
         data_dir: DataDir = None) -> int:
    """Findings new in B, resolved since A, and changed (severity or decision state); exit code 0.

    Findings are matched by fingerprint and input file, so moved or re-sorted rows are not changes.
    """
    fmt = format.strip().lower()
    if fmt not in ("table", "json"):
        raise UsageError(f"--format {format!r}: choose table or json")
    result = compare(_load(a, data_dir), _load(b, data_dir))
    if fmt == "json":
        sys.stdout.write(json.dumps(to_doc(result), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_diff(result, _stdout())
    return 0


def _print_diff(d: Diff, out: Console) -> None:
    out.print(f"A: {d.a.label} ({d.a.generated_at}, as of {d.a.as_of})")
    out.print(f"B: {d.b.label} ({d.b.generated_at}, as of {d.b.as_of})")
    for c in d.lists:
        out.print(f"List {c.id}: {c.before or 'not used'} -> {c.after or 'not used'}")
    for title, group in (("New in B", d.new), ("Resolved (in A, not in B)", d.resolved)):
        if group:
            out.print(_items_table(title, [(i, "") for i in group]))
    if d.changed:
        out.print(_items_table("Changed", [(c.after, "\n".join(c.what)) for c in d.changed]))
    out.print(f"{len(d.new)} new, {len(d.resolved)} resolved, {len(d.changed)} changed, {d.unchanged} unchanged.")


def _items_table(title: str, rows: list[tuple[Item, str]]) -> Table:
    t = Table(title=title, title_justify="left", pad_edge=False)
    t.add_column("Where", overflow="fold", max_width=20)
    t.add_column("Severity", no_wrap=True)
    t.add_column("Value", overflow="fold", max_width=18)
    t.add_column("Entity", overflow="fold", max_width=16)
    t.add_column("Rule", overflow="fold", max_width=8)
    if any(change for _, change in rows):
        t.add_column("Change", no_wrap=True)
    for item, change in rows:
        f = item.finding
        where = f"{Path(item.input).name}{f' / {f.sheet}' if f.sheet else ''} row {', '.join(map(str, item.rows))}"
        cells = [where, f.severity.value, f.value, f.entity_name, f.rule]
        t.add_row(*cells, *([change] if len(t.columns) > 5 else []))
    return t
