"""Reminders: who to call and why, computed from the data; the user's answers to them.

Nothing here stores a reminder. Each list is computed from customers, vehicles,
follow-ups, revisits, cards and manual reminders (see services/reminder_sources.py);
only a user's answer to one occurrence is stored (ReminderAnswer), keyed by the
occurrence, so next year's birthday comes back and a changed insurance date moves its
reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from dealerdesk import clock
from dealerdesk.db.api import JOIN, atomic, fetch_all, raw_rows
from dealerdesk.db.models import ReminderAnswer as A
from dealerdesk.db.models import Revisit
from dealerdesk.domain import reminders as rules
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import translate
from dealerdesk.services import access
from dealerdesk.services.reminder_sources import Hit, Query, day, find_hits, staff_names
from dealerdesk.services.settings import get_setting, set_settings

CTX = "Reminders"
CHANGED = Changes.of("reminders")


@dataclass(frozen=True)
class Reminder:
    """One occurrence of a reminder: who, why, when, and whose customer it is."""

    kind: str
    customer_id: int
    customer_name: str
    phone: str
    due: dt.date
    detail: str
    vehicle_id: int | None
    plate: str
    car: str
    owner_id: int | None
    owner_name: str
    overdue: bool
    key: str  # stable id of this occurrence: kind:customer:vehicle:due


@dataclass(frozen=True)
class KindCounts:
    """How many reminders of one kind are overdue, due today, within 7 and within 30 days."""

    overdue: int = 0
    today: int = 0
    week: int = 0
    month: int = 0


@dataclass(frozen=True)
class StoppedReminder:
    """A "stop reminding" answer: one kind on one customer, or on one of their vehicles."""

    kind: str
    customer_id: int
    vehicle_id: int | None
    plate: str
    at: dt.datetime
    staff_name: str


@dataclass(frozen=True)
class FollowUpNote:
    """A follow-up logged in the same step as marking a reminder done."""

    channel: str = "phone"
    content: str = ""
    outcome: str = "contacted"
    next_action_on: dt.date | None = None


# --- listing ---------------------------------------------------------------------------


def list_reminders(
    *,
    today: dt.date,
    days: int = 30,
    owner_id: int | None = None,
    kinds: Collection[str] | None = None,
    include_overdue: bool = True,
) -> list[Reminder]:
    """Reminders due from today up to `days` ahead (and overdue ones), soonest first.

    Occurrences answered "done", snoozed past today, or stopped are left out.
    """
    rules.check_days(days)
    query = Query(today=today, end=today + dt.timedelta(days=days), owner_id=owner_id,
                  limits=get_setting("contact_limits"), include_overdue=include_overdue)
    return _collect(query, _kinds(kinds))


def reminders_for_customer(
    *, customer_id: int, today: dt.date, days: int = 366
) -> list[Reminder]:
    """Every open reminder of one customer from overdue ones up to `days` ahead."""
    rules.check_days(days)
    query = Query(today=today, end=today + dt.timedelta(days=days), owner_id=None,
                  limits=get_setting("contact_limits"), customer_ids=frozenset({customer_id}))
    return _collect(query, list(rules.KINDS.values()))


def todays_calls(*, today: dt.date, owner_id: int | None = None) -> list[Reminder]:
    """Overdue reminders and those whose lead time has begun: the calls to make today."""
    leads = lead_days()
    found = list_reminders(today=today, days=max(leads.values(), default=0), owner_id=owner_id)
    return [r for r in found if rules.call_date(r.due, leads.get(r.kind, 0)) <= today]


def call_summary(*, today: dt.date, owner_id: int | None = None) -> tuple[int, int]:
    """(calls due today, overdue) for the tray icon and the morning notice."""
    calls = todays_calls(today=today, owner_id=owner_id)
    overdue = sum(r.overdue for r in calls)
    return len(calls) - overdue, overdue


def count_by_kind(reminders: Iterable[Reminder], today: dt.date) -> dict[str, KindCounts]:
    """Counts per kind: overdue, due today, due within 7 days and within 30 days."""
    tallies: dict[str, list[int]] = {code: [0, 0, 0, 0] for code in rules.KINDS}
    for r in reminders:
        ahead = (r.due - today).days
        tally = tallies.setdefault(r.kind, [0, 0, 0, 0])
        tally[0] += ahead < 0
        tally[1] += ahead == 0
        tally[2] += 0 <= ahead <= 7
        tally[3] += 0 <= ahead <= 30
    return {code: KindCounts(*t) for code, t in tallies.items()}


def _kinds(codes: Collection[str] | None) -> list[rules.Kind]:
    if codes is None:
        return list(rules.KINDS.values())
    return [rules.kind(code) for code in codes]


def _collect(query: Query, kinds: list[rules.Kind]) -> list[Reminder]:
    hits = find_hits(query, kinds)
    earliest: dict[str, dt.date] = {}
    for hit in hits:  # (kind, ..., due at 4, ...): see reminder_sources.Hit
        if hit[4] < earliest.get(hit[0], query.end):
            earliest[hit[0]] = hit[4]
    answers = _Answers.load(query, kinds, earliest)
    hits.extend(_snoozed_back(query, kinds, answers))
    names = staff_names()
    today = query.today
    order = {code: i for i, code in enumerate(rules.KINDS)}
    done, snoozed, stopped = answers.done, answers.snoozed, answers.stopped_customers
    seen: set[str] = set()
    rows = []
    new, set_dict = _new, object.__setattr__
    shown = access.visible_phone if access.masks_phones() else None
    # The hot loop of a large shop's list (thousands of rows): plain tuples, one key string,
    # set lookups for the answers, and each Reminder given its attributes in one dict
    # rather than through the frozen __init__ (one object.__setattr__ per field is three
    # times slower).
    for code, cid, name, phone, due, detail, vid, plate, car, owner, occurrence in hits:
        key = f"{code}:{cid}:{vid or 0}:{occurrence}"
        if key in seen or key in done:
            continue
        until = snoozed.get(key)
        if until is not None and until > today:
            continue
        if stopped and (code, cid) in stopped and answers.is_stopped(code, cid, vid):
            continue
        seen.add(key)
        if shown is not None:
            phone = shown(phone, owner)
        reminder = new(Reminder)
        set_dict(reminder, "__dict__", {
            "kind": code, "customer_id": cid, "customer_name": name, "phone": phone,
            "due": due, "detail": detail, "vehicle_id": vid, "plate": plate, "car": car,
            "owner_id": owner, "owner_name": names.get(owner or 0, ""), "overdue": due < today,
            "key": key})
        rows.append((due, order[code], name, key, reminder))
    rows.sort()
    return [row[4] for row in rows]


_new = object.__new__  # the dict in _collect names every field of Reminder


def _snoozed_back(query: Query, kinds: list[rules.Kind], answers: _Answers) -> list[Hit]:
    """Occurrences older than their kind's window whose snooze has just ended.

    One query per kind, over the days those occurrences fall on, not one per answer.
    """
    wanted = {k.code: k for k in kinds}
    back: dict[str, dict[str, rules.ParsedKey]] = {}
    lately = query.today - dt.timedelta(days=max((k.overdue_days or 0 for k in kinds), default=0))
    for key, until in answers.snoozed.items():
        if until > query.today or until < lately:
            continue
        try:
            parsed = rules.parse_key(key)
        except RuleError:
            continue
        k = wanted.get(parsed.kind)
        start = rules.window_start(k, query.today, include_overdue=query.include_overdue) if k \
            else None
        due = parsed.due
        if k is None or start is None or due >= start or due > query.end:
            continue
        if k.overdue_days is not None and until < query.today - dt.timedelta(k.overdue_days):
            continue
        if query.customer_ids is not None and parsed.customer_id not in query.customer_ids:
            continue
        back.setdefault(k.code, {})[key] = parsed
    hits: list[Hit] = []
    for code, keys in back.items():
        dues = [p.due for p in keys.values()]
        customers = {p.customer_id for p in keys.values()}
        wide = query.widened(min(dues), max(dues),
                             customers if len(customers) <= 500 else query.customer_ids)
        hits.extend(h for h in find_hits(wide, [wanted[code]])
                    if f"{h[0]}:{h[1]}:{h[6] or 0}:{h[10]}" in keys)
    return hits


class _Answers:
    """The stored answers that hide occurrences: done, snoozed until a day, stopped.

    Loaded once per list, for its window only: every "stop reminding", the done and
    snoozed occurrences from the earliest due date found up to the window's end, and the
    snoozes that ended lately (their occurrence may lie before the window). Occurrences
    are held by their key, "kind:customer:vehicle:occurrence".
    """

    def __init__(self) -> None:
        self.done: set[str] = set()
        self.snoozed: dict[str, dt.date] = {}
        self.stopped: set[tuple[str, int, int]] = set()
        self.stopped_customers: set[tuple[str, int]] = set()

    @classmethod
    def load(cls, q: Query, kinds: list[rules.Kind], earliest: dict[str, dt.date]) -> _Answers:
        """`earliest`: the earliest due date found of each kind."""
        answers = cls()
        codes = [k.code for k in kinds]
        wanted_codes = set(codes)
        lately = q.today - dt.timedelta(days=max(
            (k.overdue_days or 0 for k in kinds), default=0))
        # Written out rather than built (one OR term per kind). Snoozes that ended lately
        # are read by their date for every kind (an index range; the kinds not asked for
        # are left out below).
        terms = [f"(kind IN ({','.join('?' * len(codes))}) AND occurrence = '')",
                 "(snoozed_until BETWEEN ? AND ?)"]
        params: list[Any] = [*codes, lately.isoformat(), q.today.isoformat()]
        last = q.end.isoformat() + "~"  # after "2026-12-26" and "2026-12-26#12"
        for code, first in earliest.items():
            terms.append("(kind = ? AND occurrence BETWEEN ? AND ?)")
            params += [code, first.isoformat(), last]
        sql = ("SELECT kind, customer_id, vehicle_id, occurrence, action, snoozed_until "
               f"FROM reminder_answer WHERE ({' OR '.join(terms)})")
        if q.customer_ids is not None:
            sql += f" AND customer_id IN ({','.join('?' * len(q.customer_ids))})"
            params += sorted(q.customer_ids)
        for code, customer, vehicle, occurrence, action, until in fetch_all(sql, params):
            if code not in wanted_codes:
                continue
            if action == "stopped":
                answers.stopped.add((code, customer, vehicle or 0))
                answers.stopped_customers.add((code, customer))
                continue
            key = f"{code}:{customer}:{vehicle or 0}:{occurrence}"
            if action == "done":
                answers.done.add(key)
            elif action == "snoozed" and until is not None:
                answers.snoozed[key] = day(until)
        return answers

    def is_stopped(self, code: str, customer_id: int, vehicle_id: int | None) -> bool:
        return (code, customer_id, 0) in self.stopped or (
            code, customer_id, vehicle_id or 0) in self.stopped


# --- answers ---------------------------------------------------------------------------


def mark_done(
    *, key: str, today: dt.date, staff_id: int | None = None, follow_up: FollowUpNote | None = None
) -> Changes:
    """Mark one occurrence done; with `follow_up`, log that follow-up in the same transaction."""
    parsed = rules.parse_key(key)
    changes = CHANGED
    with atomic():
        if follow_up is not None:
            changes = Changes(changes.kinds | log_follow_up_for(
                customer_id=parsed.customer_id, staff_id=staff_id, today=today,
                note=follow_up).kinds)
        _answer(parsed, "done", staff_id=staff_id)
        if parsed.kind == "revisit" and "#" in parsed.occurrence:
            revisit_id = int(parsed.occurrence.split("#")[1])
            Revisit.update(done_at=clock.now()).where(
                Revisit.id == revisit_id, Revisit.done_at.is_null()).execute()
    return changes


def snooze(*, key: str, today: dt.date, days: int | None = None, until: dt.date | None = None,
           staff_id: int | None = None) -> Changes:
    """Hide one occurrence until a day: `days` from today (1, 3, 7...) or a chosen date."""
    parsed = rules.parse_key(key)
    if until is None:
        until = rules.snooze_until(today, days or 0)
    else:
        until = rules.check_snooze_date(today, until)
    with atomic():
        _answer(parsed, "snoozed", staff_id=staff_id, until=until)
    return CHANGED


def reopen(*, key: str) -> Changes:
    """Forget the answer (done or snoozed) to one occurrence: it shows again."""
    parsed = rules.parse_key(key)
    with atomic():
        _answers_of(parsed).execute()
    return CHANGED


def stop_reminding(*, customer_id: int, kind: str, vehicle_id: int | None = None,
                   staff_id: int | None = None) -> Changes:
    """Never remind of `kind` for this customer (or only for this vehicle) until undone."""
    code = rules.kind(kind).code
    with atomic():
        _stopped(customer_id, code, vehicle_id).execute()
        A.create(kind=code, customer=customer_id, vehicle=vehicle_id, occurrence="",
                 action="stopped", staff=staff_id)
    return CHANGED


def undo_stop(*, customer_id: int, kind: str, vehicle_id: int | None = None) -> Changes:
    """Remind of `kind` again for this customer (or vehicle)."""
    with atomic():
        _stopped(customer_id, rules.kind(kind).code, vehicle_id).execute()
    return CHANGED


def stopped_reminders(customer_id: int) -> list[StoppedReminder]:
    """The kinds a customer (or one of their vehicles) is no longer reminded of."""
    from dealerdesk.db.models import Vehicle

    query = (A.select(A.kind, A.vehicle, A.at, A.staff, Vehicle.plate)
             .join(Vehicle, join_type=JOIN.LEFT_OUTER, on=(A.vehicle == Vehicle.id))
             .where(A.customer == customer_id, A.action == "stopped").order_by(A.at))
    names = staff_names()
    return [StoppedReminder(code, customer_id, vid, plate or "", _moment(at),
                            names.get(sid or 0, ""))
            for code, vid, at, sid, plate in raw_rows(query)]


def _moment(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _stopped(customer_id: int, code: str, vehicle_id: int | None) -> Any:
    vehicle = A.vehicle.is_null() if vehicle_id is None else A.vehicle == vehicle_id
    return A.delete().where(A.customer == customer_id, A.kind == code, vehicle,
                            A.action == "stopped")


def _answers_of(parsed: rules.ParsedKey) -> Any:
    vehicle = A.vehicle.is_null() if parsed.vehicle_id is None else A.vehicle == parsed.vehicle_id
    return A.delete().where(A.customer == parsed.customer_id, A.kind == parsed.kind, vehicle,
                            A.occurrence == parsed.occurrence, A.action != "stopped")


def _answer(parsed: rules.ParsedKey, action: str, *, staff_id: int | None,
            until: dt.date | None = None) -> None:
    from dealerdesk.db.models import Customer

    if not Customer.select().where(Customer.id == parsed.customer_id).exists():
        raise RuleError(translate("Reminders", "This reminder no longer exists"))
    _answers_of(parsed).execute()
    A.create(kind=parsed.kind, customer=parsed.customer_id, vehicle=parsed.vehicle_id,
             occurrence=parsed.occurrence, action=action, snoozed_until=until, staff=staff_id)


# --- follow-ups logged with "done" -------------------------------------------------------


def log_follow_up_for(*, customer_id: int, staff_id: int | None, today: dt.date,
                      note: FollowUpNote) -> Changes:
    """Log `note` as a follow-up through the follow-up service (the one place that does)."""
    from dealerdesk.services.followups import log_follow_up

    when = dt.datetime.combine(today, clock.now().time())
    _, changes = log_follow_up(
        customer_id=customer_id, staff_id=staff_id, when=when, channel=note.channel,
        content=note.content, outcome=note.outcome, next_action_on=note.next_action_on,
        today=today)
    return changes


# --- settings: lead times -----------------------------------------------------------------


def lead_days() -> dict[str, int]:
    """Days before its date that each kind becomes a call to make (0: on the day)."""
    stored = get_setting("lead_days")
    return {code: int(stored.get(k.lead_key, k.default_lead)) if k.lead_key else 0
            for code, k in rules.KINDS.items()}


def set_lead_days(values: dict[str, int]) -> Changes:
    """Store lead times by kind code; each 0 to 180 days."""
    stored = get_setting("lead_days")
    errors = []
    for code, value in values.items():
        k = rules.KINDS.get(code)
        if k is None or not k.lead_key:
            errors.append(FieldError(code, translate("Reminders", "This kind has no lead time")))
        elif not isinstance(value, int) or not 0 <= value <= 180:
            errors.append(FieldError(code, translate("Reminders", "Enter 0 to 180 days")))
        else:
            stored[k.lead_key] = value
    if errors:
        raise ValidationFailed(errors)
    return set_settings({"lead_days": stored})


def contact_limits() -> dict[str, int]:
    """Days each level (and "after_sale" for buyers) may go without a contact."""
    return {k: int(v) for k, v in get_setting("contact_limits").items()}


def set_contact_limits(values: dict[str, int]) -> Changes:
    """Store the "not contacted for N days" limits; each 1 to 365 days."""
    bad = [FieldError(code, translate(
            "Reminders", "Enter 1 to 365 days")) for code, value in values.items()
           if not isinstance(value, int) or not 1 <= value <= 365]
    if bad:
        raise ValidationFailed(bad)
    return set_settings({"contact_limits": {**get_setting("contact_limits"), **values}})


