"""Find, load and check rule packs: a broken pack stops the run with the file, line and a hint.

Packs are YAML data only (``yaml`` safe loading, pydantic validation); nothing in a rules folder is
ever imported or executed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from compliance.errors import DataError, UsageError
from compliance.resources import rules_dir
from compliance.rules.models import PackList, PackMeta, Rule, RuleFile


@dataclass(frozen=True, slots=True)
class LoadedRule:
    rule: Rule
    pack: PackMeta
    path: str


@dataclass(frozen=True, slots=True)
class PackInfo:
    """A pack as the report records it: identity, version and the hash of the exact file used."""

    id: str
    title: str
    version: str
    sha256: str
    rules: int
    path: str
    jurisdiction: str = ""
    as_of: str = ""


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What every report format says of a rule that ran (no pack file is read again to say it)."""

    code: str
    name: str
    pack: str
    outcome: str
    severity: str
    citation: str
    description: str
    remediation: str
    effective_from: dt.date | None
    effective_until: dt.date | None
    groups: tuple[str, ...] = ()

    @classmethod
    def of(cls, loaded: LoadedRule) -> RuleInfo:
        r = loaded.rule
        return cls(r.code, r.name, loaded.pack.id, r.outcome.value, r.in_force_severity.value, r.citation,
                   " ".join(r.description.split()), " ".join((r.remediation or "").split()),
                   r.effective_from, r.effective_until, tuple(r.groups))


@dataclass(frozen=True, slots=True)
class LoadedPack:
    meta: PackMeta
    path: Path
    sha256: str
    rules: tuple[LoadedRule, ...]
    lists: tuple[PackList, ...]
    #: 1-based line of each rule's ``code`` key, for error messages (code -> line)
    lines: dict[str, int]

    @property
    def info(self) -> PackInfo:
        m = self.meta
        return PackInfo(m.id, m.title, m.version, self.sha256, len(self.rules), str(self.path),
                        m.jurisdiction, m.as_of.isoformat())

    def where(self, code: str) -> str:
        line = self.lines.get(code)
        return f"{self.path}:{line}" if line else str(self.path)


def shipped_packs(folder: Path | None = None) -> dict[str, LoadedPack]:
    """Pack id -> pack, for every pack in the rules folder (the id is read from the file)."""
    folder = folder or rules_dir()
    if not folder.is_dir():
        raise DataError(f"{folder}: rules folder not found (is the package installed whole?)")
    out: dict[str, LoadedPack] = {}
    for path in sorted(folder.glob("*.yaml")):
        pack = load_pack(path)
        if pack.meta.id in out:
            raise DataError(f"{path}: pack id {pack.meta.id!r} is already used by {out[pack.meta.id].path}")
        out[pack.meta.id] = pack
    return out


def load_pack(path: Path) -> LoadedPack:
    """Read and validate one pack file (schema only; check_packs checks it against the lists)."""
    from compliance.yamlio import load_yaml, validate

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from None
    data, lines = load_yaml(path, lines=True)
    rf = validate(RuleFile, data, path, lines=lines)
    code_lines: dict[str, int] = {}
    for i, rule in enumerate(rf.rules):
        line = lines.line_for(("rules", i, "code"))
        if rule.code in code_lines:
            raise DataError(f"{path}:{line or '?'}: rule code {rule.code} is used twice in this pack "
                            f"(first at line {code_lines[rule.code]})")
        code_lines[rule.code] = line or 0
        expects = {e.expect == "none" for e in rule.examples}
        if expects != {True, False}:
            raise DataError(f"{path}:{line or '?'}: rule {rule.code}: examples need at least one row that fires "
                            "(expect: SEVERITY) and one that does not (expect: none)",
                            hint="'compliance rules explain US889A' shows a shipped rule's examples")
    return LoadedPack(rf.pack, path, hashlib.sha256(raw).hexdigest(),
                      tuple(LoadedRule(r, rf.pack, str(path)) for r in rf.rules), tuple(rf.lists), code_lines)


