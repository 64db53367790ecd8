"""Reports: the sales funnel for a period (shop or salesperson), lost reasons, segments.

Funnel definitions (all over live customers, `period` start inclusive, end exclusive):
- leads: customers recorded in the period (by their owner when a salesperson is chosen);
- followed within 24 h: those leads whose first follow-up came within 24 hours;
- visits: customers with a visit, test drive or deal logged in the period (leads of
  earlier months included, so there may be more visits than leads);
- leads visited: the period's leads with a visit, test drive or deal logged in the period
  (by anyone);
- deals: customers with a deal logged in the period;
- repeat purchases: deals in the period by someone who had bought here before;
- referrals: leads of the period who came through a referral;
- revisits on time: after-sale revisits due in the period (up to today) done by their day;
- lost: lost entries of the period by the stage reached before them, reasons counted.
Rates (funnel.RATE_PARTS) never pass 100%: the 24-hour rate is followed within 24 h over
leads, the visit rate leads visited over leads, the deal rate deals over visits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from dealerdesk.db import models
from dealerdesk.db.api import JOIN, Case, count, fn
from dealerdesk.domain import funnel
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.funnel import Period
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access

# Typed Any: peewee's stubs type query results as model instances, not tuples or dicts.
C: Any = models.Customer
F: Any = models.FollowUp
R: Any = models.Revisit
V: Any = models.Vehicle
Staff: Any = models.Staff
CTX = "Reports"

STAGE_LABELS = {
    "leads": QT_TRANSLATE_NOOP("Reports", "Leads recorded"),
    "followed_24h": QT_TRANSLATE_NOOP("Reports", "Followed up within 24 hours"),
    "visits": QT_TRANSLATE_NOOP("Reports", "Visited the shop"),
    "deals": QT_TRANSLATE_NOOP("Reports", "Deals"),
}
LOST_STAGES = {
    "lead": QT_TRANSLATE_NOOP("Reports", "Lost as a new lead"),
    "following": QT_TRANSLATE_NOOP("Reports", "Lost while following up"),
    "visited": QT_TRANSLATE_NOOP("Reports", "Lost after visiting"),
}


@dataclass(frozen=True)
class StageFigure:
    """One funnel stage: how many, and the rate from the stage before."""

    stage: str
    label: str
    count: int
    rate: float | None


@dataclass(frozen=True)
class LostFigure:
    """Lost entries at one stage for one reason."""

    stage: str
    reason: str
    count: int


@dataclass(frozen=True)
class FunnelReport:
    """The funnel of one period, for the shop or one salesperson."""

    period: Period
    staff_id: int | None
    leads: int
    followed_24h: int
    visits: int
    deals: int
    leads_visited: int
    repeat_purchases: int
    referrals: int
    revisits_due: int
    revisits_on_time: int
    lost: tuple[LostFigure, ...]
    leads_bought: int = 0  # the period's leads who bought in the period

    def cohort(self) -> list[tuple[str, int]]:
        """Where the period's new leads went, each step some of the one before: recorded,
        followed up within 24 hours, came to the shop, bought (a funnel that narrows)."""
        return [("leads", self.leads), ("followed_24h", self.followed_24h),
                ("visits", self.leads_visited), ("deals", self.leads_bought)]

    def counts(self) -> dict[str, int]:
        return {stage: getattr(self, stage) for stage in funnel.STAGES}

    def stages(self) -> list[StageFigure]:
        """The stages in order with their translated labels and conversion rates."""
        rates = funnel.conversion_rates({**self.counts(), "leads_visited": self.leads_visited})
        return [StageFigure(s, translate(CTX, STAGE_LABELS[s]), getattr(self, s), rates.get(s))
                for s in funnel.STAGES]

    def lost_at(self, stage: str) -> int:
        return sum(f.count for f in self.lost if f.stage == stage)

    def lost_reasons(self) -> dict[str, int]:
        """Lost entries by reason, over every stage."""
        total: Counter[str] = Counter()
        for figure in self.lost:
            total[figure.reason] += figure.count
        return dict(total.most_common())

    @property
    def revisit_rate(self) -> float | None:
        return funnel.rate(self.revisits_on_time, self.revisits_due)


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _in_period(field: Any, period: Period) -> Any:
    return (field >= _moment(period.start)) & (field < _moment(period.end))


def _leads(period: Period, staff_id: int | None) -> Any:
    query = C.select(C.id).where(_in_period(C.created_at, period), C.deleted_at.is_null())
    return query.where(C.owner == staff_id) if staff_id is not None else query


def _followed_24h(period: Period, staff_id: int | None) -> int:
    """Leads of the period whose first follow-up came within 24 hours of being recorded."""
    from dealerdesk.db.api import count_first_contact_within

    return count_first_contact_within(
        str(_moment(period.start)), str(_moment(period.end)), funnel.FIRST_CONTACT_HOURS,
        staff_id)


def _as_dt(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _not_deleted(field: Any) -> Any:
    """`field` (a customer id) is not in the recycle bin.

    Checked against the short list of deleted ids rather than by looking each customer up:
    the funnel then reads follow-up index entries only (95 ms -> 13 ms for a year).
    """
    return field.not_in(C.select(C.id).where(C.deleted_at.is_null(False)))


def _entries(period: Period, staff_id: int | None, outcomes: tuple[str, ...]) -> Any:
    query = F.select(F.customer).where(_in_period(F.at, period), F.outcome.in_(outcomes),
                                       _not_deleted(F.customer))
    return query.where(F.staff == staff_id) if staff_id is not None else query


def _distinct_customers(query: Any) -> int:
    return int(query.select(fn.COUNT(F.customer.distinct())).scalar() or 0)


def _leads_visited(period: Period, staff_id: int | None) -> int:
    """The period's leads who came to the shop in the period (whoever logged the visit)."""
    visits = _entries(period, None, funnel.VISIT_OUTCOMES)
    return _distinct_customers(visits.where(F.customer.in_(_leads(period, staff_id))))


