"""A phone number belongs to one live customer, enforced by the database itself; a version-1
file that holds shared numbers is migrated without losing any and says which it moved."""

import sqlite3
from pathlib import Path

import pytest

from dealerdesk.db.api import IntegrityError
from dealerdesk.db.migrations import LATEST_VERSION
from dealerdesk.db.models import Customer
from dealerdesk.services.store import close_store, open_store

UNIQUE_OBJECTS = ("customer_live_phone", "customer_live_phone2", "customer_phone_unique_insert",
                  "customer_phone_unique_update")


def test_a_second_live_customer_with_the_same_number_is_refused(store):
    Customer.create(name="张三", phone="13812345601")
    with pytest.raises(IntegrityError):
        Customer.create(name="李四", phone="13812345601")
    with pytest.raises(IntegrityError):
        Customer.create(name="李四", phone="13900000000", phone2="13812345601")
    other = Customer.create(name="王五", phone="13900000001")
    with pytest.raises(IntegrityError):
        Customer.update(phone2="13812345601").where(Customer.id == other.id).execute()
    assert Customer.select().count() == 2


def test_the_recycle_bin_and_blank_numbers_do_not_count(store):
    first = Customer.create(name="张三", phone="13812345601")
    Customer.update(deleted_at="2026-11-01 10:00:00").where(Customer.id == first.id).execute()
    Customer.create(name="李四", phone="13812345601")  # the number is free again
    Customer.create(name="王五", phone="", wechat="wx1")
    Customer.create(name="赵六", phone="", wechat="wx2")
    with pytest.raises(IntegrityError):  # but back from the bin it would be a second owner
        Customer.update(deleted_at=None).where(Customer.id == first.id).execute()


V1_SCHEMA = Path(__file__).with_name("schema_v1.sql")


def _version_one_file(path, rows):
    """A file as version 1 left it (the first release's schema): no uniqueness rule, so
    shared numbers are possible."""
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    con.executemany("INSERT INTO customer (name, phone, phone2, notes, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, '2025-01-01 09:00:00', '2025-01-01 09:00:00')", rows)
    con.commit()
    con.close()


SHARED = [("张三", "13812345601", "", ""), ("张三丰", "13812345601", "13900000009", "老客户"),
          ("李四", "13900000002", "13812345601", ""), ("王五", "13700000003", "", "")]


def test_a_version_one_file_with_shared_numbers_migrates_and_says_so(tmp_path):
    path = tmp_path / "shop.db"
    _version_one_file(path, SHARED)
    info = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert info.migrated_from == 1 and info.safety_backup is not None
        assert len(info.notices) == 2
        assert all("13812345601" in n for n in info.notices)
        rows = {c.name: (c.phone, c.phone2, c.notes) for c in Customer.select()}
        assert rows["张三"] == ("13812345601", "", "")
        assert rows["张三丰"][0:2] == ("", "13900000009")
        assert "13812345601" in rows["张三丰"][2] and rows["张三丰"][2].startswith("老客户\n")
        assert rows["李四"][0:2] == ("13900000002", "")
        assert "13812345601" in rows["李四"][2]
        with pytest.raises(IntegrityError):
            Customer.create(name="赵六", phone="13812345601")
    finally:
        close_store()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    con.close()


def test_a_version_one_file_without_shared_numbers_is_left_as_it_was(tmp_path):
    path = tmp_path / "shop.db"
    _version_one_file(path, [("张三", "13812345601", "", "原样")])
    info = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert info.migrated_from == 1 and info.notices == ()
        assert Customer.get().notes == "原样"
    finally:
        close_store()
