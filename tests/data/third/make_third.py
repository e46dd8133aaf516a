#!/usr/bin/env python3
"""Blind labelled test set for the `compliance` screener (written from DOMAIN.md only).

Deterministic: random.Random(99).  Writes vendor_master.xlsx, equipment_list.xlsx,
purchase_orders.csv and labels.csv next to this script.

Label policy (from DOMAIN.md s.1, 2, 3, 5, 10, 13):
  prohibited : the 12 named entities (any spelling / script / typo), subsidiaries and brands
               DOMAIN tags [V] (or that carry the covered name itself), strong model families
               (Hikvision DS-2CD/DS-2DE/DS-2TD/DS-76xxNI/DS-2CV, HIKMICRO HM-T, Dahua DH-/DHI-),
               FCC IDs with [V] covered grantee codes (QIS, SRQ, YAM, 2ADTD, SS3).
  review     : divested units (Honor, xFusion, HMN Tech, Lorex, Dahua Technology USA, Sepura,
               Teltronic/PowerTrunk), [P]/[M] links (Imou/Huacheng, Futurewei, HiSilicon),
               OEM relabelers tagged [V] (LTS, Interlogix/TruVision, IndigoVision),
               pass-throughs (Anzu, Cogito), Autel Intelligent (automotive), H3C,
               China Telecommunications Corp (parent), weak model families (ZTE MF###,
               Hytera PD###, Dahua type code without DH prefix, Hikvision DS-K, Huawei phone
               codes), [P] grantee codes (2AVYF, 2AGNT).
  none       : everything else, incl. DOMAIN s.13 'N' near misses and invented look-alikes.
"""
import csv
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent
rng = random.Random(99)
LABELS = []


def label(file, sheet, row, expected, entity, note, column, value):
    LABELS.append(dict(file=file, sheet=sheet, row=row, expected=expected, entity=entity,
                       note=note, column=column, value=value))


P, R, N = "prohibited", "review", "none"

# ---------------------------------------------------------------------------
# 1. vendor master
# ---------------------------------------------------------------------------
# (name, alt/dba, country, city, expected, entity, note, telling column: 'name'|'alt')
VENDOR_COVERED = [
    ("Huawei Technologies Co., Ltd.", "", "CN", "Shenzhen", P, "Huawei", "full legal name", "name"),
    ("HUAWEI TECHNOLOGIES CO LTD", "", "CN", "Shenzhen", P, "Huawei", "all caps, no punctuation", "name"),
    ("Huawei Technologies USA Inc. (Plano TX)", "", "US", "Plano", P, "Huawei", "US sub named Huawei + city", "name"),
    ("huawei tech. co ltd", "", "CN", "Shenzhen", P, "Huawei", "lower case abbreviation", "name"),
    ("Huawie Technologies Co Ltd", "", "CN", "Shenzhen", P, "Huawei", "typo: transposed ie", "name"),
    ("Hauwei Technologies", "", "CN", "Dongguan", P, "Huawei", "typo: transposed au", "name"),
    ("Huawei  Technologies  Co.,Ltd.", "", "CN", "Shenzhen", P, "Huawei", "doubled spaces", "name"),
    ("华为技术有限公司", "", "CN", "深圳", P, "Huawei", "simplified Chinese full legal name", "name"),
    ("華為技術有限公司", "", "TW", "台北", P, "Huawei", "traditional Chinese full legal name", "name"),
    ("华为", "Huawei Enterprise", "CN", "Shenzhen", P, "Huawei", "simplified short name", "name"),
    ("Huawei Tech Investment Co., Ltd.", "", "CN", "Shenzhen", P, "Huawei", "affiliate [V]", "name"),
    ("Huawei Cloud Computing Technologies Co., Ltd.", "", "CN", "Guiyang", P, "Huawei", "Entity-listed affiliate [V]", "name"),
    ("HUAWEI DEVICE CO., LTD.", "", "CN", "Dongguan", P, "Huawei", "Huawei-named device unit", "name"),
    ("Huawei Technologies Deutschland GmbH - Düsseldorf", "", "DE", "Düsseldorf", P, "Huawei", "foreign sub + branch city", "name"),
    ("ZTE Corporation", "", "CN", "Shenzhen", P, "ZTE", "legal name", "name"),
    ("Z.T.E. Corp.", "", "CN", "Shenzhen", P, "ZTE", "dotted acronym", "name"),
    ("ZTE USA, Inc. - Richardson, TX", "", "US", "Richardson", P, "ZTE", "ZTE USA [V] + branch", "name"),
    ("zte (usa) inc", "", "US", "Richardson", P, "ZTE", "lower case, parenthesised", "name"),
    ("Zhongxing Telecommunication Equipment Corporation", "", "CN", "Shenzhen", P, "ZTE", "former name [V]", "name"),
    ("中兴通讯股份有限公司", "", "CN", "深圳", P, "ZTE", "simplified full legal name", "name"),
    ("中興通訊", "ZTE HK", "HK", "Hong Kong", P, "ZTE", "traditional short name", "name"),
    ("Nubia Technology Co., Ltd.", "", "CN", "Shenzhen", P, "ZTE", "ZTE sub Nubia [V]", "name"),
    ("ZTEsoft Technology Co., Ltd.", "", "CN", "Nanjing", P, "ZTE", "ZTEsoft [V]", "name"),
    ("Sanechips Technology Co., Ltd.", "", "CN", "Shenzhen", P, "ZTE", "ZTE chip unit [V]", "name"),
    ("Hytera Communications Corporation Limited", "", "CN", "Shenzhen", P, "Hytera", "full legal name", "name"),
    ("HYTERA COMMUNICATIONS CO.,LTD", "", "CN", "Shenzhen", P, "Hytera", "caps, Co.,Ltd", "name"),
    ("Hytera Comms Corp", "", "CN", "Shenzhen", P, "Hytera", "abbreviation Comms", "name"),
    ("Hytera America Inc", "", "US", "Miramar", P, "Hytera", "Hytera America [V]", "name"),
    ("Hytera US Inc.", "", "US", "Irvine", P, "Hytera", "Hytera US Inc [V]", "name"),
    ("Hyterra Communications", "", "CN", "Shenzhen", P, "Hytera", "typo: doubled r", "name"),
    ("海能达通信股份有限公司", "", "CN", "深圳", P, "Hytera", "Chinese legal name", "name"),
    ("Norsat International Inc.", "", "CA", "Richmond", P, "Hytera", "Hytera subsidiary [V], DOMAIN s.13 #19", "name"),
    ("Sinclair Technologies", "", "CA", "Aurora", P, "Hytera", "Hytera subsidiary [V]", "name"),
    ("Hangzhou Hikvision Digital Technology Co., Ltd.", "", "CN", "Hangzhou", P, "Hikvision", "full legal name", "name"),
    ("Hikvision USA, Inc.", "", "US", "City of Industry", P, "Hikvision", "US sub [V]", "name"),
    ("HIK VISION USA INC", "", "US", "City of Industry", P, "Hikvision", "split word, caps", "name"),
    ("Hikvison USA", "", "US", "City of Industry", P, "Hikvision", "typo: missing i", "name"),
    ("杭州海康威视数字技术股份有限公司", "", "CN", "杭州", P, "Hikvision", "simplified full legal name", "name"),
    ("海康威視", "", "TW", "台中", P, "Hikvision", "traditional short name", "name"),
    ("Hangzhou Ezviz Network Co., Ltd.", "EZVIZ", "CN", "Hangzhou", P, "Hikvision", "EZVIZ [V]", "name"),
    ("Hangzhou Microimage Software Co., Ltd.", "HIKMICRO", "CN", "Hangzhou", P, "Hikvision", "HIKMICRO [V]", "name"),
    ("Hikvision Canada Inc.", "", "CA", "Markham", P, "Hikvision", "Canadian sub [V]", "name"),
    ("Zhejiang Dahua Technology Co., Ltd.", "", "CN", "Hangzhou", P, "Dahua", "full legal name", "name"),
    ("DAHUA TECHNOLOGY CO LTD", "", "CN", "Hangzhou", P, "Dahua", "caps", "name"),
    ("Dahua Tech.", "", "CN", "Hangzhou", P, "Dahua", "abbreviation", "name"),
    ("Zhejiang Dahua Vision Technology Co Ltd", "", "CN", "Hangzhou", P, "Dahua", "Dahua Vision [V]", "name"),
    ("Dahau Technology Co., Ltd.", "", "CN", "Hangzhou", P, "Dahua", "typo: transposed au", "name"),
    ("浙江大华技术股份有限公司", "", "CN", "杭州", P, "Dahua", "simplified full legal name", "name"),
    ("浙江大華技術股份有限公司", "", "TW", "台北", P, "Dahua", "traditional full legal name", "name"),
    ("Zhejiang Huaray Technology Co., Ltd.", "iRAYPLE", "CN", "Hangzhou", P, "Dahua", "Huaray [V]", "name"),
    ("Dahua Europe B.V.", "", "NL", "Eindhoven", P, "Dahua", "Dahua-named European sub", "name"),
    ("Kaspersky Lab, Inc.", "", "US", "Woburn", P, "Kaspersky", "US entity", "name"),
    ("AO Kaspersky Lab", "", "RU", "Moscow", P, "Kaspersky", "Russian JSC", "name"),
    ("Kasperksy Lab", "", "RU", "Moscow", P, "Kaspersky", "typo: transposed ks", "name"),
    ("АО «Лаборатория Касперского»", "", "RU", "Москва", P, "Kaspersky", "Cyrillic name", "name"),
    ("China Mobile International (USA) Inc.", "", "US", "Santa Clara", P, "China Mobile Intl USA", "Covered List entity", "name"),
    ("China Telecom (Americas) Corporation", "", "US", "Herndon", P, "China Telecom Americas", "Covered List entity", "name"),
    ("CHINA UNICOM (AMERICAS) OPERATIONS LTD.", "", "US", "New York", P, "China Unicom Americas", "caps + Ltd.", "name"),
    ("Pacific Network Corp.", "", "US", "San Francisco", P, "Pacific Network/ComNet", "Covered List entity", "name"),
    ("ComNet (USA) LLC", "", "US", "San Francisco", P, "Pacific Network/ComNet", "PacNet's wholly-owned sub", "name"),
    ("SZ DJI Technology Co., Ltd.", "", "CN", "Shenzhen", P, "DJI", "legal name", "name"),
    ("深圳市大疆创新科技有限公司", "", "CN", "深圳", R, "DJI", "Chinese legal name; DOMAIN tags it [M]: review (relabelled by lead)", "name"),
    ("Autel Robotics Co., Ltd.", "", "CN", "Shenzhen", P, "Autel Robotics", "legal name", "name"),
    # --- review ---
    ("Honor Device Co., Ltd.", "HONOR", "CN", "Shenzhen", R, "Huawei (divested)", "Honor sold 2020 [V]; s.13 #11 R", "name"),
    ("Shenzhen Zhixin New Information Technology Co., Ltd.", "", "CN", "Shenzhen", R, "Huawei (divested)", "Honor buyer; s.13 #11", "name"),
    ("xFusion Digital Technologies Co., Ltd.", "", "CN", "Zhengzhou", R, "Huawei (divested)", "x86 servers sold 2021; s.13 #12", "name"),
    ("超聚变数字技术有限公司", "", "CN", "郑州", R, "Huawei (divested)", "xFusion in Chinese", "name"),
    ("HMN Technologies Co., Ltd.", "ex-Huawei Marine", "CN", "Tianjin", R, "Huawei (divested)", "s.13 #13", "name"),
    ("New H3C Technologies Co., Ltd.", "", "CN", "Hangzhou", N, "", "H3C: issue 2 says it must not match Huawei (relabelled by lead)", "name"),
    ("Lorex Technology Inc.", "", "CA", "Markham", R, "Dahua (divested)", "s.13 #14", "name"),
    ("Dahua Technology USA Inc.", "", "US", "Irvine", R, "Dahua (divested)", "sold Jan 2024; s.13 #16 R", "name"),
    ("Sepura Limited", "", "GB", "Cambridge", R, "Hytera (divested)", "s.13 #17", "name"),
    ("Teltronic S.A.U.", "", "ES", "Zaragoza", R, "Hytera (divesting)", "s.13 #18", "name"),
    ("Futurewei Technologies, Inc.", "", "US", "Santa Clara", R, "Huawei", "link [M] only", "name"),
    ("HiSilicon Technologies Co., Ltd.", "海思", "CN", "Shenzhen", R, "Huawei", "sub link [M]", "name"),
    ("Hangzhou Huacheng Network Technology Co., Ltd.", "Imou", "CN", "Hangzhou", R, "Dahua", "Huacheng=Dahua sub [P]", "name"),
    ("LT Security Inc.", "LTS", "US", "City of Industry", R, "Hikvision OEM", "relabeler [V] s.10", "name"),
    ("Anzu Robotics LLC", "", "US", "Austin", R, "DJI pass-through", "s.5 / s.13 #38", "name"),
    ("Autel Intelligent Technology Corp., Ltd.", "", "CN", "Shenzhen", R, "Autel (automotive)", "s.13 #36", "name"),
]

