"""SQL that only PostgreSQL understands: the shop's server, beside db/sqlite_only.py.

The same functions as sqlite_only (triggers, guards, text indexes, the schema version)
written for a PostgreSQL server, so that db/engine.py picks one module or the other and
nothing above the storage layer knows which database it runs on. The connection is set up
to behave like SQLite where the services rely on it: `?` placeholders, dates and times read
back as ISO text from plain SQL, true/false stored as 1/0.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

import peewee
from peewee import SQL, Database, DatabaseProxy, OnConflict, PostgresqlDatabase

from dealerdesk import clock
from dealerdesk.db.database import SessionRules
from dealerdesk.db.models import (
    AUDIT_SECRET_COLUMNS,
    AUDIT_SKIPPED_COLUMNS,
    AUDIT_SKIPPED_SETTINGS,
    AUDIT_TOMBSTONE,
    AUDITED_MODELS,
    VERSIONED_TABLES,
)

SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 5
# The server refuses a statement that waits longer than this for a row another PC holds.
LOCK_TIMEOUT_MS = 30_000
# A shop's database is small enough to sit in the server's memory, or on an SSD: a page
# read out of order costs about what one read in order does, not 4 times (PostgreSQL's
# default, for spinning disks). With 4 the planner reads all 100,000 customers to join
# them to a month of reminders (30 ms a query) where looking each one up takes 4 ms.
RANDOM_PAGE_COST = 1.1
OLDEST_SERVER = 120000  # PostgreSQL 12: generated columns, jsonb_path_query, pg_trgm 1.4


def is_server_url(text: object) -> bool:
    """True for a postgresql://USER:PASSWORD@HOST:PORT/DB address."""
    return isinstance(text, str) and text.lower().startswith(SCHEMES)


def hide_password(url: str) -> str:
    """The address without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


KEYRING_SERVICE = "DealerDesk"


def keyring_name(url: str) -> str:
    """The credential store's name for the password of `url`: user@host:port/database."""
    parts = urlsplit(url)
    return (f"{unquote(parts.username or '')}@{parts.hostname or 'localhost'}:"
            f"{parts.port or 5432}/{unquote(parts.path.lstrip('/'))}")


def with_stored_password(url: str) -> str:
    """`url` with its password: as given, else from the operating system's credential
    store (keyring), else left out (the driver then reads PGPASSWORD or pgpass)."""
    parts = urlsplit(url)
    if parts.password is not None or not parts.username:
        return url
    try:
        import keyring

        password = keyring.get_password(KEYRING_SERVICE, keyring_name(url))
    except Exception:  # no credential store on this computer (a server without a desktop)
        password = None
    if not password:
        return url
    from urllib.parse import quote

    netloc = f"{parts.username}:{quote(password, safe='')}@{parts.netloc.split('@', 1)[1]}"
    return parts._replace(netloc=netloc).geturl()


