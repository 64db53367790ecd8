"""The Reminders tab of a customer's page: what is coming, their own notes, what is stopped."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.errors import RuleError, ValidationFailed
from dealerdesk.domain.reminders import KINDS
from dealerdesk.services import reminder_notes, reminders
from dealerdesk.ui.reminders.actions import ReminderActionBar
from dealerdesk.ui.reminders.model import ReminderTableModel
from dealerdesk.ui.widgets.date_field import format_date

WATCHED = ("reminders", "customers", "vehicles", "followups", "cards", "settings")


class CustomerRemindersTab(QWidget):
    """Upcoming reminders of one customer, manual reminders, and stopped kinds with undo."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.model = ReminderTableModel(self, show_owner=False)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.hideColumn(2)  # the customer and their phone: this page is theirs
        self.table.hideColumn(3)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.actions.set_reminder(
                self.model.reminder(current.row())))
        self.actions = ReminderActionBar(ctx, self)
        self.actions.open_button.hide()
        self.upcoming_group = upcoming = QGroupBox()
        box = QVBoxLayout(upcoming)
        box.addWidget(self.table, 1)
        box.addWidget(self.actions)
        layout = QVBoxLayout(self)
        layout.addWidget(upcoming, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self._manual_group(), 1)
        bottom.addWidget(self._stopped_group(), 1)
        layout.addLayout(bottom, 1)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_args) -> None:
        """Show every text in the language just chosen."""
        self.upcoming_group.setTitle(self.tr("Coming up (next 12 months)"))
        self.manual_group.setTitle(self.tr("My reminders for this customer"))
        self.manual_text.setPlaceholderText(self.tr("e.g. call about the SUV they wanted"))
        self.add_button.setText(self.tr("Add"))
        self.delete_button.setText(self.tr("Delete"))
        self.stopped_group.setTitle(self.tr("Reminders switched off"))
        self.undo_button.setText(self.tr("Remind again"))
        self.actions.retranslate()
        if self.customer_id:
            self.refresh()

    def _manual_group(self) -> QGroupBox:
        self.manual_group = group = QGroupBox()
        self.manual = QListWidget()
        self.manual_date = QDateEdit()
        self.manual_date.setCalendarPopup(True)
        self.manual_date.setDisplayFormat("yyyy-MM-dd")
        self.manual_text = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_manual)
        self.manual_text.returnPressed.connect(self.add_manual)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_manual)
        self.manual_error = QLabel()
        self.manual_error.setStyleSheet("color: #c0392b;")
        row = QHBoxLayout()
        row.addWidget(self.manual_date)
        row.addWidget(self.manual_text, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(group)
        layout.addWidget(self.manual, 1)
        layout.addLayout(row)
        layout.addWidget(self.manual_error)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        return group

    def _stopped_group(self) -> QGroupBox:
        self.stopped_group = group = QGroupBox()
        self.stopped = QListWidget()
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_stop)
        layout = QVBoxLayout(group)
        layout.addWidget(self.stopped, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        return group

    # --- data ------------------------------------------------------------------------------

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        today = self.ctx.today()
        self.manual_date.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.refresh()

    def refresh(self) -> None:
        cid = self.customer_id
        today = self.ctx.today()
        self.model.set_rows(
            reminders.reminders_for_customer(customer_id=cid, today=today) if cid else [])
        self.actions.set_reminder(None)
        self.manual.clear()
        self.stopped.clear()
        if not cid:
            return
        for m in reminder_notes.list_manual_reminders(cid):
            text = f"{format_date(m.due_on)}  {m.text}" + (f"  ({m.plate})" if m.plate else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.manual.addItem(item)
        for s in reminders.stopped_reminders(cid):
            what = KINDS[s.kind].title + (f" · {s.plate}" if s.plate else "")
            text = self.tr("{0}: off since {1} ({2})").format(
                what, format_date(s.at.date()), s.staff_name or "-")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (s.kind, s.vehicle_id))
            self.stopped.addItem(item)

    def _on_changed(self, changes) -> None:
        if self.customer_id and changes.touches(*WATCHED):
            self.refresh()

    def add_manual(self) -> None:
        if not self.customer_id:
            return
        q = self.manual_date.date()
        try:
            _, changes = reminder_notes.add_manual_reminder(
                customer_id=self.customer_id, due_on=dt.date(q.year(), q.month(), q.day()),
                text=self.manual_text.text(), today=self.ctx.today(),
                staff_id=self.ctx.operator_id)
        except ValidationFailed as exc:
            self.manual_error.setText(exc.errors[0].message)
            return
        self.manual_error.clear()
        self.manual_text.clear()
        self.ctx.broadcast(changes)

    def delete_manual(self) -> None:
        item = self.manual.currentItem()
        if item is not None:
            self.ctx.broadcast(reminder_notes.delete_manual_reminder(
                item.data(Qt.ItemDataRole.UserRole)))

    def undo_stop(self) -> None:
        item = self.stopped.currentItem()
        if item is None or not self.customer_id:
            return
        kind, vehicle_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            changes = reminders.undo_stop(customer_id=self.customer_id, kind=kind,
                                          vehicle_id=vehicle_id)
        except RuleError as exc:
            self.manual_error.setText(str(exc))
            return
        self.ctx.broadcast(changes)
