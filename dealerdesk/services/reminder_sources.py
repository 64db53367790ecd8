"""Where reminder dates come from: one query per source of dates, all in portable SQL.

Each source turns rows into Hits (one occurrence each) for a window of due dates. Only
live customers (not in the recycle bin) count, and only vehicles they still have (not
sold on, scrapped or traded in); both are filtered in SQL.

Every query reads one index range on its date (birthday_md, a vehicle date,
next_followup_on, revisit and manual due_on, card expires_on, last contact) and fetches
plain rows. Queries that join the customer start from the dated table with a CROSS JOIN:
SQLite keeps that order, and without ANALYZE statistics it would otherwise start from
"customer.deleted_at IS NULL" and read every customer. Customer-only queries use indexes
that begin with deleted_at. benchmarks/bench_reminders.py prints the query plans.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import Any

from dealerdesk.db import models
from dealerdesk.db.api import JOIN, fetch_all, raw_rows
from dealerdesk.domain import reminders as rules
from dealerdesk.domain.lunar import celebrates_leap, format_lunar_md
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Reminders"
C, V, R, M = models.Customer, models.Vehicle, models.Revisit, models.ManualReminder
Card, Staff = models.MembershipCard, models.Staff


@dataclass(frozen=True)
class Query:
    """What to look for: the day, the window end, whose customers, which customers."""

    today: dt.date
    end: dt.date
    owner_id: int | None
    limits: dict[str, int]
    include_overdue: bool = True
    customer_ids: frozenset[int] | None = None
    start_override: dt.date | None = None

    def start(self, kind: rules.Kind) -> dt.date | None:
        if self.start_override is not None:
            return self.start_override
        return rules.window_start(kind, self.today, include_overdue=self.include_overdue)

    def widened(self, start: dt.date, end: dt.date,
                customer_ids: Collection[int] | None) -> Query:
        """The same question for other due dates (and, if given, only these customers)."""
        return dataclasses.replace(
            self, start_override=start, end=end,
            customer_ids=None if customer_ids is None else frozenset(customer_ids))

    def customer_sql(self, alias: str) -> tuple[str, list[Any]]:
        """The same filter as customers(), as SQL on the customer table called `alias`."""
        sql, params = f" AND {alias}.deleted_at IS NULL", []
        if self.owner_id is not None:
            sql += f" AND {alias}.owner_id = ?"
            params.append(self.owner_id)
        if self.customer_ids is not None:
            sql += f" AND {alias}.id IN ({','.join('?' * len(self.customer_ids))})"
            params.extend(sorted(self.customer_ids))
        return sql, params

    def customers(self, query: Any, *, owner_index: bool = False) -> Any:
        query = query.where(C.deleted_at.is_null())
        if self.owner_id is not None:
            # "owner_id + 0" keeps SQLite off the owner index, which without statistics
            # it prefers to the date range and then reads all of one salesperson's
            # customers; `owner_index` for a query whose index starts with the owner.
            owner = C.owner if owner_index else C.owner + 0
            query = query.where(owner == self.owner_id)
        if self.customer_ids is not None:
            query = query.where(C.id.in_(list(self.customer_ids)))
        return query


# One occurrence found in the data, before the user's answers are applied: a plain tuple
# (thousands per list) of kind, customer_id, customer_name, phone, due, detail,
# vehicle_id, plate, car, owner_id, occurrence.
Hit = tuple[str, int, str, str, dt.date, str, "int | None", str, str, "int | None", str]


Source = Callable[[rules.Kind, Query], Iterator[Hit]]


def find_hits(query: Query, kinds: list[rules.Kind]) -> list[Hit]:
    """Every occurrence of `kinds` with a due date in the query's window."""
    hits: list[Hit] = []
    for k in kinds:
        hits.extend(SOURCES[k.source](k, query))
    return hits


def staff_names() -> dict[int, str]:
    return {sid: name for sid, name in raw_rows(Staff.select(Staff.id, Staff.name))}


