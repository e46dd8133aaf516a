"""Equipment evidence: model-number fingerprints and FCC ID grantee codes of covered makers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from compliance.lists.models import Fingerprint
from compliance.models import Match
from compliance.normalize import model_text

# FCC ID = grantee code (3 characters, or 5 starting with "2") + product code; written with or
# without a hyphen (QISVOG-LX9, QISEM770W, 2ADTD-5604SD). DOMAIN.md s.2.
_FCC_ID_IN_TEXT = re.compile(r"FCC\s*(?:ID)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})")


@dataclass(frozen=True, slots=True)
class _Compiled:
    fp: Fingerprint
    regex: re.Pattern[str]
    known: frozenset[str]


class EquipmentMatcher:
    def __init__(self, fingerprints: list[Fingerprint], grantees: dict[str, str],
                 unverified_grantees: dict[str, str] | None = None) -> None:
        self._fps = [_Compiled(fp, re.compile(fp.pattern), frozenset(fp.known)) for fp in fingerprints]
        self._grantees = {code.upper(): entity for code, entity in grantees.items()}
        #: grantee codes known only from a weak source: evidence for review, never proof
        self._unverified = {code.upper(): entity for code, entity in (unverified_grantees or {}).items()}

    def match_model(self, value: str) -> list[Match]:
        """Fingerprints found in a model, part-number or description cell."""
        text = model_text(value)
        if not text:
            return []
        out: list[Match] = []
        seen: set[str] = set()
        for c in self._fps:
            m = c.regex.search(text)
            if m is None or c.fp.entity in seen:
                continue
            seen.add(c.fp.entity)
            # the whole model number the pattern sits in, not only the part the pattern needs
            start = text.rfind(" ", 0, m.start()) + 1
            end = text.find(" ", m.end())
            model = text[start:end if end >= 0 else len(text)]
            known = model.strip(".,;:()[]") in c.known
            strong = c.fp.strength == "strong" or known
            how = ("is a model number a verified source attributes to this maker" if known else
                   "identifies the maker on its own" if strong else
                   "is shared with other makers' numbering: needs a person to confirm")
            out.append(Match(
                entity_id=c.fp.entity,
                matched_name=c.fp.label,
                matched_norm=model,
                score=95.0 if strong else 70.0,
                method="model",
                confident=strong,
                explanation=f"{value.strip()!r}: model number {model!r} fits the pattern "
                            f"{c.fp.label} (fingerprint {c.fp.id}, matched on {m.group(0)!r}), which {how}",
            ))
        return out

    def match_fcc_id(self, value: str, *, whole_cell: bool) -> list[Match]:
        """FCC IDs whose grantee code belongs to a covered maker."""
        text = model_text(value)
        # a cell of its own holds one FCC ID, sometimes typed with spaces ("QIS VOG-LX9")
        ids = [text.replace(" ", "")] if whole_cell and text and len(text.split()) <= 3 else []
        ids += _FCC_ID_IN_TEXT.findall(text)
        out: list[Match] = []
        seen: set[str] = set()
        for fcc_id in ids:
            compact = fcc_id.replace("-", "")
            code = compact[:5] if compact.startswith("2") else compact[:3]
            verified = code in self._grantees
            entity = self._grantees.get(code) or self._unverified.get(code)
            if entity is None or entity in seen or len(compact) <= len(code):
                continue
            seen.add(entity)
            how = ("registered to this maker" if verified else
                   "attributed to this maker only by a weak source: needs a person to confirm")
            out.append(Match(
                entity_id=entity,
                matched_name=f"FCC grantee code {code}",
                matched_norm=code,
                score=97.0 if verified else 70.0,
                method="grantee",
                confident=verified,
                explanation=f"{value.strip()!r}: FCC ID {fcc_id!r} starts with grantee code {code!r}, {how}",
            ))
        return out
