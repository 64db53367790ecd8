"""Opening the database: one proxy bound at start-up, safe pragmas, refusal of foreign files."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

import peewee
from peewee import DatabaseProxy

db = DatabaseProxy()

# "DDK1": written into the SQLite header so that a random .db file is never mistaken
# for ours, and ours is recognised by tools such as `file`.
APPLICATION_ID = 0x44444B31

# How long a statement waits for another writer (an import in another window or a script)
# before it gives up; write transactions wait through db.writer, with a notice.
BUSY_TIMEOUT_MS = 30_000

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -32000,
    # Erasing a customer must leave nothing in free pages, whatever SQLite build runs us
    # (the default differs between builds, e.g. on Windows).
    "secure_delete": 1,
}


# What the driver raises when a file is damaged (peewee wraps sqlite3's own errors).
DATABASE_ERRORS = (sqlite3.DatabaseError, peewee.DatabaseError)


# The customers of a shop, not counting the recycle bin: what a restore or a missing file is
# described by.
LIVE_CUSTOMERS_SQL = "SELECT count(*) FROM customer WHERE deleted_at IS NULL"


class StorageError(Exception):
    """The database file cannot be used; the message says why in plain words."""


class NotOurFile(StorageError):
    """The file is a database of some other program, or not a database at all."""


class DamagedFile(StorageError):
    """The file is ours but failed an integrity check, or is empty."""


def read_only_uri(path: str | os.PathLike[str]) -> str:
    """A SQLite URI that opens `path` read-only, whatever the folder is called.

    SQLite reads "#", "?" and "%" in a URI as the start of a fragment, of parameters and
    of an escape: "file:D:/车行#2/x.db" would open "D:/车行". Every character is
    therefore percent-encoded, and a Windows path is written the way SQLite expects
    (file:///C:/Users/..., file:////server/share/... for a network folder).
    """
    return sqlite_uri(PurePath(os.path.abspath(path))) + "?mode=ro"


def sqlite_uri(path: PurePath) -> str:
    """The file: URI of an absolute path, for SQLite (no parameters)."""
    text = path.as_posix()
    if not text.startswith("/"):
        text = "/" + text  # a drive letter: C:/... becomes /C:/...
    return "file://" + quote(text, safe="/:")


class DiskFull(StorageError):
    """A write found the disk full; what was being written was left out as a whole."""

    def __init__(self, where: str | os.PathLike[str]):
        self.where = Path(where)
        super().__init__(f"the disk holding {self.where} is full; nothing was changed")


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
SQLITE_FULL = 13


SQLITE_IOERR = 10
# A "disk I/O error" on a disk with less room than this is taken for a full disk: SQLite
# says IOERR, not FULL, when it cannot make the 32 KB -shm file of a WAL database.
ROOM_NEEDED = 256 * 1024


def is_disk_full(exc: BaseException | None, where: str | os.PathLike[str] | None = None) -> bool:
    """True when `exc`, or an error it was raised from or while handling, is a full disk.

    SQLite rolls a transaction back by itself when the disk fills, so the error that
    reaches the caller is often "cannot rollback - no transaction is active", with the
    real cause in its context. Given `where` (the database file), an I/O error on a disk
    with almost no room left counts as a full disk too.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        if code == SQLITE_FULL:
            return True
        if isinstance(exc, DATABASE_ERRORS) and "database or disk is full" in str(exc):
            return True
        if where is not None and isinstance(exc, DATABASE_ERRORS) and (
                (code is not None and code & 0xFF == SQLITE_IOERR) or "disk I/O error" in str(exc)):
            return room_left(where) < ROOM_NEEDED
        exc = exc.__cause__ or exc.__context__
    return False


def room_left(where: str | os.PathLike[str]) -> int:
    """Free bytes on the disk holding `where` (its nearest existing folder)."""
    import shutil

    folder = Path(where)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return ROOM_NEEDED


def disk_full_where(exc: BaseException, default: str | os.PathLike[str]) -> Path:
    """The folder whose disk filled up: an OSError names its file, SQLite does not."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, DiskFull):
            return cur.where
        if isinstance(cur, OSError) and cur.errno in _FULL_ERRNOS and cur.filename:
            return Path(os.fsdecode(cur.filename)).parent
        cur = cur.__cause__ or cur.__context__
    return Path(default)


class SessionRules:
    """What every connection of a database must be set to, whichever thread opened it and
    whenever: held writes (a restore, a damaged file, the start-up check), and what the
    engine adds (the server's time zone). Mixed into the database classes of both engines,
    which say how one connection is set (`_apply_rules`).

    peewee keeps one connection per thread and opens a new one after a drop, so a setting
    made on one connection is not enough: the rules belong to the database, are applied to
    each new connection, and are compared (one tuple comparison) before every statement,
    so that a connection opened before a change follows it from its next statement.
    """

    writes_held = False
    _state: Any

    def hold_writes(self, held: bool) -> None:
        self.writes_held = held
        if not self.is_closed():  # type: ignore[attr-defined]
            self._keep_rules(self._state.conn)

    def session_rules(self) -> tuple[Any, ...]:
        return (self.writes_held,)

    def _apply_rules(self, conn: Any, wanted: tuple[Any, ...],
                     before: tuple[Any, ...] | None) -> None:
        raise NotImplementedError

    def _may_apply(self, conn: Any) -> bool:
        """False while a setting made now would not last (the server undoes a SET made in
        a transaction that rolls back): the rules then wait for the next statement."""
        return True

    def _keep_rules(self, conn: Any) -> None:
        wanted = self.session_rules()
        before = getattr(self._state, "rules", None)
        if before != wanted and self._may_apply(conn):
            self._apply_rules(conn, wanted, before)
            self._state.rules = wanted

    def _rules_for_new(self, conn: Any) -> None:
        """Call at the end of _initialize_connection: the rules, on a connection of its own."""
        self._state.rules = None
        self._keep_rules(conn)

    def cursor(self, *args: Any, **kwargs: Any) -> Any:
        if not self.is_closed():  # type: ignore[attr-defined]
            self._keep_rules(self._state.conn)
        return super().cursor(*args, **kwargs)  # type: ignore[misc]

    def connection(self) -> Any:
        if not self.is_closed():  # type: ignore[attr-defined]
            self._keep_rules(self._state.conn)
        return super().connection()  # type: ignore[misc]


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _check_existing_file(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise DamagedFile(
            f"{path} is empty (0 bytes). It may have been damaged by a copy or a crash; "
            "restore a backup, or choose another file."
        )
    if not _looks_like_sqlite(path):
        raise NotOurFile(f"{path} is not a DealerDesk database.")


def is_server_url(location: object) -> bool:
    """True for the address of a database on the shop's server (postgresql://...)."""
    return isinstance(location, str) and location.lower().startswith(
        ("postgresql://", "postgres://"))


def open_database(path: str | os.PathLike[str], *, create: bool = True) -> Any:
    """Open (or create) the database at `path`, bind the proxy to it and return it.

    A file that exists is never initialised: it must carry our application id (or be a
    database that has never been given a schema, user_version 0 and no tables). A
    postgresql:// address opens the shop's server (db/postgres_only.py) under the same
    rule: a database holding other tables and no DealerDesk marker is refused.
    """
    if is_server_url(path):
        return _open_server(str(path))
    path = Path(path)
    existed = path.exists()
    if existed:
        _check_existing_file(path)
    elif not create:
        raise StorageError(f"{path} does not exist.")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    if existed:
        _check_identity(path)
    from dealerdesk.db.sqlite_only import FileDatabase

    database = FileDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    database.connect(reuse_if_open=True)
    _opened[str(path)] = _identity(path)
    db.initialize(database)
    return database


# The file each open path held when it was opened (device, inode): a restore run by another
# program puts a new file at the path, and writes to the old one would be lost with it.
_opened: dict[str, tuple[int, int] | None] = {}


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if found.st_ino else None


def file_replaced() -> bool:
    """True when the open database's path now holds another file than the one opened
    (a restore by another program), or nothing at all."""
    obj = db.obj
    if obj is None:
        return False
    path = Path(str(obj.database))
    known = _opened.get(str(path))
    return known is not None and _identity(path) != known


def _open_server(url: str) -> Any:
    from dealerdesk.db import postgres_only

    database = postgres_only.open_server(url)
    app_id = postgres_only.get_application_id(database)
    if app_id not in (0, APPLICATION_ID) or (
            app_id == 0 and postgres_only.table_count(database) > 0):
        database.close()
        raise NotOurFile(f"{postgres_only.hide_password(url)} holds another program's tables; "
                         "DealerDesk will not change it.")
    db.initialize(database)
    return database


def _is_server(obj: Any) -> bool:
    from dealerdesk.db.postgres_only import ServerDatabase

    return isinstance(obj, ServerDatabase)


def _check_identity(path: Path) -> None:
    """Read the header without changing a byte (pragmas such as WAL would rewrite it)."""
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc, path):
            raise DiskFull(path) from exc
        raise DamagedFile(f"{path} cannot be read as a database: {exc}") from exc
    if app_id == APPLICATION_ID:
        return
    if app_id == 0 and tables == 0:
        raise DamagedFile(
            f"{path} is an empty database with no DealerDesk data in it. "
            "If you expected your customers here, restore a backup."
        )
    raise NotOurFile(f"{path} belongs to another program; DealerDesk will not change it.")


def close_database() -> None:
    """Close the bound database (checkpointing the WAL) if one is open."""
    obj = db.obj
    if obj is not None and _is_server(obj):
        obj.close()
        return
    if obj is not None and not obj.is_closed():
        try:
            # Not worth waiting for: while another program writes, it checkpoints later.
            obj.execute_sql("PRAGMA busy_timeout = 0")
            obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlite3.DatabaseError, peewee.DatabaseError):
            pass  # a damaged or busy file: closing matters more than a tidy WAL
        obj.close()


