"""Compare two screenings (runs or report files): findings new, resolved and changed, e.g. after a list update."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from compliance.models import Finding
from compliance.recorded import Recorded


@dataclass(frozen=True, slots=True)
class Item:
    """One finding identity in one screening: a fingerprint in an input file, on one or more rows."""

    fingerprint: str
    input: str
    finding: Finding                  # the first row's finding (all rows share rule, value and entity)
    rows: tuple[int, ...]

    @property
    def state(self) -> str | None:
        return self.finding.decision.state.value if self.finding.decision is not None else None


@dataclass(frozen=True, slots=True)
class Change:
    before: Item
    after: Item
    what: tuple[str, ...]             # e.g. "severity review -> prohibited", "decision cleared -> reopened"


@dataclass(frozen=True, slots=True)
class ListChange:
    id: str
    before: str | None                # version, None when the list was not used
    after: str | None


@dataclass(frozen=True, slots=True)
class Diff:
    a: Recorded
    b: Recorded
    new: list[Item]
    resolved: list[Item]
    changed: list[Change]
    unchanged: int
    lists: list[ListChange]


def items(findings: Iterable[Finding]) -> dict[tuple[str, str], Item]:
    """Findings keyed by (fingerprint, input): rows moving or being re-sorted is not a change."""
    out: dict[tuple[str, str], Item] = {}
    for f in findings:
        key = (f.fingerprint, f.input)
        cur = out.get(key)
        if cur is None:
            out[key] = Item(f.fingerprint, f.input, f, (f.row,))
        elif f.row not in cur.rows:
            out[key] = Item(cur.fingerprint, cur.input, cur.finding, tuple(sorted((*cur.rows, f.row))))
    return out


def compare(a: Recorded, b: Recorded) -> Diff:
    before, after = items(a.findings), items(b.findings)
    new = [after[k] for k in after if k not in before]
    resolved = [before[k] for k in before if k not in after]
    changed: list[Change] = []
    unchanged = 0
    for key, old in before.items():
        cur = after.get(key)
        if cur is None:
            continue
        what = []
        if old.finding.severity is not cur.finding.severity:
            what.append(f"severity {old.finding.severity.value} -> {cur.finding.severity.value}")
        if old.state != cur.state:
            what.append(f"decision {old.state or 'none'} -> {cur.state or 'none'}")
        if what:
            changed.append(Change(old, cur, tuple(what)))
        else:
            unchanged += 1
    old_lists, new_lists = dict(a.lists), dict(b.lists)
    lists = [ListChange(i, old_lists.get(i), new_lists.get(i)) for i in sorted(set(old_lists) | set(new_lists))
             if old_lists.get(i) != new_lists.get(i)]
    return Diff(a, b, sorted(new, key=_order), sorted(resolved, key=_order),
                sorted(changed, key=lambda c: _order(c.after)), unchanged, lists)


def _order(item: Item) -> tuple[str, str, int, str, str]:
    f = item.finding
    return (item.input, f.sheet or "", item.rows[0], f.rule, f.entity_id)


# -- the JSON form --------------------------------------------------------------------------------

def to_doc(diff: Diff) -> dict[str, Any]:
    return {
        "schema": "compliance.diff/1",
        "a": _side(diff.a),
        "b": _side(diff.b),
        "lists_changed": [{"id": c.id, "a": c.before, "b": c.after} for c in diff.lists],
        "new": [_item(i) for i in diff.new],
        "resolved": [_item(i) for i in diff.resolved],
        "changed": [{**_item(c.after), "changes": list(c.what), "a": _state(c.before)} for c in diff.changed],
        "summary": {"new": len(diff.new), "resolved": len(diff.resolved), "changed": len(diff.changed),
                    "unchanged": diff.unchanged},
    }


def _side(r: Recorded) -> dict[str, Any]:
    return {"label": r.label, "generated_at": r.generated_at, "as_of": r.as_of, "inputs": r.inputs,
            "lists": [{"id": i, "version": v} for i, v in r.lists]}


def _state(item: Item) -> dict[str, Any]:
    return {"severity": item.finding.severity.value, "decision_state": item.state, "rows": list(item.rows)}


def _item(item: Item) -> dict[str, Any]:
    f = item.finding
    return {"fingerprint": item.fingerprint, "input": item.input, "sheet": f.sheet, "rows": list(item.rows),
            "column": f.column, "value": f.value, "rule": f.rule, "severity": f.severity.value,
            "entity": {"id": f.entity_id, "name": f.entity_name}, "matched_name": f.matched_name,
            "decision_state": item.state}
