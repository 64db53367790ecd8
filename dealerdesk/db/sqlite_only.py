"""SQL that only SQLite understands: audit triggers and the append-only ledger guard.

Everything SQLite-specific lives here, so that a PostgreSQL backend later replaces one
module. Triggers are used rather than Python hooks so that no code path (services,
import, a script, a bulk `executemany`) can change an audited record unseen.
"""

from __future__ import annotations

from peewee import Database

from dealerdesk.db.models import AUDITED_MODELS


def _audit_trigger(table: str, action: str) -> str:
    row = "OLD" if action == "delete" else "NEW"
    when = {"insert": "AFTER INSERT", "update": "AFTER UPDATE", "delete": "AFTER DELETE"}[action]
    return (
        f"CREATE TRIGGER IF NOT EXISTS audit_{table}_{action} {when} ON {table} "
        "BEGIN INSERT INTO audit_log (at, operator, table_name, row_id, action) VALUES ("
        "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), "
        "COALESCE((SELECT name FROM session_operator WHERE id = 1), ''), "
        f"'{table}', {row}.id, '{action}'); END"
    )


LEDGER_GUARDS = [
    "CREATE TRIGGER IF NOT EXISTS ledger_entry_no_update BEFORE UPDATE ON ledger_entry "
    "BEGIN SELECT RAISE(ABORT, 'ledger entries are never changed: add a reversing entry'); END",
    "CREATE TRIGGER IF NOT EXISTS ledger_entry_no_delete BEFORE DELETE ON ledger_entry "
    "BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted: add a reversing entry'); END",
]


def install_triggers(database: Database) -> None:
    """Create the audit triggers and the ledger guards (idempotent)."""
    for model in AUDITED_MODELS:
        table = model._meta.table_name
        for action in ("insert", "update", "delete"):
            database.execute_sql(_audit_trigger(table, action))
    for sql in LEDGER_GUARDS:
        database.execute_sql(sql)


def set_application_id(database: Database, app_id: int) -> None:
    database.execute_sql(f"PRAGMA application_id = {int(app_id)}")


def get_user_version(database: Database) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def set_user_version(database: Database, version: int) -> None:
    database.execute_sql(f"PRAGMA user_version = {int(version)}")


def vacuum(database: Database) -> None:
    """Rewrite the file so that erased personal data leaves no trace in free pages."""
    database.execute_sql("VACUUM")
