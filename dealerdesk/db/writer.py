"""One writer at a time, across the window and the command line: the write transaction.

SQLite lets one connection write at a time. Every transaction here starts with BEGIN
IMMEDIATE, so a second writer learns at its first statement, not half-way, that another
one holds the database (an import of 50,000 rows holds it for seconds). It then waits:
the first attempt is short, and if it fails the waiter is told (the command line prints
"another import or change is being written to this database; waiting…"), then it waits
up to its patience. Past that, it stops with one line and nothing changed. Whatever it
decided before the lock (an import's dry run) must be checked again inside.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee

from dealerdesk.db.database import (
    BUSY_TIMEOUT_MS,
    DATABASE_ERRORS,
    DiskFull,
    StorageError,
    db,
    file_replaced,
    is_disk_full,
    read_only_uri,
)
from dealerdesk.i18n import translate

CTX = "Storage"
FIRST_TRY_MS = 200
DEFAULT_PATIENCE = BUSY_TIMEOUT_MS / 1000
Notice = Callable[[str], None]


class WriterBusy(StorageError):
    """Another writer held the database for longer than this one would wait."""


class FileReplaced(StorageError):
    """Another program (a restore) put a new file at the open database's path: what this
    one would write would go to the file kept aside, and be lost with it."""

    def __init__(self, path: str | Path):
        super().__init__(translate(
            "Storage", "{path} was replaced by a restore since it was opened; nothing was "
            "changed. Open it again to work on the restored data.").format(path=path))


def busy_error(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database is busy" errors."""
    text = str(exc).lower()
    kinds = (peewee.OperationalError, sqlite3.OperationalError, WriterBusy)
    return isinstance(exc, kinds) and (
        "locked" in text or "busy" in text or "lock timeout" in text)


def waiting_text() -> str:
    return translate(
        "Storage", "Another import or change is being written to this database; waiting…")


def busy_text(seconds: float) -> str:
    return translate(
        "Storage",
        "The database was still busy with another import or change after {seconds} "
        "seconds; nothing was changed. Try again when it has finished.",
    ).format(seconds=round(seconds))


class _Policy(threading.local):
    def __init__(self) -> None:
        self.patience: float | None = None
        self.notice: Notice | None = None


_thread = _Policy()
_process: dict[str, Any] = {"patience": DEFAULT_PATIENCE, "notice": None}


def set_default_waiting(*, patience: float | None = None, notice: Notice | None = None) -> None:
    """How long every writer of this process waits, and whom it tells that it waits
    (the command line prints to stderr)."""
    if patience is not None:
        _process["patience"] = max(float(patience), 0.0)
    _process["notice"] = notice


@contextmanager
def waiting(*, patience: float | None = None, notice: Notice | None = None) -> Iterator[None]:
    """For the writes made inside: wait up to `patience` seconds, telling `notice` once."""
    before = (_thread.patience, _thread.notice)
    _thread.patience = patience if patience is not None else _thread.patience
    _thread.notice = notice or _thread.notice
    try:
        yield
    finally:
        _thread.patience, _thread.notice = before


def _policy() -> tuple[float, Notice | None]:
    patience = _thread.patience if _thread.patience is not None else _process["patience"]
    return float(patience), _thread.notice or _process["notice"]


def _on_server() -> bool:
    from dealerdesk.db.engine import is_server

    return is_server()


def _set_timeout(ms: float) -> None:
    if _on_server():
        return  # the server's writers do not queue for the whole database
    db.execute_sql(f"PRAGMA busy_timeout = {max(int(ms), 0)}")


def _begin() -> Any:
    """Enter a top-level transaction (BEGIN IMMEDIATE), waiting for another writer."""
    tx = _wait_for_lock(_enter, _set_timeout)
    if file_replaced():
        # Only now, holding the lock, is it certain that no restore is half-way.
        db.pop_transaction()
        tx.rollback(False)
        raise FileReplaced(db.database)
    return tx


def _wait_for_lock(enter: Callable[[], Any], set_timeout: Callable[[float], object]) -> Any:
    """Call `enter` (a BEGIN IMMEDIATE): a short first try, then, having told the notice
    once, up to this thread's patience; WriterBusy past it."""
    patience, notice = _policy()
    started = time.monotonic()
    try:
        set_timeout(min(FIRST_TRY_MS, patience * 1000))
        try:
            return enter()
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            if not busy_error(exc):
                raise
        if notice:
            notice(waiting_text())
        left = patience - (time.monotonic() - started)
        if left <= 0:
            raise WriterBusy(busy_text(patience))
        set_timeout(left * 1000)
        try:
            return enter()
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            if busy_error(exc):
                raise WriterBusy(busy_text(patience)) from None
            raise
    finally:
        set_timeout(BUSY_TIMEOUT_MS)


