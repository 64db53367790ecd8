"""Card entries undone are no purchases: a reversed spend or package sale, a visit paid by
card and then deleted, a visit whose card payment was changed to cash. The reversed entry
and its reversal are both left out of recency, frequency, money and lifetime, in the
service and in what the command line prints (on the file and on the shop's server)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.db.api import value_rows
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import membership as m
from dealerdesk.services import membership_money as money
from dealerdesk.services import membership_setup as setup
from dealerdesk.services import service_visits as sv
from dealerdesk.services import value
from dealerdesk.services.customers import create_customer

D = dt.date
AS_OF = D(2026, 11, 26)
OPENED = D(2026, 1, 5)


def _at(day):
    return dt.datetime.combine(day, dt.time(11))


def _member(name, phone, top_up_yuan=0):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone), today=AS_OF)
    level = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = m.issue_card(customer_id=cid, level_id=level, staff_id=None, today=OPENED,
                           now=_at(OPENED))
    if top_up_yuan:
        money.top_up(card_id=done.card.id, amount_cents=top_up_yuan * 100, staff_id=None,
                     today=OPENED, now=_at(OPENED))
    return cid, done.card.id


def _spend(card, day, yuan):
    done, _ = money.spend(card_id=card, amount_cents=yuan * 100, staff_id=None, today=day,
                          now=_at(day))
    return done.entry_id


def _reverse(entry, day):
    money.reverse_entry(entry_id=entry, staff_id=None, today=day, note="录错了", now=_at(day))


def _card_visit(cid, card, day, yuan):
    vid, _ = sv.record_visit(sv.VisitInput(
        customer_id=cid, visited_on=day, kind="maintenance", amount_cents=yuan * 100,
        paid_by="stored_value", card_id=card), staff_id=None, today=day, now=_at(day))
    return vid


@pytest.fixture
def shop(store):
    """甲 spent ¥300 from his card on 1 October, and ¥500 on 10 November that was reversed
    on the 20th. 乙 bought a package on 5 November (reversed the next day) and spent ¥200
    on 12 November (reversed the next day). 丙's ¥400 visit of 1 November was paid by card
    and deleted on the 15th. 丁's ¥600 visit of 2 November was paid by card, then changed
    to cash on the 3rd."""
    setup.seed_defaults()
    a, card_a = _member("甲", "13800000011", top_up_yuan=1000)
    _spend(card_a, D(2026, 10, 1), 300)
    _reverse(_spend(card_a, D(2026, 11, 10), 500), D(2026, 11, 20))

    b, card_b = _member("乙", "13800000012", top_up_yuan=1000)
    kind = setup.list_package_types()[0]
    sold, _ = money.sell_package(card_id=card_b, package_type_id=kind.id, staff_id=None,
                                 today=D(2026, 11, 5), now=_at(D(2026, 11, 5)))
    _reverse(sold.entry_id, D(2026, 11, 6))
    _reverse(_spend(card_b, D(2026, 11, 12), 200), D(2026, 11, 13))

    c, card_c = _member("丙", "13800000013", top_up_yuan=1000)
    gone = _card_visit(c, card_c, D(2026, 11, 1), 400)
    sv.delete_visit(visit_id=gone, staff_id=None, today=D(2026, 11, 15), reason="录重了",
                    now=_at(D(2026, 11, 15)))

    d, card_d = _member("丁", "13800000014", top_up_yuan=1000)
    changed = _card_visit(d, card_d, D(2026, 11, 2), 600)
    sv.update_visit(changed, sv.VisitInput(customer_id=d, visited_on=D(2026, 11, 2),
                                           kind="maintenance", amount_cents=60_000),
                    staff_id=None, today=D(2026, 11, 3), now=_at(D(2026, 11, 3)))
    return {"a": a, "b": b, "c": c, "d": d}


# (recency_days, frequency, monetary_cents, lifetime_cents), worked out by hand
EXPECTED = {
    "a": ((AS_OF - D(2026, 10, 1)).days, 1, 30_000, 30_000),  # 56 days: the ¥300 only
    "b": (None, 0, 0, 0),  # nothing stands: never bought
    "c": (None, 0, 0, 0),
    "d": ((AS_OF - D(2026, 11, 2)).days, 1, 60_000, 60_000),  # 24 days: the visit, once
}


def test_reversed_card_entries_are_no_purchases(shop):
    found = {v.customer_id: v for v in value.customer_values(as_of=AS_OF)}
    got = {k: (found[cid].recency_days, found[cid].frequency, found[cid].monetary_cents,
               found[cid].lifetime_cents) for k, cid in shop.items()}
    assert got == EXPECTED
    assert (EXPECTED["a"][0], EXPECTED["d"][0]) == (56, 24)
    # only 甲 and 丁 are buyers: R is ranked between the two of them, and 乙 and 丙 have none
    assert [found[shop[k]].r for k in "bc"] == [None, None]
    assert [found[shop[k]].r for k in "ad"] == [1, 3]


def test_the_other_figures_leave_them_out_too(shop):
    # one customer's own purchases (the tier shown on the customer page)
    for k in "bc":
        assert value_rows("customer_events", {"cid": shop[k],
                                              "as_of": AS_OF.isoformat()}) == [], k
    assert [(str(day)[:10], int(cents), n) for day, cents, n in value_rows(
        "customer_events", {"cid": shop["a"], "as_of": AS_OF.isoformat()})] == [
        ("2026-10-01", 30_000, 1)]
    # money per month: ¥300 in October, ¥600 in November
    months = {t.month: t.spend_cents for t in value.trend_report(as_of=AS_OF, months=2)}
    assert months == {"2026-10": 30_000, "2026-11": 60_000}
    # the pool: 甲 came in October, 丁 in November; nobody else ever
    pool = value.pool_report(as_of=AS_OF, months=2)
    assert [(p.month, p.inflow, p.size) for p in pool] == [("2026-10", 1, 1),
                                                         ("2026-11", 1, 2)]
    # the four tiers still add up to the four customers
    assert sum(t.customers for t in value.tier_report(as_of=AS_OF)) == 4


def test_the_command_line_prints_the_same(shop, store, capsys):
    from dealerdesk.cli import main
    from dealerdesk.services.store import close_store

    close_store()
    assert main(["report", "value", "--db", str(store), "--as-of", AS_OF.isoformat(),
                 "--json"]) == 0
    printed = {row["customer_id"]: row for row in json.loads(capsys.readouterr().out)}
    got = {k: (printed[cid]["recency_days"], printed[cid]["frequency"],
               printed[cid]["monetary_cents"], printed[cid]["lifetime_cents"])
           for k, cid in shop.items()}
    assert got == EXPECTED
