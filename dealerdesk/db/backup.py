"""Backups with SQLite's online backup API, checked before they count, and restore.

A backup is written to a temporary file, fsynced, opened and checked (quick_check and
our application id), and only then renamed into place. Its name carries a creation
number (`-n<N>`) so that rotation knows which backups are the newest even when the
computer's clock was set back or jumped ahead. Rotation keeps the last 7 daily, 5 weekly
and 12 monthly files, counted from the newest by creation, and never the one just made.

Restore copies the backup to `<name>.restoring` beside the database, checks and fsyncs
it, keeps the current file aside (`<name>.before-restore-<stamp>`, with its WAL) and
then replaces the database in one rename: the path always holds either the old or the
new database. A `.restoring` file left by a killed restore is found at the next start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import fileops
from dealerdesk.db.database import (
    APPLICATION_ID,
    DATABASE_ERRORS,
    LIVE_CUSTOMERS_SQL,
    DiskFull,
    StorageError,
    db,
    is_disk_full,
    read_only_uri,
)
from dealerdesk.db.writer import FileLock, WriterBusy

PREFIX = "dealerdesk-"
SUFFIX = ".db"
# What a backup in the making is called, and the files SQLite may put beside it.
TEMP_SUFFIXES = (".tmp", ".tmp-journal", ".tmp-wal", ".tmp-shm")
RESTORING = ".restoring"
ASIDE = ".before-restore-"
_NUMBER = re.compile(r"-n(\d+)$")


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


def live_customers(path: Path) -> int:
    """How many customers (not in the recycle bin) the backup at `path` holds."""
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return int(con.execute(LIVE_CUSTOMERS_SQL).fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path.name} is not a readable database: {exc}") from exc


def backup_now(folder: Path, *, now: dt.datetime, label: str = "") -> Path:
    """Copy the open database into `folder`; return the checked backup's path.

    The copy is read through a connection of its own (WAL lets it read while the program
    writes), so a backup may run on a worker thread without holding up the window.
    Temporaries left by an earlier backup that was killed are removed first; a backup
    that fails (a full USB stick) removes its own.
    """
    folder.mkdir(parents=True, exist_ok=True)
    remove_temporaries(folder)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    number = next_number(folder)
    target = folder / f"{PREFIX}{stamp}{('-' + label) if label else ''}-n{number}{SUFFIX}"
    tmp = target.with_suffix(".tmp")
    try:
        _copy_open_database(tmp)
        fileops.fsync_file(tmp)
        verify_backup(tmp)
        fileops.replace(tmp, target)
    except BaseException as exc:
        remove_temporaries(folder)
        if is_disk_full(exc):
            raise DiskFull(folder) from exc
        raise
    fileops.fsync_folder(folder)
    return target


def _copy_open_database(tmp: Path) -> None:
    from dealerdesk.db.engine import is_server

    if is_server():
        # The server's data, as of one moment, in a DealerDesk file like any other backup.
        from dealerdesk.db.transfer import server_to_file

        server_to_file(db.obj.url, tmp)
        return
    source = sqlite3.connect(db.obj.database)
    dest = sqlite3.connect(str(tmp))
    try:
        source.backup(dest)
        # A backup is a single file: no WAL beside it.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
        source.close()


def remove_temporaries(folder: Path) -> list[Path]:
    """Delete what unfinished backups left in `folder` (each as large as the database)."""
    removed = []
    for suffix in TEMP_SUFFIXES:
        for path in folder.glob(f"{PREFIX}*{suffix}"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def creation_number(path: Path) -> int:
    """The backup's creation number; 0 for backups named before numbers were given."""
    found = _NUMBER.search(path.name[: -len(SUFFIX)])
    return int(found.group(1)) if found else 0


def next_number(folder: Path) -> int:
    return 1 + max((creation_number(p) for p in list_backups(folder)), default=0)


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first by creation (number, then name)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: (creation_number(p), p.name), reverse=True)


def _stamp_of(path: Path) -> dt.date | None:
    try:
        return dt.datetime.strptime(path.name[len(PREFIX) : len(PREFIX) + 8], "%Y%m%d").date()
    except ValueError:
        return None


