"""Service visits (到店消费): record, list and delete them; a car's mileage pace and next
maintenance date follow from them.

Money on a card moves only through the membership ledger: a visit paid from stored value
or as a package use appends its ledger entry with membership_money.spend / use_package in
the same transaction, and deleting such a visit reverses that entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dealerdesk import clock
from dealerdesk.db import models
from dealerdesk.db.api import JOIN, atomic, fn
from dealerdesk.domain import value as rules
from dealerdesk.domain.dates import stored_day
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.money import format_cents
from dealerdesk.domain.records import Changes
from dealerdesk.domain.text import clean_lines, clean_text
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access

C: Any = models.Customer
V: Any = models.Vehicle
SV: Any = models.ServiceVisit
CTX = "Value"
CHANGED = Changes.of("visits", "vehicles", "reminders", "customers")
MONEY_CHANGED = Changes.of("visits", "vehicles", "reminders", "customers", "cards", "ledger")
MAX_NOTES = 500
EARLIEST = dt.date(1990, 1, 1)


@dataclass(frozen=True)
class VisitRecord:
    """One service visit as the customer page shows it."""

    id: int
    customer_id: int
    vehicle_id: int | None
    vehicle_title: str
    visited_on: dt.date
    mileage_km: int | None
    kind: str
    kind_label: str
    amount_cents: int
    paid_by: str
    ledger_entry_id: int | None
    notes: str
    staff_name: str
    card_id: int | None = None  # the card paid from (stored value or package use)
    package_id: int | None = None  # the package one use was taken from


@dataclass(frozen=True)
class VisitInput:
    """What a person types for one visit (amount in cents)."""

    customer_id: int
    visited_on: dt.date | None
    kind: str
    amount_cents: int
    paid_by: str = "cash"
    vehicle_id: int | None = None
    mileage_km: int | None = None
    card_id: int | None = None  # paid from this card's stored value
    package_id: int | None = None  # one use of this package
    notes: str = ""
    # The odometer was replaced or wound back, and the lower reading is right.
    mileage_lower_confirmed: bool = False


def _err(field: str, text: str) -> FieldError:
    """A field's error line; `text` is marked with QT_TRANSLATE_NOOP("Value", ...)."""
    return FieldError(field, translate(CTX, text))


def value_params() -> rules.ValueParams:
    """The value parameters as the shop set them (defaults for anything not set)."""
    from dealerdesk.services.settings import get_setting

    return rules.ValueParams.from_setting(get_setting("value"))


def set_value_params(values: dict[str, int]) -> Changes:
    """Store the value parameters (those not given keep their present value); one line per
    value out of range, nothing stored then."""
    from dealerdesk.services.settings import set_settings

    problems = rules.parameter_problems(values)
    if problems:
        raise ValidationFailed([FieldError(key, line) for key, line in problems])
    return set_settings({"value": {**value_params().as_setting(), **values}})


def service_kinds() -> list[tuple[str, str]]:
    """(code, shown name) of the shop's service kinds, in the shop's order."""
    from dealerdesk.services.settings import get_setting

    return [(code, rules.kind_label(code)) for code in get_setting("service_kinds")]


def set_service_kinds(kinds: list[str]) -> Changes:
    """Store the shop's list of kinds (built-in codes or names the shop typed)."""
    from dealerdesk.services.settings import set_settings

    cleaned = list(dict.fromkeys(clean_text(k)[:20] for k in kinds if clean_text(k)))
    if not cleaned:
        raise ValidationFailed([_err("service_kinds", QT_TRANSLATE_NOOP(
            "Value", "Keep at least one kind of visit."))])
    return set_settings({"service_kinds": cleaned})


# ---- checks ------------------------------------------------------------------------------

