"""The Sources tab: choosing a referrer lists the customers they referred, read off the GUI
thread, and the list is a starting point like every Reports list."""

import datetime as dt

import openpyxl

from dealerdesk.db.models import Customer
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.excel.columns import CUSTOMER_EXPORT
from dealerdesk.services import exports, value
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.reports.screen import ReportsScreen

SOURCES = 3  # the Sources tab among the value tabs


def _customer(today, name, phone, recorded, referrer=None):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone, source="referral",
                                           referrer_id=referrer, marketing_consent=True),
                             today=today)
    Customer.update(created_at=dt.datetime.combine(recorded, dt.time(10))).where(
        Customer.id == cid).execute()
    return cid


def _shop(today):
    """老王 referred 小李 (bought a car) and 小张 (a lead); 小李 referred 小陈."""
    wang = _customer(today, "老王", "13900000001", dt.date(2024, 1, 1))
    li = _customer(today, "小李", "13900000002", dt.date(2025, 3, 1), wang)
    add_vehicle(li, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                 deal_on=dt.date(2025, 3, 20), deal_price_cents=10_000_000),
                today=today)
    _customer(today, "小张", "13900000003", dt.date(2026, 10, 5), wang)
    _customer(today, "小陈", "13900000005", dt.date(2026, 6, 1), li)
    return wang, li


def _sources_tab(qtbot, ctx):
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    screen.tabs.setCurrentIndex(tabs.first + SOURCES)
    qtbot.waitUntil(lambda: not tabs.busy(SOURCES), timeout=30_000)
    return screen, tabs


def _choose(qtbot, tabs, referrer_id):
    model = tabs.referrer_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).customer_id == referrer_id)
    tabs.referrer_table.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: not tabs.referrals.loader.busy, timeout=30_000)


def test_a_referrer_chosen_lists_whom_they_referred_and_the_export_writes_them(
        qtbot, qtmodeltester, ctx, today, tmp_path):
    wang, _li = _shop(today)
    _screen, tabs = _sources_tab(qtbot, ctx)
    referrals = tabs.referrals
    assert referrals.model.rowCount() == 0 and not referrals.actions.export_button.isEnabled()
    _choose(qtbot, tabs, wang)
    shown = [referrals.model.row_at(r).name for r in range(referrals.model.rowCount())]
    assert shown == ["小张", "小李"]
    assert referrals.model.rows() == value.referred_customers(wang)
    assert "老王 referred 2 customers; 1 of them bought a car." == referrals.caption.text()
    assert referrals.model.data(referrals.model.index(1, 4)) == "1"
    qtmodeltester.check(referrals.model)
    title, entries = referrals.customer_list()
    assert title == "Referred by 老王" and "bought 1 cars" in entries[1].reason
    assert referrals.actions.export_button.isEnabled()
    out = tmp_path / "referred.xlsx"
    exports.export_customers(out, now=dt.datetime(2026, 11, 26, 9),
                             customer_filter=referrals.actions.filter())
    name_col = [c.key for c in CUSTOMER_EXPORT].index("name")
    exported = [row[name_col] for row in openpyxl.load_workbook(out).active.iter_rows(
        min_row=2, values_only=True)]
    assert sorted(exported) == sorted(shown)
    with qtbot.waitSignal(ctx.signals.open_list) as opened:
        referrals.actions.open_button.click()
    assert opened.args == ["Referred by 老王", tuple(e.customer_id for e in entries)]


def test_the_referrer_chosen_stays_chosen_when_the_figures_are_computed_again(
        qtbot, ctx, today):
    wang, li = _shop(today)
    _screen, tabs = _sources_tab(qtbot, ctx)
    _choose(qtbot, tabs, li)
    assert [r.name for r in tabs.referrals.model.rows()] == ["小陈"]
    _customer(today, "小周", "13900000006", today, li)
    tabs.refresh()
    qtbot.waitUntil(lambda: not tabs.busy(SOURCES) and not tabs.referrals.loader.busy,
                    timeout=30_000)
    assert tabs.referrals.referrer.customer_id == li
    assert [r.name for r in tabs.referrals.model.rows()] == ["小周", "小陈"]
