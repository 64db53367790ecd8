"""Start-up in a safe order: arguments, paths, open the database, check, then the window.

Each step is a method of `Startup`, so tests can run them without an event loop. Nothing
slow is imported here: openpyxl, reportlab and pypinyin load when a feature needs them.
The two steps that read the whole file (SQLite's quick_check and the first backup of the
day: 1 and 2 s at 100,000 customers) run on a worker thread while the operator is chosen.
Until the check has passed the connection is read-only: nothing is written to a damaged
file, and damage leads to the damaged-file window before the main window opens. The
backup goes on beside the window.

On the shop's server (Settings -> Storage, or --db postgresql://...) there is no file: no
lock file (several PCs work at once), the server's own checks instead of quick_check, and
the day's backup, a DealerDesk file written by the program, goes to the data folder.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from dealerdesk import APP_NAME, __version__, clock, paths
from dealerdesk.services import backups as backup_service
from dealerdesk.services import live
from dealerdesk.services import store as store_service
from dealerdesk.services.store import StorageError

LANGUAGE_CHOICES = ("zh_CN", "en")
# How often the WAL is emptied into the file while the window is open (milliseconds).
CHECKPOINT_EVERY_MS = 3 * 60 * 1000


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. -platform)."""
    parser = argparse.ArgumentParser(prog="dealerdesk-gui", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="the database file to open, or postgresql://USER@HOST:PORT/DB")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (made with sample data when absent)")
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, help="language of the window")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the database, check and back it up, build every screen "
                             "once, print one line per step; exit 0 only if all passed")
    return parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))


