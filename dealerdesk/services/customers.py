"""Customers: create, edit, recycle bin, erase on request; the customer table's queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Any

from dealerdesk import clock
from dealerdesk.db.api import JOIN, atomic, compile_query, fetch_all, locked, sql_dialect
from dealerdesk.db.models import Customer as CustomerRow_
from dealerdesk.db.models import Staff, Vehicle
from dealerdesk.domain import choices
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.phone import normalize_phone
from dealerdesk.domain.phone import phone_warning as numbering_plan_warning
from dealerdesk.domain.pinyin import BLANK_KEYS, name_index
from dealerdesk.domain.records import Changes, Customer, CustomerFilter, CustomerInput, CustomerRow
from dealerdesk.domain.text import clean_lines, clean_text
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access
from dealerdesk.services.versions import saved_over

C = CustomerRow_
CTX = "Customers"
MAX_NAME = 50
CHANGED = Changes.of("customers")


def _now() -> dt.datetime:
    return clock.now()


def _err(field: str, text: str, related_id: int | None = None) -> FieldError:
    return FieldError(field, translate(CTX, text), related_id)


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags trimmed, without commas or duplicates, in the order given."""
    seen: dict[str, None] = {}
    for tag in tags:
        for part in clean_text(tag).replace("，", ",").split(","):
            part = part.strip()
            if part:
                seen.setdefault(part[:20], None)
    return tuple(seen)


def _phone(value: str, field: str, errors: list[FieldError]) -> str:
    try:
        return normalize_phone(value)
    except RuleError as exc:
        errors.append(FieldError(field, str(exc)))
        return value


def phone_warning(text: str) -> str:
    """What the numbering plan says about a typed phone ("" when nothing, or when the
    text is no phone at all: saving says why). A warning never stops a save."""
    try:
        phone = normalize_phone(text)
    except RuleError:
        return ""
    return (numbering_plan_warning(phone) or "") if phone else ""


def find_by_phone(phone: str, *, exclude_id: int | None = None) -> tuple[int, str] | None:
    """(id, name) of a live customer whose main or second phone is `phone` (normalised)."""
    if not phone:
        return None
    query = C.select(C.id, C.name).where(
        ((C.phone == phone) | (C.phone2 == phone)) & C.deleted_at.is_null()
    )
    if exclude_id:
        query = query.where(C.id != exclude_id)
    row = query.first()
    return (row.id, row.name) if row else None


def _check_unique_phone(
    phone: str, field: str, customer_id: int | None, errors: list[FieldError]
) -> None:
    other = find_by_phone(phone, exclude_id=customer_id)
    if other:
        errors.append(
            FieldError(
                field,
                translate("Customers",
                          "{name} already has this number. Open their page instead?").format(
                    name=other[1]
                ),
                other[0],
            )
        )


def _check_codes(data: CustomerInput, levels: list[str], errors: list[FieldError]) -> None:
    if data.gender not in choices.GENDERS:
        errors.append(_err("gender", QT_TRANSLATE_NOOP(
            "Customers", "Choose male, female or not given.")))
    if data.status not in choices.STATUSES:
        errors.append(_err("status", QT_TRANSLATE_NOOP(
            "Customers", "Choose a status from the list.")))
    if data.source and data.source not in choices.SOURCES:
        errors.append(_err("source", QT_TRANSLATE_NOOP(
            "Customers", "Choose a source from the list.")))
    if data.level and data.level not in levels:
        errors.append(_err("level", QT_TRANSLATE_NOOP(
            "Customers", "Choose a level from the list.")))
    if data.payment not in choices.PAYMENTS:
        errors.append(_err("payment", QT_TRANSLATE_NOOP(
            "Customers", "Choose full payment or loan.")))


def _check_birthday(data: CustomerInput, today: dt.date, errors: list[FieldError]) -> None:
    if data.birthday and data.birthday > today:
        errors.append(_err("birthday", QT_TRANSLATE_NOOP(
            "Customers", "The birthday cannot be in the future.")))
    if data.birthday and data.birthday.year < 1900:
        errors.append(_err("birthday", QT_TRANSLATE_NOOP(
            "Customers", "Please check the year of birth.")))
    if data.lunar_birthday:
        month, day = data.lunar_month, data.lunar_day
        if not month or not day or not (1 <= month <= 12 and 1 <= day <= 30):
            errors.append(_err("lunar_birthday", QT_TRANSLATE_NOOP(
                "Customers", "Enter the lunar month (1-12) and day (1-30).")))


