"""The whole screening flow, printing nothing: inputs -> rows -> matches -> rules -> a Report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from compliance import __version__, gctune
from compliance.errors import InputError, UsageError
from compliance.lists.models import Alias, AliasKind, Confidence, Entity, Source
from compliance.lists.store import ListInfo, ListSet, load_curated, load_user_list
from compliance.match.equipment import EquipmentMatcher
from compliance.match.names import MATCHER_VERSION, AliasRecord, Field, LookalikeRecord, NameIndex, make_alias
from compliance.match.persons import PersonIndex, PersonRecord
from compliance.models import (
    MODEL_ROLES,
    NAME_ROLES,
    REVIEW_ONLY_ROLES,
    SCREENED_ROLES,
    Buyer,
    Column,
    Decision,
    Finding,
    InputResult,
    Match,
    Role,
    Row,
    Severity,
    SheetResult,
)
from compliance.normalize import NORMALIZER_VERSION, model_text, normalize
from compliance.rules.engine import Context, Engine, Verdict
from compliance.rules.loader import LoadedPack, LoadedRule, PackInfo, RuleInfo, check_packs, load_packs, select_rules
from compliance.rules.models import Outcome, PackMeta, Rule
from compliance.rules.rows import RowRules, RowVerdict

if TYPE_CHECKING:
    from compliance.ingest import Table

#: Progress callback: (input path, rows screened so far in it, files finished, files in all).
Progress = Callable[[str, int, int, int], None]

_FIELD_OF_ROLE = {
    Role.VENDOR: Field.NAME, Role.PARENT: Field.NAME,
    Role.MANUFACTURER: Field.MAKER, Role.BRAND: Field.MAKER,
    Role.MODEL: Field.TEXT, Role.DESCRIPTION: Field.TEXT, Role.FCC_ID: Field.TEXT, Role.NOTES: Field.TEXT,
}


@dataclass(slots=True)
class ScreenOptions:
    sheets: Sequence[str] = ()
    columns: dict[str, Role] = field(default_factory=dict)   # header text -> role (--columns)
    user_lists: Sequence[Path] = ()
    as_of: dt.date | None = None
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    progress: Progress | None = None
    #: reviewed decisions (the decisions file), applied to the finished report
    decisions: Sequence[Decision] = ()
    #: --lists: list or source ids to screen against (None: curated + every installed official list)
    lists: Sequence[str] | None = None
    #: --lists-from: a pin file or report JSON naming the exact official snapshots to use
    lists_from: Path | None = None
    data_dir: Path | None = None
    #: --buyer: whose purchase this is (some rules bind only DoD, the IC or FCC-funded buyers)
    buyer: Buyer = Buyer.CIVILIAN
    #: --purpose: the intended use of what is screened (a purpose column overrides it per row)
    purpose: str | None = None
    #: --pack: pack ids or pack file paths (None: every default pack of the rules folder)
    packs: Sequence[str] | None = None
    #: --rule / --exclude-rule: codes, dotted names (globs) or groups
    include_rules: Sequence[str] = ()
    exclude_rules: Sequence[str] = ()
    #: False: the installed official snapshots are left out (rule examples must not depend on them)
    official_lists: bool = True
    #: --date-column: judge each row as of the date in this column (a PO or invoice date)
    date_column: str | None = None


@dataclass(slots=True)
class Report:
    """A finished screening: everything every report format shows, and nothing they filter."""

    tool_version: str
    generated_at: dt.datetime
    as_of: dt.date
    inputs: list[InputResult]
    lists: list[ListInfo]
    packs: list[PackInfo]
    findings: list[Finding]
    matcher: str
    #: decisions that matched no finding on this run (compliance.decisions.apply)
    stale_decisions: list[Decision] = field(default_factory=list)
    #: fingerprint -> digest of the list entries behind the finding, so a decision can notice a change
    entity_digests: dict[str, str] = field(default_factory=dict)
    #: every rule the run applied (after --pack / --rule / --exclude-rule), as the reports describe it
    rules: list[RuleInfo] = field(default_factory=list)
    buyer: str = Buyer.CIVILIAN.value
    purpose: str | None = None
    date_column: str | None = None

    @property
    def rows(self) -> int:
        return sum(i.rows for i in self.inputs)

    def by_severity(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.severity.value] = counts.get(f.severity.value, 0) + 1
        return {s.value: counts[s.value] for s in Severity if s.value in counts}

    def skipped(self) -> list[tuple[str, SheetResult]]:
        return [(i.path, s) for i in self.inputs for s in i.sheets if s.skipped_reason]


# -- inputs ---------------------------------------------------------------------------------------

#: What a folder is searched for; a .txt file is screened only when named explicitly.
FOLDER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".tsv")


def expand_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and every sheet file under a folder (sorted; Excel lock and hidden files skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FOLDER_SUFFIXES
                           and not any(part.startswith((".", "~$")) for part in f.relative_to(p).parts))
            if not found:
                raise InputError(f"{p}: folder has no {', '.join(FOLDER_SUFFIXES)} files")
            out.extend(found)
        elif not p.exists():
            raise InputError(f"{p}: no such file or folder")
        else:
            out.append(p)
    return out


# -- the screen -----------------------------------------------------------------------------------

@dataclass(slots=True)
class Screener:
    """Lists, rules and matchers, built once and reused for every input."""

    lists: ListSet
    rules: list[LoadedRule]
    packs: list[PackInfo]
    names: NameIndex
    equipment: EquipmentMatcher
    engine: Engine
    persons: PersonIndex = field(default_factory=lambda: PersonIndex([]))
    row_rules: RowRules = field(default_factory=lambda: RowRules([], Context(dt.date.today())))

    @classmethod
    def build(cls, options: ScreenOptions, as_of: dt.date,
              extra_entities: Sequence[Entity] = ()) -> Screener:
        """``extra_entities``: list entries a rule example brings (``compliance rules test``)."""
        from compliance.lists.compiled import entity_records
        from compliance.lists.official import ALL_OFFICIAL_LIST_IDS, Official, load_official

        packs = load_packs(options.packs)
        lists = load_curated()
        for user_list in options.user_lists:
            load_user_list(user_list, lists)
        known = {i.id for i in lists.infos} | ALL_OFFICIAL_LIST_IDS
        check_packs(packs, known)       # before the packs' own lists join: their ids must be new
        for pack in packs:
            _add_pack_lists(pack, lists)
        # curated and user entities first: official entries join lists.entities lazily, unread
        aliases: list[AliasRecord] = []
        persons: list[PersonRecord] = []
        for entity in extra_entities:
            lists.add_entity(entity, Path("<example>"))
        for entity in lists.entities.values():
            if set(entity.lists) & ALL_OFFICIAL_LIST_IDS:
                # an example's official-list entry is read as its importer's entries are
                found, people = entity_records(entity)
                aliases.extend(found)
                persons.extend(people)
                continue
            aliases.extend(curated_aliases(entity))

        def grantees(key: str) -> dict[str, str]:
            return {code: e.id for e in lists.entities.values() for code in e.identifiers.get(key, [])}

        equipment = EquipmentMatcher(lists.fingerprints, grantees("fcc_grantee"),
                                     grantees("fcc_grantee_unverified"))
        official = (load_official(lists, options.lists, options.lists_from, options.data_dir)
                    if options.official_lists else Official())
        aliases.extend(official.aliases)
        known |= {pl.id for pack in packs for pl in pack.lists}
        rules = select_rules([r for p in packs for r in p.rules], options.include_rules, options.exclude_rules)
        rules += _user_rules(lists)
        if options.lists is not None:
            rules = _select_lists(lists, rules, options.lists, known)
        lookalikes = lookalike_records(lists)
        context = Context(as_of=as_of, buyer=options.buyer, purpose=options.purpose)
        return cls(lists, rules, [p.info for p in packs], _name_index(aliases, lookalikes, options), equipment,
                   Engine(rules, lists, context), PersonIndex(persons + official.persons), RowRules(rules, context))

    def in_context(self, context: Context, rules: Sequence[LoadedRule] | None = None) -> Screener:
        """The same lists and matchers under another buyer, date or purpose (and maybe fewer rules)."""
        chosen = list(self.rules if rules is None else rules)
        return dataclasses.replace(self, rules=chosen, engine=Engine(chosen, self.lists, context),
                                   row_rules=RowRules(chosen, context))

    def list_infos(self) -> list[ListInfo]:
        infos = list(self.lists.infos)
        if self.lists.fingerprints_info is not None:
            infos.append(self.lists.fingerprints_info)
        return infos

    def rule_infos(self) -> list[RuleInfo]:
        return sorted((RuleInfo.of(r) for r in self.rules), key=lambda r: r.code)


def curated_aliases(entity: Entity) -> list[AliasRecord]:
    """A curated entry's names as the matcher reads them: every alias with its kind, then the name."""
    out: list[AliasRecord] = []
    seen: set[str] = set()
    for alias in [*entity.aliases, Alias(name=entity.name)]:
        rec = make_alias(entity.id, alias.name, alias.kind, alias.confidence is Confidence.V)
        if rec is not None and rec.norm not in seen:
            seen.add(rec.norm)
            out.append(rec)
    return out


