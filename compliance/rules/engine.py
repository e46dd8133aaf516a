"""The rule engine: a match on a list entity + the rules + the buyer's context -> verdicts.

Pure: no I/O. Relations in the lists form a graph; a rule follows the relation types it names to
an entity on one of its lists. Each verdict says which rule, what the rule's outcome means for this
buyer on this date (DOMAIN.md s.0: prohibited, prohibited-if-purpose, DoD-only, future-effective,
licence-required, review), the path and why. Anything uncertain (a [P] relation, a divestiture, an
OEM relabel, a match below the rule's confidence, a purpose not stated) goes to review or says so:
never silently clear.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from compliance.lists.models import Confidence, Entity, Relation, RelationType
from compliance.lists.store import ListSet
from compliance.models import Buyer, Match, Role, Severity
from compliance.rules.loader import LoadedRule
from compliance.rules.models import Outcome, Rule, evidence_of

#: Relations followed by every rule, always ending in review: they are evidence, not ownership today.
_REVIEW_RELATIONS = frozenset({RelationType.FORMERLY_OWNED_BY, RelationType.OEM_RELABEL_OF})


class Purpose(StrEnum):
    """A stated intended use, read against a prohibited-if-purpose rule's covered purposes."""

    COVERED = "covered"
    OTHER = "other"
    UNSTATED = "unstated"


@dataclass(frozen=True, slots=True)
class Context:
    """Who buys, when, and for what: the facts outside the sheet that decide an outcome."""

    as_of: dt.date
    buyer: Buyer = Buyer.CIVILIAN
    #: --purpose: the intended use of everything screened (a purpose column overrides it per row)
    purpose: str | None = None


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


_WORD = re.compile(r"\w+")


def classify_purpose(text: str | None, words: tuple[str, ...]) -> Purpose:
    """COVERED when the stated purpose has one of the rule's purpose words (or phrases), whole."""
    if text is None or not text.strip():
        return Purpose.UNSTATED
    have = " " + " ".join(_WORD.findall(text.casefold())) + " "
    return Purpose.COVERED if any(f" {w} " in have for w in words) else Purpose.OTHER


def in_scope(rule: Rule, context: Context, listed: bool) -> tuple[bool, list[str]]:
    """Does the rule apply on the screening date for this buyer, and if only as a red flag, why.

    ``listed``: an official or curated listing already names the entity, so a rule not yet in force
    (1260H before 2026-06-30, s.5949 before 2027-12-23) is a red flag for review; without a listing
    (a row rule, or a rule whose lists only identify makers) a rule not yet in force is silent.
    Returns (applies, reasons): any reason caps the verdict at review.
    """
    on = context.as_of
    if rule.effective_until and on > rule.effective_until:
        return False, []
    reasons: list[str] = []
    if rule.effective_from and on < rule.effective_from:
        if not listed or rule.outcome not in (Outcome.FUTURE_EFFECTIVE, Outcome.DOD_ONLY):
            return False, []
        who = "DoD " if rule.outcome is Outcome.DOD_ONLY else ""
        reasons.append(f"{rule.code} binds {who}buyers from {rule.effective_from.isoformat()} "
                       f"({rule.citation}); before then a red flag for review.")
    scope = rule.scope
    if scope and context.buyer not in scope:
        if rule.out_of_scope == "skip":
            return False, []
        reasons.append(f"{rule.code} binds {', '.join(b.value for b in scope)} buyers only; for a "
                       f"{context.buyer.value} buyer it is a red flag for review.")
    return True, reasons


