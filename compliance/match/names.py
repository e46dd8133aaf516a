"""Name matching: candidate index over list aliases, window alignment, context rules, explanations.

Pure: built from alias records, asked about one cell value at a time (the pipeline caches per
distinct value). No I/O.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Sequence
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from compliance.lists.models import AliasKind
from compliance.match.context import CUE_BEFORE, CUE_WORDS, PAYMENT_PREFIXES, TRADE, cjk_leftover, is_neutral
from compliance.models import Match
from compliance.normalize import has_cjk, joined, normalize

#: Matcher identity, recorded in reports so a finding can be reproduced.
MATCHER_VERSION = "names/8"


class Field(StrEnum):
    """How a column's text is read: an organisation's name, a maker/brand, or free product text."""

    NAME = "name"     # vendor, payee, parent: the cell is a name
    MAKER = "maker"   # manufacturer, brand: the cell names who made it, sometimes with extra words
    TEXT = "text"     # description, model: free text that may mention a maker


class AliasRecord(NamedTuple):
    """One alias of one list entity, normalized once.

    A named tuple: official lists give tens of thousands of these, loaded from the compiled cache
    as plain tuples (``kind`` may then be the plain string; compare it with ``==``).
    """

    entity_id: str
    name: str
    norm: str
    tokens: tuple[str, ...]
    joined: str
    kind: str                  # an AliasKind value (a plain str when loaded from the cache)
    cjk: bool
    acronym: bool
    verified: bool = True   # False: the alias itself is only partly verified or unverified
    fuzzy: bool = True      # typos tolerated (coined curated names; long official names)
    #: the words it is found through: those not place/trade/legal words (all of them if none is)
    telling: tuple[str, ...] = ()
    #: from an official list (read conservatively, compiled per snapshot), not the curated lists
    official: bool = False


@dataclass(frozen=True, slots=True)
class LookalikeRecord:
    id: str
    name: str
    norms: tuple[str, ...]
    confusable_with: frozenset[str]
    reason: str
    #: the list entry the look-alike itself is (lists/watch.yaml): its own hits are kept
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class _Hit:
    alias: AliasRecord
    start: int
    end: int            # token window [start, end) in the cell
    distance: int       # edit distance of the window to the alias (0 = exact)
    context: tuple[str, ...] = ()      # the cell's other words
    unexplained: tuple[str, ...] = ()  # those of them that are not place/trade/structure words
    rest: tuple[str, ...] = ()         # what a CJK run holds besides the alias
    head: bool = True                  # the alias opens its token (always, outside CJK runs)
    head_clean: bool = False           # the hit lies in the cell's first part, with nothing unexplained
    segment: bool = False              # the hit is exactly one part of the cell ("A / B", "A, city")
    opens: bool = False                # the hit opens the cell (after a payment prefix, if any)
    cjk_part: bool = False             # the hit's part of the cell holds only it and Chinese script
    before_neutral: bool = True        # every word before the hit is a place/trade/structure word


def edit_budget(length: int) -> int:
    """Typos tolerated for a name of this many characters (spaces removed)."""
    if length < 5:
        return 0
    if length <= 8:
        return 1
    if length <= 15:
        return 2
    return 3


def make_alias(entity_id: str, name: str, kind: AliasKind, verified: bool = True,
               fuzzy: bool | None = None) -> AliasRecord | None:
    """``fuzzy``: tolerate typos; by default only coined (distinctive) names that are not acronyms.

    Typos only for coined names: common words have too many real neighbours (Nubian, Honour);
    acronyms never match fuzzily or as common words in running text: ZTE vs ZT, HYT vs HTY.
    """
    norm = normalize(name)
    if not norm:
        return None
    toks = tuple(norm.split())
    key = joined(norm)
    cjk = has_cjk(norm)
    acronym = not cjk and len(toks) == 1 and len(key) <= 4
    if fuzzy is None:
        fuzzy = kind is AliasKind.DISTINCTIVE and not acronym
    telling = () if cjk else tuple(sorted({t for t in toks if not is_neutral(t)} or set(toks)))
    return AliasRecord(entity_id, name, norm, toks, key, kind, cjk, acronym, verified, fuzzy and not acronym,
                       telling)


class NameIndex:
    """Candidate index over aliases: exact, joined-words, fuzzy token vocabulary, CJK substrings."""

    #: an alias with more telling words than this is indexed under its rarest ones only: with
    #: official lists, words like "al" or "bank" would otherwise make thousands of candidates
    INDEX_WORDS = 2

    def __init__(self, aliases: list[AliasRecord], lookalikes: list[LookalikeRecord]) -> None:
        self.aliases = aliases
        self.lookalikes = lookalikes
        #: every alias by its words run together: a cell's runs of consecutive words are looked up
        #: here, which finds every spelling-exact alignment whatever the alias
        self._by_joined: dict[str, list[int]] = defaultdict(list)
        #: aliases that tolerate typos, by their index words: a word of the cell equal or close to
        #: one of them makes the alias a candidate for a misspelt alignment
        self._by_token: dict[str, list[int]] = defaultdict(list)
        #: a common name with typos is aligned word for word (_align: not run together), so both
        #: its index words must be reached by words of the cell: it is indexed by the pair
        self._by_pair: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._pair_words: set[str] = set()
        self._cjk: list[int] = []
        frequency: dict[str, int] = defaultdict(int)
        for i, a in enumerate(aliases):
            self._by_joined[a.joined].append(i)
            if a.cjk:
                self._cjk.append(i)
            elif a.fuzzy:
                # found through its telling words: "technology" alone must not make every "...
                # Technology Inc" a candidate for Hikvision Digital Technology (an alias of only
                # place and trade words keeps all of them)
                for t in a.telling:
                    frequency[t] += 1
        #: the longest run of a cell's words looked up as one alias (_align: at most k+1 words)
        self._max_run = max((len(a.tokens) + 1 for a in aliases), default=1)
        fuzzy_words: set[str] = set()
        fuzzy_joined: set[str] = set()
        for i, a in enumerate(aliases):
            if a.cjk or not a.fuzzy:
                continue
            telling = a.telling
            if len(telling) > self.INDEX_WORDS:
                telling = tuple(sorted(telling, key=lambda t: (frequency[t], t))[:self.INDEX_WORDS])
            if a.kind == AliasKind.DISTINCTIVE or len(telling) < 2:
                for t in telling:
                    self._by_token[t].append(i)
            else:
                self._by_pair[tuple(sorted(telling))].append(i)
                self._pair_words.update(telling)
            fuzzy_words.update(telling)
            if len(a.tokens) > 1 and a.kind == AliasKind.DISTINCTIVE:
                fuzzy_joined.add(a.joined)
        # a word of the cell may be a misspelt alias word, or a misspelt coined name run together
        # ("hikvisonusa"); words run together AND misspelt are only looked for among coined names
        self._fuzzy_by_len = _by_length(fuzzy_words | fuzzy_joined)
        self._fuzzy_joined_by_len = _by_length(fuzzy_joined)
        # one-typo lookups for short pieces go through a deletion index instead of a scan
        self._one_typo = _deletion_index(self._fuzzy_by_len)
        self._one_typo_joined = _deletion_index(self._fuzzy_joined_by_len)
        # built: plain dicts from here on, as from_tables() gives them (lookups use .get only)
        for name in ("_by_joined", "_by_token", "_by_pair", "_fuzzy_by_len", "_fuzzy_joined_by_len",
                     "_one_typo", "_one_typo_joined"):
            setattr(self, name, dict(getattr(self, name)))
        self._start(lookalikes)

    #: What __init__ derives from the aliases: tables() gives them as plain data (dicts, lists,
    #: sets of str and int) and from_tables() takes them back, so compliance.lists.index_cache
    #: can keep them on disk instead of building them every run.
    TABLES = ("_by_joined", "_by_token", "_by_pair", "_pair_words", "_cjk", "_max_run", "_fuzzy_by_len",
              "_fuzzy_joined_by_len", "_one_typo", "_one_typo_joined")

    def tables(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.TABLES}

    @classmethod
    def from_tables(cls, aliases: list[AliasRecord], lookalikes: list[LookalikeRecord],
                    tables: dict[str, object]) -> NameIndex:
        """The index over these aliases, from the tables() of one built over the same aliases."""
        self = cls.__new__(cls)
        self.aliases = aliases
        self.lookalikes = lookalikes
        for name in cls.TABLES:
            setattr(self, name, tables[name])
        self._start(lookalikes)
        return self

    def _start(self, lookalikes: list[LookalikeRecord]) -> None:
        """What is not derived from the aliases: look-alike forms and the per-run caches."""
        self._look_norms: list[tuple[str, LookalikeRecord]] = [
            (n, look) for look in lookalikes for n in look.norms if n
        ]
        #: piece -> index words within its typo budget; pieces that are words, and pieces that are
        #: several words run together, are looked up in different vocabularies
        self._token_cache: dict[str, tuple[tuple[str, int], ...]] = {}
        self._joined_cache: dict[str, tuple[tuple[str, int], ...]] = {}
        self._norm_cache: dict[str, str] = {}
        self._pieces_cache: dict[str, tuple[set[str], set[str]]] = {}
        self._scan_cache: dict[tuple[bool, int], tuple[list[str], list[tuple[int, int]], int]] = {}

    # -- candidate generation -------------------------------------------------------------------

    def _normalize(self, value: str) -> str:
        norm = self._norm_cache.get(value)
        if norm is None:
            norm = normalize(value)
            if len(self._norm_cache) < 200_000:
                self._norm_cache[value] = norm
        return norm

    def _known(self, piece: str) -> bool:
        return piece in self._by_token or piece in self._by_joined or piece in self._pair_words

    def _vocab(self, run_together: bool) -> tuple[dict[int, list[str]], dict[str, tuple[tuple[str, int], ...]]]:
        if run_together:
            return self._fuzzy_joined_by_len, self._joined_cache
        return self._fuzzy_by_len, self._token_cache

    def _one_typo_hits(self, piece: str, run_together: bool) -> list[tuple[str, int]]:
        """Index words of 5-9 letters one edit from ``piece`` (4-8 letters), through the deletion index."""
        index = self._one_typo_joined if run_together else self._one_typo
        found = set(index.get(piece, ()))
        for i in range(len(piece)):
            found.update(index.get(piece[:i] + piece[i + 1:], ()))
        found.discard(piece)
        return [(w, 1) for w in sorted(found)
                if edit_budget(len(w)) and OSA.distance(piece, w, score_cutoff=1) == 1]

    def _vocab_hits(self, piece: str, run_together: bool = False) -> tuple[tuple[str, int], ...]:
        """Index words (alias words or joined alias keys) equal to ``piece`` or within the word's typo budget.

        ``run_together``: the piece is several of the cell's words joined ("hik vision" ->
        "hikvision"); it may equal any index word, but is compared for typos only with coined names.
        """
        vocab, cache = self._vocab(run_together)
        cached = cache.get(piece)
        if cached is not None:
            return cached
        hits = self._base_hits(piece, run_together)
        words, bounds, top = self._scan_words(run_together, len(piece))
        if words:
            _scan(piece, words, bounds, top, hits)
        return _remember(cache, piece, hits)

    def _scan_words(self, run_together: bool, length: int) -> tuple[list[str], list[tuple[int, int]], int]:
        """The index words a piece of ``length`` letters is compared with, every length of its
        _scan_plan in one list (one scan per piece, not one per length), each with its (least
        distance kept, typo cutoff), and the largest cutoff."""
        key = (run_together, length)
        got = self._scan_cache.get(key)
        if got is None:
            vocab = self._vocab(run_together)[0]
            words: list[str] = []
            bounds: list[tuple[int, int]] = []
            top = 0
            for n, cutoff, least in _scan_plan(length):
                found = vocab.get(n, ())
                if found:
                    words.extend(found)
                    bounds.extend([(least, cutoff)] * len(found))
                    top = max(top, cutoff)
            got = self._scan_cache[key] = (words, bounds, top)
        return got

    def _base_hits(self, piece: str, run_together: bool) -> list[tuple[str, int]]:
        """The piece itself if it is an index word, and the one-typo hits the deletion index answers."""
        hits: list[tuple[str, int]] = [(piece, 0)] if self._known(piece) else []
        if _ONE_TYPO_LENGTHS[0] <= len(piece) <= _ONE_TYPO_LENGTHS[1]:
            hits += self._one_typo_hits(piece, run_together)
        return hits

    def _pieces(self, toks: list[str], norm: str) -> tuple[set[str], set[str]]:
        """What is looked up for a cell: its words; adjacent pairs and the whole cell run together."""
        cached = self._pieces_cache.pop(norm, None)      # prime() worked them out just before
        if cached is not None:
            return cached
        plain = [t if not has_cjk(t) else "" for t in toks]
        words = set(t for t in plain if t)
        runs = set()
        for i in range(len(plain) - 1):                     # "hik vision" -> "hikvision"
            if plain[i] and plain[i + 1]:
                runs.add(plain[i] + plain[i + 1])
        key = joined(norm)
        if len(toks) > 1 and not has_cjk(key):
            runs.add(key)
        return words, runs - words

    def prime(self, values: list[str]) -> None:
        """Look up the typo candidates of many cells at once (one rapidfuzz cdist per word length).

        Only a speed-up: ``_vocab_hits`` gives the same answer one piece at a time. At official-list
        scale (tens of thousands of words) one batched comparison is several times faster.
        """
        todo: dict[tuple[bool, int], set[str]] = defaultdict(set)
        for value in values:
            norm = self._normalize(value)
            if not norm:
                continue
            both = self._pieces(norm.split(), norm)
            if len(self._pieces_cache) < 100_000:
                self._pieces_cache[norm] = both
            for run_together, pieces in zip((False, True), both, strict=True):
                cache = self._vocab(run_together)[1]
                for piece in pieces:
                    if piece in cache:
                        continue
                    if _scan_plan(len(piece)):
                        todo[run_together, len(piece)].add(piece)
                    else:                # the deletion index answers these at once
                        self._vocab_hits(piece, run_together)
        for (run_together, length), piece_set in todo.items():
            cache = self._vocab(run_together)[1]
            ordered = sorted(piece_set)
            found = {p: self._base_hits(p, run_together) for p in ordered}
            words, bounds, top = self._scan_words(run_together, length)
            if words and len(words) * len(ordered) < 200_000:
                for piece in ordered:           # a small block: one scan per piece is cheaper
                    _scan(piece, words, bounds, top, found[piece])
            elif words:
                import numpy as np
                from rapidfuzz.process import cdist

                least = np.array([b[0] for b in bounds], dtype=np.int32)
                cut = np.array([b[1] for b in bounds], dtype=np.int32)
                for start in range(0, len(ordered), 2000):
                    chunk = ordered[start:start + 2000]
                    # a second thread pays only for large blocks (starting it costs more than small ones)
                    workers = -1 if len(chunk) * len(words) > 4_000_000 else 1
                    dist = cdist(chunk, words, scorer=OSA.distance, score_cutoff=top, dtype=np.int32,
                                 workers=workers)
                    rows, cols = np.nonzero((dist >= least) & (dist <= cut))
                    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
                        found[chunk[r]].append((words[c], int(dist[r, c])))
            for piece, hits in found.items():
                _remember(cache, piece, hits)

    def _candidates(self, toks: list[str], norm: str) -> set[int]:
        found: set[int] = set()
        by_joined = self._by_joined
        # spelled exactly: a run of consecutive words equals an alias run together
        for start in range(len(toks)):
            run = ""
            for tok in toks[start:start + self._max_run]:
                if has_cjk(tok):
                    break
                run += tok
                hit = by_joined.get(run)
                if hit:
                    found.update(hit)
        # misspelt: words (and runs) close to an index word of an alias that tolerates typos
        reached: set[str] = set()
        for run_together, pieces in zip((False, True), self._pieces(toks, norm), strict=True):
            for piece in pieces:
                for word, dist in self._vocab_hits(piece, run_together):
                    if not run_together:
                        reached.add(word)
                    found.update(self._by_token.get(word, ()))
                    if dist:
                        found.update(i for i in by_joined.get(word, ()) if self.aliases[i].fuzzy)
        if len(reached) > 1 and self._by_pair:
            for pair in itertools.combinations(sorted(reached), 2):
                hit = self._by_pair.get(pair)
                if hit:
                    found.update(hit)
        if not norm.isascii():
            for i in self._cjk:
                if self.aliases[i].norm in norm:
                    found.add(i)
        return found

    def _plausible(self, toks: list[str], norm: str, parts: Sequence[str] = ()) -> list[AliasRecord]:
        """Candidates that can align at all: a name without typos must occur in the cell run together,
        a name with typos must not be longer than the cell allows. (Necessary conditions of _align,
        checked cheaply: at official-list scale most candidates fail them.) ``parts``: the joined keys
        of the cell's parts, where exact-only names are looked up."""
        key = joined(norm)
        out = []
        found = self._candidates(toks, norm)
        for part in parts:
            found.update(self._by_joined.get(part, ()))
        for i in found:
            a = self.aliases[i]
            if not a.cjk and a.joined not in key and (
                    not a.fuzzy or len(a.joined) - edit_budget(len(a.joined)) > len(key)):
                continue
            out.append(a)
        return out

    # -- alignment ------------------------------------------------------------------------------

    def _align(self, alias: AliasRecord, toks: list[str]) -> _Hit | None:
        m = len(toks)
        if alias.cjk:
            for pos, tok in enumerate(toks):
                if alias.norm in tok:
                    rest = tuple(cjk_leftover(tok.replace(alias.norm, " ", 1)).split())
                    return _Hit(alias, pos, pos + 1, 0, rest=rest, head=tok.startswith(alias.norm))
            return None
        k = len(alias.tokens)
        budget = edit_budget(len(alias.joined)) if alias.fuzzy else 0
        if budget == 0:
            return self._align_exact(alias, toks, k)
        best: tuple[int, int, int, int] | None = None  # (distance, |w-k|, start, width)
        for width in _widths(min(m, k + 1), k):
            for start in range(0, m - width + 1):
                window = "".join(toks[start:start + width])
                if abs(len(window) - len(alias.joined)) > budget:
                    continue
                dist = OSA.distance(window, alias.joined, score_cutoff=budget)
                if dist > budget or (dist and width > k):
                    continue    # a name split up AND misspelt: "Hi-Vision" is not "Hikvision"
                if dist and width == k > 1 and not _tokens_close(toks[start:start + width], alias.tokens):
                    continue    # a typo budget must not swallow another word: "Hikvision DS" vs "Hikvision USA"
                if dist and width < k and dist >= min(len(t) for t in alias.tokens):
                    continue    # a whole word missing is not a typo: "Dahua Tech" vs "Dahua Technology USA"
                if dist and width < k and alias.kind != AliasKind.DISTINCTIVE:
                    continue    # words run together AND misspelt: only for coined names ("hikvisonusa")
                if dist >= 2 and window[0] != alias.joined[0]:
                    continue    # two typos and another first letter: "Medtronic" is not "Teltronic"
                cand = (dist, abs(width - k), start, width)
                if best is None or cand < best:
                    best = cand
        if best is None:
            return None
        dist, _, start, width = best
        return _Hit(alias, start, start + width, dist)

    @staticmethod
    def _align_exact(alias: AliasRecord, toks: list[str], k: int) -> _Hit | None:
        """_align without typos: the window of at most k+1 words that runs together into the name,
        nearest to k words, then leftmost (the same choice _align makes at distance 0)."""
        name = alias.joined
        best: tuple[int, int, int] | None = None        # (|w-k|, start, width)
        for start, tok in enumerate(toks):
            if not name.startswith(tok):
                continue
            run = ""
            for width in range(1, min(len(toks) - start, k + 1) + 1):
                run += toks[start + width - 1]
                if len(run) >= len(name):
                    if run == name and (best is None or (abs(width - k), start, width) < best):
                        best = (abs(width - k), start, width)
                    break
        if best is None:
            return None
        _, start, width = best
        return _Hit(alias, start, start + width, 0)

    @staticmethod
    def _with_context(hit: _Hit, toks: list[str], covered: set[int],
                      spans: list[tuple[int, int]] | None) -> _Hit:
        """Fill in the cell's other words; words another covered name explains do not count.

        ``spans`` are the token ranges of the cell's parts (split at commas, dashes, brackets,
        slashes), when they line up with the whole cell's tokens.
        """
        others = [i for i in range(len(toks)) if not hit.start <= i < hit.end]
        context = tuple(toks[i] for i in others) + hit.rest
        odd = [i for i in others if i not in covered and not is_neutral(toks[i])]
        unexplained = tuple(toks[i] for i in odd) + tuple(t for t in hit.rest if not is_neutral(t))
        head_clean = segment = False
        if spans and not hit.rest:
            first_start, first_end = spans[0]
            head_clean = ((len(spans) > 1 or first_start > 0) and first_start <= hit.start
                          and hit.end <= first_end and not any(first_start <= i < first_end for i in odd))
            segment = (hit.start, hit.end) in spans
        first = spans[0][0] if spans else 0
        opens = hit.head and hit.start == first
        before_neutral = all(is_neutral(toks[i]) for i in range(first, hit.start))
        part = next((sp for sp in spans or () if sp[0] <= hit.start and hit.end <= sp[1]), None)
        cjk_part = part is not None and part != (hit.start, hit.end) and all(
            has_cjk(toks[i]) for i in range(*part) if not hit.start <= i < hit.end)
        return _Hit(hit.alias, hit.start, hit.end, hit.distance, context, unexplained, hit.rest, hit.head,
                    head_clean=head_clean, segment=segment, opens=opens, before_neutral=before_neutral,
                    cjk_part=cjk_part)

    # -- decision -------------------------------------------------------------------------------

    def match(self, value: str, field: Field) -> list[Match]:
        """All list entities the cell names, with evidence; look-alikes and sub-matches removed."""
        norm = self._normalize(value)
        if not norm:
            return []
        toks = norm.split()
        spans = _segment_spans(value, toks)
        parts = ["".join(toks[a:b]) for a, b in spans] if spans else ()
        aligned = [h for h in (self._align(a, toks) for a in self._plausible(toks, norm, parts)) if h is not None]
        hits: list[tuple[_Hit, bool, float, str]] = []
        for hit in aligned:
            covered = {i for o in aligned if o.alias.entity_id != hit.alias.entity_id and not o.distance
                       and not o.rest for i in range(o.start, o.end)}
            hit = self._with_context(hit, toks, covered, spans)
            verdict = self._judge(hit, field, value, toks)
            if verdict is None:
                continue
            confident, reason = verdict
            if confident and not hit.alias.verified:
                confident = False
                reason += "; this name is not verified as theirs, so it needs a person to confirm"
            score = self._score(hit, norm, confident)
            hits.append((hit, confident, score, reason))
        if not hits:
            return []
        hits = self._keep_longest(hits)
        out: list[Match] = []
        seen: set[str] = set()
        # per entity, its confident evidence first: a weak alias must not hide the same entity's name
        for hit, confident, score, reason in sorted(hits, key=lambda h: (not h[1], -h[2], h[0].alias.entity_id)):
            if hit.alias.entity_id in seen:
                continue
            look = self._lookalike(norm, toks, hit)
            if look is not None:
                continue
            seen.add(hit.alias.entity_id)
            out.append(Match(
                entity_id=hit.alias.entity_id,
                matched_name=hit.alias.name,
                matched_norm=hit.alias.norm,
                score=round(score, 1),
                method=self._method(hit),
                confident=confident,
                explanation=self._explain(value, norm, hit, reason),
            ))
        return out

    def _judge(self, hit: _Hit, field: Field, value: str, hit_tokens: list[str]) -> tuple[bool, str] | None:
        """Confident, review-only, or no match, with the reason in words.

        A decision list, first rule that applies wins: exact-only names; the whole cell; replacement /
        accessory cues in product text (review); the name filling the cell's first part; typos; only
        neutral words beside the name; the name opening the cell; the name beside its Chinese-script
        form; the maker as a part of its own; then common names (need place/trade context, else
        nothing) and coined names (review when beside unrelated words).
        """
        a = hit.alias
        whole = not hit.context
        fuzzy = hit.distance > 0
        if a.kind == AliasKind.EXACT:
            if fuzzy:
                return None
            if whole:
                return True, "the whole cell is this name"
            return (True, "one part of the cell is exactly this name") if hit.segment else None
        if whole:
            if fuzzy and len(a.joined) < 6:
                return False, f"a short name within {hit.distance} typo(s): needs a person to confirm"
            return True, "the whole cell is this name" + (" (allowing a typo)" if fuzzy else "")
        before = hit_tokens[hit.start - 1] if hit.start > 0 else ""
        if field is Field.TEXT and (any(t in CUE_WORDS for t in hit.context) or before in CUE_BEFORE):
            cues = sorted({t for t in hit.context if t in CUE_WORDS} | ({before} & CUE_BEFORE))
            return False, (f"the text mentions the maker with {_quote(tuple(cues))}: a replacement, a "
                           "compatible part or a comparison; needs a person to confirm")
        if hit.head_clean and not (fuzzy and len(a.joined) < 6):
            return True, ("the name is the first part of the cell; the rest reads as a note: "
                          + _quote(hit.unexplained or hit.context))
        at_head = hit.opens
        if fuzzy and not hit.before_neutral:
            return None      # a near-spelling after other words is noise ("Lorex 4K Fusion" vs xFusion)
        if not hit.unexplained:
            # only place, legal-form, trade words or model numbers beside the name
            if fuzzy and not any(t for t in hit.context if not t[0].isdigit()):
                return False, "a typo of the name beside only numbers: needs a person to confirm"
            return True, "the other words are place, trade or structure words: " + _quote(hit.context)
        extra = _quote(hit.unexplained)
        if fuzzy:
            return None      # a near-spelling inside unrelated words is noise ("Huawen Printing")
        own_words = hit.end - hit.start == len(a.tokens)   # not run together ("HUA WEI KITCHEN")
        # several ordinary words with a place or trade word among them ("ZTE USA", "China Telecom
        # Americas") name one company; two plain words ("Red Magic") may name anyone
        specific = len(a.tokens) >= 3 or (len(a.tokens) == 2 and any(is_neutral(t) for t in a.tokens))
        if at_head and own_words and (a.kind == AliasKind.DISTINCTIVE or specific):
            # "HIKVISION USA INC CITY OF INDUS CA", "ZTE USA ONLINE STORE": the name opening the cell
            # is who the cell names; what follows reads as an address or a note
            return True, f"the name opens the cell, followed by {extra}"
        if (own_words and not a.cjk and all(has_cjk(t) for t in hit.unexplained)
                and (hit.segment or hit.cjk_part or a.kind == AliasKind.DISTINCTIVE or len(a.tokens) > 1)):
            # "杭州萤石网络股份有限公司(EZVIZ)", "中国电信(美洲)公司 China Telecom (Americas) Corp.": the
            # other words are the company's name in Chinese script
            return True, f"the name stands beside its native-script form {extra}"
        if hit.segment and own_words and field is not Field.NAME:
            # "Zenmuse H30T thermal payload (DJI)": the maker named as a part of its own
            return True, f"the maker is named as a part of the cell of its own, beside {extra}"
        if a.kind == AliasKind.COMMON:
            after = hit.end < len(hit_tokens) and hit_tokens[hit.end]
            if at_head and own_words and after and not after[0].isdigit() and is_neutral(after):
                # "DJI TECHNOLOGY INC BURBANK CA": the name and a trade or place word open the cell
                return True, f"the name opens the cell as {a.name} {after}..., followed by {extra}"
            if field is not Field.NAME and at_head:
                if a.acronym and _upper_in(value, a.joined):
                    return True, f"the maker's acronym opens the text, followed by {extra}"
                trade = [t for t in hit.context if t in TRADE]
                if trade:
                    return True, f"the name opens the text and the product is named ({', '.join(trade)})"
            if field is Field.TEXT and ((a.acronym and _upper_in(value, a.joined))
                                        or any(t in TRADE for t in hit.context)):
                return False, (f"the maker is mentioned inside the text beside {extra}: a part for it, a "
                               "compatible accessory, or its product; needs a person to confirm")
            return None      # "Dahua Hotel": a common name beside unrelated words names someone else
        # distinctive names
        if field is Field.MAKER and at_head:
            return True, f"the maker's name opens the cell, followed by {extra}"
        if field is Field.TEXT and at_head:
            return True, f"the maker's name opens the text, followed by {extra}"
        trade = sorted({t for t in hit.context if t in TRADE})
        if field is Field.TEXT and trade and hit.start > 0:
            # "bought hikvision cam for lobby": the maker and its product named in the text
            return True, f"the text names the maker and a product ({', '.join(trade)})"
        return False, f"the name stands beside unrelated words {extra}: it may name a dealer, a " \
                      "product for it, or someone else; needs a person to confirm"

    @staticmethod
    def _score(hit: _Hit, norm: str, confident: bool) -> float:
        """100 for the whole cell; the similarity for a typo; less for a name among other words."""
        if not hit.context:
            return 100.0 if not hit.distance else float(fuzz.ratio(joined(norm), hit.alias.joined))
        window_ratio = 100.0 - 100.0 * hit.distance / max(len(hit.alias.joined), 1)
        return window_ratio * (0.95 if confident else 0.8)

    @staticmethod
    def _method(hit: _Hit) -> str:
        if hit.alias.cjk:
            return "native"
        if hit.distance:
            return "fuzzy"
        if hit.context:
            return "contained"
        return "exact"

    @staticmethod
    def _keep_longest(hits: list[tuple[_Hit, bool, float, str]]) -> list[tuple[_Hit, bool, float, str]]:
        """Drop a hit whose window lies inside a longer hit's window ("Dahua Technology USA" beats "Dahua").

        Only within one side: a curated name and an official entry are different evidence. The
        Entity List's "Huawei Technologies Japan K.K." must not hide the curated Huawei (s.889): the
        curated graph does not know the official entry is Huawei's.
        """
        def span(h: _Hit) -> int:
            return (h.end - h.start) * 100 + len(h.alias.joined) - h.distance
        kept = []
        for h in hits:
            dominated = any(
                o[0].alias.entity_id != h[0].alias.entity_id and o[0].alias.official == h[0].alias.official and (
                    (o[0].start <= h[0].start and h[0].end <= o[0].end and span(o[0]) > span(h[0])
                     and not h[0].alias.cjk and not o[0].alias.cjk)
                    # in one CJK run, a longer name holding a shorter one wins: 华为海洋网络 over 华为
                    or (h[0].alias.cjk and o[0].alias.cjk and o[0].start == h[0].start
                        and h[0].alias.norm in o[0].alias.norm and o[0].alias.norm != h[0].alias.norm))
                for o in hits
            )
            if not dominated:
                kept.append(h)
        return kept

    def _lookalike(self, norm: str, toks: list[str], hit: _Hit) -> LookalikeRecord | None:
        """A known look-alike that covers at least the matched words of the cell."""
        padded = f" {norm} "
        matched = " ".join(toks[hit.start:hit.end])
        for look_norm, look in self._look_norms:
            if look.entity == hit.alias.entity_id:
                continue
            if look_norm == norm:
                return look
            if f" {look_norm} " in padded and (matched in look_norm or hit.alias.norm in look_norm):
                return look
        return None

    def _explain(self, value: str, norm: str, hit: _Hit, reason: str) -> str:
        a = hit.alias
        how = {
            "native": f"native-script name {a.name!r} found in the cell",
            "fuzzy": f"{a.name!r} matched allowing {hit.distance} typo(s)",
            "contained": f"{a.name!r} found as whole words",
            "exact": f"equals {a.name!r} after normalization",
        }[self._method(hit)]
        return f"{value.strip()!r} -> {norm!r}: {how}; {reason}"