def load_packs(selection: Sequence[str] | None = None, folder: Path | None = None) -> list[LoadedPack]:
    """The packs a run uses: every default pack of the rules folder, or those ``--pack`` names.

    A selection item is a shipped pack id or the path of a pack file.
    """
    shipped = shipped_packs(folder)
    if selection is None:
        packs = [p for p in shipped.values() if p.meta.default]
        if not packs:
            raise DataError(f"{folder or rules_dir()}: no default rule pack found")
        return packs
    out: list[LoadedPack] = []
    for item in selection:
        if item in shipped:
            out.append(shipped[item])
            continue
        path = Path(item)
        if path.suffix.lower() in (".yaml", ".yml") or path.exists():
            if not path.is_file():
                raise UsageError(f"--pack {item}: no such rule pack file")
            out.append(load_pack(path))
            continue
        near = difflib.get_close_matches(item, sorted(shipped), n=1)
        raise UsageError(f"--pack: unknown rule pack {item!r}" + (f"; did you mean {near[0]!r}?" if near else ""),
                         hint="'compliance rules' lists the packs; a custom pack is given by its .yaml path")
    seen: dict[str, Path] = {}
    for p in out:
        if p.meta.id in seen:
            raise UsageError(f"--pack: pack id {p.meta.id!r} is given twice ({seen[p.meta.id]} and {p.path})")
        seen[p.meta.id] = p.path
    return out


def check_packs(packs: Iterable[LoadedPack], known_lists: set[str]) -> None:
    """Every rule names lists that exist, every code is unique across the packs in use."""
    codes: dict[str, str] = {}
    pack_lists: dict[str, Path] = {}
    for pack in packs:
        own = {pl.id for pl in pack.lists}
        for pl in pack.lists:
            if pl.id in known_lists:
                raise DataError(f"{pack.path}: pack list id {pl.id!r} is already a list id; choose another")
            if pl.id in pack_lists:
                raise DataError(f"{pack.path}: pack list id {pl.id!r} is already a list of {pack_lists[pl.id]}")
            pack_lists[pl.id] = pack.path
        for loaded in pack.rules:
            rule = loaded.rule
            where = pack.where(rule.code)
            if rule.code in codes:
                raise DataError(f"{where}: rule code {rule.code} is already used in {codes[rule.code]}")
            codes[rule.code] = where
            for list_id in rule.lists:
                if list_id not in known_lists and list_id not in own:
                    near = difflib.get_close_matches(list_id, sorted(known_lists | own), n=1)
                    hint = f"; did you mean {near[0]!r}?" if near else ""
                    raise DataError(f"{where}: rule {rule.code}: unknown list {list_id!r}{hint}")


def rule_selectors(rules: Iterable[LoadedRule]) -> set[str]:
    """Every word a --rule / --exclude-rule may use: codes, names and groups."""
    out: set[str] = set()
    for loaded in rules:
        r = loaded.rule
        out.update({r.code, r.name, *r.groups})
    return out


def _selected(rule: Rule, selector: str) -> bool:
    s = selector.strip()
    return (s.upper() == rule.code or s.lower() == rule.name or fnmatchcase(rule.name, s.lower())
            or s.lower() in rule.groups)


def _named(rule: Rule, selector: str) -> bool:
    """Named by its own code or name: how a rule that is off by default is turned on (not by group or glob)."""
    s = selector.strip()
    return s.upper() == rule.code or s.lower() == rule.name


def select_rules(rules: Sequence[LoadedRule], include: Sequence[str] = (),
                 exclude: Sequence[str] = ()) -> list[LoadedRule]:
    """--rule / --exclude-rule by code, dotted name (or a glob of it) or group.

    With no --rule, every rule marked default runs; --rule names the rules to run (a rule that is
    off by default, such as the s.889 Part B self-check, runs only when named by its code or name,
    not through a group or glob). Unknown selectors stop the run with the nearest known word.
    """
    words = rule_selectors(rules)
    for option, selectors in (("--rule", include), ("--exclude-rule", exclude)):
        for s in selectors:
            if not any(_selected(r.rule, s) for r in rules):
                near = difflib.get_close_matches(s, sorted(words), n=1)
                raise UsageError(f"{option}: no rule has the code, name or group {s!r}"
                                 + (f"; did you mean {near[0]!r}?" if near else ""),
                                 hint="'compliance rules' lists codes, names and groups")
    chosen = [r for r in rules if (any(_selected(r.rule, s) if r.rule.default else _named(r.rule, s) for s in include)
                                   if include else r.rule.default)]
    return [r for r in chosen if not any(_selected(r.rule, s) for s in exclude)]