def store_password(url: str, password: str) -> None:
    """Keep the password of `url` in the operating system's credential store."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_name(url), password)


# ---- the connection ---------------------------------------------------------------------


def _translate(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s`; a literal `%` doubled. Text inside
    quotes is left alone."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def _has_question_marks(sql: str) -> bool:
    if "?" not in sql:
        return False
    quote = ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            return True
    return False


class ServerDatabase(SessionRules, PostgresqlDatabase):
    """peewee's PostgreSQL database with psycopg 3, set up to read like SQLite. Held writes
    are default_transaction_read_only on each connection (see SessionRules)."""

    field_types = {**PostgresqlDatabase.field_types, "BOOL": "SMALLINT"}

    def __init__(self, url: str, **kwargs: Any) -> None:
        self.url = url
        self.operator: tuple[str, str, int | None, int] | None = None
        super().__init__(url, prefer_psycopg3=True, autorollback=False, **kwargs)

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT_S,
                               cursor_factory=psycopg.ClientCursor, autocommit=True)
        _adapt(conn)
        return conn

    def is_closed(self) -> bool:
        # The server went away (restarted, the network dropped) since the last statement:
        # outside a transaction the next statement opens a new connection; inside one the
        # transaction fails as a whole and the one after it reconnects.
        conn = self._state.conn
        if conn is not None and conn.closed and not self.in_transaction():
            self._state.reset()
        return bool(super().is_closed())

    def _initialize_connection(self, conn: Any) -> None:
        conn.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        conn.execute("SET client_min_messages = warning")
        conn.execute(f"SET random_page_cost = {RANDOM_PAGE_COST}")
        # Who is working is this connection's own (each PC has its own), in a temporary
        # table that hides the shared one of the same name; see the audit triggers.
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS session_operator (id INTEGER PRIMARY "
                     "KEY, name VARCHAR(255) NOT NULL DEFAULT '', via VARCHAR(255) NOT NULL "
                     "DEFAULT '', staff_id INTEGER, clock_shift INTEGER NOT NULL DEFAULT 0)")
        if self.operator is not None:
            conn.execute("INSERT INTO session_operator (id, name, via, staff_id, clock_shift) "
                         "VALUES (1, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                         self.operator)
        # Last: a read-only session could not make its temporary table.
        self._rules_for_new(conn)

    def _may_apply(self, conn: Any) -> bool:
        import psycopg

        return bool(conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE)

    def session_rules(self) -> tuple[Any, ...]:
        # The session's time zone is the computer's offset now: the audit triggers' local
        # time (NOW) then agrees with clock.py whatever the offset was at connect time.
        return (self.writes_held, clock.utc_offset())

    def _apply_rules(self, conn: Any, wanted: tuple[Any, ...],
                     before: tuple[Any, ...] | None) -> None:
        held, offset = wanted
        if before is None or before[0] != held:
            conn.execute(f"SET default_transaction_read_only = {'on' if held else 'off'}")
        if before is None or before[1] != offset:
            conn.execute(f"SET TIME ZONE {_interval(offset)}")

    def execute_sql(self, sql: str, params: Any = None, commit: Any = None) -> Any:
        if params and _has_question_marks(sql):
            sql = _translate(sql)
        elif not params:
            sql = sql.replace("%", "%%")  # the driver reads placeholders even without any
        return super().execute_sql(sql, params)

    def execute(self, query: Any, commit: Any = None, **context_options: Any) -> Any:
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        if not params:
            sql = sql.replace("%", "%%")
        return super().execute_sql(sql, params)

    def conflict_update(self, oc: Any, query: Any) -> Any:
        """SQLite's INSERT OR REPLACE as an upsert on the primary key."""
        if (oc._action or "").lower() == "replace":
            meta = query.model._meta
            keep = [f for f in meta.sorted_fields if f is not meta.primary_key
                    and f in (query._insert if isinstance(query._insert, dict) else {})]
            if not keep:
                oc = OnConflict("ignore", conflict_target=(meta.primary_key,))
                return super().conflict_update(oc, query)
            oc = OnConflict("update", conflict_target=(meta.primary_key,), preserve=keep)
        return super().conflict_update(oc, query)

    def execute_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Many rows through one statement (the driver pipelines them)."""
        if _has_question_marks(sql):
            sql = _translate(sql)
        try:
            with self.connection().cursor() as cur:
                cur.executemany(sql, list(rows))
        except Exception as exc:
            _reraise(exc)

    def remember_operator(self, row: tuple[str, str, int | None, int]) -> None:
        self.operator = row


def _interval(offset: dt.timedelta) -> str:
    """An offset from UTC as SET TIME ZONE takes it: INTERVAL '+08:00' HOUR TO MINUTE."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"INTERVAL '{sign}{hours:02d}:{mins:02d}' HOUR TO MINUTE"


def _reraise(exc: BaseException) -> None:
    """A driver error as peewee's own class (IntegrityError, OperationalError...)."""
    import psycopg

    kinds = [(psycopg.IntegrityError, peewee.IntegrityError),
             (psycopg.OperationalError, peewee.OperationalError),
             (psycopg.DataError, peewee.DataError),
             (psycopg.ProgrammingError, peewee.ProgrammingError),
             (psycopg.Error, peewee.DatabaseError)]
    for driver, ours in kinds:
        if isinstance(exc, driver):
            raise ours(*exc.args) from exc
    raise exc


