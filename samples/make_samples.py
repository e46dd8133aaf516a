"""Write the sample sheets used by the README's first command (`compliance screen samples`).

Run from the repository root:  python samples/make_samples.py

The output is deterministic: one fixed random seed for filler values (costs, dates, serial numbers)
and fixed timestamps inside the .xlsx zip files, so regenerating gives byte-identical files.

What a screen of these files should find is written down in samples/README.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
SEED = 889
FIXED_TIME = (2026, 11, 22, 0, 0, 0)
FIXED_ISO = "2026-11-22T00:00:00Z"


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save a workbook with fixed zip timestamps and document dates (byte-identical re-runs)."""
    wb.properties.creator = "compliance samples"
    wb.properties.lastModifiedBy = "compliance samples"
    wb.properties.created = dt.datetime(2026, 11, 22)
    buf = io.BytesIO()
    wb.save(buf)  # openpyxl stamps "modified" with now(); patched below
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            out = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o644 << 16
            dst.writestr(out, data)


HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
TITLE_FONT = Font(bold=True, size=14)

# --------------------------------------------------------------------------------------------------
# vendors.xlsx
# --------------------------------------------------------------------------------------------------

# (name, parent, country, address, city, category)
ORDINARY_VENDORS: list[tuple[str, str, str, str, str, str]] = [
    ("Dell Technologies Inc.", "", "US", "1 Dell Way", "Round Rock", "IT Hardware"),
    ("Cisco Systems, Inc.", "", "US", "170 West Tasman Dr", "San Jose", "Network"),
    ("Axis Communications Inc.", "Canon Inc.", "US", "300 Apollo Dr", "Chelmsford", "Security Systems"),
    ("Hanwha Vision America", "Hanwha Vision Co., Ltd.", "US", "500 Frank W Burr Blvd", "Teaneck", "Security Systems"),
    ("Motorola Solutions, Inc.", "", "US", "500 W Monroe St", "Chicago", "Radio"),
    ("W.W. Grainger, Inc.", "", "US", "100 Grainger Pkwy", "Lake Forest", "MRO Supplies"),
    ("Fastenal Company", "", "US", "2001 Theurer Blvd", "Winona", "MRO Supplies"),
    ("Staples Business Advantage", "", "US", "500 Staples Dr", "Framingham", "Office Supplies"),
    ("Office Depot, Inc.", "The ODP Corporation", "US", "6600 N Military Trl", "Boca Raton", "Office Supplies"),
    ("Verizon Wireless", "Verizon Communications Inc.", "US", "1 Verizon Way", "Basking Ridge", "Telecom"),
    ("AT&T Mobility LLC", "AT&T Inc.", "US", "1025 Lenox Park Blvd", "Atlanta", "Telecom"),
    ("Comcast Business Communications", "Comcast Corporation", "US", "1701 JFK Blvd", "Philadelphia", "Telecom"),
    ("HP Inc.", "", "US", "1501 Page Mill Rd", "Palo Alto", "IT Hardware"),
    ("Lenovo (United States) Inc.", "Lenovo Group Limited", "US", "8001 Development Dr", "Morrisville", "IT Hardware"),
    ("Microsoft Corporation", "", "US", "1 Microsoft Way", "Redmond", "Software"),
    ("Adobe Inc.", "", "US", "345 Park Ave", "San Jose", "Software"),
    ("Oracle America, Inc.", "Oracle Corporation", "US", "2300 Oracle Way", "Austin", "Software"),
    ("Zoom Video Communications", "", "US", "55 Almaden Blvd", "San Jose", "Software"),
    ("Xerox Corporation", "Xerox Holdings", "US", "201 Merritt 7", "Norwalk", "Office Equipment"),
    ("Ricoh USA, Inc.", "Ricoh Company, Ltd.", "US", "300 Eagleview Blvd", "Exton", "Office Equipment"),
    ("Canon Solutions America", "Canon Inc.", "US", "1 Canon Park", "Melville", "Office Equipment"),
    ("Cintas Corporation No. 2", "Cintas Corporation", "US", "6800 Cintas Blvd", "Mason", "Facilities"),
    ("Aramark Uniform Services", "Aramark", "US", "2680 Palumbo Dr", "Lexington", "Facilities"),
    ("Sysco Foodservices", "Sysco Corporation", "US", "1390 Enclave Pkwy", "Houston", "Food Service"),
    ("United Parcel Service", "", "US", "55 Glenlake Pkwy NE", "Atlanta", "Freight"),
    ("FedEx Corporate Services", "FedEx Corporation", "US", "3640 Hacks Cross Rd", "Memphis", "Freight"),
    ("Waste Management of Texas", "WM", "US", "800 Capitol St", "Houston", "Facilities"),
    ("Republic Services #412", "Republic Services, Inc.", "US", "18500 N Allied Way", "Phoenix", "Facilities"),
    ("Johnson Controls Fire Protection", "Johnson Controls International", "US", "5757 N Green Bay Ave", "Milwaukee", "Security Systems"),
    ("Siemens Industry, Inc.", "Siemens AG", "US", "1000 Deerfield Pkwy", "Buffalo Grove", "Building Controls"),
    ("Trane U.S. Inc.", "Trane Technologies", "US", "3600 Pammel Creek Rd", "La Crosse", "HVAC"),
    ("Carrier Corporation", "", "US", "13995 Pasteur Blvd", "Palm Beach Gardens", "HVAC"),
    ("Otis Elevator Company", "", "US", "1 Carrier Pl", "Farmington", "Facilities"),
    ("Schindler Elevator Corp", "Schindler Holding AG", "US", "20 Whippany Rd", "Morristown", "Facilities"),
    ("ADT Commercial LLC", "", "US", "1501 Yamato Rd", "Boca Raton", "Security Systems"),
    ("Allied Universal Security Services", "", "US", "1551 N Tustin Ave", "Santa Ana", "Security Services"),
    ("Graybar Electric Company", "", "US", "34 N Meramec Ave", "St. Louis", "Electrical"),
    ("ADI Global Distribution", "Resideo Technologies", "US", "263 Old Country Rd", "Melville", "Security Systems"),
    ("Uline, Inc.", "", "US", "12575 Uline Dr", "Pleasant Prairie", "Packaging"),
    ("MSC Industrial Supply Co.", "", "US", "75 Maxess Rd", "Melville", "MRO Supplies"),
    ("Bosch Security Systems, LLC", "Robert Bosch GmbH", "US", "130 Perinton Pkwy", "Fairport", "Security Systems"),
    ("Juniper Networks, Inc.", "", "US", "1133 Innovation Way", "Sunnyvale", "Network"),
    ("Hewlett Packard Enterprise (Aruba)", "Hewlett Packard Enterprise", "US", "6280 America Center Dr", "San Jose", "Network"),
    ("Ubiquiti Inc.", "", "US", "685 Third Ave", "New York", "Network"),
    ("Synology America Corp.", "Synology Inc.", "US", "3535 Factoria Blvd SE", "Bellevue", "IT Hardware"),
    ("Panduit Corp.", "", "US", "18900 Panduit Dr", "Tinley Park", "Electrical"),
    ("CommScope Inc.", "", "US", "1100 CommScope Pl SE", "Hickory", "Network"),
    ("Avigilon USA Corporation", "Motorola Solutions, Inc.", "US", "2711 N Haskell Ave", "Dallas", "Security Systems"),
    ("Genetec Inc.", "", "CA", "2280 Alfred-Nobel Blvd", "Montreal", "Software"),
    ("Milestone Systems Inc.", "Canon Inc.", "US", "5300 Meadows Rd", "Lake Oswego", "Software"),
    ("Honeywell Building Technologies", "Honeywell International Inc.", "US", "855 S Mint St", "Charlotte", "Building Controls"),
    ("Schneider Electric USA", "Schneider Electric SE", "US", "800 Federal St", "Andover", "Electrical"),
    ("Eaton Corporation", "Eaton Corporation plc", "US", "1000 Eaton Blvd", "Cleveland", "Electrical"),
    ("APC by Schneider Electric", "Schneider Electric SE", "US", "132 Fairgrounds Rd", "West Kingston", "Electrical"),
    ("Sherwin-Williams Co.", "", "US", "101 W Prospect Ave", "Cleveland", "Facilities"),
    ("The Home Depot Pro", "The Home Depot, Inc.", "US", "2455 Paces Ferry Rd", "Atlanta", "MRO Supplies"),
    ("Lowe's Pro Supply", "Lowe's Companies, Inc.", "US", "1000 Lowes Blvd", "Mooresville", "MRO Supplies"),
    ("Dahl Plumbing & Heating", "", "US", "412 Lake St", "Duluth", "Facilities"),
    ("Midstate Office Supply Co.", "", "US", "88 Commerce Dr", "Springfield", "Office Supplies"),
    ("Brightline Janitorial Services LLC", "", "US", "1440 Industrial Pkwy", "Dayton", "Facilities"),
    ("Cedar Ridge Landscaping", "", "US", "2209 County Rd 14", "Ames", "Facilities"),
    ("Harbor City Electric Inc.", "", "US", "17 Wharf St", "Baltimore", "Electrical"),
    ("Tri-County Technology Partners LLC", "", "US", "900 Summit Ave Ste 210", "Columbus", "IT Reseller"),
    ("Summit Software Licensing Inc.", "", "US", "45 Market St", "Denver", "IT Reseller"),
    ("SkyLine Aerial Supply LLC", "", "US", "3300 Airport Rd", "Boise", "Aerial Equipment"),
    ("Keystone Network Services", "", "US", "610 Liberty Ave", "Pittsburgh", "IT Services"),
    ("Blue Heron Catering", "", "US", "77 Riverside Dr", "Savannah", "Food Service"),
    ("Pioneer Fleet Maintenance", "", "US", "5102 Route 9", "Albany", "Fleet"),
    ("Great Lakes Fire & Safety", "", "US", "231 Ottawa St", "Grand Rapids", "Security Systems"),
    ("Northwind Traders Wholesale", "", "US", "12 Harbor Blvd", "Seattle", "Office Supplies"),
    ("Prairie State Printing", "", "US", "150 Main St", "Peoria", "Printing"),
    ("Copperline Cabling Inc.", "", "US", "3811 Industrial Way", "Tulsa", "Network"),
    ("Lone Star Office Furniture", "", "US", "9090 Stemmons Fwy", "Dallas", "Furniture"),
    ("Evergreen Pest Control", "", "US", "402 Pine St", "Olympia", "Facilities"),
    ("Atlas Courier Services", "", "US", "19 Depot Rd", "Newark", "Freight"),
    ("Granite State Locksmiths", "", "US", "58 Elm St", "Manchester", "Security Systems"),
    ("Red Rock Water Co.", "", "US", "700 Desert Inn Rd", "Las Vegas", "Food Service"),
    ("Magnolia Medical Supply", "", "US", "2400 Canal St", "New Orleans", "Medical"),
    ("Coastal Uniforms Inc.", "", "US", "81 Ocean Ave", "Norfolk", "Facilities"),
    ("Riverbend Auto Parts", "", "US", "6600 River Rd", "Louisville", "Fleet"),
    ("Frontier Tire & Service", "", "US", "1200 Frontier Rd", "Cheyenne", "Fleet"),
    ("Ironwood Construction Co.", "", "US", "3300 Grand Ave", "Des Moines", "Construction"),
    ("Silver Creek Engineering PLLC", "", "US", "14 Creekside Ct", "Boise", "Professional Services"),
    ("Hartwell & Mays CPAs", "", "US", "1000 Peachtree St", "Atlanta", "Professional Services"),
    ("Beacon Legal Staffing", "", "US", "200 Park Ave S", "New York", "Professional Services"),
    ("Summit Ridge Consulting Group", "", "US", "4400 Post Oak Pkwy", "Houston", "Professional Services"),
    ("Clearwater Environmental Labs", "", "US", "860 Lab Cir", "Tampa", "Laboratory"),
    ("Northstar Elevator Inspections", "", "US", "33 Hennepin Ave", "Minneapolis", "Facilities"),
    ("Bluebonnet Signs & Graphics", "", "US", "505 Congress Ave", "Austin", "Printing"),
    ("Apex Generator Services", "", "US", "1701 Power Dr", "Oklahoma City", "Electrical"),
    ("Metro Transit Uniform Co.", "", "US", "990 Broad St", "Richmond", "Facilities"),
    ("Pacific Coast Paper & Packaging", "", "US", "3100 Harbor Blvd", "Oakland", "Packaging"),
    ("Heartland Seed & Turf", "", "US", "225 Kansas Ave", "Topeka", "Facilities"),
    ("Mountain View Audio Visual", "", "US", "150 Castro St", "Mountain View", "AV Equipment"),
    ("Sentinel Alarm Monitoring", "", "US", "47 Gate St", "Hartford", "Security Services"),
    ("Liberty Records Storage", "", "US", "3030 Warehouse Rd", "Philadelphia", "Facilities"),
    ("Crescent Moving & Storage", "", "US", "18 Crescent Ave", "Charlotte", "Freight"),
    ("Badger State Ready Mix", "", "US", "7400 Quarry Rd", "Madison", "Construction"),
    ("Wesco Distribution, Inc.", "WESCO International", "US", "225 W Station Square Dr", "Pittsburgh", "Electrical"),
    ("Lakeside Wireless Towers LLC", "", "US", "88 Lakeshore Dr", "Chicago", "Telecom"),
    ("Old Dominion Janitorial Supply", "", "US", "2700 Cofer Rd", "Richmond", "Facilities"),
    ("Saguaro Solar Installers", "", "US", "4410 E Camelback Rd", "Phoenix", "Electrical"),
    ("Bayou City Surveying", "", "US", "1300 Main St", "Houston", "Professional Services"),
    ("Twin Peaks Mobile Shredding", "", "US", "92 Alpine Way", "Salt Lake City", "Facilities"),
    ("Ningbo Sunny Hardware Co., Ltd.", "", "CN", "No. 18 Xingye Rd, Beilun", "Ningbo", "MRO Supplies"),
    ("Dongguan Everbright Plastics Co., Ltd.", "", "CN", "Chang'an Industrial Park", "Dongguan", "Packaging"),
    ("Bosch Rexroth Corporation", "Robert Bosch GmbH", "US", "14001 S Lakes Dr", "Charlotte", "Industrial"),
    ("Schneider Logistics", "Schneider National", "US", "3101 Packerland Dr", "Green Bay", "Freight"),
    ("Konica Minolta Business Solutions", "Konica Minolta, Inc.", "US", "100 Williams Dr", "Ramsey", "Office Equipment"),
    ("Iron Mountain Inc.", "", "US", "85 New Hampshire Ave", "Portsmouth", "Facilities"),
    ("Stericycle, Inc.", "WM", "US", "2355 Waukegan Rd", "Bannockburn", "Medical"),
    ("Hyster-Yale Materials Handling", "Hyster-Yale, Inc.", "US", "5875 Landerbrook Dr", "Cleveland", "Material Handling"),
    ("ZT Systems", "Advanced Micro Devices, Inc.", "US", "333 Meadowlands Pkwy", "Secaucus", "IT Hardware"),
]

