"""Start-up in a safe order: arguments, paths, open the database, back up, then the window.

Each step is a method of `Startup`, so tests can run them without an event loop. Nothing
slow is imported here: openpyxl, reportlab and pypinyin load when a feature needs them.
The two steps that read the whole file (SQLite's quick_check and the first backup of the
day: 1 and 2 s at 100,000 customers) run on a worker thread while the window opens; what
they find is shown as soon as they finish.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from dealerdesk import APP_NAME, __version__, clock, paths
from dealerdesk.services import backups as backup_service
from dealerdesk.services import store as store_service
from dealerdesk.services.store import StorageError

LANGUAGE_CHOICES = ("zh_CN", "en")


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. -platform)."""
    parser = argparse.ArgumentParser(prog="dealerdesk-gui", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the database file to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (made with sample data when absent)")
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, help="language of the window")
    return parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))


class Startup:
    """The program's life: prepare the database, show the window, close everything safely."""

    def __init__(self, args: argparse.Namespace, qt_args: list[str] | None = None):
        self.args = args
        self.qt_args = qt_args or []
        self.path = self.db_path()
        self.lock: QLockFile | None = None
        self.app: QApplication | None = None
        self.opened = False
        self.ctx: Any = None  # the UiContext, once the window exists
        self.window: Any = None
        self.tray: Any = None
        self.notes: list[Exception] = []  # problems to show once the window is up
        self.checks: Future[tuple[list[str], Exception | None]] | None = None
        self._poll: QTimer | None = None
        self.damaged = False  # the start-up check found damage: make no backup of it

    # --- before the window --------------------------------------------------------------
    def db_path(self) -> Path:
        if self.args.db:
            return Path(self.args.db).expanduser().resolve()
        if self.args.demo:
            return paths.demo_db_path()
        return paths.default_db_path()

    def prepare(self) -> int | None:
        """Lock, open (with the user's choices on trouble) and back up; an exit code to stop."""
        if self.args.demo and not self.args.db and not self.path.exists():
            self.make_demo()
        if not self.take_lock():
            from dealerdesk.ui.storage_dialog import say_already_running

            self.qt_app(language_from_db=False)
            say_already_running(self.path)
            return 1
        if not self.open_database():
            self.release_lock()
            return 1
        self.backup_at_start()
        return None

    def make_demo(self) -> None:
        from dealerdesk.services.demo import fill_demo

        store_service.open_store(self.path, backup_dir=paths.backup_dir(self.path))
        try:
            fill_demo(customers=300, seed=7, today=clock.today())
        finally:
            store_service.close_store()

    def take_lock(self) -> bool:
        """Refuse a second copy of the program on the same file (`<db>.lock` beside it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.path) + ".lock")
        lock.setStaleLockTime(0)  # held for the whole session; a crashed owner is detected
        if not lock.tryLock(100):
            return False
        self.lock = lock
        return True

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def open_database(self) -> bool:
        """Open the file; on a storage problem let the user restore, choose another or quit."""
        while True:
            try:
                store_service.open_store(self.path, backup_dir=paths.backup_dir(self.path),
                                         check=False)
                self.opened = True
                return True
            except StorageError as exc:
                if not self.handle_storage_problem(exc):
                    return False

    def handle_storage_problem(self, error: Exception) -> bool:
        """Ask what to do about `error`; True to try opening again, False to quit."""
        from dealerdesk.ui import storage_dialog as dialogs

        self.qt_app(language_from_db=False)
        choice = dialogs.ask_storage_problem(error, self.path)
        if choice == dialogs.RESTORE:
            folder = paths.backup_dir(self.path)
            chosen = dialogs.pick_backup(backup_service.list_backup_files(folder), folder)
            if chosen is None:
                return True  # ask again
            try:
                aside = backup_service.restore_backup(
                    backup=chosen, db_file=self.path, now=clock.now())
            except (StorageError, OSError) as exc:
                dialogs.say_restore_failed(exc)
                return True
            dialogs.say_restored(aside)
            return True
        if choice == dialogs.OTHER_FILE:
            other = dialogs.pick_database_file(self.path)
            if other is not None:
                self.release_lock()
                self.path = other.resolve()
                if not self.take_lock():
                    dialogs.say_already_running(self.path)
                    return False
            return True
        return False

    def backup_at_start(self) -> None:
        """Start the integrity check and the first backup of the day on a worker thread."""
        folder = backup_service.backup_folder(self.path)
        due = backup_service.daily_backup_due(db_file=self.path, today=clock.today())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.notes.append(exc)
            due = False
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="start-checks")
        self.checks = pool.submit(_start_checks, self.path, folder if due else None)
        pool.shutdown(wait=False)

    def _apply_checks(self) -> bool:
        """Show what the start-up checks found, once they are done; True when they are."""
        if self.checks is None or not self.checks.done():
            return False
        problems, backup_error = self.checks.result()
        self.checks = None
        self.damaged = bool(problems)
        if backup_error is not None:
            self.notes.append(backup_error)
        if self.window is not None:
            self._show_notes()
            if problems:
                from dealerdesk.ui.storage_dialog import say_damaged_while_open

                say_damaged_while_open(self.window, problems[0])
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
        """The staff member working now (asked, preselecting the last one); None = quit."""
        from dealerdesk.ui.operator_dialog import OperatorDialog

        dialog = OperatorDialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def show_window(self):
        """Create the window for the chosen operator; None when the user quit instead."""
        from dealerdesk.ui.app_signals import AppSignals
        from dealerdesk.ui.context import UiContext
        from dealerdesk.ui.main_window import MainWindow

        self.qt_app()
        operator = self.choose_operator()
        if operator is None:
            return None
        store_service.set_operator(operator.name, staff_id=operator.id)
        self.ctx = UiContext(signals=AppSignals(), db_path=self.path, operator=operator)
        self.window = MainWindow(self.ctx)
        from dealerdesk.ui.tray import ReminderTray

        # The tray keeps today's count and greets the first start of each day.
        self.tray = ReminderTray(self.ctx, self.window)
        self._show_notes()
        self.window.show()
        if not self._apply_checks():
            self._poll = QTimer(self.window)
            self._poll.timeout.connect(lambda: self._apply_checks() and self._poll.stop())
            self._poll.start(200)
        return self.window

    def run(self) -> int:
        """The event loop, until the window closes."""
        assert self.app is not None, "show_window() first"
        return self.app.exec()

    def shutdown(self) -> None:
        """Back up at exit, close the database, release the lock."""
        if self.checks is not None:
            self.checks.result()  # never close the file under a running check or backup
            self._apply_checks()
        if self.opened and not self.damaged:
            try:
                backup_service.make_backup(db_file=self.path, now=clock.now(), automatic=True)
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
    try:
        code = startup.prepare()
        if code is not None:
            return code
        if startup.show_window() is None:
            return 0
        return startup.run()
    finally:
        startup.shutdown()


def _start_checks(path: Path, backup_to: Path | None) -> tuple[list[str], Exception | None]:
    """On a worker thread: quick_check the file, then back it up when today's is due.

    Both use SQLite connections of their own. A damaged file is not backed up (it would
    push a good backup out of the rotation).
    """
    problems = store_service.integrity_problems(path)
    if problems or backup_to is None:
        return problems, None
    try:
        backup_service.make_backup(db_file=path, now=clock.now(), folder=backup_to,
                                   automatic=True)
    except (StorageError, OSError) as exc:
        return problems, exc
    return problems, None
