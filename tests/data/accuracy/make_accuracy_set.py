"""Write the labelled accuracy set: three input files and labels.csv, then check the labels.

Run from the repository root:  python tests/data/accuracy/make_accuracy_set.py

The set is written the way an outside tester would write it: from DOMAIN.md's facts about the covered
entities (sections 1, 2, 3, 5, 10, 13), not from the tool's lists or matcher. Each data row carries its
own label (expected outcome, the covered entity a reviewer would name, and why).

Outputs (committed next to this script):
  vendors.csv    vendor master export (UTF-8 with BOM, CRLF, blank lines, a footer record)
  equipment.xlsx asset register, two sheets with title rows, merged maker cells, section rows
  purchases.csv  PO lines with a report preamble above the header and a TOTAL line
  labels.csv     file, sheet, row, expected, entity, note, column, value

Row numbers are the ones a person sees in Excel: a title row above the header shifts them; in a CSV
every record counts, blank lines and preamble lines included (header record = row 1 when it is first).
`column`/`value` hold one cell of the labelled row so the self-check (below, and in
tests/test_accuracy.py) can prove the label points at the intended row.

Deterministic: random.Random(20261122) for filler values and order; fixed timestamps in the .xlsx zip.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
SEED = 20261122

PROHIBITED, REVIEW, NONE = "prohibited", "review", "none"

# Entity ids used in labels (the covered entity a reviewer would name).
HIK, DAHUA, HUAWEI, ZTE, HYTERA = "hikvision", "dahua", "huawei", "zte", "hytera"
KASP, DJI, AUTEL = "kaspersky", "dji", "autel-robotics"
CMI, CTA, CUA, PACNET = "china-mobile", "china-telecom-americas", "china-unicom-americas", "pacific-network"


@dataclass
class Item:
    """One data row and its label."""

    cells: dict[str, object]
    expected: str = NONE
    entity: str = ""
    note: str = ""
    key: str = ""                  # header of the cell stored in labels.csv for the self-check
    merge_mfr: bool = False        # equipment: first row of a merged maker block (set on the block)


@dataclass
class Placed:
    item: Item
    row: int


@dataclass
class Sheet:
    name: str | None
    header: list[str]
    rows: list[Placed] = field(default_factory=list)


# ==================================================================================================
# vendors.csv
# ==================================================================================================

V_HEADER = ["Supplier No.", "Supplier Name", "DBA", "Parent", "Country", "City", "Tax ID",
            "Category", "Payment Terms", "Status"]


def v(name: str, parent: str = "", country: str = "United States", city: str = "", cat: str = "",
      exp: str = NONE, ent: str = "", note: str = "", dba: str = "") -> Item:
    return Item({"Supplier Name": name, "DBA": dba, "Parent": parent, "Country": country,
                 "City": city, "Category": cat}, exp, ent, note, key="Supplier Name")


def vendor_items() -> list[Item]:
    P, R = PROHIBITED, REVIEW
    covered = [
        # ---- Hikvision -------------------------------------------------------------------------
        v("Hangzhou Hikvision Digital Technology Co., Ltd.", "", "China", "Hangzhou", "Security Systems", P, HIK, "legal name with legal form"),
        v("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD", "", "CN", "HANGZHOU", "Security Systems", P, HIK, "legal name, all caps, no punctuation"),
        v("Hikvision USA, Inc.", "Hangzhou Hikvision Digital Technology Co., Ltd.", "United States", "City of Industry", "Security Systems", P, HIK, "US subsidiary (DOMAIN s.1)"),
        v("HIKVISION USA INC - IP cameras, 4MP", "", "USA", "City of Industry", "Security Systems", P, HIK, "trailing junk after the name"),
        v("Hikvison USA Inc", "", "USA", "City of Industry", "Security Systems", P, HIK, "typo (missing i)"),
        v("Hik Vision", "", "China", "Hangzhou", "Cameras", P, HIK, "split word"),
        v("HikVision Digital Tech.", "", "China", "Hangzhou", "Cameras", P, HIK, "abbreviated legal name"),
        v("杭州海康威视数字技术股份有限公司", "", "中国", "杭州", "Security Systems", P, HIK, "native script legal name (simplified)"),
        v("海康威视", "", "China", "Hangzhou", "Security Systems", P, HIK, "native short name (simplified)"),
        v("海康威視", "", "Taiwan", "Taipei", "Security Systems", P, HIK, "native short name (traditional)"),
        v("Hikvision Canada Inc.", "", "Canada", "Vaughan", "Security Systems", P, HIK, "subsidiary (DOMAIN s.1)"),
        v("EZVIZ Inc.", "", "United States", "City of Industry", "Consumer Electronics", P, HIK, "EZVIZ = Hikvision brand/subsidiary"),
        v("Hangzhou Ezviz Network Co., Ltd.", "", "China", "Hangzhou", "Consumer Electronics", P, HIK, "EZVIZ legal name (Hikvision subsidiary)"),
        v("Hangzhou Microimage Software Co., Ltd.", "", "China", "Hangzhou", "Thermal Imaging", P, HIK, "HIKMICRO legal name (Hikvision subsidiary)", dba="HIKMICRO"),
        v("HIKMICRO", "", "China", "Hangzhou", "Thermal Imaging", P, HIK, "HIKMICRO brand (Hikvision subsidiary)"),
        v("Hangzhou Hikvision Robot Technology Co., Ltd.", "", "China", "Hangzhou", "Machine Vision", P, HIK, "Hikrobot legal name (Hikvision subsidiary)"),
        v("Hikrobot", "", "China", "Hangzhou", "Machine Vision", P, HIK, "Hikrobot brand (Hikvision subsidiary)"),
        v("HiWatch Distribution", "", "United States", "Miami", "Security Systems", P, HIK, "HiWatch = Hikvision brand", dba="HiWatch"),
        v("HiLook", "", "China", "Hangzhou", "Security Systems", P, HIK, "HiLook = Hikvision brand"),
        v("HIKSEMI", "", "China", "Hangzhou", "Storage", P, HIK, "Hiksemi/HikStorage = Hikvision brand"),
        v("Chongqing Hikvision Technology Co., Ltd.", "", "China", "Chongqing", "Manufacturing", P, HIK, "Hikvision factory entity (DOMAIN s.1)"),
        v("Sunrise Security Imaging LLC", "Hangzhou Hikvision Digital Technology Co., Ltd.", "United States", "Ontario", "Security Systems", P, HIK, "fictional vendor; Parent column names Hikvision"),
        v("HangzhouHikvisionDigitalTechnology Co.,Ltd", "", "China", "Hangzhou", "Security Systems", P, HIK, "missing spaces"),
        v("ＨＩＫＶＩＳＩＯＮ", "", "China", "Hangzhou", "Security Systems", P, HIK, "full-width Latin letters (copied from a Chinese document)"),
        # ---- Dahua -----------------------------------------------------------------------------
        v("Zhejiang Dahua Technology Co., Ltd.", "", "China", "Hangzhou", "Security Systems", P, DAHUA, "legal name"),
        v("ZHEJIANG DAHUA TECHNOLOGY CO LTD", "", "CN", "HANGZHOU", "Security Systems", P, DAHUA, "legal name, all caps"),
        v("Dahua Technology", "", "China", "Hangzhou", "Cameras", P, DAHUA, "short name"),
        v("DAHUA TECHNOLOGY CO., LTD.", "", "China", "Hangzhou", "Cameras", P, DAHUA, "short legal name caps"),
        v("Zhejiang Dahua Vision Technology Co., Ltd.", "", "China", "Hangzhou", "Security Systems", P, DAHUA, "Dahua Vision (manual publisher, DOMAIN s.1)"),
        v("浙江大华技术股份有限公司", "", "中国", "杭州", "Security Systems", P, DAHUA, "native legal name (simplified)"),
        v("浙江大華技術股份有限公司", "", "China", "Hangzhou", "Security Systems", P, DAHUA, "native legal name (traditional)"),
        v("Dahau Technology Co", "", "China", "Hangzhou", "Cameras", P, DAHUA, "typo (transposed letters)"),
        v("ZhejiangDahua Technology", "", "China", "Hangzhou", "Cameras", P, DAHUA, "missing space"),
        v("Hangzhou Huacheng Network Technology Co., Ltd.", "", "China", "Hangzhou", "Consumer Electronics", R, DAHUA, "Imou owner; Huacheng -> Dahua is [P] in DOMAIN s.1, so review (relabelled by lead)", dba="Imou"),
        v("IMOU", "", "China", "Hangzhou", "Consumer Electronics", R, DAHUA, "Imou brand of Huacheng; Huacheng -> Dahua [P]: review (relabelled by lead)"),
        v("Zhejiang Huaray Technology Co., Ltd.", "", "China", "Hangzhou", "Machine Vision", P, DAHUA, "Huaray/iRAYPLE = Dahua subsidiary (DOMAIN s.1)"),
        v("Eastgate Vision Systems Ltd", "Zhejiang Dahua Technology Co., Ltd.", "United Kingdom", "Slough", "Security Systems", P, DAHUA, "fictional vendor; Parent column names Dahua"),
        # ---- Huawei ----------------------------------------------------------------------------
        v("Huawei Technologies Co., Ltd.", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "legal name"),
        v("HUAWEI TECHNOLOGIES CO LTD", "", "CN", "SHENZHEN", "Telecom", P, HUAWEI, "legal name all caps"),
        v("Huawei Tech. Co.", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "abbreviated"),
        v("Huawei Technologies USA Inc.", "Huawei Technologies Co., Ltd.", "United States", "Plano", "Telecom", P, HUAWEI, "US subsidiary"),
        v("Huawey Technologies", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "typo (Huawey)"),
        v("华为技术有限公司", "", "中国", "深圳", "Telecom", P, HUAWEI, "native legal name (simplified)"),
        v("華為技術有限公司", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "native legal name (traditional)"),
        v("华为", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "native short name"),
        v("Huawei Cloud Computing Technology Co., Ltd.", "", "China", "Guiyang", "Cloud Services", P, HUAWEI, "Huawei Cloud entity (Entity List 2020; Huawei affiliate)"),
        v("Futurewei Technologies, Inc.", "Huawei Technologies Co., Ltd.", "United States", "Santa Clara", "R&D Services", P, HUAWEI, "Parent column names Huawei"),
        v("Northgate Network Integration Ltd", "HUAWEI TECHNOLOGIES CO., LTD.", "United Kingdom", "Reading", "Telecom", P, HUAWEI, "fictional vendor; Parent column names Huawei"),
        v("HuaweiTechnologies Co.,Ltd", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "missing space"),
        v("Huawei\u00a0Technologies Co., Ltd.", "", "China", "Shenzhen", "Telecom", P, HUAWEI, "non-breaking space inside the name"),
        # ---- ZTE -------------------------------------------------------------------------------
        v("ZTE Corporation", "", "China", "Shenzhen", "Telecom", P, ZTE, "legal name"),
        v("ZTE CORP", "", "CN", "SHENZHEN", "Telecom", P, ZTE, "caps short legal name"),
        v("ZTE USA Inc", "ZTE Corporation", "United States", "Richardson", "Telecom", P, ZTE, "US subsidiary"),
        v("ZTE USA, Inc. (Mobile Devices)", "", "USA", "Richardson", "Mobile Devices", P, ZTE, "subsidiary with trailing junk"),
        v("中兴通讯股份有限公司", "", "中国", "深圳", "Telecom", P, ZTE, "native legal name (simplified)"),
        v("中興通訊股份有限公司", "", "China", "Shenzhen", "Telecom", P, ZTE, "native legal name (traditional)"),
        v("Zhongxing Telecommunication Equipment Corporation", "", "China", "Shenzhen", "Telecom", P, ZTE, "former name of ZTE"),
        v("Nubia Technology Co., Ltd.", "", "China", "Shenzhen", "Mobile Devices", P, ZTE, "Nubia = ZTE subsidiary (DOMAIN s.1, s.13 #5)"),
        v("ZTEsoft Technology Co., Ltd.", "", "China", "Nanjing", "Software", P, ZTE, "ZTEsoft = ZTE subsidiary"),
        v("Sanechips Technology Co., Ltd.", "", "China", "Shenzhen", "Semiconductors", P, ZTE, "Sanechips = ZTE chip unit"),
        v("Pinewood Mobile Solutions Inc", "ZTE Corporation", "United States", "Dallas", "Mobile Devices", P, ZTE, "fictional vendor; Parent column names ZTE"),
        # ---- Hytera ----------------------------------------------------------------------------
        v("Hytera Communications Corporation Limited", "", "China", "Shenzhen", "Radio", P, HYTERA, "legal name"),
        v("HYTERA COMMUNICATIONS CO LTD", "", "CN", "SHENZHEN", "Radio", P, HYTERA, "caps variant"),
        v("Hytera US Inc.", "", "United States", "Miramar", "Radio", P, HYTERA, "US subsidiary since 2021"),
        v("Hytera America, Inc.", "", "United States", "Miramar", "Radio", P, HYTERA, "former US subsidiary (Ch. 11), still Hytera"),
        v("Hytera Comunications Corp", "", "China", "Shenzhen", "Radio", P, HYTERA, "typo (Comunications)"),
        v("海能达通信股份有限公司", "", "中国", "深圳", "Radio", P, HYTERA, "native legal name"),
        v("海能达", "", "China", "Shenzhen", "Radio", P, HYTERA, "native short name"),
        v("Hytera Mobilfunk GmbH", "", "Germany", "Bad Münder", "Radio", P, HYTERA, "German subsidiary"),
        v("Norsat International Inc.", "Hytera Communications Corporation Limited", "Canada", "Richmond", "Satellite", P, HYTERA, "Hytera subsidiary (DOMAIN s.13 #19)"),
        v("Sinclair Technologies", "", "Canada", "Aurora", "Antennas", P, HYTERA, "Hytera subsidiary (DOMAIN s.1)"),
        v("Project Shortway Limited", "", "United Kingdom", "London", "Holding", P, HYTERA, "Hytera UK bidco (DOMAIN s.1)"),
        # ---- FCC Covered List entities -----------------------------------------------------------
        v("Kaspersky Lab, Inc.", "", "United States", "Woburn", "Software", P, KASP, "Kaspersky US entity"),
        v("AO Kaspersky Lab", "", "Russia", "Moscow", "Software", P, KASP, "FCC Covered List name"),
        v("KASPERSKY LABS LIMITED", "", "United Kingdom", "London", "Software", P, KASP, "UK entity, caps"),
        v("Лаборатория Касперского", "", "Россия", "Москва", "Software", P, KASP, "native script (Russian)"),
        v("OOO Kaspersky Group", "", "Russia", "Moscow", "Software", P, KASP, "Entity List name"),
        v("SZ DJI Technology Co., Ltd.", "", "China", "Shenzhen", "Drones", P, DJI, "DJI legal name"),
        v("Shenzhen Da-Jiang Innovations Sciences and Technologies Co., Ltd.", "", "China", "Shenzhen", "Drones", P, DJI, "DJI full legal name (FCC)"),
        v("深圳市大疆创新科技有限公司", "", "中国", "深圳", "Drones", P, DJI, "DJI native legal name"),
        v("DJI", "", "China", "Shenzhen", "Drones", P, DJI, "short name"),
        v("Autel Robotics Co., Ltd.", "", "China", "Shenzhen", "Drones", P, AUTEL, "legal name"),
        v("AUTEL ROBOTICS USA LLC", "", "United States", "Bothell", "Drones", P, AUTEL, "US entity caps"),
        v("China Mobile International (USA) Inc.", "", "United States", "New York", "Telecom", P, CMI, "FCC Covered List (2022-03-25)"),
        v("CHINA MOBILE INTERNATIONAL USA INC", "", "USA", "NEW YORK", "Telecom", P, CMI, "caps, no parentheses"),
        v("China Telecom (Americas) Corporation", "", "United States", "Herndon", "Telecom", P, CTA, "FCC Covered List (2022-03-25)"),
        v("CHINA TELECOM AMERICAS CORP", "", "USA", "HERNDON", "Telecom", P, CTA, "caps, no parentheses"),
        v("China Unicom (Americas) Operations Limited", "", "United States", "Herndon", "Telecom", P, CUA, "FCC Covered List (2022-09-20)"),
        v("CHINA UNICOM AMERICAS OPERATIONS LTD", "", "USA", "HERNDON", "Telecom", P, CUA, "caps"),
        v("Pacific Network Corp.", "", "United States", "Los Angeles", "Telecom", P, PACNET, "FCC Covered List (2022-09-20)"),
        v("ComNet (USA) LLC", "Pacific Network Corp.", "United States", "Los Angeles", "Telecom", P, PACNET, "wholly-owned by Pacific Network Corp."),
    ]
    review = [
        v("Lorex Technology Inc.", "Skywatch, Inc.", "Canada", "Markham", "Security Systems", R, DAHUA, "Lorex sold by Dahua 2022 (DOMAIN s.13 #14)"),
        v("LOREX CORPORATION", "", "USA", "LINTHICUM", "Security Systems", R, DAHUA, "Lorex US entity; divested 2022"),
        v("Dahua Technology USA Inc.", "", "United States", "Irvine", "Security Systems", R, DAHUA, "sold Jan 2024 to Central Motion Picture USA (DOMAIN s.13 #16)"),
        v("Honor Device Co., Ltd.", "", "China", "Shenzhen", "Mobile Devices", R, HUAWEI, "Honor sold by Huawei 2020 (DOMAIN s.13 #11)"),
        v("Shenzhen Zhixin New Information Technology Co., Ltd.", "", "China", "Shenzhen", "Mobile Devices", R, HUAWEI, "Honor's buyer/owner (DOMAIN s.1)", dba="HONOR"),
        v("xFusion Digital Technologies Co., Ltd.", "", "China", "Zhengzhou", "Servers", R, HUAWEI, "ex-Huawei x86 server unit, sold 2021 (s.13 #12)"),
        v("Super Fusion Digital Technology Co., Ltd.", "", "China", "Zhengzhou", "Servers", R, HUAWEI, "xFusion legal name (s.13 #12)"),
        v("HMN Technologies Co., Limited", "Hengtong Optic-Electric", "China", "Tianjin", "Subsea Cable", R, HUAWEI, "ex-Huawei Marine (s.13 #13)"),
        v("Sepura Limited", "", "United Kingdom", "Cambridge", "Radio", R, HYTERA, "Hytera-owned 2017-2022 (s.13 #17)"),
        v("Teltronic S.A.U.", "", "Spain", "Zaragoza", "Radio", R, HYTERA, "Hytera sub until 2025 sale agreement (s.13 #18)", dba="PowerTrunk"),
        v("LT Security Inc.", "", "United States", "Seattle", "Security Systems", R, HIK, "LTS: reported Hikvision OEM relabeler (s.10)", dba="LTS"),
        v("Interlogix (TruVision)", "", "United States", "Lincolnton", "Security Systems", R, HIK, "reported Hikvision OEM (s.10)"),
        v("Autel Intelligent Technology Corp., Ltd.", "", "China", "Shenzhen", "Automotive Diagnostics", R, AUTEL, "relation to Autel Robotics unverified (s.13 #36)"),
        v("Anzu Robotics LLC", "", "United States", "Austin", "Drones", R, DJI, "DJI-licensed drones, DJI says not affiliate (s.5, s.13 #38)"),
        v("New H3C Technologies Co., Ltd.", "", "China", "Hangzhou", "Network", NONE, "", "H3C: issue 2 says H3C vs Huawei must not match (Huawei exited 2007) (relabelled by lead)"),
        v("H3C", "", "China", "Hangzhou", "Network", NONE, "", "H3C: issue 2 says H3C vs Huawei must not match (Huawei exited 2007) (relabelled by lead)"),
    ]
    clean = [
        # near misses (DOMAIN s.13 and brief)
        v("Hyster Company", "Hyster-Yale Materials Handling, Inc.", "United States", "Greenville", "Material Handling", note="near miss: Hyster vs Hytera (s.13 #1)"),
        v("Hyster-Yale Materials Handling, Inc.", "", "United States", "Cleveland", "Material Handling", note="near miss: Hyster-Yale vs Hytera"),
        v("Yale Materials Handling Corp.", "Hyster-Yale Materials Handling, Inc.", "United States", "Greenville", "Material Handling", note="near miss (s.13 #2)"),
        v("Hytrol Conveyor Company, Inc.", "", "United States", "Jonesboro", "Material Handling", note="near miss: Hytrol vs Hytera"),
        v("Hyatt Regency Dallas", "Hyatt Hotels Corporation", "United States", "Dallas", "Travel", note="near miss: Hyatt vs Hytera"),
        v("ZT Systems", "Advanced Micro Devices, Inc.", "United States", "Secaucus", "IT Hardware", note="near miss: ZT Systems vs ZTE (s.13 #3)"),
        v("Sanmina Corporation", "", "United States", "San Jose", "Electronics Manufacturing", note="near miss (s.13 #4)"),
        v("ZTR Control Systems", "", "United States", "Minneapolis", "Rail Equipment", note="near miss: ZTR vs ZTE"),
        v("Zest Tech Solutions LLC", "", "United States", "Tampa", "IT Services", note="near miss: fictional 'Zest Tech' vs ZTE"),
        v("Dahua Hotel", "", "China", "Nanjing", "Travel", note="near miss: hotel named Dahua, not Dahua Technology"),
        v("Shanghai Dahua Group Co., Ltd.", "", "China", "Shanghai", "Real Estate", note="near miss: Dahua Group real estate (s.13 #6)"),
        v("大华集团", "", "中国", "上海", "Real Estate", note="near miss: 大华集团 real estate (s.13 #6)"),
        v("Dahl Plumbing & Heating", "", "United States", "Duluth", "Facilities", note="near miss: Dahl vs Dahua"),
        v("DAHUA ELECTRONICS CORPORATION", "", "United States", "Flushing", "Electronics", note="different company (BIS Denied Persons List 2017, denial ended 2025-11-19); not Dahua Technology, not s.889/FCC"),
        v("Huawen Printing Co., Ltd.", "", "China", "Guangzhou", "Printing", note="near miss: Huawen vs Huawei"),
        v("Kasper & Sons Landscaping", "", "United States", "Erie", "Facilities", note="near miss: Kasper vs Kaspersky"),
        v("DJO Global, Inc.", "", "United States", "Vista", "Medical", note="near miss: DJO vs DJI"),
        v("Pacific Network Solutions Inc.", "", "United States", "Portland", "IT Services", note="ordinary IT firm sharing words with Pacific Network Corp."),
        v("China Mobile Games & Entertainment Group", "", "China", "Guangzhou", "Software", note="game publisher, not China Mobile International USA"),
        v("Sinclair Broadcast Group", "", "United States", "Hunt Valley", "Media", note="near miss: Sinclair Broadcast vs Sinclair Technologies (Hytera)"),
        v("Honeywell International Inc.", "", "United States", "Charlotte", "Building Controls", note="N brand-level (s.13 #22)"),
        v("i-PRO Americas Inc.", "i-PRO Co., Ltd.", "United States", "Irvine", "Security Systems", note="Panasonic i-PRO: N brand-level (s.13 #23)"),
        v("Panasonic Connect North America", "Panasonic Holdings Corporation", "United States", "Newark", "IT Hardware", note="N (s.13 #23)"),
        v("Axis Communications AB", "Canon Inc.", "Sweden", "Lund", "Security Systems", note="N (s.13 #25)"),
        v("Hanwha Vision America", "Hanwha Vision Co., Ltd.", "United States", "Teaneck", "Security Systems", note="N (s.13 #20)"),
        v("IDIS America", "IDIS Co., Ltd.", "United States", "Coppell", "Security Systems", note="N (s.13 #21)"),
        v("Motorola Solutions, Inc.", "", "United States", "Chicago", "Radio", note="N (s.13 #24)"),
        v("Avigilon Corporation", "Motorola Solutions, Inc.", "Canada", "Vancouver", "Security Systems", note="N (s.13 #24)"),
        v("Lenovo (United States) Inc.", "Lenovo Group Limited", "United States", "Morrisville", "IT Hardware", note="N (s.13 #26)"),
        v("联想集团有限公司", "", "中国", "北京", "IT Hardware", note="Lenovo Group, native script: N (s.13 #26)"),
        v("Xiaomi Technology", "", "China", "Beijing", "Consumer Electronics", note="N/R in DOMAIN (s.13 #27); not s.889/FCC"),
        v("小米通讯技术有限公司", "", "中国", "北京", "Consumer Electronics", note="Xiaomi native script; not s.889/FCC"),
        v("Hesai Technology Co., Ltd.", "", "China", "Shanghai", "Lidar", note="1260H only (DoD-scoped): none for this s.889/FCC screen"),
        v("TP-Link Systems Inc.", "", "United States", "Irvine", "Network", note="DOMAIN R (#28) but on no list this tool screens: none"),
        v("Synology Inc.", "", "Taiwan", "Taipei", "IT Hardware", note="Synology: near miss for DS- models"),
        v("群暉科技股份有限公司", "", "台灣", "台北", "IT Hardware", note="Synology native script"),
        v("Vivotek Inc.", "", "Taiwan", "New Taipei", "Security Systems", note="Taiwanese camera maker"),
        v("Hitachi Kokusai Electric America", "", "United States", "Woodbury", "Broadcast", note="Japanese camera maker"),
        v("Milestone Systems A/S", "Canon Inc.", "Denmark", "Brøndby", "Software"),
        v("Genetec Inc.", "", "Canada", "Montreal", "Software"),
        v("Verkada Inc.", "", "United States", "San Mateo", "Security Systems"),
        v("Eagle Eye Networks", "", "United States", "Austin", "Security Systems"),
        v("Bosch Security Systems, LLC", "Robert Bosch GmbH", "United States", "Fairport", "Security Systems"),
        v("Skydio, Inc.", "", "United States", "San Mateo", "Drones", note="US drone maker"),
        v("Ningbo Sunny Hardware Co., Ltd.", "", "China", "Ningbo", "MRO Supplies", note="ordinary Chinese supplier"),
        v("宁波阳光五金有限公司", "", "中国", "宁波", "MRO Supplies", note="ordinary Chinese supplier, native script"),
        v("Shenzhen Longhua Packaging Co., Ltd.", "", "China", "Shenzhen", "Packaging", note="ordinary Chinese supplier ('hua' substring)"),
        v("深圳市龙华包装有限公司", "", "中国", "深圳", "Packaging", note="ordinary Chinese supplier, native script (华 character)"),
        v("Yiwu Jinhua Stationery Co., Ltd.", "", "China", "Yiwu", "Office Supplies", note="ordinary Chinese supplier"),
        v("Suzhou Huaxing Precision Machinery Co., Ltd.", "", "China", "Suzhou", "Machinery", note="ordinary Chinese supplier (Hua/xing syllables)"),
        v("浙江华美纺织有限公司", "", "中国", "绍兴", "Textiles", note="ordinary Chinese supplier (华 character, not 华为)"),
        v("Guangzhou Baiyun Textile Co., Ltd.", "", "China", "Guangzhou", "Textiles", note="ordinary Chinese supplier"),
        v("Dongguan Everbright Plastics Co., Ltd.", "", "China", "Dongguan", "Packaging", note="ordinary Chinese supplier"),
        v("Xiamen Haicang Ceramics Co., Ltd.", "", "China", "Xiamen", "Facilities", note="ordinary Chinese supplier"),
        # ordinary vendors
        v("Dell Technologies Inc.", "", "United States", "Round Rock", "IT Hardware"),
        v("Cisco Systems, Inc.", "", "United States", "San Jose", "Network"),
        v("Juniper Networks, Inc.", "", "United States", "Sunnyvale", "Network"),
        v("Hewlett Packard Enterprise", "", "United States", "Houston", "IT Hardware"),
        v("Fortinet, Inc.", "", "United States", "Sunnyvale", "Network"),
        v("Palo Alto Networks", "", "United States", "Santa Clara", "Network"),
        v("Ubiquiti Inc.", "", "United States", "New York", "Network"),
        v("NETGEAR, Inc.", "", "United States", "San Jose", "Network"),
        v("Ericsson Inc.", "Telefonaktiebolaget LM Ericsson", "United States", "Plano", "Telecom"),
        v("Nokia of America Corporation", "Nokia Oyj", "United States", "Murray Hill", "Telecom"),
        v("Verizon Wireless", "Verizon Communications Inc.", "United States", "Basking Ridge", "Telecom"),
        v("AT&T Mobility LLC", "AT&T Inc.", "United States", "Atlanta", "Telecom"),
        v("T-Mobile USA, Inc.", "", "United States", "Bellevue", "Telecom"),
        v("Lumen Technologies", "", "United States", "Monroe", "Telecom"),
        v("W.W. Grainger, Inc.", "", "United States", "Lake Forest", "MRO Supplies"),
        v("Fastenal Company", "", "United States", "Winona", "MRO Supplies"),
        v("MSC Industrial Supply Co.", "", "United States", "Melville", "MRO Supplies"),
        v("Uline, Inc.", "", "United States", "Pleasant Prairie", "Packaging"),
        v("Staples Business Advantage", "", "United States", "Framingham", "Office Supplies"),
        v("Office Depot, Inc.", "The ODP Corporation", "United States", "Boca Raton", "Office Supplies"),
        v("Cintas Corporation No. 2", "Cintas Corporation", "United States", "Mason", "Facilities"),
        v("Aramark Uniform Services", "Aramark", "United States", "Philadelphia", "Facilities"),
        v("Sysco Foodservices", "Sysco Corporation", "United States", "Houston", "Food Service"),
        v("United Parcel Service", "", "United States", "Atlanta", "Freight"),
        v("FedEx Corporate Services", "FedEx Corporation", "United States", "Memphis", "Freight"),
        v("Johnson Controls Fire Protection", "Johnson Controls International", "United States", "Milwaukee", "Security Systems"),
        v("Siemens Industry, Inc.", "Siemens AG", "United States", "Buffalo Grove", "Building Controls"),
        v("Trane U.S. Inc.", "Trane Technologies", "United States", "La Crosse", "HVAC"),
        v("Otis Elevator Company", "", "United States", "Farmington", "Facilities"),
        v("Graybar Electric Company", "", "United States", "St. Louis", "Electrical"),
        v("ADI Global Distribution", "Resideo Technologies", "United States", "Melville", "Security Systems", note="distributor that also sells covered brands; the vendor itself is not covered"),
        v("Anixter Inc.", "WESCO International", "United States", "Glenview", "Electrical"),
        v("Schneider Electric USA", "Schneider Electric SE", "United States", "Andover", "Electrical"),
        v("Eaton Corporation", "", "United States", "Cleveland", "Electrical"),
        v("Microsoft Corporation", "", "United States", "Redmond", "Software"),
        v("Oracle America, Inc.", "Oracle Corporation", "United States", "Austin", "Software"),
        v("Adobe Inc.", "", "United States", "San Jose", "Software"),
        v("CrowdStrike, Inc.", "", "United States", "Austin", "Software", note="endpoint security vendor (Kaspersky replacement category)"),
        v("Sophos Inc.", "", "United States", "Burlington", "Software"),
        v("Xerox Corporation", "", "United States", "Norwalk", "Office Equipment"),
        v("Ricoh USA, Inc.", "Ricoh Company, Ltd.", "United States", "Exton", "Office Equipment"),
        v("Canon U.S.A., Inc.", "Canon Inc.", "United States", "Melville", "Office Equipment"),
        v("Sony Electronics Inc.", "Sony Group Corporation", "United States", "San Diego", "AV Equipment"),
        v("Samsung Electronics America", "Samsung Electronics Co., Ltd.", "United States", "Ridgefield Park", "IT Hardware"),
        v("Apple Inc.", "", "United States", "Cupertino", "IT Hardware"),
        v("Zebra Technologies Corporation", "", "United States", "Lincolnshire", "IT Hardware"),
        v("L3Harris Technologies", "", "United States", "Melbourne", "Radio"),
        v("JVCKENWOOD USA Corporation", "", "United States", "Long Beach", "Radio"),
        v("Cradlepoint, Inc.", "Ericsson Inc.", "United States", "Boise", "Network"),
        v("Sierra Wireless America", "Semtech Corporation", "United States", "Carlsbad", "Network"),
        v("Digi International Inc.", "", "United States", "Hopkins", "Network"),
        v("Advantech Corporation", "Advantech Co., Ltd.", "United States", "Milpitas", "IT Hardware"),
        v("Brightline Janitorial Services LLC", "", "United States", "Dayton", "Facilities"),
        v("Cedar Ridge Landscaping", "", "United States", "Ames", "Facilities"),
        v("Harbor City Electric Inc.", "", "United States", "Baltimore", "Electrical"),
        v("Tri-County Technology Partners LLC", "", "United States", "Columbus", "IT Reseller", note="fictional reseller"),
        v("Summit Software Licensing Inc.", "", "United States", "Denver", "IT Reseller", note="fictional reseller"),
        v("SkyLine Aerial Supply LLC", "", "United States", "Boise", "Aerial Equipment", note="fictional reseller"),
        v("Keystone Network Services", "", "United States", "Pittsburgh", "IT Services"),
        v("Blue Heron Catering", "", "United States", "Savannah", "Food Service"),
        v("Pioneer Fleet Maintenance", "", "United States", "Albany", "Fleet"),
        v("Great Lakes Fire & Safety", "", "United States", "Grand Rapids", "Security Systems"),
        v("Prairie State Printing", "", "United States", "Peoria", "Printing"),
        v("Copperline Cabling Inc.", "", "United States", "Tulsa", "Network"),
        v("Lone Star Office Furniture", "", "United States", "Dallas", "Furniture"),
        v("Evergreen Pest Control", "", "United States", "Olympia", "Facilities"),
        v("Atlas Courier Services", "", "United States", "Newark", "Freight"),
        v("Granite State Locksmiths", "", "United States", "Manchester", "Security Systems"),
        v("Red Rock Water Co.", "", "United States", "Las Vegas", "Food Service"),
        v("Magnolia Medical Supply", "", "United States", "New Orleans", "Medical"),
        v("Coastal Uniforms Inc.", "", "United States", "Norfolk", "Facilities"),
        v("Riverbend Auto Parts", "", "United States", "Louisville", "Fleet"),
        v("Frontier Tire & Service", "", "United States", "Cheyenne", "Fleet"),
        v("Ironwood Construction Co.", "", "United States", "Des Moines", "Construction"),
        v("Silver Creek Engineering PLLC", "", "United States", "Boise", "Professional Services"),
        v("Hartwell & Mays CPAs", "", "United States", "Atlanta", "Professional Services"),
        v("Beacon Legal Staffing", "", "United States", "New York", "Professional Services"),
        v("Clearwater Environmental Labs", "", "United States", "Tampa", "Laboratory"),
        v("Northstar Elevator Inspections", "", "United States", "Minneapolis", "Facilities"),
        v("Bluebonnet Signs & Graphics", "", "United States", "Austin", "Printing"),
        v("Apex Generator Services", "", "United States", "Oklahoma City", "Electrical"),
        v("Pacific Coast Paper & Packaging", "", "United States", "Oakland", "Packaging"),
        v("Heartland Seed & Turf", "", "United States", "Topeka", "Facilities"),
        v("Mountain View Audio Visual", "", "United States", "Mountain View", "AV Equipment"),
        v("Sentinel Alarm Monitoring", "", "United States", "Hartford", "Security Services"),
        v("Liberty Records Storage", "", "United States", "Philadelphia", "Facilities"),
        v("Badger State Ready Mix", "", "United States", "Madison", "Construction"),
        v("Old Dominion Janitorial Supply", "", "United States", "Richmond", "Facilities"),
        v("Saguaro Solar Installers", "", "United States", "Phoenix", "Electrical"),
        v("Twin Peaks Mobile Shredding", "", "United States", "Salt Lake City", "Facilities"),
        v("Maple Leaf Translation Services", "", "Canada", "Ottawa", "Professional Services"),
        v("Rheinland Messtechnik GmbH", "", "Germany", "Köln", "Laboratory"),
        v("Nordic Cable Supply AB", "", "Sweden", "Göteborg", "Electrical"),
        v("Société Générale de Nettoyage SARL", "", "France", "Lyon", "Facilities"),
        v("Kyoto Precision Instruments K.K.", "", "Japan", "Kyoto", "Laboratory"),
        v("Seoul Optical Components Co., Ltd.", "", "South Korea", "Seoul", "Electronics Manufacturing"),
        v("Bangalore Software Services Pvt Ltd", "", "India", "Bengaluru", "Software"),
        v("Monterrey Metal Fabricators S.A. de C.V.", "", "Mexico", "Monterrey", "Manufacturing"),
        v("Taipei Power Electronics Co., Ltd.", "", "Taiwan", "Taipei", "Electrical"),
        v("Ho Chi Minh Garment JSC", "", "Vietnam", "Ho Chi Minh City", "Textiles"),
    ]
    return covered + review + clean


# ==================================================================================================
# equipment.xlsx
# ==================================================================================================

E1_NAME = "CCTV"
E1_HEADER = ["Asset #", "Site", "Mfr", "Brand", "Model", "Description", "Serial\nNo.", "Installed", "Cost (USD)"]
E2_NAME = "Network & Field Devices"
E2_HEADER = ["Tag", "Building", "Manufacturer", "Brand", "Model / Part No.", "Item Description", "FCC ID",
             "Serial Number", "In Service", "Book Value"]


def e1(mfr: str, model: str, desc: str, brand: str = "", exp: str = NONE, ent: str = "",
       note: str = "") -> Item:
    return Item({"Mfr": mfr, "Brand": brand, "Model": model, "Description": desc}, exp, ent, note, key="Model")


def e2(mfr: str, model: str, desc: str, brand: str = "", fcc: str = "", exp: str = NONE, ent: str = "",
       note: str = "") -> Item:
    return Item({"Manufacturer": mfr, "Brand": brand, "Model / Part No.": model, "Item Description": desc,
                 "FCC ID": fcc}, exp, ent, note, key="Model / Part No.")


def cctv_blocks() -> list[tuple[bool, list[Item]]]:
    """(merge maker cell over the block?, rows)."""
    P, R = PROHIBITED, REVIEW
    single = [
        # ---- Hikvision ---------------------------------------------------------------------
        e1("Hikvision", "DS-2CD2143G2-I", "4MP AcuSense dome", exp=P, ent=HIK, note="maker named"),
        e1("HIKVISION", "DS-2CD2347G2-LU", "4MP ColorVu turret", exp=P, ent=HIK, note="maker caps"),
        e1("Hangzhou Hikvision Digital Technology Co., Ltd.", "IPC-B140H", "4MP bullet", brand="HiLook", exp=P, ent=HIK, note="HiLook brand, legal maker name"),
        e1("", "HWI-T240H", "4MP turret", brand="HiWatch", exp=P, ent=HIK, note="HiWatch brand in Brand column only"),
        e1("Hikvision (via ADI Global)", "DS-2CD2T46G2-4I", "4MP bullet, AcuSense", exp=P, ent=HIK, note="distributor noted in maker cell; the item is Hikvision -> prohibited"),
        e1("Generic", "DS-2CD2342G2-I", "Dome camera 4MP", exp=P, ent=HIK, note="relabel: Hikvision DS-2CD model under 'Generic'"),
        e1("", "DS-2CD2385G1-I", "8MP dome", exp=P, ent=HIK, note="model number only, maker blank"),
        e1("United Digital Technologies", "DS-2CD2132F-IS", "3MP dome", exp=P, ent=HIK, note="relabel: Hikvision model under another maker name (s.10)"),
        e1("Hik", "DS-2DE4A425IWG-E", "PTZ 4MP 25x", exp=P, ent=HIK, note="short maker name + DS-2DE PTZ model"),
        e1("Hikvison", "DS-2CD1043G0-I", "4MP value turret", exp=P, ent=HIK, note="typo (Hikvison)"),
        e1("HIK VISION", "DS-7616NI-Q2", "16ch NVR", exp=P, ent=HIK, note="split maker name + NVR model"),
        e1("海康威视", "DS-2CD3T46WDV3-I3", "4MP bullet", exp=P, ent=HIK, note="native maker name"),
        e1("", "DS-7608NI-I2/8P", "NVR 8ch PoE", exp=P, ent=HIK, note="DS-76xxNI NVR model only"),
        e1("OEM", "DS-9632NI-I8", "32ch NVR", exp=P, ent=HIK, note="DS-96xx NVR under 'OEM'"),
        e1("", "DS-7208HQHI-K1", "8ch Turbo HD DVR", exp=P, ent=HIK, note="DS-72xx DVR model only"),
        e1("Hikvision", "DS-K1T671M", "Face recognition access terminal", exp=P, ent=HIK, note="access terminal, maker named"),
        e1("EZVIZ", "CS-C6N", "Indoor Wi-Fi PT camera", exp=P, ent=HIK, note="EZVIZ brand in maker column"),
        e1("", "DS-2CV2Q21G1-IDW", "Wi-Fi cube camera", exp=P, ent=HIK, note="DS-2CV (EZVIZ/Hik Wi-Fi) model only"),
        e1("HIKMICRO", "HM-TD2628-3/G1/T3A", "Thermal bullet", exp=P, ent=HIK, note="HIKMICRO (Hikvision subsidiary)"),
        e1("", "HM-TD1217-2/V", "Thermal camera", exp=P, ent=HIK, note="HIKMICRO HM-T thermal model only"),
        e1("Hikrobot", "MV-CA050-10GM", "Machine vision camera, dock scanner", exp=P, ent=HIK, note="Hikrobot (Hikvision subsidiary)"),
        e1("Hikvision", "DS-2TD2617-6/PA", "Thermal turret, perimeter", exp=P, ent=HIK, note="DS-2TD thermal, maker named"),
        e1("n/a", "DS-2CD2047G2-L", "4MP ColorVu bullet", exp=P, ent=HIK, note="maker 'n/a', model gives Hikvision away"),
        # ---- Dahua -------------------------------------------------------------------------
        e1("Dahua", "DH-IPC-HDW2431T-AS-S2", "4MP eyeball", exp=P, ent=DAHUA, note="maker named + DH- model"),
        e1("Dahua Technology", "IPC-HFW2431S-S-S2", "4MP bullet", exp=P, ent=DAHUA, note="maker named + HFW type code"),
        e1("DAHUA", "DHI-NVR4216-16P-4KS2/L", "16ch NVR", exp=P, ent=DAHUA, note="caps + DHI- model"),
        e1("", "DH-XVR5108HS-I3", "8ch XVR", exp=P, ent=DAHUA, note="DH- prefixed model only"),
        e1("Generic", "IPC-HDBW2431E-S-S2", "4MP dome", exp=P, ent=DAHUA, note="relabel: Dahua HDBW type code under 'Generic'"),
        e1("", "DH-SD49425XB-HNR", "PTZ 4MP 25x", exp=P, ent=DAHUA, note="DH-SD speed dome, model only"),
        e1("大华", "DH-IPC-HFW1230S", "2MP bullet", exp=P, ent=DAHUA, note="native maker name"),
        e1("Zhejiang Dahua Technology Co., Ltd.", "HAC-HFW1200T", "HDCVI bullet 2MP", exp=P, ent=DAHUA, note="legal maker name + HAC- model"),
        e1("Imou", "IPC-F42FP-IMOU", "Wi-Fi bullet 4MP", exp=R, ent=DAHUA, note="Imou (Huacheng -> Dahua [P]): review (relabelled by lead)"),
        e1("", "Ranger 2", "Indoor Wi-Fi camera", brand="Imou", exp=R, ent=DAHUA, note="Imou brand in Brand column only; [P] link: review (relabelled by lead)"),
        e1("Dauha", "IPC-HDW3441EM-AS", "4MP WizSense eyeball", exp=P, ent=DAHUA, note="typo (Dauha) + HDW type code"),
        e1("Unknown", "DH-IPC-HFW3441T-ZS", "4MP varifocal bullet", exp=P, ent=DAHUA, note="maker 'Unknown', DH- model"),
        e1("iRAYPLE", "A5201MG50", "Area scan camera", exp=P, ent=DAHUA, note="Huaray/iRAYPLE (Dahua subsidiary)"),
        # ---- review ------------------------------------------------------------------------
        e1("Lorex", "LNB4421B", "4K bullet", exp=R, ent=DAHUA, note="Lorex divested by Dahua 2022: review"),
        e1("LOREX", "N843A82", "8ch 4K NVR", exp=R, ent=DAHUA, note="Lorex divested 2022: review"),
        e1("LTS", "CMIP7442W-28M", "4MP turret", exp=R, ent=HIK, note="LTS reported Hikvision OEM (s.10): review"),
        e1("LT Security", "LTN8716K-P16", "16ch NVR", exp=R, ent=HIK, note="LTS reported Hikvision OEM: review"),
        e1("Interlogix", "TVD-5404", "TruVision dome", brand="TruVision", exp=R, ent=HIK, note="Interlogix/TruVision reported Hikvision OEM: review"),
        # ---- clean -------------------------------------------------------------------------
        e1("Axis Communications", "P3265-LVE", "Dome 2MP outdoor"),
        e1("Axis Communications", "P3727-PLE", "Panoramic 8MP"),
        e1("Axis", "M3086-V", "Mini dome 4MP"),
        e1("Hanwha Vision", "XNV-8080R", "5MP IR vandal dome"),
        e1("Hanwha Vision", "QNV-C8011", "5MP dome"),
        e1("Hanwha Vision", "XRN-1620B2", "NVR 16ch", note="generic 'NVR' wording from a non-covered maker"),
        e1("Hanwha Techwin", "XRN-820S", "NVR 8ch PoE", note="generic 'NVR' wording, former Hanwha name"),
        e1("Bosch", "NDE-5503-AL", "FLEXIDOME IP 5000i"),
        e1("Bosch", "NBE-5503-AL", "DINION IP 5000i"),
        e1("Avigilon", "5.0C-H5A-DO1", "H5A dome 5MP"),
        e1("Pelco", "IMP521-1ERS", "Sarix dome"),
        e1("i-PRO", "WV-S2136L", "2MP dome", note="Panasonic i-PRO: N brand-level"),
        e1("IDIS", "DC-D4236RX", "2MP dome"),
        e1("IDIS", "DR-6516P", "DirectIP NVR 16ch", note="generic 'NVR' wording"),
        e1("Verkada", "CD42", "Indoor dome"),
        e1("Vivotek", "FD9380-HTV", "5MP dome"),
        e1("Mobotix", "MX-M16B", "Dual camera"),
        e1("Uniview", "IPC3614SB-ADF28KM-I0", "4MP turret", note="generic 'IPC' prefix from Uniview (not s.889/FCC)"),
        e1("Uniview", "NVR302-16S2-P16", "16ch NVR", note="generic 'NVR' prefix from Uniview (not s.889/FCC)"),
        e1("", "NVR-16CH-4K", "Generic 16ch NVR, maker unknown", note="generic NVR string alone (s.13 #9)"),
        e1("Synology", "DS218+", "NAS, footage archive", note="near miss: Synology DS vs Hikvision DS- (s.13 #7)"),
        e1("Synology", "DS1814+", "NAS 8-bay", note="near miss (s.13 #7)"),
        e1("Synology", "DVA3221", "Deep video analytics NVR"),
        e1("Honeywell", "PW6K1IC", "Pro-Watch access panel", note="Honeywell access control (not cameras)"),
        e1("Genetec", "SV-300E", "Streamvault appliance"),
        e1("Generic", "HM-800", "8in hanging monitor, guard desk", note="near miss: HM- without T (HIKMICRO is HM-T)"),
        e1("Axis Communications", "Q1961-TE", "Thermal camera"),
        e1("Hanwha Vision", "TNO-4030T", "Thermal bullet"),
    ]
    merged = [
        (True, [e1("Axis Communications", "Q6135-LE", "PTZ 1080p IR"),
                e1("", "P1455-LE", "Bullet 2MP"),
                e1("", "P3245-LVE", "Dome 2MP")]),
        (True, [e1("Hikvision", "DS-2CD2T47G2-L", "ColorVu bullet 4MP, parking", exp=P, ent=HIK, note="merged Hikvision maker block, row 1"),
                e1("", "DS-2CD2183G2-I", "8MP dome, merged maker cell", exp=P, ent=HIK, note="under merged Hikvision cell (model agrees)"),
                e1("", "DS-2CD2047G2-LU", "4MP bullet, merged maker cell", exp=P, ent=HIK, note="under merged Hikvision cell (model agrees)")]),
    ]
    return [(False, [it]) for it in single] + merged


def field_blocks() -> list[tuple[bool, list[Item]]]:
    P, R = PROHIBITED, REVIEW
    single = [
        # ---- Huawei ------------------------------------------------------------------------
        e2("HUAWEI TECHNOLOGIES CO LTD", "B535-232", "4G LTE router", exp=P, ent=HUAWEI, note="maker legal name caps"),
        e2("", "IPC6512-Z30", "PTZ camera, yard", exp=P, ent=HUAWEI, note="Huawei camera model IPC6512-Z30 is a sourced Huawei model (DOMAIN s.1/s.10 [V]): prohibited on its own; other IPC6xxx numbers stay review (relabelled by lead, issue 4: sourced models are proof)"),
        e2("Huawei", "VOG-L29", "Smartphone, supervisor", exp=P, ent=HUAWEI, note="maker named"),
        e2("", "ANE-LX1", "Smartphone", fcc="QISANE-LX1", exp=P, ent=HUAWEI, note="FCC ID with Huawei grantee code QIS"),
        e2("华为", "AR161", "Branch router", exp=P, ent=HUAWEI, note="native maker name"),
        e2("Huawei Tech. Co.", "OptiX OSN 1800", "Optical transport", exp=P, ent=HUAWEI, note="abbreviated maker"),
        e2("Huawey", "AirEngine 6761-21", "Wi-Fi 6 AP", exp=P, ent=HUAWEI, note="typo (Huawey)"),
        # ---- ZTE ---------------------------------------------------------------------------
        e2("ZTE", "MF296C", "LTE router", fcc="SRQ-MF296C", exp=P, ent=ZTE, note="maker named + FCC ID SRQ"),
        e2("", "MF286D", "4G LTE router", exp=R, ent=ZTE, note="ZTE MF model only; MF-numbers collide: review (relabelled by lead)"),
        e2("ZTE Corporation", "ZXA10 C600", "OLT chassis", exp=P, ent=ZTE, note="legal maker name"),
        e2("中兴", "F670L", "GPON ONT", exp=P, ent=ZTE, note="native maker name"),
        e2("", "NX769J", "Gaming phone", brand="Red Magic", exp=P, ent=ZTE, note="Red Magic brand (ZTE/Nubia)"),
        e2("Nubia", "Z60 Ultra", "Smartphone", exp=P, ent=ZTE, note="Nubia (ZTE subsidiary)"),
        e2("ZTE USA", "Blade A3Y", "Smartphone", exp=P, ent=ZTE, note="ZTE USA subsidiary"),
        # ---- Hytera ------------------------------------------------------------------------
        e2("Hytera", "PD782i", "DMR portable radio", exp=P, ent=HYTERA, note="maker named"),
        e2("HYTERA COMMUNICATIONS CO LTD", "HP782", "DMR portable radio", exp=P, ent=HYTERA, note="caps legal maker name"),
        e2("", "PD79X", "DMR radio", fcc="YAMPD79XISU1", exp=P, ent=HYTERA, note="FCC ID with Hytera grantee code YAM"),
        e2("Hytera US Inc", "MD782i", "Mobile radio, patrol car", exp=P, ent=HYTERA, note="US subsidiary"),
        e2("Norsat", "ATOM BUC 40W", "Ka-band block upconverter", exp=P, ent=HYTERA, note="Norsat (Hytera subsidiary)"),
        e2("Sinclair Technologies", "SD214-SF2P2SNM", "Antenna, repeater site", exp=P, ent=HYTERA, note="Sinclair Technologies (Hytera subsidiary)"),
        e2("海能达", "PD680", "DMR radio", exp=P, ent=HYTERA, note="native maker name"),
        e2("HYT", "TC-610", "Legacy two-way radio", exp=P, ent=HYTERA, note="HYT = Hytera's former name"),
        # ---- drones ------------------------------------------------------------------------
        e2("DJI", "Mavic 3 Enterprise", "Inspection drone", exp=P, ent=DJI, note="DJI (FCC Covered List 2025-12-22)"),
        e2("SZ DJI Technology Co., Ltd.", "Matrice 350 RTK", "Survey drone", exp=P, ent=DJI, note="legal name"),
        e2("", "Zenmuse H20T", "Drone thermal payload", brand="DJI", exp=P, ent=DJI, note="DJI brand in Brand column"),
        e2("大疆", "Mini 4 Pro", "Drone, PIO office", exp=P, ent=DJI, note="native maker name"),
        e2("Unknown", "RC-N1", "Drone remote controller", fcc="SS3-RCN12106", exp=P, ent=DJI, note="FCC ID with DJI grantee code SS3"),
        e2("Autel Robotics", "EVO II Pro 6K", "Inspection drone", exp=P, ent=AUTEL, note="Autel Robotics named"),
        e2("AUTEL ROBOTICS", "EVO Max 4T", "Thermal drone", exp=P, ent=AUTEL, note="caps"),
        e2("Autel", "EVO Lite+", "Camera drone", exp=P, ent=AUTEL, note="'Autel' + EVO drone = Autel Robotics product; decided prohibited"),
        # ---- review ------------------------------------------------------------------------
        e2("Sepura", "SC21", "TETRA hand portable", exp=R, ent=HYTERA, note="Sepura: Hytera-owned 2017-2022"),
        e2("Teltronic", "MDT-400", "TETRA mobile terminal", brand="PowerTrunk", exp=R, ent=HYTERA, note="Teltronic/PowerTrunk: sale agreed 2025"),
        e2("Autel Intelligent Technology Corp., Ltd.", "MaxiSys MS906", "Diagnostic tablet, fleet garage", exp=R, ent=AUTEL, note="automotive Autel: link to Autel Robotics unverified"),
        e2("Autel", "MaxiSys Ultra", "Diagnostic scan tool", exp=R, ent=AUTEL, note="'Autel' automotive product: review"),
        e2("Anzu Robotics", "Raptor T", "Thermal drone", exp=R, ent=DJI, note="Anzu: DJI-licensed design"),
        e2("H3C", "S5130S-28S-EI", "Access switch", exp=NONE, ent="", note="H3C: issue 2 says it must not match Huawei (relabelled by lead)"),
        e2("New H3C Technologies", "MSR2600-10-X1", "Router", exp=NONE, ent="", note="H3C: issue 2 says it must not match Huawei (relabelled by lead)"),
        e2("xFusion", "FusionServer 2288H V6", "Rack server", exp=R, ent=HUAWEI, note="xFusion (ex-Huawei servers, sold 2021)"),
        e2("Honor", "Magic6 Pro", "Smartphone", exp=R, ent=HUAWEI, note="Honor sold by Huawei 2020"),
        e2("HONOR", "X8b", "Smartphone", exp=R, ent=HUAWEI, note="Honor sold by Huawei 2020"),
        # ---- clean -------------------------------------------------------------------------
        e2("Aruba", "AP-515", "Wi-Fi 6 access point"),
        e2("Aruba", "JL675A", "CX 6100 switch"),
        e2("Juniper Networks", "EX4300-48P", "Access switch"),
        e2("Juniper Networks", "SRX345", "Firewall"),
        e2("Ubiquiti", "USW-Pro-24-PoE", "UniFi switch"),
        e2("Ubiquiti", "U6-Pro", "UniFi AP"),
        e2("Fortinet", "FG-60F", "FortiGate firewall"),
        e2("Palo Alto Networks", "PA-440", "Firewall"),
        e2("Cisco Meraki", "MR46", "Wi-Fi 6 AP"),
        e2("NETGEAR", "GS108", "Unmanaged switch"),
        e2("Motorola Solutions", "APX 8000", "P25 portable radio"),
        e2("Motorola Solutions", "APX 6500", "P25 mobile radio"),
        e2("L3Harris", "XL-200P", "P25 portable radio"),
        e2("Kenwood", "NX-5300", "Portable radio"),
        e2("Skydio", "X10", "Drone, US-made"),
        e2("Apple", "iPhone 15", "Smartphone", fcc="BCG-E8680A"),
        e2("Samsung", "SM-S921U", "Galaxy S24 smartphone"),
        e2("Zebra", "TC52", "Handheld scanner"),
        e2("Aeon Labs", "DS03202B", "Z-Wave Minimote", note="near miss: DS prefix (s.13 #8)"),
        e2("Synology", "DS920+", "NAS 4-bay", note="near miss: Synology DS"),
        e2("Lenovo", "ThinkPad T14 Gen 5", "Laptop", note="Lenovo: N"),
        e2("Xiaomi", "Redmi Pad SE", "Tablet, kiosk", note="Xiaomi: not s.889/FCC"),
        e2("TP-Link", "EAP670", "Omada Wi-Fi 6 AP", note="TP-Link: DOMAIN R but on no list this tool screens: none"),
        e2("Sierra Wireless", "RV55", "Cellular gateway"),
        e2("Cradlepoint", "IBR900", "Vehicle router"),
        e2("Digi", "IX20", "Cellular router"),
        e2("Hesai", "XT32", "Lidar, traffic study", note="Hesai: 1260H only (DoD-scoped): none for this screen"),
        e2("Hyster", "H50FT", "Forklift, warehouse", note="near miss: Hyster vs Hytera"),
        e2("Yale", "ERP040VT", "Electric forklift", note="near miss: Yale (Hyster-Yale)"),
        e2("ZT Systems", "ZT-2U-DS", "Server node", note="near miss: ZT Systems vs ZTE"),
        e2("APC", "SMT1500RM2UC", "UPS 1500VA"),
        e2("Panduit", "UTP28SP3BU", "Patch cords"),
    ]
    merged = [
        (True, [e2("Cisco", "C9300-48P-A", "Catalyst 9300 switch"),
                e2("", "C9200L-24P-4G-E", "Catalyst 9200L switch"),
                e2("", "ISR4331/K9", "Router")]),
        (True, [e2("Huawei", "AR6120", "Enterprise router, branch", exp=P, ent=HUAWEI, note="merged Huawei maker block, row 1"),
                e2("", "S5735-L24T4S-A", "24-port switch, merged maker cell", exp=P, ent=HUAWEI, note="under merged Huawei cell; model has no Huawei pattern"),
                e2("", "AirEngine 5761-11", "Wi-Fi AP, merged maker cell", exp=P, ent=HUAWEI, note="under merged Huawei cell; model has no Huawei pattern"),
                e2("", "USG6525E", "Firewall, merged maker cell", exp=P, ent=HUAWEI, note="under merged Huawei cell; model has no Huawei pattern")]),
    ]
    return [(False, [it]) for it in single] + merged


# ==================================================================================================
# purchases.csv
# ==================================================================================================

P_PREAMBLE = [["ACME County - Purchase Order Line Detail"], ["Run date: 2026-11-15   Fiscal year: FY2026"], []]
P_HEADER = ["PO #", "PO Date", "Line", "Vendor/Payee", "Item Description", "MPN", "Qty", "Unit Cost",
            "Ext Amount", "Cost Ctr"]


def p(supplier: str, desc: str, mpn: str = "", price: float = 0.0, exp: str = NONE, ent: str = "",
      note: str = "") -> Item:
    return Item({"Vendor/Payee": supplier, "Item Description": desc, "MPN": mpn, "_price": price},
                exp, ent, note, key="Item Description")


def purchase_items() -> list[Item]:
    P, R = PROHIBITED, REVIEW
    tri, summit, sky, adi = ("Tri-County Technology Partners LLC", "Summit Software Licensing Inc.",
                             "SkyLine Aerial Supply LLC", "ADI Global Distribution")
    covered = [
        p(tri, "Hikvision DS-7608NI-I2 8ch NVR", "DS-7608NI-I2", 289.00, P, HIK, "covered item from an ordinary reseller"),
        p(tri, "4MP dome camera", "DS-2CD2143G2-I", 189.00, P, HIK, "only the MPN gives Hikvision away"),
        p(tri, "HIKVISION 8MP BULLET CAMERA", "", 265.00, P, HIK, "maker in description, caps"),
        p(adi, "Hikvision DS-2CD2387G2-LU ColorVu turret", "DS-2CD2387G2-LU", 298.00, P, HIK, "bought via distributor; item is Hikvision"),
        p(tri, "Hikvison 4MP turret camera", "DS-2CD2347G2-LU", 172.00, P, HIK, "typo in description + model"),
        p(tri, "ColorVu bullet camera 4MP", "DS-2CD2T47G2-L", 239.00, P, HIK, "MPN only"),
        p("Midwest Security Wholesale", "HiLook 4MP turret camera", "THC-T140-M", 39.00, P, HIK, "HiLook (Hikvision brand)"),
        p("Midwest Security Wholesale", "HiWatch 8ch NVR", "", 149.00, P, HIK, "HiWatch (Hikvision brand)"),
        p("Amazon Business", "EZVIZ C6N indoor Wi-Fi camera", "CS-C6N", 34.99, P, HIK, "EZVIZ (Hikvision brand)"),
        p("Amazon Business", "HIKMICRO Pocket2 thermal imaging camera", "HM-TP42-3AQF/W-Pocket2", 699.00, P, HIK, "HIKMICRO (Hikvision subsidiary)"),
        p("Hikvision USA Inc.", "Cameras per quote 2231", "", 4120.00, P, HIK, "covered supplier"),
        p("Midwest Security Wholesale", "NVR 16ch 4K", "DS-7716NI-I4/16P", 610.00, P, HIK, "generic description; DS-77xxNI MPN"),
        p(tri, "Dahua 8ch XVR", "DH-XVR5108HS-I3", 118.00, P, DAHUA, "maker in description + DH- MPN"),
        p(tri, "Bullet camera 4MP", "IPC-HFW2431S-S-S2", 96.00, P, DAHUA, "MPN with Dahua HFW type code"),
        p("Amazon Business", "Imou Cruiser SE+ outdoor camera", "IPC-S21FEP", 54.00, R, DAHUA, "Imou (Huacheng -> Dahua [P]): review (relabelled by lead)"),
        p("Midwest Security Wholesale", "Replacement camera, Dahua 4MP eyeball", "DH-IPC-HDW2431T-AS-S2", 92.00, P, DAHUA, "maker in description"),
        p("Zhejiang Dahua Technology Co., Ltd.", "PTZ cameras, lot of 4", "SD49425XB-HNR", 3400.00, P, DAHUA, "covered supplier"),
        p("Midwest Security Wholesale", "DAHUA 16CH NVR", "DHI-NVR4216-16P-4KS2/L", 412.00, P, DAHUA, "caps description + DHI- MPN"),
        p("Wireless Depot Inc.", "Huawei AR6120 router", "AR6120", 1240.00, P, HUAWEI, "maker in description"),
        p("Huawei Technologies USA", "Support renewal, 12 months", "", 8800.00, P, HUAWEI, "covered supplier"),
        p("Wireless Depot Inc.", "HUAWEI B535 4G router", "B535-232", 119.00, P, HUAWEI, "caps maker in description"),
        p("Wireless Depot Inc.", "ZTE MF296C 4G router", "MF296C", 129.00, P, ZTE, "maker in description"),
        p("ZTE USA Inc", "LTE hotspots, 20 units", "", 1580.00, P, ZTE, "covered supplier"),
        p("Amazon Business", "Red Magic 9 Pro gaming phone", "NX769J", 649.00, P, ZTE, "Red Magic (ZTE/Nubia brand)"),
        p("Two-Way Radio Supply Co.", "Hytera PD782i DMR portable radio", "PD782i", 489.00, P, HYTERA, "maker in description"),
        p("Two-Way Radio Supply Co.", "Hytera HP782 radio with battery", "HP782", 515.00, P, HYTERA, "maker in description"),
        p("Hytera US Inc.", "Repeater maintenance", "", 950.00, P, HYTERA, "covered supplier"),
        p("Satcom Direct Services", "Norsat ATOM 40W BUC", "ATOM-40W", 6200.00, P, HYTERA, "Norsat (Hytera subsidiary)"),
        p(summit, "Kaspersky Endpoint Security for Business Select, 150 nodes", "KL4863AAPFR", 5250.00, P, KASP, "Kaspersky product"),
        p(summit, "KASPERSKY TOTAL SECURITY RENEWAL", "", 79.99, P, KASP, "Kaspersky product, caps"),
        p("Kaspersky Lab, Inc.", "Endpoint security subscription", "", 2400.00, P, KASP, "covered supplier"),
        p(sky, "DJI Mavic 3 Enterprise drone kit", "M3E", 5499.00, P, DJI, "DJI product"),
        p(sky, "DJI Matrice 30T drone", "M30T", 10400.00, P, DJI, "DJI product"),
        p(sky, "Zenmuse L2 lidar payload for DJI M350", "ZENMUSE-L2", 13200.00, P, DJI, "DJI payload"),
        p("SZ DJI Technology Co Ltd", "Drone batteries TB65, qty 8", "TB65", 349.00, P, DJI, "covered supplier"),
        p(sky, "Autel EVO II Dual 640T V3 drone", "EVO2-640T-V3", 7500.00, P, AUTEL, "Autel drone = Autel Robotics"),
        p("Autel Robotics USA LLC", "EVO Max 4T drone", "", 9800.00, P, AUTEL, "covered supplier"),
        p("China Telecom (Americas) Corp", "MPLS circuit, monthly", "", 1850.00, P, CTA, "covered supplier"),
        p("China Unicom Americas", "IPLC international circuit, monthly", "", 2400.00, P, CUA, "covered supplier (short name)"),
        p("China Mobile International USA Inc", "IoT SIM roaming, 40 lines", "", 640.00, P, CMI, "covered supplier"),
        p("ComNet (USA) LLC", "International voice termination", "", 310.00, P, PACNET, "covered supplier"),
    ]
    review = [
        p(tri, "Lorex 4K security system 8ch", "N843A82", 899.00, R, DAHUA, "Lorex divested by Dahua 2022"),
        p("Amazon Business", "Honor Magic6 Pro phone", "", 1099.00, R, HUAWEI, "Honor sold by Huawei 2020"),
        p("Two-Way Radio Supply Co.", "Sepura SC20 TETRA radio", "SC20", 1150.00, R, HYTERA, "Sepura: Hytera-owned 2017-2022"),
        p("Autel US Inc.", "Autel MaxiSys MS906 diagnostic tablet", "MS906", 1299.00, R, AUTEL, "automotive Autel: link to Autel Robotics unverified"),
        p(sky, "Anzu Raptor T thermal drone", "RAPTOR-T", 8200.00, R, DJI, "Anzu: DJI-licensed"),
        p(tri, "H3C S5130 access switch", "S5130S-28S-EI", 780.00, NONE, "", "H3C: issue 2 says it must not match Huawei (relabelled by lead)"),
        p(tri, "xFusion FusionServer 1288H V6", "1288H-V6", 6400.00, R, HUAWEI, "xFusion: ex-Huawei server unit"),
        p("Midwest Security Wholesale", "LTS 4MP turret camera", "CMIP7442W-28M", 119.00, R, HIK, "LTS reported Hikvision OEM"),
        p("Midwest Security Wholesale", "Interlogix TruVision 16ch NVR", "TVN-2216", 980.00, R, HIK, "Interlogix/TruVision reported Hikvision OEM"),
        p("Dahua Technology USA Inc.", "Warranty service, camera repair", "", 450.00, R, DAHUA, "Dahua Technology USA sold Jan 2024"),
    ]
    clean = [
        p("Staples Business Advantage", "Copy paper 8.5x11, case", "SPL-135848", 54.99),
        p("Staples Business Advantage", "Ballpoint pens, box of 60", "SPL-2484", 12.49),
        p("W.W. Grainger, Inc.", "Nitrile gloves, large", "5KKU3", 18.75),
        p("W.W. Grainger, Inc.", "LED high bay fixture 150W", "53NF49", 212.00),
        p("Dell Technologies Inc.", "Latitude 5450 laptop", "LAT5450-I5", 1189.00),
        p("Dell Technologies Inc.", "P2425H monitor", "DELL-P2425H", 179.99),
        p("Cisco Systems, Inc.", "Catalyst 9200L switch", "C9200L-24P-4G-E", 2890.00),
        p("Axis Communications Inc.", "P3265-LVE dome camera", "02328-001", 1149.00),
        p("Hanwha Vision America", "XRN-820S 8ch NVR", "XRN-820S", 1295.00, note="generic NVR wording from Hanwha"),
        p("Motorola Solutions, Inc.", "APX 6000 portable radio", "H98UCF9PW6BN", 4895.00),
        p("Fastenal Company", "Hex bolts 3/8-16, box of 50", "11120183", 22.10),
        p("Verizon Wireless", "Monthly service, 42 lines", "", 1835.40),
        p("AT&T Mobility LLC", "FirstNet service, 18 lines", "", 702.00),
        p("Microsoft Corporation", "Microsoft 365 E3 GCC", "AAA-10756", 432.00),
        p("CrowdStrike, Inc.", "Falcon endpoint protection, 150 seats", "FAL-PRE", 9450.00, note="endpoint security, not Kaspersky"),
        p("Cintas Corporation No. 2", "First aid cabinet restock", "", 146.30),
        p("Sysco Foodservices", "Cafeteria produce, weekly", "", 1288.15),
        p("HP Inc.", "LaserJet Pro 4001dn", "2Z600F#BGJ", 399.00),
        p("Lenovo (United States) Inc.", "ThinkPad T14 Gen 5", "21ML0031US", 1249.00, note="Lenovo: N"),
        p("Ubiquiti Inc.", "UniFi U6-Pro access point", "U6-Pro", 159.00),
        p("Synology America Corp.", "DS920+ 4-bay NAS", "DS920+", 549.00, note="near miss: Synology DS"),
        p("Synology America Corp.", "DiskStation DS218+ NAS", "DS218+", 299.00, note="near miss: Synology DS"),
        p(tri, "Synology DS1814+ NAS", "DS1814+", 899.00, note="near miss: Synology DS"),
        p("Amazon Business", "Aeon Labs Minimote remote", "DS03202B", 29.99, note="near miss: Aeon Labs DS03202B"),
        p("Juniper Networks, Inc.", "EX4300-48P access switch", "EX4300-48P", 6450.00),
        p("Graybar Electric Company", "Cat6 plenum cable 1000ft", "CAT6-PL-BL", 289.00),
        p("Johnson Controls Fire Protection", "Annual fire alarm inspection", "", 2450.00),
        p("Trane U.S. Inc.", "RTU compressor replacement", "", 7820.00),
        p("Uline, Inc.", "Corrugated boxes 18x12x12", "S-4512", 48.00),
        p("Xerox Corporation", "VersaLink C405 lease", "", 214.00),
        p("Zoom Video Communications", "Zoom Workplace Business", "", 2199.00),
        p("Brightline Janitorial Services LLC", "Nightly cleaning, October", "", 6400.00),
        p("Cedar Ridge Landscaping", "Fall cleanup and mulch", "", 3150.00),
        p(tri, "Dell OptiPlex 7020 desktops", "OPT7020-MT", 879.00),
        p(tri, "APC Smart-UPS 1500VA", "SMT1500RM2UC", 865.00),
        p(summit, "Veeam Data Platform renewal", "V-VDPFND-VS", 3120.00),
        p(sky, "Skydio X10 drone", "X10", 18500.00, note="US-made drone"),
        p(adi, "Axis T8134 PoE midspan", "5026-204", 199.00),
        p(adi, "Hanwha SBP-300WMW wall mount", "SBP-300WMW", 64.00),
        p("Midwest Security Wholesale", "Uniview 16ch NVR", "NVR302-16S2-P16", 365.00, note="generic NVR from Uniview (not s.889/FCC)"),
        p("Midwest Security Wholesale", "IPC turret 4MP, Uniview", "IPC3614SB-ADF28KM-I0", 98.00, note="generic IPC prefix from Uniview"),
        p("Midwest Security Wholesale", "NVR 8ch 4K PoE with 2TB", "NVR-8CH-2TB", 240.00, note="generic NVR string alone, maker unknown"),
        p("Midwest Security Wholesale", "IDIS DirectIP NVR", "DR-6516P", 1100.00),
        p("Avigilon USA Corporation", "ACC Enterprise license", "ACC7-ENT", 345.00),
        p("Genetec Inc.", "Security Center camera license", "GSC-OM-E-1C", 270.00),
        p("Hyster-Yale Materials Handling, Inc.", "Forklift mast chain replacement", "HY-580022", 1290.00, note="near miss: Hyster-Yale"),
        p("Yale Materials Handling Corp.", "Forklift battery, 36V", "YL-36V-750", 4100.00, note="near miss: Yale"),
        p("ZT Systems", "Server node, 2U", "ZT-2U-DS", 11400.00, note="near miss: ZT Systems"),
        p("Sanmina Corporation", "Contract manufacturing, PCB assembly", "", 22800.00, note="near miss: Sanmina"),
        p("Dahl Plumbing & Heating", "Water heater replacement, Annex", "", 2260.00, note="near miss: Dahl"),
        p("Dahua Hotel", "Lodging, trade delegation, 3 nights", "", 540.00, note="near miss: hotel named Dahua"),
        p("Huawen Printing Co., Ltd.", "Printed brochures, 5000", "", 1280.00, note="near miss: Huawen"),
        p("Sinclair Broadcast Group", "PSA airtime, flu clinic", "", 3600.00, note="near miss: Sinclair Broadcast"),
        p("Kasper & Sons Landscaping", "Snow removal, December", "", 1900.00, note="near miss: Kasper"),
        p("DJO Global, Inc.", "Knee braces, athletic dept", "DJO-11-0567", 86.00, note="near miss: DJO"),
        p("Pacific Network Solutions Inc.", "Network assessment, Phase 1", "", 7500.00, note="ordinary IT firm (vs Pacific Network Corp.)"),
        p("Honeywell International Inc.", "Notifier fire panel NFS2-3030", "NFS2-3030", 9800.00, note="Honeywell fire panel"),
        p("i-PRO Americas Inc.", "i-PRO WV-S2136L dome camera", "WV-S2136L", 420.00, note="Panasonic i-PRO"),
        p("Amazon Business", "Xiaomi Redmi Pad SE tablet", "", 199.00, note="Xiaomi: not s.889/FCC"),
        p("Amazon Business", "TP-Link Omada ER605 router", "ER605", 79.00, note="TP-Link: on no list this tool screens"),
        p("Ningbo Sunny Hardware Co., Ltd.", "Stainless hinges, 200 pcs", "NSH-H200", 1.85, note="ordinary Chinese supplier"),
        p("宁波阳光五金有限公司", "不锈钢合页 200只", "NSH-H200", 1.85, note="ordinary Chinese supplier, native script"),
        p("Shenzhen Longhua Packaging Co., Ltd.", "Foam inserts, custom", "", 0.42, note="ordinary Chinese supplier"),
        p("Two-Way Radio Supply Co.", "Kenwood NX-5300 portable radio", "NX-5300", 820.00),
        p("Two-Way Radio Supply Co.", "Motorola APX battery", "NNTN8840A", 145.00),
        p("Wireless Depot Inc.", "Cradlepoint IBR900 router", "IBR900", 999.00),
        p("Wireless Depot Inc.", "Sierra Wireless RV55 gateway", "RV55", 649.00),
        p("Satcom Direct Services", "Iridium airtime, monthly", "", 180.00),
        p("Amazon Business", "USB-C cables, 10 pack", "", 24.99),
        p("Amazon Business", "Label maker tape", "TZE-231", 18.50),
        p("Blue Heron Catering", "Board meeting lunch", "", 540.00),
        p("Pioneer Fleet Maintenance", "Oil change, unit 14", "", 129.95),
        p("Red Rock Water Co.", "Water delivery, monthly", "", 84.00),
        p("Riverbend Auto Parts", "Brake pads, unit 22", "D1210", 64.89),
    ]
    return covered + review + clean


# ==================================================================================================
# writers
# ==================================================================================================

FIXED_TIME = (2026, 11, 22, 0, 0, 0)
FIXED_ISO = "2026-11-22T00:00:00Z"


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save with fixed zip timestamps and document dates so re-runs are byte-identical."""
    wb.properties.creator = "accuracy set"
    wb.properties.lastModifiedBy = "accuracy set"
    wb.properties.created = dt.datetime(2026, 11, 22)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:modified|created)[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            out = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o644 << 16
            dst.writestr(out, data)


def write_vendors(rng: random.Random) -> Sheet:
    items = vendor_items()
    rng.shuffle(items)
    sheet = Sheet(None, V_HEADER)
    records: list[list[str]] = [V_HEADER]
    terms = ["Net 30", "Net 30", "Net 45", "Net 60", "Due on receipt", "2% 10 Net 30"]
    supplier_no = 20010
    for i, it in enumerate(items):
        if i in (61, 140):                          # a blank line and a line of empty fields
            records.append([] if i == 61 else [""] * len(V_HEADER))
        supplier_no += rng.randrange(1, 9)
        c = it.cells
        us = c["Country"] in ("United States", "USA", "US")
        tax = f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}" if us else ""
        status = "Inactive" if rng.random() < 0.1 else "Active"
        name = c["Supplier Name"]
        if i % 37 == 5:                             # stray whitespace, as in hand-typed masters
            name = f" {name}  "
            c["Supplier Name"] = name
        records.append([f"S{supplier_no}", name, c["DBA"], c["Parent"], c["Country"], c["City"], tax,
                        c["Category"], rng.choice(terms), status])
        sheet.rows.append(Placed(it, len(records)))
    footer = Item({"Supplier No.": f"Record count: {len(items)}"}, note="report footer record", key="Supplier No.")
    records.append([f"Record count: {len(items)}"] + [""] * (len(V_HEADER) - 1))
    sheet.rows.append(Placed(footer, len(records)))
    with (HERE / "vendors.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(records)
    return sheet


TITLE_FONT = Font(bold=True, size=14)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FCE4D6")

SITES = ["Courthouse", "Jail Annex", "Public Works Yard", "Library Main", "Health Dept", "Admin Bldg",
         "Fleet Garage", "Water Plant", "Airport Ops", "Parks HQ"]


def _write_equipment_sheet(ws, title: str, subtitle: str | None, header: list[str],
                           blocks: list[tuple[bool, list[Item]]], prefix: str, rng: random.Random,
                           sheet: Sheet, mfr_col: str) -> None:
    ws.cell(row=1, column=1, value=title).font = TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    r = 2
    if subtitle:
        ws.cell(row=2, column=1, value=subtitle).font = Font(italic=True)
        r = 4                                        # row 3 left blank
    header_row = r
    for col, name in enumerate(header, start=1):
        cell = ws.cell(row=header_row, column=col, value=name)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    col_of = {h: i + 1 for i, h in enumerate(header)}
    r = header_row + 1
    n = 0
    site = None
    for b, (merge, items) in enumerate(blocks):
        if b and b % 17 == 0:                       # section row, then its items
            site = rng.choice(SITES)
            label = f"SITE: {site}"
            ws.cell(row=r, column=1, value=label).font = Font(bold=True, italic=True)
            sheet.rows.append(Placed(Item({header[0]: label}, note="section label row", key=header[0]), r))
            r += 1
        if b and b % 23 == 0:                       # blank spacer row
            r += 1
        start = r
        for it in items:
            n += 1
            c = it.cells
            ws.cell(row=r, column=1, value=f"{prefix}-{10000 + n * 7}")
            ws.cell(row=r, column=2, value=site or rng.choice(SITES))
            for h, val in c.items():
                if val:
                    ws.cell(row=r, column=col_of[h], value=val)
            serial = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11))
            ws.cell(row=r, column=len(header) - 2, value=serial)
            if it.expected == REVIEW:
                # review rows are post-divestiture equipment: a pre-sale date would make them covered
                # (DOMAIN s.1 divestiture rule), so keep them after mid-2024
                in_service = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randrange(0, 800))
            else:
                in_service = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
            d = ws.cell(row=r, column=len(header) - 1, value=in_service)
            d.number_format = "mm/dd/yyyy"
            cost = ws.cell(row=r, column=len(header), value=round(rng.uniform(40, 4000), 2))
            cost.number_format = '"$"#,##0.00'
            sheet.rows.append(Placed(it, r))
            r += 1
        if merge and len(items) > 1:
            ws.merge_cells(start_row=start, start_column=col_of[mfr_col], end_row=r - 1, end_column=col_of[mfr_col])
            ws.cell(row=start, column=col_of[mfr_col]).alignment = Alignment(vertical="center")
    for i, w in enumerate([11, 18, 30, 12, 24, 34, 14, 14, 14, 12][:len(header)]):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def write_equipment(rng: random.Random) -> tuple[Sheet, Sheet]:
    wb = Workbook()
    ws1 = wb.active
    ws1.title = E1_NAME
    b1 = cctv_blocks()
    rng.shuffle(b1)
    s1 = Sheet(E1_NAME, E1_HEADER)
    _write_equipment_sheet(ws1, "Asset Register - Security Systems", "Prepared by Facilities, as of 10/31/2026",
                           E1_HEADER, b1, "CCTV", rng, s1, "Mfr")
    ws2 = wb.create_sheet(E2_NAME)
    b2 = field_blocks()
    rng.shuffle(b2)
    s2 = Sheet(E2_NAME, E2_HEADER)
    _write_equipment_sheet(ws2, "Network, Radio & Field Devices - FY2026", None, E2_HEADER, b2, "NW", rng, s2,
                           "Manufacturer")
    save_deterministic(wb, HERE / "equipment.xlsx")
    return s1, s2


