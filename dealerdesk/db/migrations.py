"""Schema versions: a new file gets the current schema; an older one is migrated forward.

The version lives in `PRAGMA user_version`. Each step is code in this module (never a
script read from disk, which a frozen bundle would not have), and all pending steps run
in one transaction after the caller has taken a backup.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from dealerdesk.db import sqlite_only
from dealerdesk.db.database import APPLICATION_ID, StorageError
from dealerdesk.db.models import ALL_MODELS

Step = Callable[[Database], None]


# Version 2: (table, column, definition). Plain ADD COLUMN: the table is never copied, so
# the triggers and full-text indexes that refer to it stay valid.
V2_COLUMNS = [
    ("staff", "role", "VARCHAR(255) NOT NULL DEFAULT 'salesperson'"),
    ("staff", "pin_hash", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ("staff", "pin_salt", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ("staff", "failed_pins", "INTEGER NOT NULL DEFAULT 0"),
    ("staff", "pin_wait_until", "DATETIME"),
    ("audit_log", "via", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ("audit_log", "customer_id", "INTEGER"),
    ("audit_log", "changes", "TEXT NOT NULL DEFAULT '{}'"),
    ("audit_log", "rows", "INTEGER"),
    ("audit_log", "erased", "INTEGER NOT NULL DEFAULT 0"),
    ("session_operator", "via", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ("session_operator", "staff_id", "INTEGER"),
    ("session_operator", "clock_shift", "INTEGER NOT NULL DEFAULT 0"),
]


def _add_staff_roles_and_audit_values(database: Database) -> None:
    """Version 2: PINs and roles for staff, before/after values and events in the audit
    log, the hand-over record. The audit triggers are remade by install_triggers()."""
    from dealerdesk.db.models import AuditLog, Handover, HandoverRow

    for table, column, definition in V2_COLUMNS:
        database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
    database.create_tables([AuditLog, Handover, HandoverRow])  # new indexes and tables
    # Entries written before version 2 belong to the customer they are about.
    database.execute_sql(
        "UPDATE audit_log SET customer_id = row_id WHERE table_name = 'customer'")
    for table in ("vehicle", "follow_up", "membership_card"):
        database.execute_sql(
            f"UPDATE audit_log SET customer_id = (SELECT customer_id FROM {table} "
            f"WHERE {table}.id = audit_log.row_id) WHERE table_name = '{table}'")
    database.create_tables([Handover, HandoverRow])


# MIGRATIONS[i] brings a database from version i+1 to version i+2.
MIGRATIONS: list[Step] = [_add_staff_roles_and_audit_values]
LATEST_VERSION = 1 + len(MIGRATIONS)


class NewerSchema(StorageError):
    """The file was written by a newer DealerDesk than this one."""


def schema_version(database: Database) -> int:
    return sqlite_only.get_user_version(database)


def needs_migration(database: Database) -> bool:
    """True when the file holds an older schema that `migrate` would upgrade."""
    version = schema_version(database)
    return 0 < version < LATEST_VERSION


def create_schema(database: Database) -> None:
    """Give a brand-new, empty file the current schema and our application id."""
    with database.atomic():
        database.create_tables(ALL_MODELS)
        sqlite_only.install_triggers(database)
        sqlite_only.install_note_index(database)
        sqlite_only.install_phone_index(database)
        sqlite_only.set_application_id(database, APPLICATION_ID)
        sqlite_only.set_user_version(database, LATEST_VERSION)


def migrate(database: Database) -> int:
    """Bring the schema to LATEST_VERSION; return the version the file had before."""
    version = schema_version(database)
    if version == 0:
        create_schema(database)
        return 0
    if version > LATEST_VERSION:
        raise NewerSchema(
            "This database was made by a newer version of DealerDesk. "
            "Install the newer version to open it."
        )
    with database.atomic():
        for step in MIGRATIONS[version - 1 :]:
            step(database)
        sqlite_only.install_triggers(database)
        sqlite_only.install_note_index(database)
        sqlite_only.install_phone_index(database)
        sqlite_only.set_user_version(database, LATEST_VERSION)
    return version
