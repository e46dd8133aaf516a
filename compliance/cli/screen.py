"""The screen command's work: progress on stderr, the report on stdout or into a file."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from compliance.models import Decision, Role
from compliance.output import write_atomic
from compliance.errors import UsageError
from compliance.pipeline import Report, ScreenOptions, expand_inputs, screen


def run_screen(paths: list[Path], *, fmt: str, output: Path | None, columns: dict[str, Role],
               sheets: list[str], user_lists: list[Path], as_of: dt.date | None,
               lists: list[str] | None = None, lists_from: Path | None = None,
               data_dir: Path | None = None, decisions: Sequence[Decision] = (), quiet: bool = False) -> Report:
    err = Console(stderr=True, quiet=quiet)     # --quiet: no progress, notes or warnings; errors still show
    paths = expand_inputs(paths)       # once: screen() then gets the files themselves
    if output is not None and output.resolve() in {p.resolve() for p in paths}:
        raise UsageError(f"--output {output}: that is one of the inputs; inputs are never overwritten")
    options = ScreenOptions(sheets=sheets, columns=columns, user_lists=user_lists, as_of=as_of, lists=lists,
                            lists_from=lists_from, data_dir=data_dir, decisions=decisions)
    if err.is_terminal and not quiet:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

        parts = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                 MofNCompleteColumn(), TextColumn("files"))
        with Progress(*parts, console=err, transient=True) as bar:
            task = bar.add_task("Screening", total=None)

            def show(path: str, rows: int, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total,
                           description=f"{Path(path).name}: {rows:,} rows")

            options.progress = show
            report = screen(paths, options)
    else:
        report = screen(paths, options)
    from compliance.report import FORMATS

    if output is not None:
        write_atomic(output, FORMATS[fmt](report))
        err.print(f"Wrote {fmt} report to {output}", highlight=False)
    elif fmt == "table":
        from compliance.report import table

        out = Console(width=None if sys.stdout.isatty() else 100, quiet=quiet)
        table.render(report, out)
    else:
        sys.stdout.write(FORMATS[fmt](report))
        sys.stdout.flush()
    for path, s in report.skipped():
        err.print(f"warning: {path}" + (f", sheet {s.name!r}" if s.name else "") + f": not screened: "
                  f"{s.skipped_reason}", style="yellow", highlight=False)
    return report
