"""Every Reports list is a starting point: the export of a tier agrees with the screen and
the command line; a list opens as a filtered Customers table; messages count who is left
out; a segment's actions take the whole group."""

import datetime as dt
import json

import openpyxl

from dealerdesk.db.models import Customer
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.excel.columns import CUSTOMER_EXPORT
from dealerdesk.services import exports, value
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.reports.screen import ReportsScreen

LONG_AGO = dt.datetime(2023, 1, 5, 10)


def _shop(today):
    """Six who bought long ago and drifted away (lost), two who bought this year."""
    ids = []
    for i in range(8):
        cid, _ = create_customer(CustomerInput(name=f"客户{i}", phone=f"1380000000{i}",
                                               marketing_consent=i % 2 == 0), today=today)
        Customer.update(created_at=LONG_AGO).where(Customer.id == cid).execute()
        day = dt.date(2026, 6, 1) if i >= 6 else dt.date(2023, 2, 1)
        add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                      deal_on=day, deal_price_cents=10_000_000,
                                      next_maintenance_on=dt.date(2026, 12, 10)), today=today)
        ids.append(cid)
    return ids


def _value_tab(qtbot, ctx):
    screen = ReportsScreen(ctx, background=False)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    screen.tabs.setCurrentIndex(tabs.first)
    return screen, tabs.value_tab


def _choose_tier(tabs, code):
    row = next(r for r in range(tabs.tier_model.rowCount())
               if tabs.tier_model.row_at(r).tier == code)
    tabs.tier_table.setCurrentIndex(tabs.tier_model.index(row, 0))


def test_a_tier_exported_agrees_with_the_screen_and_the_cli(qtbot, ctx, store, tmp_path, today,
                                                           capsys):
    from dealerdesk.cli import main
    from dealerdesk.services.store import close_store, open_store

    _shop(today)
    _screen, tabs = _value_tab(qtbot, ctx)
    _choose_tier(tabs, "lost")
    shown = {tabs.top_model.row_at(r).name for r in range(tabs.top_model.rowCount())}
    assert len(shown) == 6 and tabs.actions.export_button.isEnabled()
    out = tmp_path / "lost.xlsx"
    exports.export_customers(out, now=dt.datetime(2026, 11, 26, 9),
                             customer_filter=tabs.actions.filter())
    name_col = [c.key for c in CUSTOMER_EXPORT].index("name")
    exported = {row[name_col] for row in openpyxl.load_workbook(out).active.iter_rows(
        min_row=2, values_only=True)}
    assert exported == shown
    title, entries = tabs.customer_list()
    assert title == "Lost" and "remaining value" in entries[0].reason
    close_store()
    assert main(["report", "value", "--db", str(store), "--as-of", today.isoformat(),
                 "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {v["name"] for v in printed if v["tier"] == "lost"} == shown
    open_store(store, backup_dir=tmp_path / "backups")


def test_a_list_opens_as_a_filtered_customers_table(qtbot, window, today):
    ids = _shop(today)
    reports = window.get_screen("reports")
    window.navigate("reports")
    reports.tabs.setCurrentIndex(reports.value_tabs.first)
    qtbot.waitUntil(lambda: not reports.value_tabs.busy(0), timeout=30_000)
    tabs = reports.value_tabs.value_tab
    _choose_tier(tabs, "lost")
    tabs.actions.open_button.click()
    customers = window.get_screen("customers")
    assert customers.isVisible()
    assert customers.model.rowCount() == 6 and customers.list_button.isVisible()
    assert "Lost: 6 customers" == customers.list_button.text()
    customers.list_button.click()
    assert customers.model.rowCount() == len(ids) and not customers.list_button.isVisible()


def test_messages_for_a_list_leave_out_those_without_consent(qtbot, ctx, today):
    from dealerdesk.ui.reports.list_actions import ListMessagesDialog

    _shop(today)
    _screen, tabs = _value_tab(qtbot, ctx)
    _choose_tier(tabs, "lost")
    dialog = tabs.actions.messages()
    assert isinstance(dialog, ListMessagesDialog)
    qtbot.addWidget(dialog)
    assert len(dialog.result.messages) == 3 and dialog.result.without_consent == 3
    assert "3 customers without marketing consent are left out." in dialog.left_out.text()
    assert dialog.text.toPlainText().count("1380000000") == 3
    dialog.copy_all()


def test_a_segment_acts_on_the_whole_group(qtbot, ctx, today):
    _shop(today)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    assert not screen.segment_actions.export_button.isEnabled()
    row = next(r for r in range(screen.segment_model.rowCount())
               if screen.segment_model.row_at(r).count)
    screen.segment_table.setCurrentIndex(screen.segment_model.index(row, 0))
    title, entries = screen.segment_list()
    assert title == screen.segment_model.row_at(row).label
    assert len(entries) == screen.segment_model.row_at(row).count
    assert screen.segment_actions.export_button.isEnabled()
    assert value.tier_report(as_of=today)
