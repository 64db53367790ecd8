"""A file made by version 1 (kept as tests/db/data/version1.db.gz) migrates forward."""

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from dealerdesk.db import migrations

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
