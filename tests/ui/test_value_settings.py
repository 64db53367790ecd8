"""The Customer value settings page: the parameters and the rules they make, the kinds of
service visit, and a changed rule changing the tiers the Reports screen shows."""

import datetime as dt

import pytest

from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import service_visits
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.reports.screen import ReportsScreen
from dealerdesk.ui.visits.settings_page import ValueSettingsPage


@pytest.fixture
def page(qtbot, ctx):
    widget = ValueSettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _tier_counts(screen):
    tabs = screen.value_tabs.value_tab
    return {tabs.tier_model.row_at(r).tier: tabs.tier_model.row_at(r).customers
            for r in range(tabs.tier_model.rowCount())}


def test_a_shorter_lost_rule_moves_a_customer_to_lost_on_the_reports_screen(
        page, ctx, qtbot, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                  deal_on=today - dt.timedelta(days=100),
                                  deal_price_cents=10_000_000), today=today)
    screen = ReportsScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentIndex(screen.value_tabs.first)
    assert _tier_counts(screen)["lost"] == 0
    assert page.boxes["lost_days"].value() == 365
    assert "365 days" in page.rules.text()
    page.boxes["lost_days"].setValue(60)
    assert "60 days" in page.rules.text()  # the rule reads as it will apply, before saving
    assert service_visits.value_params().lost_days == 365
    with qtbot.waitSignal(ctx.signals.changed):
        page.save_button.click()
    assert page.status.text() == "Saved."
    assert service_visits.value_params().lost_days == 60
    assert _tier_counts(screen)["lost"] == 1


def test_the_kinds_of_visit_are_added_moved_and_removed(page, type_text):
    type_text(page.new_kind, "轮胎")
    page.add_button.click()
    assert page.kind_codes()[-1] == "轮胎"
    type_text(page.new_kind, "轮胎")
    page.add_button.click()
    assert "already" in page.status.text() and page.kind_codes().count("轮胎") == 1
    page.kinds.setCurrentRow(page.kinds.count() - 1)
    page.move_kind(-1)
    assert page.kind_codes()[-2:] == ["轮胎", "other"]
    page.kinds.setCurrentRow(0)
    page.remove_kind()
    assert page.kind_codes()[0] == "repair"
    page.save_button.click()
    assert [c for c, _ in service_visits.service_kinds()] == [
        "repair", "detailing", "insurance", "accessories", "轮胎", "other"]
    assert page.kinds.item(0).text() == "Repair"


def test_the_last_kind_stays(page):
    while page.kinds.count() > 1:
        page.kinds.setCurrentRow(0)
        page.remove_kind()
    page.kinds.setCurrentRow(0)
    page.remove_kind()
    assert page.kinds.count() == 1
    assert "at least one" in page.status.text()
