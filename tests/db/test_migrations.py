"""A version-1 file (the first release's schema) migrates to the current schema, keeping
its data and re-deriving what the new rules compute differently. Two version-1 files are
used: one made from tests/db/schema_v1.sql, and one written by version 1 itself with staff
and audit entries (tests/db/data/version1.db.gz)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from dealerdesk.db import migrations
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


# ---- the file version 1 wrote -------------------------------------------------------

V1 = Path(__file__).parent / "data" / "version1.db.gz"


@pytest.fixture
def old_file(data_dir) -> Path:
    path = data_dir / "shop.db"
    with gzip.open(V1) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _columns(con, table):
    return {r[1:] for r in con.execute(f"PRAGMA table_info({table})")}


def test_a_version_1_file_migrates_and_keeps_its_data(old_file, data_dir):
    from dealerdesk.services.staff import list_staff
    from dealerdesk.services.store import close_store, open_store

    before = sqlite3.connect(old_file)
    assert before.execute("PRAGMA user_version").fetchone()[0] == 1
    old_audit = before.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    before.close()
    info = open_store(old_file, backup_dir=data_dir / "backups")
    try:
        assert info.migrated_from == 1 and info.safety_backup is not None
        staff = list_staff()
        assert {m.name for m in staff} == {"王经理", "李明"}
        assert {m.role for m in staff} == {"salesperson"} and not any(m.has_pin for m in staff)
    finally:
        close_store()
    con = sqlite3.connect(old_file)
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert {"role", "pin_hash", "pin_salt", "failed_pins"} <= {c[0] for c in _columns(con, "staff")}
    assert {"changes", "customer_id", "via", "rows", "erased"} <= {
        c[0] for c in _columns(con, "audit_log")}
    assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] == old_audit
    # old entries about a customer now belong to that customer
    assert con.execute("SELECT count(*) FROM audit_log WHERE table_name = 'customer' "
                       "AND customer_id IS NOT row_id").fetchone()[0] == 0
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"audit_log_no_update", "audit_log_no_delete", "audit_setting_insert"} <= triggers


def test_the_migrated_schema_matches_a_new_file(old_file, data_dir):
    from dealerdesk.services.store import close_store, open_store

    open_store(old_file, backup_dir=data_dir / "backups")
    close_store()
    fresh = data_dir / "fresh.db"
    open_store(fresh, backup_dir=data_dir / "backups")
    close_store()
    old, new = sqlite3.connect(old_file), sqlite3.connect(fresh)
    tables = [r[0] for r in new.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
        "AND name NOT LIKE 'sqlite%'")]
    for table in tables:
        assert _columns(old, table) == _columns(new, table), table
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert old.execute(triggers).fetchall() == new.execute(triggers).fetchall()


def test_version_5_adds_service_visits_audited_like_the_other_records(old_file, data_dir):
    from dealerdesk.services.store import close_store, open_store

    open_store(old_file, backup_dir=data_dir / "backups")
    close_store()
    con = sqlite3.connect(old_file)
    assert LATEST_VERSION >= 5
    columns = {c[0] for c in _columns(con, "service_visit")}
    assert {"customer_id", "vehicle_id", "visited_on", "mileage_km", "kind", "amount_cents",
            "paid_by", "ledger_entry_id", "notes", "staff_id"} <= columns
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger' "
                                          "AND tbl_name = 'service_visit'")}
    assert len(triggers) == 3
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index' "
                                         "AND tbl_name = 'service_visit'")}
    assert any("customer_id_visited_on" in name for name in indexes)


def test_version_6_gives_customers_vehicles_cards_and_settings_a_version(old_file, data_dir):
    from dealerdesk.services.store import close_store, open_store

    open_store(old_file, backup_dir=data_dir / "backups")
    close_store()
    con = sqlite3.connect(old_file)
    assert LATEST_VERSION >= 6
    for table in ("customer", "vehicle", "membership_card", "setting"):
        assert "version" in {c[0] for c in _columns(con, table)}, table
        assert con.execute(f"SELECT COUNT(*) FROM {table} WHERE version IS NULL OR version < 1"
                           ).fetchone()[0] == 0