def _check_customer(customer_id: int, errors: list[FieldError]) -> None:
    row = C.select(C.deleted_at, C.owner).where(C.id == customer_id).first()
    if row is None:
        errors.append(_err("customer", QT_TRANSLATE_NOOP(
            "Value", "This customer no longer exists.")))
        return
    access.require_customer(row.owner_id)
    if row.deleted_at is not None:
        errors.append(_err("customer", QT_TRANSLATE_NOOP(
            "Value", "This customer is in the recycle bin: restore them first.")))


def _check_day(data: VisitInput, today: dt.date, errors: list[FieldError]) -> None:
    if data.visited_on is None:
        errors.append(_err("visited_on", QT_TRANSLATE_NOOP(
            "Value", "Please give the day of the visit.")))
    elif data.visited_on > today:
        errors.append(_err("visited_on", QT_TRANSLATE_NOOP(
            "Value", "A visit cannot be dated in the future.")))
    elif data.visited_on < EARLIEST:
        errors.append(_err("visited_on", QT_TRANSLATE_NOOP(
            "Value", "The day of the visit is too long ago.")))


def _check_vehicle(data: VisitInput, errors: list[FieldError]) -> None:
    if data.vehicle_id is None:
        if data.mileage_km is not None:
            errors.append(_err("vehicle", QT_TRANSLATE_NOOP(
                "Value", "Choose the car whose mileage this is.")))
        return
    owner = V.select(V.customer).where(V.id == data.vehicle_id).scalar()
    if owner != data.customer_id:
        errors.append(_err("vehicle", QT_TRANSLATE_NOOP(
            "Value", "This car is not one of the customer's cars.")))


def mileage_clash(data: VisitInput, visit_id: int | None = None) -> tuple[dt.date, int] | None:
    """(day, km) of a reading of the same car that the visit's reading contradicts: a lower
    one taken later or a higher one taken earlier (`visit_id`: the visit being changed)."""
    km = data.mileage_km
    if km is None or data.vehicle_id is None or data.visited_on is None \
            or type(km) is not int or not 0 <= km <= rules.MAX_MILEAGE_KM:
        return None  # nothing to compare, or a reading the checks refuse anyway
    row = (SV.select(SV.visited_on, SV.mileage_km)
           .where(SV.vehicle == data.vehicle_id, SV.mileage_km.is_null(False),
                  SV.id != (visit_id or 0),
                  ((SV.visited_on <= data.visited_on) & (SV.mileage_km > km))
                  | ((SV.visited_on > data.visited_on) & (SV.mileage_km < km)))
           .order_by(SV.visited_on.desc()).tuples().first())
    return (stored_day(row[0]), int(row[1])) if row else None


def _check_mileage(data: VisitInput, errors: list[FieldError], visit_id: int | None) -> None:
    """A reading below one taken earlier (or above one taken later) needs a confirmation."""
    km = data.mileage_km
    if km is None:
        return
    if type(km) is not int or not 0 <= km <= rules.MAX_MILEAGE_KM:
        errors.append(FieldError("mileage_km", translate(
            "Value", "The mileage must be a whole number of km up to {max}.").format(
                max=f"{rules.MAX_MILEAGE_KM:,}")))
        return
    clash = None if data.mileage_lower_confirmed else mileage_clash(data, visit_id)
    if clash is not None:
        errors.append(FieldError("mileage_km", translate(
            "Value", "{km} km does not fit the {before} km recorded on {day} for this car: check "
            "the reading, or confirm that the odometer was changed.").format(
                km=f"{km:,}", before=f"{clash[1]:,}", day=str(clash[0]))))


def _check_money(data: VisitInput, kinds: list[str], errors: list[FieldError]) -> None:
    if data.kind not in kinds:
        errors.append(_err("kind", QT_TRANSLATE_NOOP(
            "Value", "Choose the kind of visit from the list.")))
    if type(data.amount_cents) is not int or not 0 <= data.amount_cents <= rules.MAX_VISIT_CENTS:
        errors.append(FieldError("amount", translate(
            "Value", "The amount must be between 0 and {max}.").format(
                max=format_cents(rules.MAX_VISIT_CENTS))))
    if data.paid_by not in rules.PAID_BY:
        errors.append(_err("paid_by", QT_TRANSLATE_NOOP("Value", "Choose how the visit was paid.")))
    elif data.paid_by == "stored_value":
        _check_card(data, errors)
    elif data.paid_by == "package":
        _check_package(data, errors)
    if len(clean_lines(data.notes)) > MAX_NOTES:
        errors.append(_err("notes", QT_TRANSLATE_NOOP(
            "Value", "The note is too long (at most 500 characters).")))


