"""Customers stored twice: finding likely pairs, merging two into one, undoing a merge.

A merge keeps one customer, takes the chosen value of each field from either record,
moves the other's vehicles, follow-ups, cards (with their ledger), revisits and
reminders to the one kept and moves the other to the recycle bin. Everything it changed
is recorded as a batch (kind "merge") so that it can be undone; the audit triggers log
every row it touched.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from dealerdesk import clock
from dealerdesk.db.api import atomic, locked, one_writer
from dealerdesk.db.models import (
    Customer,
    FollowUp,
    ImportBatch,
    ImportBatchRow,
    ManualReminder,
    MembershipCard,
    ReminderAnswer,
    Revisit,
    ServiceVisit,
    Vehicle,
)
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.pinyin import name_index
from dealerdesk.domain.records import Changes
from dealerdesk.domain.text import clean_lines, has_controls, strip_controls
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access

CTX = "Duplicates"
C = Customer
CHANGED = Changes.of("customers", "vehicles", "followups", "cards", "reminders")
# Fields a merge chooses between, in the order the merge dialog shows them.
MERGE_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "Name"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("Duplicates", "Second phone"),
    "wechat": QT_TRANSLATE_NOOP("Duplicates", "WeChat"),
    "gender": QT_TRANSLATE_NOOP("Duplicates", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("Duplicates", "Birthday"),
    "address": QT_TRANSLATE_NOOP("Duplicates", "Address"),
    "source": QT_TRANSLATE_NOOP("Duplicates", "Source"),
    "level": QT_TRANSLATE_NOOP("Duplicates", "Level"),
    "status": QT_TRANSLATE_NOOP("Duplicates", "Status"),
    "owner_id": QT_TRANSLATE_NOOP("Duplicates", "Salesperson"),
    "intent_model": QT_TRANSLATE_NOOP("Duplicates", "Wanted model"),
    "notes": QT_TRANSLATE_NOOP("Duplicates", "Notes"),
}
REASONS = {
    "phone": QT_TRANSLATE_NOOP("Duplicates", "Same phone"),
    "plate": QT_TRANSLATE_NOOP("Duplicates", "Same plate"),
    "name": QT_TRANSLATE_NOOP("Duplicates", "Same name, similar phone"),
}
_MOVED = (
    ("vehicle", Vehicle),
    ("follow_up", FollowUp),
    ("membership_card", MembershipCard),
    ("revisit", Revisit),
    ("manual_reminder", ManualReminder),
    ("reminder_answer", ReminderAnswer),
    ("service_visit", ServiceVisit),
)


@dataclass(frozen=True)
class Brief:
    """What the duplicates list shows of one customer."""

    id: int
    name: str
    phone: str
    created_at: dt.datetime | None


@dataclass(frozen=True)
class DuplicatePair:
    """Two live customers that are probably the same person, and why."""

    first: Brief
    second: Brief
    reason: str  # "phone", "plate" or "name"

    @property
    def reason_text(self) -> str:
        return translate("Duplicates", REASONS[self.reason])


def _similar_phones(a: str, b: str) -> bool:
    """Blank on one side, or the same length with at most two digits different."""
    if not a or not b:
        return True
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 2


def find_duplicates(limit: int = 500) -> list[DuplicatePair]:
    """Likely pairs of live customers: same phone, same plate, or same pinyin name and a
    similar phone."""
    live = C.deleted_at.is_null()
    rows = {
        r.id: r
        for r in C.select(C.id, C.name, C.phone, C.phone2, C.name_pinyin, C.created_at).where(live)
    }
    pairs: dict[tuple[int, int], str] = {}
    by_phone: dict[str, list[int]] = {}
    for r in rows.values():
        for phone in {r.phone, r.phone2} - {""}:
            by_phone.setdefault(phone, []).append(r.id)
    _pairs_from_groups(by_phone.values(), "phone", pairs)
    by_plate: dict[str, list[int]] = {}
    query = Vehicle.select(Vehicle.plate_key, Vehicle.customer).where(Vehicle.plate_key != "")
    for plate, cid in query.tuples():
        if cid in rows:
            by_plate.setdefault(plate, [])
            if cid not in by_plate[plate]:
                by_plate[plate].append(cid)
    _pairs_from_groups(by_plate.values(), "plate", pairs)
    by_name: dict[str, list[int]] = {}
    for r in rows.values():
        if r.name_pinyin:
            by_name.setdefault(r.name_pinyin, []).append(r.id)
    for ids in by_name.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if _similar_phones(rows[a].phone, rows[b].phone):
                    pairs.setdefault((min(a, b), max(a, b)), "name")
    result = [
        DuplicatePair(_brief(rows[a]), _brief(rows[b]), why)
        for (a, b), why in sorted(pairs.items())
    ]
    return result[:limit]


def _pairs_from_groups(groups, reason: str, pairs: dict[tuple[int, int], str]) -> None:  # noqa: ANN001
    for ids in groups:
        ids = sorted(set(ids))
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pairs.setdefault((a, b), reason)


def _brief(row: Customer) -> Brief:
    return Brief(row.id, row.name, row.phone, row.created_at)


def merge_values(keep_id: int, other_id: int) -> list[tuple[str, object, object]]:
    """(field, value kept, value of the other) for every field a merge chooses between."""
    keep, other = C.get_by_id(keep_id), C.get_by_id(other_id)
    return [(f, getattr(keep, f), getattr(other, f)) for f in MERGE_FIELDS]


def merge_customers(
    *,
    keep_id: int,
    other_id: int,
    take_from_other: tuple[str, ...] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[int, Changes]:
    """Merge `other` into `keep` in one transaction; return the id of the merge (for undo).

    `take_from_other` names the fields whose value comes from the other customer; a field
    left empty on the kept customer is filled from the other anyway. The owner's right.
    """
    access.require("merge")
    if keep_id == other_id:
        raise ValidationFailed(
            [FieldError("other", translate("Duplicates", "Choose two different customers."))]
        )
    now = (now or clock.now()).replace(microsecond=0)
    with atomic():
        one_writer()  # one import, merge or hand-over at a time, on every PC
        keep, other = C.get_by_id(keep_id), C.get_by_id(other_id)
        if other.deleted_at is not None or keep.deleted_at is not None:
            raise ValidationFailed(
                [
                    FieldError(
                        "other",
                        translate("Duplicates", "One of these customers is in the recycle bin."),
                    )
                ]
            )
        values = _merged_values(keep, other, take_from_other)
        batch = ImportBatch.create(
            at=now,
            file_name=f"{keep.name} + {other.name}",
            staff=staff_id,
            kind="merge",
            summary=json.dumps({"keep": keep_id, "other": other_id}),
        )
        rows = [
            (
                batch.id,
                "customer",
                keep_id,
                "updated",
                _json(
                    {k: keep.owner_id if k == "owner" else getattr(keep, k) for k in values}
                    | {"updated_at": keep.updated_at}
                ),
                now,
            ),
            (
                batch.id,
                "customer",
                other_id,
                "merged",
                _json({"deleted_at": None, "updated_at": other.updated_at}),
                now,
            ),
        ]
        # Free the other's phones first: phone numbers are unique among live customers.
        C.update(deleted_at=now, updated_at=now).where(C.id == other_id).execute()
        C.update(updated_at=now, **values).where(C.id == keep_id).execute()
        for table, model in _MOVED:
            ids = [r for (r,) in model.select(model.id).where(model.customer == other_id).tuples()]
            if ids:
                model.update(customer=keep_id).where(model.id.in_(ids)).execute()
                rows += [
                    (batch.id, table, i, "moved", _json({"customer": other_id}), None) for i in ids
                ]
        C.update(referrer=keep_id).where(C.referrer == other_id).execute()
        for row in rows:
            ImportBatchRow.create(
                batch=row[0],
                table_name=row[1],
                row_id=row[2],
                action=row[3],
                before=row[4],
                stamp=row[5],
            )
    return batch.id, CHANGED


def _merged_values(keep: Customer, other: Customer, take: tuple[str, ...]) -> dict[str, object]:
    values: dict[str, object] = {}
    for key in MERGE_FIELDS:
        mine, theirs = getattr(keep, key), getattr(other, key)
        if theirs not in (None, "") and (key in take or mine in (None, "")) and theirs != mine:
            values[key] = theirs
    if "notes" not in take and other.notes and other.notes not in keep.notes:
        values["notes"] = (keep.notes + "\n" + other.notes).strip()
    phones = [values.get("phone", keep.phone), values.get("phone2", keep.phone2)]
    spare = [
        p for p in (other.phone, other.phone2, keep.phone, keep.phone2) if p and p not in phones
    ]
    if not phones[1] and spare:
        values["phone2"] = spare[0]
    if values.get("phone2") == values.get("phone", keep.phone):
        values["phone2"] = ""
    tags = [t for t in (keep.tags + other.tags).split(",") if t]
    if other.tags:
        values["tags"] = "," + ",".join(dict.fromkeys(tags)) + ","
    values = _without_controls(values, keep, take)
    if "name" in values:
        values.update(name_index(str(values["name"])).columns())
    if "birthday" in values:
        b = values["birthday"]
        values["birthday_md"] = b.month * 100 + b.day if isinstance(b, dt.date) else None
    if "owner_id" in values:
        values["owner"] = values.pop("owner_id")
    return values


def _without_controls(
    values: dict[str, object], keep: Customer, take: tuple[str, ...]
) -> dict[str, object]:
    """Text of either record as it is merged, without control characters (which older
    versions let in): the kept customer's own fields are cleaned as well."""
    for key in MERGE_FIELDS:
        if key not in values and key not in take and isinstance(getattr(keep, key), str):
            if has_controls(getattr(keep, key)):
                values[key] = getattr(keep, key)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = clean_lines(value) if key == "notes" else strip_controls(value)
    return values