_PARTS = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014,;|()\[\]/*]")


def _by_length(words: set[str]) -> dict[int, list[str]]:
    """Words that can be reached through a typo, grouped by length (sorted: a stable order)."""
    out: dict[int, list[str]] = defaultdict(list)
    for word in sorted(words):
        if edit_budget(len(word)) or edit_budget(len(word) + 1):
            out[len(word)].append(word)
    return out


#: pieces of these lengths get their one-typo hits from the deletion index (words of 4-9 letters)
_ONE_TYPO_LENGTHS = (4, 8)


@functools.lru_cache(maxsize=64)
def _scan_plan(length: int) -> tuple[tuple[int, int, int], ...]:
    """How a piece of ``length`` letters is compared with the index words: (word length, typo cutoff,
    least distance kept) per word length, for what the deletion index does not answer.

    A typo budget is the index word's own, as _align reads an alias, so a short piece must reach a
    longer word: "novy" (4 letters, no typo of its own) is one typo from "novyi" (5 letters, one).
    """
    plan = []
    one_typo = _ONE_TYPO_LENGTHS[0] <= length <= _ONE_TYPO_LENGTHS[1]
    for n in range(max(1, length - 3), length + 4):
        budget = edit_budget(n)
        if budget == 0 or abs(n - length) > budget:
            continue
        if one_typo and 4 <= n <= 9:
            if budget >= 2:
                plan.append((n, budget, 2))     # distance 1 came from the deletion index
        else:
            plan.append((n, budget, 1))
    return tuple(plan)


def _deletion_index(by_length: dict[int, list[str]]) -> dict[str, list[str]]:
    """Each word of 4-9 letters, and each string one deletion away from it -> the words.

    Two strings within one edit (OSA: a substitution, insertion, deletion or swap of neighbours)
    share the string or one of its one-deletion forms, so a piece's own deletions find every word
    one edit away (then checked with OSA.distance).
    """
    index: dict[str, list[str]] = defaultdict(list)
    for length in range(4, 10):
        for word in by_length.get(length, ()):
            index[word].append(word)
            for i in range(length):
                index[word[:i] + word[i + 1:]].append(word)
    return index


def _scan(piece: str, words: list[str], bounds: list[tuple[int, int]], top: int,
          hits: list[tuple[str, int]]) -> None:
    """Add to ``hits`` the words within their own bounds of ``piece`` (one rapidfuzz scan)."""
    for word, dist, i in extract(piece, words, scorer=OSA.distance, score_cutoff=top, limit=None):
        least, cutoff = bounds[i]
        if least <= dist <= cutoff:
            hits.append((word, int(dist)))


def _remember(cache: dict[str, tuple[tuple[str, int], ...]], piece: str,
              hits: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    result = tuple(hits)
    if len(cache) < 500_000:
        cache[piece] = result
    return result


@functools.lru_cache(maxsize=4096)
def _widths(most: int, k: int) -> tuple[int, ...]:
    """Window widths 1..most, nearest to the alias's word count k first."""
    return tuple(sorted(range(1, most + 1), key=lambda w: abs(w - k)))


def _segment_spans(value: str, toks: list[str]) -> list[tuple[int, int]] | None:
    """Token ranges of the cell's parts ("ZTE USA Inc - Richardson, TX" -> [0,2) [2,3) [3,4)).

    None when normalizing the parts one by one does not give the whole cell's tokens back.
    """
    if not _PARTS.search(value):
        return None
    parts = [normalize(p, allow_empty=True).split() for p in _PARTS.split(value) if p.strip()]
    if len(parts) < 2 or [t for part in parts for t in part] != toks:
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in parts:
        if part:
            spans.append((pos, pos + len(part)))
            pos += len(part)
    # a card processor's prefix is not the first part of the name: "SQ *DAHL PLUMBING"
    if len(spans) > 1 and all(t in PAYMENT_PREFIXES for t in toks[spans[0][0]:spans[0][1]]):
        spans = spans[1:]
    return spans


def _tokens_close(window: list[str], alias_tokens: tuple[str, ...]) -> bool:
    """Each word of the window is within its own typo budget of the alias's word."""
    return all(OSA.distance(w, a) <= edit_budget(len(a)) for w, a in zip(window, alias_tokens, strict=True))


def _quote(words: tuple[str, ...]) -> str:
    return "(" + ", ".join(repr(w) for w in words) + ")"


def _upper_in(value: str, word: str) -> bool:
    """True if the acronym is written in capitals in the original text (DJI, ZTE), not as a word."""
    return word.upper() in value.upper().split() and word.upper() in value
