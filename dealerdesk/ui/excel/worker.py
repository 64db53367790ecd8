"""Runs one service call off the GUI thread, with progress and a cancel flag."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal


class ServiceWorker(QThread):
    """Calls `job(progress, cancelled)` in a thread; the result or error comes back as a signal."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, job: Callable, parent=None):
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from dealerdesk.services.import_store import release_thread_connection

        try:
            result = self._job(self.progress.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the screen, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            release_thread_connection()
