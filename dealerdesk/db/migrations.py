"""Schema versions: a new file gets the current schema; an older one is migrated forward.

The version lives in `PRAGMA user_version` (on the shop's server, in the dealerdesk_meta
table, and an advisory lock keeps two PCs from migrating at once). Each step is code in
this module (never a script read from disk, which a frozen bundle would not have), and
all pending steps run in one transaction after the caller has taken a backup.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from dealerdesk.db.database import APPLICATION_ID, StorageError
from dealerdesk.db.engine import is_server, sql_for
from dealerdesk.db.models import ALL_MODELS, Customer

Step = Callable[[Database], None]


def reindex_names(database: Database) -> None:
    """Recompute every customer's pinyin search keys from their name.

    For a change of the reading rules (domain/pinyin.py). Not an edit of the customers:
    the audit log and updated_at are left alone.
    """
    from dealerdesk.domain.pinyin import name_index

    rows = database.execute_sql("SELECT id, name FROM customer").fetchall()
    keys = ((*name_index(name or "").columns().values(), cid) for cid, name in rows)
    sql = ("UPDATE customer SET name_pinyin = ?, name_initials = ?, name_pinyin_alt = ?, "
           "name_initials_alt = ? WHERE id = ?")
    with sql_for(database).audit_paused(database, "customer", "update"):
        if is_server(database):
            database.execute_many(sql, keys)
        else:
            database.connection().executemany(sql, keys)


def _name_keys_and_leap_month_choice(database: Database) -> None:
    """Both readings of each name as search keys (surname readings corrected: 阚 Kan, 佴
    Nai, 乜 Nie, 卜 Bu...), and whether a leap-month birthday is kept in the leap month."""
    migrator = SchemaMigrator.from_database(database)
    columns = ("name_pinyin_alt", "name_initials_alt", "lunar_leap_kept")
    # Each column comes with its NOT NULL DEFAULT and, for the keys, its index.
    run_operations(*(migrator.add_column("customer", name, Customer._meta.fields[name],
                                         allow_not_null=True) for name in columns))
    reindex_names(database)


# What the last migrate() had to tell the user (a step that changed data to make room for
# a new rule says which records and why); open_store hands it on.
NOTICES: list[str] = []


def _unique_live_phones(database: Database) -> None:
    """Version 3: the database refuses a phone number that a live customer already has.

    Files from version 1 may hold such pairs (imports, two windows). The later customer's
    copy of the number moves into their notes (nothing is lost) and is listed for the user,
    who can then merge the two; only then is the rule installed.
    """
    from dealerdesk.i18n import translate

    owners: dict[str, tuple[int, str]] = {}
    rows = database.execute_sql(
        "SELECT id, name, phone, phone2 FROM customer WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()
    for cid, name, phone, phone2 in rows:
        for column, number in (("phone", phone), ("phone2", phone2)):
            if not number:
                continue
            if number not in owners or owners[number][0] == cid:
                owners.setdefault(number, (cid, name))
                continue
            other, other_name = owners[number]
            note = translate(
                "Storage",
                "Phone {phone} moved here from the phone field by an upgrade: customer "
                "no. {other} ({other_name}) has the same number.",
            ).format(phone=number, other=other, other_name=other_name)
            database.execute_sql(
                f"UPDATE customer SET {column} = '', notes = CASE WHEN notes = '' THEN ? "
                "ELSE notes || char(10) || ? END WHERE id = ?", (note, note, cid))
            NOTICES.append(translate(
                "Storage",
                "Customers no. {other} ({other_name}) and no. {id} ({name}) had the same phone "
                "number {phone}; it stays with no. {other} and is in the notes of no. {id}. "
                "Merge them if they are the same person.",
            ).format(other=other, other_name=other_name, id=cid, name=name, phone=number))
    sql_for(database).install_unique_phones(database)


# Version 4: (table, column, definition). Plain ADD COLUMN: the table is never copied, so
# the triggers and full-text indexes that refer to it stay valid.
V4_COLUMNS = [
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
    """Version 4: PINs and roles for staff, before/after values and events in the audit
    log, the hand-over record. The audit triggers are remade by install_triggers()."""
    from dealerdesk.db.models import AuditLog, Handover, HandoverRow

    for table, column, definition in V4_COLUMNS:
        database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
    database.create_tables([AuditLog, Handover, HandoverRow])  # new indexes and tables
    # Entries written before version 4 belong to the customer they are about.
    database.execute_sql(
        "UPDATE audit_log SET customer_id = row_id WHERE table_name = 'customer'")
    for table in ("vehicle", "follow_up", "membership_card"):
        database.execute_sql(
            f"UPDATE audit_log SET customer_id = (SELECT customer_id FROM {table} "
            f"WHERE {table}.id = audit_log.row_id) WHERE table_name = '{table}'")


def _add_service_visits(database: Database) -> None:
    """Version 5: the service visit (到店消费), with its indexes; audited like the other
    records by the triggers install_triggers() makes."""
    from dealerdesk.db.models import ServiceVisit

    database.create_tables([ServiceVisit])


VERSIONED = ("customer", "vehicle", "membership_card", "setting")


def _add_row_versions(database: Database) -> None:
    """Version 6: customers, vehicles, cards and settings carry a version, raised with each
    change (by a trigger, see install_row_versions), so that a form opened before another
    PC's change cannot save over it unseen."""
    for table in VERSIONED:
        database.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1')


