"""Pausing triggers and text indexes (a migration, demo data, an import): whatever fails
inside the block, every trigger is back and working after it, and the transaction around
it can go on. Run on the server too (DEALERDESK_TEST_BACKEND=postgresql)."""

import pytest

from dealerdesk.db import engine
from dealerdesk.db.api import atomic, scalar
from dealerdesk.db.database import DATABASE_ERRORS, db
from dealerdesk.services.staff import add_staff


class Boom(Exception):
    pass


def _triggers() -> set[str]:
    """The triggers in force (on the server: not disabled)."""
    if engine.is_server():
        sql = ("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
               "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
               "AND c.relnamespace = current_schema()::regnamespace")
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {r[0] for r in db.execute_sql(sql).fetchall()}


def _audit_count() -> int:
    return int(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'staff'"))


def _paused(kind):
    sql = engine.sql_for()
    return {
        "audit": lambda: sql.audit_paused(db.obj, "staff", "update"),
        "text": lambda: sql.text_indexes_paused(db),
        "insert": lambda: sql.insert_triggers_paused(db),
    }[kind]()


KINDS = ["audit", "text", "insert"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_inside_leaves_every_trigger_in_place(store, staff, kind):
    before = _triggers()
    with atomic():
        with pytest.raises(Boom):
            with _paused(kind):
                raise Boom
    assert _triggers() == before
    count = _audit_count()
    db.execute_sql("UPDATE staff SET name = '王芳' WHERE id = ?", (staff.id,))
    assert _audit_count() == count + 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_statement_inside_leaves_the_transaction_usable(store, staff, kind):
    before = _triggers()
    with atomic():
        with pytest.raises(DATABASE_ERRORS):
            with _paused(kind):
                db.execute_sql("UPDATE staff SET name = NULL WHERE id = ?", (staff.id,))
        db.execute_sql("UPDATE staff SET phone = '13900009999' WHERE id = ?", (staff.id,))
    assert _triggers() == before
    assert scalar("SELECT phone FROM staff WHERE id = ?", (staff.id,)) == "13900009999"


def test_pausing_the_audit_of_one_action_keeps_the_others(store, staff):
    sql = engine.sql_for()
    with atomic():
        with sql.audit_paused(db.obj, "staff", "update"):
            count = _audit_count()
            db.execute_sql("UPDATE staff SET name = '王芳' WHERE id = ?", (staff.id,))
            assert _audit_count() == count
            add_staff(name="赵六", phone="13900003333")
            assert _audit_count() == count + 1
    db.execute_sql("UPDATE staff SET name = '李明' WHERE id = ?", (staff.id,))
    assert _audit_count() == count + 2
