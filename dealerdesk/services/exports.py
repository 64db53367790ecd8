"""Exports to .xlsx (customers, vehicles, follow-ups, members, ledger), the blank template
and the error workbook of an import; all built from the one column specification.

Workbooks are streamed (openpyxl write-only), dates are typed date cells, text is always
text, and every file goes to a temporary file first (excel.files.atomic_save).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dealerdesk.db.api import JOIN, fn
from dealerdesk.db.models import Customer, MembershipLevel, Staff, Vehicle
from dealerdesk.db.models import FollowUp as F
from dealerdesk.db.models import LedgerEntry as L
from dealerdesk.db.models import MembershipCard as M
from dealerdesk.domain import choices, membership
from dealerdesk.domain.lunar import format_lunar_md
from dealerdesk.domain.records import CustomerFilter
from dealerdesk.excel import columns as spec
from dealerdesk.excel.cells import CARD_STATUS_WORDS, NO_VALUE, yuan
from dealerdesk.excel.files import SheetWriter, atomic_save, new_workbook
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access, audit

C, V = Customer, Vehicle
CTX = "Export"
KINDS = ("customers", "vehicles", "followups", "members", "ledger")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_SHEET_TITLES = {
    "customers": (QT_TRANSLATE_NOOP("Export", "Customers"), "客户"),
    "vehicles": (QT_TRANSLATE_NOOP("Export", "Vehicles"), "车辆"),
    "followups": (QT_TRANSLATE_NOOP("Export", "Follow-ups"), "跟进记录"),
    "members": (QT_TRANSLATE_NOOP("Export", "Members"), "会员卡"),
    "ledger": (QT_TRANSLATE_NOOP("Export", "Membership ledger"), "会员流水"),
}
ZH_GENDERS = {"M": "男", "F": "女"}
ZH_SOURCES = {
    "walk_in": "到店",
    "phone_in": "来电",
    "online": "网络平台",
    "referral": "转介绍",
    "returning": "老客户",
    "other": "其他",
}
ZH_STATUSES = {
    "lead": "潜在",
    "following": "跟进中",
    "visited": "已到店",
    "customer": "已成交",
    "lost": "战败",
    "dormant": "休眠",
}
ZH_CHANNELS = {
    "phone": "电话",
    "wechat": "微信",
    "sms": "短信",
    "shop_visit": "到店",
    "home_visit": "上门",
    "other": "其他",
}
ZH_OUTCOMES = {
    "no_answer": "未接通",
    "contacted": "已沟通",
    "visit_booked": "已约到店",
    "visited": "已到店",
    "test_drive": "已试驾",
    "deal": "成交",
    "lost": "战败",
    "after_sale": "售后关怀",
}
# The ledger's entry kinds (domain.membership.KINDS) in Chinese, the words the Members
# screen shows.
ZH_LEDGER_KINDS = {
    "issue": "开卡",
    "renew": "续费",
    "level_change": "变更等级",
    "freeze": "冻结",
    "unfreeze": "解冻",
    "cancel": "注销",
    "top_up": "充值",
    "spend": "消费",
    "redeem": "积分兑换",
    "package_sale": "购买套餐",
    "package_use": "套餐核销",
    "reversal": "冲正",
}


class ExportCancelledError(Exception):
    """The user cancelled; no file was written."""


@dataclass(frozen=True)
class ExportResult:
    """A written workbook and how many rows it holds."""

    path: Path
    rows: int


def sheet_title(kind: str, language: str) -> str:
    en, zh = _SHEET_TITLES[kind]
    return zh if language == "zh" else en


def _headers(columns: Sequence[spec.Column], language: str) -> list[str]:
    return [c.header(language) for c in columns]


def _code(vocabulary: dict[str, str], zh: dict[str, str], code: str, language: str) -> str:
    if not code:
        return ""
    return zh.get(code, code) if language == "zh" else vocabulary.get(code, code)


def _write(
    path: str | Path,
    kind: str,
    columns: Sequence[spec.Column],
    rows: Iterable[Sequence[object]],
    total: int,
    *,
    language: str,
    now: dt.datetime,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ExportResult:
    from dealerdesk.services.settings import shop_info

    shop = shop_info().name
    written = 0

    def write(temp: Path) -> None:
        nonlocal written
        wb = new_workbook(title=sheet_title(kind, language), shop_name=shop, when=now)
        sheet = SheetWriter(wb, sheet_title(kind, language), columns, _headers(columns, language))
        try:
            for row in rows:
                sheet.append(row)
                if sheet.count % 2000 == 1:
                    if cancel and cancel():
                        raise ExportCancelledError()
                    if progress:
                        progress(sheet.count, total)
        except BaseException:
            sheet.close()
            raise
        wb.save(temp)
        written = sheet.count

    target = atomic_save(path, write)
    if progress:
        progress(written, written)
    return ExportResult(target, written)


# ---- customers ------------------------------------------------------------------------


def _customer_query(ids: Sequence[int] | None) -> Iterator[tuple[Any, ...]]:
    query = C.select(
        C.id,
        C.name,
        C.phone,
        C.phone2,
        C.wechat,
        C.gender,
        C.birthday,
        C.lunar_birthday,
        C.lunar_month,
        C.lunar_day,
        C.lunar_leap,
        C.address,
        C.source,
        C.source_detail,
        C.level,
        C.status,
        Staff.name,
        C.intent_model,
        C.tags,
        C.notes,
    ).join(Staff, JOIN.LEFT_OUTER, on=(C.owner == Staff.id))
    if ids is None:
        yield from query.where(C.deleted_at.is_null()).order_by(C.id).tuples().iterator()
        return
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        found = {r[0]: r for r in query.where(C.id.in_(chunk)).tuples()}
        yield from (found[i] for i in chunk if i in found)


def _customer_rows(ids: Sequence[int] | None, language: str) -> Iterator[list[object]]:
    for (
        _,
        name,
        phone,
        phone2,
        wechat,
        gender,
        birthday,
        lunar,
        lunar_month,
        lunar_day,
        lunar_leap,
        address,
        source,
        detail,
        level,
        status,
        owner,
        intent,
        tags,
        notes,
    ) in _customer_query(ids):
        shown_source = (
            detail
            if detail and source in ("online", "other")
            else _code(choices.SOURCES, ZH_SOURCES, source, language)
        )
        yield [
            name,
            phone,
            phone2,
            wechat,
            _code(choices.GENDERS, ZH_GENDERS, gender, language),
            birthday,
            format_lunar_md(lunar_month, lunar_day, leap=bool(lunar_leap))
            if lunar and lunar_month and lunar_day else "",
            address,
            shown_source,
            level,
            _code(choices.STATUSES, ZH_STATUSES, status, language),
            owner or "",
            intent,
            ",".join(t for t in (tags or "").split(",") if t),
            notes,
        ]


def export_customers(
    path: str | Path,
    *,
    now: dt.datetime,
    language: str = "zh",
    customer_filter: CustomerFilter | None = None,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Customers to .xlsx: `ids` (in that order), those matching a filter, or all live ones.

    The owner's right; the audit trail records who exported how many rows.
    """
    access.require("export")
    if ids is None and customer_filter is not None:
        from dealerdesk.services.customers import query_customer_ids

        ids = query_customer_ids(customer_filter, sort="id", descending=False)
    total = len(ids) if ids is not None else C.select().where(C.deleted_at.is_null()).count()
    result = _write(
        path,
        "customers",
        spec.CUSTOMER_EXPORT,
        _customer_rows(ids, language),
        total,
        language=language,
        now=now,
        progress=progress,
        cancel=cancel,
    )
    audit.record_list("export", "customers", result.rows)
    return result


