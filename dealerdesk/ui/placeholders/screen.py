"""ComingScreen: a translated "coming soon" panel (icon, title, what the screen will do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui.widgets.empty_state import EmptyState

CTX = "ComingScreen"

# key -> (icon, title, what the screen will do); translated when shown.
PLANNED: dict[str, tuple[str, str, str]] = {
    "today": ("mdi6.calendar-today", QT_TRANSLATE_NOOP("ComingScreen", "Today"),
              QT_TRANSLATE_NOOP("ComingScreen", "Today's reminders, overdue calls and follow-ups "
                                "due, with this month's sales funnel at a glance.")),
    "customers": ("mdi6.account-group", QT_TRANSLATE_NOOP("ComingScreen", "Customers"),
                  QT_TRANSLATE_NOOP("ComingScreen", "Every customer in one fast list, with their "
                                    "vehicles, follow-ups and membership.")),
    "followups": ("mdi6.phone-log", QT_TRANSLATE_NOOP("ComingScreen", "Follow-ups"),
                  QT_TRANSLATE_NOOP("ComingScreen", "Calls due today, overdue and upcoming for "
                                    "each salesperson, and a printable call list.")),
    "members": ("mdi6.card-account-details-star", QT_TRANSLATE_NOOP("ComingScreen", "Members"),
                QT_TRANSLATE_NOOP("ComingScreen", "Membership cards: issue, top up, spend, redeem "
                                  "points and use service packages.")),
    "reminders": ("mdi6.bell-ring", QT_TRANSLATE_NOOP("ComingScreen", "Reminders"),
                  QT_TRANSLATE_NOOP("ComingScreen", "Birthdays, insurance expiry, annual "
                                    "inspections and revisits, grouped and ready to call.")),
    "reports": ("mdi6.chart-bar", QT_TRANSLATE_NOOP("ComingScreen", "Reports"),
                QT_TRANSLATE_NOOP("ComingScreen", "Sales funnel, lost-deal reasons, sources and "
                                  "salespeople, with charts and Excel export.")),
}


class ComingScreen(QWidget):
    """A screen that is not built yet: says what it will do, in the user's language."""

    def __init__(self, ctx, title: str, text: str, parent=None, *,
                 icon: str = "mdi6.progress-clock"):
        super().__init__(parent)
        self.ctx = ctx
        self._title = title  # untranslated source texts, translated on every language change
        self._text = text
        self.empty = EmptyState(icon, "", "", parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        self.retranslate()

    @classmethod
    def for_key(cls, ctx, key: str, parent=None) -> ComingScreen:
        """The placeholder of a screen named in PLANNED ("today", "members" ...)."""
        icon, title, text = PLANNED[key]
        return cls(ctx, title, text, parent, icon=icon)

    def retranslate(self) -> None:
        coming = self.tr("{} is coming soon").format(QCoreApplication.translate(CTX, self._title))
        self.empty.setTexts(coming, QCoreApplication.translate(CTX, self._text))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
