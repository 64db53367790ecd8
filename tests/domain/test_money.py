"""Tests for dealerdesk.domain.money: exact cents from what people type."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.money import (
    format_cents,
    format_plain,
    format_reading,
    format_wan,
    parse_yuan,
    percent_of,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1,234.5", 123450),
        ("¥1234.50", 123450),
        ("￥ 1 234", 123400),
        ("１２３４．５６", 123456),
        ("800元", 80000),
        ("1.5万", 1_500_000),
        ("0.01", 1),
        ("+20", 2000),
        ("0", 0),
        (" 12 ", 1200),
        ("RMB 99.9", 9990),
        (Decimal("12.34"), 1234),
        (15, 1500),
    ],
)
def test_parse_yuan(text, cents):
    assert parse_yuan(text) == cents


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "enter an amount"),
        ("-5", "negative"),
        ("1.234", "two decimals"),
        ("12a", "in yuan"),
        ("1.2.3", "in yuan"),
        ("1e5", "in yuan"),
        ("nan", "in yuan"),
        ("¥", "enter an amount"),
        ("99999999999999", "too large"),
    ],
)
def test_bad_amounts_are_refused_with_a_reason(text, words):
    with pytest.raises(RuleError, match=words):
        parse_yuan(text)


def test_float_is_refused_and_zero_can_be():
    with pytest.raises(RuleError, match="exact"):
        parse_yuan(0.1)
    with pytest.raises(RuleError, match="more than zero"):
        parse_yuan("0.00", allow_zero=False)
    with pytest.raises(RuleError, match="at most ¥100.00"):
        parse_yuan("100.01", max_cents=10000)


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "¥0.00"), (5, "¥0.05"), (123450, "¥1,234.50"), (-1200, "-¥12.00"),
     (100000000, "¥1,000,000.00")],
)
def test_format_cents(cents, text):
    assert format_cents(cents) == text


@given(st.integers(min_value=0, max_value=10**12))
def test_format_then_parse_round_trips(cents):
    assert parse_yuan(format_cents(cents), max_cents=10**12) == cents
    assert parse_yuan(format_plain(cents), max_cents=10**12) == cents


@pytest.mark.parametrize(
    ("cents", "wan", "english"),
    [(10_000_000, "10万", "¥100,000"), (100_000_000, "100万", "¥1,000,000"),
     (1_500_000, "1.5万", "¥15,000"), (1_000_000, "1万", "¥10,000"),
     (200_000_000, "200万", "¥2,000,000"), (12_500_000, "12.5万", "¥125,000"),
     (-30_000_000, "-30万", "-¥300,000")],
)
def test_short_form_in_wan(cents, wan, english):
    """Zeros of the whole number stay: ¥100,000 is 10万, never 1万."""
    assert format_wan(cents) == wan
    assert format_reading(cents, chinese=True) == wan
    assert format_reading(cents, chinese=False) == english


def test_reading_below_one_wan_and_rounded_sums():
    assert format_reading(300_000, chinese=True) == "3,000 元"
    assert format_reading(1250, chinese=False) == "¥12.50"
    assert format_reading(12_345_678, chinese=True) == "12.345678万"
    assert format_reading(12_345_678, chinese=True, rounded=True) == "12.35万"
    assert format_reading(123_456_789_012, chinese=True, rounded=True) == "123,456.79万"
    assert format_reading(12_345_678, chinese=False, rounded=True) == "¥123,457"
    assert format_wan(1_000_001, places=2) == "1万"


@given(st.integers(min_value=1_000_000, max_value=10**12))
def test_the_short_form_parses_back(cents):
    assert parse_yuan(format_wan(cents), max_cents=10**12) == cents


def test_percent_rounds_half_up_exactly():
    assert percent_of(999, 10) == 100
    assert percent_of(105, 50) == 53


@given(st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False,
                   allow_infinity=False), st.booleans(), st.booleans())
def test_any_two_decimal_amount_parses_exactly(value, fullwidth, symbol):
    from dealerdesk.domain.money import MAX_CENTS

    text = f"{value:,.2f}"
    if fullwidth:
        text = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)
    if symbol:
        text = "¥" + text
    assert parse_yuan(text, max_cents=MAX_CENTS) == int(value * 100)
