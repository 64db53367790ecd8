"""When a private small passenger car is due for its periodic safety inspection (年检)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import takewhile

from dealerdesk.domain.dates import add_months

# DealerDesk's rule, counted in months from registration: every 2 years up to 10 years,
# every year up to 15 years, then every 6 months.
_BIENNIAL_UNTIL = 120
_ANNUAL_UNTIL = 180


def next_inspection_due(registered_on: date, today: date) -> date:
    """The first inspection due date on or after `today`.

    Due every 2 years for the first 10 years after registration, every year from 10 to
    15 years, every 6 months after that; a date past the end of a shorter month moves to
    its last day. A registration after `today` gives its first due date (+2 years).
    """
    if registered_on > today:
        return add_months(registered_on, 24)
    return next(due for due in _due_dates(registered_on) if due >= today)


def inspection_schedule(registered_on: date, until: date) -> list[date]:
    """Every inspection due date after `registered_on` up to and including `until`."""
    return list(takewhile(lambda due: due <= until, _due_dates(registered_on)))


def _due_dates(registered_on: date) -> Iterator[date]:
    months = 0
    while True:
        months += _interval(months)
        yield add_months(registered_on, months)


def _interval(months_since_registration: int) -> int:
    if months_since_registration < _BIENNIAL_UNTIL:
        return 24
    if months_since_registration < _ANNUAL_UNTIL:
        return 12
    return 6