# ---- vehicles, follow-ups --------------------------------------------------------------


def _vehicle_rows() -> Iterator[list[object]]:
    query = (
        V.select(
            C.name,
            C.phone,
            V.brand,
            V.model,
            V.plate,
            V.vin,
            V.colour,
            V.registered_on,
            V.deal_on,
            V.deal_price_cents,
            V.mileage_km,
            V.compulsory_ins_expiry,
            V.commercial_ins_expiry,
            V.inspection_due,
        )
        .join(C, on=(V.customer == C.id))
        .where(C.deleted_at.is_null())
        .order_by(C.id, V.id)
    )
    for row in query.tuples().iterator():
        values = list(row)
        values[9] = yuan(values[9])
        yield values


def _followup_rows(language: str) -> Iterator[list[object]]:
    query = (
        F.select(C.name, C.phone, F.at, Staff.name, F.channel, F.outcome, F.content)
        .join(C, on=(F.customer == C.id))
        .join(Staff, JOIN.LEFT_OUTER, on=(F.staff == Staff.id))
        .where(C.deleted_at.is_null())
        .order_by(F.at, F.id)
    )
    for name, phone, at, staff, channel, outcome, content in query.tuples().iterator():
        yield [
            name,
            phone,
            at,
            staff or "",
            _code(choices.CHANNELS, ZH_CHANNELS, channel, language),
            _code(choices.OUTCOMES, ZH_OUTCOMES, outcome, language),
            content,
        ]


