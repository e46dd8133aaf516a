"""Column-role detection from header text (compliance/ingest/columns.py)."""

from __future__ import annotations

import pytest

from compliance.ingest import detect_role, detect_roles
from compliance.ingest.columns import is_known_header, normalize_header
from compliance.models import Column, Role

V, M, B, P = Role.VENDOR, Role.MANUFACTURER, Role.BRAND, Role.PARENT
MO, D, C, A, F = Role.MODEL, Role.DESCRIPTION, Role.COUNTRY, Role.ADDRESS, Role.FCC_ID

# Header text as real ERP, AP and asset-register exports write it -> expected role.
CASES: list[tuple[str, Role | None]] = [
    # SAP, other languages and Chinese-script headers
    ("NAME1", Role.VENDOR), ("Name1", Role.VENDOR), ("Short Text", Role.DESCRIPTION),
    ("Supplier Parent", Role.PARENT), ("Parent Vendor", Role.PARENT), ("Parent Vendor ID", None),
    ("供应商", Role.VENDOR), ("供应商名称", Role.VENDOR), ("供應商", Role.VENDOR),
    ("制造商", Role.MANUFACTURER), ("生产厂家", Role.MANUFACTURER), ("品牌", Role.BRAND),
    ("型号", Role.MODEL), ("规格型号", Role.MODEL), ("物料描述", Role.DESCRIPTION), ("母公司", Role.PARENT),
    ("原产国", Role.COUNTRY), ("Proveedor", Role.VENDOR), ("Fabricante", Role.MANUFACTURER),
    ("Lieferant", Role.VENDOR), ("Hersteller", Role.MANUFACTURER), ("Fournisseur", Role.VENDOR),
    ("Marque", Role.BRAND), ("Modèle", Role.MODEL), ("Descripción", Role.DESCRIPTION),
    ("País de origen", Role.COUNTRY),
    # vendor: the party paid
    ("Vendor", V), ("VENDOR NAME", V), ("vendor_name", V), ("VendorName", V), ("Supplier", V),
    ("Supplier Name", V), ("Payee", V), ("Payee Name", V), ("Seller", V), ("Contractor", V),
    ("Subcontractor", V), ("Company", V), ("Company Name", V), ("Vendor/Supplier", V),
    ("Bill From", V), ("Remit To", V), ("Name", V), ("Legal Name", V), ("Name 1", V), ("Legal Entity Name", V),
    ("Registered Business Name", V), ("Legal Entity", V), ("Entity Name", V),
    ("Distributor", V), ("Service Provider", V), ("Supplier (Legal Name)", V),
    # manufacturer
    ("Manufacturer", M), ("Mfr", M), ("Mfr.", M), ("MFG", M), ("Make", M), ("OEM", M),
    ("Maker", M), ("Manufacturer Name", M), ("Mfr Name", M), ("Manufacturer/Brand", M),
    ("Product Manufacturer", M),
    # brand
    ("Brand", B), ("Brand Name", B), ("Trade Name", B), ("Tradename", B), ("Label", B),
    ("Private Label", B),
    # parent
    ("Parent", P), ("Parent Company", P), ("Ultimate Parent", P), ("Parent Org", P),
    ("Parent Organisation", P), ("Owner", None), ("Ultimate Parent Name", P), ("Holding Company", P),
    # model / part numbers
    ("Model", MO), ("Model No", MO), ("Model No.", MO), ("Model Number", MO), ("Model #", MO),
    ("Part Number", MO), ("Part No", MO), ("Part #", MO), ("P/N", MO), ("PN", MO), ("MPN", MO),
    ("Mfr Part Number", MO), ("Manufacturer Part Number", MO), ("Mfr. Part No.", MO),
    ("Manufacturer's Part Number", MO), ("Vendor Part Number", MO), ("Supplier Part No", MO),
    ("SKU", MO), ("Catalog Number", MO), ("Cat. No.", MO), ("OEM Part Number", MO),
    ("Vendor Item Number", MO), ("MfrPartNum", MO), ("Product Code", MO),
    # description: free text
    ("Description", D), ("Item", D), ("Item Description", D), ("Product", D),
    ("Product Description", D), ("Line Description", D), ("Commodity", D), ("Desc", D),
    ("Part Description", D), ("Equipment", D), ("Make/Model", D), ("Make & Model", D),
    # country
    ("Country", C), ("Country of Origin", C), ("COO", C), ("Origin", C), ("Country Code", C),
    ("Country of Manufacture", C), ("Vendor Country", C), ("Manufacturer Country", C),
    # address
    ("Address", A), ("Street", A), ("Vendor Address", A), ("Remit To Address", A),
    ("Address Line 1", A), ("City", A), ("Zip Code", A),
    # FCC ID
    ("FCC ID", F), ("FCC Identifier", F), ("FCCID", F), ("FCC ID Number", F),
    ("Grantee Code", F),
    # ids, dates, amounts, contacts, network identifiers: never screened
    ("Item Number", None), ("Item No", None), ("Item #", None), ("Item ID", None),
    ("Vendor ID", None), ("VendorID", None), ("Vendor Number", None), ("Vendor #", None),
    ("Supplier Code", None), ("Company Code", None), ("Manufacturer ID", None),
    ("Internal Part Number", None), ("Customer Part No", None),
    ("Mfg Date", None), ("Invoice Date", None), ("Amount", None), ("Unit Price", None),
    ("Quantity", None), ("Vendor Email", None), ("Supplier Phone", None),
    ("Email Address", None), ("IP Address", None), ("MAC Address", None),
    ("Serial Number", None), ("S/N", None), ("Asset Tag", None), ("Vendor Type", None),
    ("Supplier Status", None), ("PO Number", None), ("Invoice", None), ("Asset Owner", None),
    ("Customer", None), ("Notes", Role.NOTES), ("Comments", Role.NOTES), ("Vendor Remarks", Role.NOTES), ("Qty", None), ("", None), ("2026", None),
]


