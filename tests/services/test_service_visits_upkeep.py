"""A car's next maintenance date and mileage follow its visits when a visit goes away:
deleted, moved to another car, or changed to another kind. The maintenance reminder follows
the date; what the user typed on the car is kept (today: 2026-11-26)."""

import dataclasses
import datetime as dt

import pytest

from dealerdesk.db.models import Vehicle
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import reminders
from dealerdesk.services import service_visits as sv
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle, get_vehicle, update_vehicle

D = dt.date
JUNE = D(2026, 6, 1)  # a maintenance visit: six months on, the next is due on 1 December
DUE = D(2026, 12, 1)


@pytest.fixture
def cust(store, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    return cid


def _car(cust, today, plate, **kw):
    vid, _ = add_vehicle(cust, VehicleInput(brand="丰田", model="凯美瑞", plate=plate, **kw),
                         today=today)
    return vid


def _data(cust, car, *, day=JUNE, km=12_000, kind="maintenance"):
    return sv.VisitInput(customer_id=cust, visited_on=day, kind=kind, amount_cents=50_000,
                         vehicle_id=car, mileage_km=km)


def _visit(cust, car, today, **kw):
    return sv.record_visit(_data(cust, car, **kw), staff_id=None, today=today)[0]


def _held(car):
    row = Vehicle.get_by_id(car)
    return row.mileage_km, row.next_maintenance_on


def _maintenance(cust, today):
    """(car, due) of the customer's open maintenance reminders."""
    return sorted((r.vehicle_id, r.due) for r in reminders.reminders_for_customer(
        customer_id=cust, today=today) if r.kind == "maintenance")


def test_deleting_the_last_maintenance_visit_clears_the_date_and_the_reminder(cust, today):
    car = _car(cust, today, "浙A12345")
    vid = _visit(cust, car, today)
    assert _held(car) == (12_000, DUE)
    assert _maintenance(cust, today) == [(car, DUE)]
    sv.delete_visit(visit_id=vid, staff_id=None, today=today, reason="录错车了")
    assert _held(car) == (None, None)
    assert _maintenance(cust, today) == []


def test_deleting_the_latest_maintenance_visit_goes_back_to_the_one_before(cust, today):
    car = _car(cust, today, "浙A12345")
    _visit(cust, car, today, km=10_000)
    latest = _visit(cust, car, today, day=D(2026, 9, 1))
    # 2,000 km in 92 days: 5,000 km would take 230 days, six months come first
    assert _held(car) == (12_000, D(2027, 3, 1))
    assert _maintenance(cust, today) == [(car, D(2027, 3, 1))]
    sv.delete_visit(visit_id=latest, staff_id=None, today=today, reason="entered twice")
    # six months after 1 June, one reading: no pace to go by
    assert _held(car) == (10_000, DUE)
    assert _maintenance(cust, today) == [(car, DUE)]


def test_a_visit_moved_to_another_car_takes_its_date_and_reading_along(cust, today):
    wrong = _car(cust, today, "浙A12345")
    right = _car(cust, today, "浙B54321")
    vid = _visit(cust, wrong, today)
    assert _maintenance(cust, today) == [(wrong, DUE)]
    sv.update_visit(vid, _data(cust, right), staff_id=None, today=today)
    assert _held(wrong) == (None, None)
    assert _held(right) == (12_000, DUE)
    assert _maintenance(cust, today) == [(right, DUE)]


def test_a_maintenance_visit_changed_to_a_repair_no_longer_dates_the_next(cust, today):
    car = _car(cust, today, "浙A12345")
    vid = _visit(cust, car, today)
    sv.update_visit(vid, _data(cust, car, kind="repair"), staff_id=None, today=today)
    assert _held(car) == (12_000, None)  # the reading is still the repair visit's
    assert _maintenance(cust, today) == []
    sv.update_visit(vid, _data(cust, car), staff_id=None, today=today)
    assert _maintenance(cust, today) == [(car, DUE)]


def test_what_was_typed_on_the_car_is_kept(cust, today):
    # typed on the form, and no visit ever gave either: a visit coming and going leaves them
    typed = _car(cust, today, "浙A12345", mileage_km=30_000, next_maintenance_on=D(2027, 1, 15))
    vid = _visit(cust, typed, today, kind="detailing", km=None)
    sv.delete_visit(visit_id=vid, staff_id=None, today=today, reason="录错了")
    assert _held(typed) == (30_000, D(2027, 1, 15))
    # typed on the form after the visit set them: the visit's going leaves them too
    car = _car(cust, today, "浙B54321")
    vid = _visit(cust, car, today)
    form = get_vehicle(car)
    update_vehicle(car, dataclasses.replace(
        VehicleInput(**{f.name: getattr(form, f.name)
                        for f in dataclasses.fields(VehicleInput)}),
        mileage_km=15_000, next_maintenance_on=D(2027, 2, 1)), today=today)
    sv.delete_visit(visit_id=vid, staff_id=None, today=today, reason="录错了")
    assert _held(car) == (15_000, D(2027, 2, 1))
    assert (car, D(2027, 2, 1)) in _maintenance(cust, today)
    # a new maintenance visit brings its own date and reading, over what was typed
    _visit(cust, car, today, km=16_000)
    assert _held(car) == (16_000, DUE)
