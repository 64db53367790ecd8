"""Backups: checked before they count, rotation keeps days, weeks and months."""

import datetime as dt

import pytest

from dealerdesk.db import backup
from dealerdesk.db.database import StorageError


def test_backup_is_a_checked_single_file(store, staff, tmp_path):
    target = backup.backup_now(tmp_path / "b", now=dt.datetime(2026, 11, 26, 9, 0))
    assert target.name == "dealerdesk-20261126-090000.db"
    backup.verify_backup(target)
    assert not list((tmp_path / "b").glob("*.tmp"))


def test_verify_refuses_garbage(tmp_path):
    junk = tmp_path / "dealerdesk-20260101-000000.db"
    junk.write_bytes(b"x" * 100)
    with pytest.raises(StorageError):
        backup.verify_backup(junk)


def test_rotation_keeps_recent_days_weeks_months(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.date(2025, 1, 1)
    for i in range(500):
        day = start + dt.timedelta(days=i)
        (folder / f"dealerdesk-{day:%Y%m%d}-120000.db").write_bytes(b"")
    backup.rotate(folder)
    kept = sorted(p.name[11:19] for p in backup.list_backups(folder))
    newest = start + dt.timedelta(days=499)
    assert f"{newest:%Y%m%d}" in kept
    assert len(kept) <= 7 + 5 + 12
    # the last 7 days are all there
    for i in range(7):
        assert f"{newest - dt.timedelta(days=i):%Y%m%d}" in kept
    # one per month for a year
    months = {k[:6] for k in kept}
    assert len(months) >= 12