# Covered or review rows, written the way real vendor files write them.
COVERED_VENDORS: list[tuple[str, str, str, str, str, str]] = [
    ("HIKVISION USA INC", "", "US", "18639 Railroad St", "City of Industry", "Security Systems"),
    ("Hangzhou Hikvision Digital Technology Co., Ltd.", "", "CN", "No.555 Qianmo Road, Binjiang District", "Hangzhou", "Security Systems"),
    ("Meridian Telecom Services Ltd", "Huawei Technologies Co., Ltd.", "GB", "300 South Oak Way", "Reading", "Telecom"),
    ("EZVIZ Inc.", "", "US", "18639 Railroad St", "City of Industry", "Security Systems"),
    ("ZTE USA Inc", "ZTE Corporation", "US", "2425 N Central Expy", "Richardson", "Telecom"),
    ("Lorex Technology Inc.", "Skywatch, Inc.", "CA", "250 Royal Crest Ct", "Markham", "Security Systems"),
]


def make_vendors(rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendors"
    header = ["Vendor ID", "Vendor Name", "Parent Company", "Country", "Address", "City",
              "Payment Terms", "Category", "Status"]
    ws.append(header)
    for c in ws[1]:
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
    rows = list(ORDINARY_VENDORS)
    # Covered rows go at fixed, spread-out positions (not all at the end, as in a real master file).
    positions = [7, 23, 41, 58, 77, 95]
    for pos, row in zip(positions, COVERED_VENDORS):
        rows.insert(pos, row)
    terms = ["Net 30", "Net 30", "Net 45", "Net 60", "Due on receipt", "2% 10 Net 30"]
    for i, (name, parent, country, address, city, category) in enumerate(rows):
        vendor_id = f"V{100200 + i * 7:06d}"
        status = "Inactive" if rng.random() < 0.08 else "Active"
        ws.append([vendor_id, name, parent, country, address, city, rng.choice(terms), category, status])
    widths = [11, 46, 34, 8, 38, 18, 14, 18, 9]
    for col, w in zip("ABCDEFGHI", widths):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    save_deterministic(wb, HERE / "vendors.xlsx")


# --------------------------------------------------------------------------------------------------
# equipment.xlsx
# --------------------------------------------------------------------------------------------------

EQUIP_HEADER = ["Asset Tag", "Location", "Manufacturer", "Model", "Description", "Serial Number",
                "Install Date", "Cost"]

# Each block: list of (manufacturer, model, description, cost); merge=True merges the Manufacturer
# cell over the block (a common habit in hand-kept inventories).
CAMERA_BLOCKS: list[tuple[bool, list[tuple[str, str, str, float]]]] = [
    (False, [("Axis Communications", "P3265-LVE", "Dome camera 2MP outdoor", 1149.00)]),
    (True, [("Axis Communications", "Q6135-LE", "PTZ camera 1080p IR", 4320.00),
            ("", "P1455-LE", "Bullet camera 2MP", 899.00),
            ("", "M3086-V", "Mini dome 4MP", 329.00)]),
    (False, [("Hanwha Vision", "XNV-8080R", "Dome 5MP IR vandal", 865.00)]),
    (False, [("Hanwha Vision", "QNO-6082R", "Bullet 2MP IR", 412.50)]),
    (False, [("Bosch", "NDE-5503-AL", "FLEXIDOME IP 5000i outdoor", 778.00)]),
    (False, [("Hikvision", "DS-2CD2143G2-I", "4MP AcuSense dome, lobby", 189.00)]),
    (False, [("Bosch", "NBE-5503-AL", "DINION IP 5000i bullet", 702.00)]),
    (False, [("Generic", "DS-2CD2342G2-I", "4MP dome (bought as store brand)", 142.00)]),
    (False, [("Axis Communications", "P3727-PLE", "Panoramic 8MP", 1650.00)]),
    (False, [("Dahua", "DH-IPC-HDW2431T-AS-S2", "4MP eyeball, loading dock", 96.00)]),
    (True, [("Hikvision", "DS-2CD2T47G2-L", "ColorVu bullet 4MP, parking", 239.00),
            ("", "DS-2DE4A425IWG-E", "PTZ 4MP 25x, perimeter", 1180.00),
            ("", "DS-7608NI-I2/8P", "8ch PoE NVR, guard shack", 415.00)]),
    (False, [("Hanwha Vision", "XRN-820S", "8ch NVR with PoE", 1295.00)]),
    (False, [("", "DS-2CD2342G2-I", "Dome camera, stairwell B (label missing)", 138.00)]),
    (False, [("Axis Communications", "S3008", "8ch recorder 2TB", 1099.00)]),
    (False, [("Bosch", "DIVAR IP all-in-one 4000", "Recorder 4x2TB", 3150.00)]),
    (False, [("Hanwha Vision", "PNM-9085RQZ", "Multi-sensor 4x5MP", 2890.00)]),
]

NETWORK_BLOCKS: list[tuple[bool, list[tuple[str, str, str, float]]]] = [
    (True, [("Cisco", "C9300-48P-A", "Catalyst 9300 48-port PoE+ switch", 8950.00),
            ("", "C9200L-24P-4G-E", "Catalyst 9200L 24-port PoE+", 2890.00),
            ("", "ISR4331/K9", "Integrated services router", 3420.00)]),
    (False, [("Aruba", "AP-515", "Wi-Fi 6 access point", 895.00)]),
    (False, [("Aruba", "JL675A", "CX 6100 48G class4 PoE switch", 2150.00)]),
    (False, [("Juniper Networks", "EX4300-48P", "Access switch 48-port PoE+", 6450.00)]),
    (False, [("Huawei", "AR6120", "Enterprise router, branch office", 1240.00)]),
    (False, [("Synology", "DS920+", "4-bay NAS, camera footage archive", 549.00)]),
    (False, [("Ubiquiti", "USW-Pro-24-PoE", "UniFi switch 24-port PoE", 699.00)]),
    (False, [("Ubiquiti", "U6-Pro", "UniFi Wi-Fi 6 access point", 159.00)]),
    (False, [("Juniper Networks", "SRX345", "Services gateway firewall", 3290.00)]),
    (False, [("Synology", "DS1821+", "8-bay NAS, file server", 999.00)]),
    (False, [("Huawei", "S5735-L24P4S-A", "24-port PoE switch, annex", 860.00)]),
    (False, [("Cisco", "C1111-8P", "Branch router", 1320.00)]),
]

LOCATIONS = ["HQ Lobby", "HQ Floor 2", "HQ Floor 3", "Warehouse A", "Warehouse B", "Annex",
             "Parking Structure", "Data Center", "Fleet Yard", "Guard Shack"]


def _write_equipment_sheet(ws, blocks, prefix: str, rng: random.Random) -> None:
    title = "Facilities Equipment Inventory - FY2026"
    ws.cell(row=1, column=1, value=title).font = TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(EQUIP_HEADER))
    # row 2 left blank on purpose
    for col, name in enumerate(EQUIP_HEADER, start=1):
        c = ws.cell(row=3, column=col, value=name)
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
    r = 4
    n = 0
    for merge, items in blocks:
        start = r
        for mfr, model, desc, cost in items:
            n += 1
            ws.cell(row=r, column=1, value=f"{prefix}-{1000 + n * 3}")
            ws.cell(row=r, column=2, value=rng.choice(LOCATIONS))
            if mfr:
                ws.cell(row=r, column=3, value=mfr)
            ws.cell(row=r, column=4, value=model)
            ws.cell(row=r, column=5, value=desc)
            ws.cell(row=r, column=6, value="".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
                                                   for _ in range(12)))
            d = ws.cell(row=r, column=7, value=dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2400)))
            d.number_format = "yyyy-mm-dd"
            c = ws.cell(row=r, column=8, value=cost)
            c.number_format = "#,##0.00"
            r += 1
        if merge and len(items) > 1:
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=start, column=3).alignment = Alignment(vertical="center")
    for col, w in zip("ABCDEFGH", [11, 18, 22, 24, 40, 16, 12, 11]):
        ws.column_dimensions[col].width = w


