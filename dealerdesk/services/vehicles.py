"""Vehicles of a customer: validation (plate, VIN, dates), inspection suggestion, saving."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from dealerdesk import clock
from dealerdesk.db.api import JOIN, atomic, locked
from dealerdesk.db.models import Customer as CustomerRow_
from dealerdesk.db.models import Staff
from dealerdesk.db.models import Vehicle as V
from dealerdesk.domain import choices
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.inspection import next_inspection_due
from dealerdesk.domain.plate import normalize_plate, plate_problem
from dealerdesk.domain.records import Changes, Vehicle, VehicleInput, with_values
from dealerdesk.domain.text import clean_lines, clean_text
from dealerdesk.domain.value import MAX_MILEAGE_KM
from dealerdesk.domain.vin import normalize_vin
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services import access
from dealerdesk.services.versions import saved_over

CTX = "Vehicles"
CHANGED = Changes.of("vehicles", "customers", "reminders")


def _err(field: str, text: str) -> FieldError:
    return FieldError(field, translate(CTX, text))


def _check_numbers(data: VehicleInput, today: dt.date, errors: list[FieldError]) -> None:
    if data.year is not None and not (1950 <= data.year <= today.year + 1):
        errors.append(_err("year", QT_TRANSLATE_NOOP("Vehicles", "Please check the model year.")))
    if data.mileage_km is not None and not (0 <= data.mileage_km <= MAX_MILEAGE_KM):
        errors.append(_err("mileage_km", QT_TRANSLATE_NOOP(
            "Vehicles", "The mileage must be between 0 and 2,000,000 km.")))
    if data.deal_price_cents is not None and data.deal_price_cents < 0:
        errors.append(_err("deal_price_cents", QT_TRANSLATE_NOOP(
            "Vehicles", "A price cannot be negative.")))


def _check_dates(data: VehicleInput, today: dt.date, errors: list[FieldError]) -> None:
    if data.registered_on and data.registered_on > today:
        errors.append(_err("registered_on", QT_TRANSLATE_NOOP(
            "Vehicles", "The registration date cannot be in the future.")))
    if data.deal_on and data.deal_on > today:
        errors.append(_err("deal_on", QT_TRANSLATE_NOOP(
            "Vehicles", "The deal date cannot be in the future.")))
    if data.registered_on and data.year and data.registered_on.year < data.year - 1:
        errors.append(_err("registered_on", QT_TRANSLATE_NOOP(
            "Vehicles", "The car was registered before its model year.")))


def validate_vehicle(
    data: VehicleInput, *, today: dt.date, accept_unusual_plate: bool = False,
    suggest_inspection: bool = False,
) -> VehicleInput:
    """Check and normalise a vehicle; an unusual plate needs `accept_unusual_plate`.

    `suggest_inspection`: a vehicle with a registration date but no inspection date gets
    the suggested one (suggest_inspection_due), as for every vehicle that arrives without
    the form (import, demo); the form suggests it while the user types.
    """
    errors: list[FieldError] = []
    if data.relation not in choices.VEHICLE_RELATIONS:
        errors.append(_err("relation", QT_TRANSLATE_NOOP(
            "Vehicles", "Choose how the customer is linked to this car.")))
    plate = normalize_plate(data.plate)
    problem = plate_problem(plate) if plate else None
    if problem and not accept_unusual_plate:
        errors.append(FieldError("plate", problem))
    vin = data.vin
    try:
        vin = normalize_vin(data.vin)
    except RuleError as exc:
        errors.append(FieldError("vin", str(exc)))
    _check_numbers(data, today, errors)
    _check_dates(data, today, errors)
    if not (data.brand.strip() or data.model.strip() or plate or vin):
        errors.append(_err("brand", QT_TRANSLATE_NOOP(
            "Vehicles", "Enter at least the brand, the model or the plate.")))
    if errors:
        raise ValidationFailed(errors)
    inspection = data.inspection_due
    if suggest_inspection and inspection is None:
        inspection = suggest_inspection_due(data.registered_on, today)
    clean = {"plate": plate, "vin": vin, "brand": clean_text(data.brand),
             "model": clean_text(data.model), "colour": clean_text(data.colour),
             "notes": clean_lines(data.notes), "inspection_due": inspection}
    return with_values(data, {k: v for k, v in clean.items() if v != getattr(data, k)})


def suggest_inspection_due(registered_on: dt.date | None, today: dt.date) -> dt.date | None:
    """Annual inspection date suggested from the registration date (always editable)."""
    return next_inspection_due(registered_on, today) if registered_on else None


def _columns(data: VehicleInput) -> dict[str, Any]:
    values = {f.name: getattr(data, f.name) for f in dataclasses.fields(VehicleInput)}
    values["salesperson"] = values.pop("salesperson_id")
    values["plate_key"] = data.plate
    return values


def _touch_customer(customer_id: int) -> None:
    """Stamp the customer as changed; a salesperson changes their own customers' cars only
    (called inside the change's transaction, so a refusal undoes it)."""
    row = CustomerRow_.get_or_none(CustomerRow_.id == customer_id)
    if row is not None:
        access.require_customer(row.owner_id)
    now = clock.now()
    CustomerRow_.update(updated_at=now).where(CustomerRow_.id == customer_id).execute()


def add_vehicle(
    customer_id: int, data: VehicleInput, *, today: dt.date, accept_unusual_plate: bool = False
) -> tuple[int, Changes]:
    """Validate and store a new vehicle for the customer; return its id."""
    with atomic():
        clean = validate_vehicle(data, today=today, accept_unusual_plate=accept_unusual_plate)
        row = V.create(customer=customer_id, **_columns(clean))
        _touch_customer(customer_id)
    return row.id, CHANGED


def update_vehicle(
    vehicle_id: int, data: VehicleInput, *, today: dt.date, accept_unusual_plate: bool = False,
    version: int | None = None, original: VehicleInput | None = None,
) -> Changes:
    """Store the edited vehicle. With `version` (and `original`, as the form opened it),
    another PC's later change is kept, or raises EditConflict (see services.versions)."""
    with atomic():
        current = locked(V.select().where(V.id == vehicle_id)).first()
        if current is None:
            raise ValidationFailed([FieldError("brand", translate(
                "Vehicles", "This vehicle no longer exists."))])
        clean = validate_vehicle(data, today=today, accept_unusual_plate=accept_unusual_plate)
        theirs = VehicleInput(**{f.name: getattr(_record(current), f.name)
                                 for f in dataclasses.fields(VehicleInput)})
        clean = saved_over(clean, original=original, theirs=theirs, version=version,
                           current_version=current.version)
        now = clock.now()
        V.update(updated_at=now, **_columns(clean)).where(V.id == vehicle_id).execute()
        _touch_customer(current.customer_id)
    return CHANGED


def delete_vehicle(vehicle_id: int) -> Changes:
    with atomic():
        row = V.get_or_none(V.id == vehicle_id)
        if row is not None:
            row.delete_instance()
            _touch_customer(row.customer.id)
    return CHANGED


def _record(row: Any) -> Vehicle:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(VehicleInput)
              if f.name != "salesperson_id"}
    return Vehicle(
        id=row.id, customer_id=row.customer_id, salesperson_id=row.salesperson_id,
        salesperson_name=row.salesperson.name if row.salesperson_id else "",
        version=row.version, **values,
    )


def list_vehicles(customer_id: int) -> list[Vehicle]:
    """The customer's vehicles, current ones first, newest registration first."""
    query = (V.select(V, Staff).join(Staff, JOIN.LEFT_OUTER, on=(V.salesperson == Staff.id))
             .where(V.customer == customer_id)
             .order_by(V.disposed_on.is_null(False), V.registered_on.desc(nulls="LAST"), V.id))
    return [_record(r) for r in query]


def get_vehicle(vehicle_id: int) -> Vehicle | None:
    row = V.get_or_none(V.id == vehicle_id)
    return _record(row) if row else None