VENDOR_INACTIVE_COVERED = [
    ("Hikvision USA Inc", "", "US", "2020-09-30", "FAR 52.204-25", P, "Hikvision", "inactive but covered"),
    ("Dahua Technology", "", "CN", "2019-08-13", "889", P, "Dahua", "short name"),
    ("ZTE Corp", "", "CN", "2019-08-13", "889", P, "ZTE", "abbreviation"),
    ("Huawei Technologies Co Ltd.", "", "CN", "2019-08-13", "889 Part A", P, "Huawei", "legal name, no comma"),
    ("Kaspersky Labs Limited", "", "GB", "2018-10-01", "FAR 52.204-23", P, "Kaspersky", "UK entity [V]"),
    ("HYT", "HYT Science & Technology", "CN", "2019-08-13", "", P, "Hytera", "former name HYT [V]"),
    ("Hytera Mobilfunk GmbH", "", "DE", "2020-01-15", "", P, "Hytera", "German sub [V]"),
    ("China Telecom Americas Corp", "", "US", "2022-04-01", "FCC Covered List", P, "China Telecom Americas", "no parentheses"),
    ("DJI Technology, Inc.", "", "US", "2023-01-05", "ASDA", P, "DJI", "US arm named DJI"),
    ("Autel Robotics USA LLC", "", "US", "2025-12-22", "FCC CL", P, "Autel Robotics", "US arm"),
    ("PowerTrunk, Inc.", "", "US", "2021-06-30", "", R, "Hytera (Teltronic)", "s.13 #18"),
    ("Cogito Tech Company Limited", "", "HK", "2024-03-01", "", R, "DJI replica", "s.5 pass-through [V]"),
    ("Huawei Marine Networks Co., Ltd.", "", "CN", "2019-06-30", "", R, "Huawei (divested)", "HMN Tech former name; s.13 #13"),
]

