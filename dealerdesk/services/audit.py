"""The audit trail: events the program records (exports, prints, copies, sign-ins,
hand-overs), the owner's view of every entry, and the erasure path.

Changes to records are written by database triggers (db/sqlite_only.py), so no code
path escapes them; the events here are written by the services that cause them. An
export, print or copy records how many rows it carried, never their contents.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from dealerdesk import clock
from dealerdesk.db.api import JOIN, compile_query, fetch_all
from dealerdesk.db.models import (
    AuditLog,
    CardPackage,
    Customer,
    MembershipCard,
    MembershipLevel,
    PackageType,
    Staff,
    Vehicle,
)
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access

CTX = "Audit"
CHANGE_ACTIONS = ("insert", "update", "delete")
LIST_ACTIONS = ("export", "print", "copy")
SESSION_ACTIONS = ("sign_in", "sign_in_failed", "lock", "pin_set", "pin_cleared", "role",
                   "handover", "handover_undo", "erase", "reassign_request")
# The kinds the viewer filters by, and the actions each covers.
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "changes": (QT_TRANSLATE_NOOP("Audit", "Changes to records"), CHANGE_ACTIONS),
    "lists": (QT_TRANSLATE_NOOP("Audit", "Exports, prints and copies"), LIST_ACTIONS),
    "people": (QT_TRANSLATE_NOOP("Audit", "Sign-ins, PINs and hand-overs"), SESSION_ACTIONS),
}
PAGE = 500
# The id columns of audited records the trail names, and the kind of record each points at.
ID_COLUMNS: dict[str, str] = {
    "owner_id": "staff", "created_by_id": "staff", "salesperson_id": "staff",
    "staff_id": "staff", "from_staff_id": "staff", "referrer_id": "customer",
    "customer_id": "customer", "level_id": "level", "vehicle_id": "vehicle",
    "card_id": "card", "package_id": "package", "package_type_id": "package_type",
}
# How a record that is gone is named: its kind and its number.
GONE = {
    "staff": QT_TRANSLATE_NOOP("Audit", "staff member no. {id} (deleted)"),
    "customer": QT_TRANSLATE_NOOP("Audit", "customer no. {id} (deleted)"),
    "level": QT_TRANSLATE_NOOP("Audit", "level no. {id} (deleted)"),
    "vehicle": QT_TRANSLATE_NOOP("Audit", "vehicle no. {id} (deleted)"),
    "card": QT_TRANSLATE_NOOP("Audit", "card no. {id} (deleted)"),
    "package": QT_TRANSLATE_NOOP("Audit", "package no. {id} (deleted)"),
    "package_type": QT_TRANSLATE_NOOP("Audit", "package type no. {id} (deleted)"),
}


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail, as the viewer shows it."""

    id: int
    at: dt.datetime
    operator: str
    via: str  # "cli" for the command line
    table: str
    row_id: int
    action: str
    customer_id: int | None
    customer_name: str
    changes: dict[str, Any]
    rows: int | None
    erased: bool


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer is narrowed to; empty fields do not filter."""

    customer_id: int | None = None
    operator: str = ""
    kind: str = ""  # a key of KINDS
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


def record_event(action: str, what: str, *, rows: int | None = None,
                 customer_id: int | None = None, row_id: int = 0,
                 detail: dict[str, Any] | None = None, now: dt.datetime | None = None) -> None:
    """Write one event (an export of `rows` rows of `what`, a sign-in ...) under the
    person signed in. `detail` holds names and counts, never a customer's data."""
    actor = access.current()
    AuditLog.insert(
        at=now or clock.now(), operator=actor.name, via=actor.via, table_name=what,
        row_id=row_id, action=action, customer_id=customer_id, rows=rows,
        changes=json.dumps(detail or {}, ensure_ascii=False),
    ).execute()


def record_list(action: str, what: str, rows: int) -> None:
    """An export, print or copy of a list of `rows` rows (customers, call list ...)."""
    record_event(action, what, rows=rows)


def request_reassign(customer_id: int) -> None:
    """A salesperson asks the owner to give them a colleague's customer."""
    record_event("reassign_request", "customer", row_id=customer_id, customer_id=customer_id)


def reassign_requests(limit: int = 50) -> list[AuditEntry]:
    """The latest requests to reassign a customer, newest first (the owner's to read)."""
    query = AuditFilter(kind="people")
    return [e for e in list_entries(query, limit=limit * 4)
            if e.action == "reassign_request"][:limit]


