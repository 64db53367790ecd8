"""Chinese data through Excel: lunar birthdays round trip, the ledger's entry kinds in
words, the inspection rule and phone warnings on import."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from dealerdesk.db.models import Vehicle
from dealerdesk.domain.records import CustomerInput
from dealerdesk.excel.columns import CUSTOMER_EXPORT
from dealerdesk.services.customers import create_customer, get_customer
from dealerdesk.services.exports import export_customers, export_kind
from dealerdesk.services.imports import plan_import, run_import
from dealerdesk.services.vehicles import suggest_inspection_due

NOW = dt.datetime(2026, 11, 26, 10, 30)


def _xlsx(tmp_path, rows, name="in.xlsx"):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _import(path, today, **kw):
    plan = plan_import(path, today=today, **kw)
    run_import(plan, staff_id=None, today=today, now=NOW)
    return plan


def _lunar(cid):
    c = get_customer(cid)
    return c.lunar_birthday, c.lunar_month, c.lunar_day, c.lunar_leap


def test_lunar_birthdays_survive_an_export_and_import(store, today, tmp_path):
    people = [("张三", "13800000001", (8, 15, False)), ("李四", "13800000002", (6, 1, True)),
              ("王五", "13800000003", (12, 30, False)), ("赵六", "13800000004", None)]
    for name, phone, lunar in people:
        extra = {} if lunar is None else dict(
            lunar_birthday=True, lunar_month=lunar[0], lunar_day=lunar[1], lunar_leap=lunar[2])
        create_customer(CustomerInput(name=name, phone=phone, **extra), today=today)
    out = tmp_path / "customers.xlsx"
    export_customers(out, now=NOW)
    ws = openpyxl.load_workbook(out).active
    column = [c.key for c in CUSTOMER_EXPORT].index("lunar_birthday") + 1
    assert ws.cell(1, column).value == "农历生日"
    assert [ws.cell(r, column).value for r in range(2, 6)] == [
        "八月十五", "闰六月初一", "腊月三十", None]
    # The same sheet into an empty shop: every lunar birthday comes back.
    from dealerdesk.services.customers import erase_customer

    for cid in range(1, 5):
        erase_customer(cid)
    plan = _import(out, today)
    assert plan.counts["new"] == 4 and plan.counts["rejected"] == 0
    from dealerdesk.db.models import Customer

    found = {row.name: _lunar(row.id) for row in Customer.select()}
    assert found == {"张三": (True, 8, 15, False), "李四": (True, 6, 1, True),
                     "王五": (True, 12, 30, False), "赵六": (False, None, None, False)}


@pytest.mark.parametrize(("cell", "expected"), [
    ("八月十五", (8, 15, False)),
    ("闰六月初一", (6, 1, True)),
    ("农历8月15", (8, 15, False)),
    ("农历八月十五", (8, 15, False)),
    ("8-15", (8, 15, False)),
    ("8月15日", (8, 15, False)),
    ("腊月廿三", (12, 23, False)),
    ("冬月初一", (11, 1, False)),
    ("农历闰4月8", (4, 8, True)),
])
def test_lunar_birthday_cells_are_read(store, today, tmp_path, cell, expected):
    path = _xlsx(tmp_path, [["姓名", "手机", "农历生日"], ["张三", "13800000001", cell]])
    plan = _import(path, today)
    assert plan.counts["new"] == 1
    assert _lunar(1) == (True, *expected)


def test_an_unreadable_lunar_birthday_rejects_the_row_with_one_line(store, today, tmp_path):
    path = _xlsx(tmp_path, [["姓名", "手机", "农历"], ["张三", "13800000001", "八月三十五"]])
    plan = plan_import(path, today=today)
    assert plan.counts["rejected"] == 1
    assert plan.rejected[0].reason.startswith("Lunar birthday: ")
    assert "\n" not in plan.rejected[0].reason


def test_import_fills_a_lunar_birthday_of_a_stored_customer(store, today, tmp_path):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    path = _xlsx(tmp_path, [["姓名", "手机", "农历生日"], ["张三", "13800000001", "闰六月初一"]])
    _import(path, today, on_match="fill")
    assert _lunar(cid) == (True, 6, 1, True)


@pytest.mark.parametrize(("language", "words"), [
    ("zh", ["开卡", "充值"]), ("en", ["Card issued", "Top-up"])])
def test_ledger_export_writes_entry_kinds_in_words(store, today, tmp_path, language, words):
    from dealerdesk.services.membership import issue_card
    from dealerdesk.services.membership_money import top_up
    from dealerdesk.services.membership_setup import list_levels

    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    done, _ = issue_card(customer_id=cid, level_id=list_levels()[0].id, staff_id=None,
                         today=today)
    top_up(card_id=done.card.id, amount_cents=10000, staff_id=None, today=today)
    out = tmp_path / "ledger.xlsx"
    export_kind("ledger", out, now=NOW, language=language)
    ws = openpyxl.load_workbook(out).active
    assert [ws.cell(r, 4).value for r in range(2, 4)] == words


def test_import_applies_the_inspection_rule(store, today, tmp_path):
    registered = dt.date(2017, 5, 20)
    path = _xlsx(tmp_path, [
        ["姓名", "手机", "车牌", "上牌日期", "年审到期"],
        ["张三", "13800000001", "浙A12345", registered, None],
        ["李四", "13800000002", "浙A54321", registered, dt.date(2027, 3, 1)],
    ])
    _import(path, today)
    due = {v.plate: v.inspection_due for v in Vehicle.select()}
    assert due == {"浙A12345": suggest_inspection_due(registered, today),
                   "浙A54321": dt.date(2027, 3, 1)}
    assert due["浙A12345"] == dt.date(2027, 5, 20)  # 10 years on: every year


def test_import_suggests_inspection_for_a_stored_car_given_its_registration(
        store, today, tmp_path):
    path = _xlsx(tmp_path, [["姓名", "手机", "车牌"], ["张三", "13800000001", "浙A12345"]])
    _import(path, today)
    assert Vehicle.get().inspection_due is None
    path = _xlsx(tmp_path, [["姓名", "手机", "车牌", "上牌日期"],
                            ["张三", "13800000001", "浙A12345", dt.date(2020, 1, 10)]], "b.xlsx")
    _import(path, today, on_match="merge")
    assert Vehicle.get().inspection_due == dt.date(2028, 1, 10)


def test_phone_warnings_and_extensions_on_import(store, today, tmp_path):
    path = _xlsx(tmp_path, [
        ["姓名", "手机", "备用电话"],
        ["张三", "15412345678", None],
        ["李四", "13800000002", "0755-2345678"],
        ["王五", "0571-88886666转801", None],
        ["赵六", "13800000004", None],
    ])
    plan = _import(path, today)
    assert plan.counts["new"] == 4 and plan.counts["rejected"] == 0
    assert plan.counts["warnings"] == 2
    assert [(w.row, w.reason) for w in plan.warnings] == [
        (2, "Phone: 15412345678: No mobile numbers start with 154 yet: check the number"),
        (3, "Phone: 07552345678: Numbers in area 0755 have 8 digits after the area code, "
            "this one has 7: check it")]
    assert get_customer(3).phone == "057188886666,801"