# (name, alt, country, city, type, note)  -- ordinary suppliers and near misses, all clean
VENDOR_CLEAN = [
    ("W.W. Grainger, Inc.", "", "US", "Lake Forest", "MRO supplies", ""),
    ("Fastenal Company", "", "US", "Winona", "MRO supplies", ""),
    ("CDW Government LLC", "CDW-G", "US", "Vernon Hills", "IT reseller", ""),
    ("Dell Marketing L.P.", "", "US", "Round Rock", "IT hardware", ""),
    ("HP Inc.", "", "US", "Palo Alto", "IT hardware", ""),
    ("Cisco Systems, Inc.", "", "US", "San Jose", "Network equipment", ""),
    ("Juniper Networks Inc", "", "US", "Sunnyvale", "Network equipment", ""),
    ("Staples Business Advantage", "", "US", "Framingham", "Office supplies", ""),
    ("ODP Business Solutions, LLC", "Office Depot", "US", "Boca Raton", "Office supplies", ""),
    ("Home Depot U.S.A., Inc.", "Home Depot Pro", "US", "Atlanta", "Building supplies", ""),
    ("The Sherwin-Williams Company", "", "US", "Cleveland", "Paint", ""),
    ("Johnson Controls, Inc.", "", "US", "Milwaukee", "Building systems", ""),
    ("Siemens Industry, Inc.", "", "US", "Buffalo Grove", "Building systems", ""),
    ("Schneider Electric USA, Inc.", "", "US", "Andover", "Electrical", ""),
    ("ABB Inc.", "", "US", "Cary", "Electrical", ""),
    ("Eaton Corporation", "", "US", "Cleveland", "Electrical", ""),
    ("Carrier Corporation", "", "US", "Palm Beach Gardens", "HVAC", ""),
    ("Trane U.S. Inc.", "", "US", "Davidson", "HVAC", ""),
    ("Otis Elevator Company", "", "US", "Farmington", "Elevators", ""),
    ("KONE Inc.", "", "US", "Lisle", "Elevators", ""),
    ("Cintas Corporation No. 2", "", "US", "Mason", "Uniforms", ""),
    ("Sysco Corporation", "", "US", "Houston", "Food service", ""),
    ("Verizon Business Network Services LLC", "", "US", "Basking Ridge", "Telecom services", ""),
    ("AT&T Corp.", "", "US", "Dallas", "Telecom services", ""),
    ("Lumen Technologies", "CenturyLink", "US", "Monroe", "Telecom services", ""),
    ("Comcast Business Communications, LLC", "", "US", "Philadelphia", "Telecom services", ""),
    ("T-Mobile USA, Inc.", "", "US", "Bellevue", "Wireless", "near miss: Mobile"),
    ("Motorola Solutions, Inc.", "", "US", "Chicago", "Radios", "s.13 #24"),
    ("Bosch Security Systems, LLC", "", "US", "Fairport", "Security", ""),
    ("Genetec Inc.", "", "CA", "Montréal", "VMS software", ""),
    ("Milestone Systems A/S", "", "DK", "Brøndby", "VMS software", ""),
    ("Verkada Inc.", "", "US", "San Mateo", "Security cameras", ""),
    ("Axon Enterprise, Inc.", "", "US", "Scottsdale", "Body cameras", ""),
    ("Zebra Technologies Corporation", "", "US", "Lincolnshire", "Barcode/mobile", ""),
    ("Ubiquiti Inc.", "", "US", "New York", "Network equipment", ""),
    ("NETGEAR, Inc.", "", "US", "San Jose", "Network equipment", ""),
    ("Fortinet, Inc.", "", "US", "Sunnyvale", "Security software", ""),
    ("Palo Alto Networks, Inc.", "", "US", "Santa Clara", "Security software", ""),
    ("CrowdStrike, Inc.", "", "US", "Austin", "Security software", ""),
    ("ESET, spol. s r.o.", "", "SK", "Bratislava", "Anti-virus", "AV vendor, not Kaspersky"),
    ("Trend Micro Incorporated", "", "JP", "Tokyo", "Anti-virus", ""),
    ("Bitdefender SRL", "", "RO", "Bucharest", "Anti-virus", ""),
    ("Check Point Software Technologies Ltd.", "", "IL", "Tel Aviv", "Security software", ""),
    ("Tata Consultancy Services Limited", "TCS", "IN", "Mumbai", "IT services", ""),
    ("Infosys Limited", "", "IN", "Bengaluru", "IT services", ""),
    ("Nokia Solutions and Networks Oy", "", "FI", "Espoo", "Telecom equipment", ""),
    ("Telefonaktiebolaget LM Ericsson", "Ericsson", "SE", "Stockholm", "Telecom equipment", ""),
    ("Samsung Electronics America, Inc.", "", "US", "Ridgefield Park", "Electronics", ""),
    ("LG Electronics U.S.A., Inc.", "", "US", "Englewood Cliffs", "Electronics", ""),
    ("NEC Corporation of America", "", "US", "Irving", "IT", ""),
    ("Fujitsu America, Inc.", "", "US", "Santa Clara", "IT", ""),
    ("Hitachi Vantara LLC", "", "US", "Santa Clara", "Storage", ""),
    ("Lenovo (United States) Inc.", "", "US", "Morrisville", "IT hardware", "s.13 #26 N"),
    ("Acer America Corporation", "", "US", "San Jose", "IT hardware", ""),
    ("ASUS Computer International", "", "US", "Fremont", "IT hardware", ""),
    ("Synology America Corp.", "", "US", "Bellevue", "NAS", "s.13 #7"),
    ("QNAP Systems, Inc.", "", "TW", "New Taipei", "NAS", ""),
    ("Apple Inc.", "", "US", "Cupertino", "IT hardware", ""),
    ("Microsoft Corporation", "", "US", "Redmond", "Software", ""),
    ("Amazon Web Services, Inc.", "", "US", "Seattle", "Cloud", ""),
    ("Zoom Video Communications, Inc.", "", "US", "San Jose", "Software", ""),
    ("Brother International Corporation", "", "US", "Bridgewater", "Printers", ""),
    ("Canon U.S.A., Inc.", "", "US", "Melville", "Printers", ""),
    ("Xerox Corporation", "", "US", "Norwalk", "Printers", ""),
    ("Vertiv Corporation", "", "US", "Westerville", "Power", ""),
    ("Generac Power Systems, Inc.", "", "US", "Waukesha", "Generators", ""),
    ("Caterpillar Inc.", "", "US", "Irving", "Heavy equipment", ""),
    ("Enterprise Fleet Management", "", "US", "St. Louis", "Fleet", ""),
    ("FedEx Corporation", "", "US", "Memphis", "Shipping", ""),
    ("DHL Express (USA), Inc.", "", "US", "Plantation", "Shipping", ""),
    ("Waste Management, Inc.", "", "US", "Houston", "Waste", ""),
    ("Ecolab Inc.", "", "US", "Saint Paul", "Sanitation", ""),
    ("3M Company", "", "US", "Saint Paul", "Supplies", ""),
    ("Uline, Inc.", "", "US", "Pleasant Prairie", "Packaging", ""),
    ("Graybar Electric Company, Inc.", "", "US", "St. Louis", "Electrical distribution", ""),
    ("Anixter Inc.", "", "US", "Glenview", "Distribution", ""),
    ("ADI Global Distribution", "", "US", "Melville", "Security distribution", ""),
    ("SHI International Corp.", "", "US", "Somerset", "Software reseller", ""),
    ("Carahsoft Technology Corp.", "", "US", "Reston", "Software reseller", ""),
    ("Booz Allen Hamilton Inc.", "", "US", "McLean", "Consulting", ""),
    ("Turner Construction Company", "", "US", "New York", "Construction", ""),
    ("HID Global Corporation", "", "US", "Austin", "Access control", ""),
    ("Hanwha Vision America", "Wisenet", "US", "Teaneck", "Security cameras", "s.13 #20 N; shares 'Vision'"),
    ("IDIS America, Inc.", "", "US", "Coppell", "Security cameras", "s.13 #21"),
    ("Costar Technologies, Inc.", "", "US", "Coppell", "Security cameras", "s.13 #21"),
    ("Axis Communications AB", "", "SE", "Lund", "Security cameras", "s.13 #25"),
    ("Avigilon Corporation", "", "CA", "Vancouver", "Security cameras", "s.13 #24"),
    ("Siemens AG", "", "DE", "München", "Industrial", ""),
    ("Robert Bosch GmbH", "", "DE", "Gerlingen", "Industrial", ""),
    ("Telefónica, S.A.", "", "ES", "Madrid", "Telecom services", ""),
    ("Vodafone Group Plc", "", "GB", "Newbury", "Telecom services", ""),
    ("Deutsche Telekom AG", "", "DE", "Bonn", "Telecom services", "near miss: Telekom"),
    ("Telecom Italia S.p.A.", "TIM", "IT", "Roma", "Telecom services", "near miss: Telecom"),
    ("NTT DATA, Inc.", "", "JP", "Tokyo", "IT services", ""),
    ("Sony Electronics Inc.", "", "US", "San Diego", "Electronics", ""),
    ("Delta Electronics, Inc.", "台達電子工業股份有限公司", "TW", "Taipei", "Power", "Chinese-script ordinary"),
    ("華碩電腦股份有限公司", "ASUSTeK Computer Inc.", "TW", "台北", "IT hardware", "trad. Chinese ordinary; shares 華"),
    ("宏碁股份有限公司", "Acer Inc.", "TW", "新北", "IT hardware", "trad. Chinese ordinary"),
    ("联想集团有限公司", "Lenovo Group Limited", "HK", "Hong Kong", "IT hardware", "simpl. Chinese ordinary"),
    ("珠海格力电器股份有限公司", "Gree Electric Appliances", "CN", "珠海", "HVAC", "simpl. Chinese ordinary"),
    ("美的集团股份有限公司", "Midea Group", "CN", "佛山", "HVAC", "simpl. Chinese ordinary"),
    ("海尔智家股份有限公司", "Haier Smart Home", "CN", "青岛", "Appliances", "shares 海 with 海康/海能达"),
    ("海信集团控股股份有限公司", "Hisense", "CN", "青岛", "Displays", "shares 海"),
    ("顺丰速运有限公司", "SF Express", "CN", "深圳", "Shipping", "Shenzhen ordinary"),
    ("中国银行股份有限公司", "Bank of China", "CN", "北京", "Bank", "'中国' like China Mobile/Telecom"),
    ("华新水泥股份有限公司", "Huaxin Cement", "CN", "武汉", "Cement", "near miss: 华 + Hua-"),
    ("大华（集团）有限公司", "Dahua Group (Shanghai property)", "CN", "上海", "Real estate", "s.13 #6 N"),
    ("華南商業銀行", "Hua Nan Commercial Bank", "TW", "台北", "Bank", "near miss: 華 / Hua"),
    ("中兴-沈阳商业大厦(集团)股份有限公司", "Zhongxing-Shenyang Commercial Building", "CN", "沈阳", "Retail", "near miss: 中兴 department store"),
    ("厦门亿联网络技术股份有限公司", "Yealink", "CN", "厦门", "VoIP phones", "Chinese ordinary"),
    ("Hyster-Yale Materials Handling, Inc.", "", "US", "Cleveland", "Forklifts", "s.13 #1"),
    ("Yale Materials Handling Corporation", "", "US", "Greenville", "Forklifts", "s.13 #2"),
    ("ZT Systems", "", "US", "Secaucus", "Servers", "s.13 #3"),
    ("Sanmina Corporation", "", "US", "San Jose", "EMS", "s.13 #4"),
    ("Sinclair Broadcast Group, Inc.", "", "US", "Hunt Valley", "Media", "near miss: Sinclair"),
    ("Sinclair Oil Corporation", "", "US", "Salt Lake City", "Fuel", "near miss: Sinclair"),
    ("Pacific Gas and Electric Company", "PG&E", "US", "Oakland", "Utility", "near miss: Pacific"),
    ("Pacific Office Automation", "", "US", "Portland", "Copiers", "near miss: Pacific"),
    ("Pacific Northwest Network Services LLC", "", "US", "Tacoma", "Cabling", "invented near miss: Pacific + Network"),
    ("Mobile Mini Solutions", "", "US", "Tempe", "Storage containers", "near miss: Mobile"),
    ("Mobile Communications America, Inc.", "MCA", "US", "Atlanta", "Radio dealer", "near miss: Mobile Communications"),
    ("Magic Leap, Inc.", "", "US", "Plantation", "AR headsets", "near miss: Magic"),
    ("Magic Valley Electric Cooperative", "", "US", "Mercedes", "Utility", "near miss: Magic"),
    ("HonorHealth", "", "US", "Scottsdale", "Occupational health", "near miss: Honor"),
    ("Honor Roll Uniforms LLC", "", "US", "Dayton", "Uniforms", "invented near miss: Honor"),
    ("Vision Service Plan", "VSP", "US", "Rancho Cordova", "Benefits", "near miss: Vision"),
    ("Vision Technologies, Inc.", "", "US", "Glen Burnie", "Integrator", "near miss: Vision Technology"),
    ("Hikma Pharmaceuticals USA Inc.", "", "US", "Berkeley Heights", "Pharma", "near miss: Hik-"),
    ("Hytorc (Unex Corporation)", "", "US", "Mahwah", "Tools", "near miss: Hyt-"),
    ("Hyatt Hotels Corporation", "", "US", "Chicago", "Lodging", "near miss: Hy-"),
    ("Kasper Group Ltd", "", "US", "New York", "Apparel", "near miss: Kasper"),
    ("Casper Sleep Inc.", "", "US", "New York", "Furniture", "near miss: Kasper/Casper"),
    ("ZTR Control Systems", "", "US", "Minneapolis", "Rail electronics", "near miss: ZT-"),
    ("Zetec, Inc.", "", "US", "Snoqualmie", "NDT equipment", "near miss: Zet/ZTE"),
    ("DJO, LLC", "", "US", "Lewisville", "Medical devices", "near miss: DJ-"),
    ("Autodesk, Inc.", "", "US", "San Francisco", "Software", "near miss: Aut-"),
    ("Hawaiian Telcom, Inc.", "", "US", "Honolulu", "Telecom services", "near miss: Hawai/Huawei + Telcom"),
    ("Communication Networks, LLC", "ComNet", "US", "Danbury", "Fiber transmission products", "invented-style near miss of ComNet (USA) LLC: different company"),
    ("Red Magic Hot Sauce Co.", "", "US", "Austin", "Catering", "invented near miss: Red Magic"),
    ("Hi-Watt Electrical Supply", "", "US", "Tulsa", "Electrical", "invented near miss: HiWatch"),
    ("E-Z-GO (Textron Specialized Vehicles)", "", "US", "Augusta", "Utility vehicles", "near miss: EZ-"),
    ("Tech Data Corporation", "TD SYNNEX", "US", "Clearwater", "Distribution", "near miss: Tech"),
    ("Trans-Pacific Networks Inc.", "", "US", "Honolulu", "Cabling", "invented near miss: Pacific Network"),
    ("China Airlines, Ltd.", "中華航空", "TW", "Taoyuan", "Travel", "near miss: China + 中華"),
    ("Norsk Hydro ASA", "", "NO", "Oslo", "Aluminium", "near miss: Nors-"),
    ("Dahl Brothers Plumbing", "", "US", "Madison", "Plumbing", "invented near miss: Dah-"),
    ("Skydio, Inc.", "", "US", "San Mateo", "Drones (US-made)", "US drone maker"),
    ("Cognex Corporation", "", "US", "Natick", "Machine vision", "near miss: machine vision"),
]

