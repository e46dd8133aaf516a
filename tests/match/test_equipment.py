"""Equipment evidence: fingerprints from the shipped file and FCC grantee codes."""

import pytest

from compliance.lists.store import load_curated
from compliance.match.equipment import EquipmentMatcher


@pytest.fixture(scope="module")
def matcher() -> EquipmentMatcher:
    lists = load_curated()
    grantees = {c: e.id for e in lists.entities.values() for c in e.identifiers.get("fcc_grantee", [])}
    return EquipmentMatcher(lists.fingerprints, grantees)


@pytest.mark.parametrize(("value", "entity", "strong"), [
    ("DS-2CD2143G2-I", "hikvision", True),
    ("ds-2cd2143g2-i", "hikvision", True),
    ("4MP dome camera DS-2CD2143G2-IS 2.8mm", "hikvision", True),
    ("DS - 2CD2342G2 - I", "hikvision", True),
    ("DH-IPC-HDW2431T-AS-S2", "dahua", True),
    ("IPC-HFW2431S-S-S2", "dahua", True),
    ("HM-TP42-3AQF", "hikmicro", True),
    ("PD782", "hytera", False),
])
def test_fingerprints(matcher: EquipmentMatcher, value: str, entity: str, strong: bool) -> None:
    [m] = matcher.match_model(value)
    assert (m.entity_id, m.confident, m.method) == (entity, strong, "model")
    assert value.strip() in m.explanation


@pytest.mark.parametrize("value", ["DS218+", "DS1814+", "DS03202B", "NVR-108MH", "IPC2124LB-SF28KM-G",
                                   "Synology DiskStation DS920+", "XVR", "2026-01-31", ""])
def test_fingerprint_look_alikes(matcher: EquipmentMatcher, value: str) -> None:
    assert matcher.match_model(value) == []


@pytest.mark.parametrize(("value", "whole", "entity"), [
    ("2ADTD-5604SD", True, "hikvision"),
    ("QISVOG-LX9", True, "huawei"),
    ("QISEM770W", True, "huawei"),
    ("qis vog-lx9", True, "huawei"),
    ("SRQ-MF296C", True, "zte"),
    ("YAMPD79XISU1", True, "hytera"),
    ("Phone, FCC ID: QISANE-LX1", False, "huawei"),
])
def test_fcc_grantee_codes(matcher: EquipmentMatcher, value: str, whole: bool, entity: str) -> None:
    assert [m.entity_id for m in matcher.match_fcc_id(value, whole_cell=whole)] == [entity]


@pytest.mark.parametrize(("value", "whole"), [("QDS-BRCM1096", True), ("Axis camera FCC ID: AXUP3245", False),
                                               ("QIS", True), ("Order QIS-2024 shipped", False)])
def test_other_fcc_ids(matcher: EquipmentMatcher, value: str, whole: bool) -> None:
    assert matcher.match_fcc_id(value, whole_cell=whole) == []
