"""Restore, demo and a missing database: the path always holds a whole database, and
what a killed command left is found and offered back."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from dealerdesk.cli import main
from dealerdesk.db import backup


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


def _customers(path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM customer").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def shop(tmp_path, capsys):
    """A shop of 30 customers with a backup of it, then 20 more customers added."""
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "30"]) == 0
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "bk")]) == 0
    saved = next((tmp_path / "bk").glob("*.db"))
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.store import close_store, open_store

    open_store(db, backup_dir=tmp_path / "bk")
    for n in range(20):
        create_customer(CustomerInput(name=f"新客{n}", phone=f"1390000{n:04d}"),
                        today=__import__("datetime").date(2026, 11, 26))
    close_store()
    capsys.readouterr()
    assert _customers(db) == 50
    return db, saved


def test_restore_keeps_the_old_file_aside_and_leaves_no_copy(shop, capsys):
    db, saved = shop
    assert main(["restore", str(saved), "--db", str(db), "--yes"]) == 0
    assert _customers(db) == 30
    aside = backup.kept_aside(db)
    assert len(aside) == 1 and _customers(aside[0]) == 50
    assert not backup.restoring_path(db).exists()
    assert "kept as" in capsys.readouterr().out


def test_a_restore_killed_before_its_rename_is_found_and_can_be_finished(
        shop, capsys, monkeypatch):
    db, saved = shop

    def killed(*args):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(os, "replace", killed)
        assert main(["restore", str(saved), "--db", str(db), "--yes"]) == 130
    assert _customers(db) == 50  # the path holds the old database, whole
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "restore --finish" in err
    assert main(["restore", "--finish", "--db", str(db)]) == 0
    assert "complete" in capsys.readouterr().out
    assert _customers(db) == 30
    assert not backup.restoring_path(db).exists()
    assert _customers(backup.kept_aside(db)[0]) == 50


def test_an_unfinished_copy_is_said_and_can_be_abandoned(shop, capsys):
    db, saved = shop
    backup.restoring_path(db).write_bytes(saved.read_bytes()[:5000])  # killed mid-copy
    assert main(["reminders", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "interrupted while copying" in err and "restore --abandon" in err
    assert main(["restore", "--finish", "--db", str(db)]) == 1
    assert "incomplete" in capsys.readouterr().err
    assert main(["restore", "--abandon", "--db", str(db)]) == 0
    assert not backup.restoring_path(db).exists() and _customers(db) == 50
    assert main(["restore", "--abandon", "--db", str(db)]) == 1  # nothing left to settle


def test_rows_only_in_the_wal_are_kept_aside(shop, tmp_path):
    """A file whose WAL still holds committed rows: the file kept aside has them all."""
    db, saved = shop
    copy = tmp_path / "copy.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("INSERT INTO staff (name, phone, active, created_at) "
                "VALUES ('新人', '13911112222', 1, '2026-11-26')")
    con.commit()
    shutil.copyfile(db, copy)  # what a crash leaves: the file and its WAL
    shutil.copyfile(f"{db}-wal", f"{copy}-wal")
    con.close()
    assert main(["restore", str(saved), "--db", str(copy), "--yes"]) == 0
    aside = backup.kept_aside(copy)[0]
    con = sqlite3.connect(aside)
    assert con.execute("SELECT count(*) FROM staff WHERE name = '新人'").fetchone()[0] == 1
    con.close()
    assert not os.path.exists(f"{copy}-wal") or os.path.getsize(f"{copy}-wal") == 0


def test_a_file_kept_aside_can_be_put_back_when_the_path_is_empty(shop, capsys):
    """What an older DealerDesk's killed restore left: no file, the old one aside."""
    db, saved = shop
    aside = db.with_name(db.name + ".before-restore-20261126-100000")
    os.replace(db, aside)
    assert main(["check", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err and str(aside) in err
    assert not db.exists()  # nothing was created
    assert main(["restore", str(aside), "--db", str(db), "--yes"]) == 0
    assert _customers(db) == 50


def test_a_missing_database_is_named_with_what_it_held(tmp_path, capsys):
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "25"]) == 0
    assert main(["check", "--db", str(db)]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    for path in tmp_path.glob("shop.db*"):
        path.unlink()
    capsys.readouterr()
    assert main(["members", "list", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "it held 25 customers" in err and "dealerdesk restore" in err
    assert not db.exists()


def test_demo_builds_under_a_temporary_name(tmp_path, capsys, monkeypatch):
    db = tmp_path / "demo.db"
    leftover = tmp_path / "demo.db.building"
    leftover.write_bytes(b"half a demo from a killed run")
    from dealerdesk.services import demo

    real = demo.fill_demo
    seen = {}

    def watched(**kwargs):
        seen["exists_while_filling"] = db.exists()
        return real(**kwargs)

    monkeypatch.setattr(demo, "fill_demo", watched)
    assert main(["demo", "--db", str(db), "--customers", "40"]) == 0
    assert seen == {"exists_while_filling": False}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]
    assert _customers(db) == 40


def test_a_failed_demo_leaves_no_file(tmp_path, capsys, monkeypatch):
    from dealerdesk.services import demo

    def broken(**kwargs):
        raise RuntimeError("generator failed")

    monkeypatch.setattr(demo, "fill_demo", broken)
    with pytest.raises(RuntimeError):
        main(["demo", "--db", str(tmp_path / "demo.db")])
    assert list(tmp_path.iterdir()) == []


def test_check_says_when_rows_the_last_backup_holds_are_missing(tmp_path, capsys):
    """A deleted -wal drops committed rows and leaves a healthy-looking file: `check`
    compares the append-only tables with the last backup and says so."""
    shop, lost = tmp_path / "shop.db", tmp_path / "lost.db"
    assert main(["demo", "--db", str(shop), "--customers", "30"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    con = sqlite3.connect(shop)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(5):
        con.execute("INSERT INTO staff (name, phone, active, created_at) "
                    f"VALUES ('新人{i}', '1391111222{i}', 1, '2026-11-26')")
    con.commit()
    shutil.copyfile(shop, lost)  # the file without its WAL: the five rows are gone
    assert main(["backup", "--db", str(shop), "--to", str(tmp_path / "backups")]) == 0
    con.close()
    capsys.readouterr()
    assert main(["check", "--db", str(lost)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "5 audit log entries in the last backup" in err


def test_check_does_not_cry_wolf_after_restoring_an_older_backup(shop, capsys):
    db, saved = shop
    assert main(["backup", "--db", str(db)]) == 0  # newer than `saved`, same folder
    assert main(["restore", str(saved), "--db", str(db), "--yes"]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0
    assert "no backup of this database made since the last restore" in capsys.readouterr().out
    assert main(["backup", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert "compared with the last backup" in capsys.readouterr().out


def test_check_is_not_misled_by_another_databases_backup(tmp_path, capsys):
    """shop.db and demo.db in one data folder share backups/: only shop's count."""
    shop, demo = tmp_path / "shop.db", tmp_path / "demo.db"
    assert main(["demo", "--db", str(shop), "--customers", "10"]) == 0
    assert main(["backup", "--db", str(shop)]) == 0
    assert main(["demo", "--db", str(demo), "--customers", "300", "--seed", "9"]) == 0
    assert main(["backup", "--db", str(demo)]) == 0  # the newest backup is the demo's
    capsys.readouterr()
    assert main(["check", "--db", str(shop)]) == 0
    out = capsys.readouterr().out
    assert "compared with the last backup dealerdesk-" in out and "-n1.db" in out


def test_the_demos_backups_never_push_the_shops_out(tmp_path, capsys):
    """dealerdesk.db and demo.db share the data folder's backups/: each keeps its own."""
    shop, demo = tmp_path / "dealerdesk.db", tmp_path / "demo.db"
    assert main(["demo", "--db", str(shop), "--customers", "10"]) == 0
    assert main(["backup", "--db", str(shop)]) == 0
    shops_backup = next((tmp_path / "backups").glob("*.db"))
    assert main(["demo", "--db", str(demo), "--customers", "10", "--seed", "9"]) == 0
    for _ in range(3):  # the same day: each rotation keeps only the newest of a database
        assert main(["backup", "--db", str(demo)]) == 0
    assert shops_backup.exists()
    assert len(list((tmp_path / "backups").glob("*.db"))) == 2


def _holder(db, tmp_path):
    import sys

    sys.path.insert(0, str(os.path.join(os.path.dirname(__file__), "..", "db")))
    from test_writer import Holder

    return Holder(db, tmp_path)


def test_a_restore_waits_for_another_writer_and_stops_with_one_line(shop, tmp_path, capsys):
    """An import (here: a held write lock) is running: the restore says it waits, and past
    its patience stops with one line; the database and its folder are as they were."""
    db, saved = shop
    holder = _holder(db, tmp_path)
    try:
        code = main(["restore", str(saved), "--db", str(db), "--yes", "--wait", "0.5"])
    finally:
        holder.close()
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "waiting" not in line]
    assert code == 1 and len(lines) == 1 and "nothing was changed" in lines[0], err
    assert "waiting" in err
    assert _customers(db) == 50
    assert sorted(p.name for p in db.parent.glob("shop.db*")
                  if not p.name.endswith(("-wal", "-shm"))) == ["shop.db"]


def test_a_restore_goes_on_when_the_other_writer_finishes(shop, tmp_path, capsys):
    import threading
    import time

    db, saved = shop
    holder = _holder(db, tmp_path)
    # A thread that sleeps, not threading.Timer: a timed wait on a condition never ends
    # under faketime at a later day, which the suite also runs under.
    def release_soon() -> None:
        time.sleep(1.0)
        holder.release()

    releaser = threading.Thread(target=release_soon)
    releaser.start()
    try:
        assert main(["restore", str(saved), "--db", str(db), "--yes", "--wait", "60"]) == 0
    finally:
        releaser.join()
        holder.close()
    assert "waiting" in capsys.readouterr().err
    assert _customers(db) == 30


def test_a_writer_whose_file_was_restored_over_changes_nothing(shop, tmp_path, capsys):
    """A window or script with the file open while a restore replaced it: its next write
    would land in the file kept aside, so it stops with one line instead."""
    from dealerdesk.db.api import atomic
    from dealerdesk.db.database import StorageError
    from dealerdesk.db.models import Customer
    from dealerdesk.services.store import close_store, open_store

    db, saved = shop
    open_store(db, backup_dir=tmp_path / "bk")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "dealerdesk", "restore", str(saved), "--db",
                           str(db), "--yes"], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=os.getcwd()))
    assert done.returncode == 0, done.stderr
    with pytest.raises(StorageError) as caught, atomic():
        Customer.create(name="迟到", phone="13912345678")
    assert "nothing was changed" in str(caught.value) and "\n" not in str(caught.value)
    close_store()
    assert _customers(db) == 30
    aside = backup.kept_aside(db)[0]
    assert _customers(aside) == 50


def test_rows_another_writer_committed_just_before_the_restore_stay_in_the_old_file(
        shop, tmp_path, monkeypatch):
    """Rows committed after the restore's first tidy-up and before its lock are in the WAL:
    they are copied into the old file under the lock, so the file kept aside (and the path,
    had the restore been killed before its rename) holds them without the WAL."""
    from dealerdesk.services import backups

    db, saved = shop
    late = sqlite3.connect(db, isolation_level=None)
    late.execute("PRAGMA journal_mode=wal")
    real_fold = backup.fold_wal

    def fold_then_write(path):
        real_fold(path)
        if path == db:
            late.execute("INSERT INTO setting (key, value) VALUES ('late', '1')")

    monkeypatch.setattr(backup, "fold_wal", fold_then_write)
    aside = backups.restore_backup(backup=saved, db_file=db,
                                   now=__import__("datetime").datetime(2026, 11, 26, 15))
    late.close()
    for suffix in ("-wal", "-shm"):
        Path(str(aside) + suffix).unlink(missing_ok=True)
    con = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT value FROM setting WHERE key = 'late'").fetchone() == ("1",)
    finally:
        con.close()