INACTIVE_CLEAN = [
    ("Office Max", "", "US", "2019-03-31", "merged into ODP"),
    ("Oracle America, Inc.", "", "US", "2021-12-31", "contract ended"),
    ("Xerox Financial Services", "", "US", "2020-06-30", "lease ended"),
    ("Ricoh USA, Inc.", "", "US", "2022-02-28", "replaced"),
    ("Kyocera Document Solutions America", "", "US", "2022-02-28", "replaced"),
    ("United Parcel Service", "UPS", "US", "2023-07-01", "duplicate record"),
    ("Accenture Federal Services", "", "US", "2021-09-30", "contract ended"),
    ("Black Box Network Services", "", "US", "2020-11-30", "no activity"),
    ("Insight Public Sector", "", "US", "2022-05-31", "no activity"),
    ("Wipro Limited", "", "IN", "2023-03-31", "contract ended"),
    ("Capgemini America, Inc.", "", "US", "2023-03-31", "contract ended"),
    ("Atos IT Solutions and Services", "", "US", "2024-01-31", "no activity"),
    ("Sophos Inc.", "", "US", "2024-06-30", "replaced by CrowdStrike"),
    ("Logitech Inc.", "", "US", "2022-08-31", "no activity"),
    ("Aramark Uniform Services", "", "US", "2021-04-30", "replaced by Cintas"),
    ("US Foods, Inc.", "", "US", "2020-10-31", "replaced"),
    ("Republic Services", "", "US", "2022-12-31", "replaced"),
    ("Kiewit Infrastructure Co.", "", "US", "2023-10-31", "project closed"),
    ("Pella Corporation", "", "US", "2021-07-31", "project closed"),
    ("MSC Industrial Supply", "", "US", "2024-02-29", "duplicate"),
    ("WESCO Distribution", "", "US", "2024-02-29", "duplicate"),
    ("Thales DIS USA", "", "US", "2023-05-31", "no activity"),
]

STREETS = ["Main St", "Industrial Pkwy", "Commerce Dr", "Technology Way", "Market St", "Park Ave",
           "Lakeview Rd", "Enterprise Blvd", "Harbor Dr", "Innovation Ct"]
TERMS = ["Net 30", "Net 45", "Net 60", "2% 10 Net 30", "Due on receipt"]
STATES = {"US": ["TX", "CA", "NY", "IL", "WA", "FL", "OH", "NJ", "VA", "GA"], "CA": ["ON", "BC", "QC"]}


def addr():
    return f"{rng.randint(10, 9999)} {rng.choice(STREETS)}"


def write_vendor_master():
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendors"
    heads = ["Supplier No.", "Supplier Name", "Alternate Name / DBA", "Supplier Type", "Tax / Reg. ID",
             "Address Line 1", "City", "State/Prov", "Country", "Payment Terms", "Status", "Last PO Date"]
    ws["A1"] = "COUNTY OF MERIDIAN — PROCUREMENT SERVICES"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Supplier Master Extract (AP_SUPPLIERS) — run 2026-11-02 08:15 by svc_erp"
    ws.merge_cells("A2:L2")
    ws["A3"] = ("Notes: includes all suppliers with a PO or invoice in the last 36 months. "
                "Status H = payment hold. Do not edit — send changes to vendor.maint@meridian.gov")
    ws.merge_cells("A3:L3")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws["A4"] = "Confidential — contains tax identifiers"
    hdr_row = 6
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hdr_row, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDDDDD")

    rows = []
    for t in VENDOR_COVERED:
        rows.append(("cov", t))
    for t in VENDOR_CLEAN:
        rows.append(("clean", t))
    rng.shuffle(rows)
    r = hdr_row + 1
    types_cov = ["Telecom equipment", "Security cameras", "IT hardware", "Software", "Radios",
                 "Telecom services", "Drones", "Electronics"]
    for kind, t in rows:
        if kind == "cov":
            name, alt, country, city, exp, ent, note, col = t
            stype = rng.choice(types_cov)
        else:
            name, alt, country, city, stype, note = t
            exp, ent, col = N, "", "name"
        state = rng.choice(STATES.get(country, [""]))
        vals = [f"S{rng.randint(100000, 999999)}", name, alt, stype,
                f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}" if country == "US" else "",
                addr(), city, state, country, rng.choice(TERMS),
                rng.choice(["A", "A", "A", "H"]), f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"]
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v)
        colname = heads[1] if col == "name" else heads[2]
        value = name if col == "name" else alt
        label("vendor_master.xlsx", "Vendors", r, exp, ent, note, colname, value)
        r += 1
    for i, w in enumerate([12, 48, 30, 20, 14, 24, 16, 10, 8, 14, 7, 12], 1):
        ws.column_dimensions[chr(64 + i)].width = w

    ws2 = wb.create_sheet("Inactive vendors")
    ws2["A1"] = "Inactive / blocked suppliers (retain 7 yrs)"
    ws2["A1"].font = Font(bold=True)
    heads2 = ["Vendor #", "Vendor Name", "DBA", "Ctry", "Inactivated", "Reason / Clause"]
    for i, h in enumerate(heads2, 1):
        ws2.cell(row=3, column=i, value=h).font = Font(bold=True)
    rows2 = [("cov", t) for t in VENDOR_INACTIVE_COVERED] + [("clean", t) for t in INACTIVE_CLEAN]
    rng.shuffle(rows2)
    r = 4
    for kind, t in rows2:
        if kind == "cov":
            name, dba, ctry, date, reason, exp, ent, note = t
        else:
            name, dba, ctry, date, reason = t
            exp, ent, note = N, "", ""
        for i, v in enumerate([f"S{rng.randint(100000, 999999)}", name, dba, ctry, date, reason], 1):
            ws2.cell(row=r, column=i, value=v)
        label("vendor_master.xlsx", "Inactive vendors", r, exp, ent, note, "Vendor Name", name)
        r += 1
    wb.save(OUT / "vendor_master.xlsx")


