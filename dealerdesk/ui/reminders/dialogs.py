"""Small dialogs of the reminder actions: snooze to a chosen date, done with a follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.choices import CHANNELS, OUTCOMES, label
from dealerdesk.services.reminders import FollowUpNote
from dealerdesk.ui.widgets.window_size import keep_size


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class SnoozeDateDialog(QDialog):
    """Choose the day a snoozed reminder comes back."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.date_edit = QDateEdit(_qdate(today + dt.timedelta(days=14)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(_qdate(today + dt.timedelta(days=1)))
        self.date_edit.setMaximumDate(_qdate(today + dt.timedelta(days=366)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Remind me again on:")))
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)
        keep_size(self, "snooze_date")

    @property
    def value(self) -> dt.date:
        return _date(self.date_edit.date())


class FollowUpDoneDialog(QDialog):
    """Mark a reminder done and log what was said, in one step."""

    def __init__(self, today: dt.date, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Done: log a follow-up"))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(label(CHANNELS, code), code)
        self.outcome = QComboBox()
        for code in OUTCOMES:
            self.outcome.addItem(label(OUTCOMES, code), code)
        self.outcome.setCurrentIndex(list(OUTCOMES).index("contacted"))
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("What was said"))
        self.content.setFixedHeight(90)
        self.has_next = QCheckBox(self.tr("Next follow-up on"))
        self.next_on = QDateEdit(_qdate(today + dt.timedelta(days=7)))
        self.next_on.setCalendarPopup(True)
        self.next_on.setDisplayFormat("yyyy-MM-dd")
        self.next_on.setEnabled(False)
        self.has_next.toggled.connect(self.next_on.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(who))
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Notes"), self.content)
        form.addRow(self.has_next, self.next_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.content.setFocus()
        keep_size(self, "follow_up_done")

    @property
    def value(self) -> FollowUpNote:
        return FollowUpNote(
            channel=self.channel.currentData(), content=self.content.toPlainText().strip(),
            outcome=self.outcome.currentData(),
            next_action_on=_date(self.next_on.date()) if self.has_next.isChecked() else None)