def _member_rows(language: str) -> Iterator[list[object]]:
    sums = {
        cid: (bal, pts)
        for cid, bal, pts in L.select(L.card, fn.SUM(L.amount_cents), fn.SUM(L.points))
        .group_by(L.card)
        .tuples()
    }
    query = (
        M.select(
            M.id,
            M.card_no,
            C.name,
            C.phone,
            MembershipLevel.name,
            M.issued_on,
            M.expires_on,
            M.status,
        )
        .join(C, on=(M.customer == C.id))
        .join(MembershipLevel, on=(M.level == MembershipLevel.id))
        .order_by(M.id)
    )
    for cid, card_no, name, phone, level, issued, expires, status in query.tuples().iterator():
        balance, points = sums.get(cid, (0, 0))
        shown = CARD_STATUS_WORDS.get(status, status) if language == "zh" else status
        yield [card_no, name, phone, level, issued, expires, shown, yuan(balance or 0), points or 0]


def _ledger_rows(language: str) -> Iterator[list[object]]:
    query = (
        L.select(
            M.card_no,
            C.name,
            L.at,
            L.kind,
            L.amount_cents,
            L.paid_cents,
            L.points,
            L.uses,
            L.balance_after_cents,
            L.points_after,
            Staff.name,
            L.note,
        )
        .join(M, on=(L.card == M.id))
        .join(C, on=(M.customer == C.id))
        .join(Staff, JOIN.LEFT_OUTER, on=(L.staff == Staff.id))
        .order_by(L.id)
    )
    for row in query.tuples().iterator():
        values = list(row)
        for i in (4, 5, 8):
            values[i] = yuan(values[i])
        values[3] = _code(membership.KINDS, ZH_LEDGER_KINDS, values[3], language)
        values[10] = values[10] or ""
        yield values


def export_kind(
    kind: str,
    path: str | Path,
    *,
    now: dt.datetime,
    language: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Export one of KINDS (customers: all live ones) to .xlsx."""
    if kind == "customers":
        return export_customers(path, now=now, language=language, progress=progress, cancel=cancel)
    plans: dict[str, tuple[Sequence[spec.Column], Callable[[], Any], Any]] = {
        "vehicles": (spec.VEHICLE_EXPORT, _vehicle_rows, V),
        "followups": (spec.FOLLOWUP_EXPORT, lambda: _followup_rows(language), F),
        "members": (spec.MEMBER_EXPORT, lambda: _member_rows(language), M),
        "ledger": (spec.LEDGER_EXPORT, lambda: _ledger_rows(language), L),
    }
    if kind not in plans:
        raise ValueError(f"kind must be one of {KINDS}")
    access.require("export")
    columns, rows, model = plans[kind]
    result = _write(
        path,
        kind,
        columns,
        rows(),
        model.select().count(),
        language=language,
        now=now,
        progress=progress,
        cancel=cancel,
    )
    audit.record_list("export", kind, result.rows)
    return result


# ---- template and error workbook -------------------------------------------------------


def write_template(path: str | Path, *, now: dt.datetime, language: str = "zh") -> ExportResult:
    """A blank import workbook: every importable column's header and one example row."""
    example = [c.example for c in spec.TEMPLATE_COLUMNS]
    return _write(
        path,
        "customers",
        spec.TEMPLATE_COLUMNS,
        [example],
        1,
        language=language,
        now=now,
        progress=None,
        cancel=None,
    )


def write_error_workbook(
    path: str | Path,
    *,
    headers: Sequence[str],
    rejected: Iterable[Any],
    now: dt.datetime,
    language: str = "zh",
) -> ExportResult:
    """Rejected rows with their row number, original values and reason, ready to fix."""
    from dealerdesk.services.settings import shop_info

    row_header = "原行号" if language == "zh" else "Row"
    reason_header = "错误原因" if language == "zh" else "Problem"
    columns = [spec.Column("row", row_header, row_header, kind="int", width=8)]
    columns += [spec.Column(f"c{i}", h, h, width=14) for i, h in enumerate(headers)]
    columns.append(spec.Column("reason", reason_header, reason_header, width=60))
    count = 0

    def write(temp: Path) -> None:
        nonlocal count
        title = translate("Export", "Rows not imported")
        wb = new_workbook(title=title, shop_name=shop_info().name, when=now)
        sheet = SheetWriter(wb, title, columns, [c.zh for c in columns])
        for item in rejected:
            values = [None if v is NO_VALUE else v for v in item.values]
            sheet.append([item.row, *values, item.reason])
        wb.save(temp)
        count = sheet.count

    target = atomic_save(path, write)
    return ExportResult(target, count)
