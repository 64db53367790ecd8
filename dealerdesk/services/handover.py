"""Hand-over: when someone leaves, their customers go to colleagues in one step.

Everything that makes a customer someone's to look after moves: the customer (and with
them their planned follow-ups, revisits and computed reminders, which follow the
customer's salesperson) and the reminders the leaver wrote on them. History stays under
the leaver's name: follow-ups they logged, cars they sold, entries they made. The split
is even, by level, or by hand; a preview counts what each colleague receives; the whole
hand-over is one transaction and one undo. Owner's right.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dealerdesk import clock
from dealerdesk.db.api import atomic, execute_many, fetch_all, one_writer
from dealerdesk.db.models import Customer as C
from dealerdesk.db.models import Handover, HandoverRow, ManualReminder, Revisit, Staff
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import translate
from dealerdesk.services import access, audit

CHANGED = Changes.of("customers", "followups", "reminders", "staff")
BATCH = 500  # ids per UPDATE statement (SQLite's parameter limit is far above)


@dataclass(frozen=True)
class LeaverCustomer:
    """One customer of the person leaving, as the hand-over lists them."""

    id: int
    name: str
    level: str
    status: str
    in_bin: bool


@dataclass(frozen=True)
class Share:
    """What one colleague receives."""

    staff_id: int
    name: str
    customers: int
    followups: int  # customers with a follow-up planned
    revisits: int  # after-sale revisits not yet done
    reminders: int  # reminders the leaver wrote on these customers


@dataclass(frozen=True)
class HandoverRecord:
    """A hand-over done, for the list and its undo."""

    id: int
    at: dt.datetime
    from_name: str
    by_name: str
    counts: dict[str, int]
    undone_at: dt.datetime | None


def _fail(field: str, text: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, text)])


def leaver_customers(staff_id: int) -> list[LeaverCustomer]:
    """Every customer of `staff_id`, the recycle bin included, by level then name."""
    rows = (C.select(C.id, C.name, C.level, C.status, C.deleted_at)
            .where(C.owner == staff_id).order_by(C.level, C.name_pinyin, C.id).tuples())
    return [LeaverCustomer(r[0], r[1], r[2], r[3], r[4] is not None) for r in rows]


def split_even(customers: Iterable[LeaverCustomer], to_ids: list[int]) -> dict[int, int]:
    """Deal the customers out in turn, level by level, so that each colleague gets as many
    and a like mix of hot and cold leads."""
    if not to_ids:
        return {}
    return {c.id: to_ids[i % len(to_ids)] for i, c in enumerate(customers)}


def split_by_level(customers: Iterable[LeaverCustomer],
                   by_level: Mapping[str, int]) -> dict[int, int]:
    """Each level to the colleague chosen for it ("" is "not rated")."""
    return {c.id: by_level[c.level] for c in customers if c.level in by_level}


def _colleagues(from_id: int, to_ids: Iterable[int]) -> dict[int, str]:
    wanted = set(to_ids)
    if from_id in wanted:
        raise _fail("to", translate("Handover", "Choose colleagues other than the person leaving."))
    found = dict(Staff.select(Staff.id, Staff.name).where(
        Staff.id.in_(list(wanted)), Staff.active == True).tuples())  # noqa: E712
    if not wanted or set(found) != wanted:
        raise _fail("to", translate("Handover", "Choose one or more colleagues still at work."))
    return found


def _checked(from_id: int, assignments: Mapping[int, int]) -> dict[int, str]:
    access.require("handover")
    if Staff.get_or_none(Staff.id == from_id) is None:
        raise _fail("from", translate("Handover", "This person is not on the staff list."))
    mine = {c.id for c in leaver_customers(from_id)}
    if set(assignments) != mine:
        raise _fail("customers", translate(
            "Handover", "Give every customer of the person leaving to a colleague."))
    return _colleagues(from_id, set(assignments.values())) if mine else {}


def _by_target(assignments: Mapping[int, int]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for customer_id, staff_id in assignments.items():
        groups[staff_id].append(customer_id)
    return groups


def _count(sql: str, ids: list[int], *extra: object) -> int:
    total = 0
    for first in range(0, len(ids), BATCH):
        part = ids[first:first + BATCH]
        marks = ",".join("?" * len(part))
        total += int(fetch_all(sql.format(ids=marks), [*part, *extra])[0][0])
    return total


def preview(*, from_staff_id: int, assignments: Mapping[int, int]) -> list[Share]:
    """What each colleague would receive; nothing is written."""
    names = _checked(from_staff_id, assignments)
    shares = []
    for staff_id, ids in sorted(_by_target(assignments).items(), key=lambda x: names[x[0]]):
        shares.append(Share(
            staff_id=staff_id, name=names[staff_id], customers=len(ids),
            followups=_count("SELECT COUNT(*) FROM customer WHERE id IN ({ids}) "
                             "AND next_followup_on IS NOT NULL", ids),
            revisits=_count("SELECT COUNT(*) FROM revisit WHERE customer_id IN ({ids}) "
                            "AND done_at IS NULL", ids),
            reminders=_count("SELECT COUNT(*) FROM manual_reminder WHERE customer_id IN "
                             "({ids}) AND created_by_id = ?", ids, from_staff_id)))
    return shares


def run_handover(*, from_staff_id: int, assignments: Mapping[int, int], deactivate: bool,
                 now: dt.datetime | None = None) -> tuple[int, Changes]:
    """Move the customers (and the reminders the leaver wrote on them) as assigned, and
    optionally mark the leaver as left; one transaction. Returns the hand-over's id.

    The plan is checked again inside the transaction, holding the write lock: a customer
    another program gave to someone else meanwhile is refused, not taken back."""
    now = now or clock.now()
    with atomic():
        one_writer()  # one import, merge or hand-over at a time, on every PC
        shares = preview(from_staff_id=from_staff_id, assignments=assignments)
        if deactivate:
            from dealerdesk.services.signin import check_may_leave

            check_may_leave(from_staff_id)
        summary = {"customers": sum(s.customers for s in shares),
                   "followups": sum(s.followups for s in shares),
                   "revisits": sum(s.revisits for s in shares),
                   "reminders": sum(s.reminders for s in shares)}
        handover_id = int(Handover.insert(
            at=now, from_staff=from_staff_id, by_name=access.current().name,
            summary=json.dumps(summary), deactivated=deactivate).execute())
        for staff_id, ids in _by_target(assignments).items():
            _move(handover_id, from_staff_id, staff_id, ids)
        if deactivate:
            Staff.update(active=False).where(Staff.id == from_staff_id).execute()
        audit.record_event("handover", "staff", row_id=from_staff_id, now=now, detail={
            "name": Staff.get_by_id(from_staff_id).name, **summary,
            "to": {s.name: s.customers for s in shares}})
    return handover_id, CHANGED


def _move(handover_id: int, from_id: int, to_id: int, ids: list[int]) -> None:
    reminders = [r[0] for first in range(0, len(ids), BATCH) for r in fetch_all(
        "SELECT id FROM manual_reminder WHERE created_by_id = ? AND customer_id IN ({})"
        .format(",".join("?" * len(ids[first:first + BATCH]))),
        [from_id, *ids[first:first + BATCH]])]
    execute_many(
        "INSERT INTO handover_row (handover_id, table_name, row_id, field_name, old_value, "
        "new_value) VALUES (?, ?, ?, ?, ?, ?)",
        [(handover_id, "customer", i, "owner_id", from_id, to_id) for i in ids]
        + [(handover_id, "manual_reminder", i, "created_by_id", from_id, to_id)
           for i in reminders])
    for first in range(0, len(ids), BATCH):
        C.update(owner=to_id).where(C.id.in_(ids[first:first + BATCH])).execute()
    for first in range(0, len(reminders), BATCH):
        ManualReminder.update(created_by=to_id).where(
            ManualReminder.id.in_(reminders[first:first + BATCH])).execute()


def undo_handover(handover_id: int, *, now: dt.datetime | None = None) -> Changes:
    """Put every moved record back, and the leaver back at work if the hand-over marked
    them as left; one transaction. A record changed again since keeps its newer value."""
    access.require("handover")
    now = now or clock.now()
    with atomic():
        one_writer()  # one import, merge or hand-over at a time, on every PC
        # Read under the write lock: another program may have undone it a moment ago.
        done = Handover.get_or_none(Handover.id == handover_id)
        if done is None or done.undone_at is not None:
            raise _fail("handover", translate("Handover", "This hand-over was already undone."))
        for table, model, column in (("customer", C, C.owner),
                                     ("manual_reminder", ManualReminder,
                                      ManualReminder.created_by)):
            rows = (HandoverRow.select(HandoverRow.row_id, HandoverRow.old_value,
                                       HandoverRow.new_value)
                    .where(HandoverRow.handover == handover_id,
                           HandoverRow.table_name == table).tuples())
            groups: dict[tuple[int, int], list[int]] = defaultdict(list)
            for row_id, old, new in rows:
                groups[(old, new)].append(row_id)
            for (old, new), ids in groups.items():
                for first in range(0, len(ids), BATCH):
                    model.update({column: old}).where(
                        model.id.in_(ids[first:first + BATCH]), column == new).execute()
        if done.deactivated:
            Staff.update(active=True).where(Staff.id == done.from_staff_id).execute()
        Handover.update(undone_at=now).where(Handover.id == handover_id).execute()
        audit.record_event("handover_undo", "staff", row_id=done.from_staff_id, now=now,
                           detail={"name": Staff.get_by_id(done.from_staff_id).name,
                                   **json.loads(done.summary)})
    return CHANGED


def list_handovers(limit: int = 20) -> list[HandoverRecord]:
    """Recent hand-overs, newest first."""
    access.require("handover")
    query = (Handover.select(Handover, Staff.name).join(Staff)
             .order_by(Handover.id.desc()).limit(limit))
    return [HandoverRecord(h.id, h.at, h.from_staff.name, h.by_name, json.loads(h.summary),
                           h.undone_at) for h in query]


def open_work(staff_id: int) -> dict[str, int]:
    """What `staff_id` looks after now: customers, planned follow-ups, open revisits and
    the reminders they wrote (the counts a hand-over's test compares before and after)."""
    ids = [c.id for c in leaver_customers(staff_id)]
    return {
        "customers": len(ids),
        "followups": _count("SELECT COUNT(*) FROM customer WHERE id IN ({ids}) "
                            "AND next_followup_on IS NOT NULL", ids) if ids else 0,
        "revisits": Revisit.select().join(C).where(
            C.owner == staff_id, Revisit.done_at.is_null()).count(),
        "reminders": ManualReminder.select().where(
            ManualReminder.created_by == staff_id).count(),
    }