def write_purchases(rng: random.Random) -> Sheet:
    items = purchase_items()
    rng.shuffle(items)
    sheet = Sheet(None, P_HEADER)
    records: list[list[str]] = [list(r) for r in P_PREAMBLE] + [P_HEADER]
    po = 4500031200
    day = dt.date(2026, 7, 1)
    line = 0
    total = 0.0
    for i, it in enumerate(items):
        if i == 70:
            records.append([])                      # a blank line between two report pages
        if i % 3 == 0:
            po += rng.randrange(3, 40)
            day += dt.timedelta(days=rng.randrange(0, 3))
            line = 0
        line += 1
        c = it.cells
        price = float(c.pop("_price"))
        qty = 1 if price > 1000 else rng.choice([200, 500, 1000] if price < 2 else [1, 1, 2, 4, 6, 10])
        ext = round(price * qty, 2)
        total += ext
        records.append([str(po), day.strftime("%m/%d/%Y"), str(line), c["Vendor/Payee"], c["Item Description"],
                        c["MPN"], str(qty), f"{price:.2f}", f"{ext:.2f}", rng.choice(["IT", "SEC", "FAC", "PS", "ADMIN", "FLEET"])])
        sheet.rows.append(Placed(it, len(records)))
    records.append(["", "", "", "", "TOTAL", "", "", "", f"{total:.2f}", ""])
    sheet.rows.append(Placed(Item({"Item Description": "TOTAL"}, note="report total line", key="Item Description"),
                             len(records)))
    with (HERE / "purchases.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(records)
    return sheet


LABEL_HEADER = ["file", "sheet", "row", "expected", "entity", "note", "column", "value"]


def write_labels(placed: list[tuple[str, Sheet]]) -> list[dict[str, str]]:
    labels: list[dict[str, str]] = []
    for file, sheet in placed:
        for pl in sheet.rows:
            it = pl.item
            labels.append({"file": file, "sheet": sheet.name or "", "row": str(pl.row), "expected": it.expected,
                           "entity": it.entity, "note": it.note or "ordinary row", "column": it.key,
                           "value": str(it.cells.get(it.key, ""))})
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, LABEL_HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(labels)
    return labels


# ==================================================================================================
# self-check: read the files back the way a person would and confirm every label's row
# ==================================================================================================

def _csv_records(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def check() -> list[str]:
    """Return a list of problems (empty when every label points at its intended row)."""
    problems: list[str] = []
    with (HERE / "labels.csv").open(encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(fh))
    wb = load_workbook(HERE / "equipment.xlsx")
    csvs = {name: _csv_records(HERE / name) for name in ("vendors.csv", "purchases.csv")}
    seen: set[tuple[str, str, int]] = set()
    for lab in labels:
        key = (lab["file"], lab["sheet"], int(lab["row"]))
        if key in seen:
            problems.append(f"duplicate label {key}")
        seen.add(key)
        row = int(lab["row"])
        if lab["file"].endswith(".csv"):
            recs = csvs[lab["file"]]
            header_idx = next(i for i, r in enumerate(recs) if lab["column"] in r and len(r) > 3)
            col = recs[header_idx].index(lab["column"])
            if row - 1 >= len(recs) or row - 1 <= header_idx:
                problems.append(f"{key}: row outside data")
                continue
            got = recs[row - 1][col] if col < len(recs[row - 1]) else ""
        else:
            ws = wb[lab["sheet"]]
            header_row = next(r for r in range(1, 10)
                              if lab["column"] in [ws.cell(r, c).value for c in range(1, ws.max_column + 1)])
            col = [ws.cell(header_row, c).value for c in range(1, ws.max_column + 1)].index(lab["column"]) + 1
            if row <= header_row or row > ws.max_row:
                problems.append(f"{key}: row outside data")
                continue
            v = ws.cell(row, col).value
            got = "" if v is None else str(v)
        if got != lab["value"]:
            problems.append(f"{key}: expected {lab['column']}={lab['value']!r}, found {got!r}")
    # every non-empty data row is labelled
    for name, recs in csvs.items():
        header_idx = next(i for i, r in enumerate(recs) if len(r) > 3 and any(r))
        for i, r in enumerate(recs[header_idx + 1:], start=header_idx + 2):
            if any(x.strip() for x in r) and (name, "", i) not in seen:
                problems.append(f"unlabelled data row {name}:{i}: {r}")
    for ws in wb.worksheets:
        header_row = next(r for r in range(1, 10) if ws.cell(r, 2).value)
        for r in range(header_row + 1, ws.max_row + 1):
            if any(ws.cell(r, c).value not in (None, "") for c in range(1, ws.max_column + 1)) \
                    and ("equipment.xlsx", ws.title, r) not in seen:
                problems.append(f"unlabelled data row equipment.xlsx/{ws.title}:{r}")
    return problems


def main() -> int:
    rng = random.Random(SEED)
    vendors = write_vendors(rng)
    s1, s2 = write_equipment(rng)
    purchases = write_purchases(rng)
    labels = write_labels([("vendors.csv", vendors), ("equipment.xlsx", s1), ("equipment.xlsx", s2),
                           ("purchases.csv", purchases)])
    counts: dict[str, int] = {}
    for lab in labels:
        counts[lab["expected"]] = counts.get(lab["expected"], 0) + 1
    print(f"labels: {len(labels)} rows  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    problems = check()
    for prob in problems:
        print("SELF-CHECK:", prob, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
