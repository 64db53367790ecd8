"""Chinese lunar calendar: conversions, how lunar dates are written, next birthdays."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dealerdesk.domain.dates import add_years
from dealerdesk.domain.errors import RuleError
from dealerdesk.i18n import translate

if TYPE_CHECKING:
    from lunardate import LunarDate

FIRST_YEAR = 1900
LAST_YEAR = 2099
# Solar span of lunar years 1900-2099; lunardate gives wrong answers outside it.
FIRST_SOLAR = date(1900, 1, 31)
LAST_SOLAR = date(2100, 2, 8)

_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_DIGITS = "一二三四五六七八九十"


def lunar_to_solar(year: int, month: int, day: int, *, leap: bool = False) -> date:
    """The solar date of lunar `year`-`month`-`day` (`leap`: in that year's leap month).

    A leap month the year does not have falls back to the ordinary month; a 30th in a
    29-day month falls back to the 29th. Raises RuleError outside lunar years 1900-2099.
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _range_error()
    _check_month_day(month, day)
    lunar_date = _lunardate()
    leap = leap and lunar_date.leap_month_for_year(year) == month
    try:
        solar: date = lunar_date(year, month, day, leap).to_solar_date()
    except ValueError:  # the 30th of a month that has 29 days
        solar = lunar_date(year, month, 29, leap).to_solar_date()
    return solar


def solar_to_lunar(d: date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, is leap month) for a solar date in lunar years 1900-2099."""
    if not FIRST_SOLAR <= d <= LAST_SOLAR:
        raise _range_error()
    lunar = _lunardate().from_solar_date(d.year, d.month, d.day)
    return lunar.year, lunar.month, lunar.day, lunar.is_leap_month


def format_lunar_md(month: int, day: int, *, leap: bool = False) -> str:
    """A lunar month and day as written in Chinese: "八月十五", "腊月廿三", "闰四月初八".

    Always Chinese, whatever the interface language: it is how lunar dates are written.
    """
    _check_month_day(month, day)
    return ("闰" if leap else "") + _MONTHS[month - 1] + "月" + _day_name(day)


def next_birthday(
    today: date,
    *,
    solar: date | None = None,
    lunar_md: tuple[int, int] | None = None,
    lunar_leap: bool = False,
) -> date | None:
    """The first birthday on or after `today`; None if no birthday is known.

    A lunar (month, day) wins over a solar date because that is the day the customer
    celebrates; it falls in the lunar year containing `today` or the next one, with the
    fallbacks of lunar_to_solar() (a lunar `today` outside 1900-2099 raises RuleError).
    A solar 29 February is kept on 28 February in other years.
    """
    if lunar_md is not None:
        return _next_lunar_birthday(today, lunar_md, lunar_leap)
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


def _check_month_day(month: int, day: int) -> None:
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise RuleError(
            translate("Rules", "A lunar date has a month from 1 to 12 and a day from 1 to 30")
        )


def _range_error() -> RuleError:
    return RuleError(translate("Rules", "Lunar dates can only be used for the years 1900 to 2099"))


def _lunardate() -> type[LunarDate]:
    from lunardate import LunarDate  # imported when first needed: start-up time

    lunar_date: type[LunarDate] = LunarDate
    return lunar_date
