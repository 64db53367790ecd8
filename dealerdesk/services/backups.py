"""Backups the shop can rely on: daily at start, at exit, on demand; restore with care."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import paths
from dealerdesk.db import backup
from dealerdesk.db.backup import InterruptedRestore
from dealerdesk.db.database import DATABASE_ERRORS, StorageError, db, forget_database
from dealerdesk.services import access
from dealerdesk.services.settings import get_setting, set_settings

Step = Callable[[int, int], None]

__all__ = [
    "InterruptedRestore", "ServerRestore", "StorageError", "backup_folder",
    "customers_before_restore", "daily_backup_due",
    "drop_interrupted_restore", "finish_interrupted_restore", "interrupted_restore",
    "list_backup_files", "make_backup", "move_shop", "restore_backup", "restore_open_server",
    "restore_to_server",
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
    backup.rotate(target_dir, keep=(target,))
    return target


def list_backup_files(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first (for a restore list)."""
    return backup.list_backups(folder)


def daily_backup_due(*, db_file: Path, today: dt.date) -> bool:
    """True when no backup of this database was made today in the backup folder."""
    mine = backup.database_id()
    for path in backup.list_backups(backup_folder(db_file)):
        if backup.database_id(path) == mine:
            return not path.name.startswith(f"{backup.PREFIX}{today:%Y%m%d}")
    return True


def restore_backup(*, backup: Path, db_file: Path, now: dt.datetime) -> Path | None:
    """Replace the database by `backup` (checked first); return where the old file was
    kept (None when there was no file at `db_file`)."""
    from dealerdesk.db.backup import restore_file

    access.require("restore")
    if str(db_file).lower().startswith(("postgresql:", "postgres:")):
        raise StorageError(
            "a backup is written back to the shop's server with the command line "
            "(dealerdesk restore BACKUP --db postgresql://…); nothing was changed")
    if not backup.is_file():
        raise StorageError(f"{backup} does not exist")
    folders = {paths.backup_dir(db_file), backup.parent}
    if db.obj is not None:
        if not db.obj.is_closed() and Path(db.obj.database) == db_file:
            folders.add(backup_folder(db_file))
        forget_database()
    aside = restore_file(backup, db_file, now=now)
    _note_restore(db_file, folders, now=now)
    return aside


def move_shop(source: str, target: str):  # -> transfer.TransferReport
    """Copy the whole shop at `source` (a file or the server) into `target` (a new file or
    an empty server database), in one transaction, counts and ledger totals compared."""
    from dealerdesk.db.transfer import move

    access.require("backup")
    return move(source, target)


def _check_restore(backup_file: Path) -> None:
    """The owner's right, and a backup that is there and whole, before the server is
    touched."""
    access.require("restore")
    if not backup_file.is_file():
        raise StorageError(f"{backup_file} does not exist")
    backup.verify_backup(backup_file)


def restore_to_server(*, backup_file: Path, url: str):  # -> transfer.TransferReport
    """Write a backup back to the shop's server, replacing what it holds, in one
    transaction. Other PCs see the restored data when they next read."""
    from dealerdesk.db.transfer import file_to_server

    _check_restore(backup_file)
    if db.obj is not None:
        forget_database()
    return file_to_server(backup_file, url)


@dataclass(frozen=True)
class ServerRestore:
    """A backup written back to the shop's server: the customers it holds now, and the
    backup of the server taken just before."""

    customers: int
    server_backup: Path


def customers_before_restore(backup_file: Path) -> tuple[int, int]:
    """(customers in the backup, customers in the open database now), not counting the
    recycle bin: what a restore's confirmation compares."""
    from dealerdesk.db.api import live_customers

    return backup.live_customers(backup_file), live_customers()


def restore_open_server(*, backup_file: Path, url: str, folder: Path, now: dt.datetime,
                        progress: Step | None = None) -> ServerRestore:
    """Write `backup_file` back to the shop's server the program works on (`url`, with its
    password), replacing its data for every PC, in one transaction. Slow: call it off the
    GUI thread; `progress(done, total)` counts the server's backup and each table.

    The program's writes are held meanwhile, on every connection (database.hold_writes),
    and a backup of the server ("before-restore") is taken into `folder` first. The
    other PCs are told to reload when it commits; the caller opens the server again.
    """
    from dealerdesk.db import transfer
    from dealerdesk.db.database import hold_writes, writes_held

    _check_restore(backup_file)
    total = len(transfer.COPIED) + 1
    done = [0]

    def step(*_: object) -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], total)

    held = writes_held()
    hold_writes(True)
    try:
        safety = backup.backup_now(folder, now=now, label="before-restore")
        step()
        transfer.file_to_server(backup_file, url, progress=step)
    except DATABASE_ERRORS as exc:
        # The transaction was rolled back: the server is as it was, not damaged.
        raise StorageError(f"the server did not take the backup: {exc}") from exc
    finally:
        hold_writes(held)
    return ServerRestore(backup.live_customers(backup_file), safety)


def _note_restore(db_file: Path, folders: set[Path], *, now: dt.datetime) -> None:
    """Remember which backups were made before this restore (see health.check_database)."""
    from dealerdesk.db import backup as files
    from dealerdesk.services.store import note_restore

    numbers = [files.creation_number(p) for folder in folders for p in files.list_backups(folder)]
    note_restore(db_file, now=now, newest_backup=max(numbers, default=0))


def interrupted_restore(db_file: Path) -> InterruptedRestore | None:
    """What a restore that was killed before it finished left beside `db_file`."""
    return backup.find_interrupted_restore(db_file)


def finish_interrupted_restore(leftover: InterruptedRestore, *, now: dt.datetime) -> Path | None:
    """Put the checked copy of the backup in place, as the killed restore would have;
    return where the file it replaces was kept."""
    if not leftover.copy_complete:
        raise StorageError(f"{leftover.copy.name} is incomplete; restore the backup again")
    if db.obj is not None:
        forget_database()
    backup.verify_backup(leftover.copy)
    aside = backup.swap_in(leftover.copy, leftover.target, now=now)
    _note_restore(leftover.target, {paths.backup_dir(leftover.target)}, now=now)
    return aside


def drop_interrupted_restore(leftover: InterruptedRestore) -> None:
    """Keep the database as it is: delete the unfinished restore's copy."""
    leftover.copy.unlink(missing_ok=True)


def files_kept_aside(db_file: Path) -> list[Path]:
    """Files earlier restores kept aside for `db_file`, newest first."""
    return backup.kept_aside(db_file)


def remember_backup_folder(folder: str) -> None:
    access.require("settings")
    set_settings({"backup_folder": folder})