def _adapt(conn: Any) -> None:
    """Dates and times come back from plain SQL as ISO text, as from SQLite (peewee's
    fields parse it); True and False are written as 1 and 0 (columns are SMALLINT)."""
    from psycopg.adapt import Dumper, Loader

    class TextLoader(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    class BoolAsInt(Dumper):
        oid = 21  # int2

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    for name in ("date", "timestamp", "time"):
        conn.adapters.register_loader(name, TextLoader)
    conn.adapters.register_dumper(bool, BoolAsInt)


def open_server(url: str) -> ServerDatabase:
    """A database on the shop's server, connected (raises StorageError in plain words)."""
    database = ServerDatabase(url)
    try:
        database.connect(reuse_if_open=True)
    except peewee.DatabaseError as exc:
        raise_plain(exc, url)
    version = database.server_version or 0
    if version and version < OLDEST_SERVER:
        database.close()
        from dealerdesk.db.database import StorageError

        raise StorageError(server_too_old_text(version))
    return database


def server_too_old_text(version: int) -> str:
    from dealerdesk.i18n import translate

    return translate("Storage", "The server runs PostgreSQL {version}; DealerDesk needs "
                     "version 12 or newer.").format(version=f"{version // 10000}")


def raise_plain(exc: BaseException, url: str) -> None:
    """Raise StorageError saying what went wrong connecting to `url`, in plain words."""
    from dealerdesk.db.database import StorageError

    raise StorageError(explain_failure(exc, url)) from exc


def explain_failure(exc: BaseException, url: str) -> str:
    """Why a connection failed: server not found, wrong password, database missing..."""
    from dealerdesk.i18n import translate

    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = parts.port or 5432
    name = unquote(parts.path.lstrip("/")) or "?"
    user = unquote(parts.username or "")
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return translate("Storage", "The server at {host} refused the user name or password "
                         "(user \"{user}\").").format(host=host, user=user)
    if "does not exist" in text and "database" in text:
        return translate("Storage", "The server at {host} has no database called \"{name}\"; "
                         "create it first (see the README).").format(host=host, name=name)
    if "role" in text and "does not exist" in text:
        return translate("Storage", "The server at {host} has no user called \"{user}\".").format(
            host=host, user=user)
    if "no pg_hba.conf entry" in text:
        return translate("Storage", "The server at {host} does not accept connections from this "
                         "PC: allow the shop's network in pg_hba.conf.").format(host=host)
    if ("timeout" in text or "timed out" in text or "connection refused" in text
            or "could not translate host name" in text or "name or service not known" in text
            or "no route" in text or "unreachable" in text):
        return translate("Storage", "No database server answers at {host}, port {port}: check "
                         "the address, that the server PC is on, and its firewall.").format(
            host=host, port=port)
    return translate("Storage", "The server at {host} could not be used: {error}").format(
        host=host, error=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc))


def wait_for_server(url: str, seconds: float) -> bool:
    """True once the server at `url` accepts a connection, False after `seconds`."""
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return True
        except psycopg.Error:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.3)


# ---- the schema version, application marker and migration lock ---------------------------
# A server database has no header to carry them: they live in a table of their own. The
# migration lock is an advisory lock taken inside the migration's transaction, so that two
# PCs starting at once never migrate together (the second waits, then finds it done).

META_TABLE = ("CREATE TABLE IF NOT EXISTS dealerdesk_meta (key VARCHAR(64) PRIMARY KEY, "
              "value BIGINT NOT NULL)")
MIGRATION_LOCK = 0x44444B31  # DealerDesk's application id
WRITER_LOCK = 0x44444B32  # imports, merges and hand-overs: one at a time


def _meta(database: Database | DatabaseProxy, key: str) -> int:
    exists = database.execute_sql(
        "SELECT to_regclass('dealerdesk_meta') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = database.execute_sql("SELECT value FROM dealerdesk_meta WHERE key = ?",
                               (key,)).fetchone()
    return int(row[0]) if row else 0