@pytest.mark.parametrize(("header", "role"), CASES, ids=[h or "(empty)" for h, _ in CASES])
def test_detect_role(header: str, role: Role | None) -> None:
    assert detect_role(header) is role


def test_case_table_is_large_and_unique() -> None:
    headers = [h for h, _ in CASES]
    assert len(headers) >= 60
    assert len(set(headers)) == len(headers)


def test_case_and_punctuation_do_not_matter() -> None:
    for header in ("VENDOR NAME", "vendor name", "Vendor-Name", "  Vendor   Name ", "Vendor\nName"):
        assert detect_role(header) is Role.VENDOR


@pytest.mark.parametrize(("header", "normalized"), [
    ("Mfr. Part #", "manufacturer part number"),
    ("VendorName", "vendor name"),
    ("P/N", "part number"),
    ("Vendor/Supplier", "vendor and supplier"),
    ("Manufacturer's Part Number", "manufacturer part number"),
    ("COUNTRY_OF_ORIGIN", "country of origin"),
])
def test_normalize_header(header: str, normalized: str) -> None:
    assert normalize_header(header) == normalized


def test_detect_roles_keeps_every_column_in_order() -> None:
    columns = detect_roles(["Vendor", "Invoice Date", "Supplier Name", "Widget"])
    assert columns == (
        Column(0, "Vendor", Role.VENDOR),
        Column(1, "Invoice Date", None),
        Column(2, "Supplier Name", Role.VENDOR),  # several columns may share a role
        Column(3, "Widget", None),
    )


def test_overrides_match_case_insensitively_with_whitespace_collapsed() -> None:
    columns = detect_roles(["Lieferant", "Hersteller", "Vendor"],
                           {"  LIEFERANT ": Role.VENDOR, "hersteller": Role.MANUFACTURER})
    assert [c.role for c in columns] == [Role.VENDOR, Role.MANUFACTURER, Role.VENDOR]


def test_override_beats_detection_and_others_still_detected() -> None:
    columns = detect_roles(["Item Number", "Description", "Make"], {"Item  number": Role.MODEL})
    assert [c.role for c in columns] == [Role.MODEL, Role.DESCRIPTION, Role.MANUFACTURER]


def test_known_header_includes_unscreened_vocabulary_but_not_long_text() -> None:
    assert is_known_header("Invoice Date")
    assert is_known_header("Serial Number")
    assert not is_known_header("Huawei Technologies")
    assert not is_known_header("Replacement camera for the lobby, ordered from the vendor in 2025")
