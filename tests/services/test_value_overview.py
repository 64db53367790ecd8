"""The Value tab's figures in one call, and the moves between tiers summed as new, up,
down and into lost, on a small shop worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.db.models import Customer
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.domain.value import move_kind
from dealerdesk.services import service_visits as sv
from dealerdesk.services import value
from dealerdesk.services.customers import create_customer
from dealerdesk.services.settings import set_settings
from dealerdesk.services.value_overview import move_months, value_overview
from dealerdesk.services.vehicles import add_vehicle

D = dt.date
AS_OF = D(2026, 11, 26)
LONG_AGO = D(2023, 1, 5)


def _customer(name, phone, created=LONG_AGO):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone), today=AS_OF)
    Customer.update(created_at=dt.datetime.combine(created, dt.time(10))).where(
        Customer.id == cid).execute()
    return cid


@pytest.fixture
def shop(store):
    """张三, recorded in 2023 and silent, bought a car on 10 June 2025 and came for
    maintenance on 10 July 2025, then never again; 李四 bought on 10 June 2024 and never
    came back; 王五 is a lead recorded today."""
    set_settings({"value": {}})
    a = _customer("张三", "13800000001")
    add_vehicle(a, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                deal_on=D(2025, 6, 10), deal_price_cents=10_000_000),
                today=AS_OF)
    sv.record_visit(sv.VisitInput(customer_id=a, visited_on=D(2025, 7, 10),
                                  kind="maintenance", amount_cents=50_000),
                    staff_id=None, today=AS_OF)
    b = _customer("李四", "13800000002")
    add_vehicle(b, VehicleInput(relation="bought", brand="大众", model="朗逸",
                                deal_on=D(2024, 6, 10), deal_price_cents=5_000_000),
                today=AS_OF)
    c = _customer("王五", "13800000003", created=AS_OF)
    return {"a": a, "b": b, "c": c}


def test_moves_summed_by_what_they_mean_by_hand(shop):
    months = {m.month: m for m in move_months(as_of=AS_OF, months=20)}
    assert len(months) == 20 and min(months) == "2025-04" and max(months) == "2026-11"
    sums = {k: (m.new, m.up, m.down, m.lost) for k, m in months.items()
            if (m.new, m.up, m.down, m.lost) != (0, 0, 0, 0)}
    assert sums == {
        # 张三's car: lost -> general; 李四, a year after his car: general -> lost
        "2025-06": (0, 1, 0, 1),
        "2025-07": (0, 1, 0, 0),  # his visit, two purchases in the window: -> loyal
        "2026-06": (0, 0, 1, 0),  # the car leaves the 12-month window: loyal -> general
        "2026-07": (0, 0, 0, 1),  # a year after the visit: general -> lost
        "2026-11": (1, 0, 0, 0),  # 王五, recorded today
    }
    assert months["2026-06"].moves == (("loyal", "general", 1),)
    assert months["2026-06"].of_kind("down") == [("loyal", "general", 1)]
    assert months["2026-11"].moves == (("new", "general", 1),)
    assert months["2026-11"].counts == {"lost": 2, "general": 1}


def test_moves_fit_twenty_months(shop):
    with pytest.raises(ValueError, match="1 to 20 months"):
        move_months(as_of=AS_OF, months=21)


def test_move_kinds():
    assert move_kind("new", "lost") == "new"
    assert move_kind("general", "lost") == move_kind("high_value", "lost") == "lost"
    assert move_kind("lost", "general") == move_kind("general", "high_value") == "up"
    assert move_kind("high_value", "loyal") == move_kind("loyal", "general") == "down"


def test_overview_agrees_with_the_reports_it_gathers(shop):
    overview = value_overview(as_of=AS_OF)
    assert overview.tiers == value.tier_report(as_of=AS_OF)
    assert overview.basis == value.shop_basis(as_of=AS_OF)
    assert overview.customers == 3 == len(overview.ranked)
    assert [v.customer_id for v in overview.ranked][-1] == shop["c"]  # no car, no value
    remaining = [v.remaining_value_cents for v in overview.ranked]
    assert remaining == sorted(remaining, reverse=True) and remaining[0] > 0
    lost = overview.of_tier("lost")
    assert {v.customer_id for v in lost} == {shop["a"], shop["b"]}
    assert overview.of_tier(None, limit=1) == overview.ranked[:1]
    last = move_months(as_of=AS_OF, months=1)[-1]
    assert last.counts == {t.tier: t.customers for t in overview.tiers if t.customers}


def test_the_command_line_prints_the_moves_the_screen_shows(shop, store, capsys):
    import json

    from dealerdesk.cli import main
    from dealerdesk.services.store import close_store

    expected = [m.as_json() for m in move_months(as_of=AS_OF, months=12)]
    close_store()
    assert main(["report", "moves", "--db", str(store), "--as-of", "2026-11-26", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == expected and len(printed) == 12
    assert printed[-1]["new"] == 1 and printed[-1]["moves"] == [
        {"from": "new", "to": "general", "customers": 1}]
    assert main(["report", "moves", "--db", str(store), "--months", "21"]) == 1
    assert "between 1 and 20" in capsys.readouterr().err


def test_tiers_summed_from_the_customers_agree_with_the_tier_statement(store):
    """The Value tab sums the tiers from the customers it has read (one value statement);
    a demo shop's figures are those of `report tiers`, tier by tier."""
    from dealerdesk.services.demo import fill_demo

    fill_demo(customers=300, seed=5, today=AS_OF)
    overview = value_overview(as_of=AS_OF)
    assert overview.tiers == value.tier_report(as_of=AS_OF)
    assert sum(t.customers for t in overview.tiers) == 300 - sum(
        1 for c in Customer.select() if c.deleted_at is not None)