def _set_meta(database: Database, key: str, value: int) -> None:
    database.execute_sql(META_TABLE)
    database.execute_sql("INSERT INTO dealerdesk_meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (key, value))


def set_application_id(database: Database, app_id: int) -> None:
    _set_meta(database, "application_id", app_id)


def get_application_id(database: Database | DatabaseProxy) -> int:
    return _meta(database, "application_id")


def get_user_version(database: Database) -> int:
    return _meta(database, "user_version")


def set_user_version(database: Database, version: int) -> None:
    _set_meta(database, "user_version", version)


def table_count(database: Database | DatabaseProxy) -> int:
    return int(database.execute_sql(
        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0])


def lock_migrations(database: Database) -> None:
    """Inside the migration's transaction: wait until no other PC migrates."""
    database.execute_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")


def lock_one_writer(database: Database | DatabaseProxy) -> None:
    """Inside a transaction: the one-writer lock of imports, merges and hand-overs, waited
    for as a writer waits for a file (the notice told, WriterBusy past the patience)."""
    from dealerdesk.db.writer import wait_until

    wait_until(lambda: try_lock_one_writer(database))


def try_lock_one_writer(database: Database | DatabaseProxy) -> bool:
    return bool(database.execute_sql(
        f"SELECT pg_try_advisory_xact_lock({WRITER_LOCK})").fetchone()[0])


def prepare(database: Database) -> None:
    """Before the tables: the trigram extension the text searches use."""
    database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")


# ---- the audit log -------------------------------------------------------------------------
# One trigger function per audited table writes who, when, which record and the before and
# after value of every changed column, as sqlite_only's triggers do: values as JSON, dates
# and times as the same ISO text SQLite keeps, flags as 1/0.

NOW = ("(date_trunc('second', clock_timestamp()::timestamp) + make_interval(secs => "
       "COALESCE((SELECT clock_shift FROM session_operator WHERE id = 1), 0)))")
WHO = "COALESCE((SELECT name FROM session_operator WHERE id = 1), '')"
VIA = "COALESCE((SELECT via FROM session_operator WHERE id = 1), '')"

CUSTOMER_OF = {
    "customer": "{row}.id",
    "card_package": "(SELECT customer_id FROM membership_card WHERE id = {row}.card_id)",
    "ledger_entry": "(SELECT customer_id FROM membership_card WHERE id = {row}.card_id)",
    "staff": "NULL",
    "setting": "NULL",
}
_AS_TEXT = ("date", "timestamp", "time")


def _customer_of(table: str, row: str) -> str:
    return CUSTOMER_OF.get(table, "{row}.customer_id").format(row=row)


def _columns(database: Database, table: str) -> list[tuple[str, str]]:
    rows = database.execute_sql(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ?", (table,)).fetchall()
    return sorted((c, t) for c, t in rows if c != "id" and c not in AUDIT_SKIPPED_COLUMNS)


def _json(row: str, column: str, kind: str) -> str:
    if column in AUDIT_SECRET_COLUMNS:
        return "'\"***\"'::jsonb"
    if kind.startswith(_AS_TEXT):
        return f"to_jsonb({row}.{column}::text)"
    return f"to_jsonb({row}.{column})"


def _entry(table: str, row: str, action: str, changes: str) -> str:
    return (
        "INSERT INTO audit_log (at, operator, via, table_name, row_id, customer_id, action, "
        f"changes) VALUES ({NOW}, {WHO}, {VIA}, '{table}', {row}.id, "
        f"{_customer_of(table, row)}, '{action}', {changes});"
    )


def _audit_function(database: Database, table: str) -> str:
    columns = _columns(database, table)
    update = " ".join(
        f"IF OLD.{c} IS DISTINCT FROM NEW.{c} THEN ch := ch || jsonb_build_object('{c}', "
        f"jsonb_build_array({_json('OLD', c, t)}, {_json('NEW', c, t)})); END IF;"
        for c, t in columns)
    delete = " ".join(
        f"IF OLD.{c} IS NOT NULL AND OLD.{c}::text <> '' THEN ch := ch || jsonb_build_object("
        f"'{c}', jsonb_build_array({_json('OLD', c, t)}, NULL)); END IF;" for c, t in columns)
    return (
        f"CREATE OR REPLACE FUNCTION audit_{table}() RETURNS trigger LANGUAGE plpgsql AS $f$ "
        "DECLARE ch jsonb := '{}'::jsonb; BEGIN "
        f"IF TG_OP = 'INSERT' THEN {_entry(table, 'NEW', 'insert', chr(39) + '{}' + chr(39))} "
        "RETURN NEW; "
        f"ELSIF TG_OP = 'UPDATE' THEN {update} "
        f"IF ch <> '{{}}'::jsonb THEN {_entry(table, 'NEW', 'update', 'ch::text')} END IF; "
        "RETURN NEW; "
        f"ELSE {delete} {_entry(table, 'OLD', 'delete', 'ch::text')} RETURN OLD; END IF; "
        "END $f$"
    )


def _setting_function() -> str:
    own = ", ".join(f"'{key}'" for key in sorted(AUDIT_SKIPPED_SETTINGS))
    value = ("CASE WHEN {v} IS NULL THEN 'null'::jsonb WHEN pg_input_is_valid_json({v}) "
             "THEN {v}::jsonb ELSE to_jsonb({v}) END")

    def entry(action: str, key: str, before: str, after: str) -> str:
        return (
            "INSERT INTO audit_log (at, operator, via, table_name, row_id, action, changes) "
            f"VALUES ({NOW}, {WHO}, {VIA}, 'setting', 0, '{action}', jsonb_build_object({key}, "
            f"jsonb_build_array({value.format(v=before)}, {value.format(v=after)}))::text);")

    return (
        "CREATE OR REPLACE FUNCTION audit_setting() RETURNS trigger LANGUAGE plpgsql AS $f$ "
        "BEGIN "
        f"IF TG_OP = 'INSERT' THEN IF NEW.key NOT IN ({own}) THEN "
        f"{entry('insert', 'NEW.key', 'NULL::text', 'NEW.value')} END IF; RETURN NEW; "
        f"ELSIF TG_OP = 'UPDATE' THEN IF OLD.value IS DISTINCT FROM NEW.value AND NEW.key NOT IN "
        f"({own}) THEN {entry('update', 'NEW.key', 'OLD.value', 'NEW.value')} END IF; "
        "RETURN NEW; "
        f"ELSE IF OLD.key NOT IN ({own}) THEN "
        f"{entry('delete', 'OLD.key', 'OLD.value', 'NULL::text')} "
        "END IF; RETURN OLD; END IF; END $f$"
    )


# Whether text is JSON (PostgreSQL 16 has pg_input_is_valid; this works from 12 on).
VALID_JSON = (
    "CREATE OR REPLACE FUNCTION pg_input_is_valid_json(t text) RETURNS boolean "
    "LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN PERFORM t::jsonb; RETURN true; "
    "EXCEPTION WHEN others THEN RETURN false; END $f$"
)

# The audit log is append-only, except the documented erasure (see sqlite_only).
AUDIT_GUARD = (
    "CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $f$ "
    "BEGIN IF TG_OP = 'DELETE' THEN RAISE EXCEPTION "
    "'the audit log is append-only: entries are never deleted' USING ERRCODE = '23000'; "
    "END IF; "
    "IF NOT (OLD.erased = 0 AND NEW.erased = 1 AND NEW.id = OLD.id "
    "AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW.operator IS NOT DISTINCT FROM OLD.operator "
    "AND NEW.via IS NOT DISTINCT FROM OLD.via AND NEW.table_name = OLD.table_name "
    "AND NEW.row_id = OLD.row_id AND NEW.action = OLD.action "
    "AND NEW.customer_id IS NOT DISTINCT FROM OLD.customer_id "
    "AND NEW.rows IS NOT DISTINCT FROM OLD.rows AND pg_input_is_valid_json(NEW.changes) "
    "AND audit_shape(NEW.changes::jsonb) IS NOT DISTINCT FROM audit_shape(OLD.changes::jsonb) "
    "AND NOT EXISTS (SELECT 1 FROM jsonb_path_query(NEW.changes::jsonb, 'strict $.**') AS v "
    "WHERE jsonb_typeof(v) NOT IN ('object', 'array', 'null') "
    f"AND v <> to_jsonb('{AUDIT_TOMBSTONE}'::text))) THEN RAISE EXCEPTION "
    "'the audit log is append-only: entries are never changed' USING ERRCODE = '23000'; "
    "END IF; RETURN NEW; END $f$"
)
AUDIT_SHAPE = (
    "CREATE OR REPLACE FUNCTION audit_shape(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS "
    "$f$ SELECT string_agg(key || ':' || CASE WHEN jsonb_typeof(value) = 'array' "
    "THEN jsonb_array_length(value)::text ELSE '' END, ',' ORDER BY key) "
    "FROM jsonb_each(CASE WHEN jsonb_typeof(j) = 'object' THEN j ELSE '{}'::jsonb END) $f$"
)
LEDGER_GUARD = (
    "CREATE OR REPLACE FUNCTION ledger_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $f$ "
    "BEGIN IF TG_OP = 'DELETE' THEN RAISE EXCEPTION "
    "'ledger entries are never deleted: add a reversing entry' USING ERRCODE = '23000'; "
    "END IF; RAISE EXCEPTION "
    "'ledger entries are never changed: add a reversing entry' USING ERRCODE = '23000'; "
    "END $f$"
)


def _trigger(name: str, when: str, table: str, function: str) -> str:
    return (f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION {function}()")


def _wanted_triggers(database: Database) -> dict[str, tuple[str, str]]:
    """Trigger name -> (function definition, CREATE TRIGGER)."""
    wanted: dict[str, tuple[str, str]] = {}
    for model in AUDITED_MODELS:
        table = model._meta.table_name
        function = _setting_function() if table == "setting" else _audit_function(
            database, table)
        wanted[f"audit_{table}"] = (function, _trigger(
            f"audit_{table}", "AFTER INSERT OR UPDATE OR DELETE", table, f"audit_{table}"))
    wanted["audit_log_guard"] = (AUDIT_GUARD, _trigger(
        "audit_log_guard", "BEFORE UPDATE OR DELETE", "audit_log", "audit_log_guard"))
    wanted["ledger_entry_guard"] = (LEDGER_GUARD, _trigger(
        "ledger_entry_guard", "BEFORE UPDATE OR DELETE", "ledger_entry", "ledger_entry_guard"))
    return wanted


def install_triggers(database: Database) -> None:
    """Create (or remake) the audit triggers and the guards; idempotent."""
    database.execute_sql(VALID_JSON)
    database.execute_sql(AUDIT_SHAPE)
    for name, (function, trigger) in _wanted_triggers(database).items():
        database.execute_sql(function)
        table = trigger.split(" ON ")[1].split()[0]
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        database.execute_sql(trigger)


ROW_VERSION = (
    "CREATE OR REPLACE FUNCTION raise_row_version() RETURNS trigger LANGUAGE plpgsql AS $f$ "
    "BEGIN IF NEW.version = OLD.version THEN NEW.version := OLD.version + 1; END IF; "
    "RETURN NEW; END $f$"
)


def install_row_versions(database: Database) -> None:
    """Every change of a customer, vehicle or card raises its version by one. Idempotent."""
    database.execute_sql(ROW_VERSION)
    for table in VERSIONED_TABLES:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_version ON {table}")
        database.execute_sql(_trigger(f"{table}_version", "BEFORE UPDATE", table,
                                      "raise_row_version"))


AUDIT_ACTIONS = ("insert", "update", "delete")


@contextmanager
def audit_paused(database: Database, table: str, action: str) -> Iterator[None]:
    """No audit entries of `action` for the block (a migration re-deriving a column): the
    table's trigger is disabled and a stand-in for the other actions is made for the block.

    The block runs in a savepoint: when it fails (a statement the server refused spoils
    the transaction) the rollback to it brings the trigger back with the rest, and the
    transaction around it goes on.
    """
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"no audit action {action!r}")
    others = " OR ".join(a.upper() for a in AUDIT_ACTIONS if a != action)
    with database.atomic():
        database.execute_sql(f"ALTER TABLE {table} DISABLE TRIGGER audit_{table}")
        database.execute_sql(_trigger(f"audit_{table}_kept", f"AFTER {others}", table,
                                      f"audit_{table}"))
        yield
        database.execute_sql(f"DROP TRIGGER audit_{table}_kept ON {table}")
        database.execute_sql(f"ALTER TABLE {table} ENABLE TRIGGER audit_{table}")


def tombstone_audit_values(database: Database | DatabaseProxy, customer_id: int) -> int:
    """The erasure path (see sqlite_only.tombstone_audit_values)."""
    cursor = database.execute_sql(
        "UPDATE audit_log SET erased = 1, changes = COALESCE((SELECT jsonb_object_agg(key, "
        "CASE WHEN jsonb_typeof(value) = 'array' THEN (SELECT COALESCE(jsonb_agg(CASE WHEN "
        "e = 'null'::jsonb THEN e ELSE to_jsonb(?::text) END ORDER BY n), '[]'::jsonb) "
        "FROM jsonb_array_elements(value) WITH ORDINALITY AS a(e, n)) "
        "ELSE to_jsonb(?::text) END) FROM jsonb_each(audit_log.changes::jsonb)), "
        "'{}'::jsonb)::text WHERE customer_id = ? AND erased = 0",
        (AUDIT_TOMBSTONE, AUDIT_TOMBSTONE, customer_id))
    return int(cursor.rowcount)


def refresh_statistics(database: Database) -> None:
    """ANALYZE: the planner's statistics, called after a copy has committed. They are a
    help, not part of the copy: a failure here (the server gone a moment later) is left to
    autovacuum, so it is never reported as the copy failing."""
    try:
        database.execute_sql("ANALYZE")
    except peewee.DatabaseError:
        pass


def vacuum(database: Database) -> None:
    """Erased rows leave no readable trace once VACUUM has reclaimed them."""
    if not database.in_transaction():
        database.execute_sql("VACUUM")


# ---- text indexes: pg_trgm ---------------------------------------------------------------
# Trigram GIN indexes serve "contains" (LIKE/ILIKE '%x%') over names, plates, card numbers,
# phones and notes: the same matches as SQLite's trigram FTS5 tables, without triggers.

TEXT_INDEXES = [
    "CREATE INDEX IF NOT EXISTS customer_name_trgm ON customer USING gin (name gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS customer_phones_trgm ON customer USING gin "
    "((phone || ' ' || phone2) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS vehicle_plate_trgm ON vehicle USING gin "
    "(plate_key gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS membership_card_no_trgm ON membership_card USING gin "
    "(card_no gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS follow_up_content_trgm ON follow_up USING gin "
    "(content gin_trgm_ops)",
]
NOTE_MIN_CHARS = 3


def install_note_index(database: Database) -> None:
    """The trigram indexes over names, phones, plates, cards and notes (idempotent)."""
    for sql in TEXT_INDEXES:
        database.execute_sql(sql)


def install_phone_index(database: Database) -> None:
    install_note_index(database)


@contextmanager
def text_indexes_paused(database: Database | DatabaseProxy) -> Iterator[None]:
    """The trigram indexes need no per-row triggers: nothing to pause. The block is a
    savepoint, as SQLite's failed statement leaves the transaction usable."""
    with database.atomic():
        yield


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_condition(field: Any, text: str) -> Any:
    """`field` contains `text`, upper and lower case alike (as SQLite's LIKE). Text that
    has no case (Chinese, digits) is matched with LIKE: ILIKE lower-cases every row it
    reads, and a 2-character name, too short for the trigram index, reads them all (at
    100,000 customers twice the time)."""
    if text.lower() != text.upper():
        return field.contains(text)
    return peewee.Expression(field, peewee.OP.LIKE, field._escape_like_expr(text, "%%%s%%"))


def phone_digits_condition(id_field: Any, digits: str) -> Any:
    """A condition on a customer id column: that customer's phones contain `digits`."""
    return id_field.in_(SQL(
        "(SELECT id FROM customer WHERE (phone || ' ' || phone2) LIKE %s)",
        ["%" + _like_escaped(digits) + "%"]))


def search_notes(database: Database | DatabaseProxy, text: str,
                 limit: int) -> list[tuple[int, int, str]]:
    """(follow-up id, customer id, note) of the newest live notes containing `text`."""
    if len(text) < NOTE_MIN_CHARS:
        return []
    return list(database.execute_sql(
        "SELECT f.id, f.customer_id, f.content FROM "
        "(SELECT id FROM follow_up WHERE content ILIKE ? ORDER BY id DESC LIMIT ?) AS m "
        "JOIN follow_up f ON f.id = m.id JOIN customer c ON c.id = f.customer_id "
        "WHERE c.deleted_at IS NULL ORDER BY f.id DESC",
        ("%" + _like_escaped(text) + "%", limit)).fetchall())


def count_first_contact_within(database: Database | DatabaseProxy, start: str, end: str,
                               hours: int, owner_id: int | None) -> int:
    """Live customers recorded in [start, end) whose first follow-up came within `hours`."""
    owner = "AND owner_id = ? " if owner_id is not None else ""
    params: list[object] = [start, end] + ([owner_id] if owner_id is not None else [])
    return int(database.execute_sql(
        "SELECT COUNT(*) FROM customer WHERE deleted_at IS NULL AND created_at >= ? "
        f"AND created_at < ? {owner}AND first_followup_at >= created_at "
        f"AND first_followup_at <= created_at + interval '{int(hours)} hours'",
        params).fetchone()[0])


# ---- unique live phone numbers -----------------------------------------------------------

PHONE_TAKEN = "UNIQUE constraint failed: a live customer already has this phone number"

UNIQUE_PHONES = [
    "CREATE UNIQUE INDEX IF NOT EXISTS customer_live_phone ON customer (phone) "
    "WHERE deleted_at IS NULL AND phone <> ''",
    "CREATE UNIQUE INDEX IF NOT EXISTS customer_live_phone2 ON customer (phone2) "
    "WHERE deleted_at IS NULL AND phone2 <> ''",
    "CREATE OR REPLACE FUNCTION customer_phone_unique() RETURNS trigger LANGUAGE plpgsql AS $f$ "
    "BEGIN IF NEW.deleted_at IS NULL AND ((NEW.phone <> '' AND EXISTS (SELECT 1 FROM customer "
    "WHERE phone2 = NEW.phone AND deleted_at IS NULL AND id <> NEW.id)) OR (NEW.phone2 <> '' "
    "AND EXISTS (SELECT 1 FROM customer WHERE phone = NEW.phone2 AND deleted_at IS NULL "
    f"AND id <> NEW.id))) THEN RAISE EXCEPTION '{PHONE_TAKEN}' USING ERRCODE = 'unique_violation'; "
    "END IF; RETURN NEW; END $f$",
    "DROP TRIGGER IF EXISTS customer_phone_unique ON customer",
    "CREATE TRIGGER customer_phone_unique BEFORE INSERT OR UPDATE OF phone, phone2, deleted_at "
    "ON customer FOR EACH ROW EXECUTE FUNCTION customer_phone_unique()",
]


def install_unique_phones(database: Database) -> None:
    """Make the database refuse a phone number a live customer already has (idempotent)."""
    for sql in UNIQUE_PHONES:
        database.execute_sql(sql)


@contextmanager
def insert_triggers_paused(database: Database | DatabaseProxy) -> Iterator[None]:
    """An import on the server keeps its per-row triggers (they are cheap there) and
    holds the one-writer lock for its transaction. The block is a savepoint (see
    text_indexes_paused)."""
    lock_one_writer(database)
    with database.atomic():
        yield


def server_problems(url: str) -> list[str]:
    """The server's start-up check on a connection of its own ([] when all is well): the
    database is DealerDesk's, and the triggers that keep the audit log and the ledger
    honest and raise the row versions are all in place (the server keeps its own pages
    whole, so there is no file to read through)."""
    database = open_server(url)
    try:
        from dealerdesk.db.database import APPLICATION_ID

        if get_application_id(database) != APPLICATION_ID:
            return ["the server's database is not a DealerDesk database"]
        wanted = set(_wanted_names())
        present = {r[0] for r in database.execute_sql(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        ).fetchall()}
        return [f"the trigger {name} is missing on the server" for name in sorted(
            wanted - present)]
    except peewee.DatabaseError as exc:
        return [str(exc)]
    finally:
        database.close()


def _wanted_names() -> list[str]:
    names = [f"audit_{model._meta.table_name}" for model in AUDITED_MODELS]
    names += ["audit_log_guard", "ledger_entry_guard"]
    return names + [f"{table}_version" for table in VERSIONED_TABLES]


def quick_check(database: Database | DatabaseProxy) -> list[str]:
    """The server keeps its own pages whole; what is ours to check is the links."""
    return []


def reset_sequences(database: Database | DatabaseProxy) -> None:
    """After rows were copied in with their ids: each id sequence continues after them."""
    rows = database.execute_sql(
        "SELECT table_name, column_name, pg_get_serial_sequence(table_name, column_name) "
        "FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_default LIKE 'nextval%'").fetchall()
    for table, column, sequence in rows:
        if sequence:
            database.execute_sql(
                f"SELECT setval('{sequence}', COALESCE((SELECT max({column}) FROM {table}), 0) "
                f"+ 1, false)")


def server_url(*, host: str, port: int, database: str, user: str, password: str = "") -> str:
    """postgresql://user[:password]@host:port/database, each part quoted."""
    from urllib.parse import quote

    who = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    return f"postgresql://{who}@{host}:{int(port)}/{quote(database, safe='')}"


def try_connection(url: str) -> str | None:
    """None when the server at `url` (password from the credential store when the address
    has none) takes a DealerDesk connection; else why not, in plain words."""
    import psycopg

    full = with_stored_password(url)
    try:
        with psycopg.connect(full, connect_timeout=CONNECT_TIMEOUT_S) as con:
            version = con.info.server_version
    except psycopg.Error as exc:
        return explain_failure(exc, url)
    if version < OLDEST_SERVER:
        return server_too_old_text(version)
    return None
