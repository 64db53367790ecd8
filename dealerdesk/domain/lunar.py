"""Chinese lunar calendar: conversions, how lunar dates are written, next birthdays.

The calendar is DealerDesk's own table of lunar years 1900-2100 (solar 1900-01-31 to
2101-01-28): the widely copied table that lunardate 0.3.0 also ships, with the month
boundaries corrected where it disagrees with the astronomical new moon in Beijing time
(UTC+8, the rule of GB/T 33661-2017) and with independent calendars:

- 1933: the leap 5th month has 30 days (the new moon fell at 00:03 on 23 July, not on
  the 22nd), so 1933-07-22 is 闰五月三十, not 六月初一;
- 1954: the 10th month has 29 days and the 11th 30 (new moon 25 November 20:30), so
  1954-11-25 to 12-24 are one day later in the month;
- 1978: the 7th month has 30 days and the 8th 29 (new moon 3 September 00:09), so
  1978-09-02 to 10-01 are one day earlier (1978-09-16 is 八月十四, not 八月十五);
- 2100 is added.

tests/domain/test_lunar_reference.py checks every month of every year against an
independent calendar library.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from dealerdesk.domain.dates import add_years, parse_month_day
from dealerdesk.domain.errors import RuleError
from dealerdesk.i18n import translate

FIRST_YEAR = 1900
LAST_YEAR = 2100
# Solar span of lunar years 1900-2100.
FIRST_SOLAR = date(1900, 1, 31)
LAST_SOLAR = date(2101, 1, 28)

# One number per lunar year from 1900: bits 15..4 say whether months 1..12 have 30 days
# (1) or 29 (0); bits 3..0 name the leap month (0: none); bit 16 says whether the leap
# month has 30 days. Ten years a line.
_YEAR_INFOS = (
    0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2,
    0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977,
    0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970,
    0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950,
    0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557,
    0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0,
    0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0,
    0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6,
    0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570,
    0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x05ac0, 0x0ab60, 0x096d5, 0x092e0,
    0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5,
    0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930,
    0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530,
    0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45,
    0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0,
    0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06aa0, 0x1a6c4, 0x0aae0,
    0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4,
    0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0,
    0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160,
    0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252,
    0x0d520,
)

_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_DIGITS = "一二三四五六七八九十"


def leap_month(year: int) -> int | None:
    """The month that lunar `year` repeats as a leap month, or None."""
    _check_year(year)
    return _YEAR_INFOS[year - FIRST_YEAR] % 16 or None


def month_days(year: int, month: int, *, leap: bool = False) -> int:
    """29 or 30: the length of lunar `year`-`month` (`leap`: its leap month)."""
    _check_year(year)
    return _month_days(_YEAR_INFOS[year - FIRST_YEAR], month, leap)


def lunar_to_solar(year: int, month: int, day: int, *, leap: bool = False) -> date:
    """The solar date of lunar `year`-`month`-`day` (`leap`: in that year's leap month).

    A leap month the year does not have falls back to the ordinary month; a 30th in a
    29-day month falls back to the 29th. Raises RuleError outside lunar years 1900-2100.
    """
    _check_year(year)
    _check_month_day(month, day)
    leap = leap and leap_month(year) == month
    offset = _year_starts()[year - FIRST_YEAR]
    for each_month, each_leap, days in _months(year):
        if (each_month, each_leap) == (month, leap):
            return FIRST_SOLAR + timedelta(days=offset + min(day, days) - 1)
        offset += days
    raise AssertionError("unreachable: every month is in the table")


def solar_to_lunar(d: date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, is leap month) for a solar date in lunar years 1900-2100."""
    if not FIRST_SOLAR <= d <= LAST_SOLAR:
        raise _range_error()
    offset = (d - FIRST_SOLAR).days
    starts = _year_starts()
    index = bisect_right(starts, offset) - 1
    offset -= starts[index]
    year = FIRST_YEAR + index
    for month, leap, days in _months(year):
        if offset < days:
            return year, month, offset + 1, leap
        offset -= days
    raise AssertionError("unreachable: the year's months cover its days")


def format_lunar_md(month: int, day: int, *, leap: bool = False) -> str:
    """A lunar month and day as written in Chinese: "八月十五", "腊月廿三", "闰四月初八".

    Always Chinese, whatever the interface language: it is how lunar dates are written.
    """
    _check_month_day(month, day)
    return ("闰" if leap else "") + _MONTHS[month - 1] + "月" + _day_name(day)


def parse_lunar_md(text: str) -> tuple[int, int, bool]:
    """(month, day, leap) from a lunar month and day as written: "八月十五", "闰六月初一",
    "农历8月15", "8-15", "腊月廿三"... Raises RuleError for anything else."""
    cleaned = "".join(str(text).split()).removeprefix("农历").removeprefix("阴历")
    leap = cleaned.startswith("闰")
    month, day = parse_month_day(cleaned.removeprefix("闰"))
    return month, day, leap


def celebrates_leap(born_in_leap_month: bool, keeps_leap_month: bool) -> bool:
    """Whether a lunar birthday is kept in the leap month (in years that have it).

    Someone born in a leap month celebrates in the ordinary month of that name, as most
    families and calendar apps do, unless their record says they keep the leap month.
    """
    return born_in_leap_month and keeps_leap_month


def next_birthday(
    today: date,
    *,
    solar: date | None = None,
    lunar_md: tuple[int, int] | None = None,
    lunar_leap: bool = False,
    keeps_leap_month: bool = False,
) -> date | None:
    """The first birthday on or after `today`; None if no birthday is known.

    A lunar (month, day) wins over a solar date because that is the day the customer
    celebrates; it falls in the lunar year containing `today` or the next one, with the
    fallbacks of lunar_to_solar() (a lunar `today` outside 1900-2100 raises RuleError).
    `lunar_leap`: born in the leap month; the birthday is then in the ordinary month
    unless `keeps_leap_month`. A solar 29 February is kept on 28 February in other years.
    """
    if lunar_md is not None:
        leap = celebrates_leap(lunar_leap, keeps_leap_month)
        return _next_lunar_birthday(today, lunar_md, leap)
    if solar is not None:
        this_year = add_years(solar, today.year - solar.year)
        return this_year if this_year >= today else add_years(solar, today.year + 1 - solar.year)
    return None


def _next_lunar_birthday(today: date, month_day: tuple[int, int], leap: bool) -> date | None:
    lunar_year = solar_to_lunar(today)[0]
    month, day = month_day
    candidates = (
        lunar_to_solar(year, month, day, leap=leap)
        for year in (lunar_year, lunar_year + 1)
        if year <= LAST_YEAR
    )
    return min((d for d in candidates if d >= today), default=None)


def _month_days(info: int, month: int, leap: bool) -> int:
    if leap:
        return 30 if info >> 16 & 1 else 29
    return 30 if info >> (16 - month) & 1 else 29


@lru_cache(maxsize=256)
def _months(year: int) -> tuple[tuple[int, bool, int], ...]:
    """(month, is leap, days) of lunar `year` in calendar order."""
    info = _YEAR_INFOS[year - FIRST_YEAR]
    found = []
    for month in range(1, 13):
        found.append((month, False, _month_days(info, month, False)))
        if info % 16 == month:
            found.append((month, True, _month_days(info, month, True)))
    return tuple(found)


@lru_cache(maxsize=1)
def _year_starts() -> tuple[int, ...]:
    """Days from FIRST_SOLAR to the first day of each lunar year (and past the last)."""
    starts = [0]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        starts.append(starts[-1] + sum(days for _, _, days in _months(year)))
    return tuple(starts)


def _day_name(day: int) -> str:
    if day <= 10:
        return "初" + _DIGITS[day - 1]
    if day < 20:
        return "十" + _DIGITS[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 21]
    return "三十"


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _range_error()


def _check_month_day(month: int, day: int) -> None:
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise RuleError(
            translate("Rules", "A lunar date has a month from 1 to 12 and a day from 1 to 30")
        )


def _range_error() -> RuleError:
    return RuleError(translate("Rules", "Lunar dates can only be used for the years 1900 to 2100"))
