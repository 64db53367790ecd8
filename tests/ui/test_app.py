"""Start-up: arguments, opening the file, refusing damage and a second copy, the window."""

import pytest
from PySide6.QtWidgets import QMessageBox

from dealerdesk import app


@pytest.fixture
def no_loop(monkeypatch):
    """Run main() up to the event loop, choosing the first staff member as operator."""
    from dealerdesk.services import staff

    started = {}

    def run(self):
        started["window"] = self.window
        started["title"] = self.window.windowTitle()
        return 0

    def choose(self):
        # Like the real dialog: the name is written only into a file that passed its check.
        if not self.await_check():
            return None
        return staff.find_or_add_staff("店长")

    monkeypatch.setattr(app.Startup, "run", run)
    monkeypatch.setattr(app.Startup, "choose_operator", choose)
    return started


@pytest.fixture
def boxes(monkeypatch):
    """Record every message box instead of showing it; answer "Quit"."""
    shown = []

    def fake_exec(box):
        shown.append(box.text() + "\n" + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: shown.append(text))
    return shown


def test_main_opens_a_new_database_and_backs_up(qtbot, data_dir, no_loop):
    db = data_dir / "shop.db"
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    assert db.is_file()
    window = no_loop["window"]
    qtbot.addWidget(window)
    assert window.ctx.operator.name == "店长"
    assert window.ctx.db_path == db
    backups = list((data_dir / "backups").glob("dealerdesk-*.db"))
    assert backups  # at start (daily) and at exit
    assert not (data_dir / "shop.db.lock").exists()  # released at exit


def test_start_up_steps_one_by_one(qtbot, data_dir):
    args, _ = app.parse_args(["--db", str(data_dir / "x.db")])
    startup = app.Startup(args)
    assert startup.prepare() is None
    try:
        assert startup.opened and startup.lock is not None
        assert (data_dir / "backups").is_dir()
    finally:
        startup.shutdown()
    assert startup.lock is None and not startup.opened


def test_zero_byte_file_gives_the_damaged_file_message(qtbot, data_dir, boxes):
    db = data_dir / "empty.db"
    db.write_bytes(b"")
    assert app.main(["--db", str(db), "--lang", "en"]) == 1
    assert "damaged or empty" in boxes[0]
    assert str(db) in boxes[0]
    assert db.read_bytes() == b""  # nothing was "initialised"


def test_foreign_file_is_refused(qtbot, data_dir, boxes):
    db = data_dir / "notes.db"
    db.write_text("just some text, not a database", encoding="utf-8")
    assert app.main(["--db", str(db), "--lang", "en"]) == 1
    assert "not a DealerDesk database" in boxes[0]


def test_a_second_copy_on_the_same_database_is_refused(qtbot, data_dir, boxes):
    db = data_dir / "shop.db"
    args, _ = app.parse_args(["--db", str(db), "--lang", "en"])
    first = app.Startup(args)
    assert first.prepare() is None
    try:
        assert app.main(["--db", str(db), "--lang", "en"]) == 1
        assert "already open" in boxes[0]
    finally:
        first.shutdown()


def test_restore_from_the_damage_dialog(qtbot, data_dir, monkeypatch, no_loop):
    """A damaged file: the user restores the latest backup and the program starts."""
    from dealerdesk.ui import storage_dialog

    db = data_dir / "shop.db"
    assert app.main(["--db", str(db), "--lang", "en"]) == 0  # makes backups
    qtbot.addWidget(no_loop["window"])
    db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (data_dir / f"shop.db{suffix}").unlink(missing_ok=True)
    answers = iter([storage_dialog.RESTORE])
    monkeypatch.setattr(storage_dialog, "ask_storage_problem", lambda e, p: next(answers))
    monkeypatch.setattr(storage_dialog, "pick_backup", lambda backups, folder: backups[0])
    restored = []
    monkeypatch.setattr(storage_dialog, "say_restored", restored.append)
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    assert restored and restored[0].read_bytes() == b""  # the damaged file was kept aside
    assert db.stat().st_size > 0


