"""Midnight for a window left open overnight: tell every screen that the day has moved on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from dealerdesk.domain.records import Changes


class DayWatch(QObject):
    """Checks the one clock now and then; a new date is broadcast as `Changes.new_day()`.

    Every screen already refreshes on the changes it watches, and a new day touches them
    all, so Today, the reminder counts, the tray and this month's figures follow without a
    restart. A customer page with unsaved typing keeps it (it never reloads a dirty form).
    A clock set back counts as a new day too: the lists must follow the date shown.
    """

    day_changed = Signal(object)  # the new dt.date

    def __init__(self, ctx, parent=None, *, check_every_ms: int = 30_000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day: dt.date = ctx.today()
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Broadcast a new day if the date changed since the last check; True if it did."""
        today = self.ctx.today()
        if today == self.day:
            return False
        self.day = today
        self.ctx.broadcast(Changes.new_day())
        self.day_changed.emit(today)
        return True
