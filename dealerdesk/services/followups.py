"""Follow-ups: log, correct and delete contacts; deals, referrals and after-sale revisits.

A customer's status, last contact and next follow-up date are derived from their log and
written in the same transaction as the entry that changes them; nobody edits them by
hand. Each function validates everything before it writes, so bad input leaves nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from dealerdesk import clock
from dealerdesk.db import models
from dealerdesk.db.api import JOIN, atomic, fn
from dealerdesk.domain import choices, funnel
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.records import Changes, CustomerInput, VehicleInput
from dealerdesk.domain.text import clean_lines, clean_text
from dealerdesk.i18n import translate
from dealerdesk.services import access

# Typed Any: peewee's stubs type query results as model instances, not tuples or dicts.
C: Any = models.Customer
F: Any = models.FollowUp
R: Any = models.Revisit
V: Any = models.Vehicle
Staff: Any = models.Staff
CTX = "FollowUps"
MAX_CONTENT = 2000
CHANGED = Changes.of("followups", "customers", "reminders")
LOG_CHANGED = Changes.of("followups", "customers", "reminders", "revisits")
DEAL_CHANGED = Changes.of("followups", "customers", "reminders", "vehicles", "revisits")


@dataclass(frozen=True)
class FollowUpEntry:
    """One entry of a customer's timeline."""

    id: int
    customer_id: int
    staff_id: int | None
    staff_name: str
    at: dt.datetime
    channel: str
    content: str
    outcome: str
    lost_reason: str
    next_action: str
    next_action_on: dt.date | None
    vehicle_id: int | None
    vehicle_title: str


@dataclass(frozen=True)
class RevisitItem:
    """An after-sale revisit scheduled by a deal."""

    id: int
    customer_id: int
    vehicle_id: int | None
    vehicle_title: str
    due_on: dt.date
    days: int
    done_at: dt.datetime | None


@dataclass(frozen=True)
class Referral:
    """A customer someone referred to the shop."""

    customer_id: int
    name: str
    status: str
    created_at: dt.datetime | None


def _err(field: str, message: str) -> FieldError:
    return FieldError(field, message)


def _now() -> dt.datetime:
    return clock.now()


