"""Tests for dealerdesk.domain.dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.dates import (
    add_months,
    add_years,
    age_in_years,
    guess_day_month_order,
    parse_date,
    parse_month_day,
)
from dealerdesk.domain.errors import RuleError

MARCH_5 = date(2024, 3, 5)


@pytest.mark.parametrize(
    "raw",
    [
        MARCH_5,
        datetime(2024, 3, 5, 10, 30),
        "2024-03-05",
        "2024-3-5",
        "2024/3/5",
        "2024/03/05",
        "2024.3.5",
        "2024.03.05",
        "2024年3月5日",
        "2024年03月05日",
        "2024年3月5号",
        "2024年3月5",
        "2024 年 3 月 5 日",
        "20240305",
        "2024-03-05 10:30:00",
        "2024-03-05 10:30",
        "2024/3/5 9:05:07",
        "2024-03-05T10:30:00",
        "2024-03-05T10:30:00.123+08:00",
        "2024-03-05T10:30:00Z",
        "  2024-03-05  ",
        "２０２４－０３－０５",
        "２０２４年３月５日",
        "3/5/2024",
        "03/05/2024",
        "3.5.2024",
        "3-5-2024",
        45356,
        45356.0,
        45356.99,
        "45356",
        "45356.5",
        "４５３５６",
    ],
)
def test_every_spelling_of_march_5(raw: object) -> None:
    assert parse_date(raw) == MARCH_5


@pytest.mark.parametrize(("raw", "expected"), [(None, None), ("", None), ("   ", None)])
def test_blank_is_none(raw: object, expected: None) -> None:
    assert parse_date(raw) is expected


@pytest.mark.parametrize(
    ("raw", "order", "expected"),
    [
        ("3/5/2024", None, date(2024, 3, 5)),  # ambiguous: month first by default
        ("3/5/2024", "mdy", date(2024, 3, 5)),
        ("3/5/2024", "dmy", date(2024, 5, 3)),
        ("5/3/2024", "dmy", date(2024, 3, 5)),
        ("25/3/2024", None, date(2024, 3, 25)),  # first part > 12: day first
        ("3/25/2024", None, date(2024, 3, 25)),  # second part > 12: month first
        ("25.12.2023", None, date(2023, 12, 25)),
        ("12/25/2023", "mdy", date(2023, 12, 25)),
        ("2024-03-05", "dmy", date(2024, 3, 5)),  # order only matters with the year last
    ],
)
def test_day_month_order(raw: str, order: str | None, expected: date) -> None:
    assert parse_date(raw, order=order) == expected


def test_unknown_order_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="order"):
        parse_date("3/5/2024", order="ymd")


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (2, date(1900, 1, 2)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (25569, date(1970, 1, 1)),
        (36526, date(2000, 1, 1)),
        (45292, date(2024, 1, 1)),
        (45351, date(2024, 2, 29)),
        (45356, date(2024, 3, 5)),
        (2958465, date(9999, 12, 31)),
        ("36526", date(2000, 1, 1)),
    ],
)
def test_excel_serials(serial: object, expected: date) -> None:
    assert parse_date(serial) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2023-02-29", "2023-02-29 is not a real date"),
        ("2024-13-01", "2024-13-01 is not a real date"),
        ("2024-04-31", "2024-04-31 is not a real date"),
        ("2024-00-10", "2024-00-10 is not a real date"),
        ("2024年2月30日", "2024年2月30日 is not a real date"),
        ("20230229", "20230229 is not a real date"),
        ("31/4/2024", "31/4/2024 is not a real date"),
        ("13/13/2024", "13/13/2024 is not a real date"),
        ("3/25/2024 ", "3/25/2024 is not a real date"),  # with order dmy below
        ("3/5/24", "two-digit year"),
        ("24-3-5", "two-digit year"),
        ("24/03/05", "two-digit year"),
        ("24年3月5日", "two-digit year"),
        ("5.3.24", "two-digit year"),
        ("hello", "hello is not a date"),
        ("2024", "2024 is not a date"),
        ("2024年3月", "is not a date"),
        ("2024-03", "is not a date"),
        ("240305", "is not a date"),
        ("3月5日", "is not a date"),
        ("tomorrow", "is not a date"),
        (0, "between 1 and 2958465"),
        (0.5, "between 1 and 2958465"),
        (-1, "between 1 and 2958465"),
        (2958466, "between 1 and 2958465"),
        (float("nan"), "between 1 and 2958465"),
        (float("inf"), "between 1 and 2958465"),
        (60, "29 February 1900"),
        ("00060", "29 February 1900"),
        (True, "is not a date"),
    ],
)
def test_bad_dates(raw: object, message: str) -> None:
    order = "dmy" if raw == "3/25/2024 " else None
    with pytest.raises(RuleError) as caught:
        parse_date(raw, order=order)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], "mdy"),
        (["3/5/2024", "4/6/2024"], "mdy"),  # nothing decides: month first
        (["3/5/2024", "25/3/2024"], "dmy"),
        (["3/5/2024", "3/25/2024"], "mdy"),
        (["25.3.2024", "5.3.2024"], "dmy"),
        (["25/3/2024", "26/3/2024", "3/27/2024"], "dmy"),  # majority
        (["25/3/2024", "3/27/2024", "3/28/2024"], "mdy"),
        (["25/3/2024", "3/27/2024"], "mdy"),  # tie
        (["2024-03-25", "2024/3/25", None, 45356, date(2024, 3, 25)], "mdy"),
        (["25/3/2024 10:30", "x"], "dmy"),
        (["２５／３／２０２４"], "dmy"),
    ],
)
def test_guess_day_month_order(values: list[object], expected: str) -> None:
    assert guess_day_month_order(values) == expected


def test_guess_accepts_any_iterable() -> None:
    assert guess_day_month_order(v for v in ["13/1/2024"]) == "dmy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8-15", (8, 15)),
        ("8/15", (8, 15)),
        ("8.15", (8, 15)),
        ("08-05", (8, 5)),
        ("８－１５", (8, 15)),
        (" 8 - 15 ", (8, 15)),
        ("8月15日", (8, 15)),
        ("8月15", (8, 15)),
        ("8月15号", (8, 15)),
        ("八月十五", (8, 15)),
        ("八月十五日", (8, 15)),
        ("正月初一", (1, 1)),
        ("元月初五", (1, 5)),
        ("一月初十", (1, 10)),
        ("腊月廿三", (12, 23)),
        ("腊月二十三", (12, 23)),
        ("十二月三十", (12, 30)),
        ("腊月卅", (12, 30)),
        ("冬月二十", (11, 20)),
        ("十一月十一", (11, 11)),
        ("十月十九", (10, 19)),
        ("二月廿", (2, 20)),
        ("三月三", (3, 3)),
        ("农历八月十五", (8, 15)),
        ("阴历正月十五", (1, 15)),
        ("12-30", (12, 30)),
        ("1-1", (1, 1)),
    ],
)
def test_parse_month_day(text: str, expected: tuple[int, int]) -> None:
    assert parse_month_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "13-1",
        "0-5",
        "8-0",
        "8-31",
        "十三月初一",
        "八月三十一",
        "八月初十一",
        "八月初二十",
        "初一",
        "八月",
        "中秋",
        "8",
        "8-15-2024",
        "闰四月初八",
        "abc",
    ],
)
def test_parse_month_day_rejects(text: str) -> None:
    with pytest.raises(RuleError, match="is not a month and day"):
        parse_month_day(text)


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2024, 2, 29), -1, date(2023, 2, 28)),
        (date(2024, 2, 29), 100, date(2124, 2, 29)),
        (date(2000, 2, 29), 100, date(2100, 2, 28)),  # 2100 is not a leap year
        (date(2024, 3, 5), 2, date(2026, 3, 5)),
        (date(2024, 12, 31), 0, date(2024, 12, 31)),
    ],
)
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 3, 31), 1, date(2024, 4, 30)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2024, 1, 15), -1, date(2023, 12, 15)),
        (date(2024, 1, 15), -13, date(2022, 12, 15)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 5, 10), 186, date(2039, 11, 10)),
        (date(2024, 5, 10), 0, date(2024, 5, 10)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "today", "expected"),
    [
        (date(1990, 5, 10), date(2026, 5, 9), 35),
        (date(1990, 5, 10), date(2026, 5, 10), 36),
        (date(1990, 5, 10), date(2026, 12, 31), 36),
        (date(2000, 2, 29), date(2026, 2, 27), 25),
        (date(2000, 2, 29), date(2026, 2, 28), 26),
        (date(2000, 2, 29), date(2028, 2, 28), 27),
        (date(2000, 2, 29), date(2028, 2, 29), 28),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
        (date(2026, 6, 1), date(2026, 1, 1), 0),
        (date(2027, 6, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_in_years(start: date, today: date, expected: int) -> None:
    assert age_in_years(start, today) == expected


_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(_dates)
def test_iso_round_trip(d: date) -> None:
    assert parse_date(d.isoformat()) == d


@given(_dates)
def test_other_spellings_round_trip(d: date) -> None:
    assert parse_date(f"{d.year}年{d.month}月{d.day}日") == d
    assert parse_date(f"{d.year}/{d.month}/{d.day}") == d
    assert parse_date(d.strftime("%Y%m%d")) == d
    assert parse_date(f"{d.day}/{d.month}/{d.year}", order="dmy") == d
    assert parse_date(f"{d.month}/{d.day}/{d.year}", order="mdy") == d
    assert parse_date(datetime(d.year, d.month, d.day, 23, 59)) == d


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_excel_serial_round_trip(d: date) -> None:
    assert parse_date((d - date(1899, 12, 30)).days) == d


@given(_dates, st.integers(min_value=-1200, max_value=1200))
def test_add_months_never_raises(d: date, months: int) -> None:
    result = add_months(d, months)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == months
    assert result.day <= d.day
    assert result.day == d.day or result.month != (result + timedelta(days=1)).month


@given(_dates, st.integers(min_value=-150, max_value=150))
def test_add_years_keeps_the_day_where_possible(d: date, years: int) -> None:
    result = add_years(d, years)
    assert result.year == d.year + years
    assert (result.month, result.day) == (d.month, d.day) or (d.month, d.day) == (2, 29)


@given(_dates, _dates)
def test_age_is_the_last_anniversary(start: date, today: date) -> None:
    age = age_in_years(start, today)
    if start <= today:
        assert add_years(start, age) <= today < add_years(start, age + 1)
    else:
        assert age == 0


def test_a_stored_day_reads_as_either_engine_hands_it_back():
    from datetime import date, datetime

    from dealerdesk.domain.dates import stored_day

    assert stored_day(None) is None
    assert stored_day(date(2026, 3, 5)) == date(2026, 3, 5)
    assert stored_day(datetime(2026, 3, 5, 10, 0)) == date(2026, 3, 5)
    assert stored_day("2026-03-05") == date(2026, 3, 5)
    assert stored_day("2026-03-05 10:00:00") == date(2026, 3, 5)
