"""The rule engine: a match on a list entity + the rules + the date -> severities, paths, reasons.

Pure: no I/O. Relations in the lists form a graph; a rule follows the relation types it names to
an entity on one of its lists. Anything uncertain (a [P] relation, a divestiture, an OEM relabel,
a review-band match) goes to review with the reason: never silently clear.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from compliance.lists.models import Confidence, Entity, Relation, RelationType
from compliance.lists.store import ListSet
from compliance.models import Match, Severity
from compliance.rules.loader import LoadedRule

#: Relations followed by every rule, always ending in review: they are evidence, not ownership today.
_REVIEW_RELATIONS = frozenset({RelationType.FORMERLY_OWNED_BY, RelationType.OEM_RELABEL_OF})


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: LoadedRule
    severity: Severity
    covered: Entity              # the listed entity the path reaches
    path: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class _Edge:
    source: Entity
    relation: Relation
    target: Entity
    holds: bool                  # the relation is verified and in force on the screening date
    note: str                    # why it does not hold, for the explanation


class Engine:
    def __init__(self, rules: list[LoadedRule], lists: ListSet, as_of: dt.date) -> None:
        self.rules = rules
        self.lists = lists
        self.as_of = as_of
        self._cache: dict[tuple[str, bool], list[Verdict]] = {}

    def evaluate(self, match: Match) -> list[Verdict]:
        return self.evaluate_entity(match.entity_id, match.confident)

    def evaluate_entity(self, entity_id: str, confident: bool = True) -> list[Verdict]:
        """What the rules in use say of a match on this entity."""
        key = (entity_id, confident)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._evaluate(entity_id, confident)
        return cached

    def _evaluate(self, entity_id: str, confident: bool) -> list[Verdict]:
        start = self.lists.entities[entity_id]
        routes = self._routes(start)
        verdicts: list[Verdict] = []
        for loaded in self.rules:
            rule = loaded.rule
            if rule.effective_from and self.as_of < rule.effective_from:
                continue
            if rule.effective_until and self.as_of > rule.effective_until:
                continue
            best: Verdict | None = None
            for edges in routes:
                end = edges[-1].target if edges else start
                if not set(end.lists) & set(rule.lists) or len(edges) > rule.depth:
                    continue
                if (rule.programs or rule.exclude_programs) and not rule.covers_programs(end.programs):
                    continue
                if any(e.relation.type not in rule.follows and e.relation.type not in _REVIEW_RELATIONS
                       for e in edges):
                    continue
                since = [end.listed_since.get(lst) for lst in rule.lists if lst in end.lists]
                if since and all(d is not None and self.as_of < d for d in since):
                    continue
                verdict = self._verdict(loaded, start, end, edges, confident)
                if best is None or verdict.severity.rank > best.severity.rank or (
                        verdict.severity == best.severity and len(verdict.path) < len(best.path)):
                    best = verdict
            if best is not None:
                verdicts.append(best)
        return verdicts

    def _verdict(self, loaded: LoadedRule, start: Entity, end: Entity, edges: list[_Edge],
                 confident: bool) -> Verdict:
        rule = loaded.rule
        severity = self.lists.user_severity.get(start.id, rule.severity)
        path: list[str] = [start.name]
        notes: list[str] = []
        for e in edges:
            label = e.relation.type.label
            if e.relation.end:
                label += f" (until {e.relation.end.isoformat()}" + (
                    ", partly verified)" if e.relation.end_confidence is Confidence.P else ")")
            if e.relation.confidence is Confidence.P:
                label += " (partly verified)"
            elif e.relation.confidence is Confidence.M:
                label += " (unverified)"
            path += [label, e.target.name]
            if not e.holds:
                notes.append(e.note)
        reasons: list[str] = []
        if edges:
            reasons.append(" -> ".join(path) + ".")
        else:
            reasons.append(f"{start.name} is named on {', '.join(sorted(set(start.lists) & set(rule.lists)))}"
                           + (f" (note: {start.note})." if start.id in self.lists.user_severity and start.note
                              else "."))
        downgraded = bool(notes) or not confident
        if notes:
            reasons.extend(notes)
        if not confident:
            reasons.append("The name match is not certain enough to decide alone.")
        if downgraded and severity.rank > Severity.REVIEW.rank:
            severity = Severity.REVIEW
            reasons.append(f"Routed to review instead of {rule.severity.value}.")
        return Verdict(loaded, severity, end, tuple(path), " ".join(reasons))

    # -- graph ----------------------------------------------------------------------------------

    def _routes(self, start: Entity, max_depth: int = 5) -> list[list[_Edge]]:
        """Every simple path of relations from ``start`` (the empty path first)."""
        routes: list[list[_Edge]] = [[]]
        frontier: list[list[_Edge]] = [[]]
        for _ in range(max_depth):
            nxt: list[list[_Edge]] = []
            for edges in frontier:
                here = edges[-1].target if edges else start
                visited = {start.id} | {e.target.id for e in edges}
                for rel in here.relations:
                    if rel.target in visited:
                        continue
                    edge = self._edge(here, rel)
                    if edge is None:
                        continue
                    nxt.append(edges + [edge])
            routes.extend(nxt)
            frontier = nxt
            if not frontier:
                break
        return routes

    def _edge(self, source: Entity, rel: Relation) -> _Edge | None:
        target = self.lists.entities[rel.target]
        on = self.as_of
        if rel.start and on < rel.start:
            return None                                    # not yet related on the screening date
        name, tname = source.name, target.name
        if rel.type is RelationType.OEM_RELABEL_OF:
            return _Edge(source, rel, target, False,
                         f"{name} has sold relabeled {tname} products: a model-level risk; check the "
                         "model against the maker's catalogue.")
        ended = rel.end is not None and on >= rel.end
        if rel.type is RelationType.FORMERLY_OWNED_BY and (rel.end is None or ended):
            when = f" on {rel.end.isoformat()}" if rel.end else ""
            return _Edge(source, rel, target, False,
                         f"{tname} divested {name}{when}: equipment made before then is covered and "
                         "later supply may still come from it.")
        if ended:
            assert rel.end is not None
            how = "is reported to have ended" if rel.end_confidence is Confidence.P else "ended"
            return _Edge(source, rel, target, False,
                         f"That {name} is {rel.type.label} {tname} {how} on {rel.end.isoformat()}: "
                         "equipment from before then is covered; later purchases need review."
                         + (f" ({rel.note})" if rel.end_confidence is Confidence.P and rel.note else ""))
        if rel.confidence is not Confidence.V:
            how = "only partly verified" if rel.confidence is Confidence.P else "not verified (a lead)"
            return _Edge(source, rel, target, False,
                         f"That {name} is {rel.type.label} {tname} is {how}"
                         + (f" ({rel.note})" if rel.note else "") + ".")
        return _Edge(source, rel, target, True, "")
