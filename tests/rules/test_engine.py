"""The rule engine on an in-memory list: direct hits, relation paths, divestitures, uncertainty."""

import datetime as dt

import pytest

from compliance.lists.models import Entity
from compliance.lists.store import ListSet
from compliance.models import Match, Severity
from compliance.rules.engine import Engine
from compliance.rules.loader import LoadedRule
from compliance.rules.models import Outcome, PackMeta, Rule

SRC = [{"title": "test source", "as_of": "2026-11-22"}]


def entity(id_: str, name: str, lists=(), relations=(), listed_since=None) -> Entity:
    return Entity.model_validate({"id": id_, "name": name, "lists": list(lists), "sources": SRC,
                                  "relations": [dict(r, sources=SRC) for r in relations],
                                  "listed_since": listed_since or {}})


ENTITIES = [
    entity("hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", ["ndaa-889", "fcc-covered"],
           listed_since={"fcc-covered": "2021-03-12"}),
    entity("ezviz", "Hangzhou Ezviz Network Co., Ltd.", relations=[{"type": "brand_of", "target": "hikvision"}]),
    entity("ezviz-us", "EZVIZ Inc.", relations=[{"type": "subsidiary_of", "target": "ezviz"}]),
    entity("dahua", "Zhejiang Dahua Technology Co., Ltd.", ["ndaa-889"]),
    entity("lorex", "Lorex Technology Inc.", relations=[
        {"type": "formerly_owned_by", "target": "dahua", "start": "2018-10-01", "end": "2022-11-23"}]),
    entity("huacheng", "Hangzhou Huacheng Network Technology Co., Ltd.", relations=[
        {"type": "subsidiary_of", "target": "dahua", "confidence": "P", "note": "owner unverified"}]),
    entity("lts", "LT Security Inc.", relations=[{"type": "oem_relabel_of", "target": "hikvision"}]),
    entity("stranger", "Unrelated Co."),
]
PACK = PackMeta(id="t", title="t", version="1", as_of=dt.date(2026, 11, 22))
R889 = LoadedRule(Rule(code="US889A", name="ndaa889.part-a", description="s.889 Part A covered equipment",
                       citation="FAR 52.204-25(b)(1)", outcome=Outcome.PROHIBITED, lists=["ndaa-889"],
                       follows=["subsidiary_of", "affiliate_of", "brand_of"]), PACK, "t.yaml")
RFCC = LoadedRule(Rule(code="USFCC", name="fcc.covered-list", description="FCC Covered List entries",
                       citation="47 CFR 1.50002", outcome=Outcome.PROHIBITED, lists=["fcc-covered"],
                       follows=["subsidiary_of"]), PACK, "t.yaml")


def engine(as_of: str = "2026-11-22") -> Engine:
    ls = ListSet()
    for e in ENTITIES:
        ls.add_entity(e, "mem")  # type: ignore[arg-type]
    return Engine([R889, RFCC], ls, dt.date.fromisoformat(as_of))


def match(entity_id: str, confident: bool = True) -> Match:
    return Match(entity_id, "x", "x", 100.0, "exact", confident, "x")


def verdicts(eng: Engine, entity_id: str, confident: bool = True) -> dict[str, tuple[Severity, tuple[str, ...]]]:
    return {v.rule.rule.code: (v.severity, v.path) for v in eng.evaluate(match(entity_id, confident))}


def test_direct_listing_is_prohibited_under_each_rule() -> None:
    v = verdicts(engine(), "hikvision")
    assert v["US889A"][0] is Severity.PROHIBITED and v["USFCC"][0] is Severity.PROHIBITED
    assert v["US889A"][1] == ("Hangzhou Hikvision Digital Technology Co., Ltd.",)


def test_brand_path_is_followed_and_shown() -> None:
    v = verdicts(engine(), "ezviz-us")
    assert v["US889A"] == (Severity.PROHIBITED, ("EZVIZ Inc.", "subsidiary of", "Hangzhou Ezviz Network Co., Ltd.",
                                                 "brand of", "Hangzhou Hikvision Digital Technology Co., Ltd."))
    assert "USFCC" not in v       # that rule does not follow brand_of


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2017-01-01", None),                    # before Dahua bought Lorex: not related
    ("2020-06-01", Severity.PROHIBITED),     # Dahua's subsidiary then
    ("2022-11-23", Severity.REVIEW),         # divested: review, never clear
    ("2026-11-22", Severity.REVIEW),
])
def test_divestiture_by_date(as_of: str, expected: Severity | None) -> None:
    v = verdicts(engine(as_of), "lorex")
    assert (v["US889A"][0] if "US889A" in v else None) is expected


def test_partly_verified_relation_goes_to_review() -> None:
    sev, path = verdicts(engine(), "huacheng")["US889A"]
    assert sev is Severity.REVIEW and "(partly verified)" in path[1]


def test_oem_relabel_is_review() -> None:
    assert verdicts(engine(), "lts")["US889A"][0] is Severity.REVIEW


def test_review_band_match_never_prohibits() -> None:
    assert verdicts(engine(), "hikvision", confident=False)["US889A"][0] is Severity.REVIEW


def test_unrelated_entity_has_no_verdict() -> None:
    assert verdicts(engine(), "stranger") == {}


def test_listing_date_respected() -> None:
    v = verdicts(engine("2020-01-01"), "hikvision")
    assert "USFCC" not in v and v["US889A"][0] is Severity.PROHIBITED
