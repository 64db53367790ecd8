"""Tests for dealerdesk.domain.membership: terms, statuses, points, balances never negative."""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.membership import (
    Balances,
    apply_entry,
    card_expiry,
    effective_status,
    package_expiry,
    points_earned,
    renewed_expiry,
)

D = dt.date


def test_terms_end_the_day_before_the_anniversary():
    assert card_expiry(D(2026, 11, 26), 1) == D(2027, 11, 25)
    assert card_expiry(D(2024, 2, 29), 1) == D(2025, 2, 27)
    assert card_expiry(D(2026, 1, 1), 3) == D(2028, 12, 31)


def test_renewal_continues_a_running_term_and_restarts_an_expired_one():
    today = D(2026, 11, 26)
    assert renewed_expiry(D(2026, 12, 31), 1, today) == D(2027, 12, 31)
    assert renewed_expiry(D(2026, 11, 26), 1, today) == D(2027, 11, 26)
    assert renewed_expiry(D(2025, 1, 1), 2, today) == D(2028, 11, 25)


def test_effective_status():
    today = D(2026, 11, 26)
    assert effective_status("active", D(2026, 11, 26), today) == "active"
    assert effective_status("active", D(2026, 11, 25), today) == "expired"
    assert effective_status("frozen", D(2020, 1, 1), today) == "frozen"
    assert effective_status("cancelled", D(2030, 1, 1), today) == "cancelled"


def test_package_expiry():
    assert package_expiry(D(2026, 1, 31), 1) == D(2026, 2, 27)
    assert package_expiry(D(2026, 1, 1), 0) is None


@pytest.mark.parametrize(("cents", "rate", "points"),
                         [(9999, 2, 0), (10000, 2, 2), (25050, 1, 2), (100000, 0, 0), (0, 5, 0)])
def test_points_for_each_full_100_yuan(cents, rate, points):
    assert points_earned(cents, rate) == points


def test_apply_entry_refuses_below_zero():
    start = Balances(1000, 5, 1)
    assert apply_entry(start, amount_cents=-1000, points=-5, uses=-1) == Balances(0, 0, 0)
    for kwargs, words in (({"amount_cents": -1001, "points": 0, "uses": 0}, "balance"),
                          ({"amount_cents": 0, "points": -6, "uses": 0}, "points"),
                          ({"amount_cents": 0, "points": 0, "uses": -2}, "no services")):
        with pytest.raises(RuleError, match=words):
            apply_entry(start, **kwargs)


def test_member_price_applies_each_discount_exactly():
    from dealerdesk.domain.membership import member_price

    assert member_price(100000, 50000, 10, 15) == 90000 + 42500
    assert member_price(999, 0, 5, 0) == 949  # 49.95 rounds to 50 fen off
    assert member_price(0, 0, 50, 50) == 0