def _check_card(data: VisitInput, errors: list[FieldError]) -> None:
    owner = (models.MembershipCard.select(models.MembershipCard.customer)
             .where(models.MembershipCard.id == data.card_id).scalar())
    if data.card_id is None or owner != data.customer_id:
        errors.append(_err("card", QT_TRANSLATE_NOOP(
            "Value", "Choose one of the customer's cards to pay from.")))
    elif data.amount_cents == 0:
        errors.append(_err("amount", QT_TRANSLATE_NOOP(
            "Value", "Give the amount to take from the card.")))


def _check_package(data: VisitInput, errors: list[FieldError]) -> None:
    package: Any = models.CardPackage
    owner = (package.select(models.MembershipCard.customer).join(models.MembershipCard)
             .where(package.id == data.package_id).scalar())
    if data.package_id is None or owner != data.customer_id:
        errors.append(_err("package", QT_TRANSLATE_NOOP(
            "Value", "Choose one of the customer's packages.")))


def validate_visit(data: VisitInput, *, today: dt.date,
                   visit_id: int | None = None) -> VisitInput:
    """The visit with its text cleaned, or ValidationFailed listing every problem
    (`visit_id`: the stored visit being changed, whose own reading is no clash and whose
    own kind stays valid)."""
    errors: list[FieldError] = []
    _check_customer(data.customer_id, errors)
    _check_day(data, today, errors)
    _check_vehicle(data, errors)
    _check_mileage(data, errors, visit_id)
    kinds = [code for code, _ in service_kinds()]
    if visit_id is not None:  # a kind since taken off the list still fits its old visits
        kinds += [k for (k,) in SV.select(SV.kind).where(SV.id == visit_id).tuples()]
    _check_money(data, kinds, errors)
    if errors:
        raise ValidationFailed(errors)
    return VisitInput(**{**data.__dict__, "notes": clean_lines(data.notes)})


# ---- writing -----------------------------------------------------------------------------

def _pay(data: VisitInput, staff_id: int | None, today: dt.date,
         now: dt.datetime) -> int | None:
    """The ledger entry paying for the visit (inside the caller's transaction), if any."""
    from dealerdesk.services import membership_money

    note = translate("Value", "Service visit: {kind}").format(kind=rules.kind_label(data.kind))
    if data.paid_by == "stored_value" and data.card_id is not None:
        done, _ = membership_money.spend(card_id=data.card_id, amount_cents=data.amount_cents,
                                         staff_id=staff_id, today=today, now=now, note=note)
        return done.entry_id
    if data.paid_by == "package" and data.package_id is not None:
        done, _ = membership_money.use_package(package_id=data.package_id, staff_id=staff_id,
                                               today=today, now=now, note=note)
        return done.entry_id
    return None


def record_visit(data: VisitInput, *, staff_id: int | None, today: dt.date,
                 now: dt.datetime | None = None) -> tuple[int, Changes]:
    """Store one visit and, in the same transaction, its card payment and the car's
    mileage and next maintenance date. Returns the visit's id."""
    data = validate_visit(data, today=today)
    now = (now or clock.now()).replace(microsecond=0)
    assert data.visited_on is not None
    with atomic():
        before = visit_facts(data.vehicle_id) if data.vehicle_id is not None else None
        entry = _pay(data, staff_id, today, now)
        row = SV.create(customer=data.customer_id, vehicle=data.vehicle_id,
                        visited_on=data.visited_on, mileage_km=data.mileage_km, kind=data.kind,
                        amount_cents=data.amount_cents, paid_by=data.paid_by,
                        ledger_entry=entry, notes=data.notes, staff=staff_id, created_at=now)
        if data.vehicle_id is not None and before is not None:
            refresh_vehicle(data.vehicle_id, before, brings=True)
        C.update(updated_at=now).where(C.id == data.customer_id).execute()
    return int(row.id), MONEY_CHANGED if entry else CHANGED