def _check_money(data: CustomerInput, errors: list[FieldError]) -> None:
    low, high = data.budget_min_cents, data.budget_max_cents
    if (low is not None and low < 0) or (high is not None and high < 0):
        errors.append(_err("budget", QT_TRANSLATE_NOOP(
            "Customers", "A budget cannot be negative.")))
    elif low is not None and high is not None and low > high:
        errors.append(_err("budget", QT_TRANSLATE_NOOP(
            "Customers", "The lowest budget is higher than the highest.")))


def _check_referrer(
    data: CustomerInput, customer_id: int | None, errors: list[FieldError]
) -> None:
    if data.referrer_id is None:
        return
    if data.referrer_id == customer_id:
        errors.append(_err("referrer", QT_TRANSLATE_NOOP(
            "Customers", "A customer cannot refer themselves.")))
    elif not C.select().where(C.id == data.referrer_id).exists():
        errors.append(_err("referrer", QT_TRANSLATE_NOOP(
            "Customers", "The referring customer no longer exists.")))


def validate_customer(
    data: CustomerInput, *, customer_id: int | None = None, today: dt.date | None = None
) -> CustomerInput:
    """Check and normalise `data`; raise ValidationFailed listing every problem found."""
    from dealerdesk.services.settings import get_setting

    today = today or clock.today()
    errors: list[FieldError] = []
    name = clean_text(data.name)
    if not name:
        errors.append(_err("name", QT_TRANSLATE_NOOP(
            "Customers", "Please enter the customer's name.")))
    elif len(name) > MAX_NAME:
        errors.append(_err("name", QT_TRANSLATE_NOOP(
            "Customers", "The name is too long (at most 50 characters).")))
    phone = _phone(data.phone, "phone", errors)
    phone2 = _phone(data.phone2, "phone2", errors)
    wechat = clean_text(data.wechat)
    if not (phone or phone2 or wechat):
        errors.append(_err("phone", QT_TRANSLATE_NOOP(
            "Customers", "Enter at least one way to reach them: a phone or a WeChat id.")))
    if phone and phone == phone2:
        phone2 = ""
    for value, field in ((phone, "phone"), (phone2, "phone2")):
        if value and not any(e.field == field for e in errors):
            _check_unique_phone(value, field, customer_id, errors)
    _check_codes(data, get_setting("levels"), errors)
    _check_birthday(data, today, errors)
    _check_money(data, errors)
    _check_referrer(data, customer_id, errors)
    if errors:
        raise ValidationFailed(errors)
    return dataclasses.replace(
        data,
        name=name,
        phone=phone,
        phone2=phone2,
        wechat=wechat,
        address=clean_text(data.address),
        source_detail=clean_text(data.source_detail),
        intent_model=clean_text(data.intent_model),
        trade_in=clean_text(data.trade_in),
        tags=clean_tags(data.tags),
        notes=clean_lines(data.notes),
        lunar_month=data.lunar_month if data.lunar_birthday else None,
        lunar_day=data.lunar_day if data.lunar_birthday else None,
        lunar_leap=data.lunar_leap if data.lunar_birthday else False,
        lunar_leap_kept=data.lunar_leap_kept and data.lunar_leap and data.lunar_birthday,
    )


def _columns(data: CustomerInput) -> dict[str, Any]:
    """Database columns for validated input, with the derived search and date keys."""
    values = {f.name: getattr(data, f.name) for f in dataclasses.fields(CustomerInput)}
    values["tags"] = "," + ",".join(data.tags) + "," if data.tags else ""
    values["referrer"] = values.pop("referrer_id")
    values["owner"] = values.pop("owner_id")
    values.update(name_index(data.name).columns())
    birthday = data.birthday
    values["birthday_md"] = birthday.month * 100 + birthday.day if birthday else None
    return values


