"""Opening files: our own id, refusal of foreign and empty files, pragmas, triggers."""

import sqlite3

import pytest

from dealerdesk.db.database import APPLICATION_ID, DamagedFile, NotOurFile
from dealerdesk.db.migrations import LATEST_VERSION
from dealerdesk.services.store import close_store, open_store

# About the SQLite file itself; the server's side is in test_postgres.py.
pytestmark = pytest.mark.sqlite_only


def test_new_file_gets_our_id_version_and_wal(store):
    con = sqlite3.connect(store)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_pragmas_on_the_open_connection(store):
    from dealerdesk.db.api import scalar

    assert scalar("PRAGMA foreign_keys") == 1
    assert scalar("PRAGMA synchronous") == 2  # FULL


def test_zero_byte_file_is_damaged_not_new(tmp_path):
    path = tmp_path / "shop.db"
    path.write_bytes(b"")
    with pytest.raises(DamagedFile):
        open_store(path, backup_dir=tmp_path / "b")
    assert path.stat().st_size == 0  # left as it was


def test_foreign_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotOurFile):
        open_store(path, backup_dir=tmp_path / "b")
    assert path.read_bytes() == before


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("hello")
    with pytest.raises(NotOurFile):
        open_store(path, backup_dir=tmp_path / "b")


def test_reopen_keeps_data(store, staff):
    close_store()
    open_store(store, backup_dir=store.parent / "b")
    from dealerdesk.services.staff import list_staff

    assert [s.name for s in list_staff()] == ["李明"]


def test_ledger_is_append_only(store, staff):
    from dealerdesk.db.api import execute_sql, scalar

    execute_sql("INSERT INTO membership_level (name, fee_cents, term_years, parts_discount_pct, "
                "labour_discount_pct, points_per_100_yuan, benefits, colour, sort_order, active)"
                " VALUES ('金卡', 0, 1, 0, 0, 0, '', '#000', 0, 1)")
    execute_sql("INSERT INTO customer (name, phone, created_at, updated_at) "
                "VALUES ('张三', '13800000000', '2026-01-01', '2026-01-01')")
    execute_sql("INSERT INTO membership_card (card_no, customer_id, level_id, issued_on, "
                "expires_on, status, created_at) VALUES ('X1', 1, 1, '2026-01-01', '2027-01-01',"
                " 'active', '2026-01-01')")
    execute_sql("INSERT INTO ledger_entry (card_id, at, kind, amount_cents, paid_cents, points,"
                " uses, balance_after_cents, points_after, note) "
                "VALUES (1, '2026-01-01', 'top_up', 100, 100, 0, 0, 100, 0, '')")
    with pytest.raises(Exception, match="never changed"):
        execute_sql("UPDATE ledger_entry SET amount_cents = 5")
    with pytest.raises(Exception, match="never deleted"):
        execute_sql("DELETE FROM ledger_entry")
    assert scalar("SELECT amount_cents FROM ledger_entry") == 100


def test_audit_log_records_operator(store, staff):
    from dealerdesk.db.api import scalar

    assert scalar("SELECT operator FROM audit_log WHERE table_name='staff'") == "tester"


def test_secure_delete_is_set_by_the_program(store):
    """The erase promise must not depend on how SQLite was built."""
    from dealerdesk.db.api import scalar

    assert scalar("PRAGMA secure_delete") == 1


def test_checkpoint_empties_the_wal(store, staff):
    """After an import and every few minutes: what the WAL holds goes into the file."""
    import os

    from dealerdesk.services.staff import add_staff
    from dealerdesk.services.store import checkpoint

    for i in range(20):
        add_staff(name=f"员工{i}", phone=f"1390000{i:04d}")
    assert os.path.getsize(f"{store}-wal") > 0
    assert checkpoint()
    assert os.path.getsize(f"{store}-wal") == 0


def test_held_writes_refuse_every_write_and_allow_reads(store, staff):
    from dealerdesk.db.database import DATABASE_ERRORS, hold_writes
    from dealerdesk.services.staff import add_staff, list_staff

    hold_writes(True)
    try:
        with pytest.raises(DATABASE_ERRORS):
            add_staff(name="王芳", phone="13900002222")
        assert [s.name for s in list_staff()] == ["李明"]
    finally:
        hold_writes(False)
    add_staff(name="王芳", phone="13900002222")
