"""A full disk: every command says "the disk holding X is full; nothing was changed" in one
line, the database is unchanged and no temporary file is left.

The disk is a small tmpfs mounted for the test, which needs root; elsewhere the tests are
skipped with that reason.
"""

import os
import sqlite3
import subprocess

import pytest

from dealerdesk.cli import main

FULL = "is full; nothing was changed"


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


@pytest.fixture
def small_disk(tmp_path):
    """small_disk(size) -> a folder on a tmpfs of that size (e.g. "2m")."""
    if os.geteuid() != 0:
        pytest.skip("a small disk is a tmpfs mounted for the test, which needs root")
    mounted = []

    def make(size: str):
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                               str(folder)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder, leave: int = 0):
    """Fill the disk holding `folder` up to `leave` bytes."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def _one_line(err: str, where) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith(f"dealerdesk: the disk holding {where}") and FULL in err, err
    assert "Traceback" not in err


def _state(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return (con.execute("PRAGMA quick_check").fetchone()[0],
                con.execute("SELECT count(*) FROM customer").fetchone()[0],
                con.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        con.close()


def test_demo_on_a_full_disk(small_disk, capsys):
    disk = small_disk("1m")
    db = disk / "demo.db"
    assert main(["demo", "--db", str(db), "--customers", "5000"]) == 1
    _one_line(capsys.readouterr().err, db)
    assert list(disk.iterdir()) == []


def test_import_on_a_full_disk(small_disk, tmp_path, capsys):
    disk = small_disk("2m")
    db = disk / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "20"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    before = _state(db)
    sheet = tmp_path / "in.csv"
    rows = ["姓名,手机,备注"] + [f"客户{i},139{i:08d},{'很长的备注' * 20}" for i in range(3000)]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _fill(disk, leave=16384)
    capsys.readouterr()
    assert main(["import", str(sheet), "--db", str(db)]) == 1
    _one_line(capsys.readouterr().err, db)
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "shop.db"]
    assert _state(db) == before


def test_reading_commands_on_a_full_disk_say_so(small_disk, capsys):
    """A WAL database cannot even be read without room for its 32 KB -shm file."""
    disk = small_disk("2m")
    db = disk / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "20"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    before = _state(db)
    for path in disk.glob("shop.db-*"):
        path.unlink()
    _fill(disk)
    capsys.readouterr()
    for command in (["members", "verify"], ["reminders"], ["check"]):
        assert main([*command, "--db", str(db)]) == 1
        _one_line(capsys.readouterr().err, db)
    for path in disk.glob("shop.db-*"):
        path.unlink()
    (disk / "filler.bin").unlink()
    assert _state(db) == before


def test_export_to_a_full_disk(small_disk, tmp_path, capsys):
    disk = small_disk("64k")
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "3000"]) == 0
    capsys.readouterr()
    out = disk / "customers.xlsx"
    assert main(["export", "customers", str(out), "--db", str(db)]) == 1
    _one_line(capsys.readouterr().err, disk)
    assert list(disk.iterdir()) == []


def test_backup_to_a_full_disk(small_disk, tmp_path, capsys):
    disk = small_disk("512k")
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "3000"]) == 0
    capsys.readouterr()
    assert main(["backup", "--db", str(db), "--to", str(disk)]) == 1
    _one_line(capsys.readouterr().err, disk)
    assert list(disk.iterdir()) == []


def test_membership_spending_on_a_full_disk(small_disk):
    """A top-up at the desk when the disk is full: one line, the ledger as it was; once
    there is room again the same top-up goes through."""
    import datetime as dt

    from dealerdesk.db.database import DiskFull
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services import membership, membership_setup
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.membership_money import top_up
    from dealerdesk.services.store import checkpoint, open_store, set_operator

    disk = small_disk("2m")
    db = disk / "shop.db"
    today, now = dt.date(2026, 11, 26), dt.datetime(2026, 11, 26, 10, 0)
    open_store(db, backup_dir=disk / "backups")
    set_operator("tester")
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    level = membership_setup.list_levels()[0].id
    card = membership.issue_card(customer_id=cid, level_id=level, staff_id=None, today=today,
                                 now=now)[0].card.id
    assert checkpoint()
    ledger = _ledger(db)
    filler = _fill(disk)
    with pytest.raises(DiskFull) as caught:
        top_up(card_id=card, amount_cents=100_000, staff_id=None, today=today, now=now,
               note="预存")
    assert str(caught.value) == f"the disk holding {db} is full; nothing was changed"
    assert _ledger(db) == ledger
    filler.unlink()
    top_up(card_id=card, amount_cents=100_000, staff_id=None, today=today, now=now)
    assert _ledger(db) == ledger + 1


def _ledger(db) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM ledger_entry").fetchone()[0]
    finally:
        con.close()


def test_import_visits_on_a_full_disk(small_disk, tmp_path, capsys):
    disk = small_disk("2m")
    db = disk / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "20"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    con = sqlite3.connect(db)
    plates = [p for (p,) in con.execute(
        "SELECT v.plate_key FROM vehicle v JOIN customer c ON c.id = v.customer_id "
        "WHERE c.deleted_at IS NULL AND v.plate_key != '' AND v.disposed_on IS NULL")]
    visits = con.execute("SELECT count(*) FROM service_visit").fetchone()[0]
    con.close()
    before = _state(db)
    sheet = tmp_path / "repairs.csv"
    rows = ["日期,车牌,项目,金额,备注"] + [
        f"2026-11-{1 + i % 20:02d},{plates[i % len(plates)]},洗车,{1000 + i},{'洗车打蜡' * 90}"
        for i in range(3000)]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _fill(disk, leave=16384)
    capsys.readouterr()
    assert main(["import-visits", str(sheet), "--db", str(db)]) == 1
    _one_line(capsys.readouterr().err, db)
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "shop.db"]
    assert _state(db) == before
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert con.execute("SELECT count(*) FROM service_visit").fetchone()[0] == visits
    con.close()
