"""Opening a shop's database the safe way: check, back up, migrate, then use it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import clock
from dealerdesk.db import backup, migrations, sqlite_only
from dealerdesk.db.database import (
    DATABASE_ERRORS,
    DamagedFile,
    NotOurFile,
    StorageError,
    close_database,
    open_database,
    quick_check,
)
from dealerdesk.db.models import SessionOperator

__all__ = ["DamagedFile", "NotOurFile", "StorageError", "StoreInfo", "close_store", "open_store"]


@dataclass(frozen=True)
class StoreInfo:
    """What happened while opening: a new file, a migration and its safety backup."""

    path: Path
    created: bool
    migrated_from: int | None
    safety_backup: Path | None


def open_store(
    path: Path, *, backup_dir: Path, now: dt.datetime | None = None, check: bool = True
) -> StoreInfo:
    """Open `path` for use: integrity check, backup before any migration, migrate.

    Raises StorageError (NotOurFile, DamagedFile, NewerSchema) with a plain message.
    """
    now = now or clock.now()
    created = not path.exists()
    database = open_database(path)
    try:
        if check and not created:
            problems = quick_check()
            if problems:
                raise DamagedFile(f"{path} failed its integrity check: {problems[0]}")
        safety = None
        if migrations.needs_migration(database):
            safety = backup.backup_now(backup_dir, now=now, label="before-upgrade")
        before = migrations.migrate(database)
        sqlite_only.refresh_statistics(database)
        if created:
            from dealerdesk.services.membership_setup import seed_defaults

            seed_defaults()
    except DATABASE_ERRORS as exc:
        close_database()
        if created:
            _remove_half_made(path)
        raise DamagedFile(f"{path} cannot be read: {exc}") from exc
    except BaseException:
        close_database()
        if created:
            _remove_half_made(path)
        raise
    return StoreInfo(path, created, before if before else None, safety)


def _remove_half_made(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def integrity_problems(path: Path) -> list[str]:
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


def close_store() -> None:
    close_database()


def set_operator(name: str, *, via: str = "", staff_id: int | None = None) -> None:
    """Record who is working (and whether from the command line, via="cli") for the audit
    log written by the database triggers."""
    SessionOperator.replace(id=1, name=name, via=via, staff_id=staff_id,
                            clock_shift=clock.shift_seconds()).execute()
