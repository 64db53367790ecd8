"""The one column specification that import, export and the blank template share.

Each column has a key (what the importer fills), its Chinese and English header, the
other names shops give it (matched case- and width-insensitively), a kind that says
how a cell is read and written, and a width for exported sheets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "ExcelColumns"


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: headers, synonyms, kind (text, phone, date...), width."""

    key: str
    zh: str
    en: str
    synonyms: tuple[str, ...] = ()
    # text, phone, date, datetime, plate, vin, choice, staff, int, money, lunar
    kind: str = "text"
    width: int = 14
    target: str = "customer"  # customer, vehicle, followup, card, ledger
    example: object = ""
    importable: bool = True

    def header(self, language: str = "zh") -> str:
        return self.zh if language == "zh" else self.en

    @property
    def label(self) -> str:
        """The header in the user's language (Chinese header as the translation)."""
        return translate("ExcelColumns", self.en)


def _c(key: str, zh: str, en: str, syn: str = "", **kw: object) -> Column:
    return Column(key, zh, en, tuple(s for s in syn.split("|") if s), **kw)  # type: ignore[arg-type]


# English headers are marked for translation so the wizard shows them in the user's language.
_LABELS = (
    QT_TRANSLATE_NOOP("ExcelColumns", "Name"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Phone"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Second phone"),
    QT_TRANSLATE_NOOP("ExcelColumns", "WeChat"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Gender"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Birthday"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Lunar birthday"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Address"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Source"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Level"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Status"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Salesperson"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Wanted model"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Tags"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Notes"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Brand"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Model"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Plate"),
    QT_TRANSLATE_NOOP("ExcelColumns", "VIN"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Colour"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Registered on"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Deal date"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Deal price (yuan)"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Mileage (km)"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Compulsory insurance expires"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Commercial insurance expires"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Inspection due"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Follow-up"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Follow-up date"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Channel"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Outcome"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Card number"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Card level"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Issued on"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Expires on"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Card status"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Balance (yuan)"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Points"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Time"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Entry"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Amount (yuan)"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Paid (yuan)"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Uses"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Balance after (yuan)"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Points after"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Staff"),
)

CUSTOMER_COLUMNS: tuple[Column, ...] = (
    _c(
        "name",
        "姓名",
        "Name",
        "客户名称|客户姓名|客户名|客户|名称|联系人|车主|车主姓名|"
        "customer|customer name|full name|name",
        width=12,
        example="张伟",
    ),
    _c(
        "phone",
        "手机",
        "Phone",
        "手机号|手机号码|电话|联系电话|电话号码|联系方式|移动电话|"
        "mobile|mobile phone|tel|telephone|cell|phone number",
        kind="phone",
        width=15,
        example="13812345678",
    ),
    _c(
        "phone2",
        "备用电话",
        "Second phone",
        "电话2|手机2|其他电话|座机|固定电话|phone 2|phone2|landline",
        kind="phone",
        width=15,
    ),
    _c("wechat", "微信", "WeChat", "微信号|wechat id|weixin", width=14),
    _c("gender", "性别", "Gender", "sex", kind="choice", width=6, example="男"),
    _c(
        "birthday",
        "生日",
        "Birthday",
        "出生日期|出生年月日|生日日期|出生|date of birth|dob|birth date",
        kind="date",
        width=12,
        example=dt.date(1985, 6, 18),
    ),
    _c(
        "lunar_birthday",
        "农历生日",
        "Lunar birthday",
        "农历|阴历生日|阴历|农历出生|农历生日日期|lunar|lunar birthday",
        kind="lunar",
        width=12,
        example="八月十五",
    ),
    _c("address", "地址", "Address", "住址|联系地址|家庭住址|居住地址", width=24),
    _c(
        "source",
        "来源",
        "Source",
        "客户来源|来源渠道|渠道|获客渠道|lead source",
        kind="choice",
        width=10,
        example="到店",
    ),
    _c(
        "level",
        "级别",
        "Level",
        "客户级别|意向级别|客户等级|等级|grade",
        kind="choice",
        width=6,
        example="A",
    ),
    _c("status", "状态", "Status", "客户状态", kind="choice", width=8, example="跟进中"),
    _c(
        "owner",
        "业务员",
        "Salesperson",
        "销售顾问|销售|销售员|顾问|归属业务员|负责人|跟进人|sales|salesman|owner|sales rep",
        kind="staff",
        width=10,
        example="李明",
    ),
    _c("intent_model", "意向车型", "Wanted model", "意向|意向车辆|wanted|intent", width=16),
    _c("tags", "标签", "Tags", "tag", width=12),
    _c(
        "notes",
        "备注",
        "Notes",
        "说明|备注信息|客户备注|remark|remarks|note|comment|comments",
        width=30,
        example="喜欢SUV",
    ),
)

VEHICLE_COLUMNS: tuple[Column, ...] = (
    _c("brand", "品牌", "Brand", "车辆品牌|厂牌|make", target="vehicle", width=10, example="丰田"),
    _c(
        "model",
        "车型",
        "Model",
        "购买车型|车辆型号|品牌车型|品牌型号|车系|车辆|车名|vehicle|car|car model",
        target="vehicle",
        width=20,
        example="凯美瑞 2019款",
    ),
    _c(
        "plate",
        "车牌",
        "Plate",
        "车牌号|车牌号码|号牌|号牌号码|plate no|plate number|licence plate|license plate",
        kind="plate",
        target="vehicle",
        width=11,
        example="浙A12345",
    ),
    _c(
        "vin",
        "车架号",
        "VIN",
        "vin码|车辆识别代号|车架号码|识别代号",
        kind="vin",
        target="vehicle",
        width=20,
    ),
    _c("colour", "颜色", "Colour", "车身颜色|color|colour", target="vehicle", width=8),
    _c(
        "registered_on",
        "上牌日期",
        "Registered on",
        "上牌时间|初登日期|初次登记日期|注册日期|登记日期|上牌|registration date|registered",
        kind="date",
        target="vehicle",
        width=12,
        example=dt.date(2019, 5, 20),
    ),
    _c(
        "deal_on",
        "成交日期",
        "Deal date",
        "购车日期|成交时间|购买日期|购车时间|deal on",
        kind="date",
        target="vehicle",
        width=12,
    ),
    _c(
        "deal_price",
        "成交价",
        "Deal price (yuan)",
        "成交价格|售价|成交金额|price|deal price",
        kind="money",
        target="vehicle",
        width=12,
    ),
    _c(
        "mileage_km",
        "里程",
        "Mileage (km)",
        "公里数|表显里程|里程数|行驶里程|mileage",
        kind="int",
        target="vehicle",
        width=10,
    ),
    _c(
        "compulsory_ins_expiry",
        "交强险到期",
        "Compulsory insurance expires",
        "交强险|交强险到期日|交强险日期|交强险到期时间",
        kind="date",
        target="vehicle",
        width=12,
        example=dt.date(2027, 5, 19),
    ),
    _c(
        "commercial_ins_expiry",
        "商业险到期",
        "Commercial insurance expires",
        "商业险|商业险到期日|商业险日期|商业险到期时间",
        kind="date",
        target="vehicle",
        width=12,
    ),
    _c(
        "inspection_due",
        "年审到期",
        "Inspection due",
        "年检到期|年审|年检|年审日期|年检日期|年审到期日|年检到期日|inspection",
        kind="date",
        target="vehicle",
        width=12,
    ),
)

FOLLOWUP_COLUMNS: tuple[Column, ...] = (
    _c(
        "followup",
        "跟进情况",
        "Follow-up",
        "跟进记录|跟进内容|回访记录|沟通记录|跟进|沟通情况|回访情况|follow up|followup",
        target="followup",
        width=30,
        example="想换SUV",
    ),
    _c(
        "followup_on",
        "跟进日期",
        "Follow-up date",
        "跟进时间|最近跟进|回访日期|回访时间|follow-up at|follow up date",
        kind="date",
        target="followup",
        width=12,
    ),
)

IMPORT_COLUMNS: tuple[Column, ...] = CUSTOMER_COLUMNS + VEHICLE_COLUMNS + FOLLOWUP_COLUMNS
BY_KEY: dict[str, Column] = {c.key: c for c in IMPORT_COLUMNS}

# Export-only columns (sheets that are never imported).
FOLLOWUP_EXPORT: tuple[Column, ...] = (
    BY_KEY["name"],
    BY_KEY["phone"],
    _c(
        "followup_at",
        "跟进时间",
        "Time",
        kind="datetime",
        target="followup",
        width=17,
        importable=False,
    ),
    _c("staff", "业务员", "Staff", kind="staff", target="followup", width=10, importable=False),
    _c("channel", "方式", "Channel", kind="choice", target="followup", width=8, importable=False),
    _c("outcome", "结果", "Outcome", kind="choice", target="followup", width=10, importable=False),
    BY_KEY["followup"],
)
MEMBER_EXPORT: tuple[Column, ...] = (
    _c("card_no", "卡号", "Card number", target="card", width=14, importable=False),
    BY_KEY["name"],
    BY_KEY["phone"],
    _c("card_level", "会员等级", "Card level", target="card", width=10, importable=False),
    _c(
        "issued_on", "开卡日期", "Issued on", kind="date", target="card", width=12, importable=False
    ),
    _c(
        "expires_on",
        "到期日期",
        "Expires on",
        kind="date",
        target="card",
        width=12,
        importable=False,
    ),
    _c(
        "card_status",
        "状态",
        "Card status",
        kind="choice",
        target="card",
        width=8,
        importable=False,
    ),
    _c(
        "balance",
        "储值余额",
        "Balance (yuan)",
        kind="money",
        target="card",
        width=12,
        importable=False,
    ),
    _c("points", "积分", "Points", kind="int", target="card", width=8, importable=False),
)
LEDGER_EXPORT: tuple[Column, ...] = (
    MEMBER_EXPORT[0],
    BY_KEY["name"],
    _c("at", "时间", "Time", kind="datetime", target="ledger", width=17, importable=False),
    _c("kind", "类型", "Entry", target="ledger", width=10, importable=False),
    _c(
        "amount",
        "储值变动",
        "Amount (yuan)",
        kind="money",
        target="ledger",
        width=12,
        importable=False,
    ),
    _c("paid", "实收", "Paid (yuan)", kind="money", target="ledger", width=12, importable=False),
    _c(
        "points_change",
        "积分变动",
        "Points",
        kind="int",
        target="ledger",
        width=8,
        importable=False,
    ),
    _c("uses", "次数", "Uses", kind="int", target="ledger", width=6, importable=False),
    _c(
        "balance_after",
        "余额",
        "Balance after (yuan)",
        kind="money",
        target="ledger",
        width=12,
        importable=False,
    ),
    _c(
        "points_after",
        "积分余额",
        "Points after",
        kind="int",
        target="ledger",
        width=10,
        importable=False,
    ),
    _c("staff", "经办人", "Staff", kind="staff", target="ledger", width=10, importable=False),
    BY_KEY["notes"],
)
CUSTOMER_EXPORT: tuple[Column, ...] = CUSTOMER_COLUMNS
VEHICLE_EXPORT: tuple[Column, ...] = (BY_KEY["name"], BY_KEY["phone"], *VEHICLE_COLUMNS)
TEMPLATE_COLUMNS: tuple[Column, ...] = IMPORT_COLUMNS

_DROP = re.compile(r"[\s_:：*＊\-#.。/／、]|[(（\[【].*?[)）\]】]")


def header_key(text: object) -> str:
    """A header reduced for matching: half-width, lower case, no spaces, marks or (notes)."""
    return _DROP.sub("", clean_text(text).lower())


def build_lookup(columns: tuple[Column, ...]) -> dict[str, str]:
    """{reduced header name: column key} for every header and synonym of `columns`."""
    lookup: dict[str, str] = {}
    for column in columns:
        for name in (column.zh, column.en, column.key, *column.synonyms):
            lookup.setdefault(header_key(name), column.key)
    return lookup


_LOOKUP = build_lookup(IMPORT_COLUMNS)


def match_in(lookup: dict[str, str], text: object) -> str | None:
    """The key `lookup` gives a header, also when it ends in 号码, 信息, 日期 or 名称."""
    key = header_key(text)
    if not key:
        return None
    if key in lookup:
        return lookup[key]
    for suffix in ("号码", "信息", "日期", "名称"):
        if key.endswith(suffix) and key[: -len(suffix)] in lookup:
            return lookup[key[: -len(suffix)]]
    return None


def match_header(text: object) -> str | None:
    """The column key a header names ("联系电话" -> "phone"), or None when unknown."""
    return match_in(_LOOKUP, text)


def auto_mapping(
    headers: list[str] | tuple[str, ...], match: Callable[[object], str | None] = match_header
) -> tuple[str | None, ...]:
    """Column key for each header; a key is given to its first column only."""
    used: set[str] = set()
    result: list[str | None] = []
    for text in headers:
        key = match(text)
        if key in used:
            key = None
        if key:
            used.add(key)
        result.append(key)
    return tuple(result)
