"""Tests for dealerdesk.domain.inspection."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.inspection import inspection_schedule, next_inspection_due

REGISTERED = date(2010, 5, 10)


def test_schedule_of_a_car_registered_in_2010() -> None:
    assert inspection_schedule(REGISTERED, date(2028, 1, 1)) == [
        date(2012, 5, 10),  # every 2 years for 10 years
        date(2014, 5, 10),
        date(2016, 5, 10),
        date(2018, 5, 10),
        date(2020, 5, 10),
        date(2021, 5, 10),  # then every year until 15 years
        date(2022, 5, 10),
        date(2023, 5, 10),
        date(2024, 5, 10),
        date(2025, 5, 10),
        date(2025, 11, 10),  # then every 6 months
        date(2026, 5, 10),
        date(2026, 11, 10),
        date(2027, 5, 10),
        date(2027, 11, 10),
    ]


def test_schedule_includes_until_and_starts_empty() -> None:
    assert inspection_schedule(REGISTERED, date(2012, 5, 10)) == [date(2012, 5, 10)]
    assert inspection_schedule(REGISTERED, date(2012, 5, 9)) == []
    assert inspection_schedule(REGISTERED, date(2000, 1, 1)) == []


def test_schedule_of_a_car_registered_on_29_february() -> None:
    assert inspection_schedule(date(2008, 2, 29), date(2024, 3, 1)) == [
        date(2010, 2, 28),
        date(2012, 2, 29),
        date(2014, 2, 28),
        date(2016, 2, 29),
        date(2018, 2, 28),
        date(2019, 2, 28),
        date(2020, 2, 29),
        date(2021, 2, 28),
        date(2022, 2, 28),
        date(2023, 2, 28),
        date(2023, 8, 29),
        date(2024, 2, 29),
    ]


def test_half_yearly_dates_count_from_registration_not_from_the_last_due_date() -> None:
    schedule = inspection_schedule(date(2000, 8, 31), date(2017, 1, 1))
    assert schedule[-3:] == [date(2015, 8, 31), date(2016, 2, 29), date(2016, 8, 31)]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2010, 5, 10), date(2012, 5, 10)),  # registered today
        (date(2011, 1, 1), date(2012, 5, 10)),
        (date(2012, 5, 10), date(2012, 5, 10)),  # due today
        (date(2012, 5, 11), date(2014, 5, 10)),
        (date(2019, 6, 1), date(2020, 5, 10)),
        (date(2020, 5, 11), date(2021, 5, 10)),
        (date(2024, 12, 31), date(2025, 5, 10)),
        (date(2025, 5, 11), date(2025, 11, 10)),
        (date(2026, 1, 1), date(2026, 5, 10)),
        (date(2040, 6, 1), date(2040, 11, 10)),
    ],
)
def test_next_inspection_due(today: date, expected: date) -> None:
    assert next_inspection_due(REGISTERED, today) == expected


def test_registration_in_the_future_gives_the_first_due_date() -> None:
    assert next_inspection_due(date(2027, 3, 1), date(2026, 1, 1)) == date(2029, 3, 1)
    assert next_inspection_due(date(2028, 2, 29), date(2026, 1, 1)) == date(2030, 2, 28)


_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))


@given(_dates, _dates)
def test_next_due_is_on_the_schedule(registered_on: date, today: date) -> None:
    due = next_inspection_due(registered_on, today)
    assert due >= today
    schedule = inspection_schedule(registered_on, due)
    assert schedule[-1] == due
    if registered_on <= today:
        assert all(d < today for d in schedule[:-1])


@given(_dates, _dates)
def test_schedule_is_increasing_with_the_rule_s_intervals(registered_on: date, until: date) -> None:
    schedule = inspection_schedule(registered_on, until)
    assert schedule == sorted(set(schedule))
    assert all(registered_on < d <= until for d in schedule)
    gaps = [(b.year - a.year) * 12 + b.month - a.month for a, b in pairwise(schedule)]
    assert gaps[:4] == [24] * len(gaps[:4])
    assert gaps[4:9] == [12] * len(gaps[4:9])
    assert set(gaps[9:]) <= {6}