def _leads_bought(period: Period, staff_id: int | None) -> int:
    """The period's leads who bought in the period (whoever logged the deal)."""
    deals = _entries(period, None, ("deal",))
    return _distinct_customers(deals.where(F.customer.in_(_leads(period, staff_id))))


def _repeat_purchases(period: Period, staff_id: int | None) -> int:
    earlier = F.alias()
    before = (earlier.select(earlier.id)
              .where(earlier.customer == F.customer, earlier.outcome == "deal", earlier.at < F.at))
    return count(_entries(period, staff_id, ("deal",)).where(fn.EXISTS(before)))


def _revisits(period: Period, staff_id: int | None, today: dt.date) -> tuple[int, int]:
    last = min(period.end, today + dt.timedelta(days=1))
    live = C.select(C.id).where(C.id == R.customer, C.deleted_at.is_null())
    if staff_id is not None:
        live = live.where(C.owner == staff_id)
    query = R.select(R.due_on, R.done_at).where(R.due_on >= period.start, R.due_on < last,
                                               fn.EXISTS(live))
    rows = list(query.tuples())
    on_time = sum(1 for due, done in rows if done is not None and _as_dt(done).date() <= due)
    return len(rows), on_time


def _lost(period: Period, staff_id: int | None) -> tuple[LostFigure, ...]:
    """Lost entries of the period by reason and by the stage reached before them."""
    earlier = F.alias()

    def before(outcomes: tuple[str, ...] | None) -> Any:
        query = earlier.select(earlier.id).where(earlier.customer == F.customer,
                                                 earlier.at < F.at)
        return fn.EXISTS(query.where(earlier.outcome.in_(outcomes)) if outcomes else query)

    query = (F.select(before(funnel.VISIT_OUTCOMES), before(None), F.lost_reason)
             .where(_in_period(F.at, period), F.outcome == "lost", _not_deleted(F.customer)))
    if staff_id is not None:
        query = query.where(F.staff == staff_id)
    found: Counter[tuple[str, str]] = Counter()
    for visited, followed, reason in query.tuples():
        stage = "visited" if visited else ("following" if followed else "lead")
        found[(stage, reason or "other")] += 1
    return tuple(LostFigure(stage, reason, n) for (stage, reason), n in sorted(found.items()))