def make_equipment(rng: random.Random) -> None:
    wb = Workbook()
    cams = wb.active
    cams.title = "Cameras"
    _write_equipment_sheet(cams, CAMERA_BLOCKS, "CAM", rng)
    net = wb.create_sheet("Network")
    _write_equipment_sheet(net, NETWORK_BLOCKS, "NET", rng)
    save_deterministic(wb, HERE / "equipment.xlsx")


# --------------------------------------------------------------------------------------------------
# purchases.csv
# --------------------------------------------------------------------------------------------------

# (supplier, item description, mfr part number, unit price, cost center)
ORDINARY_PO_LINES: list[tuple[str, str, str, float, str]] = [
    ("Staples Business Advantage", "Copy paper 8.5x11 20lb, case of 10 reams", "SPL-135848", 54.99, "ADMIN"),
    ("Staples Business Advantage", "Black ballpoint pens, box of 60", "SPL-2484", 12.49, "ADMIN"),
    ("W.W. Grainger, Inc.", "Nitrile gloves, large, box of 100", "5KKU3", 18.75, "FAC"),
    ("W.W. Grainger, Inc.", "LED high bay fixture 150W", "53NF49", 212.00, "FAC"),
    ("Dell Technologies Inc.", "Latitude 5450 laptop, i5, 16GB", "LAT5450-I5", 1189.00, "IT"),
    ("Dell Technologies Inc.", "P2425H 24in monitor", "DELL-P2425H", 179.99, "IT"),
    ("Cisco Systems, Inc.", "Catalyst 9200L 24-port PoE+ switch", "C9200L-24P-4G-E", 2890.00, "IT"),
    ("Cisco Systems, Inc.", "SmartNet 8x5xNBD renewal, 12 months", "CON-SNT-C92024P", 412.00, "IT"),
    ("Axis Communications Inc.", "P3265-LVE dome camera", "02328-001", 1149.00, "SEC"),
    ("Axis Communications Inc.", "Camera pole mount", "T91B47", 89.00, "SEC"),
    ("Hanwha Vision America", "XNV-8080R 5MP IR dome", "XNV-8080R", 865.00, "SEC"),
    ("Motorola Solutions, Inc.", "APX 6000 portable radio", "H98UCF9PW6BN", 4895.00, "PS"),
    ("Motorola Solutions, Inc.", "Impres battery 4200mAh", "NNTN8840A", 145.00, "PS"),
    ("Fastenal Company", "Hex bolts 3/8-16 x 2in, box of 50", "11120183", 22.10, "FAC"),
    ("Verizon Wireless", "Monthly service, 42 lines", "", 1835.40, "IT"),
    ("AT&T Mobility LLC", "FirstNet service, 18 lines", "", 702.00, "PS"),
    ("Microsoft Corporation", "Microsoft 365 E3 GCC, annual, per user", "AAA-10756", 432.00, "IT"),
    ("Adobe Inc.", "Acrobat Pro annual license", "65297934BA01A12", 239.88, "ADMIN"),
    ("Cintas Corporation No. 2", "First aid cabinet restock", "", 146.30, "FAC"),
    ("Sysco Foodservices", "Cafeteria produce, weekly", "", 1288.15, "CAF"),
    ("United Parcel Service", "Ground shipping, October", "", 312.66, "ADMIN"),
    ("HP Inc.", "LaserJet Pro 4001dn printer", "2Z600F#BGJ", 399.00, "ADMIN"),
    ("HP Inc.", "HP 149A toner, black", "W1490A", 89.99, "ADMIN"),
    ("Lenovo (United States) Inc.", "ThinkPad T14 Gen 5", "21ML0031US", 1249.00, "IT"),
    ("Ubiquiti Inc.", "UniFi U6-Pro access point", "U6-Pro", 159.00, "IT"),
    ("Synology America Corp.", "DS920+ 4-bay NAS", "DS920+", 549.00, "IT"),
    ("Synology America Corp.", "HAT5300 8TB drive", "HAT5300-8T", 219.00, "IT"),
    ("Juniper Networks, Inc.", "EX4300-48P access switch", "EX4300-48P", 6450.00, "IT"),
    ("Hewlett Packard Enterprise (Aruba)", "Aruba AP-515 access point", "Q9H62A", 895.00, "IT"),
    ("Bosch Security Systems, LLC", "FLEXIDOME IP 5000i", "NDE-5503-AL", 778.00, "SEC"),
    ("Graybar Electric Company", "Cat6 plenum cable, 1000ft, blue", "CAT6-PL-BL", 289.00, "IT"),
    ("Panduit Corp.", "Cat6 patch cords 3ft, pack of 25", "UTP28SP3BU", 96.50, "IT"),
    ("Johnson Controls Fire Protection", "Annual fire alarm inspection", "", 2450.00, "FAC"),
    ("Siemens Industry, Inc.", "BAS controller service call", "", 680.00, "FAC"),
    ("Trane U.S. Inc.", "RTU compressor replacement", "", 7820.00, "FAC"),
    ("Otis Elevator Company", "Elevator maintenance, quarterly", "", 1980.00, "FAC"),
    ("Uline, Inc.", "Corrugated boxes 18x12x12, bundle of 25", "S-4512", 48.00, "WH"),
    ("MSC Industrial Supply Co.", "Safety glasses, clear, dozen", "83432176", 31.20, "FAC"),
    ("The Home Depot Pro", "Paint rollers 9in, 6-pack", "HD-9R6", 17.97, "FAC"),
    ("Sherwin-Williams Co.", "ProMar 200 interior latex, 5 gal", "B30W02651", 189.00, "FAC"),
    ("Xerox Corporation", "VersaLink C405 lease, monthly", "", 214.00, "ADMIN"),
    ("Ricoh USA, Inc.", "Copier overage charges, Q3", "", 166.42, "ADMIN"),
    ("Zoom Video Communications", "Zoom Workplace Business, annual", "", 2199.00, "IT"),
    ("Oracle America, Inc.", "Database support renewal", "", 14820.00, "IT"),
    ("Midstate Office Supply Co.", "Desk chairs, mesh back", "MOS-CH-440", 229.00, "ADMIN"),
    ("Brightline Janitorial Services LLC", "Nightly cleaning, October", "", 6400.00, "FAC"),
    ("Cedar Ridge Landscaping", "Fall cleanup and mulch", "", 3150.00, "FAC"),
    ("Harbor City Electric Inc.", "Parking lot light pole repair", "", 1875.00, "FAC"),
    ("Tri-County Technology Partners LLC", "Dell OptiPlex 7020 desktops", "OPT7020-MT", 879.00, "IT"),
    ("Tri-County Technology Partners LLC", "APC Smart-UPS 1500VA", "SMT1500RM2UC", 865.00, "IT"),
    ("Summit Software Licensing Inc.", "Veeam Data Platform renewal", "V-VDPFND-VS", 3120.00, "IT"),
    ("Keystone Network Services", "Fiber splice, Building C", "", 1450.00, "IT"),
    ("Blue Heron Catering", "Board meeting lunch, 24 people", "", 540.00, "ADMIN"),
    ("Pioneer Fleet Maintenance", "Oil change and inspection, unit 14", "", 129.95, "FLEET"),
    ("Great Lakes Fire & Safety", "Fire extinguisher service, 40 units", "", 760.00, "FAC"),
    ("Prairie State Printing", "Business cards, 10 staff", "", 310.00, "ADMIN"),
    ("Copperline Cabling Inc.", "Camera drops, 12 locations", "", 2880.00, "SEC"),
    ("Granite State Locksmiths", "Rekey 14 doors", "", 980.00, "SEC"),
    ("Red Rock Water Co.", "5-gallon water delivery, monthly", "", 84.00, "ADMIN"),
    ("Riverbend Auto Parts", "Brake pads, front, unit 22", "D1210", 64.89, "FLEET"),
    ("Frontier Tire & Service", "LT245/75R16 tires, set of 4", "", 812.00, "FLEET"),
    ("Ricoh USA, Inc.", "Toner cartridges, color set", "842307", 322.00, "ADMIN"),
    ("ADI Global Distribution", "Axis T8134 PoE midspan", "5026-204", 199.00, "SEC"),
    ("ADI Global Distribution", "Hanwha SBP-300WMW wall mount", "SBP-300WMW", 64.00, "SEC"),
    ("Avigilon USA Corporation", "Avigilon Control Center Enterprise license", "ACC7-ENT", 345.00, "SEC"),
    ("Genetec Inc.", "Security Center camera license", "GSC-OM-E-1C", 270.00, "SEC"),
    ("Milestone Systems Inc.", "XProtect Professional+ device license", "XPPPLUSDL", 190.00, "SEC"),
    ("Comcast Business Communications", "Business internet, 1 Gbps", "", 289.95, "IT"),
    ("Konica Minolta Business Solutions", "bizhub maintenance", "", 145.00, "ADMIN"),
    ("Iron Mountain Inc.", "Shredding service, October", "", 118.00, "ADMIN"),
    ("Hyster-Yale Materials Handling", "Forklift mast chain replacement", "HY-580022", 1290.00, "WH"),
    ("ZT Systems", "Server node, 2U, dual socket", "ZT-2U-DS", 11400.00, "IT"),
    ("Dahl Plumbing & Heating", "Water heater replacement, Annex", "", 2260.00, "FAC"),
    ("Lowe's Pro Supply", "Extension cords 50ft, 6", "LW-EC50", 119.88, "FAC"),
    ("Magnolia Medical Supply", "AED pads, adult, 6 pairs", "8900-0802-01", 318.00, "PS"),
]

