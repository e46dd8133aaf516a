"""Column-role detection: map header text, as ERP exports write it, to a screening Role."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from compliance.models import Column, Role

__all__ = ["detect_role", "detect_roles", "header_key", "is_known_header", "normalize_header"]

# Abbreviations as they appear in ERP and asset-register exports, expanded token by token so the
# rules below only need the long form ("Mfr Part No." -> "manufacturer part number").
_ABBREVIATIONS = {
    "no": "number", "num": "number", "nbr": "number", "nr": "number", "nmbr": "number",
    "mfr": "manufacturer", "mfg": "manufacturer", "mfgr": "manufacturer", "manuf": "manufacturer",
    "mnfr": "manufacturer", "manufacturers": "manufacturer",
    "desc": "description", "descr": "description", "dscr": "description",
    "addr": "address", "cntry": "country", "ctry": "country",
    "pn": "part number", "mpn": "manufacturer part number", "mdl": "model",
    "org": "organization", "organisation": "organization", "cat": "catalog", "catalogue": "catalog",
    "qty": "quantity", "amt": "amount", "vend": "vendor", "suppl": "supplier",
    "fccid": "fcc id", "name1": "name", "name2": "name",
    # the same headers in the languages vendor files arrive in (diacritics are folded first)
    "proveedor": "supplier", "fornecedor": "supplier", "lieferant": "supplier", "fournisseur": "supplier",
    "fornitore": "supplier", "leverancier": "supplier",
    "fabricante": "manufacturer", "hersteller": "manufacturer", "fabricant": "manufacturer",
    "produttore": "manufacturer", "fabrikant": "manufacturer",
    "marca": "brand", "marke": "brand", "marque": "brand", "merk": "brand",
    "modelo": "model", "modell": "model", "modele": "model", "modello": "model",
    "descripcion": "description", "descricao": "description", "beschreibung": "description",
    "designation": "description", "descrizione": "description", "omschrijving": "description",
    "pais": "country", "land": "country", "pays": "country", "paese": "country",
    "direccion": "address", "endereco": "address", "adresse": "address", "indirizzo": "address",
}

# Chinese headers have no spaces: these words are replaced inside the header text (longest first).
_CJK_WORDS = tuple(sorted({
    "供应商": "supplier", "供應商": "supplier", "供货商": "supplier", "供貨商": "supplier",
    "销售商": "seller", "銷售商": "seller", "收款人": "payee", "公司名称": "company name",
    "公司名稱": "company name",
    "制造商": "manufacturer", "製造商": "manufacturer", "生产商": "manufacturer",
    "生產商": "manufacturer", "生产厂家": "manufacturer", "生產廠家": "manufacturer",
    "厂家": "manufacturer", "廠家": "manufacturer", "厂商": "manufacturer", "廠商": "manufacturer",
    "品牌": "brand", "规格型号": "model", "規格型號": "model", "型号": "model", "型號": "model",
    "料号": "part number", "料號": "part number",
    "物料描述": "description", "描述": "description", "说明": "description", "說明": "description",
    "品名": "description", "产品名称": "description", "產品名稱": "description",
    "母公司": "parent company", "上级公司": "parent company", "上級公司": "parent company",
    "原产国": "country of origin", "原產國": "country of origin", "国家": "country", "國家": "country",
    "地址": "address", "备注": "notes", "備註": "notes", "备考": "notes",
}.items(), key=lambda kv: -len(kv[0])))

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Slashes and ampersands join two labels ("Vendor/Supplier", "Make & Model"); P/N and S/N are
# abbreviations, not pairs, so they are rewritten first.
_PAIRS = (
    (re.compile(r"\bp\s*/\s*n\b"), " part number "),
    (re.compile(r"\bs\s*/\s*n\b"), " serial number "),
    (re.compile(r"\s*[/&+]\s*"), " and "),
)
_NON_WORD = re.compile(r"[\W_]+")


def header_key(text: str) -> str:
    """Case-insensitive, whitespace-collapsed form used to match --columns overrides."""
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=4096)
def normalize_header(text: str) -> str:
    """Lower-case words with punctuation removed and abbreviations expanded.

    "Mfr. Part #" -> "manufacturer part number"; "VendorName" -> "vendor name".
    """
    s = _CAMEL.sub(" ", text).casefold()
    if not s.isascii():
        for word, english in _CJK_WORDS:
            if word in s:
                s = s.replace(word, f" {english} ")
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.replace("'s ", " ").replace("\u2019s ", " ").replace("#", " number ")
    for pattern, repl in _PAIRS:
        s = pattern.sub(repl, s)
    words = _NON_WORD.sub(" ", s).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


# Ordered rules: the first pattern that matches the normalized header decides. A rule with role
# None still says "this is a known header" (it helps find the header row) but the column is not
# screened. Order matters; each group says why it sits where it does.
_RULES: tuple[tuple[str, Role | None], ...] = (
    # SAP's "Corporate Group" holds the name of the group a vendor belongs to; before "group" below.
    (r"^corporate group( name)?$", Role.PARENT),
    # FCC ID first: "FCC ID" contains "id", which the id rule below would take.
    (r"\bfcc (id|identifier|identification|grant)\b|^fcc$|\bgrantee( code)?\b", Role.FCC_ID),
    # Dates, money, quantities, contact details, network identifiers and status fields are never
    # names or models, whatever word they qualify ("Mfg Date", "Vendor Email", "MAC Address").
    (r"\b(date|dt|time|timestamp|year|month|period|day|fy)\b|^in service$", None),
    (r"\b(amount|price|cost|total|quantity|value|balance|spend|rate|tax|currency|terms|"
     r"discount|uom|unit of measure)\b", None),
    (r"\b(email|e mail|phone|telephone|tel|fax|mobile|contact|url|website|web|www)\b", None),
    (r"\b(serial|imei|iccid|mac|ip|ipv4|ipv6|hostname|host|asset tag|tag)\b", None),
    (r"\b(status|type|category|class|classification|group|segment|tier|flag|active|approved|"
     r"risk|score|rating|count|location|site|department|"
     r"cost center|warranty|condition|language)\b", None),
    # The intended use of equipment is context for s.889's purpose condition (FAR 52.204-25(a)(2)),
    # not a name: "Purpose", "Intended Use", "End Use", "Use Case".
    (r"\bpurpose\b|^(intended|end|planned|proposed) use\b|\buse case\b|^use$|^usage$", Role.PURPOSE),
    # Free notes are screened, but only ever for review: "Vendor Notes", "Comments", "Remarks".
    (r"\b(comments?|notes?|remarks?|memo)\b", Role.NOTES),
    # Country before manufacturer/vendor: "Country of Manufacture", "Vendor Country".
    (r"\b(country|countries|coo|nation|nationality)\b|^(country )?origin$|\borigin country\b|"
     r"^made in$", Role.COUNTRY),
    # A combined "Make/Model" cell holds a maker and a model as free text; one column has one
    # role, and description is the free-text one.
    (r"^(make|manufacturer|brand) and model( name)?$", Role.DESCRIPTION),
    # Anything described is free text, whoever or whatever it describes ("Part Description",
    # "Vendor Item Description"); before the model and id rules.
    (r"\bdescription\b", Role.DESCRIPTION),
    # Numbers that identify a product as its maker or seller knows it: before the id rule
    # ("Vendor Part Number") and before manufacturer ("Manufacturer Part Number").
    (r"\b(internal|customer|our|local|buyer|company) part\b", None),
    (r"\bmodel\b|\bpart( number| id| code)?\b|\bsku\b|\bcatalog( number| id| code)?\b|"
     r"\bproduct (number|code)\b|"
     r"\b(manufacturer|vendor|supplier|oem|seller) (item|product|article|reference|ref)"
     r"( number| id| code)?\b", Role.MODEL),
    # Addresses (city and postal code are address context too) before the id rule ("Zip Code").
    (r"\b(address|street|address line|city|town|province|postal code|postcode|zip( code)?)\b",
     Role.ADDRESS),
    # Identifiers of parties, items and documents: "Vendor ID", "Supplier Code", "Company Code",
    # "Item Number" (an internal SKU in almost every ERP, so not a model number).
    (r"\b(id|ids|identifier|code|key|number|account|acct|ref|reference|duns|uei|cage|tin|ein|"
     r"vat|gl|po|invoice|voucher|receipt|order)\b", None),
    (r"\bparent\b|^corporate group( name)?$|\bultimate (parent|owner)\b|^(owner|owning) (company|organization|entity)"
     r"( name)?$|\bholding company\b", Role.PARENT),
    (r"\b(manufacturer|maker|make|oem|producer|made by|built by)\b", Role.MANUFACTURER),
    (r"\bbrand\b|\btrade ?name\b|^(private )?label( name)?$", Role.BRAND),
    (r"\b(vendor|supplier|payee|seller|contractor|subcontractor|company|firm|merchant|"
     r"distributor|reseller|dealer|bill from|remit to|sold by|provider|beneficiary|"
     r"counterparty)\b|^((legal|entity|organization|organisation|business|trading|registered|corporate|"
     r"official|full) )*name( \d)?$|^(legal )?entity$|\bdba\b|\bdoing business as\b|"
     r"\b(alternate|alternative|trading|former) name\b|"
     r"^(aka|also known as)$", Role.VENDOR),
    (r"\b(item|product|commodity|goods|equipment|article|material|service|services|device|"
     r"line item)\b|^short text$", Role.DESCRIPTION),
)
_COMPILED = tuple((re.compile(p), role) for p, role in _RULES)
# Long cells are sentences or values, not headers: they never count as known header text.
_MAX_HEADER_LEN = 60


@lru_cache(maxsize=8192)
def _classify(text: str) -> tuple[bool, Role | None]:
    norm = normalize_header(text)
    if not norm:
        return False, None
    for pattern, role in _COMPILED:
        if pattern.search(norm):
            return True, role
    return False, None


def detect_role(header: str) -> Role | None:
    """The Role a header names, or None when it is not a screened kind of column."""
    return _classify(header)[1]


def is_known_header(text: str) -> bool:
    """True when text reads like a column header we know (screened or not): scores header rows."""
    return 0 < len(text) <= _MAX_HEADER_LEN and _classify(text)[0]


def detect_roles(headers: Sequence[str],
                 overrides: Mapping[str, Role] | None = None) -> tuple[Column, ...]:
    """One Column per header, in order; an override (header text -> Role) beats detection.

    Overrides match header text case-insensitively with whitespace collapsed; headers they do not
    name are still auto-detected.
    """
    keyed = {header_key(k): v for k, v in (overrides or {}).items()}
    columns = []
    for index, header in enumerate(headers):
        key = header_key(header)
        role = keyed[key] if key in keyed else detect_role(header)
        columns.append(Column(index=index, header=header, role=role))
    return tuple(columns)
