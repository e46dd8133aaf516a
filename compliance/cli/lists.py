"""``compliance lists ...``: show, update, import, pin, search and diff the lists screened against."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from compliance.errors import UsageError

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from compliance.lists.snapshots import Outcome, Store

app = typer.Typer(help="Show, update, import, pin, search and compare the lists screened against.",
                  no_args_is_help=False, add_completion=False, rich_markup_mode=None)

DataDir = Annotated[Path | None, typer.Option("--data-dir", metavar="DIR", help="The list store (default: "
                                              "$COMPLIANCE_DATA_DIR or the user data directory).")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _store(data_dir: Path | None) -> Store:
    from compliance.lists.snapshots import Store
    from compliance.paths import data_dir as resolve

    return Store(resolve(data_dir))


def _out() -> Console:
    return Console(width=None if sys.stdout.isatty() else 120, highlight=False)


@app.callback(invoke_without_command=True)
def show(ctx: typer.Context, data_dir: DataDir = None, as_json: Annotated[bool, typer.Option(
        "--json", help="Print the list inventory as JSON.")] = False, debug: Debug = False) -> int:
    """Show the lists in use: curated lists shipped with the tool and installed official snapshots."""
    if ctx.invoked_subcommand is not None:
        return 0
    from compliance.lists.sources import SOURCES
    from compliance.lists.store import load_curated

    store = _store(data_dir)
    now = _now()
    curated = load_curated()
    current = store.current()
    rows: list[dict[str, Any]] = []
    for i in curated.infos:
        rows.append({"id": i.id, "kind": i.kind, "title": i.title, "publisher": i.publisher, "entries": i.entries,
                     "version": i.version, "fetched_at": None, "sha256": i.sha256, "url": None, "warning": None})
    for source in SOURCES.values():
        snap = current.get(source.id)
        if snap is None:
            rows.append({"id": source.id, "kind": "official", "title": source.title, "publisher": source.publisher,
                         "entries": 0, "version": None, "fetched_at": None, "sha256": None,
                         "url": source.files[0].url, "warning": "not installed: run 'compliance lists update "
                         f"{source.id}' or 'compliance lists import'"})
            continue
        age = snap.age_days(now)
        warning = (f"{age:.0f} days old, more than its {source.max_age_days}-day maximum: run 'compliance lists "
                   f"update {source.id}'") if age > source.max_age_days else None
        rows.append({"id": source.id, "kind": "official", "title": source.title, "publisher": source.publisher,
                     "entries": snap.entries, "version": snap.published, "fetched_at": snap.fetched_at,
                     "sha256": snap.sha256, "url": snap.url() or "(imported)", "snapshot": snap.id,
                     "by_list": snap.manifest.get("by_list", {}), "warning": warning})
    if as_json:
        sys.stdout.write(json.dumps({"data_dir": str(store.root), "lists": rows}, indent=2) + "\n")
        return 0
    out = _out()
    table = Table(title=f"Lists (store: {store.root})", title_justify="left")
    for col in ("id", "entries", "version", "fetched at", "sha256", "title / publisher / source"):
        table.add_column(col, overflow="fold")
    for r in rows:
        version = r["version"] or "-"
        desc = f"{r['title']}\n{r['publisher']}" + (f"\n{r['url']}" if r["url"] else "")
        if r["warning"]:
            desc += f"\n[yellow]warning: {r['warning']}[/yellow]"
        table.add_row(r["id"], f"{r['entries']:,}" if r["entries"] else "-", version,
                      (r["fetched_at"] or "-"), (r["sha256"] or "-")[:12], desc)
    out.print(table)
    return 0


def _progress_bar(err: Console) -> Progress:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                    console=err, transient=True)


@app.command()
def update(
    sources: Annotated[list[str] | None, typer.Argument(metavar="[SOURCE]...", help="Sources to update "
                                                        "(default: all): ofac-sdn, ofac-cons, csl, bis-dpl, un-sc.",
                                                        show_default=False)] = None,
    data_dir: DataDir = None,
    mirror: Annotated[str | None, typer.Option("--mirror", metavar="URL", help="Download from a mirror laid out as "
                                               "URL/SOURCE/FILE instead of the official sites "
                                               "($COMPLIANCE_MIRROR).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0.1,
                                           help="Per-request timeout.")] = 60.0,
    retries: Annotated[int, typer.Option("--retries", min=1, max=10, help="Attempts per file.")] = 3,
    force: Annotated[bool, typer.Option("--force", help="Install even a snapshot that shrinks the list by more "
                                        "than --max-shrink.")] = False,
    max_shrink: Annotated[float, typer.Option("--max-shrink", min=0.0, max=1.0, metavar="FRACTION",
                                              help="Refuse a snapshot with this much fewer entries.")] = 0.10,
    debug: Debug = False,
) -> int:
    """Download the official lists, validate them, and install them as new snapshots.

    Exit code 0 when every source was installed or is unchanged, 1 when any source failed or was
    refused (its previous snapshot stays in use), 2 on bad usage.
    """
    from compliance.lists.download import UpdateOptions
    from compliance.lists.download import update as run_update
    from compliance.lists.sources import SOURCES, get_source

    chosen = [get_source(s) for s in (sources or list(SOURCES))]
    store = _store(data_dir)
    options = UpdateOptions(timeout=timeout, retries=retries, mirror=mirror, force=force, max_shrink=max_shrink,
                            backoff=1.0)
    err = Console(stderr=True, highlight=False)
    if err.is_terminal:
        with _progress_bar(err) as bar:
            tasks: dict[tuple[str, str], TaskID] = {}

            def progress(source: str, name: str, got: int, total: int | None) -> None:
                key = (source, name)
                if key not in tasks:
                    tasks[key] = bar.add_task(f"{source}: {name}", total=total)
                bar.update(tasks[key], completed=got, total=total)

            outcomes = run_update(store, chosen, options, progress=progress)
    else:
        outcomes = run_update(store, chosen, options)
    return _report_outcomes(outcomes)


def _report_outcomes(outcomes: list[Outcome]) -> int:
    out = _out()
    for o in outcomes:
        style = {"installed": "green", "unchanged": "", "refused": "red", "failed": "red"}[o.status]
        out.print(f"{o.source}: [{style}]{o.status}[/{style}]" if style else f"{o.source}: {o.status}",
                  f"- {o.message}", soft_wrap=True)
        if o.skipped:
            out.print(f"  {o.skipped:,} record(s) skipped")
        for w in o.warnings:
            out.print(f"  [yellow]warning:[/yellow] {w}", soft_wrap=True)
    return 0 if all(o.ok for o in outcomes) else 1


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(metavar="FILE|DIR...", help="The source's files as published "
                                                "(.gz accepted), or a folder holding them.", show_default=False)],
    source: Annotated[str, typer.Option("--source", metavar="ID", help="Which source the files are: ofac-sdn, "
                                        "ofac-cons, csl, bis-dpl, un-sc.")],
    data_dir: DataDir = None,
    force: Annotated[bool, typer.Option("--force", help="Install even if the list shrinks by more than "
                                        "--max-shrink.")] = False,
    max_shrink: Annotated[float, typer.Option("--max-shrink", min=0.0, max=1.0, metavar="FRACTION")] = 0.10,
    allow_truncated: Annotated[bool, typer.Option("--allow-truncated", help="Accept a CSL file whose last record "
                                                  "is cut off (the record is skipped and counted).")] = False,
    debug: Debug = False,
) -> int:
    """Install list files brought in by hand (air-gapped sites), validated like a download."""
    from compliance.lists.snapshots import import_files

    outcome = import_files(_store(data_dir), source, files, now=_now(), force=force, max_shrink=max_shrink,
                           tolerate_truncation=allow_truncated)
    return _report_outcomes([outcome])


@app.command()
def pin(
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the pin file here "
                                                "(default: stdout).")] = None,
    data_dir: DataDir = None,
    debug: Debug = False,
) -> int:
    """Record the exact snapshots in use, for 'screen --lists-from FILE' to screen against them again."""
    from compliance import __version__
    from compliance.lists.official import PIN_SCHEMA
    from compliance.lists.store import load_curated
    from compliance.output import write_atomic

    store = _store(data_dir)
    current = store.current()
    if not current:
        raise UsageError("no official list snapshot is installed, so there is nothing to pin",
                         hint="run 'compliance lists update' or 'compliance lists import' first")
    doc = {
        "schema": PIN_SCHEMA,
        "created_at": _now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tool_version": __version__,
        "lists": [{"source": s.source, "snapshot": s.id, "sha256": s.sha256, "entries": s.entries,
                   "published": s.published, "fetched_at": s.fetched_at} for s in current.values()],
        "curated": [{"id": i.id, "version": i.version, "sha256": i.sha256} for i in load_curated().infos],
    }
    text = json.dumps(doc, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)
        Console(stderr=True, highlight=False).print(f"Pinned {len(current)} snapshot(s) in {output}")
    return 0


@app.command()
def history(
    source: Annotated[str | None, typer.Argument(metavar="[SOURCE]", show_default=False)] = None,
    data_dir: DataDir = None,
    debug: Debug = False,
) -> int:
    """List the snapshots kept in the store (the one in use is marked)."""
    from compliance.lists.sources import SOURCES, get_source

    store = _store(data_dir)
    current = store.current_ids()
    table = Table(title=f"Snapshots in {store.root}", title_justify="left")
    for col in ("source", "snapshot", "in use", "entries", "published", "fetched at", "how", "sha256"):
        table.add_column(col, no_wrap=col == "snapshot", overflow="fold")
    for sid in ([get_source(source).id] if source else list(SOURCES)):
        for s in store.history(sid):
            table.add_row(sid, s.id, "yes" if current.get(sid) == s.id else "", f"{s.entries:,}", s.published or "-",
                          s.fetched_at, str(s.manifest.get("how", "")), s.sha256[:12])
    _out().print(table)
    return 0


@app.command()
def use(
    snapshot: Annotated[str, typer.Argument(metavar="SNAPSHOT", help="A kept snapshot: SOURCE@ID or an id (prefix).",
                                            show_default=False)],
    data_dir: DataDir = None,
    debug: Debug = False,
) -> int:
    """Put a kept snapshot back in use (a rollback after a bad update)."""
    store = _store(data_dir)
    chosen = store.find(snapshot)
    store.use(chosen)
    _out().print(f"{chosen.source}: snapshot {chosen.id} ({chosen.entries:,} entries) is in use", soft_wrap=True)
    return 0


@app.command()
def search(
    name: Annotated[str, typer.Argument(help="A name as it would appear in a vendor column.", show_default=False)],
    country: Annotated[str | None, typer.Option("--country", metavar="CC", help="Only entries with this country "
                                                "(ISO code or name) in their addresses.")] = None,
    lists: Annotated[str | None, typer.Option("--list", "--lists", metavar="ID,...", help="Only these lists or "
                                              "sources.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=200)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the matches as JSON.")] = False,
    data_dir: DataDir = None,
    debug: Debug = False,
) -> int:
    """Look a name up with the same matcher as 'screen': its matches first, then the nearest names."""
    from compliance.lists.explore import search as run_search

    selection = [s.strip() for s in lists.split(",") if s.strip()] if lists else None
    hits = run_search(name, selection=selection, country=country, data_root=data_dir, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps([dataclasses.asdict(h) for h in hits], indent=2) + "\n")
        return 0
    out = _out()
    if not hits:
        out.print(f"No entry on the lists in use matches or resembles {name!r}.")
        return 0
    table = Table(title=f"Matches for {name!r}", title_justify="left", show_lines=True)
    for col in ("outcome", "score", "entry", "lists / programs", "country", "why"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(h.verdict + (f"\n{', '.join(h.rules)}" if h.rules else ""), f"{h.score:.0f}",
                      f"{h.name}\n{h.entity_id}" + (f"\nas {h.matched!r}" if h.matched != h.name else ""),
                      ", ".join(h.lists) + (f"\n{', '.join(h.programs)}" if h.programs else ""), h.country or "-",
                      h.explanation)
    out.print(table)
    return 0


@app.command()
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="A snapshot: SOURCE@ID, an id (prefix), or a folder.",
                                       show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The snapshot to compare with; SOURCE alone means the "
                                       "one in use.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
    data_dir: DataDir = None,
    debug: Debug = False,
) -> int:
    """Entries added, removed and changed between two snapshots of one source."""
    from compliance.lists.explore import diff as run_diff

    d = run_diff(_store(data_dir), old, new)
    if as_json:
        sys.stdout.write(json.dumps(d.to_json(), indent=2, ensure_ascii=False) + "\n")
        return 0
    out = _out()
    out.print(f"{d.old.ref} ({d.old.entries:,} entries) -> {d.new.ref} ({d.new.entries:,} entries): "
              f"{len(d.added):,} added, {len(d.removed):,} removed, {len(d.changed):,} changed")
    for label, items in (("added", d.added), ("removed", d.removed)):
        for e in items:
            out.print(f"  {'+' if label == 'added' else '-'} {e['id']}  {e['name']}  [{', '.join(e.get('lists', []))}]")
    for e, changes in d.changed:
        out.print(f"  ~ {e['id']}  {e['name']}: " + "; ".join(_describe(k, o, n) for k, (o, n) in changes.items()))
    return 0


def _describe(key: str, old: object, new: object) -> str:
    if isinstance(old, list) and isinstance(new, list):
        plus = [x for x in new if x not in old]
        minus = [x for x in old if x not in new]
        return f"{key} " + " ".join([*(f"+{x!r}" for x in plus), *(f"-{x!r}" for x in minus)])
    return f"{key} {old!r} -> {new!r}"
