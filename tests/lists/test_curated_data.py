"""Checks of the curated list data in lists/: schema, references, aliases and fingerprint examples."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from compliance.lists.models import (
    AliasKind,
    Confidence,
    Entity,
    Fingerprint,
    FingerprintFile,
    ListFile,
    Lookalike,
    RelationType,
)
from compliance.lists.store import ListSet, load_curated
from compliance.match.names import Field, NameIndex

LISTS = Path(__file__).resolve().parents[2] / "lists"
#: Files of the regimes the US federal rule pack uses that no official download carries.
NEW_LIST_FILES = ("kaspersky-1634.yaml", "bytedance.yaml", "ndaa-5949.yaml", "dod-1260h.yaml", "fascsa.yaml",
                  "uflpa.yaml", "watch.yaml")
LIST_FILES = ("ndaa-889.yaml", "fcc-covered.yaml", "lookalikes.yaml", *NEW_LIST_FILES)
ENTITY_FILES = tuple(name for name in LIST_FILES if name != "lookalikes.yaml")
FINGERPRINT_FILE = "fingerprints.yaml"

COVERED_MAKERS = ("huawei", "zte", "hytera", "hikvision", "dahua")
#: Lists an entity may name in `lists` (the curated list files that hold named entities).
ENTITY_LISTS = {"ndaa-889", "fcc-covered", "kaspersky-1634", "bytedance", "ndaa-5949", "dod-1260h", "fascsa",
                "uflpa", "watch"}

#: Alias strings deliberately shared by two entities, with the reason. Empty: every alias string
#: (lower-cased) belongs to exactly one entity, so a hit on an alias names one entity.
SHARED_ALIASES: dict[str, str] = {}

#: Strings that must never match any fingerprint (research brief s.13 false-positive traps).
GENERIC_NEGATIVES = (
    "DS218+",
    "DS1814+",
    "Synology DS218+ NAS",
    "Aeon Labs DS03202B",
    "NVR",
    "XVR",
    "IPC-",
    "NVR-108MH",
    "IPC2124LB-SF28KM-G",
    "HDW",
    "PD",
    "MF",
    "DS",
    "2026-11-22",
)


def _load(name: str) -> object:
    with (LISTS / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture(scope="module")
def list_files() -> dict[str, ListFile]:
    return {name: ListFile.model_validate(_load(name)) for name in LIST_FILES}


@pytest.fixture(scope="module")
def entities(list_files: dict[str, ListFile]) -> dict[str, Entity]:
    found: dict[str, Entity] = {}
    for list_file in list_files.values():
        for entity in list_file.entities:
            found.setdefault(entity.id, entity)
    return found


@pytest.fixture(scope="module")
def lookalikes(list_files: dict[str, ListFile]) -> list[Lookalike]:
    return [item for list_file in list_files.values() for item in list_file.lookalikes]


@pytest.fixture(scope="module")
def fingerprints() -> list[Fingerprint]:
    return FingerprintFile.model_validate(_load(FINGERPRINT_FILE)).fingerprints


def _root(entity_id: str, entities: dict[str, Entity]) -> str:
    """The covered producer an entity reaches through current (not formerly-owned) relations."""
    seen = set()
    while entity_id not in seen:
        seen.add(entity_id)
        entity = entities[entity_id]
        if entity.lists:
            return entity_id
        parents = [r.target for r in entity.relations if r.type is not RelationType.FORMERLY_OWNED_BY]
        if not parents:
            return entity_id
        entity_id = parents[0]
    return entity_id


# --- schema and file identity --------------------------------------------------------------


@pytest.mark.parametrize("name", LIST_FILES)
def test_list_file_validates_and_id_matches_file_name(name: str) -> None:
    list_file = ListFile.model_validate(_load(name))
    assert list_file.meta.id == name.removesuffix(".yaml")


def test_fingerprint_file_validates(fingerprints: list[Fingerprint]) -> None:
    assert fingerprints


def test_lookalikes_file_has_no_entities(list_files: dict[str, ListFile]) -> None:
    assert list_files["lookalikes.yaml"].entities == []
    assert list_files["lookalikes.yaml"].lookalikes


def test_entity_files_have_no_lookalikes(list_files: dict[str, ListFile]) -> None:
    for name in ENTITY_FILES:
        assert list_files[name].lookalikes == [], name


def test_sources_are_not_dated_after_the_snapshot(list_files: dict[str, ListFile]) -> None:
    for name, list_file in list_files.items():
        version = list_file.meta.version
        sources = list(list_file.meta.sources)
        for entity in list_file.entities:
            sources += entity.sources
            for relation in entity.relations:
                sources += relation.sources
        for item in list_file.lookalikes:
            sources += item.sources
        late = [s.title for s in sources if s.as_of > version]
        assert not late, f"{name}: sources read after version {version}: {late}"


# --- ids and references --------------------------------------------------------------------


def test_ids_unique_across_files(list_files: dict[str, ListFile]) -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for name, list_file in list_files.items():
        for entity in list_file.entities:
            where[entity.id].append(name)
        for item in list_file.lookalikes:
            where[item.id].append(name)
    duplicates = {key: files for key, files in where.items() if len(files) > 1}
    assert not duplicates


def test_fingerprint_ids_unique(fingerprints: list[Fingerprint]) -> None:
    ids = [fp.id for fp in fingerprints]
    assert len(ids) == len(set(ids))


def test_relation_targets_exist(entities: dict[str, Entity]) -> None:
    missing = [
        (entity.id, relation.target)
        for entity in entities.values()
        for relation in entity.relations
        if relation.target not in entities
    ]
    assert not missing


def test_no_self_relations(entities: dict[str, Entity]) -> None:
    assert not [e.id for e in entities.values() if any(r.target == e.id for r in e.relations)]


def test_lookalike_targets_exist(entities: dict[str, Entity], lookalikes: list[Lookalike]) -> None:
    missing = [(item.id, target) for item in lookalikes for target in item.confusable_with if target not in entities]
    assert not missing


def test_fingerprint_entities_exist(entities: dict[str, Entity], fingerprints: list[Fingerprint]) -> None:
    assert not [(fp.id, fp.entity) for fp in fingerprints if fp.entity not in entities]


def test_entity_lists_are_known(entities: dict[str, Entity]) -> None:
    assert not [(e.id, e.lists) for e in entities.values() if set(e.lists) - ENTITY_LISTS]


def test_no_relation_cycles(entities: dict[str, Entity]) -> None:
    graph = {entity.id: [r.target for r in entity.relations] for entity in entities.values()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                pytest.fail(f"relation cycle: {' -> '.join([*path, node, nxt])}")
            if nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [])


def test_every_related_entity_reaches_a_listed_entity(entities: dict[str, Entity]) -> None:
    """Following relations (of any type) from any entity ends at an entity that is on a list."""

    def reaches(entity_id: str, seen: frozenset[str] = frozenset()) -> bool:
        entity = entities[entity_id]
        if entity.lists:
            return True
        return any(reaches(r.target, seen | {entity_id}) for r in entity.relations if r.target not in seen)

    assert not [e.id for e in entities.values() if not reaches(e.id)]


def test_unlisted_entities_have_a_relation(entities: dict[str, Entity]) -> None:
    assert not [e.id for e in entities.values() if not e.lists and not e.relations]


# --- the covered producers -----------------------------------------------------------------


@pytest.mark.parametrize("maker", COVERED_MAKERS)
def test_covered_maker_on_both_lists(entities: dict[str, Entity], maker: str) -> None:
    entity = entities[maker]
    assert {"ndaa-889", "fcc-covered"} <= set(entity.lists)
    assert str(entity.listed_since["ndaa-889"]) == "2019-08-13"
    assert str(entity.listed_since["fcc-covered"]) == "2021-03-12"


@pytest.mark.parametrize("maker", COVERED_MAKERS)
def test_covered_maker_has_native_script_alias(entities: dict[str, Entity], maker: str) -> None:
    native = [a for a in entities[maker].aliases if a.type == "native"]
    assert native
    assert all(a.lang in {"zh-Hans", "zh-Hant"} for a in native)


def test_covered_makers_live_in_the_889_file(list_files: dict[str, ListFile]) -> None:
    ids = {e.id for e in list_files["ndaa-889.yaml"].entities}
    assert set(COVERED_MAKERS) <= ids
    fcc_ids = {e.id for e in list_files["fcc-covered.yaml"].entities}
    assert not set(COVERED_MAKERS) & fcc_ids


def test_fcc_file_entities_are_fcc_listed_or_related(list_files: dict[str, ListFile]) -> None:
    for entity in list_files["fcc-covered.yaml"].entities:
        if "fcc-covered" in entity.lists:
            assert "fcc-covered" in entity.listed_since, entity.id
        else:
            assert entity.relations and not entity.lists, entity.id


def test_only_covered_makers_are_on_the_889_list(entities: dict[str, Entity]) -> None:
    assert {e.id for e in entities.values() if "ndaa-889" in e.lists} == set(COVERED_MAKERS)


def test_expected_fcc_entries(entities: dict[str, Entity]) -> None:
    expected = {
        "kaspersky": "2022-03-25",
        "china-mobile-international-usa": "2022-03-25",
        "china-telecom-americas": "2022-03-25",
        "china-unicom-americas": "2022-09-20",
        "pacnet": "2022-09-20",
        "comnet-usa": "2022-09-20",
        "dji": "2025-12-22",
        "autel-robotics": "2025-12-22",
    }
    for entity_id, date in expected.items():
        assert str(entities[entity_id].listed_since["fcc-covered"]) == date, entity_id


# --- aliases -------------------------------------------------------------------------------


def test_alias_strings_belong_to_one_entity(entities: dict[str, Entity]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities.values():
        for alias in entity.aliases:
            owners[alias.name.casefold()].add(entity.id)
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1 and name not in SHARED_ALIASES}
    assert not shared


def test_alias_strings_unique_within_entity(entities: dict[str, Entity]) -> None:
    for entity in entities.values():
        names = [a.name.casefold() for a in entity.aliases]
        assert len(names) == len(set(names)), entity.id


def test_lookalike_names_are_not_entity_aliases(entities: dict[str, Entity], lookalikes: list[Lookalike]) -> None:
    alias_names = {a.name.casefold() for e in entities.values() for a in e.aliases}
    alias_names |= {e.name.casefold() for e in entities.values()}
    # a look-alike that is itself a red-flag entry (lists/watch.yaml) shares that entry's names
    own = {item.id: {a.name.casefold() for a in entities[item.entity].aliases} | {entities[item.entity].name.casefold()}
           for item in lookalikes if item.entity}
    clashes = [n for item in lookalikes for n in [item.name, *item.aliases]
               if n.casefold() in alias_names and n.casefold() not in own.get(item.id, set())]
    assert not clashes


def test_entities_have_aliases(entities: dict[str, Entity]) -> None:
    assert not [e.id for e in entities.values() if not e.aliases]


def test_short_latin_aliases_are_not_distinctive(entities: dict[str, Entity]) -> None:
    short = [
        (e.id, a.name)
        for e in entities.values()
        for a in e.aliases
        if a.name.isascii() and len(re.sub(r"[^A-Za-z0-9]", "", a.name)) <= 4 and a.kind is AliasKind.DISTINCTIVE
    ]
    assert not short


@pytest.mark.parametrize(
    ("entity_id", "alias", "kinds"),
    [
        ("zte", "ZTE", {AliasKind.COMMON, AliasKind.EXACT}),
        ("hytera", "HYT", {AliasKind.COMMON, AliasKind.EXACT}),
        ("dahua", "Dahua", {AliasKind.COMMON}),
        ("dahua", "大华", {AliasKind.COMMON}),
        ("honor", "Honor", {AliasKind.COMMON, AliasKind.EXACT}),
        ("red-magic", "Red Magic", {AliasKind.COMMON, AliasKind.EXACT}),
        ("pacnet", "Pacific Network Corp.", {AliasKind.EXACT}),
        ("comnet-usa", "ComNet (USA) LLC", {AliasKind.EXACT}),
        ("hikvision", "Hikvision", {AliasKind.DISTINCTIVE}),
        ("huawei", "Huawei", {AliasKind.DISTINCTIVE}),
        ("hytera", "Hytera", {AliasKind.DISTINCTIVE}),
        ("ezviz", "EZVIZ", {AliasKind.DISTINCTIVE}),
        ("kaspersky", "Kaspersky", {AliasKind.DISTINCTIVE}),
        ("tiktok", "TikTok", {AliasKind.DISTINCTIVE}),
        ("bytedance", "ByteDance", {AliasKind.DISTINCTIVE}),
        ("lemon8", "Lemon8", {AliasKind.COMMON, AliasKind.EXACT}),
        ("smic", "Semiconductor Manufacturing International Corporation", {AliasKind.COMMON, AliasKind.EXACT}),
        ("smic", "SMIC", {AliasKind.COMMON, AliasKind.EXACT}),
        ("byd", "BYD", {AliasKind.COMMON, AliasKind.EXACT}),
        ("alibaba", "Alibaba", {AliasKind.COMMON, AliasKind.EXACT}),
        ("cosco-shipping", "COSCO Shipping", {AliasKind.COMMON, AliasKind.EXACT}),
        ("china-telecommunications-corp", "China Telecommunications Corporation", {AliasKind.COMMON, AliasKind.EXACT}),
        ("quectel-wireless", "Quectel", {AliasKind.DISTINCTIVE}),
        ("acronis", "Acronis", {AliasKind.DISTINCTIVE}),
    ],
)
def test_alias_kind(entities: dict[str, Entity], entity_id: str, alias: str, kinds: set[AliasKind]) -> None:
    found = {a.name: a.kind for a in entities[entity_id].aliases}
    assert found[alias] in kinds


def test_native_aliases_carry_a_language(entities: dict[str, Entity]) -> None:
    assert not [(e.id, a.name) for e in entities.values() for a in e.aliases if a.type == "native" and not a.lang]


def test_generic_names_are_not_aliases(entities: dict[str, Entity]) -> None:
    """Generic or ambiguous names never act as verified aliases (review-only ones may ship)."""
    generic = {"comnet", "pacific network", "pacnet", "autel", "sinclair", "china mobile", "china telecom",
               "zijin", "huafu", "cosco", "mgi"}
    assert not [(e.id, a.name) for e in entities.values() for a in e.aliases
                if a.name.casefold() in generic and a.confidence is Confidence.V]


def test_unverified_leads_are_not_shipped(entities: dict[str, Entity]) -> None:
    """Names the research brief tags as memory ([M]) must not appear as aliases or entities."""
    unverified = {
        # OEM brands cited only from memory
        "amcrest", "q-see", "annke", "stanley", "adt", "toshiba", "speco", "ic realtime", "clare", "abus",
        # names / units tagged [M]
        "futurewei", "futurewei technologies", "大疆", "深圳市大疆创新科技有限公司", "超聚变", "努比亚",
        "道通智能", "海思", "avigilon", "中芯国际", "长鑫存储", "长江存储",
        # in the withdrawn 2026-02-13 DoD 1260H posting only, never effective (TP-Link ships in
        # lists/watch.yaml from the brief's s.13 #28, V, as a review-only red flag, not as 1260H)
        "wuxi apptec", "robosense",
    }
    # an entity reached only through unverified relations is itself review-level: its names may ship
    review_only = {e.id for e in entities.values()
                   if not e.lists and e.relations and all(r.confidence is Confidence.M for r in e.relations)}
    names = {a.name.casefold() for e in entities.values() if e.id not in review_only for a in e.aliases
             if a.confidence is not Confidence.M} | {e.name.casefold() for e in entities.values()
                                                    if e.id not in review_only}
    assert not names & unverified


def test_memory_aliases_are_review_only_and_explained(entities: dict[str, Entity]) -> None:
    """An [M] name may ship only as an alias tagged M (a match on it goes to review) with a note."""
    for e in entities.values():
        for a in e.aliases:
            if a.confidence is Confidence.M:
                assert a.note, (e.id, a.name)


def test_model_level_oems_are_lookalikes_not_entities(entities: dict[str, Entity], lookalikes: list[Lookalike]) -> None:
    for name in ("honeywell", "panasonic", "h3c", "synology", "dahua-group"):
        assert name not in entities
    lookalike_ids = {item.id for item in lookalikes}
    assert {"honeywell", "panasonic", "hyster-yale", "zt-systems", "dahua-group"} <= lookalike_ids


def test_review_level_pass_throughs_are_entities_with_uncertain_links(entities: dict[str, Entity]) -> None:
    """DOMAIN.md s.13 R rows that must reach review (not silence): Autel Intelligent, Anzu, Cogito."""
    for name, target in (("autel-intelligent", "autel-robotics"), ("anzu-robotics", "dji"), ("cogito-tech", "dji")):
        (relation,) = entities[name].relations
        assert relation.target == target and not entities[name].lists
        assert relation.confidence is Confidence.P or relation.type is RelationType.OEM_RELABEL_OF


# --- relations and confidence --------------------------------------------------------------


def test_partially_verified_relations_explain_themselves(entities: dict[str, Entity]) -> None:
    unexplained = [
        (e.id, r.target) for e in entities.values() for r in e.relations if r.confidence is Confidence.P and not r.note
    ]
    assert not unexplained


def test_formerly_owned_relations_are_explained(entities: dict[str, Entity]) -> None:
    for entity in entities.values():
        for relation in entity.relations:
            if relation.type is RelationType.FORMERLY_OWNED_BY:
                assert relation.note, entity.id
                if relation.end is None:
                    assert relation.confidence is Confidence.P, f"{entity.id}: no end date must route to review"


@pytest.mark.parametrize(
    ("entity_id", "target", "rtype", "end", "confidence"),
    [
        ("honor", "huawei", RelationType.FORMERLY_OWNED_BY, "2020-11-17", Confidence.V),
        ("xfusion", "huawei", RelationType.FORMERLY_OWNED_BY, "2021-11-05", Confidence.V),
        ("lorex", "dahua", RelationType.FORMERLY_OWNED_BY, "2022-11-23", Confidence.V),
        ("dahua-technology-usa", "dahua", RelationType.FORMERLY_OWNED_BY, "2024-01-31", Confidence.V),
        ("sepura", "hytera", RelationType.FORMERLY_OWNED_BY, "2022-12-31", Confidence.V),  # end: P
        ("huawei-marine", "huawei", RelationType.FORMERLY_OWNED_BY, None, Confidence.P),
        ("indigovision", "dahua", RelationType.OEM_RELABEL_OF, "2021-04-30", Confidence.V),
        ("huacheng", "dahua", RelationType.SUBSIDIARY_OF, "2025-12-31", Confidence.V),  # sale agreed 2025: end P
        ("hisilicon", "huawei", RelationType.AFFILIATE_OF, None, Confidence.P),
        ("teltronic", "hytera", RelationType.SUBSIDIARY_OF, "2025-12-31", Confidence.V),
        ("powertrunk", "teltronic", RelationType.BRAND_OF, None, Confidence.V),
        ("comnet-usa", "pacnet", RelationType.SUBSIDIARY_OF, None, Confidence.V),
    ],
)
def test_key_relations(
    entities: dict[str, Entity],
    entity_id: str,
    target: str,
    rtype: RelationType,
    end: str | None,
    confidence: Confidence,
) -> None:
    matches = [r for r in entities[entity_id].relations if r.target == target and r.type is rtype]
    assert len(matches) == 1
    relation = matches[0]
    assert (str(relation.end) if relation.end else None) == end
    assert relation.confidence is confidence


def test_sepura_start_date(entities: dict[str, Entity]) -> None:
    (relation,) = [r for r in entities["sepura"].relations if r.target == "hytera"]
    assert str(relation.start) == "2017-05-25"
    assert relation.end_confidence is Confidence.P       # the 2022 sale rests on one report; the ownership is V


def test_unverified_grantee_codes_are_kept_apart(entities: dict[str, Entity]) -> None:
    assert entities["dahua"].identifiers.get("fcc_grantee_unverified") == ["ZTS"]
    assert entities["dahua-vision"].identifiers.get("fcc_grantee_unverified") == ["SVN"]
    assert "fcc_grantee" not in entities["dahua"].identifiers
    verified = {
        "huawei": "QIS", "zte": "SRQ", "hytera": "YAM", "hikvision": "2ADTD", "huacheng": "2AVYF", "dji": "SS3",
    }
    for entity_id, code in verified.items():
        assert entities[entity_id].identifiers["fcc_grantee"] == [code], entity_id


# --- look-alikes ---------------------------------------------------------------------------


def test_lookalike_reasons_start_with_an_outcome(lookalikes: list[Lookalike]) -> None:
    assert not [item.id for item in lookalikes if not re.match(r"^[NRS] - ", item.reason)]


def test_lookalikes_do_not_point_at_themselves(lookalikes: list[Lookalike]) -> None:
    assert not [item.id for item in lookalikes if item.id in item.confusable_with]


# --- fingerprints --------------------------------------------------------------------------


def _fingerprint_cases(kind: str) -> list[tuple[str, str, str]]:
    data = FingerprintFile.model_validate(_load(FINGERPRINT_FILE))
    return [(fp.id, fp.pattern, text) for fp in data.fingerprints for text in getattr(fp, kind)]


@pytest.mark.parametrize(("fp_id", "pattern", "text"), _fingerprint_cases("match"))
def test_fingerprint_matches(fp_id: str, pattern: str, text: str) -> None:
    assert re.search(pattern, text.upper()), f"{fp_id} should match {text!r}"


@pytest.mark.parametrize(("fp_id", "pattern", "text"), _fingerprint_cases("no_match"))
def test_fingerprint_does_not_match(fp_id: str, pattern: str, text: str) -> None:
    assert not re.search(pattern, text.upper()), f"{fp_id} should not match {text!r}"


def test_fingerprints_have_enough_examples(fingerprints: list[Fingerprint]) -> None:
    thin = [fp.id for fp in fingerprints if len(fp.match) < 3 or len(fp.no_match) < 3]
    assert not thin


@pytest.mark.parametrize("text", GENERIC_NEGATIVES)
def test_generic_strings_match_no_fingerprint(fingerprints: list[Fingerprint], text: str) -> None:
    assert not [fp.id for fp in fingerprints if re.search(fp.pattern, text.upper())]


def test_patterns_are_upper_case_and_left_bounded(fingerprints: list[Fingerprint]) -> None:
    for fp in fingerprints:
        literal = re.sub(r"\\[A-Za-z]", "", fp.pattern)  # drop escapes such as \d
        assert literal == literal.upper(), f"{fp.id}: pattern must be upper case (cells are upper-cased)"
        assert fp.pattern.startswith("(?<![A-Z0-9])"), f"{fp.id}: pattern needs a left boundary"


def test_fingerprint_examples_point_at_one_maker(entities: dict[str, Entity], fingerprints: list[Fingerprint]) -> None:
    """A match example of one maker's fingerprint must not be claimed by another maker's fingerprint."""
    for fp in fingerprints:
        root = _root(fp.entity, entities)
        for text in fp.match:
            others = {
                _root(other.entity, entities)
                for other in fingerprints
                if other.id != fp.id and re.search(other.pattern, text.upper())
            }
            assert others <= {root}, f"{fp.id} example {text!r} also matches {others}"


def test_collision_prone_fingerprints_are_weak(fingerprints: list[Fingerprint]) -> None:
    by_id = {fp.id: fp for fp in fingerprints}
    for fp_id in ("zte-mf", "hytera-pd", "hytera-gtw-rfid", "huawei-ipc-z"):
        assert by_id[fp_id].strength == "weak", fp_id
    for fp_id in ("hikvision-ds-2cd", "dahua-dh-prefix", "dahua-ipc-type-code", "hikmicro-hm-t"):
        assert by_id[fp_id].strength == "strong", fp_id


def test_no_hikvision_ds_k_fingerprint(fingerprints: list[Fingerprint]) -> None:
    """Hikvision DS-K (access control) is unverified in the sources and is not shipped."""
    assert not [fp.id for fp in fingerprints if re.search(fp.pattern, "DS-K1T671M")]


# --- the regimes of the US federal rule pack (kaspersky-1634, bytedance, ndaa-5949, dod-1260h,
# --- fascsa, uflpa) --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def curated() -> ListSet:
    """The curated lists as the tool loads them (validated, references checked, ids unique)."""
    return load_curated(LISTS)


def _listed_on(entity: Entity, list_id: str, on: str) -> bool:
    """On the list on that date: added on or before it and not yet removed (the rule engine's reading)."""
    day = dt.date.fromisoformat(on)
    since, until = entity.listed_since.get(list_id), entity.listed_until.get(list_id)
    return list_id in entity.lists and not ((since and day < since) or (until and day >= until))


@pytest.mark.parametrize("name", NEW_LIST_FILES)
def test_new_list_loads(curated: ListSet, name: str) -> None:
    list_id = name.removesuffix(".yaml")
    info = next(i for i in curated.infos if i.id == list_id)
    assert info.version == "2026-11-22"
    assert any(list_id in e.lists for e in curated.entities.values()), f"nobody is named on {list_id}"


def test_every_named_list_is_defined(curated: ListSet) -> None:
    defined = {i.id for i in curated.infos}
    named = {lst for e in curated.entities.values() for lst in e.lists}
    assert named <= defined and named == ENTITY_LISTS


def test_loader_sees_every_entity_once(curated: ListSet, entities: dict[str, Entity]) -> None:
    """load_curated raises on a duplicate id; the files hold exactly the entities it loaded."""
    assert set(curated.entities) == set(entities)
    assert sum(len(ListFile.model_validate(_load(n)).entities) for n in ENTITY_FILES) == len(curated.entities)


def test_list_dates_are_inside_the_entity_lists(entities: dict[str, Entity]) -> None:
    for e in entities.values():
        assert set(e.listed_since) | set(e.listed_until) <= set(e.lists), e.id
        for list_id, until in e.listed_until.items():
            since = e.listed_since.get(list_id)
            assert since is None or since < until, e.id


def test_kaspersky_1634(entities: dict[str, Entity], list_files: dict[str, ListFile]) -> None:
    assert list_files["kaspersky-1634.yaml"].entities == []       # its entities live in fcc-covered.yaml
    assert str(entities["kaspersky"].listed_since["kaspersky-1634"]) == "2018-10-01"
    # the affiliates reach Kaspersky Lab through verified relations, not through listings of their own
    for affiliate in ("kaspersky-lab-inc", "kaspersky-group-ooo", "kaspersky-labs-limited"):
        (relation,) = entities[affiliate].relations
        assert (relation.target, relation.type, relation.confidence) == (
            "kaspersky", RelationType.AFFILIATE_OF, Confidence.V)
        assert not entities[affiliate].lists


def test_bytedance(entities: dict[str, Entity]) -> None:
    assert str(entities["bytedance"].listed_since["bytedance"]) == "2023-06-02"
    (tiktok,) = entities["tiktok"].relations
    assert (tiktok.target, tiktok.type, tiktok.confidence) == ("bytedance", RelationType.BRAND_OF, Confidence.V)
    assert entities["tiktok"].type == "product" and not entities["tiktok"].lists
    for app in ("capcut", "lemon8"):       # [P] in the research brief: review, never a prohibition
        (relation,) = entities[app].relations
        assert (relation.target, relation.type, relation.confidence) == ("bytedance", RelationType.BRAND_OF,
                                                                         Confidence.P)
        assert relation.note


def test_tiktok_joint_venture_is_review_only(entities: dict[str, Entity]) -> None:
    """ByteDance holds 19.9%; FAR status unaddressed: only a partly verified edge, never a listing."""
    jv = entities["tiktok-usds-jv"]
    assert not jv.lists
    (relation,) = jv.relations
    assert relation.target == "bytedance" and relation.confidence is Confidence.P and relation.note
    assert str(relation.start) == "2026-01-22"


@pytest.mark.parametrize("entity_id", ["smic", "cxmt", "ymtc"])
def test_5949_producers(entities: dict[str, Entity], entity_id: str) -> None:
    entity = entities[entity_id]
    assert {"ndaa-5949", "dod-1260h"} <= set(entity.lists)
    assert str(entity.listed_since["ndaa-5949"]) == "2022-12-23"      # named by the statute; bans from 2027-12-23
    assert not entity.listed_until                                    # the withdrawn Feb-2026 removal is not loaded
    native = [a for a in entity.aliases if a.type == "native"]
    assert native and all(a.confidence is Confidence.M and a.note for a in native)   # [M] in the brief


DOD_1260H = {
    # entity: (listed since, listed until) - editions 2022-10-05, 2024-01-31, 2025-01-07, 2026-06-08
    "dji": ("2022-10-05", None),
    "dahua": ("2022-10-05", None),
    "huawei": ("2024-01-31", None),
    "smic": ("2024-01-31", None),
    "ymtc": ("2024-01-31", None),
    "hesai": ("2024-01-31", None),
    "megvii": ("2024-01-31", "2025-01-07"),
    "china-telecommunications-corp": ("2024-01-31", "2025-01-07"),
    "tencent": ("2025-01-07", None),
    "catl": ("2025-01-07", None),
    "cxmt": ("2025-01-07", None),
    "quectel-wireless": ("2025-01-07", None),
    "autel-robotics": ("2025-01-07", None),
    "cosco-shipping": ("2025-01-07", None),
    "inspur": ("2025-01-07", None),
    "alibaba": ("2026-06-08", None),
    "baidu": ("2026-06-08", None),
    "byd": ("2026-06-08", None),
}


def test_dod_1260h_entries(entities: dict[str, Entity]) -> None:
    on_list = {e.id for e in entities.values() if "dod-1260h" in e.lists}
    assert on_list == set(DOD_1260H)
    for entity_id, (since, until) in DOD_1260H.items():
        entity = entities[entity_id]
        assert str(entity.listed_since["dod-1260h"]) == since, entity_id
        assert (str(entity.listed_until["dod-1260h"]) if "dod-1260h" in entity.listed_until else None) == until
        assert entity.note, entity_id        # says which edition the date comes from


def test_dod_1260h_removals(entities: dict[str, Entity]) -> None:
    for entity_id in ("megvii", "china-telecommunications-corp"):
        assert _listed_on(entities[entity_id], "dod-1260h", "2024-06-01")
        assert not _listed_on(entities[entity_id], "dod-1260h", "2025-01-07")
        assert not _listed_on(entities[entity_id], "dod-1260h", "2026-07-01")


def test_withdrawn_1260h_posting_is_not_loaded(entities: dict[str, Entity]) -> None:
    """The 2026-02-13 posting was withdrawn within an hour: no date comes from it."""
    withdrawn = dt.date(2026, 2, 13)
    assert not [e.id for e in entities.values()
                if withdrawn in e.listed_since.values() or withdrawn in e.listed_until.values()]
    for entity_id in ("alibaba", "baidu", "byd"):
        assert not _listed_on(entities[entity_id], "dod-1260h", "2026-06-07")
        assert _listed_on(entities[entity_id], "dod-1260h", "2026-06-08")


def test_existing_entities_carry_new_lists_instead_of_duplicates(list_files: dict[str, ListFile]) -> None:
    ids = {e.id for e in list_files["dod-1260h.yaml"].entities}
    assert not ids & {"huawei", "dahua", "dji", "autel-robotics", "smic", "cxmt", "ymtc"}


def test_programs(entities: dict[str, Entity]) -> None:
    expected = {
        "huawei": ["NDAA889-TELECOM"], "zte": ["NDAA889-TELECOM"],
        "hytera": ["NDAA889-VIDEO"], "hikvision": ["NDAA889-VIDEO"], "dahua": ["NDAA889-VIDEO"],
        "dji": ["UAS"], "autel-robotics": ["UAS"],
        "acronis": ["FASCSA-DNI"],
    }
    assert {e.id: e.programs for e in entities.values() if e.programs} == expected


def test_fascsa_acronis(entities: dict[str, Entity]) -> None:
    acronis = entities["acronis"]
    assert acronis.lists == ["fascsa"] and str(acronis.listed_since["fascsa"]) == "2025-07-11"
    assert "2025-09-18" in (acronis.note or "") and "SCI" in (acronis.note or "")


def test_uflpa(entities: dict[str, Entity]) -> None:
    for entity_id in ("zijin-mining", "huafu-fashion"):
        assert not _listed_on(entities[entity_id], "uflpa", "2025-01-14")
        assert _listed_on(entities[entity_id], "uflpa", "2025-01-15")


def test_quectel_is_an_entity_not_a_lookalike(entities: dict[str, Entity], lookalikes: list[Lookalike]) -> None:
    assert "quectel-wireless" in entities
    assert not [item.id for item in lookalikes if "quectel" in " ".join([item.name, *item.aliases]).casefold()]


# --- matching decisions on the curated lists ---------------------------------------------------


@pytest.fixture(scope="module")
def name_index(curated: ListSet) -> NameIndex:
    """The name index the screen builds from the curated lists: every alias plus each primary name."""
    from compliance.pipeline import curated_aliases, lookalike_records

    return NameIndex([r for e in curated.entities.values() for r in curated_aliases(e)], lookalike_records(curated))


def _decisions(index: NameIndex, value: str, field: Field) -> dict[str, bool]:
    return {m.entity_id: m.confident for m in index.match(value, field)}


@pytest.mark.parametrize(
    ("value", "field", "entity_id"),
    [
        ("AO Kaspersky Lab", Field.NAME, "kaspersky"),
        ("Kaspersky Endpoint Security renewal, 200 seats", Field.TEXT, "kaspersky"),
        ("ByteDance Ltd.", Field.NAME, "bytedance"),
        ("TikTok app installed on 14 managed phones", Field.TEXT, "tiktok"),
        ("TikTok USDS Joint Venture LLC", Field.NAME, "tiktok-usds-jv"),
        ("Lemon8", Field.TEXT, "lemon8"),
        ("CapCut Pro subscription", Field.TEXT, "capcut"),
        ("Semiconductor Manufacturing International Corporation", Field.MAKER, "smic"),
        ("Yangtze Memory Technologies", Field.MAKER, "ymtc"),
        ("ChangXin Memory Technologies", Field.MAKER, "cxmt"),
        ("Tencent Holdings", Field.NAME, "tencent"),
        ("Contemporary Amperex Technology Co., Limited", Field.NAME, "catl"),
        ("Quectel Wireless", Field.MAKER, "quectel-wireless"),
        ("COSCO SHIPPING (North America) Inc.", Field.NAME, "cosco-shipping"),
        ("Hesai Technology Co., Ltd.", Field.NAME, "hesai"),
        ("Inspur", Field.MAKER, "inspur"),
        ("Alibaba Group", Field.NAME, "alibaba"),
        ("Baidu, Inc.", Field.NAME, "baidu"),
        ("BYD", Field.MAKER, "byd"),
        ("Beijing Megvii Technology", Field.NAME, "megvii"),
        ("China Telecommunications Corporation", Field.NAME, "china-telecommunications-corp"),
        ("Acronis AG", Field.NAME, "acronis"),
        ("Zijin Mining Group", Field.NAME, "zijin-mining"),
        ("Huafu Fashion Co., Ltd.", Field.NAME, "huafu-fashion"),
        ("SZ DJI Technology Co., Ltd.", Field.MAKER, "dji"),
        ("Autel Robotics", Field.MAKER, "autel-robotics"),
    ],
)
def test_listed_names_resolve(name_index: NameIndex, value: str, field: Field, entity_id: str) -> None:
    assert _decisions(name_index, value, field).get(entity_id) is True


def test_joint_venture_is_not_read_as_tiktok(name_index: NameIndex) -> None:
    assert _decisions(name_index, "TikTok USDS Joint Venture LLC", Field.NAME) == {"tiktok-usds-jv": True}


@pytest.mark.parametrize(
    ("value", "field", "not_entities"),
    [
        ("Tick Tock Clock Repair", Field.NAME, None),
        ("Taiwan Semiconductor Manufacturing Company", Field.MAKER, {"smic"}),
        ("Lenovo", Field.NAME, {"huawei", "zte", "quectel-wireless"}),
        ("Lenovo (United States) Inc.", Field.NAME, None),
        ("Sierra Wireless", Field.MAKER, {"quectel-wireless", "huawei"}),
        ("Quectel Wireless", Field.MAKER, {"huawei"}),
        ("Veeam Software", Field.NAME, {"acronis"}),
        ("Freeport-McMoRan", Field.NAME, None),
        ("Costco Wholesale", Field.NAME, {"cosco-shipping"}),
        ("Yangtze Optical Fibre and Cable", Field.NAME, {"ymtc"}),
        ("Lemons, 5 lb bag", Field.TEXT, {"lemon8"}),
        ("Lemon", Field.NAME, {"lemon8"}),
        ("Inspire Brands", Field.NAME, {"inspur"}),
        ("China Telecom (Americas) Corporation", Field.NAME, {"china-telecommunications-corp"}),
    ],
)
def test_look_alike_names_do_not_resolve(name_index: NameIndex, value: str, field: Field,
                                         not_entities: set[str] | None) -> None:
    found = _decisions(name_index, value, field)
    if not_entities is None:
        assert not found
    else:
        assert not set(found) & not_entities


@pytest.mark.parametrize("value", ["中芯国际集成电路制造有限公司", "长江存储科技有限责任公司"])
def test_memory_chinese_names_are_review_only(name_index: NameIndex, value: str) -> None:
    decisions = _decisions(name_index, value, Field.NAME)
    assert decisions and not any(decisions.values())
