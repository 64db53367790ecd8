"""Backups the shop can rely on: daily at start, at exit, on demand; restore with care."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dealerdesk import paths
from dealerdesk.db import backup
from dealerdesk.db.database import StorageError, close_database, db
from dealerdesk.services import access
from dealerdesk.services.settings import get_setting, set_settings

__all__ = [
    "StorageError", "backup_folder", "daily_backup_due", "list_backup_files", "make_backup",
    "restore_backup",
]


def backup_folder(db_file: Path) -> Path:
    """The folder chosen in Settings, or `backups/` beside the database."""
    return paths.backup_dir(db_file, get_setting("backup_folder") or "")


def make_backup(*, db_file: Path, now: dt.datetime, folder: Path | None = None,
                automatic: bool = False) -> Path:
    """Back up the open database now, then thin out old backups; return the new file.

    A backup asked for by a person is the owner's right; the program's own backups at
    start and exit (`automatic`) are made whoever is signed in.
    """
    if not automatic:
        access.require("backup")
    target_dir = folder or backup_folder(db_file)
    target = backup.backup_now(target_dir, now=now)
    backup.rotate(target_dir)
    return target


def list_backup_files(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first (for a restore list)."""
    return backup.list_backups(folder)


def daily_backup_due(*, db_file: Path, today: dt.date) -> bool:
    """True when no backup was made today in the backup folder."""
    newest = backup.list_backups(backup_folder(db_file))
    return not newest or not newest[0].name.startswith(f"{backup.PREFIX}{today:%Y%m%d}")


def restore_backup(*, backup: Path, db_file: Path, now: dt.datetime) -> Path:
    """Replace the database by `backup` (checked first); return where the old file went."""
    from dealerdesk.db.backup import restore_file

    access.require("restore")

    if not backup.is_file():
        raise StorageError(f"{backup} does not exist")
    if db.obj is not None:
        close_database()
    return restore_file(backup, db_file, now=now)


def remember_backup_folder(folder: str) -> None:
    access.require("settings")
    set_settings({"backup_folder": folder})
