"""Opening a shop's database the safe way: check, back up, migrate, then use it.

Also kept here, outside the database: which database files were used and how many
customers each held (a small JSON in the data folder), so that a start which finds no
file where one was used asks what to do instead of quietly making an empty one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from dealerdesk import clock, paths
from dealerdesk.db import backup, engine, migrations, writer
from dealerdesk.db.database import (
    BUSY_TIMEOUT_MS,
    DATABASE_ERRORS,
    DamagedFile,
    DiskFull,
    NotOurFile,
    StorageError,
    close_database,
    disk_full_where,
    forget_database,
    hold_writes,
    is_disk_full,
    is_server_url,
    open_database,
    quick_check,
)
from dealerdesk.db.models import SessionOperator
from dealerdesk.db.postgres_only import hide_password

__all__ = [
    "DamagedFile", "DiskFull", "MissingDatabase", "NotOurFile", "StorageError", "StoreInfo",
    "build_database", "checkpoint", "close_store", "disk_full_error", "is_database_error",
    "missing_database", "open_store", "release_writes", "remember_database",
]

T = TypeVar("T")
STATE_FILE = "databases.json"
STATE_LIMIT = 20  # files remembered, the most recently used first
BUILDING = ".building"  # a new database is made under this name, then moved into place


@dataclass(frozen=True)
class StoreInfo:
    """What happened while opening: a new file, a migration and its safety backup."""

    path: Path | str  # a file, or the server's address without its password
    created: bool
    migrated_from: int | None
    safety_backup: Path | None
    writes_held: bool = False
    notices: tuple[str, ...] = ()  # what an upgrade changed to make room for a new rule


def open_store(
    path: Path | str, *, backup_dir: Path, now: dt.datetime | None = None, check: bool = True,
    hold: bool = False,
) -> StoreInfo:
    """Open `path` for use: integrity check, backup before any migration, migrate.

    With `hold` (the window, which checks on a worker thread) nothing is written: the
    connection is read-only until `release_writes()`, called once the check has passed.
    A file that needs a migration is checked here first in any case.
    Raises StorageError (NotOurFile, DamagedFile, DiskFull, NewerSchema) with a plain message.
    `path` may also be the address of the shop's server (postgresql://...).
    """
    if is_server_url(path):
        return _open_server(str(path), backup_dir=backup_dir, now=now or clock.now())
    path = Path(path)
    now = now or clock.now()
    created = not path.exists()
    database = open_database(path)
    held = False
    try:
        upgrade = not created and migrations.needs_migration(database)
        if not created and (check or upgrade):
            problems = quick_check()
            if problems:
                raise DamagedFile(f"{path} failed its integrity check: {problems[0]}")
        current = migrations.schema_version(database) == migrations.LATEST_VERSION
        if hold and not created and current:
            hold_writes(True)
            held = True
            return StoreInfo(path, created, None, None, writes_held=True)
        safety = None
        if upgrade:
            safety = backup.backup_now(backup_dir, now=now, label="before-upgrade")
        before = migrations.migrate(database)
        notices = tuple(migrations.NOTICES)
        writer.if_free(lambda: _refresh_statistics(database))
        if created:
            from dealerdesk.services.membership_setup import seed_defaults

            seed_defaults()
        _give_database_id()
    except DATABASE_ERRORS as exc:
        close_database()
        if created:
            _remove_half_made(path)
        if is_disk_full(exc, path):
            raise DiskFull(path) from exc
        if writer.busy_error(exc):
            raise writer.WriterBusy(writer.busy_text(BUSY_TIMEOUT_MS / 1000)) from None
        raise DamagedFile(f"{path} cannot be read: {exc}") from exc
    except BaseException:
        close_database()
        if created:
            _remove_half_made(path)
        raise
    return StoreInfo(path, created, before if before else None, safety, writes_held=held,
                     notices=notices)


def _open_server(url: str, *, backup_dir: Path, now: dt.datetime) -> StoreInfo:
    """The shop's server: connect, migrate under its advisory lock (after a backup, written
    as a DealerDesk file by the program itself), seed a new database."""
    database = open_database(url)
    try:
        created = migrations.schema_version(database) == 0
        safety = None
        if migrations.needs_migration(database):
            safety = backup.backup_now(backup_dir, now=now, label="before-upgrade")
        before = migrations.migrate(database)
        notices = tuple(migrations.NOTICES)
        if created:
            from dealerdesk.services.membership_setup import seed_defaults

            seed_defaults()
        _give_database_id()
    except BaseException:
        close_database()
        raise
    return StoreInfo(hide_password(url), created, before if before else None, safety,
                     notices=notices)


def _refresh_statistics(database) -> None:
    """Planner statistics help speed, never correctness: a full disk may skip them."""
    try:
        engine.sql_for(database).refresh_statistics(database)
    except DATABASE_ERRORS as exc:
        if not is_disk_full(exc):
            raise


def release_writes() -> None:
    """The start-up check passed: allow writes and refresh the planner's statistics."""
    from dealerdesk.db.database import db

    hold_writes(False)
    _refresh_statistics(db.obj)
    _give_database_id()


