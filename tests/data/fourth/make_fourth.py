#!/usr/bin/env python3
"""Blind test set #4 generator (independent author).

Writes into the directory of this script:
  vendor_master_fourth.xlsx   (sheet "Vendors": title row 1, header row 2, data from row 3;
                               hidden sheet "Inactive_Vendors": header row 1, data from row 2)
  asset_register_fourth.xlsx  (sheet "Assets": header row 1)
  po_lines_fourth.csv         (UTF-8, header row 1)
  labels.csv                  (file,sheet,row,expected,entity,note,column,value)

Policy: civilian buyer, screening date 2026-12-07, no intended use stated, official lists installed.
Deterministic: random.Random(4444) is used only for filler fields (ids, addresses, qty, prices, dates).
"""
import csv
import datetime as dt
import os
import random

from openpyxl import Workbook

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4444)

P, RV, RS, N = "prohibited", "review", "restricted", "none"

# ----------------------------------------------------------------------------------------------
# Notes (short citations)
# ----------------------------------------------------------------------------------------------
D1 = "DOMAIN s.1 (889 table) [V]"
D2 = "DOMAIN s.2 FCC Covered List [V]"
D3 = "DOMAIN s.3 Kaspersky [V]"
D4 = "DOMAIN s.4 TikTok/ByteDance [V]"
D5 = "DOMAIN s.5/s.2 DJI/Autel (FY25 NDAA s.1709, Covered List 2025-12-22) [V]"
D10 = "DOMAIN s.10 model/FCC ID [V]"
D13 = "DOMAIN s.13"
SDN = "OFAC SDN sdn.csv (2024-05) ent {}"
ALT = "OFAC SDN alt.csv (2021) ent {} a.k.a."
EL = "trade.gov CSL 2022-04, Entity List (EL): '{}'"
MEU = "trade.gov CSL 2022-04, Military End User (MEU) List: '{}'"
UVL = "trade.gov CSL 2022-04, Unverified List (UVL): '{}' -> review"
CMIC = "trade.gov CSL 2022-04 / OFAC cons_prim, NS-CMIC: '{}' -> review (DOMAIN s.8)"
DPL = "BIS DPL dpl.txt: '{}' (expires {}) -> review for purchases (DOMAIN s.8)"
UN = "UN consolidated XML entity {} '{}'"
UFLPA = "UFLPA Entity List (DOMAIN s.8 [V]); brief: UFLPA -> restricted"
H1260 = "DoD 1260H (DOMAIN s.7/s.13) -> review for civilian buyer"
S5949 = "NDAA FY23 s.5949 named maker, effective 2027-12-23 (DOMAIN s.6) -> review before 2027"
MENTION = "covered maker only mentioned in free text (removal/replacement note) -> review"

# ----------------------------------------------------------------------------------------------
# Helpers for filler data
# ----------------------------------------------------------------------------------------------
US_CITIES = [("Columbus", "OH"), ("Sacramento", "CA"), ("Austin", "TX"), ("Denver", "CO"),
             ("Raleigh", "NC"), ("Tacoma", "WA"), ("Madison", "WI"), ("Albany", "NY"),
             ("Richmond", "VA"), ("Boise", "ID"), ("Tulsa", "OK"), ("Dayton", "OH"),
             ("Fresno", "CA"), ("Omaha", "NE"), ("Savannah", "GA"), ("Harrisburg", "PA")]
STREETS = ["Main St", "Industrial Pkwy", "Commerce Dr", "Oak Ave", "Enterprise Blvd", "Market St",
           "Harbor Rd", "Technology Way", "Airport Rd", "Mill St", "Park Ave", "Lakeview Dr"]


def street():
    return f"{RNG.randint(10, 9899)} {RNG.choice(STREETS)}"


def us_loc():
    c, s = RNG.choice(US_CITIES)
    return c, s, "US"


def rdate(y0=2024, y1=2026):
    start = dt.date(y0, 3, 1)
    end = dt.date(y1, 11, 30)
    return (start + dt.timedelta(days=RNG.randint(0, (end - start).days))).isoformat()


# ----------------------------------------------------------------------------------------------
# 1. VENDOR MASTER  (Vendors sheet). Entry: (vendor_name, expected, entity, note, extra)
#    extra: dict with optional keys country, city, notes, dba, col (label column, default Vendor Name)
# ----------------------------------------------------------------------------------------------
VM = []


def v(name, exp, ent, note, **kw):
    VM.append((name, exp, ent, note, kw))


# --- covered makers: prohibited -----------------------------------------------------------------
v("Huawei Technologies Co., Ltd.", P, "Huawei", D1, country="CN", city="Shenzhen")
v("HUAWEI TECHNOLOGIES USA INC - PLANO TX", P, "Huawei", D1 + "; legal-form + city noise")
v("Huawei Tech. Investment Co., Ltd.", P, "Huawei", D1 + " sub Huawei Tech Investment Co [V]", country="CN")
v("華為技術有限公司", P, "Huawei", D1 + " traditional 華為 [V]", country="TW", city="Taipei")
v("Huawei Cloud Computing Technologies Co., Ltd.", P, "Huawei", D1 + " Huawei Cloud entities [V]", country="CN")
v("Huawei OpenLab Munich", P, "Huawei", D1 + " Huawei OpenLab (Munich) [V]", country="DE", city="Munich")
v("Huawai Technologies Co Ltd", P, "Huawei", D1 + "; one-letter typo", country="CN")
v("ZTE Corporation", P, "ZTE", D1, country="CN", city="Shenzhen")
v("ZTE USA, INC.", P, "ZTE", D1 + " ZTE USA [V]", city="Richardson", state="TX")
v("中兴通讯股份有限公司", P, "ZTE", D1 + " simplified legal name [V]", country="CN")
v("中興通訊", P, "ZTE", D1 + " traditional short name [V]", country="HK", city="Hong Kong")
v("Zhongxing Telecommunication Equipment Corp.", P, "ZTE", D1 + " former name [V]", country="CN")
v("Nubia Technology Co., Ltd.", P, "ZTE", D1 + " Nubia (ZTE sub/brand) [V]; DOMAIN s.13 #5", country="CN")
v("ZTEsoft Technology Co Ltd", P, "ZTE", D1 + " ZTEsoft [V]", country="CN")
v("Sanechips Technology Co., Ltd.", P, "ZTE", D1 + " Sanechips (ZTE chip unit) [V]", country="CN")
v("ZTE Corportion", P, "ZTE", D1 + "; one-letter typo", country="CN")
v("Hytera Communications Corporation Limited", P, "Hytera", D1, country="CN", city="Shenzhen")
v("HYTERA US INC. - MIRAMAR FL", P, "Hytera", D1 + " Hytera US Inc. [V]; city noise")
v("海能达通信股份有限公司", P, "Hytera", D1 + " 海能达 [V]", country="CN")
v("Hytera Mobilfunk GmbH", P, "Hytera", D1 + " [V]", country="DE", city="Bad Muender")
v("Norsat International Inc.", P, "Hytera", D1 + " Norsat (Hytera sub) [V]; DOMAIN s.13 #19", country="CA", city="Richmond BC")
v("Sinclair Technologies", P, "Hytera", D1 + " Sinclair Technologies (Hytera) [V]", country="CA", city="Aurora ON")
v("Hangzhou Hikvision Digital Technology Co., Ltd.", P, "Hikvision", D1, country="CN", city="Hangzhou")
v("HIKVISION USA INC - CITY OF INDUSTRY CA", P, "Hikvision", D1 + " Hikvision USA [V]; city noise")
v("Hikvison USA Inc", P, "Hikvision", D1 + "; one-letter typo", city="City of Industry", state="CA")
v("杭州海康威视数字技术股份有限公司", P, "Hikvision", D1 + " simplified legal name [V]", country="CN")
v("海康威視", P, "Hikvision", D1 + " traditional short [V]", country="HK")
v("Hangzhou Ezviz Network Co., Ltd.", P, "Hikvision", D1 + " EZVIZ [V]", country="CN")
v("Hangzhou Microimage Software Co., Ltd. (HIKMICRO)", P, "Hikvision", D1 + " HIKMICRO [V]", country="CN")
v("Zhejiang Dahua Technology Co., Ltd.", P, "Dahua", D1, country="CN", city="Hangzhou")
v("DAHUA TECHNOLOGY CO LTD", P, "Dahua", D1 + "; all caps, short form", country="CN")
v("浙江大华技术股份有限公司", P, "Dahua", D1 + " simplified legal name [V]", country="CN")
v("Zhejiang Huaray Technology Co., Ltd.", P, "Dahua", D1 + " Huaray [V]", country="CN")
v("AO Kaspersky Lab", P, "Kaspersky", D3 + "; " + D2, country="RU", city="Moscow")
v("Kaspersky Lab, Inc.", P, "Kaspersky", D3, city="Woburn", state="MA")
v("Лаборатория Касперского", P, "Kaspersky", D3 + " Russian name [V]", country="RU")
v("China Mobile International (USA) Inc.", P, "China Mobile International USA", D2)
v("CHINA TELECOM (AMERICAS) CORPORATION", P, "China Telecom (Americas)", D2 + "; DOMAIN s.13 #34")
v("China Unicom (Americas) Operations Ltd", P, "China Unicom (Americas)", D2)
v("Pacific Network Corp.", P, "Pacific Network Corp.", D2)
v("ComNet (USA) LLC", P, "ComNet (USA)", D2)
v("SZ DJI Technology Co., Ltd.", P, "DJI", D5, country="CN", city="Shenzhen")
v("Shenzhen Da-Jiang Innovations Sciences and Technologies Co., Ltd.", P, "DJI", D5, country="CN")
v("Autel Robotics Co., Ltd.", P, "Autel Robotics", D5, country="CN")
v("ByteDance Ltd.", P, "ByteDance", D4, country="KY")
v("TikTok Inc.", P, "TikTok/ByteDance", D4, city="Culver City", state="CA")