class Startup:
    """The program's life: prepare the database, show the window, close everything safely."""

    def __init__(self, args: argparse.Namespace, qt_args: list[str] | None = None):
        self.args = args
        self.qt_args = qt_args or []
        self.shown = ""  # the server's address without its password ("" for a file)
        self.path: Path | str = self.db_path()
        self.lock: QLockFile | None = None
        self.app: QApplication | None = None
        self.opened = False
        self.ctx: Any = None  # the UiContext, once the window exists
        self.window: Any = None
        self.tray: Any = None
        self.notes: list[Exception] = []  # problems to show once the window is up
        self.checks: Future[list[str]] | None = None  # the integrity check
        self.daily: Future[Exception | None] | None = None  # the first backup of the day
        self._poll: QTimer | None = None
        self._checkpoints: QTimer | None = None
        self.damaged = False  # damage was found: make no backup of it
        self.new_file_allowed = False  # the user chose to start an empty database
        self._handling_error = False

    # --- before the window --------------------------------------------------------------
    def db_path(self) -> Path | str:
        """The file to open, or the shop's server's address (with its password)."""
        from dealerdesk.services import storage_choice

        if self.args.db and store_service.is_server_url(self.args.db):
            url, self.shown = storage_choice.server_address(self.args.db)
            return url
        if self.args.db:
            return Path(self.args.db).expanduser().resolve()
        if self.args.demo:
            return paths.demo_db_path()
        server = storage_choice.chosen_server()
        if server is not None:
            url, self.shown = server
            return url
        return paths.default_db_path()

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, str)

    def file(self) -> Path:
        """The database file (for a server: its address without password, as a path, for
        the screens that show it and the backup folder, which is then the data folder's)."""
        return Path(self.shown) if isinstance(self.path, str) else self.path

    def prepare(self) -> int | None:
        """Lock, open (with the user's choices on trouble) and start the checks; an exit
        code to stop."""
        if self.args.demo and not self.args.db and not self.path.exists():
            try:
                self.make_demo()
            except (StorageError, OSError) as exc:
                from dealerdesk.ui.storage_dialog import say_demo_failed

                self.qt_app(language_from_db=False)
                say_demo_failed(store_service.disk_full_error(exc, self.path) or exc)
                return 1
        if not self.take_lock():
            from dealerdesk.ui.storage_dialog import say_already_running

            self.qt_app(language_from_db=False)
            say_already_running(self.path)
            return 1
        if not self.open_database():
            self.release_lock()
            return 1
        self.start_checks()
        return None

    def make_demo(self) -> None:
        """The demo database, built under a temporary name and moved into place when done."""
        from dealerdesk.services.demo import fill_demo

        now = clock.now()
        store_service.build_database(
            self.path, fill=lambda: fill_demo(customers=300, seed=7, today=now.date(), now=now))
        store_service.close_store()

    def take_lock(self) -> bool:
        """Refuse a second copy of the program on the same file (`<db>.lock` beside it).
        The shop's server takes every PC at once: nothing to lock."""
        if isinstance(self.path, str):
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.path) + ".lock")
        lock.setStaleLockTime(0)  # held for the whole session; a crashed owner is detected
        if not lock.tryLock(100) and not _take_over_own_lock(lock):
            return False
        self.lock = lock
        return True

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def open_database(self) -> bool:
        """Open the file; on a storage problem let the user restore, choose another or quit.

        Writes are held until the integrity check has passed (see `await_check`).
        """
        while True:
            try:
                if not isinstance(self.path, str):
                    self.settle_interrupted_restore()
                    missing = store_service.missing_database(self.path)
                    if missing is not None and not self.new_file_allowed:
                        raise missing
                store_service.open_store(self.path, backup_dir=paths.backup_dir(self.file()),
                                         check=False, hold=True)
                self.opened = True
                self.damaged = False
                return True
            except (StorageError, OSError) as exc:
                if isinstance(exc, OSError):  # e.g. finishing a restore on a full disk
                    exc = store_service.disk_full_error(exc, self.file()) or StorageError(exc)
                if not self.handle_storage_problem(exc):
                    return False

    def settle_interrupted_restore(self) -> None:
        """A restore killed before it finished: finish it, or keep the data as it is."""
        leftover = backup_service.interrupted_restore(self.path)
        if leftover is None:
            return
        from dealerdesk.ui import storage_dialog as dialogs

        self.qt_app(language_from_db=False)
        if dialogs.ask_interrupted_restore(leftover, self.path) == dialogs.FINISH:
            aside = backup_service.finish_interrupted_restore(leftover, now=clock.now())
            dialogs.say_restored(aside)
        else:
            backup_service.drop_interrupted_restore(leftover)

    def handle_storage_problem(self, error: Exception) -> bool:
        """Ask what to do about `error`; True to try opening again, False to quit."""
        from dealerdesk.ui import storage_dialog as dialogs

        self.qt_app(language_from_db=False)
        if isinstance(self.path, str):
            return dialogs.ask_server_problem(error, self.shown)
        choice = dialogs.ask_storage_problem(error, self.path)
        if choice == dialogs.NEW_FILE:
            self.new_file_allowed = True
            return True
        if choice == dialogs.PUT_BACK:
            return self._restore_from(getattr(error, "kept_aside", None))
        if choice == dialogs.RESTORE:
            folder = paths.backup_dir(self.path)
            chosen = dialogs.pick_backup(backup_service.list_backup_files(folder), folder)
            return True if chosen is None else self._restore_from(chosen)  # None: ask again
        if choice == dialogs.OTHER_FILE:
            other = dialogs.pick_database_file(self.path)
            if other is not None:
                self.release_lock()
                self.path = other.resolve()
                self.new_file_allowed = not other.exists()  # a new name: a new file
                if not self.take_lock():
                    dialogs.say_already_running(self.path)
                    return False
            return True
        return False

    def _restore_from(self, chosen: Path | None) -> bool:
        from dealerdesk.ui import storage_dialog as dialogs

        if chosen is None:
            return True
        try:
            aside = backup_service.restore_backup(
                backup=chosen, db_file=self.path, now=clock.now())
        except (StorageError, OSError) as exc:
            dialogs.say_restore_failed(exc)
            return True
        dialogs.say_restored(aside)
        return True

    def start_checks(self) -> None:
        """Start the integrity check, then the first backup of the day, on a worker thread.

        A file that was just created or checked while opening has nothing left to check.
        """
        folder = backup_service.backup_folder(self.file())
        due = backup_service.daily_backup_due(db_file=self.file(), today=clock.today())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.notes.append(exc)
            due = False
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="start-checks")
        self.checks = pool.submit(store_service.integrity_problems, self.path)
        self.daily = pool.submit(_daily_backup, self.checks, self.file(), folder if due else None)
        pool.shutdown(wait=False)

    def await_check(self) -> bool:
        """Wait for the integrity check; allow writes when it passed. On damage ask what to
        do (restore, another file, quit) and check again; False to quit."""
        while True:
            problems = self._check_result()
            if not problems:
                if self.opened:
                    store_service.release_writes()
                return True
            self.damaged = True
            self.finish_background_work()
            store_service.close_store()
            self.opened = False
            error = store_service.DamagedFile(
                f"{self.shown or self.path} failed its integrity check: {problems[0]}")
            if not self.handle_storage_problem(error) or not self.open_database():
                return False
            self.start_checks()

    def _check_result(self) -> list[str]:
        if self.checks is None:
            return []
        if not self.checks.done() and QApplication.instance() is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return self.checks.result()
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self.checks.result()

    def finish_background_work(self) -> None:
        """Wait for the start-up check and backup (never close the file under them)."""
        for future in (self.checks, self.daily):
            if future is not None:
                future.result()

    def _apply_checks(self) -> bool:
        """Show what the first backup of the day met, once it is done; True when it is."""
        if self.daily is None or not self.daily.done():
            return False
        backup_error = self.daily.result()
        self.daily = None
        if backup_error is not None:
            self.notes.append(backup_error)
        if self.window is not None:
            self._show_notes()
        return True

    def _show_notes(self) -> None:
        for problem in self.notes:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "Startup", "Today's backup could not be made: {}").format(problem), 30000)
        self.notes.clear()

    # --- the window ---------------------------------------------------------------------
    def qt_app(self, *, language_from_db: bool = True) -> QApplication:
        """The QApplication with theme and translators (created on first call)."""
        from dealerdesk.ui import i18n_qt
        from dealerdesk.ui.theme import apply_theme

        app = self.app
        if app is None:
            app = cast(QApplication, QApplication.instance()) or QApplication(
                [sys.argv[0], *self.qt_args])
            app.setApplicationName(APP_NAME)
            app.setApplicationVersion(__version__)
            apply_theme(app)
            self.app = app
        setting = ""
        if language_from_db and self.opened:
            from dealerdesk.services.settings import get_setting

            setting = get_setting("language")
        i18n_qt.install(i18n_qt.choose_language(setting, self.args.lang or ""))
        return app

    def choose_operator(self):
        """The staff member working now (asked, preselecting the last one); None = quit.

        The demo starts ready: its last operator (or its first salesperson) is taken.
        """
        from dealerdesk.services.staff import list_staff
        from dealerdesk.ui.operator_dialog import OperatorDialog, demo_operator

        if self.args.demo and (member := demo_operator()) is not None:
            return member
        if not list_staff() and not self.await_check():
            return None  # the first name is written at once: only into a checked file
        dialog = OperatorDialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def show_window(self):
        """Create the window for the chosen operator; None when the user quit instead."""
        from dealerdesk.ui import errors
        from dealerdesk.ui.app_signals import AppSignals
        from dealerdesk.ui.context import UiContext
        from dealerdesk.ui.main_window import MainWindow

        self.qt_app()
        operator = self.choose_operator()
        if operator is None or not self.await_check():
            return None
        store_service.set_operator(operator.name, staff_id=operator.id)
        if not self.on_server:  # an address (and its password) is never written to a list
            store_service.remember_database(self.file(), now=clock.now())
        self.ctx = UiContext(signals=AppSignals(), db_path=self.file(), operator=operator,
                             server=self.path if isinstance(self.path, str) else "")
        self.window = MainWindow(self.ctx)
        errors.install(self.on_storage_error)
        from dealerdesk.ui.tray import ReminderTray

        # The tray keeps today's count and greets the first start of each day.
        self.tray = ReminderTray(self.ctx, self.window)
        self._show_notes()
        self.window.show()
        if not self._apply_checks():
            self._poll = QTimer(self.window)
            self._poll.timeout.connect(lambda: self._apply_checks() and self._poll.stop())
            self._poll.start(200)
        # Empty the WAL into the file now and then, so that it never holds much.
        self._checkpoints = QTimer(self.window)
        self._checkpoints.timeout.connect(store_service.checkpoint)
        self._checkpoints.start(CHECKPOINT_EVERY_MS)
        return self.window

    def on_storage_error(self, error: BaseException) -> None:
        """A full disk or a damaged file met while working: say so; on damage hold every
        write and offer a restore, or quit."""
        from dealerdesk.ui import storage_dialog as dialogs

        full = store_service.disk_full_error(error, self.file())
        if full is not None:
            dialogs.say_disk_full(self.window, full.where)
            return
        if store_service.is_replaced_error(error):
            self._open_replaced_file(error)
            return
        if self._handling_error:
            return  # one window at a time; the later errors have the same cause
        if self.on_server and live.is_lost_server(error):
            # Not damage: the server is away (the banner says so); the next try reconnects.
            self._handling_error = True
            try:
                dialogs.say_server_lost(self.window)
            finally:
                self._handling_error = False
            return
        self._handling_error = True
        try:
            store_service.hold_all_writes()
            self.damaged = True
            if dialogs.say_database_error(self.window, error) == dialogs.RESTORE:
                self._restore_while_open()
            elif self.window is not None:
                self.window.close()
        finally:
            self._handling_error = False

    def _open_replaced_file(self, error: BaseException) -> None:
        """A restore run by another program put a new file at the path: say so, then work
        on the restored file (nothing was written to the old one)."""
        from dealerdesk.domain.records import Changes
        from dealerdesk.ui import storage_dialog as dialogs

        dialogs.say_file_replaced(self.window, error)
        try:
            store_service.close_store()
            store_service.open_store(self.path, backup_dir=paths.backup_dir(self.file()))
        except (StorageError, OSError) as exc:
            self.on_storage_error(exc if store_service.is_database_error(exc) else
                                  StorageError(str(exc)))
            return
        if self.ctx is not None and self.ctx.operator is not None:
            store_service.set_operator(self.ctx.operator.name, staff_id=self.ctx.operator.id)
        if self.ctx is not None:
            self.ctx.broadcast(Changes.everything())

    def _restore_while_open(self) -> None:
        from dealerdesk.domain.records import Changes
        from dealerdesk.ui import storage_dialog as dialogs

        folder = backup_service.backup_folder(self.file())
        chosen = dialogs.pick_backup(backup_service.list_backup_files(folder), folder)
        if chosen is None:
            return
        try:
            aside = backup_service.restore_backup(
                backup=chosen, db_file=self.file(), now=clock.now())
            store_service.open_store(self.path, backup_dir=paths.backup_dir(self.file()))
        except (StorageError, OSError) as exc:
            dialogs.say_restore_failed(exc)
            return
        self.damaged = False
        if self.ctx is not None and self.ctx.operator is not None:
            store_service.set_operator(self.ctx.operator.name,
                                       staff_id=self.ctx.operator.id)
        dialogs.say_restored(aside)
        if self.ctx is not None:
            self.ctx.broadcast(Changes.everything())

    def run(self) -> int:
        """The event loop, until the window closes."""
        assert self.app is not None, "show_window() first"
        return self.app.exec()

    def shutdown(self) -> None:
        """Back up at exit, close the database (emptying its WAL), release the lock."""
        from dealerdesk.ui import errors

        QThreadPool.globalInstance().waitForDone()  # reports still computing: never close
        errors.uninstall()  # the file under them
        self.finish_background_work()
        self._apply_checks()
        if self.opened and not self.damaged and self.checks is not None:
            if self.checks.result():
                self.damaged = True  # never released for writing: nothing to back up
        if self.opened and not self.damaged:
            try:
                if not self.on_server:
                    store_service.remember_database(self.file(), now=clock.now())
                backup_service.make_backup(db_file=self.file(), now=clock.now(), automatic=True)
            except (StorageError, OSError):
                pass  # the start-of-day backup stands; nothing to tell a closing program
        if self.opened:
            store_service.close_store()
            self.opened = False
        self.release_lock()