def wait_until(try_once: Callable[[], bool]) -> None:
    """Call `try_once` (an attempt at a lock that does not wait, the server's one-writer
    lock) until it succeeds: told to this thread's notice after the first refusal, given
    up with WriterBusy past its patience, as BEGIN IMMEDIATE waits on a file."""
    patience, notice = _policy()
    started = time.monotonic()
    if try_once():
        return
    if notice:
        notice(waiting_text())
    while time.monotonic() - started < patience:
        time.sleep(0.05)
        if try_once():
            return
    raise WriterBusy(busy_text(patience))


class FileLock:
    """The write lock of a database file that is not the open one (a restore's target),
    held by a connection of its own until `release()`.

    A read-only connection opened first stays open until after the lock's own: the last
    connection to close a WAL database checkpoints and deletes the `-wal` by its name,
    which after a restore's rename is the new file's; a read-only one cannot.
    """

    def __init__(self, path: Path):
        self.path = path
        self._cons: list[sqlite3.Connection] = []

    def take(self) -> FileLock:
        """Wait for other writers (as every writer does) and hold the lock. A file that
        cannot be opened as a database has no writers to wait for: nothing is held."""
        if not self.path.exists():
            return self
        try:
            guard = sqlite3.connect(read_only_uri(self.path), uri=True, isolation_level=None)
            self._cons.append(guard)
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
            con = sqlite3.connect(str(self.path), isolation_level=None, timeout=0)
            self._cons.append(con)
        except sqlite3.DatabaseError:
            self.release()
            return self

        def set_timeout(ms: float) -> None:
            con.execute(f"PRAGMA busy_timeout = {max(int(ms), 0)}")

        try:
            _wait_for_lock(lambda: con.execute("BEGIN IMMEDIATE"), set_timeout)
        except WriterBusy:
            self.release()
            raise
        except sqlite3.DatabaseError:
            self.release()
        return self

    @property
    def held(self) -> bool:
        return len(self._cons) == 2

    def release(self) -> None:
        """Let other writers in (the lock's connection first, see the class)."""
        for con in reversed(self._cons):
            with contextlib.suppress(sqlite3.Error):
                con.close()
        self._cons = []

    def __enter__(self) -> FileLock:
        return self.take()

    def __exit__(self, *exc: object) -> None:
        self.release()


def if_free(action: Callable[[], object]) -> bool:
    """Run a write that is only worth doing now (statistics): skipped, False, when another
    writer holds the database."""
    _set_timeout(0)
    try:
        action()
    except peewee.OperationalError as exc:
        if busy_error(exc):
            return False
        raise
    finally:
        _set_timeout(BUSY_TIMEOUT_MS)
    return True


def _enter() -> Any:
    """BEGIN IMMEDIATE; the transaction object (peewee's) that commits or rolls back."""
    return db.atomic().__enter__()


@contextmanager
def write_transaction() -> Iterator[None]:
    """A transaction that holds the database's write lock from its first statement.

    Inside another transaction it is a savepoint. Raises WriterBusy (one line) when
    another writer keeps the database longer than this thread's patience, and DiskFull
    when the disk is full; either way nothing of the transaction was written.
    """
    if db.in_transaction():
        with db.atomic():
            yield
        return
    tx = _begin()
    try:
        yield
    except BaseException as exc:
        plain = _finish(tx, exc)
        if plain is exc:
            raise
        raise plain from None
    plain = _finish(tx, None)
    if plain is not None:
        raise plain from None


def _finish(tx: Any, error: BaseException | None) -> BaseException | None:
    """Commit, or roll back after `error`; return the error to raise, in plain words.

    SQLite rolls a transaction back by itself on some errors (a full disk): a second
    rollback would then fail with "cannot rollback - no transaction is active" and hide
    the real cause, so it is only asked for while a transaction is open.
    """
    db.pop_transaction()
    con = db.connection()
    try:
        if error is None:
            tx.commit(False)
        elif _in_transaction(con):
            tx.rollback(False)
    except DATABASE_ERRORS as failure:
        error = error or failure
        if _in_transaction(con):
            con.rollback()
    return _plain(error) if error is not None else None


def _in_transaction(con: Any) -> bool:
    if hasattr(con, "in_transaction"):
        return bool(con.in_transaction)
    import psycopg

    return con.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


def _plain(error: BaseException) -> BaseException:
    if is_disk_full(error):
        return DiskFull(Path(str(db.database)))
    return error
