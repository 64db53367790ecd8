"""`--smoke-test`: start the program the way a shop's PC does, step by step, and say so.

Each step prints one line, `ok`, `FAIL` or `note` (found something worth knowing that is
not a fault, such as no printer installed), then a last line `smoke test: passed` or
`smoke test: FAILED (...)`; the exit code is 0 only when no step failed. The lines also go
to `smoke-test.txt` in the log folder, because a windowed Windows program has no console
to print to when it is double-clicked.

The steps: open (or create) the database, check it, back it up, start Qt, find the fonts,
the tray and the default printer, make a PDF, and build the main window with every
screen. Nothing is added to the shop's data: the only files written are the backup (kept,
as at every start) and a PDF in a temporary folder.
"""

from __future__ import annotations

import functools
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool, qVersion
from PySide6.QtGui import QGuiApplication

from dealerdesk import __version__, clock, paths

OK, FAIL, NOTE = "ok", "FAIL", "note"


class Note(Exception):
    """A step found something worth a line that is not a fault."""


class SmokeTest:
    """Runs the steps in order; a failed step stops those that depend on it."""

    def __init__(self, startup: Any, out: TextIO | None = None) -> None:
        self.startup = startup
        self.out = out
        self.lines: list[str] = []
        self.failed: list[str] = []
        self.slot_errors: list[str] = []

    def say(self, status: str, name: str, detail: str) -> None:
        self.say_last(f"{status:<5} {name}: {detail}")

    def say_last(self, line: str) -> None:
        self.lines.append(line)
        if self.out is not None:
            try:
                print(line, file=self.out, flush=True)
            except (OSError, ValueError):
                self.out = None  # the console went away; the log file still gets it

    def step(self, name: str, action: Callable[[], str]) -> bool:
        """Run `action`, print its line; True when it did not fail."""
        started = time.perf_counter()
        try:
            detail = action()
            status = OK
        except Note as note:
            detail, status = str(note), NOTE
        except Exception as exc:  # noqa: BLE001 - every failure is one line, never a crash
            detail, status = _one_line(exc), FAIL
        if self.slot_errors:
            detail, status = "; ".join(self.slot_errors), FAIL
            self.slot_errors.clear()
        if status == OK:
            detail = f"{detail} ({time.perf_counter() - started:.2f} s)"
        self.say(status, name, detail)
        if status == FAIL:
            self.failed.append(name)
        return status != FAIL

    def run(self) -> int:
        """All steps; 0 when every one passed."""
        previous_hook = sys.excepthook
        # An exception in a Qt slot does not reach `step`: collect it through the hook.
        sys.excepthook = lambda kind, exc, tb: self.slot_errors.append(_one_line(exc))
        try:
            self._run_steps()
        finally:
            sys.excepthook = previous_hook
            self._close()
        verdict = "passed" if not self.failed else f"FAILED ({', '.join(self.failed)})"
        self.say_last(f"smoke test: {verdict}, {len(self.lines)} steps")
        self._write_log()
        return 0 if not self.failed else 1

    def _run_steps(self) -> None:
        self.step("program", self.program)
        if not self.step("database", self.open_database):
            return
        self.step("integrity", self.integrity)
        self.step("backup", self.backup)
        if not self.step("qt", self.qt):
            return
        self.step("fonts", self.fonts)
        self.step("pdf", self.pdf)
        self.step("tray", self.tray)
        self.step("printer", self.printer)
        if not self.step("main window", self.main_window):
            return
        from dealerdesk.ui.main_window import KEYS

        for key in KEYS:
            self.step(f"screen {key}", functools.partial(self.screen, key))

    # --- steps ------------------------------------------------------------------------
    def program(self) -> str:
        frozen = "bundle" if getattr(sys, "frozen", False) else "source"
        return (f"DealerDesk {__version__} ({frozen}), Python {platform.python_version()}, "
                f"{platform.system()} {platform.release()}, {sys.platform}")

    def open_database(self) -> str:
        startup = self.startup
        if not startup.take_lock():
            raise RuntimeError(f"another copy of DealerDesk has {startup.path} open")
        from dealerdesk.services import store

        info = store.open_store(startup.path, backup_dir=paths.backup_dir(startup.path),
                                check=False)
        startup.opened = True
        return f"{startup.path} ({'created' if info.created else 'opened'})"

    def integrity(self) -> str:
        from dealerdesk.services.health import check_database

        report = check_database()
        if not report.healthy:
            raise RuntimeError("; ".join(report.problems[:3]))
        return ", ".join(report.lines[:2])

    def backup(self) -> str:
        from dealerdesk.services import backups

        made = backups.make_backup(db_file=self.startup.path, now=clock.now())
        return f"{made} ({made.stat().st_size // 1024} KB, checked)"

    def qt(self) -> str:
        app = self.startup.qt_app()
        from dealerdesk.ui import i18n_qt

        return (f"Qt {qVersion()}, PySide6 {pyside_version}, platform "
                f"{QGuiApplication.platformName()}, language {i18n_qt.current_language()}, "
                f"font {app.font().family()}")

    def fonts(self) -> str:
        from dealerdesk.printing.fonts import pdf_font

        font = pdf_font()
        if not font.embedded:
            raise Note(f"no Chinese TrueType font found; PDFs use {font.source} (not embedded)")
        return f"PDFs embed {font.source}"

    def pdf(self) -> str:
        from dealerdesk.services.printouts import write_call_list

        today, now = clock.today(), clock.now()
        with tempfile.TemporaryDirectory(prefix="dealerdesk-smoke-") as folder:
            target = Path(folder) / "call list 呼叫清单.pdf"
            done = write_call_list(target=target, date_from=today, date_to=today, today=today,
                                   now=now)
            size = target.stat().st_size
        return f"call list, {done.pages} page(s), {size // 1024} KB"

    def tray(self) -> str:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            raise Note("no system tray on this desktop; today's count shows in the window")
        return "system tray available"

    def printer(self) -> str:
        from dealerdesk.ui.printing.preview import default_printer_name

        name = default_printer_name()
        if not name:
            raise Note("no printer installed; PDFs can still be saved")
        return f"default printer {name!r}"

    def main_window(self) -> str:
        from dealerdesk.ui.app_signals import AppSignals
        from dealerdesk.ui.context import UiContext
        from dealerdesk.ui.main_window import MainWindow
        from dealerdesk.ui.tray import ReminderTray

        startup = self.startup
        startup.ctx = UiContext(signals=AppSignals(), db_path=startup.path,
                                operator=_first_staff_member())
        startup.window = MainWindow(startup.ctx)
        startup.tray = ReminderTray(startup.ctx, startup.window, greet_at_start=False)
        startup.window.show()
        _settle()
        size = startup.window.size()
        return f"{startup.window.windowTitle()} ({size.width()}x{size.height()})"

    def screen(self, key: str) -> str:
        window = self.startup.window
        window.navigate(key)
        _settle()
        widget = window.get_screen(key)
        if not widget.isVisible():
            raise RuntimeError(f"the {key} screen is not shown")
        return type(widget).__name__

    # --- the end ----------------------------------------------------------------------
    def _close(self) -> None:
        """Close the window and the database (no second backup at exit: one was made)."""
        startup = self.startup
        if startup.window is not None:
            startup.window.close()
            _settle()
            startup.window.deleteLater()
            startup.window = None
            _settle()
        if startup.opened:
            from dealerdesk.services import store

            store.close_store()
            startup.opened = False
        startup.release_lock()

    def _write_log(self) -> None:
        try:
            folder = paths.log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "smoke-test.txt").write_text("\n".join(self.lines) + "\n",
                                                   encoding="utf-8")
        except OSError:
            pass  # the lines were printed; a missing log folder is not worth a failure


def _first_staff_member():
    from dealerdesk.services.staff import list_staff

    members = list_staff()
    return members[0] if members else None


def _settle() -> None:
    """Let queued events run and background reads finish, so their errors show now."""
    QThreadPool.globalInstance().waitForDone(30_000)
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThreadPool.globalInstance().waitForDone(30_000)


def _one_line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    place = f" [{Path(where[0].filename).name}:{where[0].lineno}]" if where else ""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}{place}"


def console() -> TextIO | None:
    """Where to print: our stdout, or on Windows the console of whoever started us.

    A windowed program started from cmd.exe has no stdout of its own; attaching to the
    parent's console lets `DealerDesk.exe --smoke-test` print there.
    """
    if sys.stdout is not None:
        return sys.stdout
    if os.name != "nt":
        return None
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]
            return None
        return open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        return None


def run(startup: Any) -> int:
    """The smoke test of `startup`'s database; the exit code."""
    return SmokeTest(startup, console()).run()