def _looks_whole(path: Path) -> bool:
    """A cheap test that a backup file is a database at all (a full check reads it all)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00" and path.stat().st_size >= 512
    except OSError:
        return False


def rotate(folder: Path, *, daily: int = 7, weekly: int = 5, monthly: int = 12,
           keep: tuple[Path, ...] = ()) -> list[Path]:
    """Delete backups not kept by the day/week/month rule; return what was deleted.

    Backups are taken newest first by creation, not by the dates in their names: after
    the clock was set back the newest backup has the oldest date, and must still count
    as the newest. Files in `keep` (the backup just made) are never deleted, and files
    that are not databases at all take no place in the count (nor are they deleted).
    Each database's backups are counted on their own: the data folder's backups/ also
    holds demo.db's, which must never push the shop's out.
    """
    kept: set[Path] = set(keep)
    groups: dict[object, list[Path]] = {}
    for path in list_backups(folder):
        if _stamp_of(path) is None or not _looks_whole(path):
            kept.add(path)
        else:
            groups.setdefault(database_id(path), []).append(path)
    removed = []
    for backups in groups.values():
        removed += _thin_out(backups, kept, {"d": daily, "w": weekly, "m": monthly})
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _thin_out(backups: list[Path], kept: set[Path], limits: dict[str, int]) -> list[Path]:
    """The backups (of one database, newest first) the day/week/month rule lets go."""
    seen: dict[str, set[object]] = {"d": set(), "w": set(), "m": set()}
    for path in backups:
        day = _stamp_of(path)
        assert day is not None
        keys = {"d": day, "w": day.isocalendar()[:2], "m": (day.year, day.month)}
        for kind, key in keys.items():
            if key not in seen[kind] and len(seen[kind]) < limits[kind]:
                seen[kind].add(key)
                kept.add(path)
    return [p for p in backups if p not in kept]


def database_id(path: Path | None = None) -> str | None:
    """The id a database was given once (a setting, so its backups carry it too), of the
    backup at `path` or (None) of the open database; None when it has none or cannot be
    read. Backups of one database are rotated and compared with each other only."""
    sql = "SELECT value FROM setting WHERE key = 'database_id'"
    try:
        rows = _read(path, sql)
    except (sqlite3.Error, *DATABASE_ERRORS):
        return None
    try:
        return (str(json.loads(rows[0][0])) or None) if rows else None
    except ValueError:
        return None


def _read(path: Path | None, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of `sql` from the backup at `path` (read only), or from the open database."""
    if path is None:
        return [tuple(r) for r in db.execute_sql(sql, params).fetchall()]
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return [tuple(r) for r in con.execute(sql, params).fetchall()]
    finally:
        con.close()


# Tables that only grow: every row a backup holds must still be in the database.
APPEND_ONLY = ("ledger_entry", "audit_log")


def sequence_marks(path: Path | None = None) -> dict[str, tuple[int, int]]:
    """(highest id, row count) of each append-only table, in the backup at `path` or
    (None) in the open database."""
    marks = {}
    if path is None:
        for table in APPEND_ONLY:
            row = db.execute_sql(f"SELECT COALESCE(MAX(id), 0), count(*) FROM {table}")
            marks[table] = tuple(row.fetchone())
        return marks
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        for table in APPEND_ONLY:
            row = con.execute(f"SELECT COALESCE(MAX(id), 0), count(*) FROM {table}").fetchone()
            marks[table] = (int(row[0]), int(row[1]))
    finally:
        con.close()
    return marks


def audit_rows(ids: tuple[int, ...], path: Path | None = None) -> list[tuple]:
    """The audit log rows with these ids, in the backup at `path` or the open database:
    two files whose rows agree share their history up to there."""
    marks = ",".join("?" * len(ids))
    return _read(path, "SELECT id, at, table_name, row_id, action FROM audit_log "
                       f"WHERE id IN ({marks}) ORDER BY id", ids)


def rows_up_to(table: str, last_id: int) -> int:
    """Rows of `table` in the open database with an id up to `last_id`."""
    return int(db.execute_sql(f"SELECT count(*) FROM {table} WHERE id <= ?",
                              (last_id,)).fetchone()[0])


# ---- restore -----------------------------------------------------------------------


def restoring_path(target: Path) -> Path:
    """Where a restore puts the backup's copy before it replaces `target`."""
    return target.with_name(target.name + RESTORING)


def kept_aside(target: Path) -> list[Path]:
    """Files a restore kept aside for `target`, newest first."""
    if not target.parent.is_dir():
        return []
    found = [p for p in target.parent.glob(f"{target.name}{ASIDE}*")
             if p.is_file() and not p.name.endswith(("-wal", "-shm"))]
    return sorted(found, key=lambda p: p.name, reverse=True)