def _lead_counts(period: Period, staff_id: int | None) -> tuple[int, int]:
    """(leads, of which referrals) recorded in the period."""
    referral = fn.SUM(Case(None, ((C.source == "referral", 1),), 0))
    row = _leads(period, staff_id).select(fn.COUNT(C.id), referral).tuples().first()
    return (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)


def funnel_report(*, period: Period, staff_id: int | None = None,
                  today: dt.date) -> FunnelReport:
    """The funnel of `period` for the shop (staff_id None) or one salesperson."""
    leads, referrals = _lead_counts(period, staff_id)
    due, on_time = _revisits(period, staff_id, today)
    return FunnelReport(
        period=period, staff_id=staff_id, leads=leads,
        followed_24h=_followed_24h(period, staff_id),
        visits=_distinct_customers(_entries(period, staff_id, funnel.VISIT_OUTCOMES)),
        deals=_distinct_customers(_entries(period, staff_id, ("deal",))),
        leads_visited=_leads_visited(period, staff_id),
        repeat_purchases=_repeat_purchases(period, staff_id),
        referrals=referrals,
        revisits_due=due, revisits_on_time=on_time, lost=_lost(period, staff_id),
        leads_bought=_leads_bought(period, staff_id),
    )


def funnel_by_staff(*, period: Period, today: dt.date) -> list[tuple[str, FunnelReport]]:
    """(salesperson's name, their funnel) for every active salesperson."""
    staff = Staff.select(Staff.id, Staff.name).where(Staff.active == True)  # noqa: E712
    return [(name, funnel_report(period=period, staff_id=sid, today=today))
            for sid, name in staff.order_by(Staff.name).tuples()]


# ---- segments ---------------------------------------------------------------------------------

SEGMENT_DIMENSIONS = {
    "wanted_model": QT_TRANSLATE_NOOP("Reports", "Wanted model"),
    "bought_model": QT_TRANSLATE_NOOP("Reports", "Bought model"),
    "vehicle_age": QT_TRANSLATE_NOOP("Reports", "Vehicle age"),
    "mileage": QT_TRANSLATE_NOOP("Reports", "Mileage"),
    "visits": QT_TRANSLATE_NOOP("Reports", "Number of visits"),
    "silence": QT_TRANSLATE_NOOP("Reports", "Time since last contact"),
}
NEVER = "never"
SILENT_90 = "90+"


@dataclass(frozen=True)
class Segment:
    """One group of customers in a segmentation, with how many are in it."""

    dimension: str
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class SegmentMember:
    """A customer in a segment."""

    customer_id: int
    name: str
    phone: str
    status: str
    owner_name: str
    last_followup_at: dt.datetime | None


def _bucket_label(dimension: str, code: str) -> str:
    if dimension == "vehicle_age":
        return translate("Reports", "{range} years").format(range=code)
    if dimension == "mileage":
        return translate("Reports", "{range} ten thousand km").format(range=code)
    if dimension == "visits":
        return translate("Reports", "{n} visits").format(n=code)
    if code == NEVER:
        return translate("Reports", "Never contacted")
    if code == SILENT_90:
        return translate("Reports", "Not contacted for 90 days or more")
    return translate("Reports", "{range} days").format(range=code)


def _live() -> Any:
    return C.deleted_at.is_null()


def _condition(dimension: str, code: str, today: dt.date) -> Any:
    """A condition on customers (C) selecting the members of one segment."""
    if dimension == "wanted_model":
        return C.intent_model == code
    if dimension == "bought_model":
        return C.id.in_(V.select(V.customer).where(
            V.relation == "bought", fn.TRIM(V.brand.concat(" ").concat(V.model)) == code))
    if dimension in ("vehicle_age", "mileage"):
        return C.id.in_(V.select(V.customer).where(
            V.disposed_on.is_null(), _vehicle_condition(dimension, code, today)))
    if dimension == "visits":
        return _visits_condition(code)
    return _silence_condition(code, today)


