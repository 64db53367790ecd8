"""The Reports screen's value tabs show what the value service computes."""

from dealerdesk.domain.dates import add_months
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import value
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.reports.screen import ReportsScreen


def test_value_tabs_agree_with_the_service(qtbot, qtmodeltester, ctx, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                  deal_on=today, deal_price_cents=10_000_000), today=today)
    # a car of 2022 that reaches the holding time of 61 months within 90 days
    add_vehicle(cid, VehicleInput(relation="owned", brand="大众", model="帕萨特", plate="浙A12345",
                                  registered_on=add_months(today, 2 - 61)), today=today)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    for i in range(5):
        screen.tabs.setCurrentIndex(tabs.first + i)
    tiers = value.tier_report(as_of=today)
    assert [tabs.tier_model.row_at(r).customers for r in range(4)] == [t.customers for t in tiers]
    assert tabs.pool_model.row_at(0).size == value.pool_report(as_of=today, months=1)[0].size
    assert tabs.top_model.row_at(0).customer_id == cid
    due = tabs.replace_model.row_at(0)
    assert (due.customer_id, due.car) == (cid, "大众 帕萨特 浙A12345")
    assert tabs.replace_model.rowCount() == 1 and "<b>1</b>" in tabs.replace_title.text()
    assert tabs.replacement_list()[1][0].customer_id == cid
    trends = value.trend_report(as_of=today, months=12)
    assert tabs.trend_model.rowCount() == 12
    assert tabs.trend_model.row_at(0) == trends[-1] and trends[-1].spend_cents == 10_000_000
    assert screen.tabs.tabText(tabs.first + 4) == "Trends"
    for model in (tabs.trend_model, tabs.tier_model, tabs.top_model, tabs.pool_model,
                  tabs.replace_model, tabs.source_model, tabs.referrer_model):
        qtmodeltester.check(model)
