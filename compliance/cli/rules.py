"""``compliance rules ...``: list the rule packs and rules, explain a rule, run and check a pack's examples."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from compliance.errors import UsageError

if TYPE_CHECKING:
    from compliance.rules.loader import LoadedPack, LoadedRule
    from compliance.rules.models import Rule

app = typer.Typer(help="List, explain, test and check rule packs (rules/*.yaml).",
                  no_args_is_help=False, add_completion=False, rich_markup_mode=None)

Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
Packs = Annotated[list[str] | None, typer.Option("--pack", metavar="ID|FILE.yaml", help="Only this pack, "
                                                 "repeatable (default: every pack in the rules folder).")]


def _out() -> Console:
    return Console(width=None if sys.stdout.isatty() else 120, highlight=False)


def _packs(selection: list[str] | None) -> list[LoadedPack]:
    """The packs named (ids or files), or every shipped pack, default or not."""
    from compliance.rules.loader import load_packs, shipped_packs

    if selection:
        return load_packs(selection)
    return list(shipped_packs().values())


def _dates(rule: Rule) -> str:
    from compliance.report.facts import dates_text

    return dates_text(rule.effective_from, rule.effective_until) or "always"


@app.callback(invoke_without_command=True)
def show(ctx: typer.Context, pack: Packs = None, as_json: Annotated[bool, typer.Option(
        "--json", help="Print packs and rules as JSON.")] = False, debug: Debug = False) -> int:
    """List the rule packs and their rules: code, name, outcome, severity, citation, dates in force."""
    if ctx.invoked_subcommand is not None:
        return 0
    packs = _packs(pack)
    if as_json:
        doc = [{"id": p.meta.id, "title": p.meta.title, "jurisdiction": p.meta.jurisdiction,
                "version": p.meta.version, "as_of": p.meta.as_of.isoformat(), "default": p.meta.default,
                "path": str(p.path), "sha256": p.sha256,
                "rules": [_rule_doc(r) for r in p.rules]} for p in packs]
        sys.stdout.write(json.dumps({"packs": doc}, indent=2, ensure_ascii=False) + "\n")
        return 0
    out = _out()
    for p in packs:
        m = p.meta
        out.print(f"[bold]{m.id}[/bold] {m.version} ({m.jurisdiction}, as of {m.as_of.isoformat()})"
                  f"{'' if m.default else ', applied only with --pack ' + m.id}: {m.title}")
        out.print(f"  {p.path}", style="dim")
        table = Table(show_edge=False, pad_edge=False, expand=False)
        for header in ("Code", "Name", "Outcome", "In force"):
            table.add_column(header, no_wrap=True)
        table.add_column("Citation", overflow="fold", min_width=24)
        for loaded in p.rules:
            r = loaded.rule
            table.add_row(r.code + ("" if r.default else " (off)"), r.name, r.outcome.value, _dates(r), r.citation)
        out.print(table)
        out.print()
    out.print("'compliance rules explain CODE' shows a rule in full; rules marked (off) run only when named "
              "with --rule.", style="dim")
    return 0


def _rule_doc(loaded: LoadedRule) -> dict[str, Any]:
    r = loaded.rule
    return {**r.model_dump(mode="json", exclude={"examples"}), "severity": r.in_force_severity.value,
            "examples": len(r.examples)}


def _find(code: str, packs: list[LoadedPack]) -> LoadedRule:
    import difflib

    for p in packs:
        for loaded in p.rules:
            if code.strip().upper() == loaded.rule.code or code.strip().lower() == loaded.rule.name:
                return loaded
    words = sorted({w for p in packs for r in p.rules for w in (r.rule.code, r.rule.name)})
    near = difflib.get_close_matches(code, words, n=1)
    raise UsageError(f"no rule has the code or name {code!r}" + (f"; did you mean {near[0]!r}?" if near else ""),
                     hint="'compliance rules' lists them")


@app.command()
def explain(code: Annotated[str, typer.Argument(help="Rule code (US889A) or dotted name.", metavar="CODE")],
            pack: Packs = None, debug: Debug = False) -> int:
    """Print a rule in full: description, citation, outcome, scope, dates, lists, examples, remediation."""
    loaded = _find(code, _packs(pack))
    r = loaded.rule
    out = _out()
    out.print(f"[bold]{r.code}[/bold]  {r.name}  (pack {loaded.pack.id} {loaded.pack.version})")
    fields: list[tuple[str, str]] = [
        ("Description", " ".join(r.description.split())),
        ("Citation", r.citation),
        ("Outcome", f"{r.outcome.value} -> {r.in_force_severity.value} when in force and in scope"),
        ("In force", _dates(r)),
        ("Buyers", ", ".join(b.value for b in r.scope) + (f" (others: {r.out_of_scope})" if r.scope else "")
         if r.scope else "every buyer"),
        ("Groups", ", ".join(r.groups) or "-"),
        ("Runs", "by default" if r.default else f"only when named: --rule {r.code}"),
    ]
    if r.kind == "list":
        fields += [("Lists", ", ".join(r.lists)),
                   ("Programs", ", ".join(r.programs) or "all"),
                   ("Not programs", ", ".join(r.exclude_programs) or "-"),
                   ("Follows", (", ".join(t.value for t in r.follows) + f" (depth {r.depth})") if r.follows
                    else "no relations (named entities only)"),
                   ("Columns", ", ".join(x.value for x in r.roles) or "every screened column"),
                   ("Evidence", ", ".join(r.evidence)),
                   ("Confidence", f"a match below {r.min_score:g} goes to review" if r.min_score else
                    "the matcher's own (uncertain matches go to review)")]
    elif r.kind == "country":
        fields.append(("Countries", ", ".join(r.countries)))
    else:
        fields.append(("Required columns", ", ".join(x.value for x in r.require_roles)))
    if r.purposes:
        fields.append(("Covered purposes", ", ".join(r.purposes)))
    fields.append(("Remediation", " ".join((r.remediation or "-").split())))
    for label, value in fields:
        out.print(f"[bold]{label}:[/bold] {value}", soft_wrap=True)
    out.print("[bold]Examples:[/bold]")
    for e in r.examples:
        row = ", ".join(f"{role.value}={value!r}" for role, value in e.row.items())
        when = [f"as of {e.as_of.isoformat()}"] if e.as_of else []
        when += [f"buyer {e.buyer.value}"] if e.buyer else []
        when += [f"purpose {e.purpose!r}"] if e.purpose else []
        expect = e.expect if isinstance(e.expect, str) else e.expect.value
        out.print(f"  {row}" + (f" ({'; '.join(when)})" if when else "") + f" -> {expect}"
                  + (f"  # {e.note}" if e.note else ""), soft_wrap=True)
    return 0


@app.command("test")
def test_cmd(packs: Annotated[list[str] | None, typer.Argument(
        help="Pack files or ids (default: every shipped pack).", metavar="PACK")] = None,
        rule: Annotated[list[str] | None, typer.Option("--rule", metavar="CODE", help="Only this rule's examples, "
                                                       "repeatable.")] = None,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List passing examples too.")] = False,
        debug: Debug = False) -> int:
    """Run the packs' own examples; exit 1 when one gives another outcome than it expects."""
    from compliance.rules.examples import run_examples

    loaded = _packs(packs)
    codes = {c.upper() for c in rule} if rule else None
    if codes:
        known = {r.rule.code for p in loaded for r in p.rules}
        unknown = sorted(codes - known)
        if unknown:
            raise UsageError(f"--rule: no rule {unknown[0]!r} in {', '.join(p.meta.id for p in loaded)}")
    results = run_examples(loaded, codes)
    out = _out()
    failed = [r for r in results if not r.passed]
    for r in results:
        if not r.passed:
            out.print(f"FAIL {r.pack.path}:{r.pack.lines.get(r.rule.rule.code, 0)}: {r.describe()}", soft_wrap=True,
                      style="red")
        elif verbose:
            out.print(f"ok   {r.describe()}", soft_wrap=True)
    rules = len({(r.pack.meta.id, r.rule.rule.code) for r in results})
    out.print(f"{len(results) - len(failed)} passed, {len(failed)} failed ({rules} rules in "
              f"{', '.join(p.meta.id for p in loaded)})")
    return 1 if failed else 0


@app.command()
def check(paths: Annotated[list[Path], typer.Argument(help="Rule pack files to validate.", metavar="PACK.yaml")],
          debug: Debug = False) -> int:
    """Validate custom packs: schema, dates, column roles, known lists, unique codes, examples' shape."""
    from compliance.lists.official import ALL_OFFICIAL_LIST_IDS
    from compliance.lists.store import load_curated
    from compliance.rules.loader import check_packs, load_pack

    out = _out()
    known = {i.id for i in load_curated().infos} | ALL_OFFICIAL_LIST_IDS
    for path in paths:
        if not path.is_file():
            raise UsageError(f"{path}: no such rule pack file")
        pack = load_pack(path)
        check_packs([pack], known)
        examples = sum(len(r.rule.examples) for r in pack.rules)
        out.print(f"{path}: pack {pack.meta.id} {pack.meta.version} is valid: {len(pack.rules)} rules, "
                  f"{examples} examples, {len(pack.lists)} lists of its own (run 'compliance rules test {path}' "
                  "to check the examples)")
    return 0
