"""SQL that only SQLite understands: audit triggers, the append-only guards, text indexes.

Everything SQLite-specific lives here, so that a PostgreSQL backend later replaces one
module. Triggers are used rather than Python hooks so that no code path (services,
import, a script, a bulk `executemany`) can change an audited record unseen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from peewee import SQL, Database, DatabaseProxy, SqliteDatabase

from dealerdesk.db.database import SessionRules
from dealerdesk.db.models import (
    AUDIT_SECRET_COLUMNS,
    AUDIT_SKIPPED_COLUMNS,
    AUDIT_SKIPPED_SETTINGS,
    AUDIT_TOMBSTONE,
    AUDITED_MODELS,
    VERSIONED_TABLES,
)


class FileDatabase(SessionRules, SqliteDatabase):
    """A database file on this PC; held writes are PRAGMA query_only on each connection."""

    def _initialize_connection(self, conn: Any) -> None:
        self._rules_for_new(conn)

    def _apply_rules(self, conn: Any, wanted: tuple[Any, ...],
                     before: tuple[Any, ...] | None) -> None:
        (held,) = wanted
        conn.execute(f"PRAGMA query_only = {1 if held else 0}")


# ---- the audit log -------------------------------------------------------------------
# One trigger per audited table and action writes who, when, which record and (for an
# update) the before and after value of every changed column, as JSON built by SQLite
# itself: no code path, script or bulk statement changes an audited record unseen. The
# column lists are read from the table, so a column added by a later version is audited
# without touching this module. An insert records no values (the row holds them; its
# first update records what it had); a delete records the row's last values.

NOW = ("strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime', "
       "COALESCE((SELECT clock_shift FROM session_operator WHERE id = 1), 0) || ' seconds')")
WHO = "COALESCE((SELECT name FROM session_operator WHERE id = 1), '')"
VIA = "COALESCE((SELECT via FROM session_operator WHERE id = 1), '')"
SECRET = "'***'"

# How a row of each table finds its customer (for the customer's own audit view).
CUSTOMER_OF = {
    "customer": "{row}.id",
    "card_package": "(SELECT customer_id FROM membership_card WHERE id = {row}.card_id)",
    "ledger_entry": "(SELECT customer_id FROM membership_card WHERE id = {row}.card_id)",
    "staff": "NULL",
    "setting": "NULL",
}


def _customer_of(table: str, row: str) -> str:
    return CUSTOMER_OF.get(table, "{row}.customer_id").format(row=row)


def _audited_columns(database: Database, table: str) -> list[str]:
    columns = [r[1] for r in database.execute_sql(f"PRAGMA table_info({table})").fetchall()]
    # Sorted: a column added by a migration (at the end of the table) makes the same
    # trigger text as in a new file.
    return sorted(c for c in columns if c != "id" and c not in AUDIT_SKIPPED_COLUMNS)


def _value(row: str, column: str) -> str:
    return SECRET if column in AUDIT_SECRET_COLUMNS else f"{row}.{column}"


def _entry(table: str, row: str, action: str, changes: str) -> str:
    return (
        "INSERT INTO audit_log (at, operator, via, table_name, row_id, customer_id, action, "
        f"changes) VALUES ({NOW}, {WHO}, {VIA}, '{table}', {row}.id, "
        f"{_customer_of(table, row)}, '{action}', {changes});"
    )


def _as_object(pairs: list[str]) -> str:
    """JSON object of the (k, v) rows that `pairs` (SELECTs) yield; '{}' when none do."""
    return ("(SELECT COALESCE(json_group_object(k, json(v)), '{}') FROM ("
            + " UNION ALL ".join(pairs) + "))")


def _audit_triggers(database: Database, table: str) -> dict[str, str]:
    """Name -> CREATE TRIGGER statement of the three audit triggers of `table`."""
    if table == "setting":
        return _setting_triggers()
    columns = _audited_columns(database, table)
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    update = _as_object([
        f"SELECT '{c}' AS k, json_array({_value('OLD', c)}, {_value('NEW', c)}) AS v "
        f"WHERE OLD.{c} IS NOT NEW.{c}" for c in columns])
    delete = _as_object([
        f"SELECT '{c}' AS k, json_array({_value('OLD', c)}, NULL) AS v "
        f"WHERE OLD.{c} IS NOT NULL AND OLD.{c} IS NOT ''" for c in columns])
    return {
        f"audit_{table}_insert": f"CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} "
        f"BEGIN {_entry(table, 'NEW', 'insert', chr(39) + '{}' + chr(39))} END",
        f"audit_{table}_update": f"CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} "
        f"WHEN {changed} BEGIN {_entry(table, 'NEW', 'update', update)} END",
        f"audit_{table}_delete": f"CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} "
        f"BEGIN {_entry(table, 'OLD', 'delete', delete)} END",
    }


def _json_or_text(value: str) -> str:
    return f"CASE WHEN json_valid({value}) THEN json({value}) ELSE {value} END"


def _setting_entry(action: str, before: str, after: str) -> str:
    key = "OLD.key" if "delete" in action else "NEW.key"
    return (
        "INSERT INTO audit_log (at, operator, via, table_name, row_id, action, changes) "
        f"VALUES ({NOW}, {WHO}, {VIA}, 'setting', 0, {action}, json_object({key}, "
        f"json_array({_json_or_text(before)}, {_json_or_text(after)})));"
    )


def _setting_triggers() -> dict[str, str]:
    """Settings are replaced (INSERT OR REPLACE deletes the old row without firing a
    delete trigger), so the value before is read before the insert."""
    before = "(SELECT value FROM setting WHERE key = NEW.key)"
    first_or_not = f"CASE WHEN {before} IS NULL THEN 'insert' ELSE 'update' END"
    insert = _setting_entry(first_or_not, before, "NEW.value")
    update = _setting_entry("'update'", "OLD.value", "NEW.value")
    delete = _setting_entry("'delete'", "OLD.value", "NULL")
    own = ", ".join(f"'{key}'" for key in sorted(AUDIT_SKIPPED_SETTINGS))
    return {
        "audit_setting_insert": "CREATE TRIGGER audit_setting_insert BEFORE INSERT ON setting "
        f"WHEN {before} IS NOT NEW.value AND NEW.key NOT IN ({own}) BEGIN {insert} END",
        "audit_setting_update": "CREATE TRIGGER audit_setting_update AFTER UPDATE ON setting "
        f"WHEN OLD.value IS NOT NEW.value AND NEW.key NOT IN ({own}) BEGIN {update} END",
        "audit_setting_delete": "CREATE TRIGGER audit_setting_delete AFTER DELETE ON setting "
        f"WHEN OLD.key NOT IN ({own}) BEGIN {delete} END",
    }


# The audit log is append-only. The one change allowed is the documented erasure path
# (services/audit.py, erase_personal_values): every value in an entry's changes becomes
# the tombstone, the field names stay, and nothing else of the entry moves.
AUDIT_GUARDS = {
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries are never deleted'); END",
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "WHEN NOT (OLD.erased = 0 AND NEW.erased = 1 AND NEW.id IS OLD.id AND NEW.at IS OLD.at "
    "AND NEW.operator IS OLD.operator AND NEW.via IS OLD.via "
    "AND NEW.table_name IS OLD.table_name AND NEW.row_id IS OLD.row_id "
    "AND NEW.action IS OLD.action AND NEW.customer_id IS OLD.customer_id "
    "AND NEW.rows IS OLD.rows AND json_valid(NEW.changes) "
    "AND (SELECT group_concat(fullkey) FROM json_tree(NEW.changes) WHERE type = 'array') "
    "IS (SELECT group_concat(fullkey) FROM json_tree(OLD.changes) WHERE type = 'array') "
    "AND NOT EXISTS (SELECT 1 FROM json_tree(NEW.changes) "
    f"WHERE type NOT IN ('object', 'array', 'null') AND atom IS NOT '{AUDIT_TOMBSTONE}')) "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries are never changed'); "
    "END",
}

LEDGER_GUARDS = {
    "ledger_entry_no_update": "CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON "
    "ledger_entry BEGIN SELECT RAISE(ABORT, "
    "'ledger entries are never changed: add a reversing entry'); END",
    "ledger_entry_no_delete": "CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON "
    "ledger_entry BEGIN SELECT RAISE(ABORT, "
    "'ledger entries are never deleted: add a reversing entry'); END",
}


def _wanted_triggers(database: Database) -> dict[str, str]:
    wanted: dict[str, str] = {}
    for model in AUDITED_MODELS:
        wanted.update(_audit_triggers(database, model._meta.table_name))
    wanted.update(AUDIT_GUARDS)
    wanted.update(LEDGER_GUARDS)
    return wanted


@contextmanager
def audit_paused(database: Database, table: str, action: str) -> Iterator[None]:
    """Changes that are not users' edits (a migration re-deriving a column) leave no
    audit entries: the trigger is dropped for the block and made again, as it was, after
    it (a migration step runs under the triggers of the file's version)."""
    kept = _drop_triggers(database, [f"audit_{table}_{action}"])
    try:
        yield
    finally:
        _remake_triggers(database, kept)


def _drop_triggers(database: Database | DatabaseProxy, names: list[str]) -> dict[str, str]:
    """Drop the named triggers; return the statements that make them again, by name."""
    marks = ", ".join("?" * len(names))
    kept = dict(database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        names).fetchall())
    for name in names:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    return kept