def _payment_key(paid_by: str, amount: int, card: int | None, package: int | None) -> tuple:
    """What decides a visit's ledger entry: a change of it means a new entry."""
    if paid_by == "stored_value":
        return (paid_by, amount, card)
    if paid_by == "package":
        return (paid_by, package)
    return (paid_by,)


def _stored_payment(row: Any) -> tuple:
    entry = models.LedgerEntry.get_or_none(models.LedgerEntry.id == row.ledger_entry_id) \
        if row.ledger_entry_id else None
    card = entry.card_id if entry is not None else None
    package = entry.package_id if entry is not None else None
    return _payment_key(row.paid_by, row.amount_cents, card, package)


def update_visit(visit_id: int, data: VisitInput, *, staff_id: int | None, today: dt.date,
                 now: dt.datetime | None = None) -> Changes:
    """Change a stored visit. When how it was paid changes, the old card payment is
    reversed in the ledger and the new one appended, in one transaction; otherwise the
    ledger is left as it is."""
    from dealerdesk.services import membership_money

    row = SV.get_or_none(SV.id == visit_id)
    if row is None:
        raise ValidationFailed([_err("visit", QT_TRANSLATE_NOOP(
            "Value", "This visit no longer exists."))])
    data = VisitInput(**{**data.__dict__, "customer_id": row.customer_id})
    data = validate_visit(data, today=today, visit_id=visit_id)
    now = (now or clock.now()).replace(microsecond=0)
    same_payment = _stored_payment(row) == _payment_key(
        data.paid_by, data.amount_cents, data.card_id, data.package_id)
    entry = row.ledger_entry_id
    with atomic():
        cars = {car: visit_facts(car) for car in {row.vehicle_id, data.vehicle_id} - {None}}
        if not same_payment:
            if entry is not None:
                # The visit lets go of its payment first: the ledger reverses no entry a
                # visit still stands on.
                SV.update(ledger_entry=None).where(SV.id == visit_id).execute()
                membership_money.reverse_entry(
                    entry_id=entry, staff_id=staff_id, today=today, now=now,
                    note=translate("Value", "Service visit changed"))
            entry = _pay(data, staff_id, today, now)
        SV.update(vehicle=data.vehicle_id, visited_on=data.visited_on, mileage_km=data.mileage_km,
                  kind=data.kind, amount_cents=data.amount_cents, paid_by=data.paid_by,
                  ledger_entry=entry, notes=data.notes).where(SV.id == visit_id).execute()
        for car, before in cars.items():
            refresh_vehicle(car, before, brings=car == data.vehicle_id)
        C.update(updated_at=now).where(C.id == row.customer_id).execute()
    return CHANGED if same_payment else MONEY_CHANGED


def delete_visit(*, visit_id: int, staff_id: int | None, today: dt.date, reason: str,
                 now: dt.datetime | None = None) -> Changes:
    """Delete a visit entered by mistake; a card payment is reversed in the ledger (the
    owner's right, with the reason), never erased."""
    from dealerdesk.services import membership_money

    row = SV.get_or_none(SV.id == visit_id)
    if row is None:
        raise ValidationFailed([_err("visit", QT_TRANSLATE_NOOP(
            "Value", "This visit no longer exists."))])
    _check_customer(row.customer_id, [])
    with atomic():
        before = visit_facts(row.vehicle_id) if row.vehicle_id is not None else None
        SV.delete().where(SV.id == visit_id).execute()  # first: see update_visit
        if row.ledger_entry_id is not None:
            membership_money.reverse_entry(entry_id=row.ledger_entry_id, staff_id=staff_id,
                                           today=today, note=reason, now=now)
        if row.vehicle_id is not None and before is not None:
            refresh_vehicle(row.vehicle_id, before, brings=False)
    return MONEY_CHANGED if row.ledger_entry_id else CHANGED


