"""Live updates between the PCs of one shop on its server: NOTIFY on change, LISTEN for it.

Every record table carries a statement trigger that names the kinds of record it holds
(the same words as a service's Changes: customers, vehicles, followups, cards...) on one
channel. The server delivers a notice only when the transaction commits, once per kind
list however many rows changed, so the other PCs never see work half-way. A file on
this PC has nobody else to tell: nothing here is used on SQLite.
"""

from __future__ import annotations

from peewee import Database, DatabaseProxy

from dealerdesk.db.postgres_only import CONNECT_TIMEOUT_S, lock_migrations

CHANNEL = "dealerdesk_changes"

# Table -> the kinds of record a change of it touches (as the services' Changes say).
NOTIFIED_TABLES: dict[str, tuple[str, ...]] = {
    "customer": ("customers", "reminders"),
    "vehicle": ("vehicles", "customers", "reminders"),
    "follow_up": ("followups", "customers", "reminders"),
    "revisit": ("revisits", "followups", "reminders"),
    "manual_reminder": ("reminders",),
    "reminder_answer": ("reminders",),
    "membership_card": ("cards", "customers", "reminders"),
    "card_package": ("cards",),
    "ledger_entry": ("cards", "ledger"),
    "service_visit": ("visits", "vehicles", "customers", "reminders"),
    "staff": ("staff",),
    "setting": ("settings",),
    "membership_level": ("membership_setup",),
    "package_type": ("membership_setup",),
    "import_batch": ("imports",),
}

NOTIFY_FUNCTION = (
    "CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $f$ "
    f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]); RETURN NULL; END $f$"
)

# A PC that loses the server is told within about 20 s even when no packet says so (a
# cable pulled, the server's PC switched off): the operating system's keepalive probes.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
              "keepalives_count": 3}


def notify_everything(database: Database | DatabaseProxy) -> None:
    """Inside a transaction that replaced the shop's data (a restore): when it commits,
    every other PC reloads everything (the domain's EVERY_KIND)."""
    from dealerdesk.domain.records import EVERY_KIND

    database.execute_sql("SELECT pg_notify(?, ?)", (CHANNEL, EVERY_KIND))


def _trigger_name(table: str) -> str:
    return f"{table}_notify"


def _create_trigger(table: str) -> str:
    kinds = " ".join(NOTIFIED_TABLES[table])
    return (f"CREATE TRIGGER {_trigger_name(table)} AFTER INSERT OR UPDATE OR DELETE "
            f"OR TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION "
            f"notify_change('{kinds}')")


def install_change_notices(database: Database) -> None:
    """Create (or remake) the notify triggers on every record table; idempotent. Runs in
    the caller's transaction."""
    database.execute_sql(NOTIFY_FUNCTION)
    for table in NOTIFIED_TABLES:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {_trigger_name(table)} ON {table}")
        database.execute_sql(_create_trigger(table))


def missing_change_notices(database: Database | DatabaseProxy) -> list[str]:
    """The notify triggers that are not on the server."""
    present = {r[0] for r in database.execute_sql(
        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
    ).fetchall()}
    return [_trigger_name(t) for t in NOTIFIED_TABLES if _trigger_name(t) not in present]


def ensure_change_notices(database: Database) -> bool:
    """Install the notify triggers on a server made before they existed (under the
    migration lock, so two PCs never remake them at once); True when something was made."""
    if not missing_change_notices(database):
        return False
    with database.atomic():
        lock_migrations(database)
        if not missing_change_notices(database):
            return False
        install_change_notices(database)
    return True


class ServerGone(Exception):
    """The listening connection to the server was lost (or could not be made)."""


class ChangeListener:
    """A connection of its own that waits for other PCs' changes.

    Not thread-safe: one thread opens it, waits on it and closes it."""

    def __init__(self, url: str):
        import psycopg

        try:
            self._conn = psycopg.connect(url, autocommit=True,
                                         connect_timeout=CONNECT_TIMEOUT_S, **KEEPALIVES)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise ServerGone(str(exc)) from exc
        self.pid = self._conn.info.backend_pid

    def wait(self, seconds: float) -> set[str]:
        """The kinds other connections changed, waiting up to `seconds` for the first
        notice (an empty set when none came). Raises ServerGone when the server is lost."""
        import psycopg

        kinds: set[str] = set()
        try:
            for notice in self._conn.notifies(timeout=seconds, stop_after=1):
                kinds.update(notice.payload.split())
            # Whatever else already arrived comes along without waiting again.
            for notice in self._conn.notifies(timeout=0):
                kinds.update(notice.payload.split())
        except psycopg.Error as exc:
            raise ServerGone(str(exc)) from exc
        if self._conn.closed:
            raise ServerGone("the connection was closed")
        return kinds

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # already gone with the server
            pass


# Errors that mean "the server is not there" rather than "the server said no": no SQLSTATE
# (the driver lost the socket), a connection exception, or the server shutting down.
_LOST_STATES = ("57P01", "57P02", "57P03")


def is_lost_server(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) says the server could not be reached."""
    import psycopg

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ServerGone):
            return True
        if isinstance(seen, (psycopg.OperationalError, psycopg.InterfaceError)):
            state = seen.sqlstate
            return state is None or state.startswith("08") or state in _LOST_STATES
        seen = _underneath(seen)
    return False


def _underneath(exc: BaseException) -> BaseException | None:
    """The driver's error under peewee's (peewee passes it as its first argument)."""
    if exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc.__cause__ or exc.__context__


def listen_for_changes(url: str) -> ChangeListener:
    """A listener on the server at `url` (raises ServerGone when it cannot be reached)."""
    return ChangeListener(url)

