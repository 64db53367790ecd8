"""Backups and restores on Windows: fsync through a writable handle, no folder sync."""

import datetime as dt

from dealerdesk.db import backup

NOW = dt.datetime(2026, 11, 26, 9, 0)


def test_backup_succeeds_where_fsync_needs_write_access(store, staff, tmp_path,
                                                         windows_files):
    target = backup.backup_now(tmp_path / "b", now=NOW)
    backup.verify_backup(target)
    assert windows_files  # the copy was flushed to disk, not skipped
    assert not list((tmp_path / "b").glob("*.tmp"))


def test_restore_succeeds_where_fsync_needs_write_access(store, staff, tmp_path,
                                                          windows_files):
    made = backup.backup_now(tmp_path / "b", now=NOW)
    target = tmp_path / "restored.db"
    target.write_bytes(b"the current file")
    aside = backup.restore_file(made, target, now=NOW)
    backup.verify_backup(target)
    assert aside.read_bytes() == b"the current file"