class Engine:
    def __init__(self, rules: list[LoadedRule], lists: ListSet, context: Context) -> None:
        self.context = context
        self.rules = [r for r in rules if r.rule.kind == "list"]
        self.lists = lists
        self._purpose_words = {r.rule.code: tuple(" ".join(_WORD.findall(w.casefold())) for w in r.rule.purposes)
                               for r in self.rules}
        self._cache: dict[tuple[str, bool, Role | None, str, str | None], list[Verdict]] = {}

    @property
    def as_of(self) -> dt.date:
        return self.context.as_of

    def evaluate(self, match: Match, role: Role | None = None, purpose: str | None = None) -> list[Verdict]:
        """What the rules in use say of a match found in a column of this role."""
        evidence = evidence_of(match.method)
        stated = purpose if purpose is not None and purpose.strip() else self.context.purpose
        key = (match.entity_id, match.confident, role, evidence, stated)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._evaluate(match.entity_id, match.confident, role, evidence, stated)
        if match.score < 100:
            cached = [self._below_confidence(v, match.score) if match.score < v.rule.rule.min_score else v
                      for v in cached]
        return cached

    def evaluate_entity(self, entity_id: str, confident: bool = True) -> list[Verdict]:
        """What the rules say of a name match on this entity in a vendor column (lists search, tests)."""
        return self.evaluate(Match(entity_id, "", "", 100.0, "exact", confident, ""), Role.VENDOR)

    def _applies(self, rule: Rule, role: Role | None, evidence: str) -> bool:
        if rule.roles and role is not None and role not in rule.roles:
            return False
        return evidence in rule.evidence

    def _evaluate(self, entity_id: str, confident: bool, role: Role | None, evidence: str,
                  purpose: str | None) -> list[Verdict]:
        start = self.lists.entities[entity_id]
        routes: list[list[_Edge]] | None = None
        verdicts: list[Verdict] = []
        for loaded in self.rules:
            rule = loaded.rule
            if not self._applies(rule, role, evidence):
                continue
            applies, flags = in_scope(rule, self.context, listed=rule.listing_dates)
            if not applies:
                continue
            if routes is None:
                routes = self._routes(start)
            best: Verdict | None = None
            for edges in routes:
                end = edges[-1].target if edges else start
                on_lists = [lst for lst in rule.lists if lst in end.lists]
                if not on_lists or len(edges) > rule.depth:
                    continue
                if (rule.programs or rule.exclude_programs) and not rule.covers_programs(end.programs):
                    continue
                if any(e.relation.type not in rule.follows and e.relation.type not in _REVIEW_RELATIONS
                       for e in edges):
                    continue
                if rule.listing_dates and not any(self._listed(end, lst) for lst in on_lists):
                    continue
                verdict = self._verdict(loaded, start, end, edges, confident, flags, purpose)
                if best is None or verdict.severity.rank > best.severity.rank or (
                        verdict.severity == best.severity and len(verdict.path) < len(best.path)):
                    best = verdict
            if best is not None:
                verdicts.append(best)
        return verdicts

    def _listed(self, entity: Entity, list_id: str) -> bool:
        """On the list on the screening date: added on or before it, not yet removed."""
        since = entity.listed_since.get(list_id)
        until = entity.listed_until.get(list_id)
        return not ((since is not None and self.as_of < since) or (until is not None and self.as_of >= until))

    def _verdict(self, loaded: LoadedRule, start: Entity, end: Entity, edges: list[_Edge],
                 confident: bool, flags: list[str], purpose: str | None) -> Verdict:
        rule = loaded.rule
        severity = self.lists.user_severity.get(start.id, rule.in_force_severity)
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
            named = ", ".join(sorted(set(start.lists) & set(rule.lists)))
            reasons.append(f"{start.name} is named on {named}"
                           + (f" (note: {start.note})." if start.id in self.lists.user_severity and start.note
                              else "."))
        if rule.explain_note and end.note:
            reasons.append(" ".join(end.note.split()))
        # -- context: effective dates, the buyer's scope, the stated purpose -------------------
        reasons.extend(flags)
        context_cap: Severity | None = Severity.REVIEW if flags else None
        if rule.outcome is Outcome.PROHIBITED_IF_PURPOSE:
            kind = classify_purpose(purpose, self._purpose_words[rule.code])
            if kind is Purpose.UNSTATED:
                reasons.append("Covered only when used for a covered purpose (public safety, security of "
                               "Government facilities, surveillance of critical infrastructure, national "
                               "security); no intended use was stated, so it is treated as covered: record "
                               "the intended use.")
            elif kind is Purpose.COVERED:
                reasons.append(f"The stated purpose ({purpose!r}) is a covered purpose.")
            else:
                reasons.append(f"The stated purpose ({purpose!r}) is not one of the covered purposes; "
                               "confirm the equipment will never serve them before relying on that.")
                context_cap = Severity.REVIEW
        downgraded = bool(notes) or not confident
        if notes:
            reasons.extend(notes)
        if not confident:
            reasons.append("The name match is not certain enough to decide alone.")
        if downgraded:
            context_cap = Severity.REVIEW
        if context_cap is not None and severity.rank > context_cap.rank:
            reasons.append(f"Routed to {context_cap.value} instead of {severity.value}.")
            severity = context_cap
        return Verdict(loaded, severity, end, tuple(path), " ".join(reasons))

    @staticmethod
    def _below_confidence(v: Verdict, score: float) -> Verdict:
        if v.severity.rank <= Severity.REVIEW.rank:
            return v
        rule = v.rule.rule
        return Verdict(v.rule, Severity.REVIEW, v.covered, v.path,
                       f"{v.reason} The match scores {score:g}, below the {rule.min_score:g} that {rule.code} "
                       f"needs to decide alone: routed to review instead of {v.severity.value}.")

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