def lookalike_records(lists: ListSet) -> list[LookalikeRecord]:
    return [LookalikeRecord(lk.id, lk.name, tuple(normalize(n) for n in [lk.name, *lk.aliases]),
                            frozenset(lk.confusable_with), lk.reason, lk.entity) for lk in lists.lookalikes]


def _add_pack_lists(pack: LoadedPack, lists: ListSet) -> None:
    """A pack's own lists (an organisation's blocklist) join the curated ones, with their provenance."""
    import hashlib

    for pl in pack.lists:
        source = Source(title=pl.source, as_of=pl.as_of)
        for n, e in enumerate(pl.entries, start=1):
            aliases = [Alias(name=e.name, kind=AliasKind.DISTINCTIVE)] + [Alias(name=a) for a in e.aliases]
            lists.add_entity(Entity(id=f"{pl.id}-{n}", name=e.name, country=e.country, lists=[pl.id],
                                    aliases=aliases, sources=[source], note=e.note), pack.path)
        digest = hashlib.sha256(pl.model_dump_json().encode()).hexdigest()
        lists.infos.append(ListInfo(pl.id, pl.title, f"rule pack {pack.meta.id}", pl.as_of.isoformat(), digest,
                                    len(pl.entries), str(pack.path), kind="pack"))


def _select_lists(lists: ListSet, rules: list[LoadedRule], selection: Sequence[str],
                  known: set[str]) -> list[LoadedRule]:
    """--lists: keep the rules and provenance of the chosen lists (user lists given by --list always)."""
    from compliance.lists.sources import SOURCES

    chosen: set[str] = set()
    for item in selection:
        if item in SOURCES:
            chosen.update(SOURCES[item].list_ids)
        elif item in known:
            chosen.add(item)
        else:
            import difflib

            near = difflib.get_close_matches(item, sorted(known | set(SOURCES)), n=1)
            raise UsageError(f"--lists: unknown list {item!r}" + (f"; did you mean {near[0]!r}?" if near else ""),
                             hint="'compliance lists' shows the lists you have")
    chosen.update(i.id for i in lists.infos if i.kind in ("user", "pack"))
    # official snapshots were already chosen by load_official (a whole source or some of its lists)
    lists.infos = [i for i in lists.infos if i.id in chosen or i.kind in ("reference", "official")]
    return [r for r in rules if r.rule.kind != "list" or set(r.rule.lists) & chosen]


