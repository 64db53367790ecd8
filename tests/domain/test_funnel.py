"""Funnel rules: how outcomes move a status, periods, revisit dates, buckets."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain import funnel
from dealerdesk.domain.choices import OUTCOMES, STATUSES

outcome_lists = st.lists(st.sampled_from(sorted(OUTCOMES)), max_size=30)
statuses = st.sampled_from(sorted(STATUSES))


@given(statuses, st.sampled_from(sorted(OUTCOMES)))
def test_status_stays_in_the_vocabulary(current, outcome):
    assert funnel.status_after(current, outcome) in STATUSES


@given(statuses, outcome_lists)
def test_a_deal_makes_a_customer_for_good(start, outcomes):
    after = funnel.fold_status([*outcomes, "deal", *outcomes], start)
    assert after == "customer"


@given(statuses, outcome_lists)
def test_lost_only_after_a_lost_outcome(start, outcomes):
    after = funnel.fold_status(outcomes, start)
    if after == "lost" and start != "lost":
        assert "lost" in outcomes


@given(outcome_lists)
def test_the_ladder_never_goes_down_without_loss(outcomes):
    rank = -1
    status = "lead"
    for outcome in outcomes:
        status = funnel.status_after(status, outcome)
        if status == "lost":
            rank = -1
            continue
        assert funnel.RANK[status] >= rank
        rank = funnel.RANK[status]


@given(statuses, outcome_lists, outcome_lists)
def test_folding_in_two_steps_equals_folding_at_once(start, first, second):
    middle = funnel.fold_status(first, start)
    assert funnel.fold_status(second, middle) == funnel.fold_status(first + second, start)


@pytest.mark.parametrize("current,outcome,expected", [
    ("lead", "no_answer", "following"),
    ("lost", "no_answer", "lost"),
    ("dormant", "no_answer", "dormant"),
    ("dormant", "contacted", "following"),
    ("lost", "visited", "visited"),
    ("visited", "contacted", "visited"),
    ("following", "test_drive", "visited"),
    ("customer", "lost", "customer"),
    ("customer", "contacted", "customer"),
    ("visited", "lost", "lost"),
    ("following", "after_sale", "following"),
])
def test_examples(current, outcome, expected):
    assert funnel.status_after(current, outcome) == expected


@given(st.sampled_from(funnel.PERIOD_KINDS), st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)))
def test_a_period_contains_its_day_and_follows_on(kind, day):
    period = funnel.period_of(kind, day)
    assert period.contains(day) and period.start.day == 1
    assert period.shifted(1).start == period.end
    assert period.shifted(-1).end == period.start


def test_quarter_and_year():
    q = funnel.period_of("quarter", dt.date(2026, 11, 26))
    assert (q.start, q.end) == (dt.date(2026, 10, 1), dt.date(2027, 1, 1))
    y = funnel.period_of("year", dt.date(2026, 2, 3))
    assert (y.start, y.end) == (dt.date(2026, 1, 1), dt.date(2027, 1, 1))


def test_conversion_rates():
    # the visit rate is the period's leads who came in over those leads, not all visits
    rates = funnel.conversion_rates({"leads": 5, "followed_24h": 4, "visits": 7,
                                     "leads_visited": 2, "deals": 0})
    assert rates == {"followed_24h": 0.8, "visits": 0.4, "deals": 0.0}
    assert funnel.conversion_rates({"leads": 0, "followed_24h": 0, "visits": 0,
                                    "leads_visited": 0, "deals": 0})["followed_24h"] is None


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_rates_never_pass_one_hundred_percent(leads, followed, visits, deals):
    """Counts as the report makes them (parts within their wholes) give rates of at most 1."""
    counts = {"leads": leads, "followed_24h": min(followed, leads), "visits": visits,
              "leads_visited": min(visits, leads), "deals": min(deals, visits)}
    assert all(r is None or 0 <= r <= 1 for r in funnel.conversion_rates(counts).values())


def test_revisit_dates_count_months_as_calendar_months():
    deal = dt.date(2026, 1, 31)
    assert funnel.revisit_due(deal, 3) == dt.date(2026, 2, 3)
    assert funnel.revisit_due(deal, 30) == dt.date(2026, 2, 28)
    assert funnel.revisit_due(deal, 90) == dt.date(2026, 4, 30)


def test_quick_dates():
    quick = funnel.quick_dates(dt.date(2026, 11, 26))
    assert quick == {"tomorrow": dt.date(2026, 11, 27), "3days": dt.date(2026, 11, 29),
                     "week": dt.date(2026, 12, 3), "month": dt.date(2026, 12, 26)}


@given(st.integers(0, 10_000_000))
def test_every_mileage_has_one_bucket(km):
    code = funnel.bucket_of(funnel.MILEAGE_BUCKETS, km)
    assert sum(1 for c, low, high in funnel.MILEAGE_BUCKETS
               if low <= km and (high is None or km < high)) == 1
    assert code
