"""One writer at a time: a second writer waits (and says so), then goes on, or stops with one
line and nothing changed; a full disk is one line too, never "cannot rollback"."""

import subprocess
import sys
import time

import peewee
import pytest

from dealerdesk.db.api import WriterBusy, atomic, waiting
from dealerdesk.db.models import Customer

HOLDER = """
import pathlib, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
pathlib.Path(sys.argv[2]).write_text("held")
release = pathlib.Path(sys.argv[3])
for _ in range(1200):
    if release.exists():
        break
    time.sleep(0.05)
con.execute("COMMIT")
"""

# About the SQLite file itself; the server's side is in test_postgres.py.
pytestmark = pytest.mark.sqlite_only


def wait_for(check, what, limit=60.0):
    """Poll until `check()` is true; a hang fails the test instead of blocking it."""
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


class Holder:
    """Another program holding the database's write lock until released."""

    def __init__(self, db_path, folder):
        self.held, self.release_file = folder / "held", folder / "release"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db_path), str(self.held), str(self.release_file)])
        wait_for(self.held.exists, "the other writer to take the lock")

    def release(self):
        self.release_file.write_text("go")

    def close(self):
        self.release()
        self.proc.wait(timeout=60)


@pytest.fixture
def holder(store, tmp_path):
    other = Holder(store, tmp_path)
    yield other
    other.close()


def test_a_second_writer_waits_with_a_notice_then_goes_on(holder):
    told = []

    def notice(text):
        told.append(text)
        holder.release()  # the other writer finishes while this one waits

    with waiting(notice=notice, patience=60), atomic():
        Customer.create(name="张三", phone="13812345601")
    assert len(told) == 1 and "waiting" in told[0]
    assert Customer.select().count() == 1


def test_a_writer_that_waits_too_long_stops_with_one_line(holder):
    with pytest.raises(WriterBusy) as caught, waiting(patience=0.5), atomic():
        Customer.create(name="张三", phone="13812345601")
    assert "nothing was changed" in str(caught.value) and "\n" not in str(caught.value)
    holder.release()
    assert Customer.select().count() == 0


def test_a_transaction_inside_another_is_a_savepoint(store):
    with atomic():
        Customer.create(name="张三", phone="13812345601")
        with pytest.raises(ValueError), atomic():
            Customer.create(name="李四", phone="13812345602")
            raise ValueError
    assert [c.name for c in Customer.select()] == ["张三"]


def test_a_full_disk_is_one_line_and_the_transaction_is_gone(store, monkeypatch):
    from dealerdesk.db import writer
    from dealerdesk.db.database import db

    real_commit = db.obj.commit

    def full():
        db.execute_sql("ROLLBACK")  # what SQLite does by itself when the disk fills up
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(db.obj, "commit", full)
    with pytest.raises(writer.DiskFull) as caught, atomic():
        Customer.create(name="张三", phone="13812345601")
    assert "is full; nothing was changed" in str(caught.value)
    monkeypatch.setattr(db.obj, "commit", real_commit)
    assert Customer.select().count() == 0
    with atomic():  # the connection is usable again
        Customer.create(name="李四", phone="13812345602")
    assert Customer.select().count() == 1
