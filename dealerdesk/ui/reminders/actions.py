"""The buttons every reminder list shares: open, done, snooze, copy a message, stop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from dealerdesk.domain.errors import RuleError, ValidationFailed
from dealerdesk.domain.reminders import KINDS
from dealerdesk.services import reminder_notes, reminders
from dealerdesk.ui.reminders.dialogs import FollowUpDoneDialog, SnoozeDateDialog


class ReminderActionBar(QWidget):
    """Acts on the reminder a list has selected; reports what happened in a short line."""

    acted = Signal(str)  # the status line after an action
    answered = Signal(object)  # the Reminder just answered: lists drop it at once

    def __init__(self, ctx, parent=None, *, with_stop: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = None
        self.open_button = QPushButton()
        self.done_button = QToolButton()
        self.done_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.done_button.clicked.connect(self.mark_done)
        self.done_with_followup = QAction(self)
        self.done_with_followup.triggered.connect(self.mark_done_with_follow_up)
        done_menu = QMenu(self)
        done_menu.addAction(self.done_with_followup)
        self.done_button.setMenu(done_menu)
        self.snooze_button = QToolButton()
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(self._snooze_menu())
        self.copy_button = QToolButton()
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        copy_menu = QMenu(self)
        self.copy_in = {}
        for language in ("zh_CN", "en"):
            action = copy_menu.addAction("")
            action.triggered.connect(lambda _=False, lang=language: self.copy_message(lang))
            self.copy_in[language] = action
        self.copy_button.setMenu(copy_menu)
        self.stop_button = QPushButton()
        self.stop_button.setVisible(with_stop)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button.clicked.connect(self.open_customer)
        self.copy_button.clicked.connect(lambda: self.copy_message())
        self.stop_button.clicked.connect(self.stop_reminding)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.done_button, self.snooze_button, self.copy_button,
                       self.stop_button):
            layout.addWidget(button)
        layout.addWidget(self.status, 1)
        self.set_reminder(None)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the language just chosen (the owner calls this)."""
        self.open_button.setText(self.tr("Open customer"))
        self.done_button.setText(self.tr("Done"))
        self.done_with_followup.setText(self.tr("Done and log a follow-up…"))
        self.snooze_button.setText(self.tr("Snooze"))
        self.copy_button.setText(self.tr("Copy message"))
        for language, name in (("zh_CN", "简体中文"), ("en", "English")):
            self.copy_in[language].setText(self.tr("Copy in {}").format(name))
        self.stop_button.setText(self.tr("Stop reminding"))
        texts = (self.tr("1 day"), self.tr("3 days"), self.tr("A week"))
        for days, text in zip((1, 3, 7), texts, strict=True):
            self.snooze_actions[days].setText(text)
        self.snooze_actions["date"].setText(self.tr("Choose a date…"))

    def _snooze_menu(self) -> QMenu:
        menu = QMenu(self)
        self.snooze_actions = {}
        for days, text in ((1, self.tr("1 day")), (3, self.tr("3 days")), (7, self.tr("A week"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, d=days: self.snooze_days(d))
            self.snooze_actions[days] = action
        menu.addSeparator()
        self.snooze_actions["date"] = menu.addAction(self.tr("Choose a date…"))
        self.snooze_actions["date"].triggered.connect(self.snooze_to_date)
        return menu

    def set_reminder(self, reminder) -> None:
        self.current = reminder
        has = reminder is not None
        for widget in (self.open_button, self.done_button, self.snooze_button, self.stop_button):
            widget.setEnabled(has)
        self.copy_button.setEnabled(has and KINDS[reminder.kind].has_message)
        self.done_with_followup.setEnabled(has)

    # --- actions ---------------------------------------------------------------------------

    def open_customer(self) -> None:
        if self.current is not None:
            self.ctx.signals.open_customer.emit(self.current.customer_id)

    def mark_done(self) -> None:
        if self.current is not None:
            self._run(lambda r: reminders.mark_done(key=r.key, today=self.ctx.today(),
                                                    staff_id=self.ctx.operator_id),
                      self.tr("Marked done: {}"))

    def mark_done_with_follow_up(self) -> None:
        if self.current is None:
            return
        dialog = FollowUpDoneDialog(self.ctx.today(), self.current.customer_name, self)
        if dialog.exec():
            note = dialog.value
            self._run(lambda r: reminders.mark_done(key=r.key, today=self.ctx.today(),
                                                    staff_id=self.ctx.operator_id,
                                                    follow_up=note),
                      self.tr("Done and follow-up logged: {}"))

    def snooze_days(self, days: int) -> None:
        if self.current is not None:
            self._run(lambda r: reminders.snooze(key=r.key, today=self.ctx.today(), days=days,
                                                 staff_id=self.ctx.operator_id),
                      self.tr("Snoozed: {}"))

    def snooze_to_date(self) -> None:
        if self.current is None:
            return
        dialog = SnoozeDateDialog(self.ctx.today(), self)
        if dialog.exec():
            until = dialog.value
            self._run(lambda r: reminders.snooze(key=r.key, today=self.ctx.today(), until=until,
                                                 staff_id=self.ctx.operator_id),
                      self.tr("Snoozed: {}"))

    def stop_reminding(self) -> None:
        if self.current is not None:
            self._run(lambda r: reminders.stop_reminding(
                customer_id=r.customer_id, kind=r.kind, vehicle_id=r.vehicle_id,
                staff_id=self.ctx.operator_id),
                self.tr("No more reminders of this kind for {} (undo on the customer page)"))

    def copy_message(self, language: str | None = None) -> str:
        """Copy the ready message, in the customer's language unless `language` is given."""
        if self.current is None:
            return ""
        try:
            text = reminder_notes.message_for(key=self.current.key, language=language)
        except RuleError as exc:
            self._say(str(exc))
            return ""
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Copied, ready to paste into WeChat or SMS: {}").format(text))
        return text

    def _run(self, call, done_text: str) -> None:
        reminder = self.current
        try:
            changes = call(reminder)
        except ValidationFailed as exc:
            self._say("; ".join(e.message for e in exc.errors))
            return
        except RuleError as exc:
            self._say(str(exc))
            return
        self._say(done_text.format(reminder.customer_name))
        self.answered.emit(reminder)
        self.ctx.broadcast(changes)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.acted.emit(text)
