"""The storage side of an import: keys already taken, bulk writes, batch rows, undo.

New rows are inserted in bulk with ids chosen up front (inside the import's transaction),
so that vehicles, follow-ups and batch rows can point at them without a query per row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from dealerdesk.db.api import IntegrityError, execute_many, scalar
from dealerdesk.db.models import Customer, MembershipCard, Vehicle
from dealerdesk.db.models import FollowUp as F
from dealerdesk.db.models import ImportBatchRow as R
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.pinyin import name_index
from dealerdesk.domain.records import VehicleInput
from dealerdesk.i18n import translate

C, V = Customer, Vehicle
CTX = "Import"
CUSTOMER_KEYS = (
    "name",
    "phone",
    "phone2",
    "wechat",
    "gender",
    "birthday",
    "address",
    "source",
    "source_detail",
    "level",
    "status",
    "owner",
    "intent_model",
    "tags",
    "notes",
)
# A lunar birthday is taken whole (month, day, leap month) or not at all.
LUNAR_KEYS = ("lunar_birthday", "lunar_month", "lunar_day", "lunar_leap")
VEHICLE_KEYS = (
    "brand",
    "model",
    "plate",
    "vin",
    "colour",
    "registered_on",
    "deal_on",
    "deal_price",
    "mileage_km",
    "compulsory_ins_expiry",
    "commercial_ins_expiry",
    "inspection_due",
)
_V_COLUMNS = {"deal_price": "deal_price_cents"}
CUSTOMER_INSERT = (
    "id",
    "name",
    "name_pinyin",
    "name_initials",
    "name_pinyin_alt",
    "name_initials_alt",
    "phone",
    "phone2",
    "wechat",
    "gender",
    "birthday",
    "birthday_md",
    "lunar_birthday",
    "lunar_month",
    "lunar_day",
    "lunar_leap",
    "address",
    "source",
    "source_detail",
    "level",
    "status",
    "owner_id",
    "created_by_id",
    "created_at",
    "updated_at",
    "intent_model",
    "tags",
    "notes",
    "last_followup_at",
)
VEHICLE_INSERT = (
    "id",
    "customer_id",
    "relation",
    "brand",
    "model",
    "vin",
    "plate",
    "plate_key",
    "colour",
    "registered_on",
    "deal_on",
    "deal_price_cents",
    "salesperson_id",
    "mileage_km",
    "compulsory_ins_expiry",
    "commercial_ins_expiry",
    "inspection_due",
    "created_at",
    "updated_at",
)
FOLLOWUP_INSERT = (
    "id",
    "customer_id",
    "staff_id",
    "at",
    "channel",
    "content",
    "outcome",
    "created_at",
)
BATCH_INSERT = ("batch_id", "table_name", "row_id", "action", "before", "stamp")


def _sql(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _db(value: object) -> object:
    """A value as SQLite stores it for peewee (dates as ISO text)."""
    kind = type(value)
    if kind is str or value is None or kind is int:
        return value
    if kind is dt.datetime:
        return value.isoformat(" ")  # type: ignore[attr-defined]
    if kind is dt.date:
        return value.isoformat()  # type: ignore[attr-defined]
    if kind is bool:
        return int(value)  # type: ignore[arg-type]
    return value


# Values the driver stores as they are: most of a row, so they skip _db's questions.
_AS_IS = frozenset((str, int, float, type(None)))


def _row(values: tuple[object, ...]) -> tuple[object, ...]:
    as_is = _AS_IS
    return tuple([v if v.__class__ in as_is else _db(v) for v in values])


def _json(value: object) -> object:
    return _db(value) if isinstance(value, (dt.date, bool)) else value


def live_keys() -> tuple[dict[str, int], dict[str, int]]:
    """Phones and plates of live customers: {phone: customer id}, {plate: customer id}."""
    by_phone: dict[str, int] = {}
    query = C.select(C.id, C.phone, C.phone2).where(C.deleted_at.is_null())
    for cid, phone, phone2 in query.tuples().iterator():
        for value in (phone, phone2):
            if value:
                by_phone.setdefault(value, cid)
    by_plate: dict[str, int] = {}
    vq = (
        V.select(V.plate_key, V.customer)
        .join(C, on=(V.customer == C.id))
        .where(C.deleted_at.is_null(), V.plate_key != "", V.disposed_on.is_null())
    )
    for plate, cid in vq.tuples().iterator():
        by_plate.setdefault(plate, cid)
    return by_phone, by_plate




def checked_vehicle(clean: VehicleInput) -> tuple[object, ...]:
    """What an import writes of a checked vehicle, in the order _insert_vehicle takes it: a
    plain tuple, since one is held for every row of the file until it is written."""
    return (clean.relation, clean.brand, clean.model, clean.vin, clean.plate, clean.colour,
            clean.registered_on, clean.deal_on, clean.deal_price_cents, clean.mileage_km,
            clean.compulsory_ins_expiry, clean.commercial_ins_expiry, clean.inspection_due)


def _tags(value: object) -> str:
    tags = [t for t in value if t] if isinstance(value, (tuple, list)) else []
    return "," + ",".join(tags) + "," if tags else ""


def _blank(value: object) -> bool:
    return value in (None, "", 0) and value is not False


class BatchWriter:
    """Turns planned customers into inserts and updates, recording each in the batch."""

    def __init__(self, batch_id: int, on_match: str, staff_id: int | None, now: dt.datetime):
        self.batch_id, self.on_match, self.staff_id, self.now = batch_id, on_match, staff_id, now
        self.stamp = _db(now)  # as stored: written into every new row and batch row
        self.next = {
            t: int(scalar(f"SELECT coalesce(max(id), 0) FROM {t}")) + 1
            for t in ("customer", "vehicle", "follow_up")
        }
        self.rows: dict[str, list[tuple[object, ...]]] = {
            "customer": [],
            "vehicle": [],
            "follow_up": [],
            "batch": [],
        }
        self.staff: dict[str, int | None] = {}

    def _id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] += 1
        return value

    def staff_id_for(self, name: object) -> int | None:
        from dealerdesk.services.staff import find_or_add_staff

        if not name:
            return None
        key = str(name)
        if key not in self.staff:
            try:
                self.staff[key] = find_or_add_staff(key).id
            except ValidationFailed:
                self.staff[key] = None
        return self.staff[key]

    def _record(
        self,
        table: str,
        row_id: int,
        action: str,
        before: dict[str, object] | None,
        stamp: bool = True,
    ) -> None:
        text = (json.dumps({k: _json(v) for k, v in before.items()}, ensure_ascii=False)
                if before else "{}")
        self.rows["batch"].append(
            (self.batch_id, table, row_id, action, text, self.stamp if stamp else None)
        )

    def add(self, planned: Any) -> None:
        if planned.match_id is None:
            self._insert_customer(planned)
        elif self.on_match != "skip":
            self._update_customer(planned)
            self._children(planned.match_id, planned)
        if len(self.rows["customer"]) >= 2000:
            self.flush()

    # -- new customers ----------------------------------------------------------------

    def _insert_customer(self, planned: Any) -> None:
        f = planned.fields
        cid = self._id("customer")
        keys = name_index(str(f.get("name", "")))
        birthday = f.get("birthday")
        followed = [self._followup_at(x) for x in planned.followups]
        self.rows["customer"].append(
            _row(
                (
                    cid,
                    f.get("name", ""),
                    keys.full,
                    keys.initials,
                    keys.everyday_full,
                    keys.everyday_initials,
                    f.get("phone", ""),
                    f.get("phone2", ""),
                    f.get("wechat", ""),
                    f.get("gender", ""),
                    birthday,
                    birthday.month * 100 + birthday.day if isinstance(birthday, dt.date) else None,
                    bool(f.get("lunar_birthday")),
                    f.get("lunar_month"),
                    f.get("lunar_day"),
                    bool(f.get("lunar_leap")),
                    f.get("address", ""),
                    f.get("source", ""),
                    f.get("source_detail", ""),
                    f.get("level", ""),
                    f.get("status", "lead"),
                    self.staff_id_for(f.get("owner")),
                    self.staff_id,
                    self.stamp,
                    self.stamp,
                    f.get("intent_model", ""),
                    _tags(f.get("tags", ())),
                    f.get("notes", ""),
                    max(followed) if followed else None,
                )
            )
        )
        self._record("customer", cid, "created", None)
        # Its vehicles and follow-ups go with it on undo (deleting a customer cascades).
        self._children(cid, planned, owner=f.get("owner"), record=False)

    def _children(self, cid: int, planned: Any, owner: object = None, record: bool = True) -> None:
        existing = self._existing_vehicles(cid) if planned.match_id else []
        for vehicle in planned.vehicles:
            same = next((e for e in existing if _same(e, vehicle)), None)
            if same is not None:
                self._update_vehicle(same, vehicle)
            else:
                self._insert_vehicle(cid, vehicle, owner or planned.fields.get("owner"), record)
        contents = set()
        if planned.match_id:
            contents = {c for (c,) in F.select(F.content).where(F.customer == cid).tuples()}
        new_times = []
        for item in planned.followups:
            if item["followup"] in contents:
                continue
            fid = self._id("follow_up")
            at = self._followup_at(item)
            new_times.append(at)
            self.rows["follow_up"].append(
                _row(
                    (
                        fid,
                        cid,
                        self.staff_id_for(item.get("owner")) or self.staff_id,
                        at,
                        "other",
                        item["followup"],
                        "contacted",
                        self.stamp,
                    )
                )
            )
            if record:
                self._record("follow_up", fid, "created", None, stamp=False)
        if planned.match_id and new_times:
            latest = max(new_times)
            later = C.last_followup_at.is_null() | (C.last_followup_at < latest)
            C.update(last_followup_at=latest).where((C.id == cid) & later).execute()

    def _followup_at(self, item: dict[str, object]) -> dt.datetime:
        day = item.get("followup_on")
        return dt.datetime.combine(day, dt.time(9)) if isinstance(day, dt.date) else self.now

    def _insert_vehicle(self, cid: int, v: dict[str, object], owner: object, record: bool) -> None:
        from dealerdesk.services.imports import vehicle_input
        from dealerdesk.services.vehicles import validate_vehicle

        checked = v.get("_clean") or checked_vehicle(validate_vehicle(
            vehicle_input(v), today=self.now.date(), accept_unusual_plate=True,
            suggest_inspection=True,
        ))
        (relation, brand, model, vin, plate, colour, registered_on, deal_on, price, mileage,
         compulsory, commercial, inspection) = checked  # type: ignore[misc]
        vid = self._id("vehicle")
        salesperson = self.staff_id_for(owner) if deal_on else None
        self.rows["vehicle"].append(_row((
            vid, cid, relation, brand, model, vin, plate, plate, colour, registered_on, deal_on,
            price, salesperson, mileage, compulsory, commercial, inspection, self.stamp,
            self.stamp,
        )))
        if record:
            self._record("vehicle", vid, "created", None)

    # -- matched customers ------------------------------------------------------------

    def _changes(
        self, current: dict[str, object], incoming: dict[str, object]
    ) -> dict[str, object]:
        changes: dict[str, object] = {}
        for key, value in incoming.items():
            old = current.get(key)
            if value in (None, "", ()) or value == old:
                continue
            if self.on_match == "overwrite" or _blank(old):
                changes[key] = value
            elif self.on_match == "merge" and key == "notes" and str(value) not in str(old):
                changes[key] = f"{old}\n{value}"
            elif self.on_match == "merge" and key == "tags":
                merged = _tags(tuple(dict.fromkeys([*str(old).strip(",").split(","), *value])))
                if merged != old:
                    changes[key] = merged
        return changes

    def _update_customer(self, planned: Any) -> None:
        row = C.get_by_id(planned.match_id)
        current = {k: getattr(row, k if k != "owner" else "owner_id") for k in CUSTOMER_KEYS}
        incoming = {k: v for k, v in planned.fields.items() if k in CUSTOMER_KEYS}
        if "tags" in incoming:
            if self.on_match != "merge":
                incoming["tags"] = _tags(incoming["tags"])
        if "owner" in incoming:
            incoming["owner"] = self.staff_id_for(incoming["owner"])
        changes = self._changes(current, incoming)
        lunar = {k: planned.fields[k] for k in LUNAR_KEYS if k in planned.fields}
        if lunar and (self.on_match == "overwrite" or row.lunar_month is None):
            changes.update({k: v for k, v in lunar.items() if getattr(row, k) != v})
        if not changes:
            return
        if "tags" in changes and isinstance(changes["tags"], tuple):
            changes["tags"] = _tags(changes["tags"])
        columns = {("owner_id" if k == "owner" else k): v for k, v in changes.items()}
        if "name" in changes:
            columns.update(name_index(str(changes["name"])).columns())
        if "birthday" in changes:
            b = changes["birthday"]
            columns["birthday_md"] = b.month * 100 + b.day if isinstance(b, dt.date) else None
        before = {k: getattr(row, k) for k in columns}
        before["updated_at"] = row.updated_at
        C.update(updated_at=self.now, **columns).where(C.id == row.id).execute()
        self._record("customer", row.id, "updated", before)

    def _existing_vehicles(self, cid: int) -> list[Any]:
        return list(V.select().where(V.customer == cid))

    def _update_vehicle(self, row: Any, v: dict[str, object]) -> None:
        current = {k: getattr(row, _V_COLUMNS.get(k, k)) for k in VEHICLE_KEYS}
        changes = self._changes(current, {k: x for k, x in v.items() if k in VEHICLE_KEYS})
        registered = changes.get("registered_on", row.registered_on)
        if row.inspection_due is None and "inspection_due" not in changes and registered:
            from dealerdesk.services.vehicles import suggest_inspection_due

            changes["inspection_due"] = suggest_inspection_due(registered, self.now.date())
        if not changes:
            return
        columns = {_V_COLUMNS.get(k, k): x for k, x in changes.items()}
        if "plate" in columns:
            columns["plate_key"] = columns["plate"]
        before = {k: getattr(row, k) for k in columns}
        before["updated_at"] = row.updated_at
        V.update(updated_at=self.now, **columns).where(V.id == row.id).execute()
        self._record("vehicle", row.id, "updated", before)

    def flush(self) -> None:
        for table, columns in (
            ("customer", CUSTOMER_INSERT),
            ("vehicle", VEHICLE_INSERT),
            ("follow_up", FOLLOWUP_INSERT),
        ):
            if self.rows[table]:
                execute_many(_sql(table, columns), self.rows[table])
                self.rows[table] = []
        if self.rows["batch"]:
            execute_many(_sql("import_batch_row", BATCH_INSERT), self.rows["batch"])
            self.rows["batch"] = []


def _same(row: Any, v: dict[str, object]) -> bool:
    if v.get("plate") or row.plate_key:
        return row.plate_key == v.get("plate")
    return (row.brand, row.model) == (v.get("brand", ""), v.get("model", ""))


# ---- undo --------------------------------------------------------------------------


def later_edits(batch_id: int) -> list[str]:
    """Customers touched by the batch whose record changed after it (by updated_at)."""
    names: dict[int, str] = {}
    rows = R.select().where((R.batch == batch_id) & R.stamp.is_null(False))
    for item in rows:
        model = C if item.table_name == "customer" else V
        record = model.get_or_none(model.id == item.row_id)
        if record is None or record.updated_at == item.stamp:
            continue
        customer = record if model is C else record.customer
        names[customer.id] = customer.name
    created = [
        r.row_id
        for r in R.select(R.row_id).where(
            (R.batch == batch_id) & (R.table_name == "customer") & (R.action == "created")
        )
    ]
    for chunk in range(0, len(created), 500):
        ids = created[chunk : chunk + 500]
        for card in MembershipCard.select().where(MembershipCard.customer.in_(ids)):
            names[card.customer_id] = card.customer.name
    return list(names.values())


def undo_rows(batch_id: int) -> None:
    """Delete what the batch created, newest first, and restore what it replaced."""
    rows = list(
        R.select(R.table_name, R.row_id, R.action, R.before)
        .where(R.batch == batch_id)
        .order_by(R.id.desc())
        .tuples()
    )
    models = {"customer": C, "vehicle": V, "follow_up": F}
    created: dict[str, list[int]] = {"follow_up": [], "vehicle": [], "customer": []}
    try:
        for table, row_id, action, before in rows:
            model = models[table]
            if action == "created":
                created[table].append(row_id)
            else:
                values = json.loads(before or "{}")
                model.update(**values).where(model.id == row_id).execute()
        for table in ("follow_up", "vehicle", "customer"):
            ids = created[table]
            model = models[table]
            for chunk in range(0, len(ids), 500):
                model.delete().where(model.id.in_(ids[chunk : chunk + 500])).execute()
    except IntegrityError:
        raise ValidationFailed(
            [
                FieldError(
                    "batch",
                    translate(
                        "Import",
                        "Some customers of this import now have membership records, which cannot "
                        "be removed; the import was not undone.",
                    ),
                )
            ]
        ) from None
