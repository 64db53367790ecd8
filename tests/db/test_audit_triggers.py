"""The audit log written by triggers: before/after values of every changed field, and an
append-only table that plain sqlite3 (or psql) cannot change, except the erasure tombstone.
Run on the server too (DEALERDESK_TEST_BACKEND=postgresql)."""

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest

from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import customers as customer_service
from dealerdesk.services.store import close_store


@pytest.fixture
def shop(store, staff, today):
    cid, _ = customer_service.create_customer(
        CustomerInput(name="张三", phone="13812345678", owner_id=staff.id), today=today)
    return cid


def _plain(store):
    """A connection of the database's own driver, past DealerDesk."""
    if isinstance(store, str):
        import psycopg

        return psycopg.connect(store, autocommit=True)
    return sqlite3.connect(store)


def _plain_errors():
    import psycopg

    return (sqlite3.DatabaseError, psycopg.Error)


def _entries(path, where="1 = 1"):
    con = _plain(path)
    try:
        rows = con.execute(f"SELECT table_name, row_id, action, customer_id, changes, operator, "
                           f"at FROM audit_log WHERE {where} ORDER BY id").fetchall()
        return [(*r[:6], str(r[6])) for r in rows]
    finally:
        con.close()


def _edit(cid, today, **values):
    c = customer_service.get_customer(cid)
    data = CustomerInput(**{f.name: getattr(c, f.name)
                            for f in dataclasses.fields(CustomerInput)})
    customer_service.update_customer(cid, dataclasses.replace(data, **values), today=today)


def test_an_update_records_before_and_after_of_each_changed_field(store, shop, today):
    _edit(shop, today, level="A", phone="13812345679", notes="喜欢SUV")
    close_store()
    *_, last = _entries(store, "table_name = 'customer'")
    table, row_id, action, customer_id, changes, operator, at = last
    assert (table, row_id, action, customer_id, operator) == (
        "customer", shop, "update", shop, "tester")
    assert json.loads(changes) == {"phone": ["13812345678", "13812345679"], "level": ["", "A"],
                                   "notes": ["", "喜欢SUV"]}
    # the trigger's time is the program's clock (the tests' fixed day), not the PC's
    assert at.startswith("2026-11-26 14:")


def test_an_unchanged_save_and_derived_columns_write_nothing(store, shop, today):
    _edit(shop, today)  # updated_at moves, nothing a person typed did
    close_store()
    assert [e[2] for e in _entries(store, "table_name = 'customer'")] == ["insert"]


def test_vehicles_followups_settings_and_staff_are_followed(store, shop, staff, today):
    from dealerdesk.services.followups import log_follow_up
    from dealerdesk.services.settings import set_settings
    from dealerdesk.services.staff import update_staff
    from dealerdesk.services.vehicles import add_vehicle, delete_vehicle

    vid, _ = add_vehicle(shop, VehicleInput(brand="丰田", plate="浙A12345"), today=today)
    delete_vehicle(vid)
    log_follow_up(customer_id=shop, staff_id=staff.id, when=dt.datetime(2026, 11, 26, 9),
                  channel="phone", content="约周六看车", outcome="contacted", today=today)
    set_settings({"shop_name": "鑫源"})
    update_staff(staff_id=staff.id, name="李明", phone="13900001112", active=True)
    close_store()
    rows = _entries(store, "table_name != 'customer'")
    kinds = [(t, a) for t, _r, a, *_ in rows]
    assert kinds == [("staff", "insert"), ("vehicle", "insert"), ("vehicle", "delete"),
                     ("follow_up", "insert"), ("setting", "insert"), ("staff", "update")]
    deleted = json.loads(rows[2][4])
    assert deleted["brand"] == ["丰田", None] and deleted["plate"] == ["浙A12345", None]
    assert rows[2][3] == shop and rows[3][3] == shop  # both belong to the customer
    assert json.loads(rows[4][4]) == {"shop_name": [None, "鑫源"]}
    assert json.loads(rows[5][4]) == {"phone": ["13900001111", "13900001112"]}


def test_plain_sqlite3_cannot_update_or_delete_audit_entries(store, shop):
    close_store()
    con = _plain(store)
    try:
        for sql in ("UPDATE audit_log SET operator = 'someone else'",
                    "UPDATE audit_log SET at = '2020-01-01 00:00:00'",
                    "UPDATE audit_log SET changes = '{}'",
                    "DELETE FROM audit_log",
                    "DELETE FROM audit_log WHERE id = 1"):
            with pytest.raises(_plain_errors(), match="append-only"):
                con.execute(sql)
        # a fake "erasure" that moves anything else than values is refused too
        with pytest.raises(_plain_errors(), match="append-only"):
            con.execute("UPDATE audit_log SET erased = 1, operator = 'x'")
        with pytest.raises(_plain_errors(), match="append-only"):
            con.execute("UPDATE audit_log SET erased = 1, changes = '{\"a\": \"b\"}'")
    finally:
        con.close()
    assert len(_entries(store)) == 2


def test_erasing_a_customer_tombstones_their_values_and_keeps_who_and_when(store, shop, today):
    _edit(shop, today, phone="13812345679", address="杭州市西湖区")
    customer_service.erase_customer(shop)
    close_store()
    rows = _entries(store, f"customer_id = {shop}")
    assert [r[2] for r in rows] == ["insert", "update", "delete"]
    text = " ".join(r[4] for r in rows)
    assert "138" not in text and "杭州" not in text and "张三" not in text
    assert json.loads(rows[1][4]) == {"phone": ["(erased)", "(erased)"],
                                      "address": ["(erased)", "(erased)"]}
    assert all(r[5] == "tester" for r in rows)
    erase_event = _entries(store, "action = 'erase'")
    assert erase_event and erase_event[0][1] == shop