# MIGRATIONS[i] brings a database from version i+1 to version i+2.
MIGRATIONS: list[Step] = [
    _name_keys_and_leap_month_choice,
    _unique_live_phones,
    _add_staff_roles_and_audit_values,
    _add_service_visits,
    _add_row_versions,
]
LATEST_VERSION = 1 + len(MIGRATIONS)


class NewerSchema(StorageError):
    """The file was written by a newer DealerDesk than this one."""


def schema_version(database: Database) -> int:
    return int(sql_for(database).get_user_version(database))


def needs_migration(database: Database) -> bool:
    """True when the file holds an older schema that `migrate` would upgrade."""
    version = schema_version(database)
    return 0 < version < LATEST_VERSION


def create_schema(database: Database) -> None:
    """Give a brand-new, empty file the current schema and our application id."""
    engine = sql_for(database)
    with database.atomic():
        if is_server(database):
            engine.lock_migrations(database)
            if engine.get_user_version(database):
                return  # another PC made it meanwhile
            engine.prepare(database)
        database.create_tables(ALL_MODELS)
        install_schema_objects(database)
        engine.set_application_id(database, APPLICATION_ID)
        engine.set_user_version(database, LATEST_VERSION)


def migrate(database: Database) -> int:
    """Bring the schema to LATEST_VERSION; return the version the file had before.

    The version is read again inside the transaction (which holds the write lock): two
    programs opening the same old file at once must not run the steps twice.
    """
    NOTICES.clear()
    version = schema_version(database)
    if version == 0:
        create_schema(database)
        return 0
    _refuse_newer(version)
    if version == LATEST_VERSION:
        if is_server(database):
            from dealerdesk.db import postgres_live

            postgres_live.ensure_change_notices(database)  # a server made before them
        return version
    engine = sql_for(database)
    with database.atomic():
        if is_server(database):
            engine.lock_migrations(database)  # two PCs never migrate at once
        version = schema_version(database)
        _refuse_newer(version)
        for step in MIGRATIONS[version - 1 :]:
            step(database)
        install_schema_objects(database)
        engine.set_user_version(database, LATEST_VERSION)
    return version


def install_schema_objects(database: Database) -> None:
    """What every DealerDesk database carries beside its tables, made in one place for a new
    database, a migrated one and a moved copy: the audit triggers and guards, row
    versions, the search indexes, unique live phones and, on the server, the change
    notices. Each step is idempotent; call inside the transaction that made the tables."""
    engine = sql_for(database)
    engine.install_triggers(database)
    engine.install_row_versions(database)
    engine.install_note_index(database)
    engine.install_phone_index(database)
    engine.install_unique_phones(database)
    if is_server(database):
        from dealerdesk.db import postgres_live

        postgres_live.install_change_notices(database)


def _refuse_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise NewerSchema(
            "This database was made by a newer version of DealerDesk. "
            "Install the newer version to open it."
        )