def create_customer(
    data: CustomerInput, *, created_by_id: int | None = None, today: dt.date | None = None
) -> tuple[int, Changes]:
    """Validate and store a new customer in one transaction; return its id."""
    with atomic():
        clean = validate_customer(data, today=today)
        values = _columns(clean)
        now = _now()
        if clean.marketing_consent:
            values["marketing_consent_at"] = now
        row = C.create(created_by=created_by_id, created_at=now, updated_at=now, **values)
    return row.id, CHANGED


def update_customer(
    customer_id: int, data: CustomerInput, *, today: dt.date | None = None,
    version: int | None = None, original: CustomerInput | None = None,
) -> Changes:
    """Validate and store the edited customer in one transaction.

    A salesperson may change their own customers (and those nobody owns yet) only.
    With `version` (what the form opened, with the values it showed as `original`): when
    another PC saved the customer since, its changes to fields this form left alone are
    kept, and a field both changed raises EditConflict; nothing is then written.
    """
    with atomic():
        current = locked(C.select().where(C.id == customer_id)).first()
        if current is None:  # erased, or gone with a restored backup, while being edited
            raise ValidationFailed([FieldError("name", translate(
                "Customers", "This customer no longer exists."))])
        access.require_customer(current.owner_id)
        clean = validate_customer(data, customer_id=customer_id, today=today)
        clean = saved_over(clean, original=original, theirs=input_of(_record(current)),
                           version=version, current_version=current.version)
        values = _columns(clean)
        if clean.marketing_consent and not current.marketing_consent:
            values["marketing_consent_at"] = _now()
        elif not clean.marketing_consent:
            values["marketing_consent_at"] = None
        C.update(updated_at=_now(), **values).where(C.id == customer_id).execute()
    return CHANGED


def input_of(record: Customer) -> CustomerInput:
    """The editable part of a stored customer (what a form shows and saves)."""
    return CustomerInput(**{f.name: getattr(record, f.name)
                            for f in dataclasses.fields(CustomerInput)})


def _record(row: Any) -> Customer:
    tags = tuple(t for t in (row.tags or "").split(",") if t)
    owner = row.owner_id
    return Customer(
        id=row.id,
        name=row.name,
        phone=access.visible_phone(row.phone, owner),
        phone2=access.visible_phone(row.phone2, owner),
        wechat=access.visible_wechat(row.wechat, owner),
        gender=row.gender,
        birthday=row.birthday,
        lunar_birthday=bool(row.lunar_birthday),
        lunar_month=row.lunar_month,
        lunar_day=row.lunar_day,
        lunar_leap=bool(row.lunar_leap),
        lunar_leap_kept=bool(row.lunar_leap_kept),
        address=row.address,
        source=row.source,
        source_detail=row.source_detail,
        referrer_id=row.referrer_id,
        level=row.level,
        status=row.status,
        owner_id=row.owner_id,
        intent_model=row.intent_model,
        intent_body_type=row.intent_body_type,
        budget_min_cents=row.budget_min_cents,
        budget_max_cents=row.budget_max_cents,
        payment=row.payment,
        trade_in=row.trade_in,
        tags=tags,
        notes=row.notes,
        marketing_consent=bool(row.marketing_consent),
        owner_name=row.owner.name if row.owner_id else "",
        referrer_name=row.referrer.name if row.referrer_id else "",
        created_by_name=row.created_by.name if row.created_by_id else "",
        created_at=row.created_at,
        updated_at=row.updated_at,
        last_followup_at=row.last_followup_at,
        next_followup_on=row.next_followup_on,
        marketing_consent_at=row.marketing_consent_at,
        deleted_at=row.deleted_at,
        version=row.version,
    )


def get_customer(customer_id: int) -> Customer | None:
    """The whole customer record, or None when there is no such id. A salesperson sees
    a colleague's customer with the phone numbers and WeChat id masked."""
    row = C.get_or_none(C.id == customer_id)
    return _record(row) if row else None


def owner_of(customer_id: int) -> int | None:
    """The id of the salesperson a customer belongs to (None: nobody yet, or no such id)."""
    row = C.select(C.owner).where(C.id == customer_id).tuples().first()
    return row[0] if row else None


