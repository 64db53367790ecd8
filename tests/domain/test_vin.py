"""Tests for dealerdesk.domain.vin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.vin import normalize_vin, vin_check_digit_ok


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1M8GDM9AXKP042788", "1M8GDM9AXKP042788"),
        ("1m8gdm9axkp042788", "1M8GDM9AXKP042788"),
        (" LSVAM4187C2184847 ", "LSVAM4187C2184847"),
        ("LSV AM418 7C2184847", "LSVAM4187C2184847"),
        ("ＬＳＶＡＭ４１８７Ｃ２１８４８４７", "LSVAM4187C2184847"),
        ("LSVAM4187C2184847\u3000", "LSVAM4187C2184847"),
        ("11111111111111111", "11111111111111111"),
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_normalize_vin(raw: object, expected: str) -> None:
    assert normalize_vin(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("LSVAM4187C218484", "A VIN has 17 characters; this one has 16"),
        ("LSVAM4187C21848477", "A VIN has 17 characters; this one has 18"),
        ("LSV", "A VIN has 17 characters; this one has 3"),
        ("LSVAM4187C21848I7", "The letters I, O and Q never appear in a VIN"),
        ("LSVAM4187C21848O7", "The letters I, O and Q never appear in a VIN"),
        ("LSVAM4187C21848Q7", "The letters I, O and Q never appear in a VIN"),
        ("lsvam4187c21848o7", "The letters I, O and Q never appear in a VIN"),
        ("LSVAM4187C2184O", "The letters I, O and Q never appear in a VIN"),
        ("LSV-AM4187C218484", "A VIN has only letters and digits"),
        ("LSVAM4187C218484车", "A VIN has only letters and digits"),
        (12345, "A VIN has 17 characters; this one has 5"),
    ],
)
def test_normalize_vin_rejects(raw: object, message: str) -> None:
    with pytest.raises(RuleError) as caught:
        normalize_vin(raw)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("vin", "expected"),
    [
        ("1M8GDM9AXKP042788", True),  # check digit X (remainder 10)
        ("1M8GDM9A1KP042788", False),
        ("11111111111111111", True),
        ("11111111211111111", False),
        ("LSVAM4187C2184847", True),
        ("LSVAM4188C2184847", False),
        ("1M8GDM9AXKP04278", False),  # not a VIN at all
        ("1M8GDM9AXKP0427O8", False),
        ("", False),
    ],
)
def test_vin_check_digit(vin: str, expected: bool) -> None:
    assert vin_check_digit_ok(vin) is expected


_vins = st.from_regex(r"[A-HJ-NPR-Z0-9]{17}", fullmatch=True)


@given(_vins)
def test_valid_vins_are_fixed_points(vin: str) -> None:
    assert normalize_vin(vin) == vin
    assert normalize_vin(vin.lower()) == vin


@given(_vins)
def test_exactly_one_check_digit_fits(vin: str) -> None:
    fits = [c for c in "0123456789X" if vin_check_digit_ok(vin[:8] + c + vin[9:])]
    assert len(fits) == 1
