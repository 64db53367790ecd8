"""The funnel on known data, computed by hand (see the table in each test), and segments."""

import datetime as dt

import pytest

from dealerdesk.db.models import Customer, Vehicle
from dealerdesk.domain.funnel import period_of
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import customers, followups, reports
from dealerdesk.services.staff import add_staff

NOV = period_of("month", dt.date(2026, 11, 26))


def at(month, day, hour=10, year=2026):
    return dt.datetime(year, month, day, hour)


@pytest.fixture
def shop(store, today):
    """Known data for November 2026 (today is 26 November).

    c1 A new 2 Nov 09h: contacted 2 Nov 15h (6 h), visited 5 Nov, deal 10 Nov,
                        3-day revisit due 13 Nov done 13 Nov (on time)
    c2 A new 3 Nov 10h: contacted 5 Nov 10h (48 h), lost 6 Nov price (while following)
    c3 B new 4 Nov 09h, referred by c1: test drive 4 Nov 20h (11 h), lost 20 Nov elsewhere
                        (after visiting)
    c4 B new 15 Oct: deal 1 May 2025, visited 8 Nov, deal 9 Nov (repeat purchase),
                        3-day revisit due 12 Nov done 15 Nov (late)
    c5 A new 20 Nov 09h: no answer 21 Nov 08h (23 h), lost 22 Nov no response (following)
    c6 B new 21 Nov 10h: lost 21 Nov 11h price (1 h; lost as a new lead)
    c7 A new 2 Nov, visited 3 Nov, then moved to the recycle bin: counted nowhere
    Shop: leads 5, within 24 h 4, visits 3 (c1 c3 c4), deals 2 (c1 c4), repeat 1 (c4),
    referrals 1 (c3), revisits due 2 on time 1, lost: lead 1, following 2, visited 1;
    reasons price 2, elsewhere 1, no response 1.
    """
    a, _ = add_staff(name="李明")
    b, _ = add_staff(name="王芳")
    ids = {}

    def new(key, owner, created, referrer=None):
        data = CustomerInput(name=f"客户{key}", phone=f"1381234000{key[-1]}", owner_id=owner.id)
        if referrer:
            cid, _ = followups.record_referral(referrer_id=ids[referrer], data=data,
                                               created_by_id=owner.id, today=today)
        else:
            cid, _ = customers.create_customer(data, today=today)
        Customer.update(created_at=created).where(Customer.id == cid).execute()
        ids[key] = cid

    def log(key, who, when, outcome, reason="", **kw):
        return followups.log_follow_up(customer_id=ids[key], staff_id=who.id, when=when,
                                       channel="phone", content="", outcome=outcome,
                                       lost_reason=reason, today=today, **kw)[0]

    def deal(key, who, when):
        followups.record_deal(customer_id=ids[key], staff_id=who.id, when=when,
                              new_vehicle=VehicleInput(brand="丰田", model="凯美瑞"),
                              price_cents=10_000_000, today=today)

    new("c1", a, at(11, 2, 9))
    log("c1", a, at(11, 2, 15), "contacted")
    log("c1", a, at(11, 5), "visited")
    deal("c1", a, at(11, 10))
    new("c2", a, at(11, 3, 10))
    log("c2", a, at(11, 5, 10), "contacted")
    log("c2", a, at(11, 6), "lost", "price")
    new("c3", b, at(11, 4, 9), referrer="c1")
    log("c3", b, at(11, 4, 20), "test_drive")
    log("c3", b, at(11, 20), "lost", "elsewhere")
    new("c4", b, at(10, 15))
    deal("c4", b, at(5, 1, year=2025))
    log("c4", b, at(11, 8), "visited")
    deal("c4", b, at(11, 9))
    new("c5", a, at(11, 20, 9))
    log("c5", a, at(11, 21, 8), "no_answer")
    log("c5", a, at(11, 22), "lost", "no_response")
    new("c6", b, at(11, 21, 10))
    log("c6", b, at(11, 21, 11), "lost", "price")
    new("c7", a, at(11, 2))
    log("c7", a, at(11, 3), "visited")
    customers.delete_customer(ids["c7"])
    for key, who, done in (("c1", a, at(11, 13)), ("c4", b, at(11, 15))):
        revisit = next(r for r in followups.list_revisits(ids[key]) if r.due_on.month == 11)
        log(key, who, done, "after_sale", revisit_id=revisit.id)
    return ids, a, b


