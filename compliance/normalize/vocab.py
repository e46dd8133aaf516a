"""Word lists for normalize(): legal forms, abbreviations, noise words (data, not logic)."""

from __future__ import annotations

#: Legal-form tokens stripped wherever they stand (after folding and punctuation removal).
LEGAL_FORMS = frozenset("""
co corp corporation inc incorporated ltd limited llc llp plc gmbh mbh pty pte pvt ltda sarl srl spa
bv nv sa sas kk ooo oao zao pjsc jsc ojsc cjsc ao pao company cie cia sdn bhd tbk kft zrt sro
kabushiki kaisha gesellschaft sau slu sapi ооо оао зао пао ао
fze fzco fzc fzllc dmcc tov тов
""".split())

#: Legal-form tokens that are also ordinary words: stripped only at the end of a name.
LEGAL_TRAILING = frozenset("""
lp kg ag oy ab as aps sl se ek og sc
""".split())

#: Multi-word legal forms, matched as whole phrases on the token string.
LEGAL_PHRASES = (
    "s de rl de cv", "sa de cv", "sapi de cv", "s de rl", "sp z oo", "spolka z oo", "pty ltd",
    "co ltd", "public limited company", "limited liability company",
    # Russian-style forms as OFAC writes them out: "VTB BANK PUBLIC JOINT STOCK COMPANY" is PJSC VTB Bank
    "public joint stock company", "open joint stock company", "closed joint stock company",
    "joint stock company", "limited liability partnership", "fz llc",
    # ... and transliterated, as OFAC also writes them (AO, OOO, OAO, ZAO, PAO; Ukrainian TOV)
    "nepublichnoe aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo",
    "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo", "aktsionernoe obshchestvo",
    "obshchestvo s ogranichennoi otvetstvennostyu", "obshchestvo s ogranichennoy otvetstvennostyu",
    "tovarystvo z obmezhenoiu vidpovidalnistiu",
    "societe anonyme", "aktiengesellschaft",
)

#: Chinese legal forms, removed inside CJK runs (longest first).
CJK_LEGAL_FORMS = (
    # 集团 (group) stays: 大华集团 is Dahua Group, a different company from 大华
    "股份有限公司", "有限责任公司", "有限責任公司", "有限公司",
    "股份公司", "公司",
)

#: Words that carry no identity in a company name.
NOISE_WORDS = frozenset({"the"})

#: Abbreviations and plural forms of trade words, folded to one spelling on both sides.
ABBREVIATIONS: dict[str, str] = {
    "tech": "technology", "techn": "technology", "technologies": "technology", "techs": "technology",
    "intl": "international", "internat": "international", "int": "international",
    "mfg": "manufacturing", "manuf": "manufacturing", "mfrs": "manufacturing",
    "comm": "communication", "comms": "communication", "communications": "communication",
    "telecomm": "telecommunication", "telecommunications": "telecommunication",
    "grp": "group", "sys": "system", "systems": "system", "syst": "system",
    "svc": "service", "svcs": "service", "services": "service", "serv": "service",
    "elec": "electronic", "electronics": "electronic", "elect": "electronic",
    "equip": "equipment", "dist": "distribution", "distr": "distribution",
    "natl": "national", "assoc": "associates", "bros": "brothers", "mgmt": "management",
    "hldg": "holding", "hldgs": "holding", "holdings": "holding",
    "industries": "industry", "ind": "industry", "inds": "industry",
    "networks": "network", "solutions": "solution", "products": "product", "prods": "product",
    "labs": "lab", "laboratories": "laboratory", "lab.": "lab", "ops": "operations",
    "enterprises": "enterprise",
    "dev": "development", "devt": "development",
    "sci": "science", "sciences": "science",
    "ctr": "center", "centre": "center",
    "und": "and", "et": "and",
}