def mileage_history(vehicle_id: int) -> list[tuple[dt.date, int]]:
    """(day, km) of a car's visits with a reading, oldest first."""
    query = (SV.select(SV.visited_on, SV.mileage_km)
             .where(SV.vehicle == vehicle_id, SV.mileage_km.is_null(False))
             .order_by(SV.visited_on, SV.id))
    return [(day, km) for day, km in query.tuples()]


def km_per_day(vehicle_id: int) -> float | None:
    return rules.km_per_day(mileage_history(vehicle_id))


# What a car's visits give it: (its latest reading, its next maintenance date).
VisitFacts = tuple[int | None, dt.date | None]


def visit_facts(vehicle_id: int) -> VisitFacts:
    """The car's latest reading and its next maintenance date (from its latest maintenance
    visit and its pace), as its visits give them; None where no visit gives one."""
    readings = mileage_history(vehicle_id)
    last = (SV.select(fn.MAX(SV.visited_on))
            .where(SV.vehicle == vehicle_id, SV.kind == "maintenance").scalar())
    due = None if last is None else rules.next_maintenance(
        stored_day(last), rules.km_per_day(readings), value_params())
    return (readings[-1][1] if readings else None), due


def refresh_vehicle(vehicle_id: int, before: VisitFacts, *, brings: bool) -> None:
    """Keep the car's mileage and next maintenance date in step with its visits after a
    change of them. `before`: what the visits gave before the change (visit_facts);
    `brings`: the changed visit is on this car now (recorded or changed here), not taken
    away from it (deleted, or moved to another car).

    A value the car holds is the visits' when it is what they gave before: it follows them,
    recomputed from the visits left, or cleared when none gives one any more (the last
    maintenance visit deleted, moved away or changed to another kind; the last reading
    gone), so no reminder runs on from a visit that is no longer there. A value typed on
    the car since (on its form, or imported) is kept, unless the visit brought here gives
    a new one."""
    after = visit_facts(vehicle_id)
    held = V.select(V.mileage_km, V.next_maintenance_on).where(V.id == vehicle_id).tuples().first()
    if held is None:
        return
    values: dict[str, Any] = {}
    for column, old, new, now in zip(("mileage_km", "next_maintenance_on"), before, after,
                                     (held[0], None if held[1] is None else stored_day(held[1])),
                                     strict=True):
        if new == old:
            continue
        if now == old or (brings and new is not None):
            values[column] = new
    if values:
        V.update(**values).where(V.id == vehicle_id).execute()


def list_visits(customer_id: int) -> list[VisitRecord]:
    """A customer's visits, newest first."""
    st: Any = models.Staff
    le: Any = models.LedgerEntry
    query = (SV.select(SV.id, SV.customer, SV.vehicle, V.brand, V.model, V.plate, SV.visited_on,
                       SV.mileage_km, SV.kind, SV.amount_cents, SV.paid_by, SV.ledger_entry,
                       SV.notes, st.name, le.card, le.package)
             .join(V, JOIN.LEFT_OUTER, on=(SV.vehicle == V.id))
             .switch(SV).join(st, JOIN.LEFT_OUTER, on=(SV.staff == st.id))
             .switch(SV).join(le, JOIN.LEFT_OUTER, on=(SV.ledger_entry == le.id))
             .where(SV.customer == customer_id).order_by(SV.visited_on.desc(), SV.id.desc()))
    return [VisitRecord(r[0], r[1], r[2], " ".join(x for x in r[3:6] if x), r[6], r[7], r[8],
                        rules.kind_label(r[8]), r[9], r[10], r[11], r[12], r[13] or "",
                        r[14], r[15] if r[10] == "package" else None)
            for r in query.tuples()]
