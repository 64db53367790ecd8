"""Tests for dealerdesk.domain.cardno: readable card numbers that catch typing mistakes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.cardno import (
    card_no_problem,
    display_card_no,
    is_valid_card_no,
    make_card_no,
    normalize_card_no,
    normalize_prefix,
    sequence_of,
)
from dealerdesk.domain.errors import RuleError


def test_known_numbers():
    assert make_card_no("VIP", 1) == "VIP0000012"
    assert make_card_no("vip", 12) == "VIP0000129"
    assert make_card_no("HZ", 1_000_000).startswith("HZ1000000")
    assert display_card_no("VIP0000129") == "VIP0000129"  # as printed on the card
    assert normalize_card_no(" vip 000012-9 ") == "VIP0000129"
    assert sequence_of("vip 000012 9") == 12


@pytest.mark.parametrize("prefix", ["", "12", "ABCDE", "会员", "A-B"])
def test_bad_prefix(prefix):
    with pytest.raises(RuleError, match="1 to 4 Latin letters"):
        normalize_prefix(prefix)


def test_problems_are_explained():
    assert "letters followed" in card_no_problem("12345")
    assert "check digit" in card_no_problem("VIP0000128")
    assert card_no_problem("VIP0000129") == ""
    assert sequence_of("VIP0000128") is None


@given(st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=4),
       st.integers(min_value=1, max_value=10**8))
def test_every_made_number_is_valid_and_reads_back(prefix, seq):
    number = make_card_no(prefix, seq)
    assert is_valid_card_no(number)
    assert sequence_of(display_card_no(number)) == seq


@given(st.integers(min_value=1, max_value=999_999), st.data())
def test_any_single_digit_mistake_is_caught(seq, data):
    number = make_card_no("VIP", seq)
    pos = data.draw(st.integers(min_value=3, max_value=len(number) - 1))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != number[pos]]))
    assert not is_valid_card_no(number[:pos] + wrong + number[pos + 1:])


@given(st.integers(min_value=1, max_value=999_999), st.data())
def test_swapped_neighbours_are_caught(seq, data):
    number = make_card_no("VIP", seq)
    pos = data.draw(st.integers(min_value=3, max_value=len(number) - 2))
    a, b = number[pos], number[pos + 1]
    if a == b or {a, b} == {"0", "9"}:  # the one swap Luhn cannot see
        return
    assert not is_valid_card_no(number[:pos] + b + a + number[pos + 2:])
