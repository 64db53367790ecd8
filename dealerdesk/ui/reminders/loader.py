"""Reading lists and reports off the GUI thread, so a large shop's screens stay responsive."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, int, object)  # the loader's key, its ticket, the result


_RELAY: list[_Relay] = []  # the one relay, made on the GUI thread and kept for good
_KEYS = itertools.count(1)


def _relay() -> _Relay:
    """Where every job reports: it outlives the screens, so a job that finishes after its
    screen was closed still has somewhere to send its answer (which nobody then takes)."""
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


class _Job(QRunnable):
    def __init__(self, key: int, ticket: int, work: Callable[[], object]) -> None:
        super().__init__()
        self.key, self.ticket, self.work, self.relay = key, ticket, work, _relay()

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
        try:
            self.relay.done.emit(self.key, self.ticket, result)
        except RuntimeError:
            pass  # the program is closing and took the relay with it: nobody to tell


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
        self._key = next(_KEYS)
        _relay().done.connect(self._on_relayed)
        self._pending = False

    @property
    def busy(self) -> bool:
        return self._pending

    def forget(self) -> None:
        """Drop the answer of a read still running (what it read is out of date)."""
        self._ticket += 1
        self._pending = False

    def load(self, work: Callable[[], object]) -> None:
        self._ticket += 1
        if not self.background:
            try:
                self._on_done(self._ticket, work())
            except Exception as exc:  # noqa: BLE001 - reported like a thread's failure
                self._on_done(self._ticket, exc)
            return
        self._pending = True
        QThreadPool.globalInstance().start(_Job(self._key, self._ticket, work))

    def _on_relayed(self, key: int, ticket: int, result: object) -> None:
        if key == self._key:
            self._on_done(ticket, result)

    def _on_done(self, ticket: int, result: object) -> None:
        if ticket != self._ticket:
            return  # an older read finished after a newer one was asked for
        self._pending = False
        if isinstance(result, Exception):
            self.failed.emit(result)
        else:
            self.loaded.emit(result)
