"""``lists search`` and ``lists diff``: look names up with the screen's own matcher; compare snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.lists.compiled import compile_snapshot
from compliance.lists.snapshots import Snapshot, Store
from compliance.models import Severity


@dataclass(frozen=True, slots=True)
class Hit:
    entity_id: str
    name: str
    lists: tuple[str, ...]
    programs: tuple[str, ...]
    country: str
    matched: str
    score: float
    verdict: str                  # the screen's outcome: a severity, or "near" (below the threshold)
    rules: tuple[str, ...]
    explanation: str


def search(name: str, *, selection: Sequence[str] | None, country: str | None, data_root: Path | None,
           limit: int = 10, as_of: dt.date | None = None) -> list[Hit]:
    """The screen's matches for a vendor-name cell holding ``name``, then the nearest names below them."""
    from rapidfuzz import fuzz, process

    from compliance.match.names import Field
    from compliance.normalize import normalize
    from compliance.pipeline import Screener, ScreenOptions

    when = as_of or dt.date.today()
    screener = Screener.build(ScreenOptions(lists=selection, data_dir=data_root), when)
    entities = screener.lists.entities
    hits: dict[str, Hit] = {}
    for m in [*screener.names.match(name, Field.NAME), *screener.persons.match(name)]:
        verdicts = screener.engine.evaluate(m)
        if not verdicts:
            continue                # on a list no rule in use covers (a divested brand's own entry, ...)
        worst = max(verdicts, key=lambda v: v.severity.rank)
        e = entities[m.entity_id]
        hits[m.entity_id] = Hit(e.id, e.name, tuple(e.lists), tuple(e.programs), _country(e), m.matched_name,
                                m.score, worst.severity.value, tuple(v.rule.rule.code for v in verdicts),
                                f"{m.explanation}. {worst.reason}")
    norm = normalize(name, allow_empty=True)
    choices = {i: a.norm for i, a in enumerate(screener.names.aliases)}
    choices.update({len(choices) + i: p.key for i, p in enumerate(screener.persons.persons)})
    near = process.extract(norm, choices, scorer=fuzz.token_sort_ratio, limit=limit * 4, score_cutoff=70)
    for _, score, i in near:
        rec = screener.names.aliases[i] if i < len(screener.names.aliases) else \
            screener.persons.persons[i - len(screener.names.aliases)]
        if rec.entity_id in hits:
            continue
        e = entities[rec.entity_id]
        if not screener.engine.evaluate_entity(e.id):
            continue
        hits[e.id] = Hit(e.id, e.name, tuple(e.lists), tuple(e.programs), _country(e), rec.name, round(score, 1),
                         "near", (), f"similar to {rec.name!r} ({score:.0f}/100) but not a match by the "
                                     "screen's rules: shown so you can judge spellings the screen does not accept")
    found = sorted(hits.values(), key=lambda h: (h.verdict == "near", -_rank(h.verdict), -h.score, h.entity_id))
    if country:
        code = country.strip().upper()
        found = [h for h in found if code in h.country.upper().split("; ") or code.lower() in h.country.lower()]
    return found[:limit]


def _rank(verdict: str) -> int:
    try:
        return Severity(verdict).rank
    except ValueError:
        return -1


def _country(e: Any) -> str:
    places = [e.country] if e.country else []
    places += [a.country for a in e.addresses if a.country]
    return "; ".join(dict.fromkeys(places))


# -- diff ------------------------------------------------------------------------------------------

#: fields compared between two snapshots' entries, as (label, how to read it from the entry data)
_COMPARED = ("name", "type", "lists", "programs", "aliases", "addresses", "listed_since", "listed_until",
             "federal_register", "license_requirement", "license_policy", "identifiers", "remarks")


@dataclass(slots=True)
class SnapshotDiff:
    old: Snapshot
    new: Snapshot
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[dict[str, Any], dict[str, tuple[Any, Any]]]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        def brief(e: dict[str, Any]) -> dict[str, Any]:
            return {"id": e["id"], "name": e["name"], "lists": e.get("lists", []), "programs": e.get("programs", [])}

        return {
            "old": {"source": self.old.source, "snapshot": self.old.id, "sha256": self.old.sha256,
                    "entries": self.old.entries},
            "new": {"source": self.new.source, "snapshot": self.new.id, "sha256": self.new.sha256,
                    "entries": self.new.entries},
            "added": [brief(e) for e in self.added],
            "removed": [brief(e) for e in self.removed],
            "changed": [{**brief(e), "changes": {k: {"old": o, "new": n} for k, (o, n) in ch.items()}}
                        for e, ch in self.changed],
        }


def _view(e: dict[str, Any], key: str) -> Any:
    value = e.get(key)
    if key == "aliases":
        return sorted(a["name"] for a in value or [])
    if key == "addresses":
        return sorted(", ".join(str(v) for k, v in a.items() if k != "remarks" and v) for a in value or [])
    if isinstance(value, list):
        return sorted(value)
    return value


def diff(store: Store, old_ref: str, new_ref: str) -> SnapshotDiff:
    old, new = store.find(old_ref), store.find(new_ref)
    if old.source != new.source:
        from compliance.errors import UsageError

        raise UsageError(f"{old.ref} and {new.ref} are snapshots of different sources")
    a, b = compile_snapshot(store, old).entries(), compile_snapshot(store, new).entries()
    result = SnapshotDiff(old, new)
    result.added = [b[k] for k in sorted(b.keys() - a.keys())]
    result.removed = [a[k] for k in sorted(a.keys() - b.keys())]
    for k in sorted(a.keys() & b.keys()):
        views = {f: (_view(a[k], f), _view(b[k], f)) for f in _COMPARED}
        changes = {f: pair for f, pair in views.items() if pair[0] != pair[1]}
        if changes:
            result.changed.append((b[k], changes))
    return result
