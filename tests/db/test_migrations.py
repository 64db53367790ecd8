"""A version-1 file (the first release's schema) migrates to the current schema, keeping
its data and re-deriving what the new rules compute differently."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dealerdesk.db.migrations import LATEST_VERSION

V1_SCHEMA = Path(__file__).with_name("schema_v1.sql")
# Keys as version 1 derived them: 阚 read Han, one reading per name.
V1_CUSTOMERS = [
    (1, "阚飞", "hanfei", "hf", "13800000001", 0, None, None, 0),
    (2, "单国梅", "shanguomei", "sgm", "13800000002", 0, None, None, 0),
    (3, "张三", "zhangsan", "zs", "13800000003", 1, 6, 1, 1),  # born 闰六月初一
]


def _v1_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    con.executemany(
        "INSERT INTO customer (id, name, name_pinyin, name_initials, phone, lunar_birthday, "
        "lunar_month, lunar_day, lunar_leap, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?, '2020-01-01 10:00:00', '2020-01-01 10:00:00')",
        V1_CUSTOMERS)
    con.commit()
    con.close()
    return path


def _schema(path: Path) -> dict[str, set[str]]:
    """Every table's columns and every index and trigger name, as SQLite reports them."""
    con = sqlite3.connect(path)
    names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    found = {t: {row[1] for row in con.execute(f'PRAGMA table_info("{t}")')} for t in names}
    for kind in ("index", "trigger"):
        found[kind] = {n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type=? AND sql IS NOT NULL", (kind,))}
    con.close()
    return found


@pytest.fixture
def migrated(data_dir):
    from dealerdesk.services.store import close_store, open_store

    path = _v1_file(data_dir / "old.db")
    info = open_store(path, backup_dir=data_dir / "backups")
    yield path, info
    close_store()


def test_a_version_1_file_reaches_the_current_schema(migrated, data_dir):
    from dealerdesk.services.store import close_store, open_store

    path, info = migrated
    assert info.migrated_from == 1
    assert info.safety_backup is not None and info.safety_backup.exists()
    close_store()
    fresh = data_dir / "fresh.db"
    open_store(fresh, backup_dir=data_dir / "backups")
    close_store()
    assert _schema(path) == _schema(fresh)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    con.close()
    open_store(path, backup_dir=data_dir / "backups")


def test_names_are_indexed_again_by_both_readings(migrated):
    from dealerdesk.services.search import search

    assert [h.name for h in search("kf")] == ["阚飞"]
    assert [h.name for h in search("hf")] == ["阚飞"]  # the everyday reading of 阚
    assert [h.name for h in search("dgm")] == ["单国梅"]
    assert [h.name for h in search("sgm")] == ["单国梅"]


def test_migration_keeps_the_data_and_writes_no_audit_entries(migrated):
    from dealerdesk.db.api import scalar
    from dealerdesk.services.customers import get_customer

    customer = get_customer(3)
    assert (customer.lunar_month, customer.lunar_day, customer.lunar_leap) == (6, 1, True)
    assert customer.lunar_leap_kept is False  # the ordinary month, the new default
    assert customer.phone == "13800000003"
    assert str(customer.updated_at) == "2020-01-01 10:00:00"
    assert scalar("SELECT count(*) FROM audit_log WHERE action = 'update'") == 0
