"""Opening the database: one proxy bound at start-up, safe pragmas, refusal of foreign files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

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
}


# What the driver raises when a file is damaged (peewee wraps sqlite3's own errors).
DATABASE_ERRORS = (sqlite3.DatabaseError, peewee.DatabaseError)


class StorageError(Exception):
    """The database file cannot be used; the message says why in plain words."""


class NotOurFile(StorageError):
    """The file is a database of some other program, or not a database at all."""


class DamagedFile(StorageError):
    """The file is ours but failed an integrity check, or is empty."""


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


def open_database(path: str | os.PathLike[str], *, create: bool = True) -> SqliteDatabase:
    """Open (or create) the database at `path`, bind the proxy to it and return it.

    A file that exists is never initialised: it must carry our application id (or be a
    database that has never been given a schema, user_version 0 and no tables).
    """
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
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    database.connect(reuse_if_open=True)
    db.initialize(database)
    return database


def _check_identity(path: Path) -> None:
    """Read the header without changing a byte (pragmas such as WAL would rewrite it)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
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
    if obj is not None and not obj.is_closed():
        try:
            # Not worth waiting for: while another program writes, it checkpoints later.
            obj.execute_sql("PRAGMA busy_timeout = 0")
            obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlite3.DatabaseError, peewee.DatabaseError):
            pass  # a damaged or busy file: closing matters more than a tidy WAL
        obj.close()


def check_file(path: Path) -> list[str]:
    """quick_check and link check of `path` on a read-only connection of its own (so it
    may run on a worker thread while the program works); [] when healthy."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    try:
        rows = db.execute_sql("PRAGMA quick_check").fetchall()
        fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"broken link in {r[0]} row {r[1]} to {r[2]}" for r in fk]
    return problems