def _user_rules(lists: ListSet) -> list[LoadedRule]:
    out: list[LoadedRule] = []
    for info in lists.infos:
        if info.kind != "user":
            continue
        pack = PackMeta(id=info.id, title=info.title, version=info.version,
                        as_of=dt.date.fromisoformat(info.version))
        rule = Rule(code="USERLIST", name=f"user.{info.id}", description=f"Named on the user list {info.path}",
                    citation=f"user list {Path(info.path).name}", outcome=Outcome.PROHIBITED, lists=[info.id])
        out.append(LoadedRule(rule, pack, info.path))
    return out


def screen(paths: Sequence[Path], options: ScreenOptions | None = None) -> Report:
    """Screen every input; raise InputError/UsageError/DataError on anything that cannot be checked."""
    try:
        return _screen(paths, options)
    finally:
        gctune.release()


def _screen(paths: Sequence[Path], options: ScreenOptions | None) -> Report:
    from compliance.ingest import file_sha256, read_tables
    from compliance.ingest.columns import header_key

    options = options or ScreenOptions()
    generated = options.now()
    as_of = options.as_of or generated.date()
    with gctune.long_lived():     # lists and indexes: built without collector passes, then frozen
        screener = Screener.build(options, as_of)
    files = expand_inputs(paths)
    caches: dict[Role, dict[str, list[Match]]] = {}
    findings: list[Finding] = []
    inputs: list[InputResult] = []
    used_overrides: set[str] = set()
    date_key = header_key(options.date_column) if options.date_column else None
    date_found = False
    sheet_found = False
    for done, path in enumerate(files):
        result = InputResult(path=str(path), sha256=file_sha256(path), kind=_kind(path))
        report_rows = None
        if options.progress is not None:
            options.progress(str(path), 0, done, len(files))
            report_rows = functools.partial(_progress_rows, options.progress, done, len(files))
        try:
            for table in read_tables(path, sheets=options.sheets or None, overrides=options.columns or None):
                keys = {header_key(c.header) for c in table.columns}
                used_overrides.update(h for h in options.columns if header_key(h) in keys)
                date_col = next((c for c in table.columns if header_key(c.header) == date_key), None)
                date_found = date_found or date_col is not None
                result.sheets.append(_screen_table(screener, table, caches, findings, report_rows, date_col))
        except UsageError as exc:
            if not options.sheets or len(files) == 1:
                raise
            # --sheet over several workbooks: one without that sheet is reported, not fatal
            result.sheets.append(SheetResult(None, False, None, 0, {}, skipped_reason=exc.message))
            inputs.append(result)
            continue
        sheet_found = True
        if not result.sheets:
            raise InputError(f"{path}: no sheet with data to screen")
        if all(s.skipped_reason for s in result.sheets):
            first = result.sheets[0]
            where = f", sheet {first.name!r}" if first.name is not None else ""
            raise InputError(f"{path}{where}: nothing to screen: {first.skipped_reason}")
        inputs.append(result)
    if options.sheets and not sheet_found:
        raise UsageError(f"--sheet: no input has a sheet named {', '.join(map(repr, options.sheets))}")
    if date_key is not None and not date_found:
        raise UsageError(f"--date-column: no input has a column headed {options.date_column!r}",
                         hint="the header text must match the sheet's header cell")
    missing = sorted(set(options.columns) - used_overrides)
    if missing:
        raise UsageError(f"--columns: no input has a column headed {missing[0]!r}",
                         hint="the header text must match the sheet's header cell")
    # findings stay in reading order: inputs as given, sheets in workbook order, rows, columns
    report = Report(tool_version=__version__, generated_at=generated, as_of=as_of, inputs=inputs,
                    lists=screener.list_infos(), packs=screener.packs, findings=findings,
                    matcher=f"{MATCHER_VERSION}; normalizer/{NORMALIZER_VERSION}", rules=screener.rule_infos(),
                    buyer=options.buyer.value, purpose=options.purpose, date_column=options.date_column)
    from compliance import decisions

    return decisions.apply(report, options.decisions, screener.lists.entities)


