"""Generate the blind hold-out set for `compliance` (deterministic: random.Random(7)).

Writes, next to this script:
  suppliers.xlsx  SAP-like vendor master (title block, hidden sheet of inactive vendors)
  assets.xlsx     IT/OT asset register: "Asset Register" (English) + "深圳分公司资产" (Chinese headers),
                  merged title and site cells, a formula column, numbers and dates
  po_lines.csv    PO lines, cp1252, ';'-delimited, European number format
  labels.csv      file, sheet, row, expected, entity, note, column, value

Labels were written from /work/shared/DOMAIN.md (sections 0-3, 5, 10, 13) only, without reading the
tool's lists, code or existing test data.  expected: prohibited | review | none.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
rng = random.Random(7)

P, R, N = "prohibited", "review", "none"


def L(value, expected, entity="", note="", **kw):
    """One labelled row: `value` goes into the main column; kw fills other columns."""
    d = dict(value=value, expected=expected, entity=entity, note=note)
    d.update(kw)
    return d


# --------------------------------------------------------------------------------------------
# suppliers.xlsx  (SAP LFA1-like export).  Main column = "Name 1" unless col= given.
# --------------------------------------------------------------------------------------------
SUP_COLS = ["Vendor", "Name 1", "Name 2", "Street", "City", "Postal Code", "Country",
            "Corporate Group", "Tax Number 1", "Created On", "Blocked"]

sup_visible = [
    # ---- covered: Huawei
    L("HUAWEI TECHNOLOGIES CO LTD", P, "huawei", "legal name, caps, no punctuation", City="Shenzhen", Country="CN"),
    L("Huawei Technologies Co.,Ltd.", P, "huawei", "legal name, no space after comma", City="Shenzhen", Country="CN",
      **{"Name 2": "Bantian, Longgang District"}),
    L("huawei technologies co., ltd", P, "huawei", "lower case", City="Shenzhen", Country="CN"),
    L("Huawei Technolgies Co Ltd", P, "huawei", "typo: dropped letter", City="Shenzhen", Country="CN"),
    L("Hauwei Technologies Co., Ltd.", P, "huawei", "typo: transposition", City="Dongguan", Country="CN"),
    L("Huawei Technologies Deutschland GmbH", P, "huawei", "national subsidiary carrying the Huawei name", City="Düsseldorf", Country="DE"),
    L("華為技術有限公司", P, "huawei", "traditional-script legal name (華為 [V])", City="Shenzhen", Country="CN"),
    L("Huawei Cloud Computing Technology Co., Ltd.", P, "huawei", "Huawei Cloud entity [V]", City="Guiyang", Country="CN"),
    L("Huawei Technologies Co., Ltd.", P, "huawei", "parent column names Huawei; Name 1 is an unknown local company",
      col="Corporate Group", **{"Name 1": "Pearl Delta Network Services Ltd"}, City="Hong Kong", Country="HK"),
    # ---- ZTE
    L("ZTE CORPORATION", P, "zte", "caps legal name", City="Shenzhen", Country="CN"),
    L("Zte Corp.", P, "zte", "title case, abbreviated legal form", City="Shenzhen", Country="CN"),
    L("ZTE USA, Inc.", P, "zte", "ZTE USA [V]", City="Richardson", Country="US", **{"Name 2": "Attn: Accounts Receivable"}),
    L("中兴通讯股份有限公司", P, "zte", "simplified legal name", City="深圳", Country="CN"),
    L("Zhongxing Telecommunication Equipment Corp.", P, "zte", "former name [V]", City="Shenzhen", Country="CN"),
    L("ZTEsoft Technology Co., Ltd.", P, "zte", "ZTEsoft subsidiary [V]", City="Nanjing", Country="CN"),
    L("Nubia Technology Co., Ltd.", P, "zte", "Nubia: ZTE subsidiary, DOMAIN s.13 #5 'Covered' [V]", City="Shenzhen", Country="CN"),
    L("Sanechips Technology Co., Ltd.", P, "zte", "ZTE chip unit [V]", City="Shenzhen", Country="CN"),
    L("ZTE Corporation", P, "zte", "parent column names ZTE", col="Corporate Group",
      **{"Name 1": "Andes Telecom Servicios S.A."}, City="Lima", Country="PE"),
    # ---- Hytera
    L("Hytera Communications Corporation Limited", P, "hytera", "full legal name", City="Shenzhen", Country="CN"),
    L("HYTERA COMMUNICATIONS CO.,LTD", P, "hytera", "caps, Co.,Ltd", City="Shenzhen", Country="CN"),
    L("Hytera America, Inc.", P, "hytera", "Hytera America [V]", City="Miramar", Country="US"),
    L("Hytera US Inc", P, "hytera", "Hytera US Inc. [V]", City="Miramar", Country="US"),
    L("海能达通信股份有限公司", P, "hytera", "Chinese legal name (海能达 [V])", City="深圳", Country="CN"),
    L("Norsat International Inc.", P, "hytera", "Hytera subsidiary, DOMAIN s.13 #19 Covered", City="Richmond", Country="CA"),
    L("Sinclair Technologies", P, "hytera", "Hytera subsidiary [V]", City="Aurora", Country="CA"),
    # ---- Hikvision
    L("Hangzhou Hikvision Digital Technology Co., Ltd.", P, "hikvision", "full legal name", City="Hangzhou", Country="CN"),
    L("Hikvision USA Inc.", P, "hikvision", "Hikvision USA [V]", City="City of Industry", Country="US",
      **{"Name 2": "Sales & Support"}),
    L("Hikvision Canada Inc.", P, "hikvision", "Hikvision Canada [V]", City="Montreal", Country="CA"),
    L("杭州海康威视数字技术股份有限公司", P, "hikvision", "simplified legal name", City="杭州", Country="CN"),
    L("Hangzhou Ezviz Network Co., Ltd.", P, "hikvision", "EZVIZ = Hikvision brand company [V]", City="Hangzhou", Country="CN"),
    L("Hangzhou Microimage Software Co., Ltd.", P, "hikvision", "HIKMICRO legal entity [V]", City="Hangzhou", Country="CN"),
    L("Hangzhou Hikvision Robot Technology Co Ltd", P, "hikvision", "Hikrobot [V]", City="Hangzhou", Country="CN"),
    L("Chongqing Hikvision Technology Co., Ltd.", P, "hikvision", "Hikvision factory [V]", City="Chongqing", Country="CN"),
    L("Hik-Vision Digital Tech", P, "hikvision", "hyphen inserted, abbreviated", City="Hangzhou", Country="CN"),
    # ---- Dahua
    L("Zhejiang Dahua Technology Co., Ltd.", P, "dahua", "full legal name", City="Hangzhou", Country="CN"),
    L("ZHEJIANG DAHUA TECHNOLOGY CO.,LTD.", P, "dahua", "caps", City="Hangzhou", Country="CN"),
    L("Zhejiang Dahua Vision Technology Co Ltd", P, "dahua", "Dahua Vision [V]", City="Hangzhou", Country="CN"),
    L("浙江大华技术股份有限公司", P, "dahua", "simplified legal name", City="杭州", Country="CN"),
    L("Zhejiang Huaray Technology Co., Ltd.", P, "dahua", "Huaray: Dahua subsidiary [V]", City="Hangzhou", Country="CN"),
    L("Dahua Technolgy Co Ltd , Hangzhou", P, "dahua", "typo + city appended + stray space", City="Hangzhou", Country="CN"),
    # ---- Kaspersky
    L("AO Kaspersky Lab", P, "kaspersky", "Covered List entity", City="Moscow", Country="RU"),
    L("Kaspersky Labs Limited", P, "kaspersky", "UK entity [V]", City="London", Country="GB"),
    L("Лаборатория Касперского", P, "kaspersky", "Russian name [V]", City="Москва", Country="RU"),
    L("KASPERSKY LAB, INC.", P, "kaspersky", "US entity", City="Woburn", Country="US"),
    # ---- DJI / Autel
    L("SZ DJI Technology Co., Ltd.", P, "dji", "legal name", City="Shenzhen", Country="CN"),
    L("Shenzhen Da-Jiang Innovations Sciences and Technologies Co., Ltd.", P, "dji", "long legal name", City="Shenzhen", Country="CN"),
    L("深圳市大疆创新科技有限公司", P, "dji", "Chinese legal name (DOMAIN [M]; standard name)", City="深圳", Country="CN"),
    L("Autel Robotics Co., Ltd.", P, "autel-robotics", "legal name", City="Shenzhen", Country="CN"),
    L("深圳市道通智能航空技术股份有限公司", P, "autel-robotics", "Chinese legal name of Autel Robotics (道通智能 [M])", City="深圳", Country="CN"),
    # ---- carriers
    L("China Mobile International (USA) Inc.", P, "china-mobile", "Covered List carrier", City="New York", Country="US"),
    L("China Telecom (Americas) Corporation", P, "china-telecom-americas", "Covered List carrier", City="Herndon", Country="US"),
    L("China Unicom (Americas) Operations Limited", P, "china-unicom-americas", "Covered List carrier", City="New York", Country="US"),
    L("Pacific Network Corp.", P, "pacific-network", "Covered List carrier", City="San Jose", Country="US"),
    L("ComNet (USA) LLC", P, "pacific-network", "wholly-owned ComNet", City="San Jose", Country="US"),
    # ---- review
    L("Lorex Technology Inc.", R, "dahua", "divested by Dahua 2022/23 (s.13 #14) -> review", City="Markham", Country="CA"),
    L("Honor Device Co., Ltd.", R, "huawei", "Honor sold by Huawei 2020 (s.13 #11)", City="Shenzhen", Country="CN"),
    L("Super Fusion Digital Technology Co., Ltd.", R, "huawei", "xFusion, sold 2021 (s.13 #12)", City="Zhengzhou", Country="CN"),
    L("Dahua Technology USA Inc.", R, "dahua", "sold Jan 2024 to Central Motion Picture USA (s.13 #16): review, not prohibited", City="Irvine", Country="US"),
    L("Sepura Limited", R, "hytera", "Hytera-owned 2017-2022, sold (s.13 #17)", City="Cambridge", Country="GB"),
    L("Teltronic S.A.U.", R, "hytera", "Hytera sub until 2025 sale (s.13 #18)", City="Zaragoza", Country="ES"),
    L("Hangzhou Huacheng Network Technology Co., Ltd.", R, "dahua", "Imou maker; Huacheng->Dahua link is [P]", City="Hangzhou", Country="CN"),
    L("LTS (LT Security Inc.)", R, "hikvision", "OEM relabeler of Hikvision (s.10 [V]); model-level risk", City="Tukwila", Country="US"),
    L("Anzu Robotics LLC", R, "dji", "DJI-licensed drones, DJI says not affiliate (s.5)", City="Austin", Country="US"),
    L("Autel Intelligent Technology Corp., Ltd.", R, "autel-robotics", "automotive diagnostics; link to Autel Robotics unverified (s.13 #36)", City="Shenzhen", Country="CN"),
    L("HMN Technologies Co., Limited", R, "huawei", "ex-Huawei Marine, Huawei stake sold (s.13 #13)", City="Tianjin", Country="CN"),
    L("Cogito Tech Company Limited", R, "dji", "DJI replicas pass-through concern (s.5)", City="Hong Kong", Country="HK"),
    L("Luminys Systems Corp.", R, "dahua", "successor of Dahua Technology USA per dealer emails (s.1, s.13 #16)", City="Irvine", Country="US"),
    # ---- clean: near misses from s.13
    L("Hyster-Yale Materials Handling, Inc.", N, "", "s.13 #1 Hyster != Hytera", City="Cleveland", Country="US"),
    L("Yale Materials Handling Corporation", N, "", "s.13 #2", City="Greenville", Country="US"),
    L("ZT Systems", N, "", "s.13 #3 ZT Systems != ZTE", City="Secaucus", Country="US"),
    L("Sanmina Corporation", N, "", "s.13 #4", City="San Jose", Country="US"),
    L("Dahua Group Co., Ltd.", N, "", "s.13 #6 Shanghai real estate, not Dahua Technology", City="Shanghai", Country="CN"),
    L("Dahua Electronics Corp.", N, "", "unrelated to Dahua Technology (brief near miss)", City="Taipei", Country="TW"),
    L("New H3C Technologies Co., Ltd.", N, "", "s.13 #10 H3C must not match Huawei (R for Entity List only)", City="Hangzhou", Country="CN"),
    L("Honeywell International Inc.", N, "", "s.13 #22 N brand-level", City="Charlotte", Country="US"),
    L("i-PRO Co., Ltd.", N, "", "s.13 #23 N brand-level", City="Tokyo", Country="JP"),
    L("Axis Communications AB", N, "", "s.13 #25", City="Lund", Country="SE"),
    L("Hanwha Vision Co., Ltd.", N, "", "s.13 #20", City="Seongnam", Country="KR"),
    L("Zhejiang Uniview Technologies Co., Ltd.", N, "", "s.13 #29 not 889 (Entity List only)", City="Hangzhou", Country="CN"),
    L("Lenovo (Beijing) Limited", N, "", "s.13 #26", City="Beijing", Country="CN"),
    L("Xiaomi Communications Co., Ltd.", N, "", "s.13 #27", City="Beijing", Country="CN"),
    L("TP-Link Systems Inc.", N, "", "s.13 #28 not on Covered List", City="Irvine", Country="US"),
    L("Hesai Technology Co., Ltd.", N, "", "s.13 #33 1260H (DoD) only", City="Shanghai", Country="CN"),
    L("Tencent Cloud Computing (Beijing) Co., Ltd.", N, "", "s.13 #31 1260H (DoD) only", City="Beijing", Country="CN"),
    # ---- clean: invented look-alikes
    L("Hikari Vision Optics K.K.", N, "", "invented look-alike of Hikvision", City="Osaka", Country="JP"),
    L("Zeta Telecom Ltd", N, "", "invented look-alike of ZTE", City="Leeds", Country="GB"),
    L("Hytech Plumbing & Heating", N, "", "invented look-alike of Hytera", City="Denver", Country="US"),
    L("Dahl & Hua Partners LLP", N, "", "invented look-alike of Dahua", City="Seattle", Country="US"),
    L("Kasper & Sons Hardware", N, "", "invented look-alike of Kaspersky", City="Milwaukee", Country="US"),
    L("DJ Audio Rentals", N, "", "invented look-alike of DJI", City="Nashville", Country="US"),
    L("Hytrol Conveyor Company, Inc.", N, "", "Hy- prefix look-alike", City="Jonesboro", Country="US"),
    L("Aztec Facility Services", N, "", "contains 'ztec'", City="Houston", Country="US"),
    L("Pacific Northwest Networks LLC", N, "", "look-alike of Pacific Network", City="Portland", Country="US"),
    L("Hangzhou Great Star Industrial Co., Ltd.", N, "", "ordinary Hangzhou company (hand tools)", City="Hangzhou", Country="CN"),
    L("Zhejiang Supcon Technology Co., Ltd.", N, "", "Zhejiang ... Technology Co., Ltd. shape, unrelated", City="Hangzhou", Country="CN"),
    L("Shenzhen Inovance Technology Co., Ltd.", N, "", "ordinary Shenzhen company", City="Shenzhen", Country="CN"),
    L("中興保全科技股份有限公司", N, "", "Taiwan Secom: shares the short name 中興 with ZTE but unrelated", City="台北", Country="TW"),
    L("深圳华伟电子有限公司", N, "", "invented: 华伟 (not 华为), homophone only", City="深圳", Country="CN"),
    L("海尔智家股份有限公司", N, "", "Haier, ordinary Chinese company", City="青岛", Country="CN"),
    L("华润万家有限公司", N, "", "China Resources Vanguard, ordinary", City="深圳", Country="CN"),
    # ---- clean: ordinary
    L("W.W. Grainger, Inc.", N, City="Lake Forest", Country="US"),
    L("Fastenal Company", N, City="Winona", Country="US"),
    L("Würth Industrie Service GmbH & Co. KG", N, City="Bad Mergentheim", Country="DE"),
    L("Siemens AG", N, City="München", Country="DE"),
    L("Schneider Electric SE", N, City="Rueil-Malmaison", Country="FR"),
    L("Cisco Systems, Inc.", N, City="San Jose", Country="US"),
    L("Dell Marketing L.P.", N, City="Round Rock", Country="US"),
    L("CDW Government LLC", N, City="Vernon Hills", Country="US"),
    L("Bosch Security Systems B.V.", N, City="Eindhoven", Country="NL"),
    L("Tata Consultancy Services Limited", N, City="Mumbai", Country="IN"),
    L("Mitsubishi Electric Corporation", N, City="Tokyo", Country="JP"),
    L("Telefonaktiebolaget LM Ericsson", N, City="Stockholm", Country="SE"),
    L("Nokia Solutions and Networks Oy", N, City="Espoo", Country="FI"),
    L("Juniper Networks, Inc.", N, City="Sunnyvale", Country="US"),
    L("Fortinet, Inc.", N, City="Sunnyvale", Country="US"),
    L("Sophos Limited", N, City="Abingdon", Country="GB"),
    L("ESET, spol. s r.o.", N, City="Bratislava", Country="SK"),
    L("Bitdefender S.R.L.", N, City="Bucharest", Country="RO"),
    L("Skydio, Inc.", N, "", "US drone maker", City="San Mateo", Country="US"),
    L("Parrot Drones SAS", N, "", "French drone maker", City="Paris", Country="FR"),
    L("Teledyne FLIR LLC", N, City="Wilsonville", Country="US"),
    L("Motorola Solutions, Inc.", N, City="Chicago", Country="US"),
    L("MOBOTIX AG", N, City="Langmeil", Country="DE"),
    L("VIVOTEK Inc.", N, City="New Taipei", Country="TW"),
    L("IDIS Co., Ltd.", N, "", "s.13 #21", City="Seoul", Country="KR"),
    L("Otis Elevator Company", N, City="Farmington", Country="US"),
    L("ABB Ltd", N, City="Zürich", Country="CH"),
    L("Grupo Bimbo S.A.B. de C.V.", N, City="Ciudad de México", Country="MX"),
    L("Wipro Limited", N, City="Bengaluru", Country="IN"),
    L("Ricoh USA, Inc.", N, City="Exton", Country="US"),
    L("Komatsu Ltd.", N, City="Tokyo", Country="JP"),
    L("Petróleo Brasileiro S.A.", N, City="Rio de Janeiro", Country="BR"),
    L("中国石油化工股份有限公司", N, "", "Sinopec, ordinary Chinese company", City="北京", Country="CN"),
    L("顺丰速运有限公司", N, "", "SF Express, ordinary", City="深圳", Country="CN"),
    L("北京京东世纪贸易有限公司", N, "", "JD.com, ordinary", City="北京", Country="CN"),
    L("美的集团股份有限公司", N, "", "Midea, ordinary", City="佛山", Country="CN"),
]

sup_hidden = [
    L("HUAWEI TECHNOLOGIES (UK) CO. LTD", P, "huawei", "UK subsidiary, hidden sheet", City="Reading", Country="GB"),
    L("Hikvision Europe B.V.", P, "hikvision", "European subsidiary carrying the name, hidden sheet", City="Hoofddorp", Country="NL"),
    L("ZTE Deutschland GmbH", P, "zte", "German subsidiary carrying the name, hidden sheet", City="Düsseldorf", Country="DE"),
    L("Dahua Europe B.V.", P, "dahua", "Dahua Europe B.V. (s.1, seller of Lorex), hidden sheet", City="Amsterdam", Country="NL"),
    L("Hytera Mobilfunk GmbH", P, "hytera", "Hytera Mobilfunk [V], hidden sheet", City="Bad Münder", Country="DE"),
    L("LOREX CORPORATION", R, "dahua", "divested by Dahua (s.13 #14), hidden sheet", City="Linthicum", Country="US"),
    L("Hyster Company", N, "", "s.13 #1, hidden sheet", City="Greenville", Country="US"),
    L("Staples Business Advantage", N, City="Framingham", Country="US"),
]

STREETS = ["Industriestraße 12", "1200 Commerce Dr", "55 Harbour Rd", "Via Roma 8", "Rua Augusta 101",
           "3-1-1 Marunouchi", "Calle Mayor 22", "Kungsgatan 40", "400 Market St", "Plot 17, Sector 5",
           "科技园南区 18号", "Avenue Louise 250", "12 Queen St W", "Lindenweg 3", "880 Oak Park Blvd"]


def _sup_row(rec, vendor_no):
    row = {c: "" for c in SUP_COLS}
    col = rec.get("col", "Name 1")
    row[col] = rec["value"]
    for c in SUP_COLS:
        if c in rec and c != "col":
            row[c] = rec[c]
    row["Vendor"] = f"{vendor_no:010d}"
    row["Street"] = rng.choice(STREETS)
    row["Postal Code"] = str(rng.randint(10000, 99999))
    row["Tax Number 1"] = f"{rng.randint(10**8, 10**9 - 1)}"
    row["Created On"] = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3900))
    row["Blocked"] = ""
    return row, col


def write_suppliers(labels):
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendor Master"
    ws["A1"] = "Vendor Master Data - Company Code 1000"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report RFKKAG00 | Exported 2026-10-31 by PURCH01 | Purch. org 1000"
    header_row = 4
    for j, c in enumerate(SUP_COLS, 1):
        ws.cell(header_row, j, c).font = Font(bold=True)
    recs = list(sup_visible)
    rng.shuffle(recs)
    vendor_no = 100100
    for i, rec in enumerate(recs):
        r = header_row + 1 + i
        vendor_no += rng.randint(1, 40)
        row, col = _sup_row(rec, vendor_no)
        for j, c in enumerate(SUP_COLS, 1):
            ws.cell(r, j, row[c])
        ws.cell(r, SUP_COLS.index("Created On") + 1).number_format = "dd.mm.yyyy"
        labels.append(dict(file="suppliers.xlsx", sheet=ws.title, row=r, expected=rec["expected"],
                           entity=rec["entity"], note=rec["note"], column=col, value=rec["value"]))

    hs = wb.create_sheet("Inactive vendors")
    hs.sheet_state = "hidden"
    for j, c in enumerate(SUP_COLS, 1):
        hs.cell(1, j, c).font = Font(bold=True)
    recs = list(sup_hidden)
    rng.shuffle(recs)
    for i, rec in enumerate(recs):
        r = 2 + i
        vendor_no += rng.randint(1, 40)
        row, col = _sup_row(rec, vendor_no)
        row["Blocked"] = "X"
        for j, c in enumerate(SUP_COLS, 1):
            hs.cell(r, j, row[c])
        labels.append(dict(file="suppliers.xlsx", sheet=hs.title, row=r, expected=rec["expected"],
                           entity=rec["entity"], note=rec["note"], column=col, value=rec["value"]))
    wb.properties.created = dt.datetime(2026, 10, 31, 8, 0, 0)
    wb.save(HERE / "suppliers.xlsx")


# --------------------------------------------------------------------------------------------
# assets.xlsx sheet 1 "Asset Register".  L(value, ..., col=<main column>, other columns...)
# --------------------------------------------------------------------------------------------
A1_COLS = ["Asset Tag", "Make", "Model #", "Device Description", "FCC ID", "Serial No.", "Site",
           "In Service", "Qty", "Unit Cost (USD)", "Total (USD)"]


def A(value, expected, entity="", note="", col="Make", **kw):
    return L(value, expected, entity, note, col=col, **kw)


asset_en = [
    # ---- Hikvision
    A("Hikvision", P, "hikvision", "maker column", **{"Model #": "DS-2CD2143G2-IU", "Device Description": "4MP dome, lobby"}),
    A("DS-2CD2387G2-LU", P, "hikvision", "model only (DS-2CD family), maker blank", col="Model #",
      **{"Device Description": "turret camera, parking lot"}),
    A("DS-2DE4A425IWG-E", P, "hikvision", "PTZ family DS-2DE, maker = distributor", col="Model #",
      Make="ADI Global", **{"Device Description": "PTZ camera, perimeter fence"}),
    A("DS-7616NI-K2/16P", P, "hikvision", "DS-76xx NVR, maker = distributor", col="Model #",
      Make="Anixter", **{"Device Description": "16ch PoE recorder"}),
    A("ds-7732ni-i4/16p", P, "hikvision", "DS-77xx NVR, lower case", col="Model #",
      **{"Device Description": "32 channel recorder"}),
    A("DS-2CD1043G2-LIU", P, "hikvision", "DS-2CD, maker 'Generic'", col="Model #", Make="Generic",
      **{"Device Description": "bullet cam"}),
    A("DS-2DE2A404IW-DE3", P, "hikvision", "DS-2DE mini PTZ, maker n/a", col="Model #", Make="n/a",
      **{"Device Description": "mini PTZ, loading dock"}),
    A("HM-TP52-35QF/W", P, "hikvision", "HIKMICRO HM-T model only", col="Model #",
      **{"Device Description": "handheld thermal imager"}),
    A("HM-TD1017-2/QY", P, "hikvision", "HIKMICRO HM-T model, unrelated maker", col="Model #", Make="Allied Thermal",
      **{"Device Description": "thermal bullet"}),
    A("EZVIZ", P, "hikvision", "Hikvision brand [V]", **{"Model #": "CS-C6N", "Device Description": "Wi-Fi camera break room"}),
    A("HiLook", P, "hikvision", "Hikvision brand [V]", **{"Model #": "IPC-B140H", "Device Description": "4MP bullet"}),
    A("HiWatch", P, "hikvision", "Hikvision brand [V]", **{"Model #": "HWN-2108MH-8P", "Device Description": "8ch NVR"}),
    A("Hiksemi", P, "hikvision", "Hikvision storage brand [V]", **{"Model #": "E100 1TB", "Device Description": "SSD for recorder"}),
    A("HIKROBOT", P, "hikvision", "Hikrobot [V]", **{"Model #": "MV-CS050-10GM", "Device Description": "machine vision camera, line 3"}),
    A("Hikvison", P, "hikvision", "typo", **{"Model #": "", "Device Description": "dome camera"}),
    A("2ADTD-DS2CD2T47", P, "hikvision", "FCC ID grantee 2ADTD, no maker", col="FCC ID",
      **{"Device Description": "outdoor bullet cam"}),
    A("2ADTDDS7608NIQ1", P, "hikvision", "FCC ID grantee 2ADTD without hyphen, maker = OEM", col="FCC ID", Make="OEM",
      **{"Device Description": "8ch recorder"}),
    # ---- Dahua
    A("Dahua", P, "dahua", "maker column", **{"Model #": "DH-IPC-HFW2441S-S", "Device Description": "4MP bullet"}),
    A("DHI-NVR5216-16P-EI", P, "dahua", "DHI- prefix model only", col="Model #", **{"Device Description": "16ch NVR"}),
    A("DH-XVR5108HS-I3", P, "dahua", "DH- prefix model only", col="Model #", **{"Device Description": "8ch DVR"}),
    A("IPC-HDW3449H-AS-PV", P, "dahua", "Dahua type code HDW, maker = distributor", col="Model #", Make="Tech Data",
      **{"Device Description": "eyeball camera"}),
    A("IPC-HFW2831T-ZS-S2", P, "dahua", "Dahua type code HFW", col="Model #", **{"Device Description": "8MP varifocal bullet"}),
    A("IPC-HDBW2441E-S", P, "dahua", "Dahua type code HDBW", col="Model #", Make="Security Depot",
      **{"Device Description": "vandal dome"}),
    A("HAC-HFW1500TL-A", P, "dahua", "HDCVI HAC- + HFW type code", col="Model #", **{"Device Description": "analog bullet"}),
    A("Dahua Technology", P, "dahua", "maker column", **{"Model #": "SD5A445XA-HNR", "Device Description": "PTZ dome"}),
    A("iRAYPLE", P, "dahua", "Huaray brand [V]", **{"Model #": "A7500MG20", "Device Description": "area scan camera"}),
    # ---- Huawei
    A("HUAWEI", P, "huawei", "maker caps", **{"Model #": "S5735-L24T4S-A1", "Device Description": "access switch IDF-2"}),
    A("Huawei", P, "huawei", "Huawei camera with maker named", **{"Model #": "IPC6512-Z30", "Device Description": "camera"}),
    A("QISB535-333", P, "huawei", "FCC ID grantee QIS", col="FCC ID", **{"Device Description": "4G CPE router"}),
    A("qis-h122-373", P, "huawei", "FCC ID QIS lower case with hyphen", col="FCC ID", Make="Unknown",
      **{"Device Description": "5G indoor CPE"}),
    A("Huawei Technologies Co Ltd", P, "huawei", "legal name in maker column", **{"Model #": "AR6140-16G4XG",
      "Device Description": "branch router"}),
    # ---- ZTE
    A("SRQ-MF286R", P, "zte", "FCC ID grantee SRQ", col="FCC ID", **{"Model #": "MF286R", "Device Description": "LTE router"}),
    A("ZTE", P, "zte", "maker", **{"Model #": "ZXHN F670L", "Device Description": "GPON ONT"}),
    A("Nubia", P, "zte", "Nubia/Red Magic = ZTE [V]", **{"Model #": "NX769J", "Device Description": "Red Magic 9 Pro test phone"}),
    A("zte", P, "zte", "lower case maker", **{"Model #": "MC801A", "Device Description": "5G CPE"}),
    # ---- Hytera
    A("Hytera", P, "hytera", "maker", **{"Model #": "PD985", "Device Description": "DMR portable radio"}),
    A("YAMPD78XU1", P, "hytera", "FCC ID grantee YAM", col="FCC ID", **{"Device Description": "portable radio"}),
    A("HYT", P, "hytera", "former name HYT [V]", **{"Model #": "TC-610", "Device Description": "UHF radio (legacy)"}),
    A("Hytera", P, "hytera", "maker", **{"Model #": "MD785i", "Device Description": "mobile radio, truck 12"}),
    # ---- DJI / Autel / Kaspersky
    A("DJI", P, "dji", "maker", **{"Model #": "Matrice 350 RTK", "Device Description": "inspection drone"}),
    A("D.J.I.", P, "dji", "dotted", **{"Model #": "Mavic 3T", "Device Description": "thermal drone"}),
    A("DJI Mini 4 Pro drone kit", P, "dji", "product named in description, maker blank", col="Device Description"),
    A("SS3-M3E2209", P, "dji", "FCC ID grantee SS3 (DJI [V])", col="FCC ID", **{"Device Description": "survey drone"}),
    A("Autel Robotics", P, "autel-robotics", "maker", **{"Model #": "EVO II Dual 640T V3", "Device Description": "thermal drone"}),
    A("AUTEL ROBOTICS", P, "autel-robotics", "caps", **{"Model #": "EVO Max 4T", "Device Description": "drone, SAR team"}),
    A("Kaspersky Lab", P, "kaspersky", "maker", **{"Model #": "KL4863", "Device Description": "endpoint security license key"}),
    # ---- review
    A("Lorex", R, "dahua", "divested brand, in service 2024 (s.13 #14)", **{"Model #": "N864A6", "Device Description": "4K NVR",
      "In Service": dt.date(2024, 5, 2)}),
    A("Imou", R, "dahua", "Imou/Huacheng link is [P]", **{"Model #": "IPC-F42FP-D", "Device Description": "Wi-Fi camera"}),
    A("2AVYF-IPCA22EP", R, "dahua", "FCC grantee 2AVYF = Huacheng/Imou; Huacheng->Dahua [P] -> review", col="FCC ID",
      **{"Device Description": "indoor camera"}),
    A("Interlogix", R, "hikvision", "OEM relabeler (TruVision) [V]", **{"Model #": "TVN-2208", "Device Description": "TruVision NVR"}),
    A("IndigoVision", R, "dahua", "relabeled Dahua until 2021 [V]", **{"Model #": "BX420", "Device Description": "bullet camera"}),
    A("MF971R", R, "zte", "weak ZTE MF pattern alone", col="Model #", **{"Device Description": "mobile hotspot"}),
    A("PD365", R, "hytera", "weak Hytera PD pattern alone", col="Model #", **{"Device Description": "two-way radio"}),
    A("IPC6512-Z30", P, "huawei", "Huawei camera model alone: a sourced Huawei model (DOMAIN s.10 [V]) (relabelled by lead, issue 4: sourced models are proof)", col="Model #", **{"Device Description": "PTZ camera"}),
    A("Wall mount bracket compatible with Hikvision dome cameras", R, "hikvision",
      "mentions Hikvision only as compatibility: review", col="Device Description", Make="Kenro Mounts", **{"Model #": "WM-200"}),
    A("PowerTrunk", R, "hytera", "Teltronic US brand, sold 2025 (s.13 #18)", **{"Model #": "MDT-400", "Device Description": "TETRA terminal",
      "In Service": dt.date(2025, 11, 3)}),
    A("Anzu Robotics", R, "dji", "s.13 #38", **{"Model #": "Raptor T", "Device Description": "thermal drone"}),
    A("Autel", R, "autel-robotics", "Autel MaxiSys = Autel Intelligent (automotive), s.13 #36",
      **{"Model #": "MaxiSys MS906 Pro", "Device Description": "automotive diagnostic tablet"}),
    A("Honor", R, "huawei", "s.13 #11", **{"Model #": "Magic6 Pro", "Device Description": "smartphone"}),
    # ---- clean
    A("Cisco", N, **{"Model #": "C9300-48P", "Device Description": "core switch", "FCC ID": "LDK102087"}),
    A("Axis", N, "", "s.13 #25", **{"Model #": "P3265-LVE", "Device Description": "dome camera"}),
    A("Hanwha Vision", N, "", "s.13 #20", **{"Model #": "XNV-8080R", "Device Description": "5MP dome"}),
    A("Bosch", N, **{"Model #": "NDE-3503-AL", "Device Description": "dome camera"}),
    A("i-PRO", N, "", "s.13 #23", **{"Model #": "WV-S2136L", "Device Description": "indoor dome"}),
    A("Honeywell", N, "", "s.13 #22 current line", **{"Model #": "HC30W45R3", "Device Description": "equIP bullet"}),
    A("DS920+", N, "", "Synology DS NAS (s.13 #7)", col="Model #", Make="Synology", **{"Device Description": "NAS for VMS archive"}),
    A("DS1821+", N, "", "Synology DS NAS (s.13 #7)", col="Model #", Make="Synology", **{"Device Description": "8-bay NAS"}),
    A("DS03202B", N, "", "Aeon Labs Minimote (s.13 #8)", col="Model #", Make="Aeon Labs", **{"Device Description": "Z-Wave remote"}),
    A("NVR-16CH-POE", N, "", "generic NVR string (s.13 #9)", col="Model #", Make="Generic", **{"Device Description": "16ch NVR"}),
    A("XVR 8CH 5MP hybrid recorder", N, "", "generic XVR string (s.13 #9)", col="Device Description", Make="Generic"),
    A("IPC2124LB-SF28KM-G", N, "", "Uniview IPC model (s.13 #9/#29)", col="Model #", Make="Uniview",
      **{"Device Description": "4MP bullet"}),
    A("Lenovo", N, "", "s.13 #26", **{"Model #": "ThinkPad T14 Gen 4", "Device Description": "laptop"}),
    A("Dell", N, **{"Model #": "Latitude 5440", "Device Description": "laptop"}),
    A("HP", N, **{"Model #": "LaserJet M507dn", "Device Description": "printer"}),
    A("Xiaomi", N, "", "s.13 #27", **{"Model #": "Redmi Pad SE", "Device Description": "tablet, signage"}),
    A("TP-Link", N, "", "s.13 #28", **{"Model #": "TL-SG1016D", "Device Description": "unmanaged switch"}),
    A("ZT411", N, "", "Zebra printer model, ZT prefix", col="Model #", Make="Zebra", **{"Device Description": "label printer"}),
    A("Hyster", N, "", "s.13 #1 forklift", **{"Model #": "H50FT", "Device Description": "forklift"}),
    A("Yale", N, "", "s.13 #2", **{"Model #": "GLP050VX", "Device Description": "forklift"}),
    A("Verkada", N, **{"Model #": "CD52", "Device Description": "dome camera"}),
    A("Motorola Solutions", N, **{"Model #": "APX 6000", "Device Description": "P25 radio", "FCC ID": "AZ489FT7045"}),
    A("Kenwood", N, **{"Model #": "NX-3220", "Device Description": "VHF radio"}),
    A("Icom", N, **{"Model #": "IC-F52D", "Device Description": "handheld radio"}),
    A("Skydio", N, **{"Model #": "X10", "Device Description": "drone"}),
    A("Parrot", N, **{"Model #": "ANAFI USA", "Device Description": "drone"}),
    A("Teledyne FLIR", N, **{"Model #": "E8-XT", "Device Description": "thermal camera"}),
    A("Hesai", N, "", "s.13 #33", **{"Model #": "Pandar64", "Device Description": "lidar, AGV"}),
    A("BCG-E4170", N, "", "Apple FCC ID", col="FCC ID", Make="Apple", **{"Model #": "A2849", "Device Description": "smartphone"}),
    A("A3LSMS911U", N, "", "Samsung FCC ID", col="FCC ID", Make="Samsung", **{"Model #": "SM-S911U", "Device Description": "smartphone"}),
    A("PD9AX200NG", N, "", "Intel FCC ID PD9 (not Hytera PD###)", col="FCC ID", Make="Intel",
      **{"Model #": "AX200NGW", "Device Description": "Wi-Fi module in kiosk"}),
    A("Ubiquiti", N, **{"Model #": "U6-Pro", "Device Description": "access point"}),
    A("APC", N, **{"Model #": "SMT1500RM2U", "Device Description": "UPS"}),
    A("Fluke", N, **{"Model #": "Ti480 PRO", "Device Description": "thermal imager"}),
    A("H3C", N, "", "s.13 #10 must not match Huawei (R only for Entity List)", **{"Model #": "S5130S-28S-EI",
      "Device Description": "access switch"}),
    A("Hikari Vision Optics", N, "", "invented look-alike", **{"Model #": "HVO-35", "Device Description": "35mm lens"}),
    A("MOBOTIX", N, **{"Model #": "Mx-M16B", "Device Description": "dual camera"}),
    A("VIVOTEK", N, **{"Model #": "FD9380-HTV", "Device Description": "dome"}),
]

SITES = ["HQ Bldg A", "HQ Bldg B", "Warehouse 2", "Data Center East", "Plant 4 - Line 3", "Depot North",
         "Training Center", "Field Ops"]


def write_assets(labels):
    wb = Workbook()
    ws = wb.active
    ws.title = "Asset Register"
    ncol = len(A1_COLS)
    ws["A1"] = "FY26 IT/OT Asset Register - Facilities & Security"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Source: CMDB export 2026-10-31 (do not edit)"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header_row = 3
    for j, c in enumerate(A1_COLS, 1):
        ws.cell(header_row, j, c).font = Font(bold=True)
    recs = list(asset_en)
    rng.shuffle(recs)
    first = header_row + 1
    ci = {c: i + 1 for i, c in enumerate(A1_COLS)}
    for i, rec in enumerate(recs):
        r = first + i
        col = rec["col"]
        vals = {c: rec.get(c, "") for c in A1_COLS}
        vals[col] = rec["value"]
        vals["Asset Tag"] = f"IT-{rng.randint(1000, 99999):05d}"
        vals["Serial No."] = rng.randint(10**9, 10**10 - 1) if rng.random() < 0.4 else \
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
        if not vals["In Service"]:
            vals["In Service"] = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2400))
        vals["Qty"] = rng.randint(1, 24)
        vals["Unit Cost (USD)"] = round(rng.uniform(35, 4800), 2)
        vals["Site"] = ""
        for c in A1_COLS:
            if c in ("Total (USD)", "Site"):
                continue
            ws.cell(r, ci[c], vals[c])
        ws.cell(r, ci["In Service"]).number_format = "yyyy-mm-dd"
        ws.cell(r, ci["Total (USD)"], f"={ws.cell(r, ci['Qty']).coordinate}*{ws.cell(r, ci['Unit Cost (USD)']).coordinate}")
        labels.append(dict(file="assets.xlsx", sheet=ws.title, row=r, expected=rec["expected"],
                           entity=rec["entity"], note=rec["note"], column=col, value=rec["value"]))
    last = first + len(recs) - 1
    # merged Site cells over runs of rows
    r = first
    while r <= last:
        run = min(rng.randint(3, 9), last - r + 1)
        ws.cell(r, ci["Site"], rng.choice(SITES))
        if run > 1:
            ws.merge_cells(start_row=r, start_column=ci["Site"], end_row=r + run - 1, end_column=ci["Site"])
        r += run

    write_cn_sheet(wb, labels)
    wb.properties.created = dt.datetime(2026, 10, 31, 8, 0, 0)
    wb.save(HERE / "assets.xlsx")


# --------------------------------------------------------------------------------------------
# assets.xlsx sheet 2: Chinese subsidiary register
# --------------------------------------------------------------------------------------------
CN_COLS = ["资产编号", "制造商", "品牌", "型号", "描述", "数量", "单价(元)", "金额(元)", "购置日期", "使用部门"]


def C(value, expected, entity="", note="", col="制造商", **kw):
    return L(value, expected, entity, note, col=col, **kw)


asset_cn = [
    C("华为技术有限公司", P, "huawei", "simplified legal name (华为)", 型号="S5735-S48T4X", 描述="接入交换机"),
    C("华为", P, "huawei", "short simplified name in brand column", col="品牌", 型号="AirEngine 5761-21", 描述="无线AP"),
    C("華為技術有限公司", P, "huawei", "traditional legal name", 型号="OptiX PTN 950", 描述="传输设备"),
    C("中兴", P, "zte", "short simplified name in brand column", col="品牌", 型号="ZXR10 5960", 描述="汇聚交换机"),
    C("中興通訊股份有限公司", P, "zte", "traditional legal name", 型号="ZXA10 C600", 描述="OLT"),
    C("海能达通信股份有限公司", P, "hytera", "Chinese legal name", 品牌="海能达", 型号="PD680", 描述="数字对讲机"),
    C("海能達", P, "hytera", "traditional short name", col="品牌", 描述="对讲机"),
    C("杭州海康威視數字技術股份有限公司", P, "hikvision", "traditional legal name", 描述="网络硬盘录像机"),
    C("海康威视", P, "hikvision", "simplified short name in brand column", col="品牌", 描述="半球摄像机"),
    C("海康威視", P, "hikvision", "traditional short name", col="品牌", 型号="", 描述="枪式摄像机"),
    C("DS-2CD3T47EWD-L", P, "hikvision", "DS-2CD model only", col="型号", 描述="筒型网络摄像机"),
    C("大华", P, "dahua", "short name in brand column with Dahua model", col="品牌", 型号="DH-IPC-HDW2439T-A-LED", 描述="网络摄像机"),
    C("浙江大華技術股份有限公司", P, "dahua", "traditional legal name (大華)", 描述="硬盘录像机"),
    C("大疆", P, "dji", "DJI short Chinese name [M] in brand column", col="品牌", 型号="Matrice 30T", 描述="巡检无人机"),
    C("道通智能", P, "autel-robotics", "Autel Robotics short Chinese name [M]", col="品牌", 型号="EVO Lite+", 描述="无人机"),
    C("海康威视硬盘录像机 16路", P, "hikvision", "description names the product's maker", col="描述"),
    # review
    C("摄像机支架（兼容海康威视球机）", R, "hikvision", "compatibility mention only: review", col="描述", 制造商="宁波永达五金有限公司"),
    C("Imou", R, "dahua", "Imou/Huacheng [P]", col="品牌", 型号="IPC-T22EP", 描述="家用摄像机"),
    C("荣耀终端有限公司", R, "huawei", "Honor Device (Chinese name, [M]) divested from Huawei", 型号="MagicBook 14", 描述="笔记本电脑"),
    C("超聚变数字技术有限公司", R, "huawei", "xFusion (超聚变 [M]) divested 2021", 型号="FusionServer 2288H V7", 描述="服务器"),
    # clean
    C("联想(北京)有限公司", N, "", "Lenovo", 型号="ThinkCentre M70q", 描述="台式机"),
    C("小米科技有限责任公司", N, "", "Xiaomi", 型号="Redmi Note 13", 描述="手机"),
    C("新华三技术有限公司", N, "", "New H3C (s.13 #10); must not match Huawei", 型号="S5130S-28S-EI", 描述="交换机"),
    C("浙江宇视科技有限公司", N, "", "Uniview (s.13 #29), not 889", 型号="IPC3614SB-ADF28KM-I0", 描述="网络摄像机"),
    C("大华集团有限公司", N, "", "Dahua Group real estate (s.13 #6)", 描述="物业服务费"),
    C("大华银行（中国）有限公司", N, "", "UOB China (大华银行), a bank", 描述="银行手续费"),
    C("中興保全科技股份有限公司", N, "", "Taiwan Secom, not ZTE", 描述="保全服务"),
    C("海尔智家股份有限公司", N, "", "Haier", 型号="KFR-35GW", 描述="空调"),
    C("海信视像科技股份有限公司", N, "", "Hisense", 型号="65E7K", 描述="会议室电视"),
    C("珠海格力电器股份有限公司", N, "", "Gree", 型号="KFR-72LW", 描述="柜式空调"),
    C("华硕电脑股份有限公司", N, "", "ASUS", 型号="ExpertBook B9", 描述="笔记本电脑"),
    C("大江建筑工程有限公司", N, "", "invented: 大江 (not 大疆)", 描述="装修工程"),
    C("深圳华伟电子有限公司", N, "", "invented: 华伟 (not 华为)", 描述="电子元件"),
    C("中国石油化工股份有限公司", N, "", "Sinopec", 描述="柴油"),
    C("顺丰速运有限公司", N, "", "SF Express", 描述="快递费"),
    C("西门子(中国)有限公司", N, "", "Siemens China", 型号="S7-1500", 描述="PLC"),
    C("施耐德电气(中国)有限公司", N, "", "Schneider China", 型号="SRV3KI", 描述="UPS电源"),
    C("群晖", N, "", "Synology brand; DS model (s.13 #7)", col="品牌", 型号="DS923+", 描述="网络存储"),
    C("腾讯云计算(北京)有限责任公司", N, "", "Tencent (s.13 #31, DoD only)", 描述="云服务器租赁"),
    C("上海禾赛科技有限公司", N, "", "Hesai (s.13 #33, DoD only)", 型号="AT128", 描述="激光雷达"),
    C("普联技术有限公司", N, "", "TP-Link (s.13 #28)", 型号="TL-R470GP", 描述="路由器"),
    C("安讯士", N, "", "Axis (Chinese name)", col="品牌", 型号="M3086-V", 描述="网络摄像机"),
]

DEPTS = ["信息中心", "安保部", "仓储部", "生产一部", "行政部"]


def write_cn_sheet(wb, labels):
    ws = wb.create_sheet("深圳分公司资产")
    ncol = len(CN_COLS)
    ws["A1"] = "深圳分公司固定资产台账（2026年）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    header_row = 2
    for j, c in enumerate(CN_COLS, 1):
        ws.cell(header_row, j, c).font = Font(bold=True)
    ci = {c: i + 1 for i, c in enumerate(CN_COLS)}
    recs = list(asset_cn)
    rng.shuffle(recs)
    first = header_row + 1
    for i, rec in enumerate(recs):
        r = first + i
        col = rec["col"]
        vals = {c: rec.get(c, "") for c in CN_COLS}
        vals[col] = rec["value"]
        vals["资产编号"] = f"SZ-{2020 + rng.randint(0, 6)}-{rng.randint(1, 9999):04d}"
        vals["数量"] = rng.randint(1, 30)
        vals["单价(元)"] = round(rng.uniform(80, 52000), 2)
        vals["购置日期"] = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2100))
        for c in CN_COLS:
            if c in ("金额(元)", "使用部门"):
                continue
            ws.cell(r, ci[c], vals[c])
        ws.cell(r, ci["购置日期"]).number_format = "yyyy/m/d"
        ws.cell(r, ci["金额(元)"], f"=ROUND({ws.cell(r, ci['数量']).coordinate}*{ws.cell(r, ci['单价(元)']).coordinate},2)")
        labels.append(dict(file="assets.xlsx", sheet=ws.title, row=r, expected=rec["expected"],
                           entity=rec["entity"], note=rec["note"], column=col, value=rec["value"]))
    last = first + len(recs) - 1
    r = first
    while r <= last:
        run = min(rng.randint(2, 8), last - r + 1)
        ws.cell(r, ci["使用部门"], rng.choice(DEPTS))
        if run > 1:
            ws.merge_cells(start_row=r, start_column=ci["使用部门"], end_row=r + run - 1, end_column=ci["使用部门"])
        r += run


# --------------------------------------------------------------------------------------------
# po_lines.csv  (cp1252, ';', European numbers).  Main column = Supplier unless col= given.
# --------------------------------------------------------------------------------------------
PO_COLS = ["PO Number", "Line", "Supplier", "Item text", "Mfr Part No", "Qty", "Net value", "Currency", "Delivery date"]


def O(value, expected, entity="", note="", col="Supplier", **kw):
    return L(value, expected, entity, note, col=col, **kw)


po = [
    # ---- Huawei
    O("HUAWEI TECHNOLOGIES CO.,LTD", P, "huawei", "caps", **{"Item text": "OptiX OSN 1800 spare board"}),
    O("Huawei Technologies Co., Ltd. (Shenzhen, China)", P, "huawei", "city/country appended", **{"Item text": "RRU maintenance 2026"}),
    O("HuaweiTechnologies Co Ltd", P, "huawei", "missing space", **{"Item text": "SFP+ modules"}),
    O("Huawei  Technologies  Co.,  Ltd", P, "huawei", "doubled spaces", **{"Item text": "transmission support"}),
    O("Huawei Tech Investment Co., Ltd.", P, "huawei", "Huawei Tech Investment [V]", **{"Item text": "license fees"}),
    O("Huawei OpenLab München", P, "huawei", "Huawei OpenLab Munich [V], umlaut", **{"Item text": "interop test week"}),
    O("Huawei Technologies Co., Ltd. – OptiX transport equipment", P, "huawei", "name followed by product note"),
    O("HUAWEI eKit AP361 access point", P, "huawei", "Huawei product bought via reseller", col="Item text",
      Supplier="Société Française de Réseaux SARL"),
    # ---- ZTE
    O("ZTE Corpration", P, "zte", "typo", **{"Item text": "5G NR baseband unit"}),
    O("Z.T.E. Corp", P, "zte", "dotted acronym", **{"Item text": "OLT line cards"}),
    O("ZTE USA Inc – Richardson, TX", P, "zte", "city appended", **{"Item text": "hotspots"}),
    O("ZTE MF296C LTE router", P, "zte", "ZTE product named in item text", col="Item text", Supplier="Müller Funktechnik GmbH",
      **{"Mfr Part No": "MF296C"}),
    O("ZTE Corp. / Nubia Red Magic 9 Pro", P, "zte", "maker + brand in supplier", **{"Item text": "gaming phones for lab"}),
    # ---- Hytera
    O("Hytera Mobilfunk GmbH, Bad Münder", P, "hytera", "Hytera Mobilfunk [V] with town", **{"Item text": "TETRA repair"}),
    O("Hytrea Communications Corp", P, "hytera", "typo transposition", **{"Item text": "DMR repeaters"}),
    O("Project Shortway Limited", P, "hytera", "Hytera UK bidco [V]", **{"Item text": "service contract"}),
    O("Hytera PD985 DMR handheld", P, "hytera", "Hytera product named in item text", col="Item text",
      Supplier="Funk & Sicherheit Müller GmbH", **{"Mfr Part No": "PD985"}),
    O("HYTERA", P, "hytera", "caps short", **{"Item text": "batteries BL2010"}),
    # ---- Hikvision
    O("HIKVISION", P, "hikvision", "caps short", **{"Item text": "annual maintenance"}),
    O("Hikvsion Europe B.V.", P, "hikvision", "typo transposition", **{"Item text": "camera spares"}),
    O("hikvision digital technology", P, "hikvision", "lower case, no legal form", **{"Item text": "VMS licences"}),
    O("DS-2CD2343G2-IU", P, "hikvision", "DS-2CD in part number, supplier = distributor", col="Mfr Part No",
      Supplier="Anixter Inc.", **{"Item text": "4MP turret camera"}),
    O("DS-2CD2T87G2-L", P, "hikvision", "DS-2CD part number", col="Mfr Part No", Supplier="ScanSource Europe",
      **{"Item text": "bullet camera 8MP"}),
    O("EZVIZ C3TN outdoor camera", P, "hikvision", "EZVIZ brand [V] in item text", col="Item text", Supplier="ADI Global Distribution"),
    O("HiWatch 4ch NVR kit", P, "hikvision", "HiWatch brand [V] in item text", col="Item text",
      Supplier="Société Générale de Sécurité SA"),
    O("Hikvision USA, Inc. – IP cameras", P, "hikvision", "name + product note"),
    O("DS-7608NI-Q1/8P", P, "hikvision", "DS-76xx NVR, supplier unrelated", col="Mfr Part No", Supplier="Bürotechnik Weiß KG",
      **{"Item text": "recorder"}),
    # ---- Dahua
    O("Dahua Tech", P, "dahua", "abbreviated", **{"Item text": "camera spares"}),
    O("DAHUA TECHNOLOGY CO LTD - HANGZHOU CHINA", P, "dahua", "caps with city/country", **{"Item text": "PTZ"}),
    O("Dauha Technology Co., Ltd.", P, "dahua", "typo transposition", **{"Item text": "access control"}),
    O("DH-IPC-HDW2441T-S", P, "dahua", "DH- part number", col="Mfr Part No", Supplier="Wesco Distribution",
      **{"Item text": "4MP eyeball camera"}),
    O("DHI-NVR4216-16P-4KS2", P, "dahua", "DHI- part number", col="Mfr Part No", Supplier="Tech Data Europe GmbH",
      **{"Item text": "16ch NVR"}),
    O("IPC-HFW1230S-S5", P, "dahua", "Dahua HFW type code, supplier blank", col="Mfr Part No", Supplier="",
      **{"Item text": "2MP bullet"}),
    O("zhejiang dahua technology", P, "dahua", "lower, no legal form", **{"Item text": "XVR recorders"}),
    # ---- Kaspersky
    O("Kasperksy Lab", P, "kaspersky", "typo", **{"Item text": "renewal"}),
    O("Kaspersky Endpoint Security for Business Select – 250 nodes renewal", P, "kaspersky",
      "Kaspersky product via reseller", col="Item text", Supplier="Softline Solutions GmbH"),
    O("kaspersky lab inc", P, "kaspersky", "lower", **{"Item text": "KSC licences"}),
    # ---- DJI / Autel
    O("DJI", P, "dji", "short", **{"Item text": "Matrice 30T spare batteries"}),
    O("DJI Mavic 3 Enterprise thermal bundle", P, "dji", "DJI product via reseller", col="Item text", Supplier="B&H Photo Video"),
    O("Da Jiang Innovations Science & Technology", P, "dji", "DJI long name variant", **{"Item text": "drone service"}),
    O("Autel Robotics USA LLC", P, "autel-robotics", "US arm", **{"Item text": "EVO II Pro 6K"}),
    O("Autel Robotics EVO Max 4T", P, "autel-robotics", "product via reseller", col="Item text", Supplier="Drone Nerds Inc."),
    # ---- carriers
    O("CHINA MOBILE INTL (USA) INC", P, "china-mobile", "abbreviated Intl", **{"Item text": "IPLC circuit NYC-HKG"}),
    O("China Telecom Americas Corp., Herndon VA", P, "china-telecom-americas", "no parentheses, city", **{"Item text": "MPLS port"}),
    O("CHINA UNICOM (AMERICAS) OPS LTD", P, "china-unicom-americas", "abbreviated", **{"Item text": "IP transit"}),
    O("Pacific Network Corp / ComNet (USA) LLC", P, "pacific-network", "both names", **{"Item text": "international voice"}),
    # ---- review
    O("Lorex Corporation", R, "dahua", "divested (s.13 #14), delivery 2025", **{"Item text": "4K NVR security kit",
      "Delivery date": "14.03.2025"}),
    O("XFUSION DIGITAL TECHNOLOGIES", R, "huawei", "xFusion divested (s.13 #12)", **{"Item text": "FusionServer 2288H V7"}),
    O("Sepura plc", R, "hytera", "s.13 #17", **{"Item text": "SC20 TETRA radio"}),
    O("PowerTrunk Inc.", R, "hytera", "Teltronic brand after 2025 sale (s.13 #18)", **{"Item text": "TETRA base station service",
      "Delivery date": "02.02.2026"}),
    O("Interlogix", R, "hikvision", "TruVision OEM relabeler (s.10)", **{"Item text": "TruVision TVR 15HD"}),
    O("Lens hood fits DJI Mavic 3 (third-party)", R, "dji", "compatibility mention only", col="Item text",
      Supplier="Amazon Business EU S.à r.l."),
    O("Replacement 12V PSU for Dahua NVR – non-OEM", R, "dahua", "compatibility mention only", col="Item text",
      Supplier="Conrad Electronic SE"),
    O("Patch cable for Huawei ONT, generic", R, "huawei", "compatibility mention only", col="Item text", Supplier="Kabel Böhm GmbH"),
    O("MF833V", R, "zte", "weak ZTE MF pattern alone", col="Mfr Part No", Supplier="Mobile Store GmbH",
      **{"Item text": "LTE USB stick"}),
    O("Anzu Robotics", R, "dji", "s.13 #38", **{"Item text": "Raptor T drone"}),
    O("Autel Intelligent Technology Corp", R, "autel-robotics", "s.13 #36 automotive", **{"Item text": "MaxiSys Ultra"}),
    O("TruVision", R, "hikvision", "Interlogix brand (s.10)", col="Item text", Supplier="Carrier Fire & Security",
      **{"Mfr Part No": "TVD-5101"}),
    # ---- clean near misses
    O("Hyster-Yale UK Ltd", N, "", "s.13 #1", **{"Item text": "forklift service"}),
    O("ZT Systems", N, "", "s.13 #3", **{"Item text": "rack servers"}),
    O("Sanmina-SCI", N, "", "s.13 #4", **{"Item text": "PCBA"}),
    O("Dahua Hotel Shanghai", N, "", "hotel named Dahua", **{"Item text": "accommodation 3 nights"}),
    O("DAHUA ELECTRONICS CORP.", N, "", "brief near miss", **{"Item text": "capacitors"}),
    O("Dahl & Hua Partners", N, "", "invented look-alike", **{"Item text": "legal advice"}),
    O("Kasper & Sons", N, "", "invented look-alike", **{"Item text": "fasteners"}),
    O("DJ Audio Rentals", N, "", "invented look-alike", **{"Item text": "PA system for town hall"}),
    O("Zeta Telecom", N, "", "invented look-alike", **{"Item text": "SIP trunks"}),
    O("Hytech Plumbing", N, "", "invented look-alike", **{"Item text": "boiler repair"}),
    O("Hikari Vision Optics", N, "", "invented look-alike", **{"Item text": "lenses"}),
    O("Brasserie L'Autel", N, "", "restaurant; 'autel' = altar", **{"Item text": "catering"}),
    O("Synology UK Ltd", N, "", "s.13 #7", **{"Item text": "DiskStation DS923+", "Mfr Part No": "DS923+"}),
    O("Honeywell Security", N, "", "s.13 #22", **{"Item text": "intrusion panel"}),
    O("i-PRO EMEA B.V.", N, "", "s.13 #23", **{"Item text": "WV-X1551LN camera"}),
    O("Axis Communications", N, "", "s.13 #25", **{"Item text": "P1468-LE"}),
    O("Hanwha Vision Europe", N, "", "s.13 #20", **{"Item text": "QNO-6012R"}),
    O("Zhejiang Uniview Technologies", N, "", "s.13 #29", **{"Item text": "IPC322LB camera"}),
    O("Lenovo Global Technology", N, "", "s.13 #26", **{"Item text": "ThinkSystem SR650"}),
    O("Xiaomi Technology Netherlands", N, "", "s.13 #27", **{"Item text": "phones"}),
    O("TP-Link Deutschland GmbH", N, "", "s.13 #28", **{"Item text": "Omada switches"}),
    O("Hesai Technology", N, "", "s.13 #33", **{"Item text": "lidar sensors"}),
    O("Tencent Cloud Europe B.V.", N, "", "s.13 #31", **{"Item text": "CDN"}),
    O("H3C Technologies", N, "", "s.13 #10", **{"Item text": "switches"}),
    O("Generic CCTV Ltd", N, "", "generic NVR string", **{"Item text": "NVR 8 channel PoE"}),
    O("Hytrol Conveyor", N, "", "look-alike", **{"Item text": "conveyor rollers"}),
    # ---- clean ordinary (accented)
    O("Société Générale de Nettoyage SAS", N, **{"Item text": "cleaning services"}),
    O("Müller Büromaterial GmbH", N, **{"Item text": "Kopierpapier A4"}),
    O("Würth Elektronik eiSos GmbH & Co. KG", N, **{"Item text": "ferrite cores"}),
    O("Café Léon Catering", N, **{"Item text": "lunch meeting"}),
    O("Señor Frío Refrigeración S.L.", N, **{"Item text": "cold room service"}),
    O("Åkerström Verktyg AB", N, **{"Item text": "hand tools"}),
    O("Øresund Logistik ApS", N, **{"Item text": "freight"}),
    O("RS Components Ltd", N, **{"Item text": "connectors"}),
    O("Farnell", N, **{"Item text": "resistors"}),
    O("Mouser Electronics", N, **{"Item text": "microcontrollers"}),
    O("Lyreco", N, **{"Item text": "toner"}),
    O("Securitas AB", N, **{"Item text": "guard services"}),
    O("Sodexo", N, **{"Item text": "canteen"}),
    O("DHL Express", N, **{"Item text": "courier"}),
    O("Telefónica Germany", N, **{"Item text": "mobile contracts"}),
    O("Deutsche Telekom AG", N, **{"Item text": "fiber line"}),
    O("Orange Business", N, **{"Item text": "SD-WAN"}),
    O("Microsoft Ireland Operations Ltd", N, **{"Item text": "M365 E3"}),
    O("SAP SE", N, **{"Item text": "S/4HANA support"}),
    O("Hilti AG", N, **{"Item text": "anchors"}),
    O("Festo SE & Co. KG", N, **{"Item text": "pneumatics"}),
    O("3M Deutschland GmbH", N, **{"Item text": "PPE"}),
    O("Michelin", N, **{"Item text": "tyres"}),
    O("TotalEnergies Marketing", N, **{"Item text": "diesel"}),
    O("Nestlé Professional", N, **{"Item text": "coffee"}),
    O("Ætna Bürodienst", N, **{"Item text": "temp staff"}),
    O("Crème de la Crème Events", N, **{"Item text": "venue"}),
]


def euro(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def write_po(labels):
    recs = list(po)
    rng.shuffle(recs)
    rows = [PO_COLS]
    po_no = 4500012000
    line = 0
    for rec in recs:
        if line == 0 or rng.random() < 0.3:
            po_no += rng.randint(1, 60)
            line = 0
        line += 10
        vals = {c: rec.get(c, "") for c in PO_COLS}
        vals[rec["col"]] = rec["value"]
        qty = rng.randint(1, 50)
        vals["PO Number"] = str(po_no)
        vals["Line"] = str(line)
        vals["Qty"] = str(qty)
        vals["Net value"] = euro(qty * rng.uniform(5, 3000))
        vals["Currency"] = "EUR"
        if not vals["Delivery date"]:
            d = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 650))
            vals["Delivery date"] = d.strftime("%d.%m.%Y")
        rows.append([vals[c] for c in PO_COLS])
        labels.append(dict(file="po_lines.csv", sheet="", row=len(rows), expected=rec["expected"],
                           entity=rec["entity"], note=rec["note"], column=rec["col"], value=rec["value"]))
    with open(HERE / "po_lines.csv", "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(rows)


def main():
    labels: list[dict] = []
    write_suppliers(labels)
    write_assets(labels)
    write_po(labels)
    with open(HERE / "labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["file", "sheet", "row", "expected", "entity", "note", "column", "value"])
        w.writeheader()
        w.writerows(labels)
    from collections import Counter
    print(Counter(l["expected"] for l in labels), len(labels))


if __name__ == "__main__":
    main()
