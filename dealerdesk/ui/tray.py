"""The tray icon with the count of today's calls, and the morning notice that opens Today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from dealerdesk.domain.records import NEW_DAY
from dealerdesk.services import reminders
from dealerdesk.ui import icons
from dealerdesk.ui.reminders.loader import Loader
from dealerdesk.ui.reminders.notice import calls_text, notice_title, open_today_text
from dealerdesk.ui.theme import COLORS


def should_greet(today: dt.date, last_greeted: dt.date | None) -> bool:
    """A new day since the last notice. A clock turned back counts as a new day too, so a
    wrong date once never silences the notice for good."""
    return last_greeted != today


def badge_icon(count: int) -> QIcon:
    """A round badge with the number of calls (99+ when more)."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c0392b") if count else QColor("#2e7d32"))
    painter.setPen(QColor(0, 0, 0, 0))
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(30 if count < 100 else 22)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), 0x84, str(count) if count < 100 else "99+")  # centred
    painter.end()
    return QIcon(pixmap)


class ReminderTray(QObject):
    """Keeps the tray count current and greets the first start of each day.

    Works without a system tray (offscreen, some Linux desktops): the counts are still
    kept and `notice_text` is what would have been shown.
    """

    greeted = Signal(str)

    def __init__(self, ctx, parent=None, *, check_every_ms: int = 60_000,
                 background: bool = True, greet_at_start: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._greet_pending = False
        self.loader = Loader(self, background=background)
        self.loader.loaded.connect(self._on_counts)
        self.counts = (0, 0)
        self.notice_text = ""
        self.last_greeted: dt.date | None = None
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(self) if self.available else None
        if self.icon is not None:
            menu = QMenu()
            menu.addAction(open_today_text(), self.open_today)
            self.icon.setContextMenu(menu)
            self._menu = menu
            self.icon.messageClicked.connect(self.open_today)
            self.icon.activated.connect(lambda _reason: self.open_today())
            # Qt refuses to show a tray icon that has no picture yet ("No Icon set") and
            # does not show it later when one is set: the program's car until the count.
            self.icon.setIcon(icons.icon("mdi6.car-info", color=COLORS["accent"]))
            self.icon.show()
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.operator_changed.connect(lambda _member: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check_new_day)
        self.timer.start()
        if greet_at_start:  # once the event loop runs, so the window shows first
            QTimer.singleShot(0, self.check_new_day)

    def refresh(self) -> None:
        """Count today's calls (off the GUI thread) and update the icon."""
        today, owner = self.ctx.today(), self.ctx.operator_id
        self.loader.load(lambda: reminders.call_summary(today=today, owner_id=owner))

    def check_new_day(self) -> bool:
        """Greet when the day has changed since the last notice (also called at start)."""
        today = self.ctx.today()
        if not should_greet(today, self.last_greeted):
            return False
        self.last_greeted = today
        self._greet_pending = True
        self.refresh()
        return True

    def _on_counts(self, counts: tuple[int, int]) -> None:
        due, overdue = self.counts = counts
        text = calls_text(due, overdue)
        if self.icon is not None:
            self.icon.setIcon(badge_icon(due + overdue))
            self.icon.setToolTip(text)
        if self._greet_pending:
            self._greet_pending = False
            self.notice_text = text
            if self.icon is not None and QSystemTrayIcon.supportsMessages():
                self.icon.showMessage(notice_title(), text,
                                      QSystemTrayIcon.MessageIcon.Information, 15_000)
            self.greeted.emit(text)

    def open_today(self) -> None:
        self.ctx.signals.navigate.emit("today")

    def _on_changed(self, changes) -> None:
        if NEW_DAY in changes.kinds:
            self.check_new_day()
        elif changes.touches("reminders", "customers", "vehicles", "followups", "cards",
                             "settings"):
            self.refresh()
