"""Dates as dealers write them (text, Excel serial numbers) and calendar arithmetic."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import translate

# Excel's 1900 date system counts 1900-02-29 (serial 60), a day that never existed.
_EXCEL_EPOCH = date(1899, 12, 30)  # serials after 60
_EXCEL_EARLY_EPOCH = date(1899, 12, 31)  # serials 1..59
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_LAST = 2958465  # 9999-12-31

_TIME_SUFFIX = re.compile(r"[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR_LAST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")
_SHORT_YEAR = re.compile(r"\d{1,2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?")
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_NUMERIC_MONTH_DAY = re.compile(r"(\d{1,2})[-/.](\d{1,2})")
_CHINESE_MONTH_DAY = re.compile(r"(.+?)月(.+?)[日号]?")

_CHINESE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
_MONTH_NAMES = {"正": 1, "元": 1, "冬": 11, "腊": 12}
_ORDERS = ("mdy", "dmy")


_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec")


def stored_day(value: object) -> date | None:
    """A day as the database hands it back: a date on PostgreSQL, ISO text on SQLite (a
    time after the day is left out, as from a datetime); None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def format_day(value: date | None) -> str:
    """A date as the user's language writes it ("6 Dec 2026" / "2026-12-06"); "" for None.

    The one rule for dates shown to people: tables, reminder texts and the date fields all
    use it, so a row never mixes two spellings of a date.
    """
    if value is None:
        return ""
    # The Chinese translation of this pattern is "{year}-{month:02d}-{day:02d}".
    pattern = translate("Dates", "{day} {month_name} {year}")
    return pattern.format(day=value.day, month=value.month, year=value.year,
                          month_name=_MONTH_ABBREVIATIONS[value.month - 1])


def parse_date(value: object, *, order: str | None = None) -> date | None:
    """A date from a cell or a text field; None for None or blank.

    Understands date and datetime values, Excel serial numbers (1900 date system, also
    as 5-digit text), "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日" (or 号),
    "20240305", a trailing time (ignored) and day/month/year or month/day/year with a
    four-digit year. `order` ("mdy" or "dmy") decides the last kind; without it a first
    number above 12 means day first, otherwise month first. Raises RuleError for
    anything else, including two-digit years and dates that do not exist.
    """
    if order not in (None, *_ORDERS):
        raise ValueError(f"order must be 'mdy', 'dmy' or None, not {order!r}")
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(value)
    return _parse_text(clean_text(value), order)


def guess_day_month_order(values: Iterable[object]) -> str:
    """Return "dmy" or "mdy" for a column of dates written with the year last.

    Counts the texts whose first number is above 12 (day first) and those whose second
    is (month first) and returns the majority; "mdy" when neither kind appears or on a tie.
    """
    day_first = month_first = 0
    for value in values:
        if not isinstance(value, str):
            continue
        match = _YEAR_LAST.fullmatch(_TIME_SUFFIX.sub("", clean_text(value)))
        if match:
            day_first += int(match[1]) > 12
            month_first += int(match[2]) > 12
    return "dmy" if day_first > month_first else "mdy"


def has_year_last(values: Iterable[object]) -> bool:
    """True when some value is a date written with the year last (3/5/2024), whose day
    and month order has to be chosen; dates typed year first never need that."""
    return any(isinstance(value, str)
               and _YEAR_LAST.fullmatch(_TIME_SUFFIX.sub("", clean_text(value)))
               for value in values)


def parse_month_day(text: str) -> tuple[int, int]:
    """(month, day) from "8-15", "8/15", "8月15日", "八月十五", "正月初一", "腊月廿三"...

    Meant for lunar birthdays: month 1-12, day 1-30. Raises RuleError otherwise.
    """
    cleaned = "".join(clean_text(text).split()).removeprefix("农历").removeprefix("阴历")
    month_day = _month_day_numbers(cleaned)
    if month_day is None or not (1 <= month_day[0] <= 12 and 1 <= month_day[1] <= 30):
        raise RuleError(
            translate("Rules", "{} is not a month and day: write it like 8-15 or 八月十五").format(
                clean_text(text)
            )
        )
    return month_day