def revisit_label(days: int) -> str:
    """"3-day revisit", "1-month revisit" in the user's language."""
    if days % 30 == 0:
        return translate("FollowUps", "{n}-month revisit").format(n=days // 30)
    return translate("FollowUps", "{n}-day revisit").format(n=days)


# ---- validation ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    when: dt.datetime
    channel: str
    content: str
    outcome: str
    lost_reason: str
    next_action: str
    next_action_on: dt.date | None


def _require_own(customer_id: int) -> None:
    """A salesperson logs contacts and deals with their own customers only."""
    row = C.select(C.owner).where(C.id == customer_id).first()
    if row is not None:
        access.require_customer(row.owner_id)


def _check_customer(customer_id: int, errors: list[FieldError]) -> None:
    row = C.select(C.deleted_at).where(C.id == customer_id).first()
    if row is None:
        errors.append(_err("customer", translate("FollowUps", "This customer no longer exists.")))
    elif row.deleted_at is not None:
        errors.append(_err("customer", translate(
            "FollowUps", "This customer is in the recycle bin: restore them first.")))


def _check_entry(entry: _Entry, today: dt.date, errors: list[FieldError]) -> _Entry:
    if entry.when.date() > today:
        errors.append(_err("when", translate(
            "FollowUps", "A follow-up cannot be dated in the future.")))
    if entry.channel not in choices.CHANNELS:
        errors.append(_err("channel", translate("FollowUps", "Choose how you were in touch.")))
    if entry.outcome not in choices.OUTCOMES:
        errors.append(_err("outcome", translate("FollowUps", "Choose how it went.")))
    lost = entry.outcome == "lost"
    if lost and not entry.lost_reason:
        errors.append(_err("lost_reason", translate("FollowUps", "Say why the customer was lost.")))
    elif lost and entry.lost_reason not in choices.LOST_REASONS:
        errors.append(_err("lost_reason", translate("FollowUps", "Choose a reason from the list.")))
    content = clean_lines(entry.content)
    if len(content) > MAX_CONTENT:
        errors.append(_err("content", translate(
            "FollowUps", "The note is too long (at most 2000 characters).")))
    if entry.next_action_on is not None and entry.next_action_on < entry.when.date():
        errors.append(_err("next_action_on", translate(
            "FollowUps", "The next action cannot be before the contact.")))
    return dataclasses.replace(
        entry, content=content, lost_reason=entry.lost_reason if lost else "",
        next_action=clean_text(entry.next_action)[:200], when=entry.when.replace(microsecond=0))


def _check_revisit(revisit_id: int | None, customer_id: int, errors: list[FieldError]) -> None:
    if revisit_id is None:
        return
    row = R.get_or_none(R.id == revisit_id)
    if row is None or row.customer_id != customer_id:
        errors.append(_err("revisit", translate(
            "FollowUps", "This revisit belongs to another customer.")))
    elif row.done_at is not None:
        errors.append(_err("revisit", translate("FollowUps", "This revisit is already done.")))


def _check_vehicle(vehicle_id: int | None, customer_id: int, errors: list[FieldError]) -> None:
    if vehicle_id is None:
        return
    owner = V.select(V.customer).where(V.id == vehicle_id).scalar()
    if owner != customer_id:
        errors.append(_err("vehicle", translate(
            "FollowUps", "This car is not one of the customer's cars.")))


# ---- the derived customer fields ---------------------------------------------------------

def _start_status(customer_id: int) -> str:
    """Where a customer's log starts from: a customer if they bought outside any deal entry."""
    bought = V.select().where(V.customer == customer_id, V.relation == "bought",
                              V.deal_on.is_null(False)).exists()
    return "customer" if bought else "lead"


def refresh_customer(customer_id: int) -> None:
    """Recompute status, first and last contact and next follow-up from the whole log."""
    rows = list(F.select(F.at, F.outcome, F.next_action_on).where(F.customer == customer_id)
                .order_by(F.at, F.id).tuples())
    values: dict[str, Any] = {"first_followup_at": None, "last_followup_at": None,
                              "next_followup_on": None}
    if rows:
        values = {"first_followup_at": rows[0][0], "last_followup_at": rows[-1][0],
                  "next_followup_on": rows[-1][2]}
        values["status"] = funnel.fold_status((r[1] for r in rows), _start_status(customer_id))
    else:
        current = C.select(C.status).where(C.id == customer_id).scalar()
        values["status"] = "customer" if _start_status(customer_id) == "customer" else (
            "lead" if current in funnel.RANK or current == "lost" else current)
    C.update(**values).where(C.id == customer_id).execute()


def _apply_new_entry(customer_id: int, entry: _Entry) -> None:
    """Move the customer's derived fields on by one new entry (the usual, newest case)."""
    row = C.select(C.status, C.last_followup_at).where(C.id == customer_id).first()
    if row.last_followup_at is not None and entry.when < row.last_followup_at:
        refresh_customer(customer_id)  # back-dated: the newest entry still decides
        return
    first = row.last_followup_at is None
    C.update(status=funnel.status_after(row.status, entry.outcome), last_followup_at=entry.when,
             next_followup_on=entry.next_action_on,
             **({"first_followup_at": entry.when} if first else {})).where(
        C.id == customer_id).execute()


def _insert(customer_id: int, staff_id: int | None, entry: _Entry, vehicle_id: int | None) -> int:
    row = F.create(customer=customer_id, staff=staff_id, at=entry.when, channel=entry.channel,
                   content=entry.content, outcome=entry.outcome, lost_reason=entry.lost_reason,
                   next_action=entry.next_action, next_action_on=entry.next_action_on,
                   vehicle=vehicle_id, created_at=_now())
    return int(row.id)


# ---- logging, correcting, deleting -------------------------------------------------------

def log_follow_up(
    *, customer_id: int, staff_id: int | None, when: dt.datetime, channel: str, content: str,
    outcome: str, lost_reason: str = "", next_action: str = "",
    next_action_on: dt.date | None = None, today: dt.date, vehicle_id: int | None = None,
    revisit_id: int | None = None,
) -> tuple[int, Changes]:
    """Store one contact and move the customer's status and dates on, in one transaction.

    A deal needs the car that was sold (`vehicle_id`; use record_deal to give its price);
    `revisit_id` marks that after-sale revisit done by this contact.
    """
    entry = _Entry(when, channel, content, outcome, lost_reason, next_action, next_action_on)
    errors: list[FieldError] = []
    _require_own(customer_id)
    _check_customer(customer_id, errors)
    entry = _check_entry(entry, today, errors)
    if outcome == "deal" and vehicle_id is None:
        errors.append(_err("vehicle", translate(
            "FollowUps", "A deal needs the car that was sold.")))
    _check_vehicle(vehicle_id, customer_id, errors)
    _check_revisit(revisit_id, customer_id, errors)
    if errors:
        raise ValidationFailed(errors)
    with atomic():
        follow_up_id = _insert(customer_id, staff_id, entry, vehicle_id)
        if outcome == "deal" and vehicle_id is not None:
            _book_deal(customer_id, vehicle_id, staff_id, entry.when.date(), None)
        if revisit_id is not None:
            R.update(done_followup=follow_up_id, done_at=entry.when).where(
                R.id == revisit_id).execute()
        _apply_new_entry(customer_id, entry)
    return follow_up_id, DEAL_CHANGED if outcome == "deal" else LOG_CHANGED


def _own_entry(follow_up_id: int, by_staff_id: int | None) -> Any:
    row = F.get_or_none(F.id == follow_up_id)
    if row is None:
        raise ValidationFailed([_err("entry", translate(
            "FollowUps", "This entry no longer exists."))])
    if row.staff_id is not None and row.staff_id != by_staff_id:
        raise ValidationFailed(
            [_err("entry", translate(
                "FollowUps", "Only the person who logged this entry can change it."))])
    return row


def edit_follow_up(
    *, follow_up_id: int, by_staff_id: int | None, when: dt.datetime, channel: str,
    content: str, outcome: str, lost_reason: str = "", next_action: str = "",
    next_action_on: dt.date | None = None, today: dt.date,
) -> Changes:
    """Correct an entry its author made; the customer's derived fields are recomputed."""
    row = _own_entry(follow_up_id, by_staff_id)
    entry = _Entry(when, channel, content, outcome, lost_reason, next_action, next_action_on)
    errors: list[FieldError] = []
    entry = _check_entry(entry, today, errors)
    if (row.outcome == "deal") != (outcome == "deal"):
        errors.append(_err("outcome", translate(
            "FollowUps", "A deal is recorded with Record deal and undone by "
                                      "deleting its entry.")))
    if errors:
        raise ValidationFailed(errors)
    with atomic():
        F.update(at=entry.when, channel=entry.channel, content=entry.content,
                 outcome=entry.outcome, lost_reason=entry.lost_reason,
                 next_action=entry.next_action, next_action_on=entry.next_action_on,
                 ).where(F.id == follow_up_id).execute()
        R.update(done_at=entry.when).where(R.done_followup == follow_up_id).execute()
        refresh_customer(row.customer_id)
    return CHANGED


def delete_follow_up(*, follow_up_id: int, by_staff_id: int | None) -> Changes:
    """Delete an entry its author made; a deal entry takes its open revisits with it."""
    row = _own_entry(follow_up_id, by_staff_id)
    with atomic():
        R.update(done_followup=None, done_at=None).where(R.done_followup == follow_up_id).execute()
        if row.outcome == "deal" and row.vehicle_id is not None:
            R.delete().where(R.vehicle == row.vehicle_id, R.done_at.is_null()).execute()
            V.update(deal_on=None, deal_price_cents=None, salesperson=None, relation="owned",
                     updated_at=_now()).where(V.id == row.vehicle_id).execute()
        F.delete().where(F.id == follow_up_id).execute()
        refresh_customer(row.customer_id)
    return DEAL_CHANGED


# ---- deals and revisits ------------------------------------------------------------------

def _book_deal(customer_id: int, vehicle_id: int, staff_id: int | None, deal_on: dt.date,
               price_cents: int | None) -> None:
    values: dict[str, Any] = {"deal_on": deal_on, "relation": "bought", "salesperson": staff_id,
                              "updated_at": _now()}
    if price_cents is not None:
        values["deal_price_cents"] = price_cents
    V.update(**values).where(V.id == vehicle_id).execute()
    R.delete().where(R.vehicle == vehicle_id, R.done_at.is_null()).execute()
    schedule_revisits(customer_id=customer_id, vehicle_id=vehicle_id, deal_on=deal_on)


def schedule_revisits(*, customer_id: int, vehicle_id: int | None, deal_on: dt.date) -> int:
    """Add the after-sale revisits of the configured schedule; return how many."""
    from dealerdesk.services.settings import get_setting

    days_list = sorted({int(d) for d in get_setting("revisit_days") if int(d) > 0})
    for days in days_list:
        R.create(customer=customer_id, vehicle=vehicle_id,
                 due_on=funnel.revisit_due(deal_on, days), label=str(days))
    return len(days_list)


def record_deal(
    *, customer_id: int, staff_id: int | None, when: dt.datetime, price_cents: int | None,
    vehicle_id: int | None = None, new_vehicle: VehicleInput | None = None, content: str = "",
    channel: str = "shop_visit", today: dt.date,
) -> tuple[int, Changes]:
    """Record a sale: the car gets its deal date and price, the person becomes a customer
    and the after-sale revisits are scheduled, all in one transaction."""
    from dealerdesk.services.vehicles import add_vehicle, validate_vehicle

    entry = _Entry(when, channel, content, "deal", "", "", None)
    errors: list[FieldError] = []
    _require_own(customer_id)
    _check_customer(customer_id, errors)
    entry = _check_entry(entry, today, errors)
    if vehicle_id is None and new_vehicle is None:
        errors.append(_err("vehicle", translate("FollowUps", "Choose the car that was sold.")))
    _check_vehicle(vehicle_id, customer_id, errors)
    if price_cents is None or price_cents <= 0:
        errors.append(_err("price", translate(
            "FollowUps", "Enter the price the car was sold for.")))
    if new_vehicle is not None and vehicle_id is None:
        try:
            validate_vehicle(new_vehicle, today=today)
        except ValidationFailed as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationFailed(errors)
    with atomic():
        if vehicle_id is None and new_vehicle is not None:
            vehicle_id, _ = add_vehicle(customer_id, new_vehicle, today=today)
        assert vehicle_id is not None
        if not entry.content:
            entry = dataclasses.replace(entry, content=translate("FollowUps", "Deal: {car}").format(
                car=_vehicle_title(vehicle_id)))
        follow_up_id = _insert(customer_id, staff_id, entry, vehicle_id)
        _book_deal(customer_id, vehicle_id, staff_id, entry.when.date(), price_cents)
        _apply_new_entry(customer_id, entry)
    return follow_up_id, DEAL_CHANGED


def _vehicle_title(vehicle_id: int | None) -> str:
    if vehicle_id is None:
        return ""
    row = V.select(V.brand, V.model, V.year, V.plate).where(V.id == vehicle_id).first()
    if row is None:
        return ""
    parts = [row.brand, row.model, str(row.year) if row.year else "", row.plate]
    return " ".join(p for p in parts if p)


def list_revisits(customer_id: int) -> list[RevisitItem]:
    """The customer's after-sale revisits, by due date."""
    query = R.select().where(R.customer == customer_id).order_by(R.due_on, R.id)
    return [RevisitItem(id=r.id, customer_id=customer_id, vehicle_id=r.vehicle_id,
                        vehicle_title=_vehicle_title(r.vehicle_id), due_on=r.due_on,
                        days=int(r.label) if r.label.isdigit() else 0, done_at=r.done_at)
            for r in query]


# ---- the timeline and referrals -----------------------------------------------------------

def timeline(customer_id: int) -> list[FollowUpEntry]:
    """The customer's follow-ups, newest first, with who logged each."""
    query = (F.select(F, Staff.name.alias("staff_name"))
             .join(Staff, on=(F.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(F.customer == customer_id).order_by(F.at.desc(), F.id.desc()).dicts())
    titles: dict[int, str] = {}
    entries = []
    for r in query:
        vid = r["vehicle"]
        if vid is not None and vid not in titles:
            titles[vid] = _vehicle_title(vid)
        entries.append(FollowUpEntry(
            id=r["id"], customer_id=customer_id, staff_id=r["staff"],
            staff_name=r["staff_name"] or "", at=r["at"], channel=r["channel"],
            content=r["content"], outcome=r["outcome"], lost_reason=r["lost_reason"],
            next_action=r["next_action"], next_action_on=r["next_action_on"], vehicle_id=vid,
            vehicle_title=titles.get(vid, "") if vid else ""))
    return entries


def get_follow_up(follow_up_id: int) -> FollowUpEntry | None:
    row = F.select(F.customer).where(F.id == follow_up_id).first()
    if row is None:
        return None
    return next((e for e in timeline(row.customer_id) if e.id == follow_up_id), None)


def record_referral(
    *, referrer_id: int, data: CustomerInput, created_by_id: int | None, today: dt.date
) -> tuple[int, Changes]:
    """Add a new lead referred by `referrer_id`; the lead remembers who referred them."""
    from dealerdesk.services.customers import create_customer

    errors: list[FieldError] = []
    _check_customer(referrer_id, errors)
    if errors:
        raise ValidationFailed([FieldError("referrer", errors[0].message)])
    data = dataclasses.replace(data, source="referral", referrer_id=referrer_id, status="lead")
    return create_customer(data, created_by_id=created_by_id, today=today)


def referrals_of(customer_id: int) -> list[Referral]:
    """The live customers `customer_id` referred, newest first."""
    query = (C.select(C.id, C.name, C.status, C.created_at)
             .where(C.referrer == customer_id, C.deleted_at.is_null())
             .order_by(C.created_at.desc()).tuples())
    return [Referral(customer_id=r[0], name=r[1], status=r[2], created_at=r[3]) for r in query]


# ---- the Follow-ups screen's lists ----------------------------------------------------------

BUCKETS = ("today", "overdue", "upcoming", "done")


@dataclass(frozen=True)
class DueItem:
    """One line of the Follow-ups screen: a follow-up or revisit due, or a contact done."""

    kind: str  # "followup", "revisit" or "done"
    customer_id: int
    customer_name: str
    phone: str
    status: str
    owner_name: str
    due_on: dt.date | None
    what: str
    last_contact: dt.datetime | None
    overdue_days: int = 0
    revisit_id: int | None = None
    follow_up_id: int | None = None
    outcome: str = ""


def _range(bucket: str, today: dt.date, days: int | None) -> tuple[dt.date | None, dt.date | None]:
    """[first, last] due dates of a bucket; None leaves that side open."""
    if bucket == "today":
        return today, today
    if bucket == "overdue":
        return (today - dt.timedelta(days=days) if days else None), today - dt.timedelta(days=1)
    if bucket == "upcoming":
        return today + dt.timedelta(days=1), today + dt.timedelta(days=days or 7)
    raise ValueError(bucket)


def _between(field: Any, first: dt.date | None, last: dt.date | None) -> Any:
    cond = field <= last if last is not None else field.is_null(False)
    return cond & (field >= first) if first is not None else cond


def _followups_due(first: Any, last: Any, staff_id: int | None, limit: int) -> Any:
    latest = (F.select(F.next_action).where(F.customer == C.id)
              .order_by(F.at.desc(), F.id.desc()).limit(1))
    query = (C.select(C.id, C.name, C.phone, C.status, Staff.name, C.next_followup_on,
                      latest.alias("what"), C.last_followup_at, C.owner)
             .join(Staff, on=(C.owner == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(_between(C.next_followup_on, first, last), C.deleted_at.is_null()))
    if staff_id is not None:
        query = query.where(C.owner == staff_id)
    return query.order_by(C.next_followup_on, C.id).limit(limit).tuples()


def _live_owned(staff_id: int | None) -> Any:
    """Revisits of live customers (of one salesperson), checked per revisit row."""
    query = C.select(C.id).where(C.id == R.customer, C.deleted_at.is_null())
    return fn.EXISTS(query.where(C.owner == staff_id) if staff_id is not None else query)


def _revisits_due(first: Any, last: Any, staff_id: int | None, limit: int) -> Any:
    ids = [r[0] for r in R.select(R.id).where(
        _between(R.due_on, first, last), R.done_at.is_null(), _live_owned(staff_id))
        .order_by(R.due_on, R.id).limit(limit).tuples()]
    query = (R.select(C.id, C.name, C.phone, C.status, Staff.name, R.due_on, R.label,
                      C.last_followup_at, R.id, C.owner)
             .join(C, on=(R.customer == C.id))
             .join(Staff, on=(C.owner == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(R.id.in_(ids)))
    return query.order_by(R.due_on, R.id).tuples()


def due_items(*, bucket: str, today: dt.date, staff_id: int | None = None,
              days: int | None = None, limit: int = 500) -> list[DueItem]:
    """Follow-ups and revisits due today, overdue or upcoming (within `days`), or the
    contacts done in the last `days` days; most urgent first, at most `limit`."""
    if bucket == "done":
        return _done(today, staff_id, days or 7, limit)
    first, last = _range(bucket, today, days)
    phone = access.visible_phone
    items = [DueItem("followup", r[0], r[1], phone(r[2], r[8]), r[3], r[4] or "", r[5],
                     r[6] or "", r[7], max(0, (today - r[5]).days))
             for r in _followups_due(first, last, staff_id, limit)]
    items += [DueItem("revisit", r[0], r[1], phone(r[2], r[9]), r[3], r[4] or "", r[5],
                      revisit_label(int(r[6])) if r[6].isdigit() else r[6], r[7],
                      max(0, (today - r[5]).days), revisit_id=r[8])
              for r in _revisits_due(first, last, staff_id, limit)]
    items.sort(key=lambda i: (i.due_on or today, i.customer_id))
    return items[:limit]


def _done(today: dt.date, staff_id: int | None, days: int, limit: int) -> list[DueItem]:
    start = dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time())
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    query = (F.select(C.id, C.name, C.phone, C.status, Staff.name, F.at, F.content, F.outcome,
                      F.id, C.last_followup_at, C.owner)
             .join(C, on=(F.customer == C.id))
             .join(Staff, on=(F.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(F.at >= start, F.at < end, C.deleted_at.is_null()))
    if staff_id is not None:
        query = query.where(F.staff == staff_id)
    rows = query.order_by(F.at.desc(), F.id.desc()).limit(limit).tuples()
    return [DueItem("done", r[0], r[1], access.visible_phone(r[2], r[10]), r[3], r[4] or "",
                    r[5].date(), r[6], r[9], follow_up_id=r[8], outcome=r[7]) for r in rows]


def due_counts(*, today: dt.date, staff_id: int | None = None,
               days: int | None = None) -> dict[str, int]:
    """How many items each bucket holds (for the tab titles)."""
    from dealerdesk.db.api import count

    found = {}
    for bucket in ("today", "overdue", "upcoming"):
        first, last = _range(bucket, today, days)
        fq = C.select().where(_between(C.next_followup_on, first, last), C.deleted_at.is_null())
        rq = R.select().where(_between(R.due_on, first, last), R.done_at.is_null(),
                              _live_owned(staff_id))
        if staff_id is not None:
            fq = fq.where(C.owner == staff_id)
        found[bucket] = count(fq) + count(rq)
    start = dt.datetime.combine(today - dt.timedelta(days=(days or 7) - 1), dt.time())
    dq = (F.select().join(C, on=(F.customer == C.id))
          .where(F.at >= start, F.at < dt.datetime.combine(today + dt.timedelta(days=1),
                                                          dt.time()), C.deleted_at.is_null()))
    found["done"] = count(dq.where(F.staff == staff_id) if staff_id is not None else dq)
    return found


def customer_vehicles(customer_id: int) -> list[tuple[int, str, dt.date | None]]:
    """(id, title, deal date) of the customer's current cars, for choosing the one sold."""
    query = (V.select(V.id).where(V.customer == customer_id, V.disposed_on.is_null())
             .order_by(V.deal_on.is_null(False), V.id.desc()))
    return [(vid, _vehicle_title(vid) or translate("FollowUps", "Car {n}").format(n=vid),
             V.get_by_id(vid).deal_on) for (vid,) in query.tuples()]
