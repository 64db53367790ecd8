"""DealerDesk's lunar calendar checked against an independent one (zhdate, its own table)
over every month of lunar years 1900-2100, and every day of the years where calendars
have been found to disagree.

A third calendar, lunar-python (computed from the astronomical new moon), agrees on
every month but one: it starts the 9th month of 2057 on 29 September, DealerDesk and
zhdate on 28 September. The new moon falls about ten seconds before midnight of the
28th in Beijing time, within that library's error; the table keeps the 28th.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain import lunar

zhdate = pytest.importorskip("zhdate")
ZhDate = zhdate.ZhDate


def _all_months() -> list[tuple[int, int, bool]]:
    return [
        (year, month, leap)
        for year in range(lunar.FIRST_YEAR, lunar.LAST_YEAR + 1)
        for month in range(1, 13)
        for leap in ((False, True) if lunar.leap_month(year) == month else (False,))
    ]


def _reference(d: dt.date) -> tuple[int, int, int, bool]:
    z = ZhDate.from_datetime(dt.datetime(d.year, d.month, d.day))
    return z.lunar_year, z.lunar_month, z.lunar_day, bool(z.leap_month)


def test_every_month_starts_on_the_same_day() -> None:
    months = _all_months()
    assert len(months) == 2486  # 201 years of 12 months, and 74 leap months
    differ = [
        (year, month, leap)
        for year, month, leap in months
        if lunar.lunar_to_solar(year, month, 1, leap=leap)
        != ZhDate(year, month, 1, leap).to_datetime().date()
    ]
    assert differ == []


def test_every_month_has_the_same_length() -> None:
    differ = []
    for year, month, leap in _all_months():
        last = lunar.lunar_to_solar(year, month, 1, leap=leap) + dt.timedelta(
            days=lunar.month_days(year, month, leap=leap) - 1)
        if last <= dt.date(2100, 12, 31) and _reference(last)[1:3] != (month, lunar.month_days(
                year, month, leap=leap)):
            differ.append((year, month, leap))
    assert differ == []


@pytest.mark.parametrize("year", [1900, 1933, 1954, 1978, 2025, 2057, 2099, 2100])
def test_every_day_of_a_year_where_calendars_disagree(year: int) -> None:
    day = max(dt.date(year, 1, 1), lunar.FIRST_SOLAR)
    differ = []
    while day.year == year:
        if lunar.solar_to_lunar(day) != _reference(day):
            differ.append(day)
        day += dt.timedelta(days=1)
    assert differ == []
