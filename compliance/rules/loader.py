"""Load and check the rule files: a broken rule stops the run with the file and rule named."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from compliance.errors import DataError
from compliance.resources import rules_dir
from compliance.rules.models import PackMeta, Rule, RuleFile
from compliance.yamlio import load_yaml, validate


@dataclass(frozen=True, slots=True)
class LoadedRule:
    rule: Rule
    pack: PackMeta
    path: str


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    title: str
    version: str
    sha256: str
    rules: int
    path: str


def load_rules(known_lists: set[str], folder: Path | None = None) -> tuple[list[LoadedRule], list[PackInfo]]:
    folder = folder or rules_dir()
    if not folder.is_dir():
        raise DataError(f"{folder}: rules folder not found (is the package installed whole?)")
    loaded: list[LoadedRule] = []
    packs: list[PackInfo] = []
    codes: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = path.read_bytes()
        rf = validate(RuleFile, load_yaml(path), path)
        for rule in rf.rules:
            if rule.code in codes:
                raise DataError(f"{path}: rule code {rule.code} is already used in {codes[rule.code]}")
            codes[rule.code] = str(path)
            for list_id in rule.lists:
                if list_id not in known_lists:
                    near = difflib.get_close_matches(list_id, sorted(known_lists), n=1)
                    hint = f"; did you mean {near[0]!r}?" if near else ""
                    raise DataError(f"{path}: rule {rule.code}: unknown list {list_id!r}{hint}")
            loaded.append(LoadedRule(rule, rf.pack, str(path)))
        packs.append(PackInfo(rf.pack.id, rf.pack.title, rf.pack.version,
                              hashlib.sha256(raw).hexdigest(), len(rf.rules), str(path)))
    if not loaded:
        raise DataError(f"{folder}: no rule files found")
    return loaded, packs
