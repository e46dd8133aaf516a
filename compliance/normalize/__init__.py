"""One normalize() for list names and cell values alike, so both sides meet in the same form."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from compliance.normalize.vocab import (
    ABBREVIATIONS,
    CJK_LEGAL_FORMS,
    LEGAL_FORMS,
    LEGAL_PHRASES,
    LEGAL_TRAILING,
    NOISE_WORDS,
)

#: Bump when normalize() changes output: compiled indexes and caches are keyed on it.
NORMALIZER_VERSION = "4"

_CJK_RANGES = (
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F),
    (0x3040, 0x30FF),  # kana
    (0xAC00, 0xD7AF),  # hangul
)

#: single letters joined by dots, the last dot optional: S.A. / S.A / C.V / L.L.C. / U.S.A. (not 3.5)
_DOTTED = re.compile(r"\b[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)")
_APOSTROPHE = re.compile(r"[\u0027\u2019\u02bc`´]")
_NON_WORD = re.compile(r"[^\w]+")
_UNDERSCORE = re.compile(r"_+")
_COOP = re.compile(r"\bco[-\s]?op\b")   # "Co-op" is a word, not the legal form "Co."


#: the lowest code point of any CJK range: text below it has no CJK (max() is one C-level pass)
_CJK_FIRST = chr(min(lo for lo, _ in _CJK_RANGES))


# Plain comparisons, not a regex: the CJK ranges make character sets that re compiles code point
# by code point (~12 ms for the two patterns this replaced), and the curated lists hold Chinese
# names, so every screen paid it. Only text that reaches _CJK_FIRST is looked at char by char.
def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def has_cjk(text: str) -> bool:
    return not text.isascii() and max(text) >= _CJK_FIRST and any(map(_is_cjk, text))


def fold(text: str) -> str:
    """NFKC, casefold and strip diacritics (Société -> societe); CJK and other scripts are kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # ß -> ss is done by casefold; ø/æ/đ/ł have no decomposition
    stripped = stripped.translate(_EXTRA_FOLD)
    return unicodedata.normalize("NFC", stripped)


_EXTRA_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})


def _split_scripts(text: str) -> str:
    """Put spaces between CJK runs and other text: '海康威视Hikvision' -> '海康威视 hikvision'."""
    out: list[str] = []
    before = ""            # the previous character's kind: "cjk", "space" or "other"
    for ch in text:
        kind = "cjk" if _is_cjk(ch) else "space" if ch.isspace() else "other"
        if {before, kind} == {"cjk", "other"}:
            out.append(" ")
        out.append(ch)
        before = kind
    return "".join(out)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc   # imported on first CJK text only

    return opencc.OpenCC("t2s")


def _to_simplified(text: str) -> str:
    """Traditional -> simplified Chinese with OpenCC (phrase-aware tables, not a character map)."""
    return str(_t2s().convert(text))


def _strip_cjk_legal(token: str) -> str:
    for form in CJK_LEGAL_FORMS:
        if form in token and token != form:
            token = token.replace(form, "")
    return token


@lru_cache(maxsize=262144)
def normalize(text: str, *, legal: bool = True, abbreviations: bool = True, allow_empty: bool = False) -> str:
    """Return the comparison form of a name: folded, punctuation-free, legal forms removed.

    ``legal``: strip legal forms (Co., Ltd., Inc., GmbH, S.A. de C.V., 有限公司 ...) and noise words;
    off for person names. ``abbreviations``: expand Tech/Intl/Mfg... and fold plurals of trade words,
    so "Hikvision Tech" and "Hikvision Technologies" meet. ``allow_empty``: a text made only of legal
    words normalizes to "" (for parts of a cell) instead of keeping its words.
    Traditional Chinese is converted to simplified (OpenCC t2s), so 華為 and 华为 meet.
    """
    if not text:
        return ""
    raw = _words(text)
    if not raw:
        return ""
    tokens = [ABBREVIATIONS.get(t, t) for t in raw] if abbreviations else list(raw)
    if legal:
        tokens = _strip_legal(tokens, allow_empty)
    return " ".join(tokens)


@lru_cache(maxsize=262144)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a text, before abbreviations and legal forms: shared by the organisation
    and person readings of one cell."""
    s = fold(text)
    # each substitution only where its characters occur: most cells hold no dot, apostrophe or "_"
    if "." in s:
        s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)
    if "'" in s or "`" in s or not s.isascii():
        s = _APOSTROPHE.sub("", s)
    if "co" in s:
        s = _COOP.sub("coop", s)
    s = s.replace("&", " and ") if "&" in s else s
    s = _NON_WORD.sub(" ", s)
    if "_" in s:
        s = _UNDERSCORE.sub(" ", s)
    if has_cjk(s):
        s = _to_simplified(_split_scripts(s))
    return tuple(s.split())


#: LEGAL_PHRASES as whole words of a space-padded name, built once
_PHRASE_NEEDLES = tuple(f" {phrase} " for phrase in LEGAL_PHRASES)


def _strip_legal(tokens: list[str], allow_empty: bool = False) -> list[str]:
    original = tokens
    joined = " " + " ".join(tokens) + " "
    changed = False
    for needle in _PHRASE_NEEDLES:
        if needle in joined:
            joined = joined.replace(needle, " ")
            changed = True
    if changed:
        tokens = joined.split()
    kept = [t for t in tokens if t not in LEGAL_FORMS and t not in NOISE_WORDS]
    while len(kept) > 1 and kept[-1] in LEGAL_TRAILING:
        kept.pop()
    if not joined.isascii():
        kept = [_strip_cjk_legal(t) if not t.isascii() else t for t in kept]
        kept = [t for t in kept if t]
    # a name made only of legal words ("The Company") keeps its words rather than vanish
    return kept if kept or allow_empty else original


def tokens(text: str, **flags: bool) -> list[str]:
    """normalize() split into tokens."""
    return normalize(text, **flags).split()


def joined(norm: str) -> str:
    """The spaceless key: 'hik vision' and 'hikvision' meet."""
    return norm.replace(" ", "")


_MODEL_SPACES = re.compile(r"\s*([-/])\s*")
_WS = re.compile(r"\s+")


def model_text(text: str) -> str:
    """Upper-cased model/part text with folded width and tidy hyphens: 'ds - 2cd2143g2-i' -> 'DS-2CD2143G2-I'."""
    s = unicodedata.normalize("NFKC", text).upper()
    s = s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-").replace("\u2014", "-")
    s = _MODEL_SPACES.sub(r"\1", s)
    return _WS.sub(" ", s).strip()
