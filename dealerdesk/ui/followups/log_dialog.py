"""The quick follow-up dialog: opens on "what was said", saves with Ctrl+S (two clicks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.funnel import quick_dates
from dealerdesk.services import customers, followups
from dealerdesk.services.followups import FollowUpEntry
from dealerdesk.services.search import search
from dealerdesk.ui.followups.common import COLORS
from dealerdesk.ui.followups.deal_dialog import DealFields, error_label
from dealerdesk.ui.widgets.window_size import keep_size

FIELDS = ("customer", "when", "channel", "content", "outcome", "lost_reason", "next_action_on",
          "entry", "revisit")


class FollowUpDialog(QDialog):
    """Log a follow-up (or correct one): channel, what was said, outcome, next action."""

    def __init__(self, ctx, customer_id: int, parent: QWidget | None = None, *,
                 entry: FollowUpEntry | None = None, revisit_id: int | None = None,
                 outcome: str = "", next_action: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.entry, self.revisit_id = entry, revisit_id
        self.follow_up_id: int | None = entry.id if entry else None
        customer = customers.get_customer(customer_id)
        name = customer.name if customer else ""
        self.setWindowTitle(self.tr("Correct follow-up") if entry else self.tr("Log follow-up"))
        self.errors = {f: error_label() for f in FIELDS}
        header = QLabel(f"<b>{name}</b>  {customer.phone if customer else ''}")
        header.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if revisit_id is not None:
            layout.addWidget(QLabel(self.tr("This contact marks the after-sale revisit done.")))
        layout.addLayout(self._build_form(entry, outcome, next_action))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+S)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for field in ("customer", "entry", "revisit"):
            layout.addWidget(self.errors[field])
        layout.addWidget(buttons)
        # A fixed minimum would let the rows squeeze below their words: never below the layout's.
        self.setMinimumWidth(max(560, layout.minimumSize().width()))
        self._on_outcome_changed()
        self.content.setFocus(Qt.FocusReason.OtherFocusReason)
        keep_size(self, "follow_up")

    # ---- building ---------------------------------------------------------------------

    def _build_form(self, entry: FollowUpEntry | None, outcome: str, next_action: str):
        form = QFormLayout()
        self.when = QDateTimeEdit(QDateTime(entry.at if entry else self.ctx.now()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("When"), self.when)
        form.addRow("", self.errors["when"])
        form.addRow(self.tr("Channel"), self._channel_row(entry.channel if entry else "phone"))
        self.content = QPlainTextEdit(entry.content if entry else "")
        self.content.setPlaceholderText(self.tr("What was said: wishes, budget, objections…"))
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(90)
        form.addRow(self.tr("What was said"), self.content)
        form.addRow("", self.errors["content"])
        self.outcome = QComboBox()
        for code in choices.OUTCOMES:
            if entry is None or (code == "deal") == (entry.outcome == "deal"):
                self.outcome.addItem(choices.label(choices.OUTCOMES, code), code)
        self._select(self.outcome, entry.outcome if entry else outcome or "contacted")
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow("", self.errors["outcome"])
        self.lost_reason = QComboBox()
        self.lost_reason.addItem(self.tr("Choose a reason…"), "")
        for code in choices.LOST_REASONS:
            self.lost_reason.addItem(choices.label(choices.LOST_REASONS, code), code)
        self._select(self.lost_reason, entry.lost_reason if entry else "")
        self.lost_label = QLabel(self.tr("Lost because"))
        form.addRow(self.lost_label, self.lost_reason)
        form.addRow("", self.errors["lost_reason"])
        self.deal = DealFields(self.customer_id) if entry is None else None
        if self.deal is not None:
            form.addRow(self.deal)
        self.next_action = QLineEdit(entry.next_action if entry else next_action)
        self.next_action.setPlaceholderText(
            self.tr("e.g. send the loan offer, invite to test drive"))
        form.addRow(self.tr("Next action"), self.next_action)
        form.addRow(self.tr("Next date"), self._next_date_row(entry))
        form.addRow("", self.errors["next_action_on"])
        return form

    def _channel_row(self, current: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.channels = QButtonGroup(self)
        box.setStyleSheet(
            f"QPushButton {{ background: white; border: 1px solid {COLORS['border']}; "
            "border-radius: 3px; padding: 4px 12px; }"
            f"QPushButton:checked {{ background: {COLORS['accent']}; color: white; "
            "border-color: #1d4ed8; }")
        for code in choices.CHANNELS:
            button = QPushButton(choices.label(choices.CHANNELS, code))
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setProperty("code", code)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.channels.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _next_date_row(self, entry: FollowUpEntry | None) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.next_on = QDateEdit()
        self.next_on.setCalendarPopup(True)
        self.next_on.setDisplayFormat("yyyy-MM-dd")
        self.next_on.setMinimumDate(QDate(2000, 1, 1))
        self.next_on.setSpecialValueText(self.tr("Not planned"))
        self.next_on.setMinimumWidth(125)
        self.next_on.setDate(QDate(entry.next_action_on) if entry and entry.next_action_on
                             else self.next_on.minimumDate())
        row.addWidget(self.next_on)
        labels = {"tomorrow": self.tr("Tomorrow"), "3days": self.tr("3 days"),
                  "week": self.tr("A week"), "month": self.tr("A month")}
        self.quick_buttons: dict[str, QPushButton] = {}
        for key, day in quick_dates(self.ctx.today()).items():
            button = QPushButton(labels[key])
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=day: self.next_on.setDate(QDate(d)))
            self.quick_buttons[key] = button
            row.addWidget(button)
        clear = QPushButton(self.tr("Clear"))
        clear.setToolTip(self.tr("No next follow-up"))
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clear.clicked.connect(lambda: self.next_on.setDate(self.next_on.minimumDate()))
        row.addWidget(clear)
        # Never squeeze a button below its words: the dialog widens instead (English is longer).
        for button in (*self.quick_buttons.values(), clear):
            button.setMinimumWidth(button.sizeHint().width())
        return box

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.content.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_outcome_changed(self) -> None:
        lost = self.outcome.currentData() == "lost"
        self.lost_label.setVisible(lost)
        self.lost_reason.setVisible(lost)
        if self.deal is not None:
            self.deal.setVisible(self.outcome.currentData() == "deal")

    # ---- values and saving ----------------------------------------------------------------

    def channel(self) -> str:
        button = self.channels.checkedButton()
        return button.property("code") if button else ""

    def next_action_on(self) -> dt.date | None:
        if self.next_on.date() == self.next_on.minimumDate():
            return None
        return self.next_on.date().toPython()

    def values(self) -> dict:
        return dict(when=self.when.dateTime().toPython().replace(second=0, microsecond=0),
                    channel=self.channel(), content=self.content.toPlainText(),
                    outcome=self.outcome.currentData(), lost_reason=self.lost_reason.currentData(),
                    next_action=self.next_action.text(), next_action_on=self.next_action_on())

    def save(self) -> None:
        values, today, operator = self.values(), self.ctx.today(), self.ctx.operator_id
        try:
            if self.entry is not None:
                changes = followups.edit_follow_up(follow_up_id=self.entry.id,
                                                   by_staff_id=operator, today=today, **values)
            elif values["outcome"] == "deal" and self.deal is not None:
                self.follow_up_id, changes = followups.record_deal(
                    customer_id=self.customer_id, staff_id=operator, when=values["when"],
                    vehicle_id=self.deal.vehicle_id(), new_vehicle=self.deal.new_vehicle(),
                    price_cents=self.deal.price_cents(), content=values["content"],
                    channel=values["channel"], today=today)
            else:
                self.follow_up_id, changes = followups.log_follow_up(
                    customer_id=self.customer_id, staff_id=operator, today=today,
                    revisit_id=self.revisit_id, **values)
        except ValidationFailed as exc:
            self.show_errors(exc)
            return
        self.ctx.broadcast(changes)
        self.accept()

    def show_errors(self, exc: ValidationFailed) -> None:
        for field, label in self.errors.items():
            error = exc.for_field(field)
            label.setText(error.message if error else "")
            label.setVisible(bool(error))
        if self.deal is not None:
            self.deal.show_errors(exc)

    def error_text(self) -> str:
        """Every error shown now, one per line (for tests and screen readers)."""
        texts = [label.text() for label in self.errors.values() if not label.isHidden()]
        if self.deal is not None:
            texts += [label.text() for label in self.deal.errors.values() if not label.isHidden()]
        return "\n".join(t for t in texts if t)


class CustomerPicker(QDialog):
    """Find the customer to log a follow-up for: type a name, phone, plate or a word of a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a customer"))
        self.customer_id: int | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, pinyin initials, phone or plate"))
        self.results = QListWidget()
        self.query.textChanged.connect(self._on_query_changed)
        self.results.itemActivated.connect(self._on_item_activated)
        self.query.returnPressed.connect(self._on_return)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        hint = QLabel(self.tr("Press Enter to choose the first one."))
        hint.setStyleSheet(f"color: {COLORS['muted']};")
        layout.addWidget(hint)
        keep_size(self, "customer_picker", QSize(420, 360))

    def _on_query_changed(self, text: str) -> None:
        self.results.clear()
        for hit in search(text) if text.strip() else []:
            detail = f"  · {hit.detail}" if hit.detail else ""
            item = QListWidgetItem(f"{hit.name}  {hit.phone}{detail}")
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
            self.results.addItem(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.customer_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def _on_return(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._on_item_activated(item)


def log_follow_up_for(ctx, customer_id: int | None, parent: QWidget | None = None,
                      **prefill) -> int | None:
    """Open the log dialog (asking for the customer first when none is given)."""
    if customer_id is None:
        picker = CustomerPicker(parent)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.customer_id is None:
            return None
        customer_id = picker.customer_id
    dialog = FollowUpDialog(ctx, customer_id, parent, **prefill)
    return dialog.follow_up_id if dialog.exec() == QDialog.DialogCode.Accepted else None