def _limits(dimension: str, code: str) -> tuple[int, int | None]:
    table = {"vehicle_age": funnel.AGE_BUCKETS, "mileage": funnel.MILEAGE_BUCKETS,
             "visits": funnel.VISIT_BUCKETS, "silence": funnel.SILENCE_BUCKETS}[dimension]
    return next((low, high) for c, low, high in table if c == code)


def _vehicle_condition(dimension: str, code: str, today: dt.date) -> Any:
    low, high = _limits(dimension, code)
    if dimension == "mileage":
        cond = V.mileage_km >= low
        return cond & (V.mileage_km < high) if high is not None else cond
    cond = V.registered_on <= add_years(today, -low)
    return cond & (V.registered_on > add_years(today, -high)) if high is not None else cond


def _visit_counts() -> Any:
    return (F.select(F.customer).where(F.outcome.in_(funnel.VISIT_OUTCOMES))
            .group_by(F.customer))


def _visits_condition(code: str) -> Any:
    low, high = _limits("visits", code)
    if low == 0:
        return C.id.not_in(_visit_counts())
    having = fn.COUNT(F.id) >= low
    if high is not None:
        having = having & (fn.COUNT(F.id) < high)
    return C.id.in_(_visit_counts().having(having))


def _silence_condition(code: str, today: dt.date) -> Any:
    if code == NEVER:
        return C.last_followup_at.is_null()
    if code == SILENT_90:
        edge = _moment(today - dt.timedelta(days=89))
        return C.last_followup_at.is_null() | (C.last_followup_at < edge)
    low, high = _limits("silence", code)
    cond = C.last_followup_at < _moment(today - dt.timedelta(days=low - 1))
    if high is not None:
        cond = cond & (C.last_followup_at >= _moment(today - dt.timedelta(days=high - 1)))
    return cond


def _codes(dimension: str) -> list[str]:
    if dimension == "vehicle_age":
        return [c for c, _, _ in funnel.AGE_BUCKETS]
    if dimension == "mileage":
        return [c for c, _, _ in funnel.MILEAGE_BUCKETS]
    if dimension == "visits":
        return [c for c, _, _ in funnel.VISIT_BUCKETS]
    return [c for c, _, _ in funnel.SILENCE_BUCKETS] + [NEVER, SILENT_90]


def segments(*, dimension: str, today: dt.date, top: int = 30) -> list[Segment]:
    """The groups of one segmentation with their sizes (models: the `top` most common)."""
    if dimension in ("wanted_model", "bought_model"):
        return _model_segments(dimension, top)
    return [Segment(dimension, code, _bucket_label(dimension, code),
                    count(C.select(C.id).where(_live(), _condition(dimension, code, today))))
            for code in _codes(dimension)]


def _model_segments(dimension: str, top: int) -> list[Segment]:
    if dimension == "wanted_model":
        key = C.intent_model
        query = C.select(key, fn.COUNT(C.id)).where(_live(), key != "")
    else:
        key = fn.TRIM(V.brand.concat(" ").concat(V.model))
        query = (V.select(key, fn.COUNT(V.customer.distinct())).join(C, on=(V.customer == C.id))
                 .where(_live(), V.relation == "bought", key != ""))
    rows = query.group_by(key).order_by(fn.COUNT(1).desc(), key).limit(top).tuples()
    return [Segment(dimension, name, name, n) for name, n in rows]


def segment_members(*, dimension: str, code: str, today: dt.date,
                    limit: int | None = 500) -> list[SegmentMember]:
    """The customers in one segment, longest out of touch first, at most `limit` (None:
    all)."""
    query = (C.select(C.id, C.name, C.phone, C.status, Staff.name, C.last_followup_at, C.owner)
             .join(Staff, JOIN.LEFT_OUTER, on=(C.owner == Staff.id))
             .where(_live(), _condition(dimension, code, today))
             .order_by(C.last_followup_at.asc(nulls="FIRST"), C.id).limit(limit))
    return [SegmentMember(r[0], r[1], access.visible_phone(r[2], r[6]), r[3], r[4] or "", r[5])
            for r in query.tuples()]


def segment_label(dimension: str) -> str:
    return translate(CTX, SEGMENT_DIMENSIONS[dimension])