# ---------------------------------------------------------------------------
# 2. equipment list
# ---------------------------------------------------------------------------
# (description, manufacturer, brand, model, fcc_id, expected, entity, note, telling column)
EQ_COVERED = [
    ("4MP turret IP camera", "Hikvision", "", "DS-2CD2347G2-LU", "", P, "Hikvision", "maker named", "mfr"),
    ("Exterior bullet camera, north lot", "", "", "DS-2CD2T47G2-L", "", P, "Hikvision", "strong DS-2CD model, blank maker", "model"),
    ("PTZ camera, parking structure", "SecureView Systems", "", "DS-2DE4425IW-DE", "", P, "Hikvision", "relabel: unrelated maker, DS-2DE model", "model"),
    ("16-ch PoE NVR", "", "", "DS-7616NI-Q2/16P", "", P, "Hikvision", "DS-76xxNI NVR, blank maker", "model"),
    ("8-ch NVR (installed by vendor)", "Northside Alarm Co.", "", "DS-7608NI-K2/8P", "", P, "Hikvision", "relabel: installer as maker", "model"),
    ("Wi-Fi camera, break room", "", "EZVIZ", "C6N", "", P, "Hikvision", "EZVIZ brand [V]", "brand"),
    ("Wi-Fi cube camera", "", "", "DS-2CV2Q21G1-IDW", "", P, "Hikvision", "DS-2CV (EZVIZ unit) model", "model"),
    ("Thermal camera, loading dock", "", "", "DS-2TD2617-10/PA", "", R, "Hikvision", "DS-2TD thermal model; DOMAIN tags the pattern [P]: review (relabelled by lead)", "model"),
    ("Handheld thermal imager", "", "", "HM-TP42-3AQF/W", "", P, "Hikvision", "HIKMICRO HM-T model", "model"),
    ("Thermal imager (electrical PM)", "", "HIKMICRO", "Pocket2", "", P, "Hikvision", "HIKMICRO brand [V]", "brand"),
    ("Bullet camera, fence line", "", "HiLook", "IPC-B140H", "", P, "Hikvision", "HiLook brand [V]", "brand"),
    ("Dome camera, stairwell", "", "HiWatch", "HWI-D121H", "", P, "Hikvision", "HiWatch brand [V]", "brand"),
    ("1TB SSD in NVR", "", "Hiksemi", "HS-SSD-E100", "", P, "Hikvision", "Hiksemi brand [V]", "brand"),
    ("Box camera, cashier", "HIKVISION DIGITAL TECHNOLOGY", "", "DS-2CD1043G0-I", "", P, "Hikvision", "caps maker", "mfr"),
    ("AGV mobile robot, warehouse", "Hikrobot", "", "Q3-600", "", P, "Hikvision", "Hikrobot [V]", "mfr"),
    ("Bullet camera", "Dahua", "", "DH-IPC-HFW2431S-S-S2", "", P, "Dahua", "maker named", "mfr"),
    ("8-ch PoE NVR", "", "", "DHI-NVR4108HS-8P-4KS2", "", P, "Dahua", "DHI- prefix, blank maker", "model"),
    ("Pentabrid XVR", "Generic / Amazon", "", "DH-XVR5108HS-I3", "", P, "Dahua", "DH- prefix, unrelated maker", "model"),
    ("PTZ dome, plaza", "Zhejiang Dahua", "", "SD49225XA-HNR", "", P, "Dahua", "maker partial legal name", "mfr"),
    ("Eyeball camera, lobby", "大华", "", "IPC-HDW3441T-ZS", "", P, "Dahua", "Chinese short maker name", "mfr"),
    ("Machine vision camera, QC line", "Huaray", "iRAYPLE", "A5201MG50", "", P, "Dahua", "Huaray/iRAYPLE [V]", "brand"),
    ("24-port access switch", "Huawei", "", "S5735-L24T4S-A", "", P, "Huawei", "maker named", "mfr"),
    ("Wi-Fi 6 access point", "HUAWEI TECHNOLOGIES CO.,LTD.", "", "AirEngine 5761-11", "", P, "Huawei", "caps legal name", "mfr"),
    ("Branch router", "华为", "", "AR6120", "", P, "Huawei", "Chinese maker", "mfr"),
    ("Bullet camera, gate 3", "Huawei", "", "IPC6512-Z30", "", P, "Huawei", "Huawei camera", "mfr"),
    ("LTE router (carrier-provided)", "", "", "B535-232", "QISB535-232", P, "Huawei", "FCC grantee QIS", "fcc"),
    ("Smartphone (dept issued)", "", "", "", "QISVOG-L29", P, "Huawei", "FCC grantee QIS, no maker", "fcc"),
    ("4G mobile hotspot", "ZTE", "", "MF971R", "", P, "ZTE", "maker named", "mfr"),
    ("4G MiFi hotspot", "", "", "", "SRQ-MF920V", P, "ZTE", "FCC grantee SRQ", "fcc"),
    ("Test handset (IT lab)", "", "Nubia", "Z50S Pro", "", P, "ZTE", "Nubia brand [V]", "brand"),
    ("Gaming phone (esports room)", "", "Red Magic", "9 Pro", "", P, "ZTE", "Red Magic brand [V]", "brand"),
    ("Portable DMR radio", "Hytera", "", "PD782i", "", P, "Hytera", "maker named", "mfr"),
    ("UHF portable radio", "HYT", "", "TC-610", "", P, "Hytera", "former name HYT", "mfr"),
    ("Portable radio (spare)", "", "", "PD48X", "YAMPD48X", P, "Hytera", "FCC grantee YAM", "fcc"),
    ("Satcom BUC, EOC trailer", "Norsat", "", "ATOM 20W", "", P, "Hytera", "Norsat [V]", "mfr"),
    ("Repeater duplexer", "Sinclair Technologies", "", "Q3220E", "", P, "Hytera", "Sinclair Technologies [V]", "mfr"),
    ("Mobile radio, truck 12", "Hytera Communications", "", "HM782", "", P, "Hytera", "maker named", "mfr"),
    ("IP camera", "", "", "", "2ADTD-2CD2143G2", P, "Hikvision", "FCC grantee 2ADTD", "fcc"),
    ("Drone, inspection", "DJI", "", "Mavic 3 Enterprise", "", P, "DJI", "maker named", "mfr"),
    ("Drone, public works", "SZ DJI Technology", "", "Matrice 350 RTK", "", P, "DJI", "legal-ish maker", "mfr"),
    ("Thermal drone payload", "大疆", "", "Zenmuse H20T", "", R, "DJI", "Chinese short name; DOMAIN tags it [M]: review (relabelled by lead)", "mfr"),
    ("Small drone, training", "", "", "", "SS3-MT3M3VD", P, "DJI", "FCC grantee SS3", "fcc"),
    ("Drone, fire dept", "Autel Robotics", "", "EVO II Dual 640T V3", "", P, "Autel Robotics", "maker named", "mfr"),
    # review
    ("2MP eyeball camera", "", "", "IPC-HDW2431T-AS-S2", "", P, "Dahua", "Dahua type code; DOMAIN s.10 scores type codes (relabelled by lead)", "model"),
    ("Wi-Fi camera, garage", "", "Imou", "IPC-F42FP-imou", "", R, "Dahua", "Imou/Huacheng link [P]", "brand"),
    ("Wi-Fi camera, shed", "", "", "", "2AVYF-IPC-F22FP", R, "Dahua", "grantee 2AVYF = Huacheng (Dahua sub [P])", "fcc"),
    ("NVR, annex", "Lorex", "", "LNR6108", "", R, "Dahua (divested)", "Lorex s.13 #14", "mfr"),
    ("Turret camera", "LTS", "", "CMIP7442W-28M", "", R, "Hikvision OEM", "LTS relabeler [V]", "mfr"),
    ("NVR", "Interlogix", "TruVision", "TVN 22", "", R, "Hikvision OEM", "Interlogix/TruVision relabeler [V]", "mfr"),
    ("4G hotspot (spare)", "", "", "MF920U", "", R, "ZTE", "weak MF### family, blank maker", "model"),
    ("UHF portable radio", "", "", "PD985", "", R, "Hytera", "weak PD### family, blank maker", "model"),
    ("TETRA radio", "Sepura", "", "SC20", "", R, "Hytera (divested)", "s.13 #17", "mfr"),
    ("TETRA mobile data terminal", "Teltronic", "", "MDT-400", "", R, "Hytera (divesting)", "s.13 #18", "mfr"),
    ("Core switch", "H3C", "", "S5130S-28S-EI", "", N, "", "H3C: issue 2 says it must not match Huawei (relabelled by lead)", "mfr"),
    ("Rack server", "xFusion", "", "FusionServer 2288H V6", "", R, "Huawei (divested)", "s.13 #12", "mfr"),
    ("Laptop (loaner)", "", "HONOR", "MagicBook 14", "", R, "Huawei (divested)", "Honor s.13 #11", "brand"),
    ("Camera (2019 install)", "IndigoVision", "", "BX210", "", R, "Dahua OEM", "IndigoVision relabel stopped 2021; older SKU", "mfr"),
    ("Automotive diagnostic scanner", "Autel", "", "MaxiSys MS906", "", R, "Autel (automotive)", "Autel Intelligent s.13 #36", "mfr"),
    ("Drone (sheriff)", "Anzu Robotics", "", "Raptor T", "", R, "DJI pass-through", "s.13 #38", "mfr"),
    ("IP camera w/ HiSilicon Hi3516EV300 SoC", "Generic OEM", "", "IPC-3MP-A", "", R, "Huawei (HiSilicon)", "HiSilicon component, sub link [M]", "description"),
    ("Face recognition terminal", "", "", "DS-K1T341AMF", "", R, "Hikvision", "DS-K pattern is [M]", "model"),
    ("Drone (evaluation unit)", "", "", "", "2AGNT-EVO2V3", R, "Autel Robotics", "grantee 2AGNT [P]", "fcc"),
    ("Smartphone (found property)", "", "", "VOG-L29", "", R, "Huawei", "Huawei phone code, blank maker (weak)", "model"),
]

