"""Tests for dealerdesk.domain.lunar (expected dates checked against almanacs and the new moon)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.dates import parse_month_day
from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.lunar import (
    format_lunar_md,
    lunar_to_solar,
    next_birthday,
    solar_to_lunar,
)


@pytest.mark.parametrize(
    ("lunar", "leap", "expected"),
    [
        ((2024, 1, 1), False, date(2024, 2, 10)),  # Spring Festival 2024
        ((2027, 1, 1), False, date(2027, 2, 6)),
        ((2025, 8, 15), False, date(2025, 10, 6)),  # Mid-Autumn 2025
        ((2026, 8, 15), False, date(2026, 9, 25)),
        ((2025, 12, 23), False, date(2026, 2, 10)),
        ((1900, 1, 1), False, date(1900, 1, 31)),
        ((2099, 12, 30), False, date(2100, 2, 8)),
        ((2100, 1, 1), False, date(2100, 2, 9)),
        ((2100, 12, 29), False, date(2101, 1, 28)),
        # months the common table had wrong (new moon in Beijing time)
        ((1978, 8, 14), False, date(1978, 9, 16)),
        ((1978, 8, 1), False, date(1978, 9, 3)),
        ((1954, 11, 1), False, date(1954, 11, 25)),
        ((1933, 5, 30), True, date(1933, 7, 22)),
        # leap months: 2023 has a leap 2nd month, 2020 a leap 4th, 2025 a leap 6th
        ((2023, 2, 1), True, date(2023, 3, 22)),
        ((2023, 2, 1), False, date(2023, 2, 20)),
        ((2020, 4, 8), True, date(2020, 5, 30)),
        ((2020, 4, 8), False, date(2020, 4, 30)),
        ((2025, 6, 1), True, date(2025, 7, 25)),
        ((2025, 6, 1), False, date(2025, 6, 25)),
        # a leap month the year does not have: the ordinary month
        ((2024, 2, 1), True, date(2024, 3, 10)),
        ((2023, 3, 1), True, lunar_to_solar(2023, 3, 1)),
        # the 30th of a 29-day month: the 29th
        ((2024, 1, 30), False, date(2024, 3, 9)),
        ((2024, 12, 30), False, date(2025, 1, 28)),
        ((2025, 12, 30), False, date(2026, 2, 16)),
    ],
)
def test_lunar_to_solar(lunar: tuple[int, int, int], leap: bool, expected: date) -> None:
    assert lunar_to_solar(*lunar, leap=leap) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((1899, 12, 1), "1900 to 2100"),
        ((2101, 1, 1), "1900 to 2100"),
        ((2024, 13, 1), "month from 1 to 12"),
        ((2024, 0, 1), "month from 1 to 12"),
        ((2024, 1, 31), "day from 1 to 30"),
        ((2024, 1, 0), "day from 1 to 30"),
    ],
)
def test_lunar_to_solar_rejects(args: tuple[int, int, int], message: str) -> None:
    with pytest.raises(RuleError, match=message):
        lunar_to_solar(*args)


@pytest.mark.parametrize(
    ("solar", "expected"),
    [
        (date(2024, 2, 10), (2024, 1, 1, False)),
        (date(2024, 2, 9), (2023, 12, 30, False)),
        (date(2023, 3, 22), (2023, 2, 1, True)),
        (date(2020, 5, 30), (2020, 4, 8, True)),
        (date(2026, 12, 20), (2026, 11, 12, False)),
        (date(1900, 1, 31), (1900, 1, 1, False)),
        (date(2100, 2, 8), (2099, 12, 30, False)),
        (date(2101, 1, 28), (2100, 12, 29, False)),
        (date(1978, 9, 2), (1978, 7, 30, False)),
        (date(1978, 9, 16), (1978, 8, 14, False)),
        (date(1978, 10, 1), (1978, 8, 29, False)),
        (date(1978, 10, 2), (1978, 9, 1, False)),
        (date(1954, 11, 24), (1954, 10, 29, False)),
        (date(1954, 11, 25), (1954, 11, 1, False)),
        (date(1954, 12, 24), (1954, 11, 30, False)),
        (date(1933, 7, 22), (1933, 5, 30, True)),
        (date(1933, 7, 23), (1933, 6, 1, False)),
    ],
)
def test_solar_to_lunar(solar: date, expected: tuple[int, int, int, bool]) -> None:
    assert solar_to_lunar(solar) == expected


@pytest.mark.parametrize("solar", [date(1900, 1, 30), date(1800, 1, 1), date(2101, 1, 29)])
def test_solar_to_lunar_rejects_dates_outside_the_table(solar: date) -> None:
    with pytest.raises(RuleError, match="1900 to 2100"):
        solar_to_lunar(solar)


@pytest.mark.parametrize(
    ("month", "day", "leap", "expected"),
    [
        (8, 15, False, "八月十五"),
        (1, 1, False, "正月初一"),
        (12, 23, False, "腊月廿三"),
        (4, 8, True, "闰四月初八"),
        (11, 20, False, "冬月二十"),
        (10, 10, False, "十月初十"),
        (2, 11, False, "二月十一"),
        (3, 19, False, "三月十九"),
        (5, 21, False, "五月廿一"),
        (6, 29, False, "六月廿九"),
        (12, 30, False, "腊月三十"),
    ],
)
def test_format_lunar_md(month: int, day: int, leap: bool, expected: str) -> None:
    assert format_lunar_md(month, day, leap=leap) == expected


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (1, 0), (1, 31)])
def test_format_lunar_md_rejects(month: int, day: int) -> None:
    with pytest.raises(RuleError):
        format_lunar_md(month, day)


@pytest.mark.parametrize(
    ("today", "kwargs", "expected"),
    [
        # lunar, across the solar year end
        (date(2026, 12, 20), {"lunar_md": (1, 1)}, date(2027, 2, 6)),
        (date(2026, 1, 10), {"lunar_md": (12, 23)}, date(2026, 2, 10)),
        (date(2026, 2, 10), {"lunar_md": (12, 23)}, date(2026, 2, 10)),  # today counts
        (date(2026, 2, 11), {"lunar_md": (12, 23)}, date(2027, 1, 30)),
        (date(2025, 10, 7), {"lunar_md": (8, 15)}, date(2026, 9, 25)),
        # born in a leap month: the ordinary month, unless they keep the leap month
        (date(2025, 6, 1), {"lunar_md": (6, 1), "lunar_leap": True}, date(2025, 6, 25)),
        (date(2025, 6, 1), {"lunar_md": (6, 1), "lunar_leap": True, "keeps_leap_month": True},
         date(2025, 7, 25)),
        (date(2023, 3, 1), {"lunar_md": (2, 1), "lunar_leap": True, "keeps_leap_month": True},
         date(2023, 3, 22)),
        (date(2023, 3, 23), {"lunar_md": (2, 1), "lunar_leap": True, "keeps_leap_month": True},
         date(2024, 3, 10)),
        (date(2023, 3, 1), {"lunar_md": (2, 1)}, date(2024, 3, 10)),
        # keeping the leap month means nothing to someone born in an ordinary month
        (date(2025, 7, 1), {"lunar_md": (6, 1), "keeps_leap_month": True}, date(2026, 7, 14)),
        # the 30th of a 29-day month
        (date(2025, 1, 1), {"lunar_md": (12, 30)}, date(2025, 1, 28)),
        (date(2024, 2, 20), {"lunar_md": (1, 30)}, date(2024, 3, 9)),
        (date(2025, 2, 1), {"lunar_md": (1, 30)}, date(2025, 2, 27)),  # a 30-day month
        (date(2025, 3, 1), {"lunar_md": (1, 30)}, date(2026, 3, 18)),
        # solar
        (date(2026, 3, 1), {"solar": date(1990, 5, 10)}, date(2026, 5, 10)),
        (date(2026, 5, 10), {"solar": date(1990, 5, 10)}, date(2026, 5, 10)),
        (date(2026, 5, 11), {"solar": date(1990, 5, 10)}, date(2027, 5, 10)),
        (date(2026, 12, 31), {"solar": date(1990, 1, 1)}, date(2027, 1, 1)),
        (date(2026, 1, 10), {"solar": date(2000, 2, 29)}, date(2026, 2, 28)),
        (date(2026, 3, 1), {"solar": date(2000, 2, 29)}, date(2027, 2, 28)),
        (date(2028, 1, 1), {"solar": date(2000, 2, 29)}, date(2028, 2, 29)),
        (date(2028, 2, 28), {"solar": date(2000, 2, 29)}, date(2028, 2, 29)),
        (date(2027, 3, 1), {"solar": date(2000, 2, 29)}, date(2028, 2, 29)),
        (date(2026, 1, 1), {"solar": date(2030, 6, 1)}, date(2026, 6, 1)),
        # lunar wins over solar
        (date(2026, 12, 20), {"solar": date(1990, 5, 10), "lunar_md": (1, 1)}, date(2027, 2, 6)),
    ],
)
def test_next_birthday(today: date, kwargs: dict[str, object], expected: date) -> None:
    assert next_birthday(today, **kwargs) == expected  # type: ignore[arg-type]


def test_no_birthday_known() -> None:
    assert next_birthday(date(2026, 1, 1)) is None


@given(
    st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=30),
    st.booleans(),
)
def test_next_lunar_birthday_is_within_a_year(
    today: date, month: int, day: int, leap: bool
) -> None:
    birthday = next_birthday(today, lunar_md=(month, day), lunar_leap=leap)
    assert birthday is not None
    assert today <= birthday < today + timedelta(days=400)
    _, lunar_month, lunar_day, _ = solar_to_lunar(birthday)
    assert lunar_month == month
    assert lunar_day == day or (day == 30 and lunar_day == 29)


@given(
    st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
)
def test_next_solar_birthday_is_within_a_year(today: date, born: date) -> None:
    birthday = next_birthday(today, solar=born)
    assert birthday is not None
    assert today <= birthday < today + timedelta(days=400)
    assert (birthday.month, birthday.day) == (born.month, born.day) or born.day == 29


@given(st.dates(min_value=date(1900, 1, 31), max_value=date(2101, 1, 28)))
def test_solar_lunar_round_trip(d: date) -> None:
    year, month, day, leap = solar_to_lunar(d)
    assert lunar_to_solar(year, month, day, leap=leap) == d


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=30))
def test_written_lunar_dates_parse_back(month: int, day: int) -> None:
    assert parse_month_day(format_lunar_md(month, day)) == (month, day)
