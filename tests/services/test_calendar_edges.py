"""Year ends, 29 February and the lunar new year, for reminders, the month figures and backups."""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.domain.funnel import period_of
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import reminders
from dealerdesk.services.backups import daily_backup_due, make_backup
from dealerdesk.services.customers import create_customer
from dealerdesk.services.followups import log_follow_up
from dealerdesk.services.reports import funnel_report

D = dt.date


def _birthday_dues(today, days=10):
    return sorted((r.customer_name, r.due) for r in reminders.list_reminders(
        today=today, days=days, kinds=["birthday"]))


@pytest.fixture
def born(store):
    def make(name, phone, **kw):
        cid, _ = create_customer(CustomerInput(name=name, phone=phone, **kw), today=D(2020, 1, 1))
        return cid
    return make


def test_a_birthday_early_in_january_is_seen_from_december(born):
    born("新年", "13800000201", birthday=D(1985, 1, 3))
    assert _birthday_dues(D(2026, 12, 28)) == [("新年", D(2027, 1, 3))]
    assert _birthday_dues(D(2027, 1, 3), days=0) == [("新年", D(2027, 1, 3))]


@pytest.mark.parametrize(("today", "due"), [
    (D(2027, 2, 25), D(2027, 2, 28)),  # no 29 February in 2027: the day before March
    (D(2028, 2, 25), D(2028, 2, 29)),  # a leap year keeps the real day
    (D(2028, 2, 29), D(2028, 2, 29)),
])
def test_born_on_29_february(born, today, due):
    born("闰日", "13800000202", birthday=D(1996, 2, 29))
    assert _birthday_dues(today) == [("闰日", due)]


def test_lunar_birthdays_around_the_lunar_new_year(born):
    born("初一", "13800000203", birthday=D(1990, 1, 27), lunar_birthday=True,
         lunar_month=1, lunar_day=1)
    born("除夕", "13800000204", birthday=D(1990, 1, 26), lunar_birthday=True,
         lunar_month=12, lunar_day=30)
    found = _birthday_dues(D(2027, 2, 1))
    # 2027-02-06 is 正月初一; the twelfth month of 2026 has 29 days, so its "30th" is the eve.
    assert ("初一", D(2027, 2, 6)) in found
    assert ("除夕", D(2027, 2, 5)) in found


def test_month_figures_split_at_midnight_on_new_years_eve(store, staff):
    cid, _ = create_customer(CustomerInput(name="跨年", phone="13800000205"), today=D(2026, 12, 1))
    for when in (dt.datetime(2026, 12, 31, 23, 50), dt.datetime(2027, 1, 1, 0, 10)):
        log_follow_up(customer_id=cid, staff_id=staff.id, when=when, channel="shop_visit",
                      content="", outcome="visited", today=when.date())
    december = funnel_report(period=period_of("month", D(2026, 12, 31)), today=D(2026, 12, 31))
    january = funnel_report(period=period_of("month", D(2027, 1, 1)), today=D(2027, 1, 1))
    assert december.visits == 1 and january.visits == 1
    assert period_of("month", D(2028, 2, 29)).end == D(2028, 3, 1)


def test_the_daily_backup_is_due_again_after_new_year(store):
    assert make_backup(db_file=store, now=dt.datetime(2026, 12, 31, 23, 59)).exists()
    assert not daily_backup_due(db_file=store, today=D(2026, 12, 31))
    assert daily_backup_due(db_file=store, today=D(2027, 1, 1))
    assert make_backup(db_file=store, now=dt.datetime(2028, 2, 29, 9, 0)).exists()
    assert not daily_backup_due(db_file=store, today=D(2028, 2, 29))
    assert daily_backup_due(db_file=store, today=D(2028, 3, 1))