def _remake_triggers(database: Database | DatabaseProxy, kept: dict[str, str]) -> None:
    """Make the dropped triggers again, those that are missing: after a failure SQLite may
    have rolled the drop back already (a full disk ends the transaction by itself)."""
    present = {name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    for name, sql in kept.items():
        if name not in present:
            database.execute_sql(sql)


def _row_version_trigger(table: str) -> str:
    return (f"CREATE TRIGGER IF NOT EXISTS {table}_version AFTER UPDATE ON {table} "
            f"WHEN NEW.version = OLD.version BEGIN UPDATE {table} SET version = OLD.version + 1 "
            "WHERE id = NEW.id; END")


def install_row_versions(database: Database) -> None:
    """Every change of a customer, vehicle or card raises its version by one (the raise
    itself changes no audited column, so it adds no audit entry). Idempotent."""
    for table in VERSIONED_TABLES:
        database.execute_sql(_row_version_trigger(table))


def install_triggers(database: Database) -> None:
    """Create the audit triggers and the guards; a trigger whose text changed (a column
    was added by a migration) is made anew. Idempotent; call inside the migration's
    transaction."""
    present = dict(database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    for name, sql in _wanted_triggers(database).items():
        if present.get(name) == sql:
            continue
        if name in present:
            database.execute_sql(f"DROP TRIGGER {name}")
        database.execute_sql(sql)


def tombstone_audit_values(database: Database | DatabaseProxy, customer_id: int) -> int:
    """The erasure path: every value in the customer's audit entries becomes the tombstone
    (field names, who and when stay). Returns the number of entries erased."""
    cursor = database.execute_sql(
        "UPDATE audit_log SET erased = 1, changes = COALESCE((SELECT json_group_object(key, "
        "CASE WHEN type = 'array' THEN (SELECT json_group_array(CASE WHEN e.value IS NULL "
        "THEN NULL ELSE ? END) FROM json_each(j.value) AS e) ELSE ? END) "
        "FROM json_each(audit_log.changes) AS j), '{}') "
        "WHERE customer_id = ? AND erased = 0", (AUDIT_TOMBSTONE, AUDIT_TOMBSTONE, customer_id))
    return int(cursor.rowcount)


def set_application_id(database: Database, app_id: int) -> None:
    database.execute_sql(f"PRAGMA application_id = {int(app_id)}")


def get_user_version(database: Database) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def set_user_version(database: Database, version: int) -> None:
    database.execute_sql(f"PRAGMA user_version = {int(version)}")


def reset_sequences(database: Database | DatabaseProxy) -> None:
    """Nothing to do: a new row's id is one more than the largest in its table."""


def refresh_statistics(database: Database) -> None:
    """Sample every index (ANALYZE, about 20 ms at 100,000 customers) for the planner.

    Without statistics SQLite takes `deleted_at IS NULL` for a narrow condition and walks
    an index that starts with it through every live customer, where a lookup of a few ids
    was meant: 20 ms instead of 1 for a page of the customer table or a search.
    """
    database.execute_sql("PRAGMA analysis_limit = 1000")
    database.execute_sql("ANALYZE")


def vacuum(database: Database) -> None:
    """Rewrite the file so that erased personal data leaves no trace in free pages."""
    database.execute_sql("VACUUM")


# ---- follow-up note index --------------------------------------------------------
# A trigram FTS5 index over follow-up notes ("想要一台白色SUV"), kept in step with the
# follow_up table by triggers. Trigram indexing finds any 3+ character part of a note in
# well under a millisecond at 500,000 notes; shorter texts are left to the other matches.

NOTE_INDEX = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS follow_up_fts USING fts5(content, "
    "content='follow_up', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS follow_up_fts_insert AFTER INSERT ON follow_up BEGIN "
    "INSERT INTO follow_up_fts (rowid, content) VALUES (NEW.id, NEW.content); END",
    "CREATE TRIGGER IF NOT EXISTS follow_up_fts_delete AFTER DELETE ON follow_up BEGIN "
    "INSERT INTO follow_up_fts (follow_up_fts, rowid, content) "
    "VALUES ('delete', OLD.id, OLD.content); END",
    "CREATE TRIGGER IF NOT EXISTS follow_up_fts_update AFTER UPDATE OF content ON follow_up "
    "BEGIN INSERT INTO follow_up_fts (follow_up_fts, rowid, content) "
    "VALUES ('delete', OLD.id, OLD.content); "
    "INSERT INTO follow_up_fts (rowid, content) VALUES (NEW.id, NEW.content); END",
]
NOTE_MIN_CHARS = 3


def install_note_index(database: Database) -> None:
    """Create the note index and its triggers; fill it when it is new (idempotent)."""
    existed = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'follow_up_fts'").fetchone()
    for sql in NOTE_INDEX:
        database.execute_sql(sql)
    if not existed:
        database.execute_sql("INSERT INTO follow_up_fts (follow_up_fts) VALUES ('rebuild')")


@contextmanager
def text_indexes_paused(database: Database | DatabaseProxy) -> Iterator[None]:
    """For a bulk load of customers and follow-ups: no per-row trigger on the note and
    phone indexes, one rebuild of each at the end.

    Call inside the load's transaction, so that the indexes and the rows land together.
    """
    database.execute_sql("DROP TRIGGER IF EXISTS follow_up_fts_insert")
    database.execute_sql("DROP TRIGGER IF EXISTS customer_phone_fts_insert")
    try:
        yield
    finally:  # CREATE ... IF NOT EXISTS: after a failure the drop may be rolled back
        database.execute_sql(NOTE_INDEX[1])
        database.execute_sql(PHONE_INDEX[1])
    database.execute_sql("INSERT INTO follow_up_fts (follow_up_fts) VALUES ('rebuild')")
    database.execute_sql("INSERT INTO customer_phone_fts (customer_phone_fts) VALUES ('rebuild')")


# ---- phone digit index --------------------------------------------------------------
# "Any 4 or more digits of a phone number" is a substring search that no ordinary index
# helps: a LIKE '%5678%' over both phone columns reads every customer (25-50 ms at
# 100,000). A trigram FTS5 index over the two columns answers in well under a millisecond.

PHONE_INDEX = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS customer_phone_fts USING fts5(phone, phone2, "
    "content='customer', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS customer_phone_fts_insert AFTER INSERT ON customer BEGIN "
    "INSERT INTO customer_phone_fts (rowid, phone, phone2) "
    "VALUES (NEW.id, NEW.phone, NEW.phone2); END",
    "CREATE TRIGGER IF NOT EXISTS customer_phone_fts_delete AFTER DELETE ON customer BEGIN "
    "INSERT INTO customer_phone_fts (customer_phone_fts, rowid, phone, phone2) "
    "VALUES ('delete', OLD.id, OLD.phone, OLD.phone2); END",
    "CREATE TRIGGER IF NOT EXISTS customer_phone_fts_update AFTER UPDATE OF phone, phone2 "
    "ON customer BEGIN INSERT INTO customer_phone_fts (customer_phone_fts, rowid, phone, phone2) "
    "VALUES ('delete', OLD.id, OLD.phone, OLD.phone2); "
    "INSERT INTO customer_phone_fts (rowid, phone, phone2) "
    "VALUES (NEW.id, NEW.phone, NEW.phone2); END",
]


def install_phone_index(database: Database) -> None:
    """Create the phone digit index and its triggers; fill it when it is new (idempotent)."""
    existed = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'customer_phone_fts'").fetchone()
    for sql in PHONE_INDEX:
        database.execute_sql(sql)
    if not existed:
        database.execute_sql(
            "INSERT INTO customer_phone_fts (customer_phone_fts) VALUES ('rebuild')")


def contains_condition(field: Any, text: str) -> Any:
    """`field` contains `text`; LIKE ignores the case of Latin letters."""
    return field.contains(text)


def phone_digits_condition(id_field: Any, digits: str) -> Any:
    """A condition on a customer id column: that customer's phones contain `digits`."""
    phrase = '"' + digits.replace('"', '""') + '"'
    return id_field.in_(SQL(
        "(SELECT rowid FROM customer_phone_fts WHERE customer_phone_fts MATCH ?)", [phrase]))


def search_notes(database: Database | DatabaseProxy, text: str,
                 limit: int) -> list[tuple[int, int, str]]:
    """(follow-up id, customer id, note) of the newest live notes containing `text`."""
    if len(text) < NOTE_MIN_CHARS:
        return []
    phrase = '"' + text.replace('"', '""') + '"'
    return list(database.execute_sql(
        "SELECT f.id, f.customer_id, f.content FROM "
        "(SELECT rowid AS id FROM follow_up_fts WHERE follow_up_fts MATCH ? "
        " ORDER BY rowid DESC LIMIT ?) AS m "
        "JOIN follow_up f ON f.id = m.id JOIN customer c ON c.id = f.customer_id "
        "WHERE c.deleted_at IS NULL ORDER BY f.id DESC", (phrase, limit)).fetchall())


def count_first_contact_within(database: Database | DatabaseProxy, start: str, end: str,
                               hours: int, owner_id: int | None) -> int:
    """Live customers recorded in [start, end) whose first follow-up came within `hours`.

    Date arithmetic on stored moments is SQLite's own (`datetime(x, '+24 hours')`), so it
    lives here; it reads the denormalised first_followup_at, one covering index range.
    """
    owner = "AND owner_id = ? " if owner_id is not None else ""
    params: list[object] = [start, end] + ([owner_id] if owner_id is not None else [])
    return int(database.execute_sql(
        "SELECT COUNT(*) FROM customer WHERE deleted_at IS NULL AND created_at >= ? "
        f"AND created_at < ? {owner}AND first_followup_at >= created_at "
        f"AND first_followup_at <= datetime(created_at, '+{int(hours)} hours')",
        params).fetchone()[0])


# ---- unique live phone numbers ------------------------------------------------------
# A phone number belongs to one live customer (customers in the recycle bin keep theirs
# but do not count): two partial unique indexes, one per column, and triggers for the
# case the indexes cannot see, a number in `phone` of one customer and `phone2` of
# another. The services check first and say which customer has the number; this is the
# guarantee that no path (two imports at once, a script) can store it twice.

PHONE_TAKEN = "UNIQUE constraint failed: a live customer already has this phone number"


def _cross_check(row: str) -> str:
    return (
        f"SELECT RAISE(ABORT, '{PHONE_TAKEN}') WHERE {row}.phone <> '' AND EXISTS ("
        f"SELECT 1 FROM customer WHERE phone2 = {row}.phone AND phone2 <> '' "
        f"AND deleted_at IS NULL AND id IS NOT {row}.id); "
        f"SELECT RAISE(ABORT, '{PHONE_TAKEN}') WHERE {row}.phone2 <> '' AND EXISTS ("
        f"SELECT 1 FROM customer WHERE phone = {row}.phone2 AND phone <> '' "
        f"AND deleted_at IS NULL AND id IS NOT {row}.id); "
    )


UNIQUE_PHONES = [
    "CREATE UNIQUE INDEX IF NOT EXISTS customer_live_phone ON customer (phone) "
    "WHERE deleted_at IS NULL AND phone <> ''",
    "CREATE UNIQUE INDEX IF NOT EXISTS customer_live_phone2 ON customer (phone2) "
    "WHERE deleted_at IS NULL AND phone2 <> ''",
    "CREATE TRIGGER IF NOT EXISTS customer_phone_unique_insert BEFORE INSERT ON customer "
    "WHEN NEW.deleted_at IS NULL AND (NEW.phone <> '' OR NEW.phone2 <> '') BEGIN "
    + _cross_check("NEW") + "END",
    "CREATE TRIGGER IF NOT EXISTS customer_phone_unique_update "
    "BEFORE UPDATE OF phone, phone2, deleted_at ON customer "
    "WHEN NEW.deleted_at IS NULL AND (NEW.phone <> '' OR NEW.phone2 <> '') BEGIN "
    + _cross_check("NEW") + "END",
]


def install_unique_phones(database: Database) -> None:
    """Make the database refuse a phone number a live customer already has (idempotent).

    Fails with IntegrityError when live customers already share a number: free those
    first (migrations does, and says so).
    """
    for sql in UNIQUE_PHONES:
        database.execute_sql(sql)


# ---- imports: set-based instead of per-row insert triggers ---------------------------
# An import inserts thousands of customers, cars and follow-ups in one transaction. Each
# insert fires an audit trigger, a text-index trigger and the shared-phone check: three
# small programs a row, most of an import's time. Inside the import's transaction (which
# holds the write lock, so no other writer can insert unseen) those triggers are dropped,
# and the same work is done afterwards by one statement each over the new rows. When
# anything fails the rollback brings the triggers back with everything else.

_PAUSED = [
    "audit_customer_insert", "audit_vehicle_insert", "audit_follow_up_insert",
    "customer_phone_fts_insert", "follow_up_fts_insert", "customer_phone_unique_insert",
]
_SHARED_PHONE = (
    "SELECT n.phone FROM customer n JOIN customer o ON o.phone2 = n.phone "
    "WHERE n.id >= ? AND n.phone <> '' AND n.deleted_at IS NULL AND o.phone2 <> '' "
    "AND o.deleted_at IS NULL AND o.id <> n.id "
    "UNION ALL SELECT n.phone2 FROM customer n JOIN customer o ON o.phone = n.phone2 "
    "WHERE n.id >= ? AND n.phone2 <> '' AND n.deleted_at IS NULL AND o.phone <> '' "
    "AND o.deleted_at IS NULL AND o.id <> n.id LIMIT 1"
)


def _audit_rows(table: str) -> str:
    """What the audit insert trigger writes, for every row of `table` from id ? on."""
    return (
        "INSERT INTO audit_log (at, operator, via, table_name, row_id, customer_id, action, "
        f"changes) SELECT {NOW}, {WHO}, {VIA}, '{table}', id, {_customer_of(table, table)}, "
        f"'insert', '{{}}' FROM {table} WHERE id >= ? ORDER BY id"
    )


@contextmanager
def insert_triggers_paused(database: Database | DatabaseProxy) -> Iterator[None]:
    """Within an import's transaction: insert customers, cars and follow-ups without the
    per-row triggers; at the end audit, index and check the new rows in one go each.

    Raises IntegrityError (from the driver) when a new row shares a live phone number.
    """
    import sqlite3

    first = {t: int(database.execute_sql(
        f"SELECT coalesce(max(id), 0) + 1 FROM {t}").fetchone()[0])
        for t in ("customer", "vehicle", "follow_up")}
    kept = _drop_triggers(database, _PAUSED)
    try:
        with _small_cache(database):
            yield
            shared = database.execute_sql(_SHARED_PHONE, (first["customer"],) * 2).fetchone()
            if shared:
                raise sqlite3.IntegrityError(f"{PHONE_TAKEN}: {shared[0]}")
            for table in ("customer", "vehicle", "follow_up"):
                database.execute_sql(_audit_rows(table), (first[table],))
            database.execute_sql(
                "INSERT INTO customer_phone_fts (rowid, phone, phone2) "
                "SELECT id, phone, phone2 FROM customer WHERE id >= ?", (first["customer"],))
            database.execute_sql(
                "INSERT INTO follow_up_fts (rowid, content) "
                "SELECT id, content FROM follow_up WHERE id >= ?", (first["follow_up"],))
    finally:
        _remake_triggers(database, kept)


IMPORT_CACHE_KIB = 8000


@contextmanager
def _small_cache(database: Database | DatabaseProxy) -> Iterator[None]:
    """A smaller page cache while an import writes: its new pages would otherwise fill the
    everyday cache (32 MB) on top of the plan held in memory; written as fast either way."""
    import sqlite3

    size = int(database.execute_sql("PRAGMA cache_size").fetchone()[0])
    database.execute_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # a broken connection: its error is the one to tell
            database.execute_sql(f"PRAGMA cache_size = {size}")
