"""The sales funnel's rules: how an outcome moves a customer's status, stages, periods.

Pure functions over codes from choices.py (no database, no clock): the follow-up service
folds a customer's log through `status_after`, and the funnel report counts stages over a
`Period`. Labels shown to people live with the screens and reports that show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dealerdesk.domain.dates import add_months

# How far each status has come; lost and dormant stand outside the ladder.
RANK = {"lead": 0, "following": 1, "visited": 2, "customer": 3}
# The status an outcome shows the customer has reached (None: the outcome says nothing).
OUTCOME_STATUS: dict[str, str | None] = {
    "no_answer": None,
    "contacted": "following",
    "visit_booked": "following",
    "visited": "visited",
    "test_drive": "visited",
    "deal": "customer",
    "lost": "lost",
    "after_sale": None,
}
# Outcomes that show the customer came to the shop (a deal is closed in the shop too).
VISIT_OUTCOMES = ("visited", "test_drive", "deal")
# Funnel stages in order. Visits and deals count everyone who came in or bought in the
# period, earlier months' leads included, so visits may outnumber the period's leads.
STAGES = ("leads", "followed_24h", "visits", "deals")
# Each rate as (part, whole), so that the part is always some of the whole (never over 100%):
# - followed_24h: the period's leads first followed up within 24 hours, over those leads;
# - visits: the period's leads who came to the shop in the same period ("leads_visited"),
#   over those leads (not all visits over the leads: those are different people);
# - deals: the customers who bought in the period, over those who came in (a deal counts
#   as a visit, so every buyer is among the visitors).
RATE_PARTS = {"followed_24h": ("followed_24h", "leads"), "visits": ("leads_visited", "leads"),
              "deals": ("deals", "visits")}
PERIOD_KINDS = ("month", "quarter", "year")
FIRST_CONTACT_HOURS = 24


def status_after(current: str, outcome: str) -> str:
    """The customer's status once a follow-up with `outcome` is logged.

    A deal makes a customer; someone who has bought stays a customer whatever comes after
    (a later lost sale is a lost repeat purchase, not a lost customer). "No answer" moves a
    fresh lead to following but wakes no one lost or dormant; any real contact brings a
    lost or dormant person back onto the ladder; otherwise the status only climbs.
    """
    if current == "customer" or outcome == "deal":
        return "customer"
    reached = OUTCOME_STATUS.get(outcome)
    if outcome == "lost":
        return "lost"
    if reached is None:
        return "following" if current == "lead" and outcome == "no_answer" else current
    if current not in RANK:
        return reached
    return reached if RANK[reached] > RANK[current] else current


def fold_status(outcomes: Iterable[str], start: str = "lead") -> str:
    """The status after a whole log of outcomes (oldest first), starting from `start`."""
    status = start
    for outcome in outcomes:
        status = status_after(status, outcome)
    return status


def is_repeat_stage(status: str) -> bool:
    """True when a deal now would be a repeat purchase."""
    return status == "customer"


@dataclass(frozen=True)
class Period:
    """A month, quarter or year: `start` inclusive, `end` exclusive."""

    kind: str
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def shifted(self, steps: int) -> Period:
        """The period `steps` months/quarters/years later (earlier when negative)."""
        months = {"month": 1, "quarter": 3, "year": 12}[self.kind] * steps
        return period_of(self.kind, add_months(self.start, months))


def period_of(kind: str, day: dt.date) -> Period:
    """The month, quarter or year that contains `day`."""
    if kind not in PERIOD_KINDS:
        raise ValueError(f"unknown period kind {kind!r}")
    if kind == "month":
        start = day.replace(day=1)
        return Period(kind, start, add_months(start, 1))
    if kind == "quarter":
        start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return Period(kind, start, add_months(start, 3))
    start = dt.date(day.year, 1, 1)
    return Period(kind, start, dt.date(day.year + 1, 1, 1))


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def conversion_rates(counts: dict[str, int]) -> dict[str, float | None]:
    """Each stage's rate (see RATE_PARTS; the leads have none).

    `counts` holds the stages and "leads_visited".
    """
    return {stage: rate(counts[part], counts[whole])
            for stage, (part, whole) in RATE_PARTS.items()}


def revisit_due(deal_on: dt.date, days: int) -> dt.date:
    """When the after-sale revisit `days` after a deal falls (30 days counts as a month)."""
    if days % 30 == 0:
        return add_months(deal_on, days // 30)
    return deal_on + dt.timedelta(days=days)


def quick_dates(today: dt.date) -> dict[str, dt.date]:
    """The quick choices for a next action: tomorrow, in 3 days, a week, a month."""
    return {
        "tomorrow": today + dt.timedelta(days=1),
        "3days": today + dt.timedelta(days=3),
        "week": today + dt.timedelta(days=7),
        "month": add_months(today, 1),
    }


# Segment buckets: (code, lowest value included, highest value excluded or None).
AGE_BUCKETS = (("0-1", 0, 1), ("1-3", 1, 3), ("3-5", 3, 5), ("5-8", 5, 8), ("8-10", 8, 10),
               ("10+", 10, None))
MILEAGE_BUCKETS = (("<3", 0, 30000), ("3-6", 30000, 60000), ("6-10", 60000, 100000),
                   ("10-15", 100000, 150000), ("15+", 150000, None))
SILENCE_BUCKETS = (("<30", 0, 30), ("30-90", 30, 90), ("90-180", 90, 180), ("180-365", 180, 365),
                   ("365+", 365, None))
VISIT_BUCKETS = (("0", 0, 1), ("1", 1, 2), ("2", 2, 3), ("3+", 3, None))


def bucket_of(buckets: tuple[tuple[str, int, int | None], ...], value: int | None) -> str:
    """The code of the bucket holding `value` ("" when there is no value)."""
    if value is None:
        return ""
    for code, low, high in buckets:
        if value >= low and (high is None or value < high):
            return code
    return buckets[0][0] if value < buckets[0][1] else ""