# --- covered-maker related: review ----------------------------------------------------------------
v("Lorex Technology Inc.", RV, "Lorex (ex-Dahua)", D1 + " divested to Skywatch 2022-11-23; post-sale -> review; DOMAIN s.13 #14", country="CA", city="Markham ON")
v("Honor Device Co., Ltd.", RV, "Honor (ex-Huawei)", D13 + " #11 divested 2020-11-17 -> review", country="CN")
v("Super Fusion Digital Technology Co., Ltd.", RV, "xFusion (ex-Huawei)", D13 + " #12 divested 2021-11-05 -> review", country="CN")
v("Dahua Technology USA Inc.", RV, "Dahua Technology USA (sold Jan 2024)", D13 + " #16 sold to Central Motion Picture USA 2024 -> review", city="Irvine", state="CA")
v("LT Security Inc. (LTS)", RV, "LTS (Hikvision OEM)", "DOMAIN s.10 OEM relabeler [V] -> review", city="City of Industry", state="CA")
v("HMN Technologies Co., Ltd.", RV, "HMN Tech (ex-Huawei Marine)", D13 + " #13 -> review", country="CN")
v("Futurewei Technologies, Inc.", RV, "Futurewei (Huawei link [M])", D1 + " Futurewei [M] -> review", city="Plano", state="TX")
v("HiSilicon Technologies Co., Ltd.", RV, "HiSilicon (Huawei link [M])", D1 + " HiSilicon [M] -> review; DOMAIN s.10", country="CN")
v("Hangzhou Huacheng Network Technology Co., Ltd.", RV, "Huacheng (Imou; Dahua link [P])", D1 + " Huacheng = Dahua sub [P] -> review", country="CN")
v("Anzu Robotics LLC", RV, "Anzu Robotics (DJI licensee)", D13 + " #38 / DOMAIN s.5 -> review", city="Austin", state="TX")
v("TikTok USDS Joint Venture LLC", RV, "TikTok USDS JV", D13 + " #43 / DOMAIN s.4 -> review")
v("Tencent Holdings Limited", RV, "Tencent", H1260 + " #31", country="CN")
v("Inspur Group Co., Ltd.", RV, "Inspur", H1260 + "; also NS-CMIC 'INSPUR GROUP CO., LTD.'", country="CN")
v("ChangXin Memory Technologies, Inc. (CXMT)", RV, "CXMT", S5949 + "; DOMAIN s.13 #40", country="CN")
v("Yangtze Memory Technologies Co., Ltd.", RV, "YMTC", S5949, country="CN")
v("Xtreme Security Integrators LLC", RV, "Hikvision (mentioned)", MENTION + " (Notes column)",
  notes="2025 job: replaced the Hikvision cameras at the Water Treatment Plant with Axis units", col="Notes")
v("Bayline Fire & Security", RV, "Dahua (mentioned)", MENTION + " (Notes column)",
  notes="Contract includes removal of legacy Dahua DVRs per FAR 52.204-25", col="Notes")
v("Keystone IT Managed Services", RV, "Kaspersky (mentioned)", MENTION + " (Notes column)",
  notes="Migrated all endpoints off Kaspersky to Microsoft Defender in 2024", col="Notes")

# --- official lists: restricted (SDN organisations with noise) ---------------------------------------
v("Belize Shipping Line Service Ltd", RS, "BELIZE SHIPPING LINE SERVICE LIMITED", SDN.format(25830) + "; legal form Limited->Ltd", country="BZ")
v("Kunlun Shipping Co., Ltd.", RS, "KUNLUN SHIPPING COMPANY LIMITED", SDN.format(27470) + "; Company Limited->Co., Ltd.", country="CN")
v("Ansar Exchange - Tehran", RS, "ANSAR EXCHANGE", SDN.format(26530) + "; appended city", country="IR")
v("Try Pheap Dry Port Co Ltd", RS, "TRY PHEAP DRY PORT CO., LTD.", SDN.format(28045) + "; punctuation", country="KH")
v("Ovlas Trading SA", RS, "OVLAS TRADING S.A.", SDN.format(12456) + "; punctuation", country="LB")
v("WT Marine Pte Ltd, Singapore", RS, "WT MARINE PTE LTD", SDN.format(25688) + "; appended city", country="SG")
v("Kalashnikov Concern OJSC", RS, "JOINT STOCK COMPANY CONCERN KALASHNIKOV", ALT.format(16911) + " 'OJSC CONCERN KALASHNIKOV' reordered", country="RU")
v("Electronics Katrangi Trading", RS, "ELECTRONICS KATRANGI TRADING", SDN.format(24744) + "; case", country="SY")
v("Blue Lagoon Group Limited", RS, "BLUE LAGOON GROUP LTD.", SDN.format(23665) + "; legal form", country="SL")
v("Omid Rey Civil and Construction Co", RS, "OMID REY CIVIL & CONSTRUCTION COMPANY", SDN.format(16025) + "; & -> and, legal form", country="IR")
v("Basic Element Ltd", RS, "BASIC ELEMENT LIMITED", SDN.format(24224) + "; legal form", country="JE")
v("Tehran International Transport Co", RS, "TEHRAN INTERNATIONAL TRANSPORT CO", SDN.format(30384) + "; case", country="IR")
v("Alwaneo LLC", RS, "ALWANEO L.L.C. CO.", SDN.format(28608) + "; punctuation/legal form", country="AE", city="Dubai")
v("National Iranian Oil Products Distribution Co.", RS, "NATIONAL IRANIAN OIL PRODUCTS DISTRIBUTION COMPANY", SDN.format(29793) + "; legal form", country="IR")
v("Bank Mellat - Tehran", RS, "BANK MELLAT", SDN.format(25019) + "; appended city", country="IR")
v("Royal Pearl General Trading", RS, "ROYAL PEARL GENERAL T.R.D.", SDN.format(21554) + " / " + ALT.format(21554) + " 'ROYAL PEARLS GENERAL TRADING'", country="AE")
v("Trans-Flot, JSC", RS, "TRANS-FLOT JSC", SDN.format(21110) + "; punctuation", country="RU")
v("Mahan Air", RS, "MAHAN AIR", SDN.format(12927), country="IR")
v("Ascotec Mineral & Machinery GmbH", RS, "ASCOTEC MINERAL & MACHINERY GMBH", SDN.format(11614) + "; case", country="DE", city="Duesseldorf")
v("Cimex S.A.", RS, "CIMEX, S.A.", SDN.format(537) + "; punctuation", country="CU", city="Havana")
v("OOO Gazprom Burenie", RS, "GAZPROM BURENIE, OOO", SDN.format(24185) + "; legal form moved to front", country="RU")
v("Swissol Trade DMCC", RS, "SWISSOL TRADE DMCC", SDN.format(28606) + "; case", country="AE", city="Dubai")
v("Silver Bridge Shipping Co - HKG", RS, "SILVER BRIDGE SHIPPING CO-HKG", SDN.format(27533) + "; spacing", country="HK")
# SDN a.k.a.s
v("EKT Electronics", RS, "ELECTRONICS KATRANGI TRADING", ALT.format(24744) + " 'EKT ELECTRONICS'", country="SY")
v("Sahand Aluminum Parts Industrial Co.", RS, "SHAHID HEMMAT INDUSTRIAL GROUP", ALT.format(9349) + " 'SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY'", country="IR")
v("Breyeller Kaltband GmbH", RS, "ASCOTEC MINERAL & MACHINERY GMBH", ALT.format(11614) + " 'BREYELLER KALTBAND GMBH'", country="DE")
v("Alwaneo Trade DMCC", RS, "ALWANEO L.L.C. CO.", ALT.format(28608) + " 'ALWANEO TRADE DMCC'", country="AE")
v("RWR International Commodities", RS, "A.T.E. INTERNATIONAL LTD.", ALT.format(8416) + " 'RWR INTERNATIONAL COMMODITIES'", country="GB")
# SDN individuals written "First Last" in vendor column
for nm, ent, num in [
    ("Hamed Ghashghavi", "GHASHGHAVI, Hamed", 26387),
    ("Juan Carlos Duran Nunez", "DURAN NUNEZ, Juan Carlos", 15685),
    ("Jamshid Khalili", "KHALILI, Jamshid", 25485),
    ("Seyed Mahmoud Mohaddes", "MOHADDES, Seyed Mahmoud", 16142),
    ("Cecilia Madrid Franco", "MADRID FRANCO, Cecilia", 11541),
    ("Javier Torres Felix", "TORRES FELIX, Javier", 10351),
    ("Mahmud Bagheri Kazemabad", "KAZEMABAD, Mahmud Bagheri", 24470),
    ("Carmen Teresa Melendez Rivas", "MELENDEZ RIVAS, Carmen Teresa", 22809),
    ("Horst Walter Overdick Mejia", "OVERDICK MEJIA, Horst Walter", 13104),
    ("Atif Polani", "POLANI, Atif", 19994),
]:
    v(nm, RS, ent, SDN.format(num) + " individual, written First Last")