EQ_CLEAN = [
    ("Fixed dome camera, lobby", "Axis Communications", "AXIS", "P3265-LVE", "", "s.13 #25"),
    ("Multisensor camera, plaza", "Hanwha Vision", "Wisenet", "PNM-9084QZ", "", "s.13 #20"),
    ("Bullet camera, dock", "Hanwha Vision", "Wisenet", "XNO-8080R", "", ""),
    ("16-ch NVR", "Hanwha Vision", "Wisenet", "XRN-1610", "", "generic NVR string"),
    ("Dome camera, corridor", "Bosch Security Systems", "", "NDE-5503-AL", "", ""),
    ("Camera, server room", "Avigilon", "", "4.0C-H5A-DO1", "", ""),
    ("Cloud camera, front desk", "Verkada", "", "CD52", "", ""),
    ("Dome camera, clinic", "IDIS", "", "DC-D4516RX", "", "s.13 #21"),
    ("NAS backup appliance", "Synology", "", "DS220+", "", "s.13 #7 DS prefix"),
    ("NAS, records", "Synology Inc.", "DiskStation", "DS1821+", "", "s.13 #7"),
    ("Z-Wave remote", "Aeon Labs", "Minimote", "DS03202B", "", "s.13 #8"),
    ("Industrial PC, pump station", "Advantech", "", "IPC-610-H", "", "IPC- prefix collision"),
    ("Multifunction printer", "Canon", "imageCLASS", "MF743Cdw", "", "MF### collision"),
    ("Multifunction printer", "Brother", "", "MFC-L8900CDW", "", ""),
    ("Laser printer", "HP", "LaserJet", "M607dn", "", ""),
    ("Portable radio", "Motorola Solutions", "APX", "APX 6000", "AZ489FT7056", "s.13 #24"),
    ("Portable radio", "Motorola", "MOTOTRBO", "XPR 7550e", "", ""),
    ("Portable radio", "Kenwood", "", "NX-3320", "", ""),
    ("Portable radio", "L3Harris", "", "XL-200P", "", ""),
    ("Access switch", "Cisco", "Catalyst", "C9300-48P", "", ""),
    ("Wireless access point", "Aruba", "", "AP-515", "", ""),
    ("Core switch", "Juniper Networks", "", "EX4400-48P", "", ""),
    ("Firewall", "Fortinet", "FortiGate", "FG-100F", "", ""),
    ("Firewall", "Palo Alto Networks", "", "PA-440", "", ""),
    ("Wi-Fi access point", "Ubiquiti", "UniFi", "U6-Pro", "", ""),
    ("Desktop PC", "Dell", "OptiPlex", "7010", "", ""),
    ("Laptop", "Lenovo", "ThinkPad", "T14 Gen 4", "", "s.13 #26"),
    ("Tablet", "Apple", "iPad", "A2696", "BCG-E4085", ""),
    ("Smartphone", "Samsung", "Galaxy", "SM-S911U", "A3LSMS911U", ""),
    ("Mobile computer", "Zebra Technologies", "", "TC52", "UZ7TC52", ""),
    ("Mobile hotspot", "Inseego", "MiFi", "X PRO 5G", "", "hotspot, not ZTE"),
    ("UPS, IDF 2", "APC", "Smart-UPS", "SRT3000XLA", "", ""),
    ("UPS, data center", "Eaton", "", "9PX6K", "", ""),
    ("Standby generator", "Generac", "", "SG150", "", ""),
    ("Forklift", "Hyster", "", "H50FT", "", "s.13 #1"),
    ("Forklift", "Yale", "", "GLP050VX", "", "s.13 #2"),
    ("Drone (US-made)", "Skydio", "", "X10", "", "US drone"),
    ("Card reader", "HID Global", "iCLASS SE", "RK40", "", ""),
    ("Door controller", "LenelS2", "", "LNL-X4420", "", ""),
    ("Electronic lock", "Schlage", "", "AD-400", "", ""),
    ("Intrusion panel", "DSC", "PowerSeries Neo", "HS2064", "", "DSC vs DS-"),
    ("Motion detector", "Bosch", "", "DS9370", "", "DS without hyphen"),
    ("Temp/humidity sensor", "Adafruit", "", "DHT22", "", "DH collision"),
    ("Thermostat", "ecobee", "", "EB-STATE6-01", "", ""),
    ("BAS supervisory controller", "Johnson Controls", "Metasys", "SNE11000", "", ""),
    ("Rooftop unit", "Carrier", "", "48FC", "", ""),
    ("Chiller", "Trane", "", "CGAM", "", ""),
    ("Elevator controller", "Otis", "", "Gen2", "", ""),
    ("Lighting control processor", "Lutron", "", "QSX", "", ""),
    ("Video bar", "Logitech", "Rally Bar", "960-001308", "", ""),
    ("IP desk phone", "Yealink", "", "T54W", "", "Chinese ordinary maker"),
    ("IP desk phone", "Poly", "", "VVX 450", "", ""),
    ("Projector", "Epson", "PowerLite", "L520U", "", ""),
    ("Display", "LG", "", "55UH5J-H", "", ""),
    ("Display", "Samsung", "", "QM55B", "", ""),
    ("Thermal camera", "FLIR", "", "A400", "", "thermal, not HIKMICRO"),
    ("Thermal imager", "Fluke", "", "TiS60+", "", ""),
    ("Body camera", "Axon", "", "Body 4", "", ""),
    ("Label printer", "Zebra", "", "ZD421", "", ""),
    ("Fire alarm panel", "Notifier", "", "NFS2-3030", "", ""),
    ("Server", "Dell", "PowerEdge", "R760", "", ""),
    ("Server", "HPE", "ProLiant", "DL380 Gen11", "", ""),
    ("Storage array", "NetApp", "", "AFF A250", "", ""),
    ("Keyboard", "Apple", "Magic Keyboard", "MK2A3LL/A", "", "near miss: Magic"),
    ("Cordless drill", "DeWalt", "", "DCD791D2", "", ""),
    ("Utility vehicle", "E-Z-GO", "", "RXV", "", "near miss EZ-"),
    ("Vision sensor", "Cognex", "In-Sight", "IS2800", "", "machine vision, not Huaray"),
    ("Machine vision camera", "Basler", "ace 2", "a2A1920-51gmPRO", "", ""),
    ("Fiber media converter", "ComNet", "", "CNFE2MC", "", "ComNet (Communication Networks, Danbury CT) near miss"),
]


