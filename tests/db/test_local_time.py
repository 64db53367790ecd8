"""The times the database writes by itself (the audit log's) agree with clock.now() at the
time of the statement, also after the computer's offset from UTC changed (summer time, a
time zone chosen in Windows) while the window stayed open. Run on the server too."""

import datetime as dt
import os
import time

import pytest

from dealerdesk import clock
from dealerdesk.db.api import scalar
from dealerdesk.services.staff import add_staff
from dealerdesk.services.store import set_operator


@pytest.fixture
def time_zone():
    """set(tz): the computer's time zone from now on (TZ); the one before comes back after."""
    before = os.environ.get("TZ")

    def change(tz):
        os.environ["TZ"] = tz
        time.tzset()

    yield change
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def _last_audit_time() -> dt.datetime:
    return dt.datetime.fromisoformat(str(scalar("SELECT at FROM audit_log ORDER BY id DESC "
                                                "LIMIT 1")))


def test_utc_offset_is_the_computers_offset_now(time_zone):
    time_zone("<+0545>-5:45")
    assert clock.utc_offset() == dt.timedelta(hours=5, minutes=45)
    time_zone("<-03>3")
    assert clock.utc_offset() == dt.timedelta(hours=-3)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="the time zone is set with TZ here")
def test_audit_times_follow_a_change_of_the_computers_offset(store, staff, time_zone):
    with clock.use_clock(clock.wall_clock):
        time_zone("<-03>3")
        set_operator("tester")
        add_staff(name="王芳", phone="13900002222")
        assert abs(_last_audit_time() - clock.now()) < dt.timedelta(minutes=1)
        time_zone("<+0545>-5:45")  # while the database stays open
        add_staff(name="赵六", phone="13900003333")
        assert abs(_last_audit_time() - clock.now()) < dt.timedelta(minutes=1)