def day(value: Any) -> dt.date:
    """A date column's value as a date (SQLite gives ISO text, other drivers dates)."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value if type(value) is dt.date else value.date()


class _Days(dict[Any, tuple[dt.date, str]]):
    """Stored date values as (date, ISO text), each distinct value converted once: a
    window holds a few dozen days for thousands of rows."""

    def __missing__(self, value: Any) -> tuple[dt.date, str]:
        found = day(value)
        self[value] = pair = (found, found.isoformat())
        return pair


def _between(field: Any, start: dt.date | None, end: dt.date) -> Any:
    return field <= end if start is None else field.between(start, end)


def car_title(brand: str, model: str, year: int | None) -> str:
    return " ".join(p for p in (brand, model, str(year) if year else "") if p)


class _Cars(dict[tuple[str, str, Any], str]):
    """Car titles by (brand, model, year), each made once."""

    def __missing__(self, key: tuple[str, str, Any]) -> str:
        self[key] = title = car_title(key[0] or "", key[1] or "", key[2])
        return title


class _When(dict[dt.date, str]):
    """A detail text by due date: one text marked with QT_TRANSLATE_NOOP for a date still
    to come, one for a date that has passed; translated once, filled once per date."""

    def __init__(self, texts: tuple[str, str], today: dt.date) -> None:
        super().__init__()
        self.future, self.past = (translate(CTX, t) for t in texts)
        self.today = today

    def __missing__(self, due: dt.date) -> str:
        self[due] = text = (self.past if due < self.today else self.future).format(
            date=due.isoformat())
        return text


# --- vehicle dates ------------------------------------------------------------------------

_VEHICLE_TEXT = {
    "compulsory_insurance": (
        QT_TRANSLATE_NOOP("Reminders", "Compulsory insurance expires {date}"),
        QT_TRANSLATE_NOOP("Reminders", "Compulsory insurance expired {date}")),
    "commercial_insurance": (
        QT_TRANSLATE_NOOP("Reminders", "Commercial insurance expires {date}"),
        QT_TRANSLATE_NOOP("Reminders", "Commercial insurance expired {date}")),
    "inspection": (
        QT_TRANSLATE_NOOP("Reminders", "Annual inspection due {date}"),
        QT_TRANSLATE_NOOP("Reminders", "Annual inspection overdue since {date}")),
    "maintenance": (
        QT_TRANSLATE_NOOP("Reminders", "Maintenance due {date}"),
        QT_TRANSLATE_NOOP("Reminders", "Maintenance overdue since {date}")),
    "warranty": (
        QT_TRANSLATE_NOOP("Reminders", "Warranty expires {date}"),
        QT_TRANSLATE_NOOP("Reminders", "Warranty expired {date}")),
}

_FOLLOWUP_TEXT = (
    QT_TRANSLATE_NOOP("Reminders", "Follow-up planned for {date}"),
    QT_TRANSLATE_NOOP("Reminders", "Follow-up overdue since {date}"))
_CARD_TEXT = (
    QT_TRANSLATE_NOOP("Reminders", "Membership card {card} expires {date}"),
    QT_TRANSLATE_NOOP("Reminders", "Membership card {card} expired {date}"))
_CONTACT_TEXT = (
    QT_TRANSLATE_NOOP("Reminders", "Last contact {date}, {days} days ago (limit {limit})"),
    QT_TRANSLATE_NOOP("Reminders", "Added {date}, never contacted ({days} days, limit {limit})"))




def _vehicle_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    # Written out rather than built: five kinds run it on every list. Portable SQL.
    column = getattr(V, k.field).column_name
    start = q.start(k)
    due_in = f"v.{column} <= ?" if start is None else f"v.{column} BETWEEN ? AND ?"
    customers, more = q.customer_sql("c")
    sql = (f"SELECT v.id, v.customer_id, c.name, c.phone, c.owner_id, v.brand, v.model, v.year, "
           f"v.plate, v.{column} FROM vehicle v CROSS JOIN customer c "
           f"WHERE c.id = v.customer_id AND {due_in} AND v.relation <> 'traded_in' "
           f"AND (v.disposed_on IS NULL OR v.disposed_on > ?){customers}")
    params = ([] if start is None else [start.isoformat()]) + [
        q.end.isoformat(), q.today.isoformat(), *more]
    when = _When(_VEHICLE_TEXT[k.code], q.today)
    days, cars, code = _Days(), _Cars(), k.code
    for vid, cid, name, phone, owner, brand, model, year, plate, due in fetch_all(sql, params):
        due, iso = days[due]
        detail = when[due]
        yield (code, cid, name, phone, due, f"{plate} {detail}" if plate else detail,
               vid, plate, cars[brand, model, year], owner, iso)


# --- birthdays ----------------------------------------------------------------------------


def _birthday_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    start = q.start(k) or q.today
    yield from _solar_birthdays(k, q, start)
    yield from _lunar_birthdays(k, q, start)


def _celebrates_lunar() -> Any:
    return (C.lunar_birthday == True) & C.lunar_month.is_null(False) & C.lunar_day.is_null(False)  # noqa: E712


def _solar_birthdays(k: rules.Kind, q: Query, start: dt.date) -> Iterator[Hit]:
    keys = rules.birthday_md_keys(start, q.end)
    ranges = rules.md_ranges(keys)
    if not ranges:
        return
    in_window = C.birthday_md.between(*ranges[0])
    for low, high in ranges[1:]:
        in_window |= C.birthday_md.between(low, high)
    query = (C.select(C.id, C.name, C.phone, C.owner, C.birthday, C.birthday_md)
             .where(in_window, ~_celebrates_lunar()))
    plain = translate("Reminders", "Birthday {date}")
    with_age = translate("Reminders", "Birthday {date}, turns {age}")
    days, code = _Days(), k.code
    for cid, name, phone, owner, birthday, md in raw_rows(q.customers(query)):
        born = days[birthday][0] if birthday else None
        for due in keys.get(md, ()):
            iso = due.isoformat()
            age = rules.age_on(born, due)
            detail = plain.format(date=iso) if age is None else with_age.format(date=iso, age=age)
            yield (code, cid, name, phone, due, detail, None, "", "", owner, iso)


def _lunar_birthdays(k: rules.Kind, q: Query, start: dt.date) -> Iterator[Hit]:
    keys = rules.lunar_birthday_keys(start, q.end)
    months = sorted({month for month, _, _ in keys})
    if not months:
        return
    query = (C.select(C.id, C.name, C.phone, C.owner, C.lunar_month, C.lunar_day, C.lunar_leap,
                      C.lunar_leap_kept)
             .where(_celebrates_lunar(), C.lunar_month.in_(months)))
    text = translate("Reminders", "Lunar birthday {lunar} ({date})")
    rows = raw_rows(q.customers(query))
    for cid, name, phone, owner, month, lunar_day, leap, kept in rows:
        for due in keys.get((month, lunar_day, celebrates_leap(bool(leap), bool(kept))), ()):
            lunar = format_lunar_md(month, lunar_day, leap=bool(leap))
            detail = text.format(lunar=lunar, date=due.isoformat())
            yield (k.code, cid, name, phone, due, detail, None, "", "", owner, due.isoformat())


# --- follow-ups, revisits, cards, manual reminders -----------------------------------------


def _followup_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    query = C.select(C.id, C.name, C.phone, C.owner, C.next_followup_on).where(
        _between(C.next_followup_on, q.start(k), q.end))
    when = _When(_FOLLOWUP_TEXT, q.today)
    days, code = _Days(), k.code
    for cid, name, phone, owner, due in raw_rows(q.customers(query, owner_index=True)):
        due, iso = days[due]
        yield (code, cid, name, phone, due, when[due], None, "", "", owner, iso)


def _revisit_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    query = (R.select(R.id, R.customer, C.name, C.phone, C.owner, R.due_on, R.label, V.id,
                      V.plate, V.brand, V.model, V.year)
             .join(C, JOIN.CROSS)
             .join(V, JOIN.LEFT_OUTER, on=(R.vehicle == V.id), src=R)
             .where(C.id == R.customer, R.done_at.is_null(),
                    _between(R.due_on, q.start(k), q.end)))
    text = translate("Reminders", "After-sale revisit {date}")
    days, cars, code = _Days(), _Cars(), k.code
    for rid, cid, name, phone, owner, due, label, vid, plate, brand, model, year in raw_rows(
            q.customers(query)):
        due, iso = days[due]
        detail = text.format(date=iso)
        detail = f"{detail}: {label}" if label else detail
        yield (code, cid, name, phone, due, detail, vid, plate or "",
               cars[brand, model, year], owner, f"{iso}#{rid}")


def _membership_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    query = (Card.select(Card.id, Card.customer, C.name, C.phone, C.owner, Card.card_no,
                         Card.expires_on)
             .join(C, JOIN.CROSS)
             .where(C.id == Card.customer, Card.status == "active",
                    _between(Card.expires_on, q.start(k), q.end)))
    future, past = (translate(CTX, t) for t in _CARD_TEXT)
    for card_id, cid, name, phone, owner, card_no, due in raw_rows(q.customers(query)):
        due = day(due)
        detail = (past if due < q.today else future).format(date=due.isoformat(), card=card_no)
        yield (k.code, cid, name, phone, due, detail, None, "", "", owner,
               rules.occurrence_of(due, card_id))


def _manual_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    query = (M.select(M.id, M.customer, C.name, C.phone, C.owner, M.due_on, M.text, V.id,
                      V.plate, V.brand, V.model, V.year)
             .join(C, JOIN.CROSS)
             .join(V, JOIN.LEFT_OUTER, on=(M.vehicle == V.id), src=M)
             .where(C.id == M.customer, _between(M.due_on, q.start(k), q.end)))
    for mid, cid, name, phone, owner, due, text, vid, plate, brand, model, year in raw_rows(
            q.customers(query)):
        due = day(due)
        yield (k.code, cid, name, phone, due, text, vid, plate or "",
               car_title(brand or "", model or "", year), owner, rules.occurrence_of(due, mid))


# --- not contacted ------------------------------------------------------------------------


def _not_contacted_hits(k: rules.Kind, q: Query) -> Iterator[Hit]:
    """Live leads and buyers past their contact limit (see rules.contact_limit and
    CONTACT_HORIZON_DAYS): one query, a last-contact range per kind of status."""
    # It shows from the day the limit is passed, not before: a window ending after today
    # adds nothing.
    end = min(q.end, q.today)
    query = _not_contacted_query(q, end)
    if query is None:
        return
    start = q.start(k)
    texts = [translate(CTX, t) for t in _CONTACT_TEXT]
    limits: dict[tuple[str, str], int | None] = {}
    cutoffs: dict[int, str] = {}  # limit -> the latest last-contact day due by `end` (ISO)
    days, dues, code = _Days(), _Days(), k.code
    details: dict[tuple[str, int, bool], str] = {}
    for cid, name, phone, owner, level, status, last, created in raw_rows(query):
        limit = limits.get((status, level), -1)
        if limit == -1:
            limit = limits[status, level] = rules.contact_limit(
                q.limits, level=level, status=status)
            if limit is not None and limit not in cutoffs:
                cutoffs[limit] = (end - dt.timedelta(days=limit + 1)).isoformat()
        if limit is None:
            continue
        moment = last or created
        last_iso = moment[:10] if isinstance(moment, str) else day(moment).isoformat()
        if last_iso > cutoffs[limit]:  # ISO dates compare as text: not yet due
            continue
        last_day = days[last_iso][0]
        due, due_iso = dues[last_day + dt.timedelta(days=limit + 1)]
        if start is not None and due < start:
            continue
        detail = details.get((last_iso, limit, last is None))
        if detail is None:
            detail = details[last_iso, limit, last is None] = texts[last is None].format(
                date=last_iso, days=max(0, (q.today - last_day).days), limit=limit)
        yield (code, cid, name, phone, due, detail, None, "", "", owner, due_iso)


def _not_contacted_query(q: Query, end: dt.date) -> Any:
    """Customers whose last contact (or record, if never contacted) lies between the
    horizon and the latest day that makes them due: one index range per status group."""
    horizon = dt.datetime.combine(rules.contact_horizon(q.today), dt.time.min)
    parts = []
    for statuses in (("lead", "following", "visited"), ("customer",)):
        latest_day = rules.latest_contact_due(q.limits, statuses[0], end)
        if latest_day is None or latest_day < horizon.date():
            continue
        latest = dt.datetime.combine(latest_day, dt.time.max)
        base = C.select(C.id, C.name, C.phone, C.owner, C.level, C.status, C.last_followup_at,
                        C.created_at).where(C.status.in_(statuses))
        parts.append(q.customers(base.where(C.last_followup_at.between(horizon, latest))))
        parts.append(q.customers(base.where(C.last_followup_at.is_null(),
                                            C.created_at.between(horizon, latest))))
    if not parts:
        return None
    query = parts[0]
    for part in parts[1:]:
        query = query + part  # UNION ALL
    return query


SOURCES: dict[str, Source] = {
    "vehicle": _vehicle_hits,
    "birthday": _birthday_hits,
    "followup": _followup_hits,
    "revisit": _revisit_hits,
    "membership": _membership_hits,
    "manual": _manual_hits,
    "not_contacted": _not_contacted_hits,
}