def delete_customer(customer_id: int) -> Changes:
    """Move a customer (with their cars and history) to the recycle bin."""
    with atomic():
        _require_own(customer_id)
        C.update(deleted_at=_now()).where(C.id == customer_id).execute()
    return Changes.of("customers", "vehicles", "followups", "reminders")


def restore_customer(customer_id: int) -> Changes:
    """Bring a customer back from the recycle bin, unless their phone was taken meanwhile."""
    with atomic():
        row = C.get_by_id(customer_id)
        access.require_customer(row.owner_id)
        errors: list[FieldError] = []
        for value, field in ((row.phone, "phone"), (row.phone2, "phone2")):
            _check_unique_phone(value, field, customer_id, errors)
        if errors:
            raise ValidationFailed(errors)
        C.update(deleted_at=None).where(C.id == customer_id).execute()
    return Changes.of("customers", "vehicles", "followups", "reminders")


def _require_own(customer_id: int) -> None:
    row = C.get_or_none(C.id == customer_id)
    if row is not None:
        access.require_customer(row.owner_id)


def erase_customer(customer_id: int) -> Changes:
    """Remove a customer's personal data for good (on their request); the owner's right.

    The row and everything hanging off it are deleted; money ledgers cannot be deleted,
    so a customer with a membership card keeps an anonymous shell row instead. The values
    in the customer's audit entries become a tombstone (the one change the audit log
    allows); who changed what and when stays.
    """
    from dealerdesk.db.models import LedgerEntry, MembershipCard
    from dealerdesk.services import audit

    access.require("erase")
    with atomic():
        has_ledger = (
            LedgerEntry.select()
            .join(MembershipCard)
            .where(MembershipCard.customer == customer_id)
            .exists()
        )
        C.update(referrer=None).where(C.referrer == customer_id).execute()
        if has_ledger:
            _anonymise(customer_id)
        else:
            C.delete().where(C.id == customer_id).execute()
        audit.erase_personal_values(customer_id)
        audit.record_event("erase", "customer", row_id=customer_id)
    return Changes.of("customers", "vehicles", "followups", "reminders", "cards")


def _anonymise(customer_id: int) -> None:
    from dealerdesk.db.models import FollowUp, ManualReminder, ServiceVisit

    blank = {f.name: f.default for f in dataclasses.fields(CustomerInput) if f.name not in
             ("referrer_id", "owner_id", "tags")}
    blank.update(BLANK_KEYS.columns())
    blank.update(name=translate("Customers", "(erased)"), tags="",
                 birthday_md=None, deleted_at=_now(), marketing_consent_at=None)
    C.update(**blank).where(C.id == customer_id).execute()
    FollowUp.delete().where(FollowUp.customer == customer_id).execute()
    ManualReminder.delete().where(ManualReminder.customer == customer_id).execute()
    ServiceVisit.delete().where(ServiceVisit.customer == customer_id).execute()
    Vehicle.delete().where(Vehicle.customer == customer_id).execute()


# ---- the customer table ------------------------------------------------------------

SORT_KEYS = {
    "name": C.name_pinyin,
    "phone": C.phone,
    "level": C.level,
    "status": C.status,
    "source": C.source,
    "owner": Staff.name,
    "last_followup_at": C.last_followup_at,
    "next_followup_on": C.next_followup_on,
    "created_at": C.created_at,
    "intent_model": C.intent_model,
    "id": C.id,
}


def _filtered(flt: CustomerFilter) -> Any:
    query = C.select(C.id)
    query = query.where(C.deleted_at.is_null(not flt.deleted))
    if flt.statuses:
        query = query.where(C.status.in_(flt.statuses))
    if flt.levels:
        query = query.where(C.level.in_(flt.levels))
    if flt.owner_id is not None:
        query = query.where(C.owner == flt.owner_id)
    if flt.source:
        query = query.where(C.source == flt.source)
    if flt.tag:
        query = query.where(C.tags.contains("," + flt.tag + ","))
    if flt.text.strip():
        from dealerdesk.services.search import matching_customer_ids

        query = query.where(C.id.in_(matching_customer_ids(flt.text, include_deleted=flt.deleted)))
    return query


