"""Run a rule pack's own examples: each row must (``expect: SEVERITY``) or must not (``expect: none``) fire.

An example is screened like a one-row sheet, through the same matchers and engine as ``screen``,
under its own context (date, buyer, purpose). Installed official snapshots are left out so an
example gives the same answer on every machine; an example that needs an official-list entry
carries it (``entities``). The examples date defaults to the pack's as-of date, not today.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from compliance.lists.models import Entity
from compliance.models import Buyer, Finding, Role, Severity
from compliance.rules.loader import LoadedPack, LoadedRule
from compliance.rules.models import Example

if TYPE_CHECKING:
    from compliance.pipeline import Screener
    from compliance.rules.engine import Context


@dataclass(frozen=True, slots=True)
class ExampleResult:
    pack: LoadedPack
    rule: LoadedRule
    number: int                       # 1-based position among the rule's examples
    example: Example
    severity: Severity | None         # the strongest severity the rule gave the row, None: no finding
    findings: tuple[Finding, ...]     # the rule's findings on the row

    @property
    def expected(self) -> str:
        e = self.example.expect
        return e if isinstance(e, str) else e.value

    @property
    def got(self) -> str:
        return self.severity.value if self.severity is not None else "none"

    @property
    def passed(self) -> bool:
        return self.expected == self.got

    @property
    def context(self) -> str:
        e = self.example
        parts = [f"as of {(e.as_of or self.pack.meta.as_of).isoformat()}", (e.buyer or Buyer.CIVILIAN).value]
        if e.purpose:
            parts.append(f"purpose {e.purpose!r}")
        return ", ".join(parts)

    def describe(self) -> str:
        """One line: which example, what it expected, what it got (and why, when it failed)."""
        row = ", ".join(f"{role.value}={value!r}" for role, value in self.example.row.items())
        line = (f"{self.rule.rule.code} example {self.number} ({row}; {self.context}): expected {self.expected}, "
                f"got {self.got}")
        if not self.passed and self.findings:
            line += f": {self.findings[0].explanation}"
        return line


class ExampleScreen:
    """Screens rows held in memory under a rule pack, one screener per set of example list entries."""

    def __init__(self, packs: Sequence[LoadedPack]) -> None:
        from compliance.pipeline import ScreenOptions

        self.packs = list(packs)
        self._options = ScreenOptions(packs=[str(p.path) for p in packs], official_lists=False)
        self._built: dict[str, Screener] = {}

    def findings(self, rules: Sequence[LoadedRule], rows: Sequence[Mapping[Role, str]], context: Context,
                 entities: Sequence[Mapping[str, object]] = (), name: str = "<example>") -> list[Finding]:
        """The findings of ``rules`` on ``rows`` (role -> cell), given the list entries an example brings."""
        from compliance.pipeline import Screener, screen_rows

        key = json.dumps(list(entities), sort_keys=True, default=str)
        base = self._built.get(key)
        if base is None:
            # building is the slow part: examples that bring the same entries share one screener
            extra = [Entity.model_validate(e) for e in entities]
            base = self._built[key] = Screener.build(self._options, context.as_of, extra_entities=extra)
        roles = list(dict.fromkeys(role for row in rows for role in row))
        return screen_rows(base.in_context(context, rules), roles,
                           ([row.get(r, "") for r in roles] for row in rows), name=name)


def example_context(pack: LoadedPack, example: Example) -> Context:
    """An example's date (the pack's as-of date unless it gives one), buyer and purpose."""
    from compliance.rules.engine import Context

    return Context(as_of=example.as_of or pack.meta.as_of, buyer=example.buyer or Buyer.CIVILIAN,
                   purpose=example.purpose)


def run_examples(packs: Sequence[LoadedPack], codes: Collection[str] | None = None) -> list[ExampleResult]:
    """Every example of every rule in ``packs`` (or only the rules whose codes are given), in pack order."""
    jobs = [(pack, loaded, n, example) for pack in packs for loaded in pack.rules
            if codes is None or loaded.rule.code in codes
            for n, example in enumerate(loaded.rule.examples, start=1)]
    # examples that bring list entries last, grouped, so each set of entries is built once
    jobs.sort(key=lambda job: json.dumps(job[3].entities, sort_keys=True, default=str))
    screen = ExampleScreen(packs)
    results: dict[tuple[str, str, int], ExampleResult] = {}
    for pack, loaded, n, example in jobs:
        findings = tuple(f for f in screen.findings([loaded], [example.row], example_context(pack, example),
                                                    example.entities, name=f"<{loaded.rule.code} example {n}>")
                         if f.rule == loaded.rule.code)
        severity = max((f.severity for f in findings), key=lambda s: s.rank, default=None)
        results[(pack.meta.id, loaded.rule.code, n)] = ExampleResult(pack, loaded, n, example, severity, findings)
    return [results[(p.meta.id, r.rule.code, n)] for p in packs for r in p.rules
            for n in range(1, len(r.rule.examples) + 1) if (p.meta.id, r.rule.code, n) in results]
