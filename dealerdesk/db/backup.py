"""Backups with SQLite's online backup API, checked before they count, and restore.

A backup is written to a temporary file, fsynced, opened and checked (quick_check and
our application id), and only then renamed into place. Rotation keeps the last 7 daily,
5 weekly and 12 monthly files. Restore checks the backup first and moves the current
file (with its -wal and -shm) aside rather than deleting it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from dealerdesk import fileops
from dealerdesk.db.database import APPLICATION_ID, StorageError, db, read_only_uri

PREFIX = "dealerdesk-"
SUFFIX = ".db"


def verify_backup(path: Path) -> None:
    """Raise StorageError unless `path` is a healthy DealerDesk database."""
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            check = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path.name} is not a readable database: {exc}") from exc
    if app_id != APPLICATION_ID:
        raise StorageError(f"{path.name} is not a DealerDesk backup.")
    if check != "ok":
        raise StorageError(f"{path.name} is damaged: {check}")


def backup_now(folder: Path, *, now: dt.datetime, label: str = "") -> Path:
    """Copy the open database into `folder`; return the checked backup's path.

    The copy is read through a connection of its own (WAL lets it read while the program
    writes), so a backup may run on a worker thread without holding up the window.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}{stamp}{('-' + label) if label else ''}{SUFFIX}"
    tmp = target.with_suffix(".tmp")
    source = sqlite3.connect(db.obj.database)
    dest = sqlite3.connect(str(tmp))
    try:
        source.backup(dest)
        # A backup is a single file: no WAL beside it.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
        source.close()
    fileops.fsync_file(tmp)
    try:
        verify_backup(tmp)
    except StorageError:
        tmp.unlink(missing_ok=True)
        raise
    fileops.replace(tmp, target)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _stamp_of(path: Path) -> dt.date | None:
    try:
        return dt.datetime.strptime(path.name[len(PREFIX) : len(PREFIX) + 8], "%Y%m%d").date()
    except ValueError:
        return None


def rotate(folder: Path, *, daily: int = 7, weekly: int = 5, monthly: int = 12) -> list[Path]:
    """Delete backups not kept by the day/week/month rule; return what was deleted."""
    keep: set[Path] = set()
    seen: dict[str, set[object]] = {"d": set(), "w": set(), "m": set()}
    limits = {"d": daily, "w": weekly, "m": monthly}
    for path in list_backups(folder):
        day = _stamp_of(path)
        if day is None:
            keep.add(path)
            continue
        keys = {"d": day, "w": day.isocalendar()[:2], "m": (day.year, day.month)}
        for kind, key in keys.items():
            if key not in seen[kind] and len(seen[kind]) < limits[kind]:
                seen[kind].add(key)
                keep.add(path)
    removed = [p for p in list_backups(folder) if p not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore_file(backup: Path, target: Path, *, now: dt.datetime) -> Path:
    """Replace `target` by `backup` (database must be closed); return where the old file went.

    The current file and its -wal/-shm are renamed to `<name>.before-restore-<stamp>`.
    """
    verify_backup(backup)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(str(target) + suffix)
        if current.exists():
            fileops.replace(current, Path(str(aside) + suffix))
    tmp = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, tmp)
    fileops.move_into_place(tmp, target)
    return aside
