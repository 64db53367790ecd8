"""Possible duplicates and merging two customers, field by field, undoable."""

import datetime as dt

import pytest

from dealerdesk.db.models import AuditLog, Customer, FollowUp, Vehicle
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services.customers import create_customer, update_customer
from dealerdesk.services.duplicates import find_duplicates, merge_customers, undo_merge
from dealerdesk.services.vehicles import add_vehicle


def _add(today, name, phone, **kw):
    return create_customer(CustomerInput(name=name, phone=phone, **kw), today=today)[0]


def test_pairs_by_plate_and_by_pinyin_name(store, today):
    a = _add(today, "张伟", "13812345678")
    b = _add(today, "章伟", "13812345687")  # same pinyin, two digits swapped
    c = _add(today, "李四", "13900000000")
    d = _add(today, "李小四", "13900000001")
    add_vehicle(c, VehicleInput(plate="浙A12345"), today=today)
    add_vehicle(d, VehicleInput(plate="浙A 12345"), today=today)
    _add(today, "张伟", "18800000000")  # same name, different phone: not a pair
    pairs = {(p.first.id, p.second.id): p.reason for p in find_duplicates()}
    assert pairs == {(a, b): "name", (c, d): "plate"}


@pytest.mark.sqlite_only
def test_same_phone_pairs(store, today):
    from dealerdesk.db.database import db

    a = _add(today, "王五", "13812345678")
    b = _add(today, "王小五", "13900000000")
    # Data as a version-1 file could hold it, before the database refused shared numbers.
    for name in ("customer_phone_unique_insert", "customer_phone_unique_update"):
        db.execute_sql(f"DROP TRIGGER {name}")
    Customer.update(phone2="13812345678").where(Customer.id == b).execute()
    assert [(p.first.id, p.second.id, p.reason) for p in find_duplicates()] == [(a, b, "phone")]


def test_merge_moves_everything_and_undo_restores(store, today, staff):
    keep = _add(today, "张伟", "13812345678", address="")
    other = _add(today, "章伟", "13812345687", address="杭州", notes="老客户")
    add_vehicle(other, VehicleInput(plate="浙A12345"), today=today)
    FollowUp.create(customer=other, at=dt.datetime(2026, 1, 1), content="聊过")
    audit_before = AuditLog.select().count()
    merge_id, changes = merge_customers(keep_id=keep, other_id=other, take_from_other=("name",))
    assert changes.touches("customers")
    kept = Customer.get_by_id(keep)
    assert (kept.name, kept.address, kept.phone, kept.phone2) == (
        "章伟", "杭州", "13812345678", "13812345687")
    assert "老客户" in kept.notes
    assert Vehicle.get().customer_id == keep and FollowUp.get().customer_id == keep
    assert Customer.get_by_id(other).deleted_at is not None
    assert AuditLog.select().count() > audit_before
    undo_merge(merge_id)
    kept = Customer.get_by_id(keep)
    assert (kept.name, kept.address, kept.phone2, kept.notes) == ("张伟", "", "", "")
    assert Vehicle.get().customer_id == other and FollowUp.get().customer_id == other
    assert Customer.get_by_id(other).deleted_at is None


def test_a_merged_in_car_keeps_its_inspection_date_as_it_was(store, today):
    """A merge moves cars that are already in the shop: it does not apply the 年审 rule
    that new cars get (form, import, demo). A car kept without an inspection date was
    saved that way, so it stays so, and undoing the merge has nothing else to restore."""
    keep = _add(today, "张伟", "13812345678")
    other = _add(today, "章伟", "13812345687")
    registered = dt.date(2017, 5, 10)
    car, _ = add_vehicle(other, VehicleInput(plate="浙A12345", registered_on=registered),
                         today=today)
    dated, _ = add_vehicle(other, VehicleInput(plate="浙A54321", registered_on=registered,
                                               inspection_due=dt.date(2027, 5, 31)), today=today)
    merge_id, _ = merge_customers(keep_id=keep, other_id=other)
    moved = {v.id: (v.customer_id, v.registered_on, v.inspection_due) for v in Vehicle.select()}
    assert moved == {car: (keep, registered, None),
                     dated: (keep, registered, dt.date(2027, 5, 31))}
    undo_merge(merge_id)
    assert Vehicle.get_by_id(car).inspection_due is None


def test_undo_merge_warns_about_later_edits(store, today):
    keep = _add(today, "张伟", "13812345678")
    other = _add(today, "张伟", "13812345679")
    merge_id, _ = merge_customers(keep_id=keep, other_id=other,
                                  now=dt.datetime(2026, 1, 1, 9, 0))
    update_customer(keep, CustomerInput(name="张伟", phone="13812345678", address="上海"),
                    today=today)
    with pytest.raises(ValidationFailed, match="changed after the merge"):
        undo_merge(merge_id)
    undo_merge(merge_id, force=True)


def test_cannot_merge_with_itself(store, today):
    a = _add(today, "张伟", "13812345678")
    with pytest.raises(ValidationFailed):
        merge_customers(keep_id=a, other_id=a)


def test_an_edit_made_meanwhile_by_another_program_stops_the_undo(store, today, another_writer):
    """The check for later edits is made under the write lock, not before waiting for it."""
    keep = _add(today, "张伟", "13812345678")
    other = _add(today, "章伟", "13812345687", address="杭州")
    merge_id, _ = merge_customers(keep_id=keep, other_id=other)
    with pytest.raises(ValidationFailed, match="changed after the merge"):
        another_writer(
            f"UPDATE customer SET address = '上海', updated_at = '2026-11-26 14:30:00' "
            f"WHERE id = {keep}",
            lambda: undo_merge(merge_id))
    assert Customer.get_by_id(keep).address == "上海"