def screen_rows(screener: Screener, roles: Sequence[Role], rows: Iterable[Sequence[str]],
                name: str = "<rows>") -> list[Finding]:
    """Findings for rows held in memory, one cell per role (a rule example, a test case)."""
    from compliance.ingest import Table

    columns = tuple(Column(i, role.value, role) for i, role in enumerate(roles))
    table = Table(Path(name), None, False, 1, columns,
                  (Row(n, tuple(cells)) for n, cells in enumerate(rows, start=2)))
    findings: list[Finding] = []
    _screen_table(screener, table, {}, findings, None)
    return findings


def _progress_rows(progress: Progress, done: int, total: int, path: str, rows: int) -> None:
    progress(path, rows, done, total)


def _name_index(aliases: list[AliasRecord], lookalikes: list[LookalikeRecord], options: ScreenOptions) -> NameIndex:
    """The name index; its tables come from the data directory's cache when these names were indexed before."""
    from compliance.lists.index_cache import name_index
    from compliance.paths import data_dir

    return name_index(aliases, lookalikes, data_dir(options.data_dir) / "cache")


def _screen_table(screener: Screener, table: Table, caches: dict[Role, dict[str, list[Match]]],
                  findings: list[Finding], progress: Callable[[str, int], None] | None,
                  date_col: Column | None = None) -> SheetResult:
    """Screen one sheet's rows into ``findings``; a sheet with nothing to screen is reported, not read.

    ``date_col``: each row is judged as of the date in this column (--date-column); the matches of
    a value do not depend on the date, only what the rules make of them.
    """
    mapping = {c.header: c.role.value for c in table.columns if c.role is not None}
    plan = [(c.index, c.header, caches.setdefault(c.role, {}), c.role) for c in table.columns
            if c.role is not None and c.role in SCREENED_ROLES]
    if not plan:
        table.rows.close()
        headers = [c.header for c in table.columns if c.header]
        reason = ("no vendor, manufacturer, brand, model or description column found"
                  + (f" among headers {headers[:12]}" if headers else " (no header row)")
                  + "; use --columns ROLE=HEADER")
        return SheetResult(table.sheet, table.hidden, table.header_row, 0, mapping, skipped_reason=reason)
    shown, sheet = str(table.path), table.sheet
    rows = 0
    dated = _RowDates(screener, table, date_col) if date_col is not None else None
    by_role: dict[Role, int] = {}
    for c in table.columns:
        if c.role is not None:
            by_role.setdefault(c.role, c.index)
    purpose_col = by_role.get(Role.PURPOSE)
    vendor_col = by_role.get(Role.VENDOR)
    row_rules = screener.row_rules
    country_cols = [(c.index, c.header) for c in table.columns
                    if c.role is Role.COUNTRY] if row_rules.country else []
    screened = [index for index, *_ in plan]
    for verdict, role in row_rules.missing_columns(set(by_role)):
        findings.append(_row_finding(verdict, shown, sheet, table.header_row or 1, role.value,
                                     f"(no {role.value} column)", f"column-{role.value}", f"no {role.value} column"))
    # the hot loop, a batch of rows at a time: the batch's new values get their typo candidates
    # in one batched lookup, then each distinct value is matched once per column role
    for batch in _batches(table.rows, _BATCH):
        fresh: list[str] = []
        for index, _, cache, _ in plan:
            fresh.extend({row.cells[index] for row in batch} - cache.keys() - {""})
        if len(fresh) > 64:
            screener.names.prime(sorted(fresh))
        for row in batch:
            rows += 1
            cells = row.cells
            when: dt.date | None = None
            if dated is not None:
                screener, when = dated.screener(row)
                row_rules = screener.row_rules
            for index, header, cache, role in plan:
                value = cells[index]
                if not value:
                    continue
                matches = cache.get(value)
                if matches is None:
                    matches = cache[value] = _match_cell(screener, role, value)
                if matches:
                    cell = _Cell(shown, sheet, row.number, header, value, role,
                                 cells[purpose_col] if purpose_col is not None else None,
                                 cells[vendor_col] if role is Role.PARENT and vendor_col is not None else None)
                    found = _cell_findings(screener, matches, cell)
                    findings.extend(found if when is None else _dated(found, when, date_col))
            for index, header in country_cols:
                value = cells[index]
                if value:
                    found = [_row_finding(v, shown, sheet, row.number, header, value, f"country-{value.casefold()}",
                                          value) for v in row_rules.country_verdicts(value, cells, screened)]
                    findings.extend(found if when is None else _dated(found, when, date_col))
            if progress is not None and rows % 5000 == 0:
                progress(shown, rows)
    return SheetResult(sheet, table.hidden, table.header_row, rows, mapping)


