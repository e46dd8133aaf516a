"""Decisions on single cells against the shipped lists and rules: the integration of data and matcher."""

import datetime as dt

import pytest

from compliance.models import Role, Severity
from compliance.pipeline import Screener, ScreenOptions, screen_rows


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.build(ScreenOptions(), dt.date(2026, 11, 22))


def decide(screener: Screener, role: Role, value: str) -> dict[str, Severity]:
    """Covered entity -> highest severity for one cell."""
    out: dict[str, Severity] = {}
    for f in screen_rows(screener, [role], [[value]]):
        if f.entity_id not in out or f.severity.rank > out[f.entity_id].rank:
            out[f.entity_id] = f.severity
    return out


P, R = Severity.PROHIBITED, Severity.REVIEW


@pytest.mark.parametrize(("role", "value", "expected"), [
    (Role.VENDOR, "HIKVISION USA INC", {"hikvision": P}),
    (Role.VENDOR, "Hangzhou Hikvision Digital Technology Co., Ltd.", {"hikvision": P}),
    (Role.VENDOR, "海康威視", {"hikvision": P}),                     # traditional script
    (Role.VENDOR, "海能達通信", {"hytera": P}),
    (Role.VENDOR, "EZVIZ Inc.", {"hikvision": P}),
    (Role.VENDOR, "Norsat International Inc.", {"hytera": P}),
    (Role.PARENT, "Huawei Technologies Co., Ltd.", {"huawei": P}),
    (Role.VENDOR, "Лаборатория Касперского", {"kaspersky": P}),
    (Role.VENDOR, "China Telecom Americas Corp., Herndon VA", {"china-telecom-americas": P}),
    (Role.VENDOR, "Lorex Technology Inc.", {"dahua": R}),           # sold by Dahua in 2022
    (Role.VENDOR, "Teltronic S.A.U.", {"hytera": R}),               # sale agreed 2025
    (Role.VENDOR, "IMOU", {"dahua": R}),                            # Huacheng -> Dahua is [P]
    (Role.VENDOR, "深圳市大疆创新科技有限公司", {"dji": R}),           # [M] name: review only
    (Role.VENDOR, "Anzu Robotics LLC", {"dji": R}),
    (Role.MODEL, "DS-2CD2342G2-I", {"hikvision": P}),
    (Role.MODEL, "DH-IPC-HDW2431T-AS-S2", {"dahua": P}),
    (Role.MODEL, "MF286D", {"zte": R}),
    (Role.FCC_ID, "2ADTD-5604SD", {"hikvision": P}),
    (Role.DESCRIPTION, "Kaspersky Endpoint Security renewal, 150 seats", {"kaspersky": P}),
    (Role.DESCRIPTION, "DJI Mavic 3 Enterprise drone kit", {"dji": P}),
    (Role.DESCRIPTION, "Replacement 12V PSU for Dahua NVR - non-OEM", {"dahua": R}),
])
def test_covered(screener: Screener, role: Role, value: str, expected: dict[str, Severity]) -> None:
    assert decide(screener, role, value) == expected


@pytest.mark.parametrize(("role", "value"), [
    (Role.VENDOR, "Hyster-Yale Materials Handling"), (Role.VENDOR, "ZT Systems"),
    (Role.VENDOR, "Dahua Hotel"), (Role.VENDOR, "大华集团有限公司"), (Role.VENDOR, "Dahl Plumbing"),
    (Role.VENDOR, "DAHUA ELECTRONICS CORPORATION"), (Role.VENDOR, "H3C Technologies"),
    (Role.VENDOR, "New H3C Technologies Co., Ltd."), (Role.MANUFACTURER, "Synology"),
    (Role.MODEL, "DS218+"), (Role.MODEL, "DS03202B"), (Role.VENDOR, "Pacific Network Solutions LLC"),
    (Role.VENDOR, "Sinclair Broadcast Group"), (Role.VENDOR, "Honeywell International"),
    (Role.DESCRIPTION, "Lorex 4K Fusion NVR kit"),     # Lorex is review; 'Fusion' is not xFusion
    (Role.VENDOR, "Teltronics Inc."), (Role.VENDOR, "Hikari Sushi"),
])
def test_not_covered(screener: Screener, role: Role, value: str) -> None:
    found = decide(screener, role, value)
    assert "huawei" not in found and all(s is not P for s in found.values()), found


@pytest.mark.parametrize(("value", "entity"), [
    ("Hikvision OEM, ships in Hik box", "hikvision"),
    ("Replaced old DS-2CD2143G2-I cameras with Axis", "hikvision"),
])
def test_notes_are_review_only(screener: Screener, value: str, entity: str) -> None:
    assert decide(screener, Role.NOTES, value) == {entity: R}


def test_an_fcc_id_recorded_in_notes_is_a_fact(screener: Screener) -> None:
    assert decide(screener, Role.NOTES, "FCC ID: SRQ-MF296C on the label") == {"zte": P}


@pytest.mark.parametrize(("role", "value", "expected"), [
    (Role.VENDOR, "杭州萤石网络股份有限公司(EZVIZ)", {"hikvision": P}),
    (Role.VENDOR, "中国电信(美洲)公司 China Telecom (Americas) Corp.", {"china-telecom-americas": P}),
    (Role.VENDOR, "大疆创新(DJI)", {"dji": P}),
    (Role.VENDOR, "杭州华橙网络科技有限公司(乐橙 Imou)", {"dahua": R}),     # Huacheng -> Dahua is [P]
    (Role.VENDOR, "華為海洋網絡有限公司", {"huawei": R}),           # the divested unit, not Huawei itself
    (Role.DESCRIPTION, "bought hikvision cam for lobby", {"hikvision": P}),
    (Role.DESCRIPTION, "hikvison 4mp dome cam", {"hikvision": P}),
    (Role.DESCRIPTION, "mount for Hikvision dome camera", {"hikvision": R}),
    (Role.DESCRIPTION, "replaced old Hikvision cameras with Axis Q6135", {"hikvision": R}),
])
def test_chinese_names_with_english_and_free_text(screener: Screener, role: Role, value: str,
                                                  expected: dict[str, Severity]) -> None:
    assert decide(screener, role, value) == expected


@pytest.mark.parametrize("value", ["Hikvision compatible wall mount bracket", "Replacement lens for Hikvision dome",
                                   "Replaced old Hikvision NVR with Axis S3008", "Power supply, fits Dahua NVR"])
def test_accessories_and_replacements_are_review(screener: Screener, value: str) -> None:
    assert set(decide(screener, Role.DESCRIPTION, value).values()) == {R}


def test_a_replaced_maker_is_not_the_purchase(screener: Screener) -> None:
    value = "replacement for Hikvision cam - ordered Axis M3106-L"
    assert decide(screener, Role.DESCRIPTION, value) == {"hikvision": R}