def test_start_up_imports_nothing_slow(data_dir):
    """openpyxl, reportlab, pypinyin and qtawesome load only when a feature needs them."""
    import os
    import subprocess
    import sys

    slow = ("openpyxl", "reportlab", "pypinyin", "qtawesome")
    code = f"""
import sys
from dealerdesk import app
from dealerdesk.services import staff
startup = app.Startup(*app.parse_args(["--db", {str(data_dir / "s.db")!r}, "--lang", "zh_CN"]))
assert startup.prepare() is None
startup.choose_operator = lambda: staff.find_or_add_staff("店长")
window = startup.show_window()
window.navigate("settings")
print(sorted(m for m in {slow!r} if m in sys.modules))
startup.shutdown()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_demo_option_makes_the_demo_database(qtbot, data_dir, no_loop):
    assert app.main(["--demo", "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    from dealerdesk import paths

    assert paths.demo_db_path().stat().st_size > 100_000


def test_database_from_a_newer_version_is_refused(qtbot, data_dir, boxes):
    import sqlite3

    db = data_dir / "shop.db"
    args, _ = app.parse_args(["--db", str(db)])
    first = app.Startup(args)
    assert first.prepare() is None
    first.shutdown()
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    assert app.main(["--db", str(db), "--lang", "en"]) == 1
    assert "newer version" in boxes[0]


def test_choosing_another_file_opens_it(qtbot, data_dir, monkeypatch, no_loop):
    from dealerdesk.ui import storage_dialog

    bad = data_dir / "bad.db"
    bad.write_bytes(b"")
    good = data_dir / "other.db"
    monkeypatch.setattr(storage_dialog, "ask_storage_problem",
                        lambda e, p: storage_dialog.OTHER_FILE)
    monkeypatch.setattr(storage_dialog, "pick_database_file", lambda current: good)
    assert app.main(["--db", str(bad), "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    assert no_loop["window"].ctx.db_path == good
    assert bad.read_bytes() == b""


def test_lock_left_by_a_crashed_copy_does_not_block(qtbot, data_dir):
    import subprocess
    import sys

    lock = data_dir / "shop.db.lock"
    code = (f"from PySide6.QtCore import QLockFile; import os; l = QLockFile({str(lock)!r}); "
            "l.setStaleLockTime(0); assert l.tryLock(100); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True)
    assert lock.exists()  # the crashed copy never removed it
    args, _ = app.parse_args(["--db", str(data_dir / "shop.db")])
    startup = app.Startup(args)
    try:
        assert startup.take_lock()
    finally:
        startup.release_lock()


def test_lock_left_by_a_dead_copy_with_our_process_id_does_not_block(qtbot, data_dir):
    """After a power cut Windows (and Wine, always) may give us the dead copy's id."""
    from PySide6.QtCore import QLockFile

    lock_path = data_dir / "shop.db.lock"
    dead = QLockFile(str(lock_path))
    assert dead.tryLock(100)
    left = lock_path.read_bytes()  # what the dead copy left: our own process id
    dead.unlock()
    lock_path.write_bytes(left)
    args, _ = app.parse_args(["--db", str(data_dir / "shop.db")])
    startup = app.Startup(args)
    try:
        assert startup.take_lock()
        second = app.Startup(args)
        assert not second.take_lock()  # a live lock still refuses a second copy
    finally:
        startup.release_lock()


def test_a_failed_backup_at_start_is_said_not_fatal(qtbot, data_dir, no_loop):
    from dealerdesk.services.backups import remember_backup_folder

    db = data_dir / "shop.db"
    not_a_folder = data_dir / "stick"
    not_a_folder.write_text("a file where the USB stick was", encoding="utf-8")
    args, _ = app.parse_args(["--db", str(db)])
    first = app.Startup(args)
    assert first.prepare() is None
    remember_backup_folder(str(not_a_folder))
    first.shutdown()
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    window = no_loop["window"]
    qtbot.addWidget(window)
    assert "Today's backup could not be made" in window.statusBar().currentMessage()


