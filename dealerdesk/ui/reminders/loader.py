"""Reading reminder lists off the GUI thread, so a large shop's start-up stays quick."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.ticket, self.work, self.relay = ticket, work, relay

    def run(self) -> None:
        from dealerdesk.services.store import release_thread_connection

        try:
            result = self.work()
        except Exception as exc:  # shown by the screen, never lost in a thread
            from dealerdesk.ui import errors

            errors.report(exc)
            result = exc
        finally:
            release_thread_connection()
        self.relay.done.emit(self.ticket, result)


class Loader(QObject):
    """Runs one read at a time in the thread pool; only the latest answer is delivered.

    With `background=False` (tests, small shops) the work runs at once on this thread.
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.background = background
        self._ticket = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._pending = False

    @property
    def busy(self) -> bool:
        return self._pending

    def load(self, work: Callable[[], object]) -> None:
        self._ticket += 1
        if not self.background:
            try:
                self._on_done(self._ticket, work())
            except Exception as exc:  # noqa: BLE001 - reported like a thread's failure
                self._on_done(self._ticket, exc)
            return
        self._pending = True
        QThreadPool.globalInstance().start(_Job(self._ticket, work, self._relay))

    def _on_done(self, ticket: int, result: object) -> None:
        if ticket != self._ticket:
            return  # an older read finished after a newer one was asked for
        self._pending = False
        if isinstance(result, Exception):
            self.failed.emit(result)
        else:
            self.loaded.emit(result)
