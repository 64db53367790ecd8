"""Runs one service call off the GUI thread, with progress and a cancel flag."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

# Running workers are kept here, not owned by a widget: closing a dialog while its job is
# still finishing must never destroy a running thread.
_RUNNING: set[ServiceWorker] = set()


class ServiceWorker(QThread):
    """Calls `job(progress, cancelled)` in a thread; the result or error comes back as a signal."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, job: Callable, parent=None):
        super().__init__()  # deliberately without a parent, see _RUNNING
        self._job = job
        self._cancel = threading.Event()
        self.finished.connect(self._forget)

    def start(self) -> None:
        _RUNNING.add(self)
        super().start()

    def _forget(self) -> None:
        _RUNNING.discard(self)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from dealerdesk.services.store import release_thread_connection

        try:
            result = self._job(self.progress.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the screen, never lost
            from dealerdesk.ui import errors

            release_thread_connection()
            errors.report(exc)  # a full disk or a damaged file: said once, for every screen
            self.failed.emit(exc)
        else:
            release_thread_connection()
            self.succeeded.emit(result)
