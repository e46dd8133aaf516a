"""Checks of the curated list data in lists/: schema, references, aliases and fingerprint examples."""

from __future__ import annotations

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

LISTS = Path(__file__).resolve().parents[2] / "lists"
LIST_FILES = ("ndaa-889.yaml", "fcc-covered.yaml", "lookalikes.yaml")
FINGERPRINT_FILE = "fingerprints.yaml"

COVERED_MAKERS = ("huawei", "zte", "hytera", "hikvision", "dahua")
#: Lists an entity may name in `lists` (the curated list files that hold named entities).
ENTITY_LISTS = {"ndaa-889", "fcc-covered"}

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
    assert list_files["ndaa-889.yaml"].lookalikes == []
    assert list_files["fcc-covered.yaml"].lookalikes == []


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
        if entity.lists:
            assert entity.lists == ["fcc-covered"], entity.id
            assert "fcc-covered" in entity.listed_since, entity.id
        else:
            assert entity.relations, entity.id


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
    clashes = [n for item in lookalikes for n in [item.name, *item.aliases] if n.casefold() in alias_names]
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
    ],
)
def test_alias_kind(entities: dict[str, Entity], entity_id: str, alias: str, kinds: set[AliasKind]) -> None:
    found = {a.name: a.kind for a in entities[entity_id].aliases}
    assert found[alias] in kinds


def test_native_aliases_carry_a_language(entities: dict[str, Entity]) -> None:
    assert not [(e.id, a.name) for e in entities.values() for a in e.aliases if a.type == "native" and not a.lang]


def test_generic_names_are_not_aliases(entities: dict[str, Entity]) -> None:
    """Generic or ambiguous names never act as verified aliases (review-only ones may ship)."""
    generic = {"comnet", "pacific network", "pacnet", "autel", "sinclair", "china mobile", "china telecom"}
    assert not [(e.id, a.name) for e in entities.values() for a in e.aliases
                if a.name.casefold() in generic and a.confidence is Confidence.V]


def test_unverified_leads_are_not_shipped(entities: dict[str, Entity]) -> None:
    """Names the research brief tags as memory ([M]) must not appear as aliases or entities."""
    unverified = {
        # OEM brands cited only from memory
        "amcrest", "q-see", "annke", "stanley", "adt", "toshiba", "speco", "ic realtime", "clare", "abus",
        # names / units tagged [M]
        "futurewei", "futurewei technologies", "大疆", "深圳市大疆创新科技有限公司", "超聚变", "努比亚",
        "道通智能", "海思", "avigilon",
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
        ("sepura", "hytera", RelationType.FORMERLY_OWNED_BY, "2022-12-31", Confidence.P),
        ("huawei-marine", "huawei", RelationType.FORMERLY_OWNED_BY, None, Confidence.P),
        ("indigovision", "dahua", RelationType.OEM_RELABEL_OF, "2021-04-30", Confidence.V),
        ("huacheng", "dahua", RelationType.SUBSIDIARY_OF, None, Confidence.P),
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
