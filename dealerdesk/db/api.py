"""What services may use of the storage layer: models, transactions and query helpers.

Services build queries from model fields; this module hands them the few peewee names
they need (functions, joins, a transaction) so that no module outside db/ imports peewee.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from peewee import JOIN, Case, IntegrityError, fn

from dealerdesk.db.database import LIVE_CUSTOMERS_SQL, db
from dealerdesk.db.engine import is_server, sql_for
from dealerdesk.db.writer import (
    WriterBusy,
    busy_error,
    set_default_waiting,
    waiting,
    write_transaction,
)

# A constraint refused a row, whether the statement went through peewee or straight to the
# driver (bulk inserts).
INTEGRITY_ERRORS = (IntegrityError, sqlite3.IntegrityError)

__all__ = [
    "INTEGRITY_ERRORS", "JOIN", "Case", "IntegrityError", "WriterBusy", "atomic", "busy_error",
    "compile_query", "count", "execute_many", "execute_sql", "fetch_all", "fn", "ids_continue",
    "import_load", "locked", "one_writer", "raw_rows", "scalar", "set_default_waiting",
    "sql_dialect", "text_contains", "waiting",
]


def atomic() -> Any:
    """A write transaction (or a savepoint inside one): everything in it lands, or nothing.

    It holds the database's write lock from its start, waiting for another writer first
    (see db.writer); WriterBusy, with one line to show, when it waited too long.
    """
    return write_transaction()


def locked(query: Any) -> Any:
    """The rows of `query` locked for this transaction (SELECT ... FOR UPDATE on the
    server: another PC spending from the same card waits). A SQLite write transaction
    already holds the whole file, so there the query is unchanged."""
    return query.for_update() if is_server() else query


def one_writer() -> None:
    """Inside a transaction: take the one-writer lock of imports, merges and hand-overs
    (an advisory lock on the server; SQLite's write transaction already is one)."""
    if is_server():
        sql_for().lock_one_writer(db)


def count(query: Any) -> int:
    """Number of rows a select would return, without building model instances."""
    return int(query.select(fn.COUNT(1)).order_by().scalar() or 0)


def scalar(sql: str, params: Sequence[Any] = ()) -> Any:
    """First column of the first row of a plain SQL query (portable SQL only)."""
    row = db.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def live_customers() -> int:
    """The open database's customers, not counting the recycle bin."""
    return int(scalar(LIVE_CUSTOMERS_SQL) or 0)


def execute_many(sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Fast bulk insert/update (10x insert_many); call inside atomic()."""
    if is_server():
        db.obj.execute_many(sql, rows)
    else:
        db.connection().executemany(sql, rows)


def bulk_load() -> Any:
    """Context for loading many customers and follow-ups at once (demo data): the text
    indexes are rebuilt once at the end instead of row by row. Use inside atomic()."""
    return sql_for().text_indexes_paused(db)


def ids_continue() -> None:
    """After rows were written with their ids (demo data): new rows take ids after them."""
    sql_for().reset_sequences(db)


def import_load() -> Any:
    """Context for an import's inserts, inside its transaction: the new rows are audited,
    indexed and checked for shared phone numbers once at the end, not row by row."""
    return sql_for().insert_triggers_paused(db)


def text_contains(field: Any, text: str) -> Any:
    """Condition: `field` contains `text`, whatever the case of its letters."""
    return sql_for().contains_condition(field, text)


def phones_contain(id_field: Any, digits: str) -> Any:
    """Condition: the customer (by `id_field`) has a phone containing `digits` (3+).

    Served by a digit index, not a scan; see phone_digits_condition in sqlite_only and
    postgres_only.
    """
    return sql_for().phone_digits_condition(id_field, digits)


def search_notes(text: str, limit: int) -> list[tuple[int, int, str]]:
    """(follow-up id, customer id, note) of the newest live notes containing `text`."""
    return list(sql_for().search_notes(db, text, limit))


def count_first_contact_within(start: str, end: str, hours: int,
                               staff_id: int | None) -> int:
    """Leads recorded in [start, end) first contacted within `hours` (see sqlite_only)."""
    return int(sql_for().count_first_contact_within(db, start, end, hours, staff_id))


def sql_dialect() -> str:
    """The name of the SQL dialect in use: a key for SQL text compiled once and kept."""
    return str(sql_for().__name__)


def fetch_all(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """All rows of a plain SQL query (typically SQL compiled once from a peewee query)."""
    return list(db.execute_sql(sql, params).fetchall())


def compile_query(query: Any) -> tuple[str, list[Any]]:
    """The SQL text and parameters of a peewee query, for re-running it cheaply."""
    sql, params = query.sql()
    return sql, list(params)


def execute_sql(sql: str, params: Sequence[Any] = ()) -> None:
    """Run one portable SQL statement (bulk updates the query builder makes awkward)."""
    db.execute_sql(sql, params)


def raw_rows(query: Any) -> list[tuple[Any, ...]]:
    """Rows of a select as the driver returns them, without peewee's per-row conversion.

    For long read-only lists (reminders): dates and times come back as the driver gives
    them (ISO text from SQLite), so the caller converts only what it uses.
    """
    return fetch_all(*compile_query(query))


def tombstone_audit_values(customer_id: int) -> int:
    """Replace the values in a customer's audit entries by a tombstone (see sqlite_only)."""
    return int(sql_for().tombstone_audit_values(db, customer_id))


def value_rows(name: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Rows of one of the customer value statements, in the database's own dialect
    (sqlite_value / postgres_value)."""
    from dealerdesk.db.engine import value_sql_for

    return value_sql_for().run(db, name, params)
