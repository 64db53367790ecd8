"""Customer value on a small fixed shop whose figures are worked out by hand: R/F/M and
their quintile scores, remaining value, tiers that add up, a pool whose months add up,
and the command line printing what the service computes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.db.models import Customer
from dealerdesk.domain import value as rules
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import service_visits as sv
from dealerdesk.services import value
from dealerdesk.services.customers import create_customer, delete_customer
from dealerdesk.services.vehicles import add_vehicle

D = dt.date
AS_OF = D(2026, 11, 26)
LONG_AGO = D(2023, 1, 5)


def _customer(name, phone, created=LONG_AGO):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone), today=AS_OF)
    Customer.update(created_at=dt.datetime.combine(created, dt.time(10))).where(
        Customer.id == cid).execute()
    return cid


def _bought(cid, day, yuan):
    vid, _ = add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                           deal_on=day, deal_price_cents=yuan * 100),
                         today=AS_OF)
    return vid


def _visit(cid, day, yuan, kind="maintenance"):
    sv.record_visit(sv.VisitInput(customer_id=cid, visited_on=day, kind=kind,
                                  amount_cents=yuan * 100), staff_id=None, today=AS_OF)


@pytest.fixture
def shop(store):
    """张三 bought a car this March and came three times since; 李四 bought in 2024 and never
    came back; 王五 is a lead recorded today; 赵六 came once for maintenance; 钱七 bought
    twice in the window; 孙八 is in the recycle bin."""
    a = _customer("张三", "13800000001")
    _bought(a, D(2026, 3, 1), 100_000)
    _visit(a, D(2026, 6, 1), 500)
    _visit(a, D(2026, 9, 1), 800, "repair")
    _visit(a, D(2026, 10, 1), 300, "detailing")
    b = _customer("李四", "13800000002")
    _bought(b, D(2024, 1, 10), 50_000)
    c = _customer("王五", "13800000003", created=AS_OF)
    d = _customer("赵六", "13800000004")
    _visit(d, D(2026, 11, 1), 200)
    e = _customer("钱七", "13800000005")
    _bought(e, D(2025, 12, 1), 80_000)
    _bought(e, D(2026, 11, 20), 120_000)
    gone = _customer("孙八", "13800000006")
    _bought(gone, D(2026, 5, 1), 999_000)
    delete_customer(gone)
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


def _by_id():
    return {v.customer_id: v for v in value.customer_values(as_of=AS_OF)}


def test_recency_frequency_and_money_of_one_customer_by_hand(shop):
    a = _by_id()[shop["a"]]
    # last purchase 1 October: 56 days before 26 November
    assert a.recency_days == (AS_OF - D(2026, 10, 1)).days == 56
    # the car and three visits, all inside the 12 months
    assert a.frequency == 4
    assert a.monetary_cents == (100_000 + 500 + 800 + 300) * 100
    assert a.lifetime_cents == a.monetary_cents


def test_quintile_scores_by_hand(shop):
    found = _by_id()
    # M over the three who bought in the window: 赵六 ¥200 < 张三 ¥101,600 < 钱七 ¥200,000,
    # ranks 1, 2, 3 of 3: scores 1 + 5*(rank-1)//3 = 1, 2, 4
    assert [found[shop[k]].m for k in "dae"] == [1, 2, 4]
    assert rules.quintile_scores([20_000, 10_160_000, 20_000_000]) == [1, 2, 4]
    # R over the four who ever bought, oldest last purchase first: 李四, 张三, 赵六, 钱七
    assert [found[shop[k]].r for k in "bade"] == [1, 2, 3, 4]
    assert found[shop["c"]].r is None and found[shop["b"]].m is None


def test_remaining_value_by_hand(shop):
    a = _by_id()[shop["a"]]
    basis = value.shop_basis(as_of=AS_OF)
    # one repeat buyer: too few to learn from, so the defaults hold
    assert (basis.holding_months, basis.holding_learned) == (61, False)
    assert basis.repurchase_pct == 20.0
    # margin: 8% of the average deal (100,000 + 50,000 + 80,000 + 120,000) / 4 = 87,500
    assert basis.margin_per_deal_cents == 700_000
    # bought 1 March 2026, held 61 months: replaced from 1 April 2031
    assert a.replacement_from == D(2031, 4, 1)
    years_left = (D(2031, 4, 1) - AS_OF).days / 365.25
    # own yearly spend (three visits, first on 1 June: under a year, so counted as one year)
    own_yearly = (500 + 800 + 300) * 100
    expected = round(years_left * own_yearly + 0.20 * 700_000)
    assert a.remaining_value_cents == expected == 835_195


def test_tiers_follow_their_rules_and_add_up_to_the_live_customers(shop):
    found = _by_id()
    tiers = {k: found[shop[k]].tier for k in shop}
    assert tiers == {"a": "loyal", "b": "lost", "c": "general", "d": "general", "e": "loyal"}
    report = value.tier_report(as_of=AS_OF)
    assert [t.tier for t in report] == list(rules.TIER_ORDER)
    assert sum(t.customers for t in report) == len(found) == 5
    assert sum(t.remaining_value_cents for t in report) == sum(
        v.remaining_value_cents for v in found.values())
    assert all(t.rule for t in report)


def test_a_high_value_customer_by_a_rule_the_shop_adjusted(shop):
    from dealerdesk.services.settings import set_settings

    # with three spenders the top M score is 4 (1 + 5*2//3): the shop asks for 4
    set_settings({"value": {"high_value_min_m": 4}})
    sv.record_visit(sv.VisitInput(customer_id=shop["e"], visited_on=AS_OF, kind="accessories",
                                  amount_cents=50_000_000), staff_id=None, today=AS_OF)
    assert _by_id()[shop["e"]].tier == "high_value"


def test_pool_months_add_up(shop):
    months = value.pool_report(as_of=AS_OF, months=36)
    assert [m.month for m in months][-2:] == ["2026-10", "2026-11"]
    for before, after in zip(months, months[1:], strict=False):
        assert after.size == before.size + after.inflow - after.outflow
    # in the pool at the end of November: 张三, 赵六, 钱七 (李四 left in January 2025)
    assert months[-1].size == 3
    january = next(m for m in months if m.month == "2025-01")
    assert january.outflow == 1 and january.retention == 0.0
    assert next(m for m in months if m.month == "2026-11").inflow == 1  # 赵六


def test_sources_and_referrers(shop):
    figures = value.source_report(start=D(2025, 11, 27), end=D(2026, 11, 27))
    assert sum(f.deals for f in figures) == 3
    assert sum(f.money_cents for f in figures) == (100_000 + 1_600 + 200 + 200_000) * 100
    assert value.top_referrers() == []


def test_the_command_line_prints_what_the_service_computes(shop, store, capsys):
    from dealerdesk.cli import main
    from dealerdesk.services.store import close_store

    expected = [v.as_json() for v in value.customer_values(as_of=AS_OF)]
    pool = [m.as_json() for m in value.pool_report(as_of=AS_OF, months=12)]
    close_store()
    assert main(["report", "value", "--db", str(store), "--as-of", "2026-11-26", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == expected
    assert {"customer_id", "name", "recency_days", "frequency", "monetary_cents", "r", "f", "m",
            "tier", "remaining_value_cents", "replacement_from"} <= set(printed[0])
    assert main(["report", "pool", "--db", str(store), "--as-of", "2026-11-26",
                 "--months", "12", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == pool
    assert main(["report", "tiers", "--db", str(store), "--as-of", "2026-11-26", "--json"]) == 0
    assert sum(t["customers"] for t in json.loads(capsys.readouterr().out)) == 5
    assert main(["report", "pool", "--db", str(store), "--months", "0"]) == 1
    assert "--months" in capsys.readouterr().err


def _owned(cid, registered, plate, disposed=None):
    add_vehicle(cid, VehicleInput(relation="owned", brand="大众", model="帕萨特", plate=plate,
                                  registered_on=registered, disposed_on=disposed), today=AS_OF)


def test_the_replacement_window_lists_who_enters_it_and_who_is_in_it(shop, store, capsys):
    # held 61 months (the default): 赵六's car registered 10 January 2022 enters the window
    # on 10 February 2027, 76 days on; 王五's car of March 2019 has been in it since April
    # 2024; 王五's scrapped car and the cars bought in 2024-2026 are not due
    _owned(shop["d"], D(2022, 1, 10), "浙A12345")
    _owned(shop["c"], D(2019, 3, 1), "浙B23456")
    _owned(shop["c"], D(2016, 1, 1), "浙C34567", disposed=D(2025, 5, 1))
    due = value.replacement_due(as_of=AS_OF, days=90)
    assert [(r.customer_id, r.opens, r.entered) for r in due] == [
        (shop["d"], D(2027, 2, 10), False), (shop["c"], D(2024, 4, 1), True)]
    assert due[0].car == "大众 帕萨特 浙A12345"
    assert (D(2027, 2, 10) - AS_OF).days == 76
    # 李四's car bought 10 January 2024 enters on 10 February 2029: listed from 90 days before
    assert shop["b"] in {r.customer_id for r in value.replacement_due(
        as_of=D(2028, 12, 1), days=90)}
    assert shop["b"] not in {r.customer_id for r in value.replacement_due(
        as_of=D(2028, 11, 1), days=90)}
    from dealerdesk.cli import main
    from dealerdesk.services.store import close_store

    expected = [r.as_json() for r in due]
    close_store()
    assert main(["report", "replacement", "--db", str(store), "--as-of", "2026-11-26",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected


def test_the_shop_changes_a_rule_and_the_tiers_follow(shop):
    from dataclasses import fields

    from dealerdesk.domain.errors import ValidationFailed

    assert {f.name for f in fields(rules.ValueParams)} == set(rules.PARAMETERS)
    assert _by_id()[shop["a"]].tier == "loyal"
    # 张三's last visit was 56 days ago: lost when the shop counts 50 days as lost
    sv.set_value_params({"lost_days": 50})
    assert sv.value_params().lost_days == 50
    assert _by_id()[shop["a"]].tier == "lost"
    assert "50 days" in dict(rules.tier_rules(sv.value_params()))["lost"]
    with pytest.raises(ValidationFailed) as bad:
        sv.set_value_params({"lost_days": 5, "high_value_min_m": 6})
    assert [e.field for e in bad.value.errors] == ["lost_days", "high_value_min_m"]
    assert "30" in bad.value.errors[0].message
    assert sv.value_params().lost_days == 50  # nothing stored
    sv.set_value_params({"window_months": 6})
    assert sv.value_params().lost_days == 50  # the others kept


def test_trends_are_the_funnel_month_by_month_with_the_money_spent(shop, store, capsys):
    from dealerdesk.cli import main
    from dealerdesk.domain.funnel import period_of
    from dealerdesk.services.reports import funnel_report
    from dealerdesk.services.store import close_store

    months = value.trend_report(as_of=AS_OF, months=12)
    assert [m.month for m in months][0] == "2025-12" and months[-1].month == "2026-11"
    by_month = {m.month: m for m in months}
    # spent in November 2026: 赵六's ¥200 visit and 钱七's ¥120,000 car
    assert by_month["2026-11"].spend_cents == (200 + 120_000) * 100
    # in March 2026: 张三's car; in December 2025: 钱七's first car
    assert by_month["2026-03"].spend_cents == 100_000 * 100
    assert by_month["2025-12"].spend_cents == 80_000 * 100
    assert sum(m.spend_cents for m in months) == sum(
        v.monetary_cents for v in value.customer_values(as_of=AS_OF))
    november = funnel_report(period=period_of("month", AS_OF), today=AS_OF)
    assert (by_month["2026-11"].leads, by_month["2026-11"].deals) == (
        november.leads, november.deals)
    expected = [m.as_json() for m in months]
    close_store()
    assert main(["report", "trends", "--db", str(store), "--as-of", "2026-11-26",
                 "--months", "12", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected


def test_one_customers_tier_now_agrees_with_the_report_and_its_change_is_dated(shop):
    from dealerdesk.services.settings import set_settings

    found = _by_id()
    for name, cid in shop.items():
        assert value.tier_change(cid, as_of=AS_OF).tier == found[cid].tier, name
    # the shop lowers the bar for high value to M 4: 钱七 is high value, like in the report
    set_settings({"value": {"high_value_min_m": 4}})
    assert _by_id()[shop["e"]].tier == value.tier_change(shop["e"], as_of=AS_OF).tier
    set_settings({"value": {}})
    # 李四 bought on 10 January 2024 and never came back: general until a year had passed,
    # lost since the end of January 2025
    change = value.tier_change(shop["b"], as_of=AS_OF, months=36)
    assert (change.tier, change.before, change.since) == ("lost", "general", D(2025, 1, 31))
    # 张三 bought in March and came back in June: general at the end of March, loyal since
    # the end of June (two purchases in the window)
    change = value.tier_change(shop["a"], as_of=AS_OF)
    assert (change.tier, change.before, change.since) == ("loyal", "general", D(2026, 6, 30))
    # recorded in January 2023 and never heard of until the car: lost a year ago
    assert change.months[0] == (D(2025, 11, 30), "lost") and len(change.months) == 13
    # 王五 was recorded today: nothing to change from
    assert value.tier_change(shop["c"], as_of=AS_OF).since is None


def test_moves_between_tiers_month_by_month_by_hand(shop):
    months = value.tier_moves(as_of=AS_OF, months=12)
    assert [m.month for m in months][0] == "2025-12" and months[-1].month == "2026-11"
    moves = {m.month: m.moves for m in months if m.moves}
    # 钱七 bought on 1 December 2025 after years of silence: one car in the window, his
    # money the lowest of the buyers in it (score 1): general.
    assert moves.pop("2025-12") == {("lost", "general"): 1}
    # 张三's car in March (lost -> general), his first visit in June makes two purchases
    # in the window (general -> loyal).
    assert moves.pop("2026-03") == {("lost", "general"): 1}
    assert moves.pop("2026-06") == {("general", "loyal"): 1}
    # November: 赵六's visit brings him back, 钱七's second car makes him loyal (M score
    # 4 of 5, short of high value), 王五 is a new lead.
    assert moves.pop("2026-11") == {("lost", "general"): 1, ("general", "loyal"): 1,
                                    ("new", "general"): 1}
    assert moves == {}


def test_the_last_month_of_the_moves_ends_with_the_tier_report(shop):
    last = value.tier_moves(as_of=AS_OF, months=3)[-1]
    assert last.counts == {t.tier: t.customers for t in value.tier_report(as_of=AS_OF)
                           if t.customers}
