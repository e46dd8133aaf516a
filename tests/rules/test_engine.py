"""The rule engine on an in-memory list: direct hits, relation paths, divestitures, uncertainty."""

import datetime as dt

import pytest

from compliance.lists.models import Entity
from compliance.lists.store import ListSet
from compliance.models import Buyer, Match, Role, Severity
from compliance.rules.engine import Context, Engine
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
    return Engine([R889, RFCC], ls, Context(dt.date.fromisoformat(as_of)))


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


# -- outcomes in context (issue 4): buyer, dates, purpose, confidence ------------------------------

def rule(code: str, outcome: Outcome, **fields: object) -> LoadedRule:
    return LoadedRule(Rule(code=code, name=f"t.{code.lower()}", description=f"test rule {code}", citation="cite",
                           outcome=outcome, lists=["ndaa-889"], **fields), PACK, "t.yaml")


def run(rules: list[LoadedRule], context: Context, entity_id: str = "dahua", score: float = 100.0,
        role: Role = Role.VENDOR, purpose: str | None = None) -> dict[str, tuple[Severity, str]]:
    ls = ListSet()
    for e in ENTITIES:
        ls.add_entity(e, "mem")  # type: ignore[arg-type]
    m = Match(entity_id, "x", "x", score, "fuzzy" if score < 100 else "exact", True, "x")
    return {v.rule.rule.code: (v.severity, v.reason) for v in Engine(rules, ls, context).evaluate(m, role, purpose)}


DOD_ONLY = rule("TDOD", Outcome.DOD_ONLY, effective_from=dt.date(2026, 6, 30))


@pytest.mark.parametrize(("buyer", "as_of", "expected"), [
    (Buyer.DOD, "2026-06-30", Severity.PROHIBITED),
    (Buyer.DOD, "2026-06-29", Severity.REVIEW),           # listed, not yet binding: a red flag
    (Buyer.CIVILIAN, "2026-07-01", Severity.REVIEW),      # binds DoD only
    (Buyer.IC, "2026-07-01", Severity.REVIEW),
])
def test_dod_only_by_buyer_and_date(buyer: Buyer, as_of: str, expected: Severity) -> None:
    [(severity, reason)] = run([DOD_ONLY], Context(dt.date.fromisoformat(as_of), buyer)).values()
    assert severity is expected
    assert ("binds" in reason) == (expected is Severity.REVIEW)


def test_out_of_scope_skip_gives_no_verdict() -> None:
    skip = rule("TSKIP", Outcome.PROHIBITED, buyers=[Buyer.FCC_FUNDED], out_of_scope="skip")
    assert run([skip], Context(dt.date(2026, 11, 22), Buyer.CIVILIAN)) == {}
    assert run([skip], Context(dt.date(2026, 11, 22), Buyer.FCC_FUNDED))["TSKIP"][0] is Severity.PROHIBITED


def test_future_effective_is_review_before_and_prohibited_from_its_date() -> None:
    future = rule("TFUT", Outcome.FUTURE_EFFECTIVE, effective_from=dt.date(2027, 12, 23))
    assert run([future], Context(dt.date(2027, 12, 22)))["TFUT"][0] is Severity.REVIEW
    assert run([future], Context(dt.date(2027, 12, 23)))["TFUT"][0] is Severity.PROHIBITED


def test_a_plain_rule_is_silent_before_its_date_and_after_its_sunset() -> None:
    dated = rule("TDATE", Outcome.PROHIBITED, effective_from=dt.date(2024, 11, 12),
                 effective_until=dt.date(2028, 12, 22))
    assert run([dated], Context(dt.date(2024, 11, 11))) == {}
    assert run([dated], Context(dt.date(2028, 12, 22)))["TDATE"][0] is Severity.PROHIBITED
    assert run([dated], Context(dt.date(2028, 12, 23))) == {}


@pytest.mark.parametrize(("cell", "option", "expected", "words"), [
    (None, None, Severity.PROHIBITED, "no intended use was stated"),
    ("Perimeter security", None, Severity.PROHIBITED, "is a covered purpose"),
    ("Quality inspection on the bottling line", None, Severity.REVIEW, "not one of the covered purposes"),
    (None, "lobby CCTV", Severity.PROHIBITED, "is a covered purpose"),             # --purpose
    ("inventory robots", "lobby CCTV", Severity.REVIEW, "not one of the covered"),  # the row's cell wins
    ("security-camera-free zone", None, Severity.PROHIBITED, "covered purpose"),   # whole words: 'security'
    ("Portable scanner", None, Severity.REVIEW, "not one of the covered"),         # 'port' is not 'portable'
])
def test_purpose_condition(cell: str | None, option: str | None, expected: Severity, words: str) -> None:
    r = rule("TPUR", Outcome.PROHIBITED_IF_PURPOSE, purposes=["security", "cctv", "port"])
    [(severity, reason)] = run([r], Context(dt.date(2026, 11, 22), purpose=option), purpose=cell).values()
    assert severity is expected and words in reason


def test_below_the_rules_confidence_goes_to_review_with_the_same_explanation() -> None:
    strict = rule("TCONF", Outcome.PROHIBITED, min_score=95)
    sure = run([strict], Context(dt.date(2026, 11, 22)), score=100.0)["TCONF"]
    unsure = run([strict], Context(dt.date(2026, 11, 22)), score=91.0)["TCONF"]
    assert sure[0] is Severity.PROHIBITED and unsure[0] is Severity.REVIEW
    assert unsure[1].startswith(sure[1]) and "below the 95 that TCONF needs" in unsure[1]


def test_rules_look_only_at_their_roles_and_evidence() -> None:
    vendors = rule("TROLE", Outcome.PROHIBITED, roles=[Role.VENDOR, Role.PARENT], evidence=["name"])
    assert run([vendors], Context(dt.date(2026, 11, 22)), role=Role.MANUFACTURER) == {}
    assert run([vendors], Context(dt.date(2026, 11, 22)), role=Role.PARENT)["TROLE"][0] is Severity.PROHIBITED
