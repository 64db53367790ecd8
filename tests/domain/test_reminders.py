"""Tests for dealerdesk.domain.reminders: windows, birthdays (solar and lunar), keys, messages."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealerdesk.domain import reminders as rules
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.lunar import lunar_to_solar, next_birthday

days_ahead = st.integers(min_value=0, max_value=400)
solar_days = st.dates(min_value=date(1901, 3, 1), max_value=date(2098, 10, 1))


# --- kinds --------------------------------------------------------------------------------


def test_every_kind_of_the_contract_is_registered():
    assert list(rules.KINDS) == [
        "birthday", "compulsory_insurance", "commercial_insurance", "inspection", "followup",
        "revisit", "membership_expiry", "maintenance", "warranty", "manual", "not_contacted"]


def test_vehicle_kinds_name_a_vehicle_date_and_kinds_with_lead_name_a_setting():
    from dealerdesk.services.settings import DEFAULTS

    for k in rules.KINDS.values():
        if k.source == "vehicle":
            assert k.field.endswith(("_expiry", "_due", "_on"))
        if k.lead_key:
            assert k.lead_key in DEFAULTS["lead_days"]


def test_unknown_kind_is_refused_in_words():
    with pytest.raises(RuleError, match="not a kind of reminder"):
        rules.kind("horoscope")


@pytest.mark.parametrize("days", [-1, 367, 10_000])
def test_days_ahead_out_of_range_are_refused(days):
    with pytest.raises(RuleError):
        rules.check_days(days)


# --- keys ---------------------------------------------------------------------------------


@given(st.sampled_from(list(rules.KINDS)), st.integers(1, 10**9), st.none() | st.integers(1, 10**9),
       solar_days, st.none() | st.integers(1, 10**6))
def test_occurrence_keys_round_trip(code, customer, vehicle, due, record):
    key = rules.occurrence_key(code, customer, vehicle, rules.occurrence_of(due, record))
    parsed = rules.parse_key(key)
    assert (parsed.kind, parsed.customer_id, parsed.vehicle_id, parsed.due) == (
        code, customer, vehicle, due)


@pytest.mark.parametrize("key", ["", "birthday", "birthday:1:0", "nope:1:0:2026-01-01",
                                 "birthday:x:0:2026-01-01", "birthday:1:0:2026-02-30",
                                 "birthday:1:0:2026-01-01:extra"])
def test_broken_keys_are_refused(key):
    with pytest.raises(RuleError, match="no longer exists"):
        rules.parse_key(key)


# --- windows and snoozes ------------------------------------------------------------------


def test_window_start_follows_the_kind():
    today = date(2026, 11, 26)
    assert rules.window_start(rules.KINDS["birthday"], today) == date(2026, 11, 19)
    assert rules.window_start(rules.KINDS["not_contacted"], today) is None
    assert rules.window_start(rules.KINDS["not_contacted"], today, include_overdue=False) == today


def test_call_date_is_lead_days_before_and_never_after():
    assert rules.call_date(date(2027, 1, 10), 30) == date(2026, 12, 11)
    assert rules.call_date(date(2027, 1, 10), -5) == date(2027, 1, 10)


@given(solar_days, st.integers(1, 366))
def test_a_snooze_always_ends_after_today_and_within_a_year(today, days):
    until = rules.snooze_until(today, days)
    assert today < until == rules.check_snooze_date(today, until)
    assert (until - today).days == days


@given(solar_days, st.integers(-30, 400))
def test_a_call_is_never_due_after_its_date(due, lead):
    call = rules.call_date(due, lead)
    assert call <= due and (due - call).days == max(0, lead)


def test_snoozes():
    today = date(2026, 12, 31)
    assert rules.snooze_until(today, 1) == date(2027, 1, 1)
    assert rules.snooze_until(today, 7) == date(2027, 1, 7)
    with pytest.raises(RuleError):
        rules.snooze_until(today, 0)
    with pytest.raises(RuleError, match="after today"):
        rules.check_snooze_date(today, today)
    with pytest.raises(RuleError, match="at most a year"):
        rules.check_snooze_date(today, today + timedelta(days=400))


# --- contact limits -----------------------------------------------------------------------

LIMITS = {"H": 3, "A": 7, "B": 15, "C": 30, "N": 60, "after_sale": 90}


@pytest.mark.parametrize(("level", "status", "limit"), [
    ("H", "lead", 3), ("A", "following", 7), ("B", "visited", 15), ("C", "lead", 30),
    ("H", "customer", 90), ("", "lead", 60), ("X", "lead", 60),
    ("H", "lost", None), ("A", "dormant", None)])
def test_contact_limit_by_level_and_status(level, status, limit):
    assert rules.contact_limit(LIMITS, level=level, status=status) == limit


def test_a_zero_or_broken_limit_means_no_reminder():
    assert rules.contact_limit({"H": 0}, level="H", status="lead") is None
    assert rules.contact_limit({"H": "3"}, level="H", status="lead") is None


@given(solar_days, st.integers(1, 400))
def test_contact_is_due_the_day_after_the_limit_is_used_up(last, limit):
    due = rules.contact_due(last, limit)
    assert (due - last).days == limit + 1


def test_local_date_of_a_moment_follows_the_time_zone(monkeypatch):
    moment = datetime(2026, 11, 26, 20, 30, tzinfo=UTC)
    for zone, expected in (("Asia/Shanghai", date(2026, 11, 27)),
                           ("America/Los_Angeles", date(2026, 11, 26))):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        assert rules.as_local_date(moment) == expected
    monkeypatch.delenv("TZ")
    time.tzset()
    assert rules.as_local_date(datetime(2026, 11, 26, 23, 59)) == date(2026, 11, 26)
    assert rules.as_local_date(None) is None
    assert os.environ.get("TZ") is None


# --- solar birthdays ----------------------------------------------------------------------


def _is_birthday(born: date, day: date) -> bool:
    """The plain rule: the same month and day; 29 February on 28 February in other years."""
    return add_years(born, day.year - born.year) == day


@settings(max_examples=300)
@given(st.dates(date(1904, 1, 1), date(2090, 12, 31)), solar_days, st.integers(0, 400))
def test_solar_birthdays_in_a_window_are_exactly_the_days_that_are_birthdays(born, start, n):
    end = start + timedelta(days=n)
    keys = rules.birthday_md_keys(start, end)
    found = keys.get(rules.month_day(born), [])
    expected = [start + timedelta(days=i) for i in range(n + 1)
                if _is_birthday(born, start + timedelta(days=i))]
    assert found == expected
    first = next_birthday(start, solar=born)
    assert (found[0] if found else None) == (first if first <= end else None)


@settings(max_examples=300)
@given(solar_days, st.integers(0, 400))
def test_md_ranges_cover_every_key_and_nothing_else(start, n):
    keys = rules.birthday_md_keys(start, start + timedelta(days=n))
    ranges = rules.md_ranges(keys)
    real = {d.month * 100 + d.day for d in (date(2024, 1, 1) + timedelta(i) for i in range(366))}
    covered = {md for md in real if any(lo <= md <= hi for lo, hi in ranges)}
    assert covered == set(keys)
    assert len(ranges) <= 2


def test_window_across_the_year_end_has_two_ranges():
    keys = rules.birthday_md_keys(date(2026, 12, 20), date(2027, 1, 10))
    assert rules.md_ranges(keys) == [(101, 110), (1220, 1231)]
    assert keys[101] == [date(2027, 1, 1)]
    assert keys[1231] == [date(2026, 12, 31)]


def test_29_february_birthdays_fall_on_28_february_in_other_years():
    assert rules.birthday_md_keys(date(2027, 2, 28), date(2027, 2, 28))[229] == [date(2027, 2, 28)]
    leap = rules.birthday_md_keys(date(2028, 2, 28), date(2028, 2, 29))
    assert leap[229] == [date(2028, 2, 29)] and leap[228] == [date(2028, 2, 28)]


def test_a_window_longer_than_a_year_finds_a_birthday_twice():
    keys = rules.birthday_md_keys(date(2026, 11, 26), date(2027, 12, 1))
    assert keys[1201] == [date(2026, 12, 1), date(2027, 12, 1)]


def test_age_on_a_birthday():
    assert rules.age_on(date(1980, 5, 1), date(2026, 5, 1)) == 46
    assert rules.age_on(None, date(2026, 5, 1)) is None
    assert rules.age_on(date(2026, 5, 1), date(2026, 5, 1)) is None


# --- lunar birthdays ----------------------------------------------------------------------

lunar_md = st.tuples(st.integers(1, 12), st.integers(1, 30), st.booleans())


@settings(max_examples=300, deadline=None)
@given(lunar_md, solar_days, st.integers(0, 60))
def test_lunar_keys_agree_with_next_birthday(md, start, n):
    month, day, leap = md
    end = start + timedelta(days=n)
    found = rules.lunar_birthday_keys(start, end).get(md, [])
    expected = next_birthday(start, lunar_md=(month, day), lunar_leap=leap, keeps_leap_month=True)
    assert (found[0] if found else None) == (expected if expected and expected <= end else None)


@pytest.mark.parametrize(("md", "start", "expected"), [
    # 2025 has a leap 6th month: a birthday kept in the leap month is in it, an ordinary
    # one is not.
    ((6, 1, True), date(2025, 7, 1), date(2025, 7, 25)),
    ((6, 1, False), date(2025, 6, 1), date(2025, 6, 25)),
    # 2026 has no leap 4th month: the leap-4th birthday is kept in the ordinary 4th month.
    ((4, 8, True), date(2026, 5, 1), lunar_to_solar(2026, 4, 8)),
    # the 30th of a 29-day month is celebrated on the 29th
    ((12, 30, False), date(2027, 1, 20), lunar_to_solar(2026, 12, 29)),
])
def test_lunar_leap_months_and_missing_days(md, start, expected):
    keys = rules.lunar_birthday_keys(start, start + timedelta(days=60))
    assert keys[md] == [expected]


def test_lunar_window_across_the_solar_and_lunar_year_end():
    keys = rules.lunar_birthday_keys(date(2026, 12, 25), date(2027, 2, 20))
    # 正月初一 2027 is 6 February; 腊月廿三 (little new year) is 30 January
    assert keys[(1, 1, False)] == [date(2027, 2, 6)]
    assert keys[(12, 23, False)] == [date(2027, 1, 30)]


def test_days_outside_the_lunar_calendar_have_no_lunar_birthdays():
    assert rules.lunar_birthday_keys(date(2101, 2, 1), date(2101, 2, 10)) == {}


# --- messages -----------------------------------------------------------------------------


def test_every_kind_with_a_message_has_a_template_in_every_language():
    for language in rules.MESSAGE_LANGUAGES:
        for k in rules.KINDS.values():
            if k.has_message:
                text = rules.DEFAULT_TEMPLATES[language][k.code]
                assert rules.template_problem(text) is None
                assert "{name}" in text and "{date}" in text


def test_template_problems_are_explained():
    assert "not closed" in rules.template_problem("{name 生日快乐")
    assert "{age}" in rules.template_problem("{name} {age}")
    assert rules.template_problem("生日快乐") is None


def test_render_fills_placeholders_and_leaves_a_broken_template_as_typed():
    values = {"name": "王伟", "date": "2026年12月3日", "car": "丰田 凯美瑞", "plate": "浙A12345"}
    assert rules.render_message("{name}，{car}（{plate}）{date}", values) == \
        "王伟，丰田 凯美瑞（浙A12345）2026年12月3日"
    assert rules.render_message("{name} {shop}", values) == "王伟 "
    assert rules.render_message("{name", values) == "{name"


def test_message_dates_in_each_language():
    assert rules.format_message_date(date(2026, 12, 3), "zh_CN") == "2026年12月3日"
    assert rules.format_message_date(date(2026, 12, 3), "en") == "3 December 2026"
    assert rules.message_language("fr") == "zh_CN"


def test_not_contacted_horizon_and_latest_due_contact():
    on = date(2026, 11, 26)
    assert rules.contact_horizon(on) == date(2024, 11, 26)
    assert rules.latest_contact_due(LIMITS, "customer", on) == date(2026, 8, 27)  # 90 days
    assert rules.latest_contact_due(LIMITS, "lead", on) == date(2026, 11, 22)  # H: 3 days
    assert rules.latest_contact_due({"after_sale": 0}, "customer", on) is None