def query_customer_ids(
    flt: CustomerFilter, *, sort: str = "created_at", descending: bool = True
) -> list[int]:
    """Ids of every customer matching `flt`, in table order (the table fetches rows lazily)."""
    query = _filtered(flt)
    key: Any = SORT_KEYS.get(sort, C.created_at)
    if sort == "owner":
        query = query.join(Staff, JOIN.LEFT_OUTER, on=(C.owner == Staff.id))
    order = key.desc(nulls="LAST") if descending else key.asc(nulls="LAST")
    query = query.order_by(order, C.id.desc() if descending else C.id)
    # 100,000 ids through peewee's row wrapper cost 100 ms; a plain cursor takes 20.
    found = [r[0] for r in fetch_all(*compile_query(query))]
    if flt.ids is None:
        return found
    # A list of any length: kept here rather than as an SQL IN of up to 100,000 values.
    keep = set(flt.ids)
    return [cid for cid in found if cid in keep]


@functools.lru_cache(maxsize=16)
def _rows_sql(n: int, dialect: str) -> tuple[str, str]:
    """SQL for one page of n customers and their plates, compiled once per page size
    and dialect (a file on this PC and the shop's server write placeholders differently).

    Building the query is most of the cost of a page (2 ms against 0.2 ms for SQLite),
    so the table's repeated page fetches reuse the compiled text.
    """
    ids = list(range(n))
    plates = Vehicle.select(Vehicle.customer, Vehicle.plate).where(
        Vehicle.customer.in_(ids), Vehicle.plate != "", Vehicle.disposed_on.is_null())
    rows = (
        C.select(C.id, C.name, C.phone, C.gender, C.level, C.status, C.source, Staff.name,
                 C.intent_model, C.tags, C.last_followup_at, C.next_followup_on, C.created_at,
                 C.owner)
        .join(Staff, JOIN.LEFT_OUTER, on=(C.owner == Staff.id))
        .where(C.id.in_(ids))
    )
    return compile_query(rows)[0], compile_query(plates)[0]


def _moment(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else value


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else value


def fetch_rows(ids: list[int]) -> list[CustomerRow]:
    """Table rows for `ids`, in the same order (one page at a time)."""
    if not ids:
        return []
    rows_sql, plates_sql = _rows_sql(len(ids), sql_dialect())
    plates: dict[int, list[str]] = {}
    for cid, plate in fetch_all(plates_sql, [*ids, ""]):
        plates.setdefault(cid, []).append(plate)
    by_id = {}
    shown = access.visible_phone if access.masks_phones() else None
    for r in fetch_all(rows_sql, ids):
        by_id[r[0]] = CustomerRow(
            id=r[0], name=r[1], phone=shown(r[2], r[13]) if shown else r[2], gender=r[3],
            level=r[4], status=r[5], source=r[6],
            owner_name=r[7] or "", plates=" ".join(plates.get(r[0], [])), intent_model=r[8],
            tags=tuple(t for t in (r[9] or "").split(",") if t),
            last_followup_at=_moment(r[10]), next_followup_on=_day(r[11]),
            created_at=_moment(r[12]),
        )
    return [by_id[i] for i in ids if i in by_id]


def copy_list(flt: CustomerFilter) -> str:
    """The customers matching `flt` as text to paste (name, phone, salesperson, one per
    line). Copying a list is exporting it: the owner's right, recorded with its row count."""
    from dealerdesk.services import audit

    access.require("export")
    ids = query_customer_ids(flt, sort="name", descending=False)
    lines = []
    for first in range(0, len(ids), 500):
        rows = fetch_rows(ids[first:first + 500])
        lines += [f"{r.name}\t{r.phone}\t{r.owner_name}" for r in rows]
    audit.record_list("copy", "customers", len(lines))
    return "\n".join(lines)


def all_tags() -> list[str]:
    """Every tag in use on live customers, sorted."""
    found: set[str] = set()
    query: Any = C.select(C.tags).where(C.tags != "", C.deleted_at.is_null()).distinct()
    for (tags,) in query.tuples():
        found.update(t for t in tags.split(",") if t)
    return sorted(found)


def count_customers(*, deleted: bool = False) -> int:
    from dealerdesk.db.api import count

    return count(C.select().where(C.deleted_at.is_null(not deleted)))