COVERED_PO_LINES: list[tuple[str, str, str, float, str]] = [
    ("Tri-County Technology Partners LLC", "Hikvision DS-7608NI-I2 8ch NVR", "DS-7608NI-I2", 289.00, "SEC"),
    ("Summit Software Licensing Inc.", "Kaspersky Endpoint Security renewal, 150 seats", "KL4863AAPFR", 5250.00, "IT"),
    ("SkyLine Aerial Supply LLC", "DJI Mavic 3 Enterprise drone kit with RTK", "M3E-RTK", 5499.00, "PS"),
]


def make_purchases(rng: random.Random) -> None:
    lines = list(ORDINARY_PO_LINES)
    for pos, line in zip([17, 44, 63], COVERED_PO_LINES):
        lines.insert(pos, line)
    day0 = dt.date(2026, 7, 1)
    out = HERE / "purchases.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["PO Number", "PO Date", "Supplier", "Item Description", "Mfr Part Number", "Qty",
                    "Unit Price", "Cost Center"])
        po = 4500012300
        day = day0
        for i, (supplier, desc, mpn, price, cc) in enumerate(lines):
            if i % 3 == 0:
                po += rng.randrange(3, 40)
                day += dt.timedelta(days=rng.randrange(0, 3))
            qty = 1 if price > 1000 else rng.choice([1, 1, 2, 4, 6, 10, 12])
            w.writerow([po, day.isoformat(), supplier, desc, mpn, qty, f"{price:.2f}", cc])


def main() -> None:
    rng = random.Random(SEED)
    make_vendors(rng)
    make_equipment(rng)
    make_purchases(rng)
    for name in ("vendors.xlsx", "equipment.xlsx", "purchases.csv"):
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
