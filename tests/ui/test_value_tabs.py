"""The Reports screen's value tabs show what the value service computes."""

from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import value
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.reports.screen import ReportsScreen


def test_value_tabs_agree_with_the_service(qtbot, qtmodeltester, ctx, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                  deal_on=today, deal_price_cents=10_000_000), today=today)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    for i in range(4):
        screen.tabs.setCurrentIndex(tabs.first + i)
    tiers = value.tier_report(as_of=today)
    assert [tabs.tier_model.row_at(r).customers for r in range(4)] == [t.customers for t in tiers]
    assert tabs.pool_model.row_at(0).size == value.pool_report(as_of=today, months=1)[0].size
    assert tabs.top_model.row_at(0).customer_id == cid
    for model in (tabs.tier_model, tabs.top_model, tabs.pool_model, tabs.replace_model,
                  tabs.source_model, tabs.referrer_model):
        qtmodeltester.check(model)
