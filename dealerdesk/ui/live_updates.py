"""What other PCs save on the shop's server reaches this window's screens within seconds.

A thread of its own waits on a listening connection (services.live) and hands the kinds of
record it hears about to the GUI thread, which gathers them for a moment (one refresh for
a burst of saves) and broadcasts them as the Changes the screens already react to. A form
with typing in it keeps it: screens skip a reload while their form is dirty. When the
listening connection drops, `reachable` turns False (the window shows a banner) and the
thread tries again every few seconds; once back, every screen reloads, since what changed
meanwhile was not heard.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from dealerdesk.domain.records import Changes
from dealerdesk.services import live
from dealerdesk.ui.context import UiContext

DEBOUNCE_MS = 1500  # a burst of saves on another PC becomes one refresh here
WAIT_S = 0.5  # how often the thread looks at its stop flag
RETRY_S = 3.0  # between attempts to reach a lost server


class LiveUpdates(QObject):
    """Listens to the shop's server for the window; `stop()` before the window closes."""

    heard = Signal(object)  # a set of kinds, from the listening thread
    reachable_changed = Signal(bool)  # False when the server is lost, True when back
    _reach = Signal(bool)  # from the listening thread

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.reachable = True
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.heard.connect(self._on_heard)
        self._reach.connect(self._on_reach_changed)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="live-updates", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the listening thread (it notices within WAIT_S) and its connection."""
        self._stop.set()
        self._thread.join(timeout=WAIT_S * 4)
        self._timer.stop()

    # --- the listening thread: no widgets here, only signals -------------------------
    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                listener = live.listen_for_changes(self.ctx.server)
            except live.ServerGone:
                self._reach.emit(False)
                self._stop.wait(RETRY_S)
                continue
            self._reach.emit(True)
            try:
                while not self._stop.is_set():
                    kinds = listener.wait(WAIT_S)
                    if kinds:
                        self.heard.emit(kinds)
            except live.ServerGone:
                self._reach.emit(False)
                self._stop.wait(RETRY_S)
            finally:
                listener.close()

    # --- on the GUI thread -------------------------------------------------------------
    def _on_heard(self, kinds) -> None:
        self._pending |= set(kinds)
        if not self._timer.isActive():  # not restarted: steady saves still show every 1.5 s
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        kinds, self._pending = self._pending, set()
        if kinds:
            self.ctx.broadcast(live.as_changes(kinds))

    def _on_reach_changed(self, reachable: bool) -> None:
        if reachable == self.reachable:
            return
        self.reachable = reachable
        self.reachable_changed.emit(reachable)
        if reachable:  # whatever the other PCs saved meanwhile was not heard
            self.ctx.broadcast(Changes.everything())