# Entity List / MEU (CSL)
v("Atrilor LLC", RS, "Atrilor, Ltd", EL.format("Atrilor, Ltd") + " alt 'Atrilor LLC'", country="RU", city="Moscow")
v("SANCO Middle East LLC", RS, "SANCO Middle East, LLC", EL.format("SANCO Middle East, LLC") + "; punctuation", country="AE", city="Sharjah")
v("Beijing Lode Technology Company, Ltd.", RS, "PRC Lode Technology Company", EL.format("PRC Lode Technology Company") + " alt name", country="CN")
v("Gazprom Transgaz Samara LLC", RS, "Gazprom Transgaz Samara, OOO", EL.format("Gazprom Transgaz Samara, OOO") + "; OOO->LLC", country="RU")
v("Affiliated Supply & Consultancy Services", RS, "Affiliated Supply and Consultancy Services", EL.format("Affiliated Supply and Consultancy Services") + "; and->&", country="PK", city="Rawalpindi")
v("RN Holding OAO", RS, "OJSC RN Holding", EL.format("OJSC RN Holding") + " alt 'RN Holding OAO'", country="RU")
v("Xinjiang Sailing Information Technology Co., Ltd.", RS, "Xinjiang Sailing Information Technology Co., LTd.", EL.format("Xinjiang Sailing Information Technology Co., LTd.") + "; case", country="CN", city="Urumqi")
v("Iqra Computer Products - Kabul", RS, "Iqra Computer Products", EL.format("Iqra Computer Products") + "; appended city", country="AF")
v("FWS Trading FZE", RS, "FWS Trading FZE", EL.format("FWS Trading FZE"), country="AE", city="Ajman")
v("Jinan Tongbaolai Oilfield Equipment Co Ltd", RS, "Jinan Tongbaolai Oilfield Equipment Co. Ltd.", EL.format("Jinan Tongbaolai Oilfield Equipment Co. Ltd.") + "; punctuation", country="CN")
v("Global Merchant General Trading L.L.C.", RS, "Global Merchant General Trading LLC", EL.format("Global Merchant General Trading LLC") + "; punctuation", country="AE", city="Dubai")
v("Ruschemtrade LLC", RS, "LLC Ruschemtrade", EL.format("LLC Ruschemtrade") + "; legal form moved", country="RU", city="Rostov-on-Don")
v("Panda International Information Technology Co., Ltd.", RS, "Panda International Information Technology Company, Ltd", EL.format("Panda International Information Technology Company, Ltd") + "; Company->Co.", country="CN")
v("Tupolev PJSC", RS, "Tupolev JSC", EL.format("Tupolev JSC") + "; JSC->PJSC", country="RU")
v("Shenzhen Iprogift Technology Co Ltd", RS, "Shenzhen Iprogift Technology Co., Ltd", EL.format("Shenzhen Iprogift Technology Co., Ltd") + "; punctuation", country="CN")
v("Sugon Information Industry Co., Ltd.", RS, "Sugon", EL.format("Sugon") + " alt 'Sugon Information Industry'; also NS-CMIC Dawning", country="CN")
v("Semiconductor Manufacturing International Corp. (SMIC)", RS, "SMIC", EL.format("Semiconductor Manufacturing International Corporation (SMIC)") + "; EL outranks s.5949 review", country="CN", city="Shanghai")
v("Shanghai Aircraft Manufacturing Co., Ltd.", RS, "Shanghai Aircraft Manufacturing Co. Ltd. (SAMC)", MEU.format("Shanghai Aircraft Manufacturing Co. Ltd. (SAMC)"), country="CN")
v("Beijing Skyrizon Aviation Industry Investment Co., Ltd.", RS, "Beijing Skyrizon Aviation Industry Investment Co., Ltd.", MEU.format("Beijing Skyrizon Aviation Industry Investment Co., Ltd."), country="CN")
# UN
v("Chongchongang Shipping Co., Ltd.", RS, "CHONGCHONGANG SHIPPING COMPANY", UN.format("KPe.022", "CHONGCHONGANG SHIPPING COMPANY") + "; alias 'Chong Chon Gang Shipping Co. Ltd.'", country="KP")
v("Niru Battery Manufacturing Co.", RS, "NIRU BATTERY MANUFACTURING COMPANY", UN.format("IRe.045", "NIRU BATTERY MANUFACTURING COMPANY") + "; Company->Co.", country="IR")
v("Ocean Maritime Management Company Limited", RS, "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)", UN.format("KPe.020", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)"), country="KP")
v("Machanga Limited", RS, "MACHANGA LTD", UN.format("CDe.007", "MACHANGA LTD") + "; legal form", country="UG", city="Kampala")
# UFLPA
v("Huafu Fashion Co., Ltd.", RS, "Huafu Fashion", UFLPA, country="CN")
v("Zijin Mining Group Co., Ltd. - Xiamen", RS, "Zijin Mining Group", UFLPA + "; appended city", country="CN")
# review official lists
v("Zhonghang Electronic Measuring Instruments Co., Ltd.", RV, "ZEMIC (NS-CMIC)", CMIC.format("ZHONGHANG ELECTRONIC MEASURING INSTRUMENTS COMPANY LIMITED"), country="CN")
v("Guizhou Space Appliance Co Ltd", RV, "Guizhou Space Appliance (NS-CMIC)", CMIC.format("GUIZHOU SPACE APPLIANCE CO., LTD"), country="CN")
v("Phonai Electronics Limited", RV, "Phonai Electronics Ltd. (UVL)", UVL.format("Phonai Electronics Ltd."), country="HK")
v("Jinnway Data Ltd", RV, "Jinnway Data Ltd. (UVL)", UVL.format("Jinnway Data Ltd."), country="HK")
v("Dorado Network Pte Ltd", RV, "Dorado Network Pte., Ltd. (UVL)", UVL.format("Dorado Network Pte., Ltd."), country="SG")
v("Infocom Corporation Inc.", RV, "INFOCOM CORPORATION, INC (DPL)", DPL.format("INFOCOM CORPORATION, INC", "2056-06-29"), city="Richardson", state="TX")
v("Caspian Industrial Machinery Supply LLC", RV, "CASPIAN INDUSTRIAL MACHINERY SUPPLY LLC (DPL)", DPL.format("CASPIAN INDUSTRIAL MACHINERY SUPPLY LLC", "2029-12-19"), country="AE", city="Dubai")
v("Mission Communications LLC", RV, "MISSION COMMUNICATIONS, LLC (DPL)", DPL.format("MISSION COMMUNICATIONS, LLC", "2043-03-24"), city="St. Ignatius", state="MT")

# --- near misses (none) -----------------------------------------------------------------------------
v("Hyster-Yale Materials Handling, Inc.", N, "Hyster-Yale", D13 + " #1 look-alike of Hytera", city="Cleveland", state="OH")
v("Yale Materials Handling Corp", N, "Yale (Hyster-Yale)", D13 + " #2", city="Greenville", state="NC")
v("ZT Systems", N, "ZT Systems", D13 + " #3 look-alike of ZTE", city="Secaucus", state="NJ")
v("Sanmina Corporation", N, "Sanmina", D13 + " #4", city="San Jose", state="CA")
v("Dahua Group Co., Ltd. (Shanghai real estate)", N, "Dahua Group", D13 + " #6 unrelated property developer", country="CN", city="Shanghai")
v("Synology America Corp.", N, "Synology", D13 + " #7", city="Bellevue", state="WA")
v("H3C Technologies Co., Limited", N, "H3C", "brief: H3C near miss (DOMAIN s.13 #10, Huawei exited 2007); not New H3C Semiconductor", country="CN")
v("Hanwha Vision America", N, "Hanwha Vision", D13 + " #20", city="Teaneck", state="NJ")
v("Axis Communications AB", N, "Axis", D13 + " #25", country="SE", city="Lund")
v("Lenovo (United States) Inc.", N, "Lenovo", D13 + " #26", city="Morrisville", state="NC")
v("Honeywell International Inc.", N, "Honeywell", D13 + " #22 brand-level N", city="Charlotte", state="NC")
v("Panasonic Corporation of North America", N, "Panasonic", D13 + " #23 brand-level N", city="Newark", state="NJ")
v("i-PRO Americas Inc.", N, "i-PRO", D13 + " #23", city="Irving", state="TX")
v("IDIS America", N, "IDIS", D13 + " #21", city="Coppell", state="TX")
v("Motorola Solutions, Inc.", N, "Motorola Solutions", D13 + " #24", city="Chicago", state="IL")
v("Pacific Hydraulics Inc", N, "Pacific Hydraulics", "shares 'Pacific' with Pacific Network Corp./SDN names; different company")
v("National Bank of Canada", N, "National Bank of Canada", "shares 'National Bank' with SDN bank names", country="CA", city="Montreal QC")
v("Eagle Logistics LLC", N, "Eagle Logistics", "shares 'Eagle' with SDN 'EAGLE COMMUNICATION BROKERS INC.' / 'THE EAGLES L.L.C.'")
v("Garcia Plumbing & Heating", N, "Garcia Plumbing", "surname shared with SDN individuals; ordinary trade business")
v("Kim Brothers Construction", N, "Kim Brothers Construction", "surname KIM common on SDN DPRK entries; ordinary business")
v("Hassan Auto Repair", N, "Hassan Auto Repair", "surname shared with SDN individuals")
v("Torres Landscaping Services", N, "Torres Landscaping", "surname shared with SDN 'TORRES FELIX, Javier'")
v("Ocean Maritime Services Inc. - Houston", N, "Ocean Maritime Services", "shares words with UN 'OCEAN MARITIME MANAGEMENT'; different company")
v("Mahan Landscape Design", N, "Mahan Landscape Design", "shares 'Mahan' with SDN MAHAN AIR; surname-based firm")
v("Sinclair Broadcast Group", N, "Sinclair Broadcast Group", "not Sinclair Technologies (Hytera); US broadcaster", city="Hunt Valley", state="MD")
v("Hytorc Division of Unex Corp", N, "HYTORC", "look-alike of Hytera/HYT; US bolting tools", city="Mahwah", state="NJ")
v("Nubian Coffee Roasters", N, "Nubian Coffee Roasters", "look-alike of Nubia (ZTE brand)")
v("Ten Cents Car Wash", N, "Ten Cents Car Wash", "look-alike of Tencent")
v("Global Shipping Services of Ohio", N, "Global Shipping Services", "generic words shared with SDN shipping names")
v("Blue Lagoon Pool & Spa", N, "Blue Lagoon Pool & Spa", "shares 'Blue Lagoon' with SDN 23665 BLUE LAGOON GROUP; local pool company")
v("Royal Pearl Dry Cleaners", N, "Royal Pearl Dry Cleaners", "shares 'Royal Pearl' with SDN 21554; local dry cleaner")
v("Silver Bridge Consulting Group", N, "Silver Bridge Consulting", "shares 'Silver Bridge' with SDN 27533; consulting firm")
v("Honor Roll Tutoring LLC", N, "Honor Roll Tutoring", "look-alike of Honor (ex-Huawei)")
v("DSC Security Products (Johnson Controls)", N, "DSC", "'DS' prefix / Digital Security Controls; not Hikvision")
v("Teltronics, Inc.", N, "Teltronics Inc. (US)", "look-alike of Teltronic (Hytera); different US company (Sarasota FL)", city="Sarasota", state="FL")
v("Zeta Telecom Engineering", N, "Zeta Telecom Engineering", "look-alike of ZTE")
v("Dahlia Floral Design", N, "Dahlia Floral Design", "look-alike of Dahua")
v("Kasper Sporting Goods", N, "Kasper Sporting Goods", "look-alike of Kaspersky")
v("Costar Technologies Inc", N, "Costar Technologies", D13 + " #21", city="Coppell", state="TX")

# --- ordinary clean vendors ----------------------------------------------------------------------
REAL_VENDORS = [
    "Dell Technologies Inc.", "HP Inc.", "Cisco Systems, Inc.", "W.W. Grainger, Inc.", "Fastenal Company",
    "Staples Business Advantage", "CDW Government LLC", "Siemens AG", "Robert Bosch GmbH",
    "Schneider Electric USA", "ABB Inc.", "Sony Electronics Inc.", "Samsung Electronics America",
    "LG Electronics USA", "Canon U.S.A., Inc.", "Epson America, Inc.", "Brother International Corp.",
    "Xerox Corporation", "Ricoh USA, Inc.", "Apple Inc.", "Microsoft Corporation", "Oracle America, Inc.",
    "IBM Corporation", "Accenture Federal Services", "Deloitte Consulting LLP", "FedEx Corporation",
    "United Parcel Service", "DHL Express (USA)", "A.P. Moller - Maersk", "Caterpillar Inc.",
    "Deere & Company", "3M Company", "Johnson Controls International", "Carrier Global Corporation",
    "Trane Technologies", "Otis Elevator Company", "Verizon Business", "AT&T Corp.", "T-Mobile USA, Inc.",
    "Comcast Business", "Lumen Technologies", "Zoom Video Communications", "Salesforce, Inc.",
    "Adobe Inc.", "Autodesk, Inc.", "Esri", "Trimble Inc.", "Garmin International", "Zebra Technologies",
    "Ubiquiti Inc.", "Juniper Networks", "Fortinet, Inc.", "Palo Alto Networks", "Hewlett Packard Enterprise",
    "NetApp, Inc.", "VMware LLC", "ServiceNow, Inc.", "Workday, Inc.", "Tyler Technologies",
    "Motorola Solutions Canada", "Avigilon Corporation", "Genetec Inc.", "Milestone Systems A/S",
    "Verkada Inc.", "Eaton Corporation", "APC by Schneider Electric", "Vertiv Corporation",
    "Kone Inc.", "Bosch Security Systems LLC", "Assa Abloy Americas", "Allegion plc", "Stryker Corporation",
    "Medline Industries", "Cintas Corporation", "Aramark", "Sysco Corporation", "Waste Management, Inc.",
    "Republic Services", "Home Depot Pro", "Lowe's Pro Supply", "Sherwin-Williams Company",
    "Ferguson Enterprises", "Graybar Electric Company", "Anixter Inc.", "WESCO Distribution",
    "Insight Public Sector", "SHI International Corp.", "Carahsoft Technology Corp.", "Iron Mountain Inc.",
    "Thermo Fisher Scientific", "Fisher Scientific", "VWR International", "Nokia of America Corporation",
    "Ericsson Inc.", "Ciena Corporation", "Corning Incorporated", "CommScope, Inc.", "Belden Inc.",
    "Panduit Corp.", "Leviton Manufacturing", "Hubbell Incorporated", "Philips Lighting (Signify)",
    "Acuity Brands", "Kohler Co.", "Toyota Material Handling USA", "Ford Pro", "General Motors Fleet",
    "Michelin North America", "Bridgestone Americas", "Enterprise Fleet Management", "Hertz Corporation",
    "Marriott International", "Hilton Worldwide", "Delta Air Lines", "United Airlines",
    "Konica Minolta Business Solutions", "Kyocera Document Solutions", "Sharp Electronics Corp.",
    "Logitech Inc.", "Poly (HP)", "Crestron Electronics", "Extron Electronics", "Shure Incorporated",
]
PLACES = ["Cedar Ridge", "Bluebonnet", "Prairie View", "Riverbend", "Granite Peak", "Maple Hollow",
          "Lakeshore", "Copper Creek", "Sunrise", "Twin Oaks", "Redwood", "Harborline", "Stonegate",
          "Willow Bend", "Clearwater", "Ironwood", "Tri-County", "Northfield", "Southgate", "Pinecrest"]
TRADES = ["Plumbing", "Electrical Contractors", "Office Supply", "Landscaping", "HVAC Services",
          "Janitorial Services", "Printing & Graphics", "Auto Parts", "Fire Protection", "Paving",
          "Tree Service", "Uniforms", "Catering", "Glass & Mirror", "Roofing", "Signs & Banners",
          "Pest Control", "Lock & Key", "Fencing", "Water Systems"]
SUFFIX = ["LLC", "Inc.", "Co.", "& Sons", "Group", "Ltd."]
INVENTED = []
_seen = set()
_r = random.Random(4)
while len(INVENTED) < 175:
    nm = f"{_r.choice(PLACES)} {_r.choice(TRADES)} {_r.choice(SUFFIX)}"
    if nm not in _seen:
        _seen.add(nm)
        INVENTED.append(nm)

for nm in REAL_VENDORS[:55]:
    v(nm, N, nm, "ordinary well-known company; no list match expected")
for nm in INVENTED[:65]:
    v(nm, N, nm, "invented small business; no list match expected")

# hidden sheet (Inactive_Vendors)
HV = [
    ("HiLook Distribution (Hikvision brand)", P, "Hikvision", D1 + " HiLook brand [V]; hidden sheet"),
    ("Hangzhou Hikvision Digital Technology Co Ltd", P, "Hikvision", D1 + "; hidden sheet"),
    ("ZTE Corp. - Dallas TX", P, "ZTE", D1 + "; hidden sheet, city noise"),
    ("Kaspersky Lab Inc", P, "Kaspersky", D3 + "; hidden sheet"),
    ("Bank Mellat", RS, "BANK MELLAT", SDN.format(25019) + "; hidden sheet"),
    ("Korea Hyoksin Trading Corporation", RS, "KOREA HYOKSIN TRADING CORPORATION", SDN.format(10012) + "; hidden sheet"),
    ("Cubametales", RS, "CUBAMETALES", SDN.format(26934) + "; hidden sheet"),
    ("Zest Leasing", RS, "CJSC ZEST", ALT.format(16811) + " 'ZEST LEASING'; hidden sheet"),
    ("Sepura plc", RV, "Sepura (ex-Hytera)", D13 + " #17; hidden sheet"),
    ("Interlogix TruVision", RV, "Interlogix/TruVision", "DOMAIN s.10 OEM relabeler; hidden sheet"),
    ("Sanmina-SCI", N, "Sanmina", D13 + " #4; hidden sheet"),
    ("Grainger Industrial Supply", N, "Grainger", "ordinary; hidden sheet"),
    ("Lakeshore Roofing Co.", N, "invented", "invented small business; hidden sheet"),
    ("Eagle Eye Optometry", N, "Eagle Eye Optometry", "shares 'Eagle' with SDN names; hidden sheet"),
]

# ----------------------------------------------------------------------------------------------
# 2. ASSET REGISTER. Entry: dict(manu, brand, model, desc, exp, ent, note, col)
# ----------------------------------------------------------------------------------------------
AR = []


def a(manu, brand, model, desc, exp, ent, note, col="Manufacturer", acquired=None):
    AR.append(dict(manu=manu, brand=brand, model=model, desc=desc, exp=exp, ent=ent, note=note,
                   col=col, acq=acquired))


# prohibited equipment
a("Hikvision", "Hikvision", "DS-2CD2342G2-I", "4MP outdoor dome IP camera", P, "Hikvision", D10)
a("HIKVISION", "Hikvision", "DS-7608NI-I2", "8-ch NVR, lobby security", P, "Hikvision", D10)
a("", "", "DS-2CD2T42FWD-I", "IP bullet camera, parking lot", P, "Hikvision", D10 + " model only (Hikvision DS-2CD pattern)", col="Model")
a("Generic", "", "DS-7308HUI-K4", "Turbo HD DVR", P, "Hikvision", D10 + " DS-73xx Turbo HD DVR", col="Model")
a("Hangzhou Ezviz Network Co.", "EZVIZ", "DS-2CV2Q21G1-IDW", "Wi-Fi indoor camera", P, "Hikvision", D10 + " EZVIZ [V]", col="Brand")
a("", "HiWatch", "HWI-B121H", "HiWatch bullet camera", P, "Hikvision", D1 + " HiWatch brand [V]", col="Brand")
a("Hiksemi", "HIKSEMI", "HS-SSD-E100 512G", "SATA SSD spare", P, "Hikvision", D1 + " Hiksemi [V]", col="Manufacturer")
a("HIKMICRO", "HIKMICRO", "HM-TD2628-3/G1/T3A", "thermal bullet camera", P, "Hikvision", D10 + " HIKMICRO [V]")
a("Hikrobot", "Hikrobot", "MV-CA050-10GM", "machine-vision camera, QA line", P, "Hikvision", D1 + " Hikrobot [V]")
a("Unknown", "", "", "IP camera, label FCC ID: 2ADTD-5604SD", P, "Hikvision", D2 + " FCC grantee 2ADTD [V]", col="Description")
a("Dahua", "Dahua", "DH-XVR5816S-4KL-I2-LP", "16-ch XVR", P, "Dahua", D10)
a("", "", "DH-XVR7816S-4KL-X-LP-V2", "XVR recorder (no make on tag)", P, "Dahua", D10 + " DH- prefix", col="Model")
a("大华", "大华", "IPC-HFW2431S", "bullet camera, loading dock", P, "Dahua", D1 + " 大华 short name; s.14 Chinese script list", col="Manufacturer")
a("Imou", "Imou", "IPC-F42FP-imou", "consumer Wi-Fi camera", P, "Dahua", D10 + " Imou model [V]", col="Brand")
a("Hangzhou Huacheng", "Imou", "LC-TF2F-4M", "Imou camera FCC ID 2AVYF-IPC-F42FX", P, "Dahua", D2 + " FCC grantee 2AVYF [V]", col="Description")
a("Huaray", "iRAYPLE", "A5131MG100", "industrial camera", P, "Dahua", D1 + " iRAYPLE/Huaray [V]", col="Brand")
a("Huawei", "Huawei", "IPC6512-Z30", "PTZ camera, perimeter", P, "Huawei", D10)
a("HUAWEI", "Huawei", "VOG-L29", "smartphone (P30 Pro), field staff", P, "Huawei", D10)
a("", "", "", "tablet, back label FCC ID QISANE-LX1", P, "Huawei", D2 + " grantee QIS [V]", col="Description")
a("ZTE", "ZTE", "MF296C", "4G LTE router", P, "ZTE", D10)
a("", "", "", "LTE modem, FCC ID SRQ-MF296C", P, "ZTE", D2 + " grantee SRQ [V]", col="Description")
a("Nubia", "Red Magic", "Red Magic 9 Pro", "gaming phone, IT test device", P, "ZTE", D1 + " Red Magic brand [V]", col="Brand")
a("Hytera", "Hytera", "PD792", "DMR portable radio, public works", P, "Hytera", D10)
a("HYT", "HYT", "TC-610", "two-way radio (legacy HYT brand)", P, "Hytera", D1 + " former name HYT [V]")
a("", "", "", "radio FCC ID YAMPD79XISU1", P, "Hytera", D2 + " grantee YAM [V]", col="Description")
a("DJI", "DJI", "Mavic 3 Enterprise", "inspection drone", P, "DJI", D5)
a("", "", "", "drone, FCC ID SS3-201309001", P, "DJI", D2 + " grantee SS3 [V]", col="Description")
a("Autel Robotics", "Autel", "EVO II Pro V3", "drone, roads dept", P, "Autel Robotics", D5)
a("Kaspersky", "Kaspersky", "Endpoint Security for Business", "AV licence 250 seats", P, "Kaspersky", D3)
a("China Telecom (Americas)", "CTA", "MPLS circuit", "WAN circuit", P, "China Telecom (Americas)", D2)
# review equipment
a("Lorex", "Lorex", "N4K3SD-84WD", "4K NVR, bought after Dahua sold Lorex", RV, "Lorex (ex-Dahua)", D13 + " #14 divested -> review", acquired="2025-04-14")
a("Honor", "HONOR", "Magic6 Pro", "smartphone", RV, "Honor (ex-Huawei)", D13 + " #11", acquired="2025-09-30")
a("xFusion", "FusionServer", "2288H V7", "rack server (xFusion)", RV, "xFusion (ex-Huawei)", D13 + " #12", acquired="2024-08-12")
a("LTS", "LTS", "CMIP3C42W-28", "LTS Platinum camera", RV, "LTS (Hikvision OEM)", "DOMAIN s.10 OEM relabeler", acquired="2025-02-10")
a("Interlogix", "TruVision", "TVD-5104", "TruVision dome camera", RV, "Interlogix/TruVision", "DOMAIN s.10 OEM relabeler", acquired="2024-11-21")
a("Sepura", "Sepura", "SC20", "TETRA handheld", RV, "Sepura (ex-Hytera)", D13 + " #17")
a("Teltronic", "PowerTrunk", "MDT-400", "TETRA mobile radio (PowerTrunk)", RV, "Teltronic/PowerTrunk", D13 + " #18")
a("Quectel", "Quectel", "EG25-G", "LTE module in telemetry RTU", RV, "Quectel", H1260 + " #30")
a("Hesai", "Hesai", "Pandar XT32", "lidar on survey vehicle", RV, "Hesai", H1260 + " #33")
a("CATL", "CATL", "LFP 280Ah cell", "battery storage cells", RV, "CATL", H1260 + " #32")
a("BYD", "BYD", "K9M", "battery-electric transit bus", RV, "BYD", H1260 + " #39")
a("Inspur", "Inspur", "NF5280M6", "rack server", RV, "Inspur", H1260)
a("Anzu Robotics", "Anzu", "Raptor T", "drone (DJI-licensed design)", RV, "Anzu Robotics", D13 + " #38")
a("Axis Communications", "Axis", "P3265-LVE", "dome camera; replaced Hikvision unit (removed 2025)", RV, "Hikvision (mentioned)", MENTION, col="Description")
a("Cisco", "Meraki", "MX68", "firewall; replaced Huawei router at branch 12", RV, "Huawei (mentioned)", MENTION, col="Description")
a("华为", "", "", "optical network terminal (label in simplified script)", RV, "Huawei (simplified 华为 [P])", D1 + " simplified 华为 is only [P] in DOMAIN -> review per brief", col="Manufacturer")
# restricted equipment rows (manufacturer on lists)
a("Shenzhen Iprogift Technology", "", "IPG-200", "RF test fixture", RS, "Shenzhen Iprogift Technology Co., Ltd", EL.format("Shenzhen Iprogift Technology Co., Ltd"))
a("Sugon", "Sugon", "I620-G30", "rack server", RS, "Sugon", EL.format("Sugon"))
a("Kalashnikov Concern", "Kalashnikov", "training rifle replica", "training aid", RS, "JOINT STOCK COMPANY CONCERN KALASHNIKOV", ALT.format(16911) + " 'CONCERN KALASHNIKOV'")
a("Iran Tractor Manufacturing Company", "ITM", "ITM 399", "tractor (donated, legacy)", RS, "IRAN TRACTOR MANUFACTURING COMPANY", SDN.format(25041))
a("Zanjan Acid Production Company", "", "H2SO4 98%", "chemical drum", RS, "ZANJAN ACID PRODUCTION COMPANY", SDN.format(25047))
a("Phonai Electronics", "", "PE-4500", "power supply", RV, "Phonai Electronics Ltd. (UVL)", UVL.format("Phonai Electronics Ltd."))
a("Zijin Mining Group", "", "Cu cathode", "copper cathode stock (spares)", RS, "Zijin Mining Group", UFLPA)
a("Semiconductor Manufacturing International Corporation", "SMIC", "", "wafer lot (ASIC prototype)", RS, "SMIC", EL.format("Semiconductor Manufacturing International Corporation (SMIC)"))
a("Yangtze Memory Technologies", "ZhiTai", "TiPlus7100 1TB", "NVMe SSD (YMTC NAND)", RV, "YMTC", S5949)
a("CXMT", "", "LPDDR5 16GB", "memory module (CXMT DRAM)", RV, "CXMT", S5949)

# near misses (asset)
a("Synology", "Synology", "DS218+", "2-bay NAS", N, "Synology", D13 + " #7 'DS' = DiskStation")
a("Synology", "Synology", "DS1814+", "8-bay NAS, backups", N, "Synology", D13 + " #7", col="Model")
a("Aeon Labs", "Aeon Labs", "DS03202B", "Minimote Z-Wave remote", N, "Aeon Labs", D13 + " #8", col="Model")
a("Dell EMC", "Connectrix", "DS-6620B", "Fibre Channel switch (Brocade OEM)", N, "Dell EMC Connectrix", "DS- prefix of another maker (not Hikvision)", col="Model")
a("Hyster", "Hyster", "H50FT", "forklift, central stores", N, "Hyster-Yale", D13 + " #1")
a("Yale", "Yale", "GLP050VX", "forklift", N, "Yale (Hyster-Yale)", D13 + " #2")
a("ZT Systems", "ZT Systems", "ZT-2U-GPU", "GPU server", N, "ZT Systems", D13 + " #3")
a("Sanmina", "Viking", "VSS-2U", "storage server", N, "Sanmina", D13 + " #4")
a("H3C", "H3C", "S5130S-28S-EI", "access switch", N, "H3C", "brief: H3C near miss (DOMAIN s.13 #10)")
a("Hanwha Vision", "Wisenet", "XNV-8082R", "dome camera", N, "Hanwha Vision", D13 + " #20")
a("Axis Communications", "Axis", "Q6135-LE", "PTZ camera", N, "Axis", D13 + " #25")
a("Lenovo", "ThinkPad", "T14 Gen 4", "laptop", N, "Lenovo", D13 + " #26")
a("Honeywell", "Honeywell", "T6 Pro", "thermostat", N, "Honeywell", D13 + " #22 current line")
a("Panasonic", "Toughbook", "FZ-55", "rugged laptop", N, "Panasonic", D13 + " #23 current line")
a("i-PRO", "i-PRO", "WV-S2136L", "dome camera", N, "i-PRO", D13 + " #23 current line")
a("Motorola Solutions", "APX", "APX 6000", "P25 portable radio", N, "Motorola Solutions", D13 + " #24")
a("Avigilon", "Avigilon", "H5A-DO-IR", "dome camera", N, "Avigilon", D13 + " #24")
a("Bosch", "Bosch", "FLEXIDOME IP 5100i", "dome camera", N, "Bosch", "ordinary camera maker")
a("Milestone", "XProtect", "Corporate 2024 R2", "VMS licence", N, "Milestone", "ordinary")
a("Verkada", "Verkada", "CD52", "dome camera", N, "Verkada", "ordinary")
a("Digital Watchdog", "DW", "DW-VPC8NVR", "NVR (generic 'NVR' string)", N, "Digital Watchdog", D13 + " #9 generic NVR string")
a("Hytorc", "HYTORC", "XLCT-5", "hydraulic torque wrench", N, "HYTORC", "look-alike of Hytera/HYT")
a("DSC", "PowerSeries Neo", "HS2064", "alarm panel", N, "DSC", "'DS' look-alike, not Hikvision DS-")
# ordinary assets
ORD_ASSETS = [
    ("Dell", "Latitude", "5440", "laptop"), ("Dell", "OptiPlex", "7010", "desktop"),
    ("HP", "LaserJet", "M404dn", "printer"), ("HP", "EliteBook", "840 G10", "laptop"),
    ("Cisco", "Catalyst", "C9300-48P", "core switch"), ("Cisco", "Meraki", "MR46", "wireless AP"),
    ("Juniper", "EX", "EX2300-24P", "access switch"), ("Fortinet", "FortiGate", "100F", "firewall"),
    ("Palo Alto Networks", "PA", "PA-440", "firewall"), ("Aruba", "Instant On", "AP22", "wireless AP"),
    ("APC", "Smart-UPS", "SMT1500", "UPS"), ("Eaton", "5PX", "5PX1500RT", "UPS"),
    ("Zebra", "ZT", "ZT411", "label printer"), ("Zebra", "TC", "TC52", "handheld scanner"),
    ("Apple", "iPad", "iPad 10th gen", "tablet"), ("Apple", "MacBook Pro", "M3 14-inch", "laptop"),
    ("Samsung", "ViewFinity", "S80A", "monitor"), ("LG", "UltraFine", "27UN850", "monitor"),
    ("Canon", "imageRUNNER", "C5840i", "copier"), ("Ricoh", "IM", "C3000", "copier"),
    ("Xerox", "VersaLink", "C405", "printer"), ("Epson", "PowerLite", "L520U", "projector"),
    ("Logitech", "Rally", "Rally Bar", "conference camera"), ("Poly", "Studio", "X50", "video bar"),
    ("Crestron", "Flex", "UC-C160-T", "conference room kit"), ("Shure", "MXA", "MXA920", "ceiling mic"),
    ("Caterpillar", "Cat", "XQ60", "mobile generator"), ("John Deere", "Deere", "1025R", "compact tractor"),
    ("Toro", "Groundsmaster", "4000-D", "mower"), ("Ford", "F-150", "Lightning Pro", "fleet pickup"),
    ("Toyota", "8-Series", "8FGCU25", "forklift"), ("Trane", "Voyager", "YHC120", "rooftop HVAC unit"),
    ("Carrier", "WeatherMaker", "48FC", "rooftop unit"), ("Otis", "Gen2", "Gen2 MRL", "elevator"),
    ("Kohler", "Kohler", "KD800", "standby generator"), ("Garmin", "GPSMAP", "66i", "handheld GPS"),
    ("Trimble", "R", "R12i", "GNSS receiver"), ("Stryker", "Power-PRO", "XT", "ambulance cot"),
    ("Thermo Fisher", "Heratherm", "OGS180", "lab oven"), ("Philips", "HeartStart", "FRx", "AED"),
    ("Genetec", "Security Center", "5.11", "VMS software"), ("Ubiquiti", "UniFi", "U6-Pro", "wireless AP"),
    ("NetApp", "AFF", "A250", "storage array"), ("HPE", "ProLiant", "DL380 Gen11", "server"),
    ("Brother", "HL", "L2350DW", "printer"), ("Kyocera", "ECOSYS", "M3655idn", "MFP"),
    ("Sony", "Bravia", "FW-65BZ30L", "display"), ("Sharp", "Aquos Board", "PN-L651H", "display"),
    ("Nokia", "7250 IXR", "IXR-e", "router"), ("Ciena", "6500", "6500-D7", "optical platform"),
    ("Corning", "Centrix", "CCH-04U", "fiber housing"), ("Panduit", "PanZone", "PZAEWM3", "wall cabinet"),
    ("Leviton", "Decora", "DW6HD", "dimmer"), ("Hubbell", "Wiring Device", "HBL5362", "receptacle"),
    ("Assa Abloy", "Corbin Russwin", "ML2000", "mortise lock"), ("Allegion", "Schlage", "AD-400", "electronic lock"),
    ("Bosch", "DICENTIS", "DCNM-MMD2", "conference system"), ("Extron", "DTP", "DTP HDMI 4K 230", "AV extender"),
    ("Vertiv", "Liebert", "GXT5-3000", "UPS"), ("Schneider Electric", "Square D", "QO130", "breaker"),
]
for mk, br, mdl, ds in ORD_ASSETS:
    a(mk, br, mdl, ds, N, mk, "ordinary equipment; no list match expected")

# ----------------------------------------------------------------------------------------------
# 3. PO LINES. Entry: (vendor, item, exp, ent, note, col)
# ----------------------------------------------------------------------------------------------
PO = []


def po(vendor, item, exp, ent, note, col="Vendor"):
    PO.append((vendor, item, exp, ent, note, col))


# prohibited
po("CDW Government LLC", "Hikvision DS-2CD2342G2-I 4MP dome camera", P, "Hikvision", D10 + " (item)", col="Item Description")
po("Amazon Business", "EZVIZ C6N indoor Wi-Fi camera 2-pack", P, "Hikvision", D1 + " EZVIZ brand [V] (item)", col="Item Description")
po("B&H Photo", "DJI Mavic 3 Thermal drone kit", P, "DJI", D5 + " (item)", col="Item Description")
po("Adorama", "Autel Robotics EVO Max 4T enterprise drone", P, "Autel Robotics", D5 + " (item)", col="Item Description")
po("Insight Public Sector", "Kaspersky Endpoint Security for Business Select, 100 seats, 1 yr", P, "Kaspersky", D3 + " (item)", col="Item Description")
po("TigerDirect", "ZTE MF296C 4G router", P, "ZTE", D10 + " (item)", col="Item Description")
po("Newegg Business", "Huawei AX3 WiFi 6 router", P, "Huawei", D1 + " (item)", col="Item Description")
po("Radio Depot Inc", "Hytera PD782 DMR radio with charger", P, "Hytera", D1 + " PD7xx (item)", col="Item Description")
po("Security Camera Warehouse", "Dahua DH-XVR5816S-4KL-I2-LP 16ch recorder", P, "Dahua", D10 + " (item)", col="Item Description")
po("Marketing Agency Co", "TikTok for Business ad credits, Q1 campaign", P, "TikTok/ByteDance", D4 + " (item)", col="Item Description")
po("HIKVISION USA INC", "DS-7608NI-I2 NVR", P, "Hikvision", D1 + "; vendor name")
po("HUAWEI TECHNOLOGIES CO LTD", "OLT line card", P, "Huawei", D1)
po("Hytera US Inc", "PD792i radios x12", P, "Hytera", D1)
po("DAHUA TECHNOLOGY CO., LTD.", "IPC-HDBW2431E dome cameras", P, "Dahua", D1)
po("DJI Enterprise", "Matrice 30T + DJI Care", P, "DJI", D5)
po("AO KASPERSKY LAB", "Kaspersky Small Office Security", P, "Kaspersky", D3)
po("China Mobile International USA Inc", "international data circuit", P, "China Mobile International USA", D2)
po("China Unicom Americas", "IPLC circuit", P, "China Unicom (Americas)", D2)
po("ComNet USA LLC", "international voice service", P, "ComNet (USA)", D2)
po("Pacific Network Corporation", "IP transit", P, "Pacific Network Corp.", D2)
po("ByteDance Inc.", "Lark workspace subscription", P, "ByteDance", D4 + " (ByteDance-owned entity)")
po("Hangzhou Ezviz Network Co Ltd", "EZVIZ BC1C battery camera", P, "Hikvision", D1 + " EZVIZ [V]")
# review
po("Best Buy Business", "Lorex 4K 8-camera wired NVR system", RV, "Lorex (ex-Dahua)", D13 + " #14 (item)", col="Item Description")
po("xFusion Digital Technologies Co., Ltd.", "FusionServer 1288H V7", RV, "xFusion (ex-Huawei)", D13 + " #12")
po("Anixter Inc.", "Interlogix TruVision TVN 22 NVR", RV, "Interlogix/TruVision", "DOMAIN s.10 OEM relabeler (item)", col="Item Description")
po("Mouser Electronics", "Quectel EG25-G LTE module x50", RV, "Quectel", H1260 + " #30 (item)", col="Item Description")
po("Baidu USA LLC", "Apollo mapping data licence", RV, "Baidu", H1260 + " #39")
po("Alibaba.com", "bulk zip ties from marketplace", RV, "Alibaba", H1260 + " #39")
po("COSCO SHIPPING Lines", "ocean freight Shanghai-Long Beach", RV, "COSCO Shipping", H1260)
po("Digi-Key Electronics", "YMTC 512GB NAND flash samples", RV, "YMTC", S5949 + " (item)", col="Item Description")
po("Securitas Technology", "Labor: remove and dispose Hikvision cameras, install Axis", RV, "Hikvision (mentioned)", MENTION, col="Item Description")
po("Apex Networks LLC", "Decommission ZTE hotspots replaced by Inseego", RV, "ZTE (mentioned)", MENTION, col="Item Description")
po("Marketing Agency Co", "CapCut Pro subscription for video editing", RV, "CapCut (ByteDance app [P])", D4 + " CapCut covered [P] -> review", col="Item Description")
po("Luminys Systems Corp", "NVR firmware support", RV, "Luminys (ex-Dahua USA)", D13 + " #16")
po("Dahua Technology USA Inc", "camera housings", RV, "Dahua Technology USA (sold Jan 2024)", D13 + " #16")
po("Guizhou Space Appliance Co., Ltd.", "relays", RV, "Guizhou Space Appliance (NS-CMIC)", CMIC.format("GUIZHOU SPACE APPLIANCE CO., LTD"))
po("Voyage Technology (HK) Co. Ltd.", "RF connectors", RV, "Voyage Technology (HK) Co. Ltd. (UVL)", UVL.format("Voyage Technology (HK) Co. Ltd."))
po("Suke Logistics Ltd", "freight forwarding HK", RV, "Suke Logistics Ltd. (UVL)", UVL.format("Suke Logistics Ltd."))
po("Hefei Anxin Reed Precision Co., Ltd.", "reed switches", RV, "Hefei Anxin Reed Precision Co., Ltd. (UVL)", UVL.format("Hefei Anxin Reed Precision Co., Ltd."))
po("Trilogy International Associates Inc", "test equipment", RV, "TRILOGY INTERNATIONAL ASSOCIATES, INC. (DPL)", DPL.format("TRILOGY INTERNATIONAL ASSOCIATES, INC.", "2028-02-24"))
po("Ghare Sabz Co.", "spare parts", RV, "GHARE SABZ CO. (DPL)", DPL.format("GHARE SABZ CO.", "2029-07-05"))
po("Jiangxi Hongdu Aviation Industry Co., Ltd.", "composite panels", RV, "Hongdu (NS-CMIC + UVL)", CMIC.format("JIANGXI HONGDU AVIATION INDUSTRY CO., LTD.") + "; also UVL")
# restricted
for vend, item, ent, note in [
    ("Asian Aviation Logistics Company Limited", "air charter", "ASIAN AVIATION LOGISTICS COMPANY LIMITED", SDN.format(17228)),
    ("Mahan Air", "cargo uplift", "MAHAN AIR", SDN.format(12927) + "; case"),
    ("Kunlun Shipping Company Ltd", "vessel charter", "KUNLUN SHIPPING COMPANY LIMITED", SDN.format(27470) + "; legal form"),
    ("SINSMS Pte Ltd", "marine electronics", "SINSMS PTE. LTD.", SDN.format(24567) + "; punctuation"),
    ("IA Inforos LLC", "media monitoring service", "IA INFOROS, OOO", SDN.format(31170) + "; OOO->LLC"),
    ("Swissol Trade D.M.C.C.", "lubricants", "SWISSOL TRADE DMCC", SDN.format(28606) + "; punctuation"),
    ("Leading Edge Sourcing Corp.", "wellness supplements", "LEADING EDGE SOURCING CORPORATION", SDN.format(16906) + "; legal form"),
    ("Source1Wellness", "wellness supplements", "LEADING EDGE SOURCING CORPORATION", ALT.format(16906) + " 'SOURCE1WELLNESS'"),
    ("Lecheria Santa Monica", "dairy products", "NUEVA INDUSTRIA DE GANADEROS DE CULIACAN S.A. DE C.V.", ALT.format(10366) + " 'LECHERIA SANTA MONICA'"),
    ("Tehran International Transport Company", "freight", "TEHRAN INTERNATIONAL TRANSPORT CO", ALT.format(30384) + " 'TEHRAN INTERNATIONAL TRANSPORT COMPANY'"),
    ("Imam Khomeini Shazand Oil Refining Co.", "bitumen", "IMAM KHOMEINI SHAZAND OIL REFINING COMPANY", SDN.format(29797) + "; legal form"),
    ("A.T.E. International Limited", "commodities", "A.T.E. INTERNATIONAL LTD.", SDN.format(8416) + "; legal form"),
    ("Ascotec Japan KK", "steel coil", "ASCOTEC JAPAN K.K.", SDN.format(11609) + "; punctuation"),
    ("Zest Leasing CJSC", "vehicle lease", "CJSC ZEST", ALT.format(16811) + " 'ZEST LEASING' + legal form"),
    ("Gazprom Burenie LLC", "drilling services", "GAZPROM BURENIE, OOO", SDN.format(24185) + "; OOO->LLC"),
    ("Miass Machine-Building Factory", "machined parts", "Miass Machine-Building Factory", EL.format("Miass Machine-Building Factory")),
    ("Tikhomirov Scientific Research Institute of Instrument Design JSC", "radar components", "Tikhomirov Scientific Research Institute of Instrument Design, JSC", EL.format("Tikhomirov Scientific Research Institute of Instrument Design, JSC") + "; punctuation"),
    ("University of Electronic Science and Technology of China", "research collaboration fee", "University of Electronic Science and Technology of China", EL.format("University of Electronic Science and Technology of China")),
    ("Nanjing University of Science & Technology", "lab services", "Nanjing University of Science and Technology", EL.format("Nanjing University of Science and Technology") + "; and->&"),
    ("People's Steel Mills Ltd", "steel", "People's Steel Mills", EL.format("People's Steel Mills") + "; legal form added"),
    ("Baimtec Material Co Ltd", "alloy stock", "Baimtec Material Co., Ltd.", MEU.format("Baimtec Material Co., Ltd.")),
    ("Beijing Guang Ming Electronics Co Ltd", "electronic components", "Beijing Guang Ming Electronics Co., Ltd.", MEU.format("Beijing Guang Ming Electronics Co., Ltd.")),
    ("Yas Air", "air cargo", "YAS AIR", UN.format("IRe.077", "YAS AIR")),
    ("Shanghai Dongfeng Shipping Co., Ltd.", "shipping", "SHANGHAI DONGFENG SHIPPING CO LTD", UN.format("KPe.072", "SHANGHAI DONGFENG SHIPPING CO LTD") + "; punctuation"),
    ("Korea United Development Bank", "wire transfer fee", "KOREA UNITED DEVELOPMENT BANK", UN.format("KPe.033", "KOREA UNITED DEVELOPMENT BANK")),
    ("Huafu Fashion Co Ltd", "melange cotton yarn", "Huafu Fashion", UFLPA),
    ("ZIJIN MINING GROUP COMPANY LIMITED", "copper wire rod", "Zijin Mining Group", UFLPA),
    ("Aksu Huafu Textiles Co.", "cotton yarn", "Aksu Huafu Textiles Co.", EL.format("Aksu Huafu Textiles Co.") + "; also UFLPA Huafu"),
    ("Sergei Yevgenevich Zubkov", "consulting", "ZUBKOV, Sergei Yevgenevich", SDN.format(32211) + " individual"),
    ("Rodolfo Clemente Marco Torres", "consulting", "MARCO TORRES, Rodolfo Clemente", SDN.format(23344) + " individual"),
    ("Alexander Alexandrovich Zharov", "media services", "ZHAROV, Alexander Alexandrovich", SDN.format(24322) + " individual"),
    ("Pavel Leonidovich Karanda", "security consulting", "KARANDA, Pavel Leonidovich", SDN.format(31574) + " individual"),
    ("Ali Danaei Kenarsari", "engineering services", "DANAEI KENARSARI, Ali", SDN.format(29099) + " individual"),
    ("Mostafa Zahedi", "procurement agent fee", "ZAHEDI, Mostafa", SDN.format(21556) + " individual"),
    ("Reza Amidi", "spare parts broker", "AMIDI, Reza", SDN.format(16438) + " individual"),
    ("Rafael Alvarez Pineda", "construction labor", "ALVAREZ PINEDA, Rafael", SDN.format(16457) + " individual"),
    ("Oleg Logunov", "retail consulting", "LOGUNOV, Oleg", SDN.format(15888) + " individual"),
    ("Lucien Nzabamwita", "mining consultancy", "NZABAMWITA, Lucien", SDN.format(23645) + " individual"),
]:
    po(vend, item, RS, ent, note)
# near misses
po("Hyster-Yale Group", "forklift mast repair parts", N, "Hyster-Yale", D13 + " #1")
po("ZT Group International (ZT Systems)", "GPU server chassis", N, "ZT Systems", D13 + " #3")
po("Synology America Corp", "Synology DS218+ NAS", N, "Synology", D13 + " #7 (item)", col="Item Description")
po("Hanwha Vision America", "Wisenet XNV-8082R cameras", N, "Hanwha Vision", D13 + " #20")
po("Lenovo Global Technology", "ThinkSystem SR650 V3", N, "Lenovo", D13 + " #26")
po("Honeywell Building Technologies", "fire panel service", N, "Honeywell", D13 + " #22")
po("Panasonic Connect", "Toughbook 40", N, "Panasonic", D13 + " #23")
po("Axis Communications Inc", "Axis M3086-V cameras", N, "Axis", D13 + " #25")
po("Dell EMC", "Connectrix DS-6610B switch", N, "Dell EMC", "DS- prefix of another maker (item)", col="Item Description")
po("Garcia Brothers Roofing", "roof repair", N, "Garcia Brothers Roofing", "surname shared with SDN individuals")
po("Zhang's Asian Market", "catering supplies", N, "Zhang's Asian Market", "surname shared with SDN 'ZHANG, Xiaoming'")
po("Pacific Hydraulics Inc", "hydraulic hoses", N, "Pacific Hydraulics", "shares 'Pacific' with Pacific Network/SDN names")
po("National Bank of Canada", "FX settlement fee", N, "National Bank of Canada", "shares 'National Bank' with SDN banks")
po("Eagle Logistics LLC", "LTL freight", N, "Eagle Logistics", "shares 'Eagle' with SDN names")
po("Ali Baba's Mediterranean Grill", "staff lunch catering", N, "Ali Baba's Grill", "look-alike of Alibaba (restaurant)")
po("Kim's Dry Cleaning", "uniform cleaning", N, "Kim's Dry Cleaning", "surname KIM common on SDN; local business")
po("Dahua Group Shanghai", "office lease deposit (Shanghai rep office)", N, "Dahua Group", D13 + " #6")
po("Sanmina Corp", "PCB assembly", N, "Sanmina", D13 + " #4")
po("Tool Source Warehouse", "Autel MaxiSys MS906 diagnostic tablet", RV, "Autel Intelligent", D13 + " #36 Autel automotive (MaxiSys) -> review (item)", col="Item Description")
po("Aeon Labs", "DS03202B Minimote", N, "Aeon Labs", D13 + " #8 (item)", col="Item Description")
po("Teltronics Inc", "PBX maintenance", N, "Teltronics Inc. (US)", "look-alike of Teltronic (Hytera)")
po("Ocean Maritime Services Inc", "harbor tug service", N, "Ocean Maritime Services", "shares words with UN OMM")
# ordinary
PO_ITEMS = ["copy paper 10 cases", "toner cartridges", "laptop docks", "safety vests", "janitorial supplies",
            "HVAC filter replacement", "road salt", "asphalt patch", "printer maintenance", "office chairs",
            "network cabling", "fleet tires", "fuel cards", "software subscription", "first aid kits",
            "bottled water service", "elevator maintenance", "pest control monthly", "uniform rental",
            "LED lamps", "conference room AV", "backup tapes", "legal pads", "traffic cones"]
for nm in REAL_VENDORS[55:90]:
    po(nm, RNG.choice(PO_ITEMS), N, nm, "ordinary well-known company")
for nm in INVENTED[65:115]:
    po(nm, RNG.choice(PO_ITEMS), N, nm, "invented small business")


# ----------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------
FIXED_TS = dt.datetime(2026, 12, 1, 8, 0, 0)


def fix_props(wb):
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.creator = "blind4"


def normalize_xlsx(path):
    """Rewrite the xlsx zip with fixed timestamps so output is byte-identical across runs."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-01T08:00:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2026-12-01T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    labels = []
    # --- vendor master
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendors"
    ws.cell(row=1, column=1, value="County of Westbrook - Procurement Division - Vendor Master (export 2026-12-01)")
    hdr = ["Vendor ID", "Vendor Name", "DBA / Alt Name", "Street", "City", "State/Prov", "Country",
           "Category", "Status", "Notes"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=2, column=j, value=h)
    order = list(range(len(VM)))
    RNG.shuffle(order)
    cats = ["IT", "Facilities", "Security", "Fleet", "Professional Services", "Supplies", "Telecom", "Logistics"]
    r = 3
    for k in order:
        name, exp, ent, note, kw = VM[k]
        city = kw.get("city")
        state = kw.get("state", "")
        country = kw.get("country", "US")
        if city is None:
            if country == "US":
                city, state, _ = us_loc()
            else:
                city = ""
        notes = kw.get("notes", "")
        row = [f"V{100000 + r:06d}", name, kw.get("dba", ""), street(), city, state, country,
               RNG.choice(cats), "Active", notes]
        for j, val in enumerate(row, 1):
            ws.cell(row=r, column=j, value=val)
        col = kw.get("col", "Vendor Name")
        val = notes if col == "Notes" else name
        labels.append(("vendor_master_fourth.xlsx", "Vendors", r, exp, ent, note, col, val))
        r += 1
    hs = wb.create_sheet("Inactive_Vendors")
    hs.sheet_state = "hidden"
    for j, h in enumerate(["Vendor ID", "Vendor Name", "Country", "Deactivated", "Reason"], 1):
        hs.cell(row=1, column=j, value=h)
    for i, (name, exp, ent, note) in enumerate(HV):
        rr = i + 2
        for j, val in enumerate([f"X{7000 + i}", name, "", rdate(2023, 2026), "inactive > 24 months"], 1):
            hs.cell(row=rr, column=j, value=val)
        labels.append(("vendor_master_fourth.xlsx", "Inactive_Vendors", rr, exp, ent, note, "Vendor Name", name))
    fix_props(wb)
    wb.save(os.path.join(OUT, "vendor_master_fourth.xlsx"))
    normalize_xlsx(os.path.join(OUT, "vendor_master_fourth.xlsx"))

    # --- asset register
    wb = Workbook()
    ws = wb.active
    ws.title = "Assets"
    hdr = ["Asset Tag", "Manufacturer", "Brand", "Model", "Description", "Location", "Serial No", "Acquired"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=1, column=j, value=h)
    locs = ["City Hall", "Public Works Yard", "Water Treatment Plant", "Library Main", "Police HQ",
            "Fire Station 3", "Transit Depot", "Parks Maintenance", "Data Center", "Courthouse"]
    order = list(range(len(AR)))
    RNG.shuffle(order)
    colmap = {"Manufacturer": "manu", "Brand": "brand", "Model": "model", "Description": "desc"}
    r = 2
    for k in order:
        d = AR[k]
        acq = d["acq"] or rdate(2024, 2026)
        row = [f"AT-{20000 + r}", d["manu"], d["brand"], d["model"], d["desc"], RNG.choice(locs),
               f"SN{RNG.randint(10**7, 10**8 - 1)}", acq]
        for j, val in enumerate(row, 1):
            ws.cell(row=r, column=j, value=val if val != "" else None)
        val = d[colmap[d["col"]]]
        assert val, d
        labels.append(("asset_register_fourth.xlsx", "Assets", r, d["exp"], d["ent"], d["note"], d["col"], val))
        r += 1
    fix_props(wb)
    wb.save(os.path.join(OUT, "asset_register_fourth.xlsx"))
    normalize_xlsx(os.path.join(OUT, "asset_register_fourth.xlsx"))

    # --- PO lines
    order = list(range(len(PO)))
    RNG.shuffle(order)
    with open(os.path.join(OUT, "po_lines_fourth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["PO Number", "Line", "Vendor", "Item Description", "Qty", "Unit Price", "Order Date", "Buyer"])
        r = 2
        for k in order:
            vend, item, exp, ent, note, col = PO[k]
            w.writerow([f"PO-26-{4000 + r // 3:05d}", r % 3 + 1, vend, item, RNG.randint(1, 40),
                        f"{RNG.uniform(5, 4000):.2f}", rdate(2025, 2026), RNG.choice(["jdoe", "mlee", "kpatel", "rsmith"])])
            val = vend if col == "Vendor" else item
            labels.append(("po_lines_fourth.csv", "", r, exp, ent, note, col, val))
            r += 1

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "sheet", "row", "expected", "entity", "note", "column", "value"])
        for lab in labels:
            w.writerow(lab)
    from collections import Counter
    print("rows:", len(labels), Counter(l[3] for l in labels), Counter(l[0] for l in labels))


if __name__ == "__main__":
    main()

