"""The screen command's work: progress on stderr, the report on stdout or into a file."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from compliance.pipeline import Report, ScreenOptions, expand_inputs, screen
from compliance.report.outputs import Outputs, Target, render_all, write_files


def run_screen(paths: list[Path], *, outputs: Outputs, options: ScreenOptions, quiet: bool = False) -> Report:
    err = Console(stderr=True, quiet=quiet)     # --quiet: no progress, notes or warnings; errors still show
    paths = expand_inputs(paths)       # once: screen() then gets the files themselves
    targets = outputs.plan(paths)      # bad output options fail before any work
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
    _emit(report, outputs, targets, err, quiet)
    for path, s in report.skipped():
        err.print(f"warning: {path}" + (f", sheet {s.name!r}" if s.name else "") + f": not screened: "
                  f"{s.skipped_reason}", style="yellow", highlight=False)
    if not any(i.kind == "official" for i in report.lists) and options.lists is None:
        err.print("note: no official list (OFAC, trade.gov CSL, BIS, UN) is installed, so only the curated lists "
                  "were screened; run 'compliance lists update' (or 'compliance lists import' offline)",
                  style="yellow", highlight=False, soft_wrap=True)
    return report


def _emit(report: Report, outputs: Outputs, targets: list[Target], err: Console, quiet: bool) -> None:
    """Reports to stdout or files: all rendered first, then each file written atomically."""
    if len(targets) == 1 and targets[0].path is None and targets[0].format.NAME == "table":
        from compliance.report import table

        table.print_report(report, Console(width=None if sys.stdout.isatty() else 100, quiet=quiet))
        return
    rendered = render_all(report, targets, outputs)
    for target, data in rendered:
        if target.path is None:
            sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
            sys.stdout.flush()
    for path in write_files(rendered, outputs.output_dir):
        err.print(f"Wrote {path}", highlight=False)
