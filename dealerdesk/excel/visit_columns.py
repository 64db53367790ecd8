"""The columns of a shop's repair sheet (维修单, 进厂记录): one service visit per row.

Built from the same Column as the customer sheet, with the headers repair shops write;
the plate, phone, name, mileage and notes columns answer to the customer sheet's names too.
"""

from __future__ import annotations

from dealerdesk.excel.columns import BY_KEY, Column, _c, build_lookup, match_in
from dealerdesk.i18n import QT_TRANSLATE_NOOP

_LABELS = (
    QT_TRANSLATE_NOOP("ExcelColumns", "Visit date"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Kind of visit"),
    QT_TRANSLATE_NOOP("ExcelColumns", "Visit amount (yuan)"),
)


def _also(key: str, extra: str = "") -> str:
    """The customer sheet's synonyms of a column, plus `extra` ("a|b")."""
    column = BY_KEY[key]
    return "|".join((column.zh, column.en, *column.synonyms, *filter(None, extra.split("|"))))


VISIT_COLUMNS: tuple[Column, ...] = (
    _c("visited_on", "日期", "Visit date",
       "到店日期|进店日期|进厂日期|进厂时间|维修日期|保养日期|服务日期|消费日期|结算日期|"
       "开单日期|接车日期|时间|visit date|service date|date|visited on",
       kind="date", target="visit", width=12),
    _c("plate", "车牌", "Plate", _also("plate", "车牌号|车号"), kind="plate", target="visit",
       width=11),
    _c("phone", "手机", "Phone", _also("phone", "车主电话|客户电话"), kind="phone",
       target="visit", width=15),
    _c("name", "姓名", "Name", _also("name", "车主名称|送修人"), target="visit", width=12),
    _c("mileage_km", "里程", "Mileage (km)",
       _also("mileage_km", "进厂里程|进店里程|当前里程|公里|odometer|km"), kind="int",
       target="visit", width=10),
    _c("kind", "类型", "Kind of visit",
       "项目|服务项目|维修项目|保养项目|服务类型|维修类型|消费类型|业务类型|类别|消费项目|"
       "kind|type|service|item|work", target="visit", width=12),
    _c("amount", "金额", "Visit amount (yuan)",
       "消费金额|结算金额|实收|实收金额|应收金额|收费|费用|总金额|合计金额|工单金额|"
       "amount|amount (yuan)|total|paid|price|cost", kind="money", target="visit", width=10),
    _c("notes", "备注", "Notes", _also("notes", "维修内容|服务内容|工作内容|明细|description"),
       target="visit", width=30),
)
VISIT_BY_KEY: dict[str, Column] = {c.key: c for c in VISIT_COLUMNS}
_LOOKUP = build_lookup(VISIT_COLUMNS)


def match_visit_header(text: object) -> str | None:
    """The repair-sheet column a header names ("进厂日期" -> "visited_on"), or None."""
    return match_in(_LOOKUP, text)