def main(argv: Sequence[str] | None = None) -> int:
    """Start DealerDesk's window; return the exit code."""
    args, qt_args = parse_args(argv)
    startup = Startup(args, qt_args)
    if args.smoke_test:
        from dealerdesk.ui import smoke

        try:
            return smoke.run(startup)
        finally:
            startup.shutdown()
    try:
        code = startup.prepare()
        if code is not None:
            return code
        if startup.show_window() is None:
            return 1 if startup.damaged else 0
        return startup.run()
    finally:
        startup.shutdown()


def _take_over_own_lock(lock: QLockFile) -> bool:
    """Take a lock left by a copy that died, when its process id is now ours.

    Qt sees the recorded process running (it is us) and calls the lock held. After a
    power cut Windows can hand the new copy the old one's process id; under Wine that is
    the rule. No other copy can have our process id, so the lock is stale.
    """
    info = lock.getLockInfo()
    if not info or len(info) != 3:
        return False
    pid, host = info[0], info[1]
    if pid != QCoreApplication.applicationPid() or host != QSysInfo.machineHostName():
        return False
    return lock.removeStaleLockFile() and lock.tryLock(100)


def _daily_backup(check: Future[list[str]], path: Path,
                  backup_to: Path | None) -> Exception | None:
    """On the worker thread, after the integrity check: back up when today's is due.

    A damaged file is not backed up (it would push a good backup out of the rotation).
    """
    if check.result() or backup_to is None:
        return None
    try:
        backup_service.make_backup(db_file=path, now=clock.now(), folder=backup_to,
                                   automatic=True)
    except (StorageError, OSError) as exc:
        return exc
    return None
