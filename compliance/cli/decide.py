"""decide and review commands: record reviewed decisions about findings in the decisions file."""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.panel import Panel
from rich.prompt import Prompt
from rich.text import Text

from compliance.errors import UsageError
from compliance.models import Decision, DecisionKind, DecisionState, Finding


def _today() -> dt.date:
    return dt.date.today()


def _date(option: str, text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} {text!r}: write the date as YYYY-MM-DD") from None


def _reviewer(given: str | None) -> str:
    if given is not None:
        return given
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise UsageError("--reviewer: cannot tell the OS user name; say who decided") from None


Reviewer = Annotated[str | None, typer.Option("--reviewer", metavar="NAME", help="Who decided "
                                              "(default: the OS user name).")]
DecisionsFile = Annotated[Path | None, typer.Option("--decisions", metavar="FILE", help="The decisions file "
                                                    "(default: compliance-decisions.yaml beside the first input).")]


# -- compliance decide ----------------------------------------------------------------------------

def decide(
    decision: Annotated[DecisionKind, typer.Option("--decision", "-d", metavar="KIND", case_sensitive=False,
                                                   help="false-positive, confirmed or accepted-risk.")],
    reason: Annotated[str, typer.Option("--reason", "-r", metavar="TEXT", help="Why (required).")],
    fingerprint: Annotated[str | None, typer.Option("--fingerprint", metavar="FP", help="The finding's fingerprint "
                                                    "(JSON/CSV reports, `compliance history show`).")] = None,
    input: Annotated[Path | None, typer.Option("--input", "-i", metavar="FILE", help="Screen this file to find the "
                                               "finding (with --row, or with --fingerprint).")] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", metavar="NAME", help="The sheet (workbooks).")] = None,
    row: Annotated[int | None, typer.Option("--row", metavar="N", min=1, help="The row number Excel shows.")] = None,
    rule: Annotated[str | None, typer.Option("--rule", metavar="CODE", help="Only the finding under this rule "
                                             "(default: every finding on the row).")] = None,
    report: Annotated[Path | None, typer.Option("--report", metavar="REPORT.json", help="Find --fingerprint in this "
                                                "JSON report instead of screening or the run history.")] = None,
    expires: Annotated[str | None, typer.Option("--expires", metavar="DATE", help="The decision lapses after "
                                                "this date (YYYY-MM-DD); the finding re-opens.")] = None,
    reviewer: Reviewer = None,
    decisions_file: DecisionsFile = None,
    user_list: Annotated[list[Path] | None, typer.Option("--list", metavar="FILE.csv", help="Extra list CSV, as "
                                                         "given to screen (with --input).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="As given to screen (with --input).")
                     ] = None,
    data_dir: Annotated[Path | None, typer.Option("--data-dir", metavar="DIR", help="Data directory (run history, "
                                                  "list store).")] = None,
) -> int:
    """Record a decision about a finding, by fingerprint or by file, sheet and row.

    An earlier decision about the same finding is replaced; the file is written atomically.
    """
    from compliance import decisions

    if fingerprint is None and row is None:
        raise UsageError("say which finding: --fingerprint FP, or --input FILE --row N [--sheet S] [--rule CODE]")
    if row is not None and input is None:
        raise UsageError("--row: give the file with --input FILE")
    today = _today()
    when = _date("--expires", expires)
    who = _reviewer(reviewer)
    found, first_input = _find(fingerprint, input, sheet, row, rule, report, user_list or [],
                               _date("--as-of", as_of), data_dir)
    target = decisions_file or decisions.default_path(first_input)
    existing = decisions.load(target) if target.is_file() else []
    new = [decisions.record(f, digest, decision=decision, reason=reason, reviewer=who, date=today, expires=when)
           for f, digest in found]
    decisions.save(target, decisions.merge(existing, new))
    out = Console(highlight=False, soft_wrap=True)
    replaced = {d.fingerprint for d in existing}
    for d in new:
        verb = "Replaced" if d.fingerprint in replaced else "Recorded"
        out.print(f"{verb} {d.decision.value} for {d.fingerprint} ({d.rule}, {d.value!r} -> {d.entity_name}) "
                  f"in {target}")
    return 0


def _find(fingerprint: str | None, input: Path | None, sheet: str | None, row: int | None, rule: str | None,
          report: Path | None, user_lists: list[Path], as_of: dt.date | None,
          data_dir: Path | None) -> tuple[list[tuple[Finding, str | None]], Path]:
    """The findings the decision is about, each with its entity digest, and the first input they came from."""
    from compliance import history
    from compliance.recorded import read_report

    if input is not None:
        from compliance.pipeline import ScreenOptions, screen

        screened = screen([input], ScreenOptions(user_lists=user_lists, as_of=as_of, data_dir=data_dir,
                                                 sheets=[sheet] if sheet else ()))
        hits = [f for f in screened.findings
                if (fingerprint is None or f.fingerprint == fingerprint)
                and (row is None or f.row == row)
                and (sheet is None or f.sheet == sheet)
                and (rule is None or f.rule == rule.upper())]
        where = (f"fingerprint {fingerprint}" if fingerprint else f"row {row}"
                 + (f" of sheet {sheet!r}" if sheet else ""))
        if not hits:
            raise UsageError(f"{input}: no finding at {where}" + (f" under rule {rule}" if rule else ""))
        return _unique(hits, screened.entity_digests), input
    if fingerprint is None:     # decide() asks for --input with --row
        raise UsageError("--fingerprint FP or --input FILE --row N")
    if report is not None:
        recorded = read_report(report)
        hits = [f for f in recorded.findings if f.fingerprint == fingerprint]
        if not hits:
            raise UsageError(f"{report}: no finding with fingerprint {fingerprint}")
        return _unique(hits, recorded.digests), Path(hits[0].input)
    got = history.find_fingerprint(fingerprint, data_dir)
    if got is None:
        raise UsageError(f"fingerprint {fingerprint}: not in the run history",
                         hint="give --input FILE (it is screened) or --report REPORT.json where it appears")
    return [got], Path(got[0].input)


def _unique(hits: list[Finding], digests: dict[str, str]) -> list[tuple[Finding, str | None]]:
    seen: dict[str, tuple[Finding, str | None]] = {}
    for f in hits:
        seen.setdefault(f.fingerprint, (f, digests.get(f.fingerprint)))
    return list(seen.values())


# -- compliance review ----------------------------------------------------------------------------

_CHOICES = {"f": DecisionKind.FALSE_POSITIVE, "c": DecisionKind.CONFIRMED, "a": DecisionKind.ACCEPTED_RISK}


def review(
    report: Annotated[Path, typer.Argument(metavar="REPORT.json", help="A JSON report (screen --format json).")],
    reviewer: Reviewer = None,
    decisions_file: DecisionsFile = None,
) -> int:
    """Walk the open findings of a report one by one and record decisions.

    Open: no decision yet, or a decision re-opened (expired, list entry changed). Findings of the
    same value and entity under several rules are decided together. Answer s to skip, q to stop;
    decisions made so far are written either way.
    """
    from compliance import decisions
    from compliance.recorded import read_report

    recorded = read_report(report)
    if decisions_file is None and not recorded.inputs:
        raise UsageError(f"{report}: the report names no input; give --decisions FILE")
    target = decisions_file or decisions.default_path(Path(recorded.inputs[0]))
    existing = decisions.load(target) if target.is_file() else []
    who = _reviewer(reviewer)
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in recorded.findings:
        if f.decision is None or f.decision.state is DecisionState.REOPENED:
            groups.setdefault((f.normalized, f.entity_id), []).append(f)
    out = Console(highlight=False)
    if not groups:
        out.print(f"No open findings in {report}: every finding has a decision in force.")
        return 0
    made: list[Decision] = []
    today = _today()
    for number, group in enumerate(groups.values(), start=1):
        out.print(_evidence(group, number, len(groups)))
        try:
            answer = Prompt.ask(Text("Decision: [f]alse-positive, [c]onfirmed, [a]ccepted-risk, [s]kip, [q]uit"),
                                console=out, choices=["f", "c", "a", "s", "q"], default="s", show_choices=False)
            if answer == "q":
                break
            if answer == "s":
                continue
            reason = ""
            while not reason:
                reason = Prompt.ask("Reason (required)", console=out).strip()
            expires = _ask_expiry(out, today)
        except EOFError:
            out.print("(end of input)")
            break
        for fp, f in {f.fingerprint: f for f in group}.items():
            made.append(decisions.record(f, recorded.digests.get(fp), decision=_CHOICES[answer], reason=reason,
                                         reviewer=who, date=today, expires=expires))
    if made:
        decisions.save(target, decisions.merge(existing, made))
    out.print(f"Recorded {len(made)} decision(s) in {target}." if made else "No decisions recorded.")
    return 0


def _ask_expiry(out: Console, today: dt.date) -> dt.date | None:
    while True:
        text = Prompt.ask("Expires (YYYY-MM-DD, empty for never)", console=out, default="", show_default=False)
        if not text.strip():
            return None
        try:
            when = dt.date.fromisoformat(text.strip())
        except ValueError:
            out.print("Write the date as YYYY-MM-DD.")
            continue
        if when < today:
            out.print(f"That is before today ({today.isoformat()}).")
            continue
        return when


def _evidence(group: list[Finding], number: int, total: int) -> Panel:
    """Everything a reviewer needs to decide without opening the sheet."""
    f = max(group, key=lambda g: g.severity.rank)
    rules = sorted({g.rule for g in group})
    where = sorted({f"{Path(g.input).name}{f', sheet {g.sheet}' if g.sheet else ''}, row {g.row}, column {g.column!r}"
                    for g in group})
    lines = Text()
    lines.append(f"{f.value}\n", style="bold")
    lines.append(f"severity {f.severity.value}; rule(s) {', '.join(rules)}\n")
    lines.append(f"entity: {f.entity_name} ({f.entity_id}); lists: {', '.join(f.entity_lists) or '-'}\n")
    lines.append(f"matched: {f.matched_name} ({f.method}, score {f.score:g}); normalized: {f.normalized}\n")
    if len(f.path) > 1:
        lines.append(f"path: {' > '.join(f.path)}\n")
    citations = sorted({(g.rule, g.citation) for g in group})
    lines.append("citation: " + "; ".join(f"{code}: {text}" for code, text in citations) + "\n")
    lines.append(f"why: {f.explanation}\n")
    lines.append("where: " + "; ".join(where[:6]) + (f" and {len(where) - 6} more" if len(where) > 6 else ""))
    if f.decision is not None and f.decision.state_reason:
        lines.append(f"\nre-opened: {f.decision.state_reason} (was {f.decision.decision.value} by "
                     f"{f.decision.reviewer}: {f.decision.reason})", style="yellow")
    return Panel(lines, title=f"Finding {number} of {total}", title_align="left")

