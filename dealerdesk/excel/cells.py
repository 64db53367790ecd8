"""Reading one spreadsheet cell as a field value, and writing a value back as a cell.

Parsing itself lives in dealerdesk.domain (phones, dates, plates); this module only
knows what spreadsheets do to values: numbers for text, lost digits, unsaved formulas,
and the words shops write for codes (到店, 跟进中, 男).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from decimal import Decimal, InvalidOperation

from dealerdesk.domain import choices
from dealerdesk.domain.dates import parse_date
from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.phone import normalize_phone, split_phones
from dealerdesk.domain.text import clean_text, strip_controls
from dealerdesk.i18n import translate

CTX = "ExcelCells"
EXCEL_DIGITS = 15


class FormulaWithoutValue:
    """A formula cell whose workbook was never calculated and saved (no cached value)."""

    def __repr__(self) -> str:
        return "FormulaWithoutValue()"

    def __str__(self) -> str:
        return ""

    def __reduce__(self) -> str:
        return "NO_VALUE"  # unpickled as the one instance, so `is NO_VALUE` still holds


NO_VALUE = FormulaWithoutValue()

GENDER_WORDS = {
    "男": "M",
    "先生": "M",
    "m": "M",
    "male": "M",
    "女": "F",
    "女士": "F",
    "f": "F",
    "female": "F",
    "未知": "",
    "保密": "",
}
SOURCE_WORDS = {
    "到店": "walk_in",
    "进店": "walk_in",
    "自然到店": "walk_in",
    "展厅": "walk_in",
    "电话": "phone_in",
    "来电": "phone_in",
    "电话咨询": "phone_in",
    "网络": "online",
    "网络平台": "online",
    "网上": "online",
    "线上": "online",
    "转介绍": "referral",
    "介绍": "referral",
    "朋友介绍": "referral",
    "老客户介绍": "referral",
    "老客户": "returning",
    "回头客": "returning",
    "老客户回购": "returning",
    "其他": "other",
    "其它": "other",
}
PLATFORM_WORDS = {
    "瓜子": "瓜子二手车",
    "快手": "快手",
    "小红书": "小红书",
    "闲鱼": "闲鱼",
    "58": "58同城",
    "易车": "易车",
}
STATUS_WORDS = {
    "潜在": "lead",
    "潜客": "lead",
    "潜在客户": "lead",
    "跟进中": "following",
    "跟进": "following",
    "已到店": "visited",
    "到店": "visited",
    "已成交": "customer",
    "成交": "customer",
    "战败": "lost",
    "流失": "lost",
    "休眠": "dormant",
}
CARD_STATUS_WORDS = {"active": "正常", "frozen": "冻结", "expired": "过期", "cancelled": "注销"}


def problem(text: str) -> RuleError:
    return RuleError(text)


def check_cell(value: object) -> object:
    """Refuse what a spreadsheet broke: unsaved formulas and numbers past 15 digits."""
    if value is NO_VALUE:
        raise problem(
            translate(
                "ExcelCells",
                "This cell is a formula without a saved result: open and save the file "
                "in Excel or WPS first",
            )
        )
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        if abs(value) >= 10**EXCEL_DIGITS and float(value).is_integer():
            raise RuleError(
                translate(
                    "ExcelCells",
                    "The number {} has more than 15 digits, so Excel has already "
                    "replaced its last digits by zeros: format the column as text and "
                    "type it again",
                ).format(int(value))
            )
    return value


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_text(value: object) -> str:
    value = check_cell(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean_text(value)


def to_long_text(value: object) -> str:
    """Notes keep their line breaks and their Chinese punctuation (，。：), as typed."""
    value = check_cell(value)
    if isinstance(value, str):
        lines = strip_controls(value).strip().splitlines()
        return "\n".join(" ".join(line.split()) for line in lines)
    return to_text(value)


def to_phones(value: object) -> list[str]:
    """Every number written in the cell, normalised; RuleError for one that is not a phone."""
    value = check_cell(value)
    return [p for p in (normalize_phone(raw) for raw in split_phones(value)) if p]


def to_lunar(value: object) -> tuple[int, int, bool]:
    """A lunar birthday cell ("八月十五", "闰六月初一", "农历8月15", "8-15") as (month, day, leap).

    A date cell (a spreadsheet that turned "8-15" into 15 August) gives its month and day.
    """
    from dealerdesk.domain.lunar import parse_lunar_md

    value = check_cell(value)
    if isinstance(value, dt.date):
        return value.month, value.day, False
    return parse_lunar_md(to_text(value))


def to_date(value: object, order: str | None = None) -> dt.date | None:
    return parse_date(check_cell(value), order=order)


def to_int(value: object) -> int | None:
    value = check_cell(value)
    if is_blank(value):
        return None
    try:
        number = Decimal(clean_text(value).replace(",", "").replace("公里", "").replace("km", ""))
    except InvalidOperation:
        raise problem(translate("ExcelCells", "This is not a whole number")) from None
    if number != number.to_integral_value():
        raise problem(translate("ExcelCells", "This is not a whole number"))
    return int(number)


def to_cents(value: object) -> int | None:
    """Yuan as written (12.5, "12,500", "12.5万") to integer cents."""
    value = check_cell(value)
    if is_blank(value):
        return None
    text = clean_text(value).replace(",", "").replace("元", "").replace("¥", "").replace("￥", "")
    factor = Decimal(1)
    if text.endswith("万"):
        text, factor = text[:-1], Decimal(10000)
    try:
        yuan = Decimal(text) * factor
    except InvalidOperation:
        raise problem(translate("ExcelCells", "This is not an amount of money")) from None
    return int((yuan * 100).to_integral_value())


def _word(value: object) -> str:
    return to_text(value).lower().replace(" ", "")


def to_gender(value: object) -> str:
    word = _word(value)
    if word in GENDER_WORDS:
        return GENDER_WORDS[word]
    for code, label in choices.GENDERS.items():
        if word in (label.lower(), translate("Choices", label).lower()):
            return code
    raise problem(translate("ExcelCells", "Write the gender as 男 or 女"))


def to_source(value: object) -> tuple[str, str]:
    """(source code, detail): 到店 -> walk_in; 懂车帝 -> online, 懂车帝; anything else -> other."""
    text = to_text(value)
    word = text.lower().replace(" ", "")
    if not word:
        return "", ""
    if word in choices.SOURCES:
        return word, ""
    for code, label in choices.SOURCES.items():
        if word in (label.lower().replace(" ", ""), translate("Choices", label).lower()):
            return code, ""
    if word in SOURCE_WORDS:
        return SOURCE_WORDS[word], ""
    for platform in choices.ONLINE_PLATFORMS:
        if word in platform.lower() or platform.lower() in word:
            return "online", platform
    for short, platform in PLATFORM_WORDS.items():
        if word.startswith(short.lower()):
            return "online", platform
    return "other", text


def to_status(value: object) -> str:
    word = _word(value)
    if not word:
        return "lead"
    if word in choices.STATUSES:
        return word
    for code, label in choices.STATUSES.items():
        if word in (label.lower(), translate("Choices", label).lower()):
            return code
    if word in STATUS_WORDS:
        return STATUS_WORDS[word]
    raise problem(
        translate("ExcelCells", "Unknown status: use 潜在, 跟进中, 已到店, 已成交, 战败 or 休眠")
    )


def to_level(value: object, levels: list[str]) -> str:
    word = to_text(value).upper().replace("级", "").replace("类", "").strip()
    if not word:
        return ""
    if word in levels:
        return word
    raise RuleError(
        translate("ExcelCells", "Unknown level {}: use one of {}").format(word, ", ".join(levels))
    )


def to_tags(value: object) -> tuple[str, ...]:
    text = to_text(value).replace("，", ",").replace("、", ",").replace(";", ",")
    return tuple(t.strip() for t in text.split(",") if t.strip())


@functools.lru_cache(maxsize=4096)  # a shop's sheet names the same few models on many rows
def split_vehicle_name(text: str) -> tuple[str, str]:
    """ "丰田 凯美瑞 2019款" -> ("丰田", "凯美瑞 2019款"); one word stays the model."""
    brand, _, model = text.partition(" ")
    return (brand, model) if model else ("", text)


# ---- writing -------------------------------------------------------------------------

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def needs_quote(text: str) -> bool:
    """True for text a spreadsheet could take for a formula when the cell is edited."""
    return text.startswith(RISKY_STARTS)


def yuan(cents: int | None) -> float | None:
    return None if cents is None else cents / 100