class _RowDates:
    """--date-column: each row's date, and a screener judging as of it (one per distinct date)."""

    def __init__(self, screener: Screener, table: Table, column: Column) -> None:
        self.base = screener
        self.table = table
        self.column = column
        self.parsed: dict[str, dt.date] = {}
        self.screeners: dict[dt.date, Screener] = {}

    def screener(self, row: Row) -> tuple[Screener, dt.date | None]:
        text = row.cells[self.column.index]
        if not text:
            return self.base, None                      # no date: the run's --as-of
        day = self.parsed.get(text)
        if day is None:
            day = self.parsed[text] = self._parse(text, row)
        found = self.screeners.get(day)
        if found is None:
            ctx = self.base.engine.context
            found = self.screeners[day] = self.base.in_context(dataclasses.replace(ctx, as_of=day))
        return found, day

    def _parse(self, text: str, row: Row) -> dt.date:
        day = parse_date(text)
        if day is None:
            from compliance.ingest.table import column_letter, input_error

            letter = column_letter(self.table.first_column + self.column.index)
            raise input_error(self.table.path, f"--date-column {self.column.header!r}: {text!r} is not a date "
                              "(write YYYY-MM-DD, M/D/YYYY or D.M.YYYY)", sheet=self.table.sheet,
                              row=row.number, column=letter)
        return day