def _json(values: dict[str, object]) -> str:
    def plain(v: object) -> object:
        if isinstance(v, dt.datetime):
            return v.isoformat(" ")
        return v.isoformat() if isinstance(v, dt.date) else v

    return json.dumps({k: plain(v) for k, v in values.items()}, ensure_ascii=False)


def list_merges(limit: int = 50) -> list[tuple[int, dt.datetime, str, bool]]:
    """(merge id, when, "kept + other", undone) newest first."""
    query = (
        ImportBatch.select()
        .where(ImportBatch.kind == "merge")
        .order_by(ImportBatch.id.desc())
        .limit(limit)
    )
    return [(b.id, b.at, b.file_name, b.undone_at is not None) for b in query]


def undo_merge(merge_id: int, *, force: bool = False, now: dt.datetime | None = None) -> Changes:
    """Put both customers back as they were before the merge, in one transaction.

    Raises ValidationFailed when the kept customer was edited since, unless `force`.
    """
    access.require("merge")
    models = dict(_MOVED)
    with atomic():
        one_writer()  # one import, merge or hand-over at a time, on every PC
        # Checked under the write lock: another program may have edited meanwhile.
        rows = _rows_to_undo(merge_id, force=force)
        for row in rows:
            before = json.loads(row.before or "{}")
            if row.action == "moved":
                model = models[row.table_name]
                model.update(customer=before["customer"]).where(model.id == row.row_id).execute()
        # The kept customer first: it gives back the other's phone numbers before the other
        # leaves the recycle bin (a number belongs to one live customer).
        customers = sorted((r for r in rows if r.table_name == "customer"),
                           key=lambda r: r.action != "updated")
        for row in customers:
            before = json.loads(row.before or "{}")
            C.update(**before).where(C.id == row.row_id).execute()
        stamp = (now or clock.now()).replace(microsecond=0)
        ImportBatch.update(undone_at=stamp).where(ImportBatch.id == merge_id).execute()
    return CHANGED


def _rows_to_undo(merge_id: int, *, force: bool) -> list[ImportBatchRow]:
    """The merge's rows, newest first; ValidationFailed when it cannot be undone."""
    batch = ImportBatch.get_or_none((ImportBatch.id == merge_id) & (ImportBatch.kind == "merge"))
    if batch is None or batch.undone_at is not None:
        raise ValidationFailed(
            [FieldError("merge", translate("Duplicates", "This merge was already undone."))]
        )
    rows = list(
        ImportBatchRow.select()
        .where(ImportBatchRow.batch == merge_id)
        .order_by(ImportBatchRow.id.desc())
    )
    keep_row = next(r for r in rows if r.action == "updated")
    # Locked (on the server): an edit of it from another PC waits, or is seen, never lost.
    keep = locked(C.select().where(C.id == keep_row.row_id)).get()
    if keep.updated_at != keep_row.stamp and not force:
        raise ValidationFailed(
            [
                FieldError(
                    "merge",
                    translate(
                        "Duplicates",
                        "{name} was changed after the merge; undoing it would also undo those "
                        "changes.",
                    ).format(name=keep.name),
                )
            ]
        )
    return rows
