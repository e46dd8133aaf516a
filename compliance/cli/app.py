"""typer commands: parse options, call the pipeline, render formats, return the exit code."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from compliance import __version__
from compliance.errors import UsageError
from compliance.models import Buyer, Role
from compliance.policy import FailOn, exit_code

app = typer.Typer(
    name="compliance",
    help="Screen vendor and equipment sheets for companies and products that US law bars or "
         "sanctions lists restrict (NDAA s.889, FCC Covered List, ...), with the evidence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXAMPLES = """\b
Examples:
  compliance screen samples              # every sheet file under samples/
  compliance screen vendors.xlsx --format json --output report.json
  compliance screen samples --format table,sarif,xlsx --output-dir reports
  compliance screen po-lines.csv --columns vendor="Bill From" --fail-on review
  compliance screen equipment.xlsx --sheet Cameras --list my-blocklist.csv
  compliance screen po.xlsx --buyer dod --date-column "PO Date"   # each row as of its date
  compliance rules explain US889AV        # what a rule says, cites and needs

\b
Exit codes: 0 no finding at or above --fail-on; 1 at least one;
            2 bad usage or unreadable input; 3 internal error.
"""


def _version(value: bool) -> None:
    if value:
        print(f"compliance {__version__}")
        raise typer.Exit(0)


@app.callback(epilog=EXAMPLES)
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Screen vendor and equipment sheets against restricted-entity lists."""


def _parse_columns(items: list[str]) -> dict[str, Role]:
    out: dict[str, Role] = {}
    roles = ", ".join(r.value for r in Role)
    for item in items:
        role_text, sep, header = item.partition("=")
        if not sep or not header.strip():
            raise UsageError(f"--columns {item!r}: write ROLE=HEADER, e.g. vendor=\"Supplier Name\"")
        try:
            role = Role(role_text.strip().lower())
        except ValueError:
            raise UsageError(f"--columns {item!r}: unknown role {role_text.strip()!r}; roles: {roles}") from None
        out[header.strip()] = role
    return out