def write_equipment():
    wb = Workbook()
    ws = wb.active
    ws.title = "Asset Register"
    heads = ["Tag #", "Bldg / Room", "Item Description", "Mfr.", "Brand / Trade Name", "Model / Part No.",
             "FCC ID (label)", "Serial #", "In Service", "Condition / Notes"]
    ncol = len(heads)
    ws["A1"] = "FACILITIES ASSET REGISTER — SECURITY, IT & BUILDING SYSTEMS"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Maintained by Facilities Mgmt (J. Ortiz). Last walk-through 2026-10-14. Blank Mfr = label unreadable."
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hdr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
    items = [("cov", t) for t in EQ_COVERED]
    # clean: every clean item once, then repeats (identical items appear in several rooms)
    clean = list(EQ_CLEAN) + [rng.choice(EQ_CLEAN) for _ in range(150 - len(EQ_COVERED) - len(EQ_CLEAN))]
    items += [("clean", t) for t in clean]
    rng.shuffle(items)
    buildings = ["BLDG 100 — CITY HALL (100 Main St)", "BLDG 210 — PUBLIC SAFETY CENTER",
                 "BLDG 305 — PUBLIC WORKS YARD", "BLDG 410 — CENTRAL LIBRARY", "BLDG 520 — WATER TREATMENT PLANT"]
    cuts = sorted(rng.sample(range(10, len(items) - 10), 4))
    groups = [items[a:b] for a, b in zip([0] + cuts, cuts + [len(items)])]
    r = hdr + 2  # one blank row after header
    conds = ["Good", "Good", "Fair", "Needs repair", "", "Spare", "Replace FY28"]
    colmap = {"mfr": 3, "brand": 4, "model": 5, "fcc": 6, "description": 2}
    for b, grp in zip(buildings, groups):
        ws.cell(row=r, column=1, value=b).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        bno = b.split()[1]
        for kind, t in grp:
            if kind == "cov":
                desc, mfr, brand, model, fcc, exp, ent, note, col = t
            else:
                desc, mfr, brand, model, fcc, note = t
                exp, ent, col = N, "", "mfr"
            vals = [f"FA-{rng.randint(10000, 99999)}", f"{bno}-{rng.randint(100, 399)}", desc, mfr, brand, model,
                    fcc, f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(10**7, 10**8 - 1)}",
                    f"{rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}", rng.choice(conds)]
            for i, v in enumerate(vals, 1):
                if v != "":
                    ws.cell(row=r, column=i, value=v)
            ci = colmap[col]
            label("equipment_list.xlsx", "Asset Register", r, exp, ent, note, heads[ci], vals[ci])
            r += 1
        r += 1  # blank row between sections
    for i, w in enumerate([10, 12, 36, 28, 18, 24, 18, 13, 10, 14], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.save(OUT / "equipment_list.xlsx")


# ---------------------------------------------------------------------------
# 3. purchase orders
# ---------------------------------------------------------------------------
# (supplier, description, part, expected, entity, note, telling column)
PO_COVERED = [
    ("ADI Global Distribution", "Hikvision 4MP AcuSense turret camera", "DS-2CD2347G2-LU", P, "Hikvision", "brand in description", "desc"),
    ("Anixter Inc.", "4MP bullet camera 2.8mm", "DS-2CD2043G2-I", P, "Hikvision", "hidden: part number only", "part"),
    ("B&H Photo Video", "DJI Mavic 3 Enterprise drone kit", "CP.EN.00000422.01", P, "DJI", "DJI in description", "desc"),
    ("Amazon Business", "EZVIZ C8C outdoor Wi-Fi camera", "CS-C8C", P, "Hikvision", "EZVIZ brand in description", "desc"),
    ("Amazon Business", "Outdoor PTZ camera 4MP", "DS-2DE2A404IW-DE3", P, "Hikvision", "hidden: part number", "part"),
    ("SHI International Corp.", "Kaspersky Endpoint Security for Business Select - 100 nodes, 1 yr", "KL4863AAPFS", P, "Kaspersky", "Kaspersky product via reseller", "desc"),
    ("Kaspersky Lab Inc", "Anti-virus renewal", "", P, "Kaspersky", "supplier, abbreviated", "supplier"),
    ("China Telecom (Americas) Corp", "MPLS circuit - monthly recurring charge", "", P, "China Telecom Americas", "supplier", "supplier"),
    ("China Unicom Americas", "IPLC 100M Hong Kong - Los Angeles MRC", "", P, "China Unicom Americas", "short form, no Operations Ltd", "supplier"),
    ("China Mobile Intl (USA) Inc", "International roaming SIM bundle", "", P, "China Mobile Intl USA", "abbrev Intl", "supplier"),
    ("ComNet (USA), L.L.C.", "International voice termination", "", P, "Pacific Network/ComNet", "L.L.C. variant", "supplier"),
    ("Huawei Technologies USA", "AirEngine AP support renewal", "", P, "Huawei", "supplier", "supplier"),
    ("CDW Government LLC", "Huawei S5735 24-port switch", "S5735-L24T4S-A", P, "Huawei", "Huawei via reseller", "desc"),
    ("Graybar Electric Company, Inc.", "16-ch PoE NVR 4K", "DHI-NVR4216-16P-4KS2", P, "Dahua", "hidden: DHI- part", "part"),
    ("Walmart Business", "Dahua 5MP dome camera", "IPC-HDBW2531E-S", P, "Dahua", "Dahua in description", "desc"),
    ("ZTE USA Inc", "5G CPE indoor router", "MC801A", P, "ZTE", "supplier", "supplier"),
    ("Best Buy Business", "nubia RedMagic 9 Pro smartphone 512GB", "NX769J", P, "ZTE", "RedMagic (no space) + nubia", "desc"),
    ("Radio Depot LLC", "Hytera PD482i UHF portable radio", "PD482i-U1", P, "Hytera", "Hytera in description", "desc"),
    ("Two Way Direct", "HYT TC-508 business radio", "TC-508", P, "Hytera", "former name HYT", "desc"),
    ("Adorama", "Autel EVO II Pro V3 Rugged Bundle (drone)", "102001511", R, "Autel Robotics", "bare Autel also names Autel Intelligent (s.13 #36): review (relabelled by lead)", "desc"),
    ("Autel Robotics USA", "EVO Max 4T enterprise drone", "", P, "Autel Robotics", "supplier", "supplier"),
    ("Amazon Business", "HIKMICRO Pocket2 thermal imager", "HM-TP42-3AQF/W", P, "Hikvision", "HIKMICRO", "desc"),
    ("SecurityWholesale via eBay", "HiLook 8ch NVR", "NVR-108MH-C/8P", P, "Hikvision", "HiLook brand", "desc"),
    ("Global Industrial", "Handheld thermal camera", "HM-TP52-3AQF/W", P, "Hikvision", "hidden: HM-T part", "part"),
    ("Sinclair Technologies", "UHF duplexer Q3220E", "Q3220E", P, "Hytera", "Hytera sub as supplier", "supplier"),
    ("Norsat International Inc", "ATOM 40W Ka-band BUC", "ATOM-40-KA", P, "Hytera", "Hytera sub", "supplier"),
    ("华为技术有限公司", "光传输设备 OptiX OSN 1800", "", P, "Huawei", "Chinese supplier", "supplier"),
    ("海康威视", "网络摄像机 4MP", "", P, "Hikvision", "Chinese short supplier", "supplier"),
    ("Dahua Technology Co., Ltd", "XVR recorder 16ch", "DH-XVR5116HS-I3", P, "Dahua", "supplier + part", "supplier"),
    ("ABC Security Wholesale", "Hik Vision 2MP dome camera", "", P, "Hikvision", "split 'Hik Vision' in description", "desc"),
    ("Newegg Business", "Hiksemi 1TB NVMe SSD", "HS-SSD-E3000", P, "Hikvision", "Hiksemi brand", "desc"),
    ("Amazon Business", "Hikvison 2MP bullet cam", "DS-2CD1023G0E-I", P, "Hikvision", "typo in description + DS-2CD part", "desc"),
    ("Wireless Xcessories", "Mobile hotspot, FCC ID SRQ-MF296C", "MF296C", P, "ZTE", "FCC ID in description", "desc"),
    ("Adorama", "Zenmuse H30T thermal payload (DJI)", "CP.ZM.00000480.01", P, "DJI", "DJI in parentheses", "desc"),
    ("DJI Enterprise Store", "Matrice 30T drone", "", P, "DJI", "supplier", "supplier"),
    ("Kaspersky Labs Ltd", "Kaspersky Small Office Security renewal", "", P, "Kaspersky", "UK entity", "supplier"),
    ("Insight Public Sector", "Kaspersky Total Security 5-device", "KL1949AAEFS", P, "Kaspersky", "via reseller", "desc"),
    ("TigerDirect", "Zhejiang Dahua 4K PTZ camera", "SD6AL445XA-HNR", P, "Dahua", "legal name in description", "desc"),
    ("Amazon Business", "Network camera, FCC ID: 2ADTD-2CD2143G2", "", P, "Hikvision", "FCC ID in description", "desc"),
    ("HUAWEI TECH. INVESTMENT CO", "Optical transceivers", "", P, "Huawei", "affiliate [V], caps", "supplier"),
    # review
    ("Best Buy Business", "Lorex 4K Fusion NVR system", "N4K3-84BB", R, "Dahua (divested)", "Lorex", "desc"),
    ("Amazon Business", "Imou Ranger 2 Wi-Fi camera", "IPC-A22EP", R, "Dahua", "Imou [P]", "desc"),
    ("Honor Device Co", "MagicBook X16 laptop", "", R, "Huawei (divested)", "Honor", "supplier"),
    ("Sepura Ltd", "SC21 TETRA hand portable", "SC2120", R, "Hytera (divested)", "Sepura", "supplier"),
    ("PowerTrunk Inc", "TETRA base station maintenance", "", R, "Hytera (Teltronic)", "PowerTrunk", "supplier"),
    ("xFusion International", "FusionServer 1288H V7", "", R, "Huawei (divested)", "xFusion", "supplier"),
    ("CDW Government LLC", "H3C S6520X 10G switch", "S6520X-30QC-EI", N, "", "H3C: issue 2 says it must not match Huawei (relabelled by lead)", "desc"),
    ("Anzu Robotics", "Raptor T drone", "", R, "DJI pass-through", "Anzu", "supplier"),
    ("Autel Intelligent Tech Corp", "MaxiSys Ultra diagnostic scanner", "", R, "Autel (automotive)", "s.13 #36", "supplier"),
    ("LTS Security", "Platinum 4MP turret camera", "CMIP3042W-28", R, "Hikvision OEM", "LTS relabeler", "supplier"),
    ("Wireless Xcessories", "4G LTE hotspot", "MF833V", R, "ZTE", "weak MF### family", "part"),
    ("Radio Depot LLC", "UHF portable radio", "PD785G", R, "Hytera", "weak PD### family", "part"),
    ("ADI Global Distribution", "Interlogix TruVision NVR 22, 8ch", "TVN-22-08", R, "Hikvision OEM", "Interlogix relabeler", "desc"),
    ("Amazon Business", "2MP eyeball camera", "IPC-HDW1230T1-S5", P, "Dahua", "Dahua type code; DOMAIN s.10 scores type codes (relabelled by lead)", "part"),
    ("China Telecommunications Corporation", "Beijing rep office broadband", "", R, "China Telecom (parent)", "s.13 #34 S/R", "supplier"),
]

PO_CLEAN = [
    ("Hyster-Yale Materials Handling, Inc.", "Forklift planned maintenance H50FT", ""),
    ("Synology America Corp.", "DS923+ 4-bay NAS", "DS923+"),
    ("CDW Government LLC", "Synology DiskStation DS1522+", "DS1522+"),
    ("Staples Business Advantage", "Canon 055 toner for imageCLASS MF743Cdw", "3016C001"),
    ("Advantech Corp", "Industrial PC chassis 4U", "IPC-610BP-00HD"),
    ("Pacific Gas and Electric Company", "Electric service acct 4471-22 Oct", ""),
    ("T-Mobile USA, Inc.", "Mobile hotspot service plan, 20 lines", ""),
    ("Verizon Wireless", "Inseego MiFi 8800L hotspot", "MIFI8800L"),
    ("Sinclair Broadcast Group, Inc.", "PSA airtime, water conservation", ""),
    ("Magic Leap, Inc.", "Magic Leap 2 developer kit", "ML2-DEV"),
    ("Amazon Business", "Mr. Clean Magic Eraser, 30 ct", "B00H0ZGR2U"),
    ("Apple Inc.", "Magic Keyboard with Touch ID", "MK293LL/A"),
    ("Vision Service Plan", "Employee vision premiums Nov", ""),
    ("Hawaiian Telcom, Inc.", "Honolulu field office circuit", ""),
    ("ZT Systems", "Rack integration services", ""),
    ("Hikma Pharmaceuticals USA Inc.", "Naloxone HCl injection 0.4mg/mL", "0641-6132-25"),
    ("Hytorc (Unex Corporation)", "Hydraulic torque wrench rental", ""),
    ("HonorHealth", "Pre-employment physicals", ""),
    ("Motorola Solutions, Inc.", "APX NEXT portable radio", "H45TGD9PW7AN"),
    ("L3Harris Technologies", "XL-200P portable radio", "XL-PF1M"),
    ("Axis Communications AB", "AXIS P3265-LVE dome camera", "02328-001"),
    ("Hanwha Vision America", "Wisenet XNV-8080R dome camera", "XNV-8080R"),
    ("Verkada Inc.", "CD52 dome camera + 5yr license", "LIC-CD52-5Y"),
    ("Bosch Security Systems, LLC", "TriTech motion detector", "DS9370"),
    ("Digi-Key Electronics", "DHT22 temperature-humidity sensor", "DHT22"),
    ("Mouser Electronics", "HM-10 Bluetooth LE module", "HM-10"),
    ("W.W. Grainger, Inc.", "Safety glasses, clear, 12 pk", "4EY94"),
    ("W.W. Grainger, Inc.", "Nitrile gloves L, 100 ct", "52NH03"),
    ("Fastenal Company", "Hex bolts 3/8-16 x 2, zinc", "11115120"),
    ("Lenovo (United States) Inc.", "ThinkPad T14 Gen 4", "21HD0041US"),
    ("联想(北京)有限公司", "笔记本电脑 ThinkPad X1 Carbon", "21HM"),
    ("顺丰速运有限公司", "国际快递费 (样品)", ""),
    ("珠海格力电器股份有限公司", "分体空调 3匹", "KFR-72LW"),
    ("大华（集团）有限公司", "上海代表处办公室租金 (office lease, Shanghai rep office)", ""),
    ("Yealink (USA) Network Technology Co., Ltd.", "T54W IP phone", "T54W"),
    ("ESET North America", "ESET PROTECT Advanced, 100 seats", "EPA-100"),
    ("CrowdStrike, Inc.", "Falcon Prevent, 250 endpoints", ""),
    ("Skydio, Inc.", "X10 drone kit", "X10-KIT"),
    ("BRINC Drones, Inc.", "Lemur 2 drone", ""),
    ("Communication Networks, LLC", "ComNet fiber media converter", "CNFE2MC"),
    ("Pacific Office Automation", "Copier lease, Nov", ""),
    ("Trans-Pacific Networks Inc.", "Fiber splicing services", ""),
    ("Dell Marketing L.P.", "OptiPlex 7010 SFF", "7010-SFF"),
    ("Dell Marketing L.P.", "PowerEdge R760 server", "R760"),
    ("Cisco Systems, Inc.", "Catalyst 9300 48-port PoE", "C9300-48P-E"),
    ("Juniper Networks Inc", "EX4400 switch support", ""),
    ("Fortinet, Inc.", "FortiGate 100F bundle", "FG-100F-BDL"),
    ("Zebra Technologies Corporation", "TC52 mobile computer", "TC520K-1PEZU4P-NA"),
    ("Canon U.S.A., Inc.", "imageRUNNER ADVANCE DX C5840i", "3826C002"),
    ("Brother International Corporation", "MFC-L8900CDW printer", "MFC-L8900CDW"),
    ("Office Depot", "Copy paper, 10 ream case", "196517"),
    ("Uline, Inc.", "Corrugated boxes 12x12x12, 25 ct", "S-4166"),
    ("Sherwin-Williams Co.", "ProMar 200 interior latex, 5 gal", "B20W12651"),
    ("Home Depot Pro", "LED troffer 2x4", "LT24"),
    ("Johnson Controls, Inc.", "BAS service contract Q4", ""),
    ("Carrier Corporation", "RTU replacement 48FC", "48FC-07"),
    ("Otis Elevator Company", "Elevator maintenance Nov", ""),
    ("Cintas Corporation No. 2", "Uniform rental", ""),
    ("Sysco Corporation", "Cafeteria food supplies", ""),
    ("Verizon Business Network Services LLC", "Dedicated internet access 1G", ""),
    ("AT&T Corp.", "FirstNet service, 40 lines", ""),
    ("Comcast Business Communications, LLC", "Business internet, library", ""),
    ("Generac Power Systems, Inc.", "Generator PM service", ""),
    ("Hyster-Yale Materials Handling, Inc.", "Yale forklift battery", "GLP050VX-BATT"),
    ("Cognex Corporation", "In-Sight 2800 vision sensor", "IS2800"),
    ("Tech Data Corporation", "Microsoft 365 E3 licenses", ""),
    ("Magic Valley Electric Cooperative", "Electric service, pump station 4", ""),
    ("Honor Roll Uniforms LLC", "Library staff polos", ""),
    ("Vision Technologies, Inc.", "Conference room AV integration", ""),
    ("Mobile Mini Solutions", "Storage container rental", ""),
    ("Hawaiian Telcom, Inc.", "Long distance charges", ""),
    ("Fluke Corporation", "TiS60+ thermal imager", "FLK-TIS60+"),
    ("Teledyne FLIR", "FLIR A400 thermal camera", "A400"),
    ("Red Magic Hot Sauce Co.", "Catering, volunteer appreciation lunch", ""),
    ("Kasper Group Ltd", "Dress uniforms, front desk", ""),
    ("DJO, LLC", "Knee braces, first aid stock", ""),
    ("Autodesk, Inc.", "AutoCAD subscription, 10 seats", ""),
    ("Sinclair Oil Corporation", "Fleet fuel, Oct", ""),
    ("Hyatt Hotels Corporation", "Conference lodging", ""),
    ("Norsk Hydro ASA", "Aluminium extrusions for signage", ""),
]


def write_po():
    heads = ["PO Number", "Line", "PO Date", "Supplier", "Supplier ID", "Item Description", "Mfr Part Number",
             "Qty", "UOM", "Unit Price", "Ext Price", "Requester", "GL Account"]
    lines = [("cov", t) for t in PO_COVERED]
    n_clean = 150 - len(PO_COVERED)
    clean = list(PO_CLEAN) + [rng.choice(PO_CLEAN) for _ in range(n_clean - len(PO_CLEAN))]
    lines += [("clean", t) for t in clean]
    rng.shuffle(lines)
    people = ["M. Chen", "R. Patel", "S. Okafor", "J. Ortiz", "L. Nguyen", "D. Smith", "A. Kowalski"]
    out = []
    po = 4500012000
    line_no = 0
    for kind, t in lines:
        if line_no == 0 or rng.random() < 0.55:
            po += rng.randint(1, 9)
            line_no = 0
            date = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        line_no += 1
        if kind == "cov":
            sup, desc, part, exp, ent, note, col = t
        else:
            sup, desc, part = t
            exp, ent, note, col = N, "", "", "supplier"
        qty = rng.choice([1, 1, 2, 4, 5, 10, 12, 20])
        price = round(rng.uniform(5, 4000), 2)
        row = [str(po), str(line_no), date, sup, f"S{rng.randint(100000, 999999)}",
               desc, part, str(qty), rng.choice(["EA", "EA", "EA", "MO", "LT"]), f"{price:.2f}",
               f"{qty * price:.2f}", rng.choice(people), rng.choice(["6410-IT", "6420-SEC", "6100-FAC", "6500-COMM"])]
        out.append(row)
        excel_row = len(out) + 1
        colname, value = {"supplier": ("Supplier", sup), "desc": ("Item Description", desc),
                          "part": ("Mfr Part Number", part)}[col]
        label("purchase_orders.csv", "", excel_row, exp, ent, note, colname, value)
    with open(OUT / "purchase_orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(heads)
        w.writerows(out)


def main():
    write_vendor_master()
    write_equipment()
    write_po()
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "sheet", "row", "expected", "entity", "note", "column", "value"])
        w.writeheader()
        w.writerows(LABELS)
    from collections import Counter
    c = Counter((l["file"], l["expected"]) for l in LABELS)
    for k in sorted(c):
        print(k, c[k])


if __name__ == "__main__":
    main()
