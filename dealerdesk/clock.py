"""The one clock: every "now" and "today" in DealerDesk is read here and nowhere else.

Services take `today` / `now` as parameters; the edges (the window, the command line,
start-up) fill them from this module. Tests set a clock with `use_clock` so that the
program's idea of the day never depends on the day the tests run.
`tests/test_architecture.py` fails if another module reads the wall clock directly.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Clock = Callable[[], dt.datetime]


def wall_clock() -> dt.datetime:
    """The computer's local time, to the second."""
    return dt.datetime.now().replace(microsecond=0)


_clock: Clock = wall_clock


def now() -> dt.datetime:
    """The current local time, to the second (naive, like every time DealerDesk stores)."""
    return _clock().replace(microsecond=0)


def today() -> dt.date:
    """The current local date."""
    return _clock().date()


def shift_seconds() -> int:
    """Seconds between this clock and the computer's (0 unless a test set a clock); the
    database triggers add it to SQLite's own time so that both agree."""
    return round((_clock() - wall_clock()).total_seconds())


def utc_offset() -> dt.timedelta:
    """The computer's offset from UTC at this moment: it changes with summer time, or when
    another time zone is chosen, while the program runs. The local time a database works
    out by itself (the server's) must use this one, read at the time of the statement, to
    agree with wall_clock() (and, with shift_seconds(), with now())."""
    return dt.timedelta(seconds=time.localtime().tm_gmtoff)


def set_clock(clock: Clock | None) -> None:
    """Make `clock` the source of now/today; None goes back to the wall clock."""
    global _clock
    _clock = clock or wall_clock


def running_from(start: dt.datetime) -> Clock:
    """A clock that starts at `start` and then runs at the real pace.

    Successive readings still move forward, so records made one after another keep
    their order, while the date stays the one chosen.
    """
    origin = time.monotonic()
    return lambda: start + dt.timedelta(seconds=time.monotonic() - origin)


def fixed_at(moment: dt.datetime) -> Clock:
    """A clock that always says `moment`."""
    return lambda: moment


@contextmanager
def use_clock(clock: Clock) -> Iterator[None]:
    """Within the block, now/today come from `clock`."""
    before = _clock
    set_clock(clock)
    try:
        yield
    finally:
        set_clock(before)