@app.command(epilog=EXAMPLES)
def screen(
    paths: Annotated[list[Path] | None, typer.Argument(help="Sheets (.xlsx, .xlsm, .xls, .csv) or folders of them "
                                                       "(with --changed-since: where to look, default .).",
                                                       show_default=False, metavar="PATH")] = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT[,FORMAT...]", help="One or more of "
                                        "table, json, csv, xlsx, html, sarif, junit, markdown (comma-separated; "
                                        "several, or xlsx, need --output-dir).")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report (one text "
                                                "format) to this file, atomically, instead of stdout.")] = None,
    output_dir: Annotated[Path | None, typer.Option("--output-dir", metavar="DIR", help="Write each format to "
                                                    "DIR/REPORT-NAME.SUFFIX (xlsx: DIR/INPUT-STEM.screened.xlsx "
                                                    "per input), atomically; DIR is created if missing.")] = None,
    report_name: Annotated[str | None, typer.Option("--report-name", metavar="NAME", help="File name (without "
                                                    "suffix) of the reports in --output-dir [default: "
                                                    "compliance-report].")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", metavar="SEVERITY", help="Exit 1 when a finding is at or "
                                            "above this severity: prohibited, restricted, review or never.",
                                            case_sensitive=False)] = FailOn.PROHIBITED,
    columns: Annotated[list[str] | None, typer.Option("--columns", metavar="ROLE=HEADER", help="Use this column for "
                                                      "this role (repeatable). Roles: " +
                                                      ", ".join(r.value for r in Role))] = None,
    sheet: Annotated[list[str] | None, typer.Option("--sheet", metavar="NAME",
                                                    help="Only this sheet (repeatable).")] = None,
    user_list: Annotated[list[Path] | None, typer.Option("--list", metavar="FILE.csv", help="Extra list CSV (name, "
                                                         "aliases, country, severity, note), repeatable.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Screen as of this date (YYYY-MM-DD): "
                                              "the rules, listings and relations in force then (e.g. a past "
                                              "purchase).")] = None,
    date_column: Annotated[str | None, typer.Option("--date-column", metavar="HEADER", help="Judge each row as of "
                                                    "the date in this column (a PO or invoice date: YYYY-MM-DD, "
                                                    "M/D/YYYY or D.M.YYYY); rows without one use --as-of.")] = None,
    buyer: Annotated[Buyer, typer.Option("--buyer", metavar="BUYER", help="Who buys: civilian, dod, ic or "
                                         "fcc-funded; some rules bind only DoD (1260H, s.848), the IC (FASCSA "
                                         "orders) or FCC-funded buyers.", case_sensitive=False)] = Buyer.CIVILIAN,
    purpose: Annotated[str | None, typer.Option("--purpose", metavar="TEXT", help="The intended use of what is "
                                                "screened (s.889 video surveillance makers are covered only for "
                                                "security purposes); a purpose column overrides it per row.")] = None,
    pack: Annotated[list[str] | None, typer.Option("--pack", metavar="ID|FILE.yaml", help="Rule pack to apply, "
                                                   "repeatable (default: every default pack; see 'compliance "
                                                   "rules').")] = None,
    rule: Annotated[list[str] | None, typer.Option("--rule", metavar="CODE", help="Apply only these rules, by code, "
                                                   "dotted name (glob) or group, repeatable; also turns on rules "
                                                   "that are off by default (US889B).")] = None,
    exclude_rule: Annotated[list[str] | None, typer.Option("--exclude-rule", metavar="CODE", help="Leave out these "
                                                           "rules (code, name or group), repeatable.")] = None,
    lists: Annotated[str | None, typer.Option("--lists", metavar="ID,...", help="Screen against only these lists "
                                              "or sources (default: the curated lists and every installed official "
                                              "list; see 'compliance lists').")] = None,
    lists_from: Annotated[Path | None, typer.Option("--lists-from", metavar="FILE", help="Screen against exactly the "
                                                    "official snapshots a pin file ('compliance lists pin') or a JSON "
                                                    "report records.")] = None,
    data_dir: Annotated[Path | None, typer.Option("--data-dir", metavar="DIR", help="The list store (default: "
                                                  "$COMPLIANCE_DATA_DIR or the user data directory).")] = None,
    decisions_file: Annotated[Path | None, typer.Option("--decisions", metavar="FILE", help="Reviewed decisions "
                                                        "(default: compliance-decisions.yaml beside the first input, "
                                                        "when it exists).")] = None,
    record: Annotated[bool | None, typer.Option("--record/--no-record", help="Record the run in the history "
                                                "(default: when 'compliance history init' has created it).",
                                                show_default=False)] = None,
    changed_since: Annotated[str | None, typer.Option("--changed-since", metavar="GIT_REF", help="Screen only the "
                                                      "sheet files changed since this git ref (and uncommitted ones)."
                                                      )] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Nothing on the terminal but errors (and one line "
                                        "when --fail-on fails); the exit code says it all.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> int:
    """Screen sheets and report every row naming a covered company, brand or model."""
    from compliance import decisions, history
    from compliance.cli.history import after_screen
    from compliance.cli.screen import run_screen
    from compliance.pipeline import ScreenOptions

    from compliance.report import parse_formats
    from compliance.report.outputs import Outputs

    outputs = Outputs(parse_formats(format), output=output, output_dir=output_dir, report_name=report_name,
                      fail_on=fail_on)
    when = None
    if as_of:
        try:
            when = dt.date.fromisoformat(as_of)
        except ValueError:
            raise UsageError(f"--as-of {as_of!r}: write the date as YYYY-MM-DD") from None
    selection = [x.strip() for x in lists.split(",") if x.strip()] if lists is not None else None
    if selection is not None and not selection:
        raise UsageError("--lists: name at least one list, e.g. --lists ndaa-889,ofac-sdn")
    if changed_since is not None:
        from compliance.changes import changed_sheets

        paths = changed_sheets(changed_since, paths or [Path(".")])
        if not paths:
            if not quiet:
                print(f"No sheet files changed since {changed_since}: nothing to screen.", file=sys.stderr)
            return 0
    elif not paths:
        raise UsageError("give at least one PATH to screen (or --changed-since GIT_REF)")
    used, reviewed = decisions.load_optional(decisions_file, paths[0])
    record = bool(record or (record is None and history.exists(data_dir)))
    if record:
        history.init(data_dir)      # a history that cannot be written stops the run before any output
    options = ScreenOptions(sheets=sheet or [], columns=_parse_columns(columns or []), user_lists=user_list or [],
                            as_of=when, lists=selection, lists_from=lists_from, data_dir=data_dir, decisions=reviewed,
                            buyer=buyer, purpose=purpose.strip() if purpose and purpose.strip() else None,
                            packs=pack or None, include_rules=rule or [], exclude_rules=exclude_rule or [],
                            date_column=date_column.strip() if date_column and date_column.strip() else None)
    report = run_screen(paths, outputs=outputs, options=options, quiet=quiet)
    code = exit_code(report, fail_on)
    after_screen(report, fail_on, code, record=record, data_dir=data_dir, quiet=quiet, decisions_file=used)
    return int(code)


def _register_lists() -> None:
    from compliance.cli.lists import app as lists_app
    from compliance.cli.rules import app as rules_app

    app.add_typer(lists_app, name="lists")
    app.add_typer(rules_app, name="rules")


_register_lists()


def _register_decisions_and_history() -> None:
    from compliance.cli import decide, history

    app.command("decide")(decide.decide)
    app.command("review")(decide.review)
    app.add_typer(history.app, name="history")
    app.command("diff")(history.diff)


_register_decisions_and_history()