def test_shop_funnel_computed_by_hand(shop, today):
    report = reports.funnel_report(period=NOV, today=today)
    assert report.counts() == {"leads": 5, "followed_24h": 4, "visits": 3, "deals": 2}
    # visit rate: the month's leads who came in that month (c1 c3) over its leads
    assert report.leads_visited == 2
    assert [round(s.rate, 3) if s.rate is not None else None for s in report.stages()] == [
        None, 0.8, 0.4, 0.667]
    assert (report.repeat_purchases, report.referrals) == (1, 1)
    assert (report.revisits_due, report.revisits_on_time, report.revisit_rate) == (2, 1, 0.5)
    assert [report.lost_at(s) for s in ("lead", "following", "visited")] == [1, 2, 1]
    assert report.lost_reasons() == {"price": 2, "elsewhere": 1, "no_response": 1}


def test_the_months_new_leads_narrow_like_a_funnel(shop, today):
    """Of November's 5 new leads (c1 c2 c3 c5 c6): 4 followed within 24 h, 2 came in
    (c1 c3), 1 bought (c1); c4, October's lead, visits and buys outside this funnel."""
    report = reports.funnel_report(period=NOV, today=today)
    assert report.cohort() == [("leads", 5), ("followed_24h", 4), ("visits", 2), ("deals", 1)]
    counts = [n for _, n in report.cohort()]
    assert counts == sorted(counts, reverse=True)


def test_funnel_per_salesperson(shop, today):
    _, a, b = shop
    ra = reports.funnel_report(period=NOV, staff_id=a.id, today=today)
    rb = reports.funnel_report(period=NOV, staff_id=b.id, today=today)
    assert ra.counts() == {"leads": 3, "followed_24h": 2, "visits": 1, "deals": 1}
    assert rb.counts() == {"leads": 2, "followed_24h": 2, "visits": 2, "deals": 1}
    assert (ra.leads_visited, rb.leads_visited) == (1, 1)  # c1; c3 (c4 is October's lead)
    assert (ra.repeat_purchases, rb.repeat_purchases, ra.referrals, rb.referrals) == (0, 1, 0, 1)
    assert (ra.revisits_due, ra.revisits_on_time, rb.revisits_due, rb.revisits_on_time) == (
        1, 1, 1, 0)
    assert ra.lost_reasons() == {"price": 1, "no_response": 1}
    assert [name for name, _ in reports.funnel_by_staff(period=NOV, today=today)] == [
        "李明", "王芳"]


def test_other_periods(shop, today):
    october = reports.funnel_report(period=NOV.shifted(-1), today=today)
    assert october.counts() == {"leads": 1, "followed_24h": 0, "visits": 0, "deals": 0}
    year = reports.funnel_report(period=period_of("year", today), today=today)
    assert year.counts() == {"leads": 6, "followed_24h": 4, "visits": 3, "deals": 2}
    assert year.leads_visited == 3  # c1 c3 c4: leads of the year who came in that year
    old_year = reports.funnel_report(period=period_of("year", dt.date(2025, 3, 1)), today=today)
    assert old_year.deals == 1
    # a sale to an earlier customer with no leads that year: no visit rate, not "infinite"
    assert [s.rate for s in old_year.stages()] == [None, None, None, 1.0]


def test_statuses_follow_the_log(shop):
    ids, _, _ = shop
    status = {k: Customer.get_by_id(v).status for k, v in ids.items()}
    assert status == {"c1": "customer", "c2": "lost", "c3": "lost", "c4": "customer",
                      "c5": "lost", "c6": "lost", "c7": "visited"}


def test_segments(shop, today):
    ids, _, _ = shop
    Customer.update(intent_model="丰田 RAV4").where(
        Customer.id.in_([ids["c2"], ids["c3"]])).execute()
    Vehicle.update(registered_on=dt.date(2020, 1, 1), mileage_km=65000).where(
        Vehicle.customer == ids["c1"]).execute()
    wanted = reports.segments(dimension="wanted_model", today=today)
    assert [(s.code, s.count) for s in wanted] == [("丰田 RAV4", 2)]
    bought = reports.segments(dimension="bought_model", today=today)
    assert [(s.code, s.count) for s in bought] == [("丰田 凯美瑞", 2)]
    age = {s.code: s.count for s in reports.segments(dimension="vehicle_age", today=today)}
    assert age["5-8"] == 1 and sum(age.values()) == 1
    km = {s.code: s.count for s in reports.segments(dimension="mileage", today=today)}
    assert km["6-10"] == 1
    visits = {s.code: s.count for s in reports.segments(dimension="visits", today=today)}
    # visits ever (visited, test drive, deal): c1 2, c2 0, c3 1, c4 3, c5 0, c6 0
    assert visits == {"0": 3, "1": 1, "2": 1, "3+": 1}
    silence = {s.code: s.count for s in reports.segments(dimension="silence", today=today)}
    assert silence["<30"] == 6 and silence["never"] == 0 and silence["90+"] == 0
    members = reports.segment_members(dimension="visits", code="2", today=today)
    assert [m.name for m in members] == ["客户c1"]
