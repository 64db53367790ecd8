"""A window left open overnight moves to the new day at midnight, without a restart."""

import datetime as dt

import pytest

from dealerdesk import clock
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import customers, reminders
from dealerdesk.ui.customers.page import CustomerPage
from dealerdesk.ui.day_watch import DayWatch
from dealerdesk.ui.today.screen import TodayScreen
from dealerdesk.ui.tray import ReminderTray


@pytest.fixture
def night():
    """A clock the test moves by hand, set to one minute before midnight on New Year's Eve."""
    moment = {"now": dt.datetime(2026, 12, 31, 23, 59, 0)}
    clock.set_clock(lambda: moment["now"])
    return moment


@pytest.fixture
def birthday_a_week_after_new_year(store, staff, night):
    """Seven days ahead (the lead time) only from New Year's Day on."""
    cid, _ = customers.create_customer(
        CustomerInput(name="元旦生", phone="13800000101", birthday=dt.date(1990, 1, 8),
                      owner_id=staff.id),
        today=night["now"].date())
    return cid


def _calls_for(day, owner_id):
    return len(reminders.todays_calls(today=day, owner_id=owner_id))


def test_today_the_tray_and_the_month_move_on_at_midnight(
        qtbot, ctx, night, birthday_a_week_after_new_year):
    today_screen = TodayScreen(ctx, background=False)
    qtbot.addWidget(today_screen)
    tray = ReminderTray(ctx, background=False, greet_at_start=False)
    watch = DayWatch(ctx, check_every_ms=60_000)
    old_title = today_screen.title.text()
    owner = today_screen.owner_id
    before = today_screen.model.rowCount()
    assert before == _calls_for(dt.date(2026, 12, 31), owner)
    assert watch.check() is False  # still New Year's Eve

    night["now"] = dt.datetime(2027, 1, 1, 0, 0, 30)
    with qtbot.waitSignal(tray.greeted, timeout=5000):
        assert watch.check() is True
    assert today_screen.title.text() != old_title
    assert "2027" in today_screen.title.text()
    assert today_screen.model.rowCount() == _calls_for(dt.date(2027, 1, 1), owner) == before + 1
    assert sum(tray.counts) == _calls_for(dt.date(2027, 1, 1), tray.ctx.operator_id)
    assert watch.check() is False  # one broadcast per new day


def test_a_clock_set_back_is_a_new_day_too(qtbot, ctx, night):
    watch = DayWatch(ctx)
    night["now"] = dt.datetime(2026, 12, 30, 9, 0)
    with qtbot.waitSignal(watch.day_changed) as changed:
        assert watch.check() is True
    assert changed.args == [dt.date(2026, 12, 30)]


def test_an_open_customer_page_keeps_the_typing_across_midnight(
        qtbot, ctx, night, birthday_a_week_after_new_year):
    page = CustomerPage(ctx)
    qtbot.addWidget(page)
    page.load(birthday_a_week_after_new_year)
    page.form.ui.addressEdit.setText("杭州市西湖区文三路 1 号")
    assert page.form.is_dirty()
    watch = DayWatch(ctx)
    night["now"] = dt.datetime(2027, 1, 1, 0, 1)
    assert watch.check() is True
    assert page.form.ui.addressEdit.text() == "杭州市西湖区文三路 1 号"
    assert page.form.is_dirty()