def restore_file(backup: Path, target: Path, *, now: dt.datetime) -> Path | None:
    """Replace `target` by `backup` (database must be closed); return where the old file
    was kept (None when there was none).

    Steps, each safe to be killed after: the backup is copied to `<target>.restoring`,
    fsynced and checked; the current file is kept aside under a second name (with its
    WAL, if a checkpoint could not empty it); then one rename puts the copy in place.
    """
    tmp = restoring_path(target)
    fold_wal(backup)
    verify_backup(backup)
    try:
        tmp.unlink(missing_ok=True)
        shutil.copyfile(backup, tmp)
        fileops.fsync_file(tmp)
        verify_backup(tmp)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(target.parent) from exc
        raise
    try:
        return swap_in(tmp, target, now=now)
    except WriterBusy:
        tmp.unlink(missing_ok=True)  # nothing was changed, and nothing is left to settle
        raise


def swap_in(tmp: Path, target: Path, *, now: dt.datetime) -> Path | None:
    """Keep the current `target` aside, then rename the checked `tmp` over it.

    Both happen under the target's write lock, taken as every writer takes it (waiting
    for an import or a change another program is writing, saying so): a restore never
    replaces a file half-way through someone's transaction. Writers that still hold the
    old file open find, at their next transaction, that it was replaced (FileReplaced).
    """
    fold_wal(target)
    with FileLock(target) as lock:
        if lock.held:
            _copy_wal_in(target)
        aside = _keep_aside(target, now) if target.exists() else None
        for suffix in ("-wal", "-shm"):
            # The old WAL must never be replayed into the restored file (it is kept aside).
            Path(str(target) + suffix).unlink(missing_ok=True)
        if os.name == "nt":
            lock.release()  # Windows renames no file that is open
        fileops.replace(tmp, target)
        fileops.fsync_folder(target.parent)
    return aside


def _copy_wal_in(target: Path) -> None:
    """Under the write lock: copy what the WAL holds into the file (a PASSIVE checkpoint
    needs no lock of its own), so that a kill after the WAL is unlinked and before the
    rename leaves the old file whole at the path; the WAL is kept aside with it anyway."""
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(str(target), timeout=0)
        try:
            con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            con.close()  # not the last connection: the lock's keep the WAL in place


def _keep_aside(target: Path, now: dt.datetime) -> Path:
    """A second name for the current file (a hard link: instant, no space), or a copy;
    with its WAL, which the write lock keeps from changing meanwhile."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}{ASIDE}{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = target.with_name(f"{target.name}{ASIDE}{stamp}-{n}")
    try:
        for suffix in ("", "-wal"):
            current = Path(str(target) + suffix)
            if current.exists() and (suffix == "" or current.stat().st_size > 0):
                _second_name(current, Path(str(aside) + suffix))
    except BaseException as exc:
        for suffix in ("", "-wal"):
            Path(str(aside) + suffix).unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(target.parent) from exc
        raise
    fileops.fsync_folder(target.parent)
    return aside


def _second_name(current: Path, other: Path) -> None:
    try:
        os.link(current, other)
    except OSError:  # a file system without hard links (FAT on a USB stick)
        partial = other.with_name(other.name + ".part")
        shutil.copyfile(current, partial)
        fileops.fsync_file(partial)
        fileops.replace(partial, other)


def fold_wal(path: Path) -> None:
    """Move what a WAL beside `path` holds into the file itself, so that copying or
    renaming the file alone keeps every committed row. A file that cannot be opened
    keeps its WAL (it is then kept aside with it)."""
    wal = Path(str(path) + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(str(path))
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()


@dataclass(frozen=True)
class InterruptedRestore:
    """What a killed restore left beside the database."""

    target: Path
    copy: Path  # the `.restoring` copy of the backup
    copy_complete: bool  # it passed the check: the restore can be finished with it
    aside: Path | None  # the newest file kept aside, if any


def find_interrupted_restore(target: Path) -> InterruptedRestore | None:
    """A `.restoring` copy beside `target` means a restore was killed before its rename."""
    tmp = restoring_path(target)
    if not tmp.exists():
        return None
    try:
        verify_backup(tmp)
        complete = True
    except StorageError:
        complete = False
    aside = kept_aside(target)
    return InterruptedRestore(target, tmp, complete, aside[0] if aside else None)