def _moment(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def list_entries(flt: AuditFilter = AuditFilter(), *, limit: int = PAGE,
                 before_id: int | None = None) -> list[AuditEntry]:
    """The newest entries matching `flt` (older ones page by page with `before_id`).

    The owner's right: a salesperson may not read the trail.
    """
    access.require("audit")
    query = (AuditLog.select(AuditLog.id, AuditLog.at, AuditLog.operator, AuditLog.via,
                             AuditLog.table_name, AuditLog.row_id, AuditLog.action,
                             AuditLog.customer_id, Customer.name, AuditLog.changes,
                             AuditLog.rows, AuditLog.erased)
             .join(Customer, JOIN.LEFT_OUTER, on=(AuditLog.customer_id == Customer.id))
             .order_by(AuditLog.id.desc()).limit(limit))
    query = _narrowed(query, flt)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    return [
        AuditEntry(id=r[0], at=_moment(r[1]), operator=r[2], via=r[3], table=r[4],
                   row_id=r[5], action=r[6], customer_id=r[7], customer_name=r[8] or "",
                   changes=_parsed(r[9]), rows=r[10], erased=bool(r[11]))
        for r in fetch_all(*compile_query(query))
    ]


@dataclass(frozen=True)
class RecordNames:
    """The names of the records a page of entries points at by id, kind by kind."""

    by_kind: dict[str, dict[int, str]]

    def staff(self, staff_id: int) -> str:
        return self.text("staff_id", staff_id)

    def text(self, column: str, value: Any) -> str:
        """`value` of the id column `column` as the owner reads it: the record's name, or
        its kind and number when it is gone."""
        kind = ID_COLUMNS.get(column)
        if kind is None or not isinstance(value, int) or isinstance(value, bool):
            return str(value)
        name = self.by_kind.get(kind, {}).get(value)
        return name if name else translate(CTX, GONE[kind]).format(id=value)

    def merged(self, other: RecordNames) -> RecordNames:
        kinds = set(self.by_kind) | set(other.by_kind)
        return RecordNames({k: {**self.by_kind.get(k, {}), **other.by_kind.get(k, {})}
                            for k in kinds})


def _vehicle_name(plate: str, brand: str, model: str) -> str:
    return plate or " ".join(p for p in (brand, model) if p)


def _lookup(kind: str, ids: list[int]) -> dict[int, str]:
    """One query for the names of `ids` of one kind."""
    if kind == "staff":
        query = Staff.select(Staff.id, Staff.name).where(Staff.id.in_(ids))
    elif kind == "customer":
        query = Customer.select(Customer.id, Customer.name).where(Customer.id.in_(ids))
    elif kind == "level":
        query = (MembershipLevel.select(MembershipLevel.id, MembershipLevel.name)
                 .where(MembershipLevel.id.in_(ids)))
    elif kind == "vehicle":
        query = (Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.brand, Vehicle.model)
                 .where(Vehicle.id.in_(ids)))
        return {r[0]: _vehicle_name(r[1] or "", r[2] or "", r[3] or "")
                for r in fetch_all(*compile_query(query))}
    elif kind == "card":
        query = (MembershipCard.select(MembershipCard.id, MembershipCard.card_no)
                 .where(MembershipCard.id.in_(ids)))
    elif kind == "package":
        query = (CardPackage.select(CardPackage.id, PackageType.name)
                 .join(PackageType, on=(CardPackage.package_type == PackageType.id))
                 .where(CardPackage.id.in_(ids)))
    else:
        query = (PackageType.select(PackageType.id, PackageType.name)
                 .where(PackageType.id.in_(ids)))
    return {r[0]: r[1] for r in fetch_all(*compile_query(query))}


def record_names(entries: list[AuditEntry]) -> RecordNames:
    """The names behind every id the changes in `entries` show (and the staff whose own
    records changed): one query per kind of record, however many entries."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if entry.table == "staff":
            wanted.setdefault("staff", set()).add(entry.row_id)
        if entry.action not in CHANGE_ACTIONS:
            continue
        for column, values in entry.changes.items():
            kind = ID_COLUMNS.get(column)
            values = values if isinstance(values, list) else [values]
            ids = {v for v in values if isinstance(v, int) and not isinstance(v, bool)}
            if kind and ids:
                wanted.setdefault(kind, set()).update(ids)
    return RecordNames({kind: _lookup(kind, sorted(ids)) for kind, ids in wanted.items()})


def _narrowed(query: Any, flt: AuditFilter) -> Any:
    if flt.customer_id is not None:
        query = query.where(AuditLog.customer_id == flt.customer_id)
    if flt.operator:
        query = query.where(AuditLog.operator == flt.operator)
    if flt.kind in KINDS:
        query = query.where(AuditLog.action.in_(KINDS[flt.kind][1]))
    if flt.date_from is not None:
        query = query.where(AuditLog.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(AuditLog.at < end)
    return query


def _parsed(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def operators() -> list[str]:
    """Every name that appears in the trail, for the viewer's filter."""
    access.require("audit")
    return [r[0] for r in fetch_all(
        "SELECT DISTINCT operator FROM audit_log WHERE operator != '' ORDER BY operator")]


def kind_label(kind: str) -> str:
    return translate(CTX, KINDS[kind][0])


def erase_personal_values(customer_id: int) -> int:
    """The documented erasure path: the values in every audit entry about the customer
    become a tombstone; who changed which field when stays. Part of erasing a customer on
    request (services/customers.erase_customer), inside its transaction."""
    from dealerdesk.db.api import tombstone_audit_values

    return tombstone_audit_values(customer_id)