def forget_database() -> None:
    """Close the bound database and unbind it, so that nothing reconnects to its file
    (peewee reconnects on use, which would create a file that was moved or replaced)."""
    close_database()
    db.initialize(None)


def hold_writes(held: bool) -> None:
    """While held, every write to the open database fails and reads go on: on each of its
    connections, those of worker threads and those opened later (see SessionRules)."""
    db.obj.hold_writes(held)


def writes_held() -> bool:
    return bool(db.obj is not None and db.obj.writes_held)


def checkpoint() -> bool:
    """Copy what the WAL holds into the file and empty it, without waiting for anyone
    (a deleted or damaged -wal then costs nothing); True when it was emptied."""
    obj = db.obj
    if obj is None or obj.is_closed():
        return False
    if _is_server(obj):
        return True  # the server keeps its own log
    try:
        obj.execute_sql("PRAGMA busy_timeout = 0")
        busy = obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except DATABASE_ERRORS:
        return False
    finally:
        with contextlib.suppress(*DATABASE_ERRORS):
            obj.execute_sql(f"PRAGMA busy_timeout = {PRAGMAS['busy_timeout']}")
    return busy == 0


def check_file(path: Path | str) -> list[str]:
    """quick_check and link check of `path` on a read-only connection of its own (so it
    may run on a worker thread while the program works); [] when healthy. For the shop's
    server: its own checks (postgres_only.server_problems)."""
    if is_server_url(path):
        from dealerdesk.db import postgres_only

        return postgres_only.server_problems(str(path))
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [r[0] for r in rows if r[0] != "ok"] + [
        f"broken link in {r[0]} row {r[1]} to {r[2]}" for r in fk]


def close_thread_connection() -> None:
    """Close the calling worker thread's own connection (peewee keeps one per thread);
    the GUI thread's connection stays open."""
    import threading

    if db.obj is not None and threading.current_thread() is not threading.main_thread():
        db.obj.close()


def quick_check() -> list[str]:
    """Run SQLite's quick_check; an empty list means the file is healthy.

    A file damaged badly enough makes the check itself fail: that is reported as a
    problem too, never raised.
    """
    if _is_server(db.obj):
        return []  # the server keeps its pages whole; links are its foreign keys
    try:
        rows = db.execute_sql("PRAGMA quick_check").fetchall()
        fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"broken link in {r[0]} row {r[1]} to {r[2]}" for r in fk]
    return problems