_DATE_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?"), (0, 1, 2)),     # ISO, with a time or not
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), (0, 1, 2)),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), (2, 0, 1)),                  # US: month first
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), (2, 1, 0)),               # European: day first
)


def parse_date(text: str) -> dt.date | None:
    """A date cell: 2021-06-30, 2021/06/30, 6/30/2021 (a day over 12 first is read as D/M/YYYY), 30.06.2021."""
    for pattern, (y, m, d) in _DATE_FORMS:
        found = pattern.fullmatch(text.strip())
        if found is None:
            continue
        parts = [int(g) for g in found.groups()]
        year, month, day = parts[y], parts[m], parts[d]
        if pattern is _DATE_FORMS[2][0] and month > 12 >= day:
            month, day = day, month
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def _dated(findings: list[Finding], when: dt.date, column: Column | None) -> list[Finding]:
    """Findings judged as of their row's own date (--date-column) say so first."""
    said = f"Judged as of {when.isoformat()}, this row's {column.header if column else ''!r}. "
    return [dataclasses.replace(f, explanation=said + f.explanation) for f in findings]


@dataclass(frozen=True, slots=True)
class _Cell:
    """Where a matched value stands, and what its row says that a rule may need."""

    path: str
    sheet: str | None
    row: int
    column: str
    value: str
    role: Role
    purpose: str | None        # the row's purpose cell
    vendor: str | None         # a parent-column hit: the row's vendor, who that parent owns


_BATCH = 4096


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _kind(path: Path) -> str:
    return "csv" if path.suffix.lower() in {".csv", ".tsv", ".txt"} else "xlsx"


