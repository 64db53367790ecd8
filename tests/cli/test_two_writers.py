"""Two programs writing one database: two imports of the same file add each customer once,
neither ends in a traceback; an import killed at any moment leaves all of it or none."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "db"))
from test_writer import Holder, wait_for  # noqa: E402


def _workbook(path, rows, first_phone=13800000000, letter="A"):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(["姓名", "手机", "车牌", "备注"])
    for i in range(rows):
        ws.append([f"客户{i}", first_phone + i, f"浙{letter}{i:05d}", "导入"])
    wb.save(path)
    return path


def _command(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYPINYIN_NO_PHRASES="1")
    return [sys.executable, "-m", "dealerdesk", *args], env


def _start(args, out, err):
    cmd, env = _command(*args)
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out.open("w"), stderr=err.open("w"))


def _new_db(tmp_path):
    from dealerdesk.cli import main

    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "1"]) == 0
    return db


def _live_customers(db):
    con = sqlite3.connect(db)
    try:
        total = con.execute("SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[0]
        distinct = con.execute(
            "SELECT count(DISTINCT phone) FROM customer WHERE deleted_at IS NULL").fetchone()[0]
        check = con.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        con.close()
    return total, distinct, check


def test_two_imports_of_the_same_file_add_each_customer_once(tmp_path, data_dir):
    db = _new_db(tmp_path)
    book = _workbook(tmp_path / "same.xlsx", 1000)
    before, _, _ = _live_customers(db)
    holder = Holder(db, tmp_path)  # keeps both imports waiting at the same moment
    procs, errs, outs = [], [], []
    for n in (1, 2):
        outs.append(tmp_path / f"out{n}.json")
        errs.append(tmp_path / f"err{n}.txt")
        procs.append(_start(["import", str(book), "--db", str(db), "--json"], outs[-1], errs[-1]))
    try:
        for err in errs:
            wait_for(lambda e=err: "waiting" in e.read_text(), "both imports to wait")
    finally:
        holder.close()
    codes = [p.wait(timeout=300) for p in procs]
    texts = [e.read_text() for e in errs]
    assert codes == [0, 0], texts
    assert not any("Traceback" in t for t in texts)
    results = [json.loads(o.read_text()) for o in outs]
    assert sorted(r["new"] for r in results) == [0, 1000]
    assert sorted(r["updated"] for r in results) == [0, 1000]
    total, distinct, check = _live_customers(db)
    assert (total - before, distinct, check) == (1000, total, "ok")


def test_two_imports_started_together_add_each_customer_once(tmp_path, data_dir):
    db = _new_db(tmp_path)
    book = _workbook(tmp_path / "same.xlsx", 1000)
    before, _, _ = _live_customers(db)
    procs = [_start(["import", str(book), "--db", str(db)], tmp_path / f"o{n}",
                    tmp_path / f"e{n}") for n in (1, 2)]
    codes = [p.wait(timeout=300) for p in procs]
    texts = [(tmp_path / f"e{n}").read_text() for n in (1, 2)]
    assert codes == [0, 0] and not any("Traceback" in t for t in texts), texts
    total, distinct, check = _live_customers(db)
    assert (total - before, distinct, check) == (1000, total, "ok")


def test_an_import_waiting_too_long_stops_with_one_line(tmp_path, data_dir):
    db = _new_db(tmp_path)
    book = _workbook(tmp_path / "one.xlsx", 10)
    holder = Holder(db, tmp_path)
    try:
        cmd, env = _command("import", str(book), "--db", str(db), "--wait", "1")
        done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        holder.close()
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if "waiting" not in line]
    assert len(lines) == 1 and "nothing was changed" in lines[0], done.stderr
    assert _live_customers(db)[0] == 1


def _kill_when_writing(proc, wal, start_size, limit=120.0):
    """SIGKILL once the import's transaction is writing (its WAL grows), or at its end."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > start_size + 64 * 1024:
            proc.send_signal(signal.SIGKILL)
            return True
        time.sleep(0.005)
    return False


@pytest.mark.slow
def test_kill_loop_import_leaves_all_or_nothing(tmp_path, data_dir):
    """Imports of 2,000 customers killed (SIGKILL) at spread-out moments: at least 12 kills,
    half of them while the import's transaction is writing."""
    db = _new_db(tmp_path)
    wal = Path(str(db) + "-wal")
    base, _, _ = _live_customers(db)
    rng = random.Random(12)
    runs = kills = corrupt = missing = partial = 0
    acknowledged = present = 0
    took = None
    while kills < 12 and runs < 40:
        book = _workbook(tmp_path / "k.xlsx", 2000, first_phone=13000000000 + runs * 10_000,
                         letter="ABCDEFGHJKLMNPQRSTUVWXYZ"[runs % 24] + str(runs // 24))
        start_size = wal.stat().st_size if wal.exists() else 0
        started = time.monotonic()
        proc = _start(["import", str(book), "--db", str(db)], tmp_path / "o.txt",
                      tmp_path / "e.txt")
        runs += 1
        if took is None:
            pass  # the first run is measured, not killed
        elif runs % 2:
            kills += _kill_when_writing(proc, wal, start_size)
        else:
            time.sleep(rng.uniform(0.1, 1.0) * took)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
        code = proc.wait(timeout=300)
        if took is None:
            took = time.monotonic() - started
        if code == 0:
            acknowledged += 2000
        total, distinct, check = _live_customers(db)
        corrupt += check != "ok" or distinct != total
        added = total - base - present
        partial += added not in (0, 2000)
        present += added
        missing += max(acknowledged - present, 0)
    print(f"import kill loop: {runs} runs, {kills} kills, {corrupt} corrupt files, "
          f"{missing} missing acknowledged rows, {partial} partial imports")
    assert kills >= 12
    assert (corrupt, missing, partial) == (0, 0, 0)


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB folder of its own (tmpfs), so that a full disk can be tried for real."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_an_import_onto_a_full_disk_is_one_line_and_changes_nothing(tmp_path, data_dir,
                                                                   small_disk):
    db = _new_db(small_disk)
    book = _workbook(tmp_path / "big.xlsx", 5000)
    before, _, _ = _live_customers(db)
    stat = os.statvfs(small_disk)
    free = stat.f_bavail * stat.f_frsize
    (small_disk / "filler").write_bytes(b"\0" * max(free - 256 * 1024, 0))
    cmd, env = _command("import", str(book), "--db", str(db))
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stderr.splitlines() if "waiting" not in line]
    assert done.returncode == 1, done.stdout
    assert len(lines) == 1 and "is full; nothing was changed" in lines[0], done.stderr
    total, distinct, check = _live_customers(db)
    assert (total, distinct, check) == (before, before, "ok")
    left = sorted(p.name for p in small_disk.iterdir())
    assert set(left) <= {"shop.db", "shop.db-wal", "shop.db-shm", "filler", "backups"}, left
