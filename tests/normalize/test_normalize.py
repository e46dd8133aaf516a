"""normalize(): one comparison form for list names and cell values."""

import pytest

from compliance.normalize import joined, model_text, normalize


@pytest.mark.parametrize(("raw", "expected"), [
    ("Hangzhou Hikvision Digital Technology Co., Ltd.", "hangzhou hikvision digital technology"),
    ("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD", "hangzhou hikvision digital technology"),
    ("Hangzhou Hikvision Digital Tech. Co.,Ltd", "hangzhou hikvision digital technology"),
    ("Zhejiang Dahua Technology Co.,Ltd.", "zhejiang dahua technology"),
    ("ZTE Corp.", "zte"),
    ("ZTE Corporation", "zte"),
    ("Hytera Communications Corporation Limited", "hytera communication"),
    ("Hytera Comms Corp", "hytera communication"),
    ("Grupo Bimbo, S.A. de C.V.", "grupo bimbo"),
    ("Siemens AG", "siemens"),
    ("AG Growers Co-op", "ag growers coop"),           # 'AG' only stripped at the end
    ("Hytera Mobilfunk GmbH", "hytera mobilfunk"),
    ("AO Kaspersky Lab", "kaspersky lab"),
    ("Kaspersky Labs Limited", "kaspersky lab"),
    ("Société Générale S.A.", "societe generale"),
    ("Müller & Söhne GmbH", "muller and sohne"),
    ("AT&T Inc.", "at and t"),
    ("Procter and Gamble", "procter and gamble"),
    ("Int'l Business Machines Corp.", "international business machines"),
    ("ACME Mfg. Grp.", "acme manufacturing group"),
    ("The Home Depot", "home depot"),
    ("The Company", "the company"),                  # never normalizes to nothing
    ("  HIKVISION   USA,  INC.  ", "hikvision usa"),
    ("Ｈｉｋｖｉｓｉｏｎ", "hikvision"),                  # full-width (NFKC)
    ("杭州海康威视数字技术股份有限公司", "杭州海康威视数字技术"),
    ("浙江大华技术股份有限公司", "浙江大华技术"),
    ("中興通訊股份有限公司", "中兴通讯"),               # traditional -> simplified (OpenCC)
    ("海能達", "海能达"),
    ("大华集团有限公司", "大华集团"),                    # 集团 (group) is part of the name
    ("海康威视Hikvision", "海康威视 hikvision"),
    ("Лаборатория Касперского", "лаборатория касперского"),
    ("ООО Касперский", "касперскии"),                  # й folds to и on both sides
    ("", ""),
    ("---", ""),
])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_person_names_keep_legal_words_when_asked() -> None:
    assert normalize("Company, The", legal=False) == "company the"


def test_same_form_on_both_sides() -> None:
    assert normalize("Huawei Technologies Co., Ltd.") == normalize("HUAWEI TECHNOLOGIES CO LTD")
    assert normalize("Huawei Tech") == normalize("Huawei Technologies")


def test_joined_key() -> None:
    assert joined(normalize("Hik Vision")) == joined(normalize("Hikvision"))


@pytest.mark.parametrize(("raw", "expected"), [
    ("ds-2cd2143g2-i", "DS-2CD2143G2-I"),
    ("DS - 2CD2143G2 - I", "DS-2CD2143G2-I"),
    ("DS\u20132CD2143G2\u2013I", "DS-2CD2143G2-I"),
    ("  dh-ipc-hdw2431t  ", "DH-IPC-HDW2431T"),
])
def test_model_text(raw: str, expected: str) -> None:
    assert model_text(raw) == expected