def _give_database_id() -> None:
    """Once per database: the id that tells its backups from other databases' backups.
    A full disk may postpone it (reading commands must still work)."""
    import uuid

    from dealerdesk.services.settings import get_setting, set_settings

    try:
        if not get_setting("database_id"):
            set_settings({"database_id": uuid.uuid4().hex})
    except DATABASE_ERRORS as exc:
        if not is_disk_full(exc):
            raise


def hold_all_writes() -> None:
    """Damage was found while working: nothing more may be written to this file."""
    with contextlib.suppress(*DATABASE_ERRORS):
        hold_writes(True)


def _remove_half_made(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build_database(path: Path, *, fill: Callable[[], T], backup_dir: Path | None = None) -> T:
    """Make a new database at `path`, filled by `fill()`; return what `fill` returned.

    The file is built as `<name>.building` (a leftover of a build that was killed is
    removed first), closed with an empty WAL, fsynced, and only then given its name: a
    kill at any moment leaves either no file at `path` or a complete one. An existing
    file is never replaced. The new database is left open.
    """
    if path.exists():
        raise StorageError(f"{path} already exists; a new database goes into a new file only")
    tmp = path.with_name(path.name + BUILDING)
    _remove_half_made(tmp)
    try:
        open_store(tmp, backup_dir=backup_dir or paths.backup_dir(path))
        result = fill()
        forget_database()
        backup.fold_wal(tmp)
        Path(str(tmp) + "-shm").unlink(missing_ok=True)
        _fsync(tmp)
        _move_new_file(tmp, path)
    except BaseException as exc:
        forget_database()
        _remove_half_made(tmp)
        if is_disk_full(exc) and not isinstance(exc, DiskFull):
            raise DiskFull(path) from exc
        raise
    open_store(path, backup_dir=backup_dir or paths.backup_dir(path))
    return result


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _move_new_file(tmp: Path, path: Path) -> None:
    """Give `tmp` the name `path` unless a file appeared there meanwhile."""
    try:
        os.link(tmp, path)  # fails when `path` exists: never overwrites
    except FileExistsError:
        raise StorageError(f"{path} already exists; it was left as it was") from None
    except OSError:  # no hard links on this file system
        if path.exists():
            raise StorageError(f"{path} already exists; it was left as it was") from None
        os.replace(tmp, path)
    else:
        tmp.unlink()
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def integrity_problems(path: Path | str) -> list[str]:
    """What SQLite's quick_check finds wrong with the file ([] when healthy).

    Uses its own read-only connection: the window runs it on a worker thread after start,
    since it reads the whole file (a second at 100,000 customers).
    """
    from dealerdesk.db.database import check_file

    return check_file(path)


def release_thread_connection() -> None:
    """After database work on a worker thread: close that thread's connection."""
    from dealerdesk.db.database import close_thread_connection

    close_thread_connection()


def checkpoint() -> bool:
    """Empty the WAL into the file now (after an import, when idle); True when done."""
    from dealerdesk.db.database import checkpoint as wal_checkpoint

    return wal_checkpoint()


def close_store() -> None:
    close_database()


def open_path() -> Path | None:
    """The file of the database in use, if one is bound."""
    from dealerdesk.db.database import db

    return Path(db.obj.database) if db.obj is not None else None


def set_operator(name: str, *, via: str = "", staff_id: int | None = None) -> None:
    """Record who is working (and whether from the command line, via="cli") for the audit
    log written by the database triggers."""
    row = (name, via, staff_id, clock.shift_seconds())
    if engine.is_server():
        # Each connection to the server has its own operator (see postgres_only).
        from dealerdesk.db.database import db

        db.obj.remember_operator(row)
    with writer.write_transaction():
        SessionOperator.replace(id=1, name=name, via=via, staff_id=staff_id,
                                clock_shift=row[3]).execute()


# ---- errors ------------------------------------------------------------------------


def is_replaced_error(exc: BaseException) -> bool:
    """True when another program (a restore) replaced the open file (writer.FileReplaced)."""
    return isinstance(exc, writer.FileReplaced)


def is_database_error(exc: BaseException) -> bool:
    """True for errors SQLite raised about the file (damaged, unreadable, full)."""
    return isinstance(exc, DATABASE_ERRORS)


def disk_full_error(exc: BaseException, default: Path | None = None) -> DiskFull | None:
    """The one-line "disk holding X is full" error that `exc` really is, if it is one."""
    where = default or open_path()
    if not is_disk_full(exc, where):
        return None
    if isinstance(exc, DiskFull):
        return exc
    return DiskFull(disk_full_where(exc, where or Path(".")))


# ---- remembered databases ----------------------------------------------------------


@dataclass(frozen=True)
class Remembered:
    """A database file this PC used, and how many customers it held then."""

    path: Path
    customers: int
    seen: str  # when, "YYYY-MM-DD HH:MM"
    restored_over: int = 0  # backups numbered up to this were made before the last restore


class MissingDatabase(StorageError):
    """A database that was used before is no longer where it was."""

    def __init__(self, path: Path, remembered: Remembered | None, kept_aside: Path | None):
        self.path = path
        self.remembered = remembered
        self.kept_aside = kept_aside
        text = f"{path} does not exist"
        if remembered is not None:
            text += f" (it held {remembered.customers} customers on {remembered.seen})"
        if kept_aside is not None:
            text += f"; a restore kept the previous file aside as {kept_aside}"
        super().__init__(text)


def _state_path() -> Path:
    return paths.data_dir() / STATE_FILE


def _key(path: Path) -> str:
    return str(path.expanduser().resolve())


def _read_state() -> list[dict]:
    try:
        data = json.loads(_state_path().read_text(encoding="utf-8"))
        return [d for d in data.get("databases", []) if isinstance(d, dict) and "path" in d]
    except (OSError, ValueError, AttributeError):
        return []  # never used, or unreadable: nothing is remembered


def remembered(path: Path) -> Remembered | None:
    """What was last seen of the database at `path`, if it was used on this PC."""
    key = _key(path)
    for item in _read_state():
        if item.get("path") == key:
            return Remembered(Path(key), int(item.get("customers", 0)), str(item.get("seen", "")),
                              int(item.get("restored_over", 0)))
    return None


def remember_database(path: Path, *, now: dt.datetime) -> None:
    """Note that the open database at `path` is in use and how many customers it holds.

    Written atomically beside the other per-user files; failing to write it (a full or
    read-only disk) is not worth stopping for.
    """
    from dealerdesk.db.api import live_customers

    try:
        customers = live_customers()
    except DATABASE_ERRORS:
        return
    _write_entry(path, customers=customers, seen=f"{now:%Y-%m-%d %H:%M}")


def note_restore(path: Path, *, newest_backup: int, now: dt.datetime) -> None:
    """A backup replaced the database at `path`: backups numbered up to `newest_backup`
    hold newer data on purpose from now on (`check` compares with later ones only)."""
    seen = remembered(path)
    _write_entry(path, customers=seen.customers if seen else 0,
                 seen=seen.seen if seen else f"{now:%Y-%m-%d %H:%M}",
                 restored_over=newest_backup)


def _write_entry(path: Path, **values: object) -> None:
    key = _key(path)
    items = _read_state()
    old = next((d for d in items if d.get("path") == key), {})
    items = [d for d in items if d.get("path") != key]
    items.insert(0, {**old, "path": key, **values})
    target = _state_path()
    tmp = target.with_name(target.name + ".tmp")
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"databases": items[:STATE_LIMIT]}, ensure_ascii=False,
                                  indent=1), encoding="utf-8")
        os.replace(tmp, target)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def missing_database(path: Path) -> MissingDatabase | None:
    """When `path` does not exist but was used before (remembered on this PC, backups made
    of it, or a file a restore kept aside): the error to show instead of creating it."""
    if path.exists():
        return None
    seen = remembered(path)
    aside = backup.kept_aside(path)
    had_backups = bool(backup.list_backups(paths.backup_dir(path)))
    if seen is None and not aside and not had_backups:
        return None
    return MissingDatabase(path, seen, aside[0] if aside else None)