def test_damage_found_by_the_start_check_asks_before_the_window_and_writes_nothing(
        qtbot, data_dir, no_loop, boxes, monkeypatch):
    """The integrity check runs while the operator is chosen; damage it finds leads to the
    damaged-file window, the main window never opens, no backup is made of the file."""
    from dealerdesk.services import store

    db = data_dir / "shop.db"
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    no_loop.clear()
    monkeypatch.setattr(store, "integrity_problems", lambda path: ["*** in database main ***"])
    before = sorted((data_dir / "backups").glob("*.db"))
    for old in before:  # no backup of today yet: one would be due
        old.unlink()
    content = db.read_bytes()
    assert app.main(["--db", str(db), "--lang", "en"]) == 1
    assert "window" not in no_loop
    assert any("damaged or empty" in text for text in boxes)
    assert sorted((data_dir / "backups").glob("*.db")) == []  # good backups keep their place
    assert db.read_bytes() == content


def _damage_a_page(db):
    """Overwrite a page in the middle: the file still opens, quick_check fails."""
    data = bytearray(db.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xff" * page
    db.write_bytes(bytes(data))


def test_a_damaged_but_openable_file_is_not_changed_by_the_start(
        qtbot, data_dir, boxes, no_loop):
    """Nothing (operator, statistics, settings) is written before the check has passed."""
    import hashlib

    from dealerdesk.cli import main as cli

    db = data_dir / "shop.db"
    assert cli(["demo", "--db", str(db), "--customers", "300"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    _damage_a_page(db)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    args, _ = app.parse_args(["--db", str(db), "--lang", "en"])
    startup = app.Startup(args)
    try:
        assert startup.prepare() is None
        assert startup.show_window() is None  # the damaged-file window; "Quit"
    finally:
        startup.shutdown()
    assert any("damaged or empty" in text for text in boxes)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").glob("*.db"))


def test_a_database_error_while_working_leads_to_the_damaged_file_window(
        qtbot, data_dir, no_loop, boxes, monkeypatch):
    """"database disk image is malformed" on Reports: no traceback, the damaged-file window,
    and nothing more is written."""
    import sqlite3

    from PySide6.QtCore import QTimer

    from dealerdesk.db.api import scalar
    from dealerdesk.services import reports

    db = data_dir / "shop.db"
    args, _ = app.parse_args(["--db", str(db), "--lang", "en"])
    startup = app.Startup(args)
    try:
        assert startup.prepare() is None
        window = startup.show_window()
        qtbot.addWidget(window)

        def malformed(*args, **kwargs):
            raise sqlite3.DatabaseError("database disk image is malformed")

        monkeypatch.setattr(reports, "funnel_report", malformed)
        QTimer.singleShot(0, lambda: window.navigate("reports"))
        qtbot.waitUntil(lambda: any("could not be read or written" in t for t in boxes))
        assert any("malformed" in t for t in boxes)
        assert scalar("PRAGMA query_only") == 1
        assert startup.damaged
    finally:
        startup.shutdown()
    assert not list((data_dir / "backups").glob("*-n2.db"))  # no backup of it at exit


def test_a_full_disk_while_working_is_one_sentence(qtbot, data_dir, no_loop, monkeypatch):
    import errno

    from PySide6.QtCore import QTimer

    from dealerdesk.ui import storage_dialog

    said = []
    monkeypatch.setattr(storage_dialog, "say_disk_full", lambda parent, where: said.append(where))
    db = data_dir / "shop.db"
    args, _ = app.parse_args(["--db", str(db), "--lang", "en"])
    startup = app.Startup(args)
    try:
        assert startup.prepare() is None
        qtbot.addWidget(startup.show_window())

        def full():
            raise OSError(errno.ENOSPC, "No space left on device", str(data_dir / "x.tmp"))

        QTimer.singleShot(0, full)
        qtbot.waitUntil(lambda: said == [data_dir])
        assert not startup.damaged
    finally:
        startup.shutdown()


def test_a_missing_database_used_before_is_asked_for_not_created(
        qtbot, data_dir, no_loop, boxes, monkeypatch):
    from dealerdesk.ui import storage_dialog

    db = data_dir / "shop.db"
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    for path in data_dir.glob("shop.db*"):
        path.unlink()
    assert app.main(["--db", str(db), "--lang", "en"]) == 1  # the box answers "Quit"
    assert any("no longer there" in text and "held 0 customers" in text for text in boxes)
    assert not db.exists()
    monkeypatch.setattr(storage_dialog, "ask_storage_problem",
                        lambda error, path: storage_dialog.NEW_FILE)
    assert app.main(["--db", str(db), "--lang", "en"]) == 0  # the user chose a fresh start
    qtbot.addWidget(no_loop["window"])
    assert db.exists()


def test_an_interrupted_restore_is_offered_back_at_start(
        qtbot, data_dir, no_loop, monkeypatch):
    import shutil

    from dealerdesk.db import backup
    from dealerdesk.ui import storage_dialog

    db = data_dir / "shop.db"
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    saved = sorted((data_dir / "backups").glob("*.db"))[0]
    shutil.copyfile(saved, backup.restoring_path(db))  # killed just before its rename
    asked, restored = [], []
    monkeypatch.setattr(storage_dialog, "ask_interrupted_restore",
                        lambda left, path: asked.append(left) or storage_dialog.FINISH)
    monkeypatch.setattr(storage_dialog, "say_restored", restored.append)
    assert app.main(["--db", str(db), "--lang", "en"]) == 0
    qtbot.addWidget(no_loop["window"])
    assert asked and asked[0].copy_complete
    assert not backup.restoring_path(db).exists()
    assert restored and restored[0] == backup.kept_aside(db)[0]


def test_a_demo_that_cannot_be_made_is_said_and_leaves_nothing(
        qtbot, data_dir, monkeypatch, boxes):
    import errno

    from dealerdesk import paths
    from dealerdesk.services import demo

    def full(**kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(demo, "fill_demo", full)
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said.append(text))
    assert app.main(["--demo", "--lang", "en"]) == 1
    assert said and "is full; nothing was changed" in said[0]
    assert not paths.demo_db_path().exists()
    assert [p.name for p in data_dir.iterdir() if p.name.startswith("demo")] == []


def test_the_demo_starts_ready_without_asking_for_the_operator(qtbot, data_dir, monkeypatch):
    from dealerdesk.ui.operator_dialog import OperatorDialog

    started = {}
    monkeypatch.setattr(app.Startup, "run", lambda self: started.update(w=self.window) or 0)
    monkeypatch.setattr(OperatorDialog, "exec", lambda self: pytest.fail("asked"))
    assert app.main(["--demo", "--lang", "en"]) == 0
    window = started["w"]
    qtbot.addWidget(window)
    assert window.ctx.operator is not None  # a salesperson of the demo shop, unasked
    assert window.db_label.text() == "鑫源二手车行"  # the shop's name, not the file's path


def test_a_file_restored_over_by_another_program_is_opened_again(
        qtbot, data_dir, no_loop, monkeypatch):
    """A script restored a backup while the window was open: the next write stops with one
    sentence (it would have gone into the file kept aside), and the window opens the restored
    file; no traceback, and the file is not taken for damaged."""
    from PySide6.QtCore import QTimer

    from dealerdesk.db.writer import FileReplaced
    from dealerdesk.ui import storage_dialog

    said = []
    monkeypatch.setattr(storage_dialog, "say_file_replaced",
                        lambda parent, error: said.append(str(error)))
    db = data_dir / "shop.db"
    args, _ = app.parse_args(["--db", str(db), "--lang", "en"])
    startup = app.Startup(args)
    try:
        assert startup.prepare() is None
        qtbot.addWidget(startup.show_window())
        reopened = []
        monkeypatch.setattr(app.store_service, "open_store",
                            lambda *a, **k: reopened.append(a))

        def replaced():
            raise FileReplaced(db)

        QTimer.singleShot(0, replaced)
        qtbot.waitUntil(lambda: len(said) == 1)
        assert "replaced by a restore" in said[0] and reopened
        assert not startup.damaged
    finally:
        monkeypatch.undo()
        startup.shutdown()