def _match_cell(screener: Screener, role: Role, value: str) -> list[Match]:
    matches: list[Match] = []
    if role in NAME_ROLES or role in (Role.MODEL, Role.DESCRIPTION, Role.NOTES):
        matches.extend(screener.names.match(value, _FIELD_OF_ROLE[role]))
    if role is Role.VENDOR:
        # listed people only where a person can be named: the payee / vendor column
        matches.extend(screener.persons.match(value))
    if role in MODEL_ROLES:
        matches.extend(screener.equipment.match_model(value))
        matches.extend(screener.equipment.match_fcc_id(value, whole_cell=role is Role.FCC_ID))
    if role in REVIEW_ONLY_ROLES:
        # a recorded FCC ID is a fact about the device; a name in a note may be anything
        matches = [m if m.method == "grantee" else
                   dataclasses.replace(m, confident=False, explanation=m.explanation + "; found in a notes "
                                       "column, which is evidence for a person, not proof") for m in matches]
    # one entity per cell: keep its strongest evidence
    best: dict[str, Match] = {}
    for m in matches:
        cur = best.get(m.entity_id)
        if cur is None or (m.confident, m.score) > (cur.confident, cur.score):
            best[m.entity_id] = m
    return list(best.values())


def _cell_findings(screener: Screener, matches: list[Match], cell: _Cell) -> list[Finding]:
    """Findings for one cell: per rule and covered entity, the strongest evidence only."""
    best: dict[tuple[str, str], Finding] = {}
    for m in matches:
        for v in screener.engine.evaluate(m, cell.role, cell.purpose):
            f = _finding(screener, m, v, cell)
            key = (f.rule, f.entity_id)
            cur = best.get(key)
            if cur is None or (f.severity.rank, f.score) > (cur.severity.rank, cur.score):
                best[key] = f
    return list(best.values())


def _finding(screener: Screener, m: Match, v: Verdict, cell: _Cell) -> Finding:
    entity = screener.lists.entities[m.entity_id]
    rule = v.rule.rule
    path, explanation = v.path, f"{m.explanation}. {v.reason}"
    if cell.vendor:
        # the sheet's own parent column is the first edge of the supply-chain path
        path = (cell.vendor, f"parent (per column {cell.column!r})", *v.path)
        explanation = (f"The row's parent column names {entity.name}, so the vendor {cell.vendor!r} is "
                       f"treated as its subsidiary. {explanation}")
    model = m.method in ("model", "grantee")
    return Finding(
        input=cell.path, sheet=cell.sheet, row=cell.row, column=cell.column, value=cell.value,
        normalized=model_text(cell.value) if model else normalize(cell.value),
        rule=rule.code, severity=v.severity,
        entity_id=v.covered.id, entity_name=v.covered.name, entity_lists=tuple(v.covered.lists),
        matched_name=m.matched_name if model or entity.id == v.covered.id else f"{m.matched_name} ({entity.name})",
        score=m.score, method=m.method, path=path, citation=rule.citation, explanation=explanation,
        outcome=rule.outcome.value, rule_name=rule.name,
        effective_from=rule.effective_from, effective_until=rule.effective_until,
    )


def _row_finding(v: RowVerdict, path: str, sheet: str | None, row: int, column: str, value: str,
                 entity_id: str, entity_name: str) -> Finding:
    """A finding of a country or required-column rule: evidence is the cell (or its absence)."""
    rule = v.rule.rule
    return Finding(
        input=path, sheet=sheet, row=row, column=column, value=value, normalized=value.casefold(),
        rule=rule.code, severity=v.severity, entity_id=entity_id, entity_name=entity_name, entity_lists=(),
        matched_name=value, score=100.0, method=rule.kind, path=(entity_name,), citation=rule.citation,
        explanation=v.reason,
        outcome=rule.outcome.value, rule_name=rule.name,
        effective_from=rule.effective_from, effective_until=rule.effective_until,
    )