def add_years(d: date, years: int) -> date:
    """The same day `years` later (or earlier); 29 February becomes 28 February if needed."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        if (d.month, d.day) != (2, 29):
            raise
        return date(d.year + years, 2, 28)


def add_months(d: date, months: int) -> date:
    """The same day `months` later (or earlier), moved back to the month's last day if needed."""
    year, month_index = divmod(d.year * 12 + d.month - 1 + months, 12)
    month = month_index + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def age_in_years(start: date, today: date) -> int:
    """Whole years from `start` to `today` (0 if `today` is earlier).

    Someone born on 29 February gains a year on 28 February in other years, the day
    add_years() gives.
    """
    years = today.year - start.year
    if years > 0 and add_years(start, years) > today:
        years -= 1
    return max(years, 0)


def _from_serial(serial: float) -> date:
    if not (math.isfinite(serial) and 1 <= serial < _EXCEL_LAST + 1):
        raise RuleError(
            translate(
                "Rules", "{} is not a date: a spreadsheet date number is between 1 and 2958465"
            ).format(serial)
        )
    days = int(serial)
    if days == _EXCEL_FAKE_LEAP_DAY:
        raise RuleError(
            translate("Rules", "Spreadsheet day 60 is 29 February 1900, which never existed")
        )
    epoch = _EXCEL_EPOCH if days > _EXCEL_FAKE_LEAP_DAY else _EXCEL_EARLY_EPOCH
    return epoch + timedelta(days=days)


def _parse_text(text: str, order: str | None) -> date | None:
    if not text:
        return None
    bare = _TIME_SUFFIX.sub("", text)
    if _SERIAL.fullmatch(bare):
        return _from_serial(float(bare))
    match = _YMD.fullmatch(bare) or _COMPACT.fullmatch(bare)
    if match:
        return _real_date(text, int(match[1]), int(match[2]), int(match[3]))
    match = _YEAR_LAST.fullmatch(bare)
    if match:
        first, second = int(match[1]), int(match[2])
        if (order or ("dmy" if first > 12 else "mdy")) == "dmy":
            first, second = second, first
        return _real_date(text, int(match[3]), first, second)
    if _SHORT_YEAR.fullmatch(bare):
        raise RuleError(
            translate(
                "Rules", "{} has a two-digit year: write the year in full, e.g. 2024-03-05"
            ).format(text)
        )
    raise RuleError(translate("Rules", "{} is not a date: write it like 2024-03-05").format(text))


def _real_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise RuleError(translate("Rules", "{} is not a real date").format(text)) from None


def _month_day_numbers(text: str) -> tuple[int, int] | None:
    numeric = _NUMERIC_MONTH_DAY.fullmatch(text)
    if numeric:
        return int(numeric[1]), int(numeric[2])
    chinese = _CHINESE_MONTH_DAY.fullmatch(text)
    if not chinese:
        return None
    month, day = _month_number(chinese[1]), _day_number(chinese[2])
    return None if month is None or day is None else (month, day)


def _month_number(token: str) -> int | None:
    if token.isascii() and token.isdigit():
        return int(token)
    return _MONTH_NAMES.get(token) or _chinese_number(token)


def _day_number(token: str) -> int | None:
    if token.isascii() and token.isdigit():
        return int(token)
    if token.startswith("初"):
        number = _chinese_number(token[1:])
        return number if number is not None and number <= 10 else None
    return _chinese_number(token)


def _chinese_number(token: str) -> int | None:
    """1-39 written in Chinese: 五, 十, 十五, 二十, 廿三, 三十, 卅."""
    token = token.replace("廿", "二十").replace("卅", "三十")
    if token in _CHINESE_DIGITS:
        return _CHINESE_DIGITS[token]
    tens, ten, units = token.partition("十")
    if not ten:
        return None
    tens_value = _CHINESE_DIGITS.get(tens) if tens else 1
    units_value = _CHINESE_DIGITS.get(units) if units else 0
    if tens_value is None or units_value is None:
        return None
    return tens_value * 10 + units_value
