"""Words that may stand beside a covered name without changing who is named ("Hikvision USA")."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from compliance.normalize.vocab import ABBREVIATIONS

#: Places: a covered name followed by a place is usually a branch or subsidiary.
GEO = frozenset("""
usa us america americas american north south east west central europe european eu asia apac emea
latam uk gb britain england canada mexico germany deutschland france italy spain netherlands holland
belgium poland russia india japan korea singapore hong kong hk taiwan china chinese prc beijing
shanghai shenzhen hangzhou zhejiang guangdong guangzhou suzhou chongqing wuhan nanjing jiangsu dubai
uae australia brazil brasil chile argentina colombia peru turkey vietnam thailand malaysia indonesia
philippines africa egypt nigeria kenya israel saudi arabia middle global worldwide international
national overseas regional miami miramar california texas florida new york jersey virginia atlanta
dallas houston chicago seattle toronto vancouver london paris berlin munich munchen muenchen madrid
zaragoza cairo
""".split())

#: Two-letter country codes (ISO 3166-1) and US state / Canadian province codes: merchant
#: descriptors and address-style cells end with them ("... PLANO TX", "... HANGZHOU CN").
GEO_CODES = frozenset("""
ad ae af ag ar at au az ba bd be bg bh br by ca ch cl cn co cr cz de dk do dz ec ee eg es fi fr gb
ge gh gr hk hr hu id ie il in iq ir is it jo jp ke kh kr kw kz la lb lk lt lu lv ly ma md me mk mm
mn mo mt mx my ng nl no np nz om pa pe ph pk pl pr pt py qa ro rs ru sa se sg si sk sn sv sy th tn
tr tw tz ua ug uk us uy uz ve vn ye za zm zw al ak az ar ca co ct de fl ga hi ia id il in ks ky la
ma md me mi mn mo ms mt nc nd ne nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy dc
ab bc mb nb nl ns nt nu on pe qc sk yt
""".split())

#: Card processors' and marketplaces' prefixes before the merchant name ("SQ *DAHL PLUMBING").
PAYMENT_PREFIXES = frozenset("""
sq sp tst dri pp paypal amzn mktp amazon 2co com stripe ebay etsy shopify fs int gg
""".split())

#: Corporate-structure words.
CORP = frozenset("""
group holding branch office division subsidiary unit company enterprise affiliate headquarters hq
representative trading import export sales marketing operations operating usa_inc investment
""".split())

#: Trade words of the covered makers' business (surveillance, telecom, radio, drones, security software).
TRADE = frozenset("""
cam cams
technology digital vision video security secure system network communication telecommunication
telecom electronic camera cameras cctv nvr dvr xvr ip ptz dome bullet turret radio radios mobile
phone phones smartphone device devices equipment surveillance product service solution distribution
distributor dealer reseller authorized supply supplies drone drones uav uas software antivirus
endpoint lab laboratory cloud computing data smart home iot intelligent intelligence innovation
science manufacturing industrial industry robot robotics thermal imaging storage router routers
switch switches modem hotspot terminal terminals wireless lte 5g 4g wifi access control alarm
intercom recorder kit license licence licenses renewal subscription support maintenance annual year
yr edition business pro plus series model unit units pcs pc ea each set pack new spare parts part
replacement installation install labor lens mm mp megapixel channel ch poe hd uhd 4k infrared ir
outdoor indoor network-camera microimage fire trunking tetra dmr pmr handheld portable chip chips
semiconductor module modules cellular satellite satcom broadband fiber optical buc lnb antenna
transceiver payload gimbal
""".split())

#: Shop-front words of merchant descriptors and web stores ("DJI.COM STORE", "ZTE USA ONLINE STORE").
RETAIL = frozenset("""
store shop online official outlet direct web com net
""".split())

#: Words that make a maker's name in product text a comparison, a replacement or an accessory
#: rather than the product itself ("replaced old Dahua NVR", "Hikvision-compatible bracket").
CUE_WORDS = frozenset("""
compatible compatibility replacement replacements replace replaced replaces replacing remove removed removes
removal removing swap swapped swapping decommission decommissioned decommissioning retire retired retiring
supersedes superseded migrate migrated migration old legacy former previous instead versus similar
equivalent alternative alternatives accessory accessories mount mounts bracket brackets adapter adaptor
housing
""".split())
#: ... and words that do so only right before the name ("mount for Hikvision", "fits DJI Mavic").
CUE_BEFORE = frozenset("for fits fit with like to vs non not no ex".split())

#: Connecting words.
FILLER = frozenset("""
and for with of via by from to in on at dba aka fka formerly brand branded made manufactured oem the
a an or
""".split())

NEUTRAL = GEO | GEO_CODES | CORP | TRADE | RETAIL | FILLER

#: CJK words that may surround a covered name inside one CJK run (place, trade and structure words).
CJK_NEUTRAL = (
    "数字技术", "數字技術", "技术", "技術", "科技", "数字", "數字", "网络", "網絡", "通讯", "通訊", "通信",
    "视频", "視頻", "安防", "电子", "電子", "系统", "系統", "设备", "設備", "智能", "软件", "軟件",
    "集团", "集團", "控股", "投资", "投資", "分公司", "中国", "中國", "美国", "美國", "杭州", "浙江",
    "深圳", "北京", "上海", "广州", "廣州", "重庆", "重慶", "香港", "国际", "國際", "股份",
)

_HAS_DIGIT = re.compile(r"\d")


#: Legal-form words as written out; normalize() strips them, but a misspelt one stays behind.
_LEGAL_WORDS = frozenset("""
corporation incorporated limited company international
""".split())
#: ... and the plural spellings normalize() folds ("technologies"), for their typos ("technolgies")
_LONG_NEUTRAL = sorted(w for w in NEUTRAL | _LEGAL_WORDS | frozenset(ABBREVIATIONS) if len(w) >= 6)


@lru_cache(maxsize=65536)
def is_neutral(token: str) -> bool:
    """True if the token may stand beside a covered name without naming someone else.

    Cached: sheets repeat their words, and a word's answer never changes.
    """
    if token in NEUTRAL or len(token) <= 1:
        return True
    if token.endswith("s") and (token[:-1] in NEUTRAL or (token.endswith("es") and token[:-2] in NEUTRAL)):
        return True      # plurals: innovations, switches
    if _HAS_DIGIT.search(token):
        return True      # model numbers, sizes, counts: 4mp, 8ch, ds-7608ni
    return len(token) >= 6 and _misspelt_neutral(token)


@lru_cache(maxsize=65536)
def _misspelt_neutral(token: str) -> bool:
    """'technolgies', 'corpration': a typo of a trade or legal word is still that word."""
    budget = 1 if len(token) < 10 else 2
    found = extractOne(token, _LONG_NEUTRAL, scorer=OSA.distance, score_cutoff=budget)
    return found is not None


def cjk_leftover(text: str) -> str:
    """What remains of a CJK run after removing neutral words."""
    for word in CJK_NEUTRAL:
        if word in text:
            text = text.replace(word, "")
    return text
