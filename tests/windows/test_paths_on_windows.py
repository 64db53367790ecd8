"""Folders as a Windows shop has them: %APPDATA%, Chinese user names, spaces, # and %."""

import datetime as dt
import sqlite3
from pathlib import PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from dealerdesk import paths
from dealerdesk.db import backup
from dealerdesk.db.database import read_only_uri, sqlite_uri

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def windows_appdata(monkeypatch):
    """platformdirs as on Windows, with %APPDATA% of a user called 张三."""
    appdata = r"C:\Users\张三\AppData\Roaming"
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        lambda csidl: {"CSIDL_APPDATA": appdata}.get(csidl, r"C:\Other"))
    return appdata


def test_the_data_folder_is_appdata_roaming_dealerdesk(windows_appdata):
    folder = PureWindowsPath(str(paths.data_dir()).replace("/", "\\"))
    assert folder == PureWindowsPath(windows_appdata) / "DealerDesk"


def test_the_database_and_backups_live_in_the_data_folder(windows_appdata):
    db = PureWindowsPath(str(paths.default_db_path()).replace("/", "\\"))
    assert db == PureWindowsPath(r"C:\Users\张三\AppData\Roaming\DealerDesk\dealerdesk.db")
    backups = PureWindowsPath(str(paths.backup_dir(paths.default_db_path())).replace("/", "\\"))
    assert backups.parent == db.parent and backups.name == "backups"


@pytest.mark.parametrize("path, uri", [
    (r"C:\Users\张三\AppData\Roaming\DealerDesk\dealerdesk.db",
     "file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Roaming/DealerDesk/dealerdesk.db"),
    (r"D:\车行 #2\100% 备份\x.db", "file:///D:/%E8%BD%A6%E8%A1%8C%20%232/100%25%20"
                                  "%E5%A4%87%E4%BB%BD/x.db"),
    (r"\\NAS\backup\x.db", "file:////NAS/backup/x.db"),
])
def test_windows_paths_become_uris_sqlite_reads(path, uri):
    assert sqlite_uri(PureWindowsPath(path)) == uri


@pytest.mark.parametrize("folder", ["张三 的资料", "车行 #2", "100% 备份", "a?b"])
def test_backups_are_checked_in_folders_with_any_name(store, staff, tmp_path, folder):
    made = backup.backup_now(tmp_path / folder / "备份 文件夹", now=NOW)
    backup.verify_backup(made)
    # the read-only check reads the file itself, not a file named by part of the path
    con = sqlite3.connect(read_only_uri(made), uri=True)
    try:
        assert con.execute("SELECT count(*) FROM staff").fetchone()[0] == 1
    finally:
        con.close()


def test_a_shop_in_a_folder_with_a_hash_opens_and_restores(data_dir, tmp_path):
    from dealerdesk.services import backups, store

    db = tmp_path / "车行 #2" / "店 里.db"
    store.open_store(db, backup_dir=db.parent / "backups")
    try:
        made = backups.make_backup(db_file=db, now=NOW)
    finally:
        store.close_store()
    store.open_store(db, backup_dir=db.parent / "backups")  # the identity check reads it
    store.close_store()
    aside = backups.restore_backup(backup=made, db_file=db, now=NOW)
    assert aside.name.startswith("店 里.db.before-restore-")
    assert store.integrity_problems(db) == []
