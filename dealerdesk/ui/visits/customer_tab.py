"""The customer page's Service visits tab: the customer's tier and when it last changed,
their visits, newest first, with add, change and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import value as rules
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import service_visits as visits
from dealerdesk.services import value
from dealerdesk.ui.customers import ask
from dealerdesk.ui.followups.common import Column, PlainTableModel
from dealerdesk.ui.icons import icon
from dealerdesk.ui.visits.dialog import VisitDialog
from dealerdesk.ui.widgets.date_field import format_date
from dealerdesk.ui.widgets.money_field import format_money

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WATCHED = ("visits", "vehicles", "customers", "ledger", "followups", "settings")


class VisitsTab(QWidget):
    """Shown on the customer page; set_customer(id) tells it whose visits to show."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.model = PlainTableModel(self._columns(), id_of=lambda v: v.id, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda index: self.edit_visit())
        self.summary = QLabel(self)
        self.tier_line = QLabel(self)
        self.tier_line.setTextFormat(Qt.TextFormat.RichText)
        self.tier_line.setWordWrap(True)
        self._limits: value.ScoreLimits | None = None  # the day's quintile thresholds
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.add_button = QPushButton(icon("mdi6.wrench-outline"), "", self)
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), "", self)
        self.delete_button = QPushButton(icon("mdi6.trash-can-outline"), "", self)
        self.add_button.clicked.connect(self.add_visit)
        self.edit_button.clicked.connect(self.edit_visit)
        self.delete_button.clicked.connect(self.delete_visit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tier_line)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.signals.changed.connect(self._on_changed)
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Day"), lambda v: format_date(v.visited_on),
                   sort=lambda v: v.visited_on),
            Column(self.tr("Car"), lambda v: v.vehicle_title),
            Column(self.tr("Mileage"), lambda v: "" if v.mileage_km is None
                   else f"{v.mileage_km:,} km", right=True),
            Column(self.tr("Kind"), lambda v: v.kind_label),
            Column(self.tr("Amount"), lambda v: format_money(v.amount_cents), right=True),
            Column(self.tr("Paid by"), lambda v: rules.paid_by_label(v.paid_by)),
            Column(self.tr("Staff"), lambda v: v.staff_name),
            Column(self.tr("Notes"), lambda v: v.notes.replace("\n", " ")),
        ]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Record a visit"))
        self.edit_button.setText(self.tr("Change"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.set_headers([c.header for c in self._columns()])
        self.empty.setText(self.tr(
            "No service visits yet. Record each maintenance, repair or other visit: the car's "
            "mileage pace, its next maintenance and the customer's value follow from them."))
        self.refresh()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        rows = visits.list_visits(self.customer_id) if self.customer_id else []
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.add_button.setEnabled(self.customer_id is not None)
        self.summary.setText(self.tr("{n} visits, {money} in all").format(
            n=len(rows), money=format_money(sum(v.amount_cents for v in rows)))
            if rows else "")
        self._update_buttons()
        self._show_tier()

    def _show_tier(self) -> None:
        """The tier now and, when it changed in the last 12 months, from what and since when
        ("Loyal → Lost since March 2026"); each month's end in the tooltip."""
        if self.customer_id is None:
            self.tier_line.clear()
            return
        today = self.ctx.today()
        if self._limits is None or self._limits.as_of != today:
            self._limits = value.score_limits(as_of=today)
        change = value.tier_change(self.customer_id, as_of=today, limits=self._limits)
        now = rules.tier_label(change.tier)
        if change.before is None:
            words = self.tr("Tier: <b>{tier}</b>, unchanged in the last 12 months.").format(
                tier=now)
        else:
            words = self.tr("Tier: {before} → <b>{tier}</b> since {month}.").format(
                before=rules.tier_label(change.before), tier=now,
                month=self.tr("{month_name} {year}").format(
                    year=change.since.year, month=change.since.month,
                    month_name=MONTHS[change.since.month - 1]))
        self.tier_line.setText(words)
        self.tier_line.setToolTip("\n".join(
            f"{format_date(day)}  {rules.tier_label(tier) if tier else '-'}"
            for day, tier in change.months))

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_changed(self, changes) -> None:
        if changes.touches("visits", "vehicles", "ledger", "settings", "customers"):
            self._limits = None  # the shop's thresholds moved
        if self.customer_id is not None and changes.touches(*WATCHED):
            self.refresh()

    def dialog(self, visit=None) -> VisitDialog:
        return VisitDialog(self.ctx, self.customer_id, visit, self)

    def add_visit(self) -> None:
        if self.customer_id is not None:
            self.dialog().exec()

    def edit_visit(self) -> None:
        visit = self.selected()
        if visit is not None:
            self.dialog(visit).exec()

    def delete_visit(self) -> None:
        """Delete the selected visit; a card payment is reversed, with the reason asked."""
        visit = self.selected()
        if visit is None:
            return
        what = self.tr("{kind} on {day}, {money}").format(
            kind=visit.kind_label, day=format_date(visit.visited_on),
            money=format_money(visit.amount_cents))
        if visit.ledger_entry_id is None:
            reason = "" if ask.confirm(
                self, self.tr("Delete visit"), self.tr("Delete the visit {what}?").format(
                    what=what), self.tr("Delete"), self.tr("Keep it")) else None
        else:
            reason = ask.reason(self, self.tr("Delete visit"), self.tr(
                "The visit {what} was paid from a card: deleting it reverses that payment in "
                "the card's ledger. Why is it deleted?").format(what=what))
        if reason is None:
            return
        try:
            changes = visits.delete_visit(visit_id=visit.id, staff_id=self.ctx.operator_id,
                                          today=self.ctx.today(), reason=reason)
        except ValidationFailed as exc:
            ask.tell(self, self.tr("Delete visit"), "\n".join(e.message for e in exc.errors))
            return
        self.ctx.broadcast(changes)
