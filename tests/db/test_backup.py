"""Backups: checked before they count, rotation keeps days, weeks and months."""

import datetime as dt

import pytest

from dealerdesk.db import backup
from dealerdesk.db.database import StorageError

# About the SQLite file itself; the server's side is in test_postgres.py.
pytestmark = pytest.mark.sqlite_only


def test_backup_is_a_checked_single_file(store, staff, tmp_path):
    target = backup.backup_now(tmp_path / "b", now=dt.datetime(2026, 11, 26, 9, 0))
    assert target.name == "dealerdesk-20261126-090000-n1.db"
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
        (folder / f"dealerdesk-{day:%Y%m%d}-120000.db").write_bytes(
            b"SQLite format 3\x00" + b"\0" * 1000)
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


def _dated_backups(folder, count, last_day=dt.date(2026, 11, 26)):
    """`count` backups named one a day up to `last_day`, numbered in that order."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(count):
        day = last_day - dt.timedelta(days=count - 1 - i)
        path = folder / f"dealerdesk-{day:%Y%m%d}-120000-n{i + 1}.db"
        path.write_bytes(b"SQLite format 3\x00" + b"\0" * 1000)
        made.append(path)
    return made


def test_backups_are_numbered_in_order_of_creation(store, tmp_path):
    folder = tmp_path / "b"
    first = backup.backup_now(folder, now=dt.datetime(2026, 11, 26, 9, 0))
    second = backup.backup_now(folder, now=dt.datetime(2026, 11, 26, 8, 0))  # clock set back
    assert backup.creation_number(first) == 1 and backup.creation_number(second) == 2
    assert backup.list_backups(folder) == [second, first]


def test_a_backup_made_with_the_clock_set_back_survives_rotation(store, tmp_path):
    """22 dated backups, then one made on a clock that says 2000: it is the newest."""
    folder = tmp_path / "b"
    old = _dated_backups(folder, 22)
    target = backup.backup_now(folder, now=dt.datetime(2000, 1, 1, 10, 0))
    removed = backup.rotate(folder, keep=(target,))
    assert target.exists() and target not in removed
    kept = backup.list_backups(folder)
    assert kept[0] == target
    assert old[-1] in kept  # yesterday's newest by creation is still there


def test_rotation_counts_the_newest_by_creation_not_by_name(tmp_path):
    """Backups made after the clock went back a year still fill the daily places."""
    folder = tmp_path / "b"
    _dated_backups(folder, 10, last_day=dt.date(2026, 11, 26))
    for i in range(8):  # the clock now says 2025: names are older, numbers are newer
        day = dt.date(2025, 11, 1) + dt.timedelta(days=i)
        (folder / f"dealerdesk-{day:%Y%m%d}-120000-n{11 + i}.db").write_bytes(
            b"SQLite format 3\x00" + b"\0" * 1000)
    backup.rotate(folder)
    numbers = {backup.creation_number(p) for p in backup.list_backups(folder)}
    assert set(range(12, 19)) <= numbers  # the 7 newest by creation, one per day


def test_the_just_made_backup_is_never_rotated_away(tmp_path):
    folder = tmp_path / "b"
    _dated_backups(folder, 30)
    odd = folder / "dealerdesk-19990101-000000.db"  # an old name without a number
    odd.write_bytes(b"SQLite format 3\x00" + b"\0" * 1000)
    assert odd in backup.rotate(folder, daily=1, weekly=0, monthly=0)
    odd.write_bytes(b"SQLite format 3\x00" + b"\0" * 1000)
    backup.rotate(folder, daily=1, weekly=0, monthly=0, keep=(odd,))
    assert odd.exists() and len(backup.list_backups(folder)) == 2


def test_leftovers_of_a_killed_backup_go_at_the_next_backup(store, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    stale = [folder / "dealerdesk-20261125-120000-n4.tmp",
             folder / "dealerdesk-20261125-120000-n4.tmp-journal"]
    for path in stale:
        path.write_bytes(b"x" * 10_000)
    backup.backup_now(folder, now=dt.datetime(2026, 11, 26, 9, 0))
    assert not any(p.exists() for p in stale)
    assert [p.suffix for p in folder.iterdir()] == [".db"]


def test_a_failed_backup_leaves_no_temporary(store, tmp_path, monkeypatch):
    import errno

    folder = tmp_path / "b"

    def full(tmp):
        tmp.write_bytes(b"half a backup")
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp))

    monkeypatch.setattr(backup, "_copy_open_database", full)
    with pytest.raises(StorageError, match="is full; nothing was changed"):
        backup.backup_now(folder, now=dt.datetime(2026, 11, 26, 9, 0))
    assert list(folder.iterdir()) == []
