"""Recording a deal (which car, price, date) and a referral, each with one service call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import money
from dealerdesk.domain.errors import RuleError, ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import followups
from dealerdesk.ui.followups.common import COLORS
from dealerdesk.ui.widgets.window_size import keep_size

NEW_CAR = -1


def parse_price_cents(text: str) -> int | None:
    """Cents from "158000", "15.8万", "158,000 元"; None when it is not a price.

    The money rule is domain.money's: exact (no float), at most two decimals of a yuan.
    """
    if not text.strip():
        return None
    try:
        return money.parse_yuan(text, allow_zero=False)
    except RuleError:
        return None


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {COLORS['error']};")
    label.setWordWrap(True)
    label.hide()
    return label


class DealFields(QWidget):
    """The car sold (one of the customer's, or a new one) and its price."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vehicle = QComboBox()
        for vid, title, deal_on in followups.customer_vehicles(customer_id):
            self.vehicle.addItem(title if deal_on is None else self.tr("{car} (sold before)")
                                 .format(car=title), vid)
        self.vehicle.addItem(self.tr("A new car…"), NEW_CAR)
        self.vehicle.setCurrentIndex(0)
        self.brand, self.model, self.plate = QLineEdit(), QLineEdit(), QLineEdit()
        self.brand.setPlaceholderText(self.tr("Brand"))
        self.model.setPlaceholderText(self.tr("Model"))
        self.plate.setPlaceholderText(self.tr("Plate"))
        self.new_row = QWidget()
        row = QHBoxLayout(self.new_row)
        row.setContentsMargins(0, 0, 0, 0)
        for edit in (self.brand, self.model, self.plate):
            row.addWidget(edit)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("e.g. 158000 or 15.8万"))
        self.errors = {"vehicle": error_label(), "price": error_label()}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Car sold"), self.vehicle)
        form.addRow("", self.new_row)
        form.addRow("", self.errors["vehicle"])
        form.addRow(self.tr("Price (yuan)"), self.price)
        form.addRow("", self.errors["price"])
        self.vehicle.currentIndexChanged.connect(self._on_vehicle_changed)
        self._on_vehicle_changed()

    def _on_vehicle_changed(self) -> None:
        self.new_row.setVisible(self.vehicle.currentData() == NEW_CAR)

    def vehicle_id(self) -> int | None:
        vid = self.vehicle.currentData()
        return None if vid == NEW_CAR else vid

    def new_vehicle(self) -> VehicleInput | None:
        if self.vehicle.currentData() != NEW_CAR:
            return None
        if not (self.brand.text().strip() or self.model.text().strip() or self.plate.text()):
            return None
        return VehicleInput(relation="bought", brand=self.brand.text(), model=self.model.text(),
                            plate=self.plate.text())

    def price_cents(self) -> int | None:
        return parse_price_cents(self.price.text())

    def show_errors(self, exc: ValidationFailed) -> bool:
        """Show the errors that belong here; True when there were any."""
        found = False
        for field, label in self.errors.items():
            error = exc.for_field(field)
            label.setText(error.message if error else "")
            label.setVisible(bool(error))
            found |= bool(error)
        for field in ("brand", "plate", "year", "vin"):
            error = exc.for_field(field)
            if error:
                self.errors["vehicle"].setText(error.message)
                self.errors["vehicle"].show()
                found = True
        return found


class DealDialog(QDialog):
    """Record a deal: the car, its price and the day; revisits are scheduled by the service."""

    def __init__(self, ctx, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.follow_up_id: int | None = None
        self.setWindowTitle(self.tr("Record a deal"))
        self.fields = DealFields(customer_id)
        self.day = QDateEdit(QDate(ctx.today()))
        self.day.setDisplayFormat("yyyy-MM-dd")  # as every date field: typed over easily
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(ctx.today()))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Anything worth remembering about this deal"))
        self.general = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Deal date"), self.day)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save deal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.fields.price.setFocus()
        keep_size(self, "deal")

    def save(self) -> None:
        day = self.day.date().toPython()
        when = (self.ctx.now()
                if day == self.ctx.today() else dt.datetime.combine(day, QTime(12, 0).toPython()))
        try:
            self.follow_up_id, changes = followups.record_deal(
                customer_id=self.customer_id, staff_id=self.ctx.operator_id, when=when,
                vehicle_id=self.fields.vehicle_id(), new_vehicle=self.fields.new_vehicle(),
                price_cents=self.fields.price_cents(), content=self.note.text(),
                today=self.ctx.today())
        except ValidationFailed as exc:
            shown = self.fields.show_errors(exc)
            rest = [e.message for e in exc.errors
                    if e.field not in ("vehicle", "price", "brand", "plate", "year", "vin")]
            self.general.setText("\n".join(rest))
            self.general.setVisible(bool(rest) or not shown)
            return
        self.ctx.broadcast(changes)
        self.accept()


class ReferralDialog(QDialog):
    """Add a lead someone referred: name and phone; the lead remembers the referrer."""

    def __init__(self, ctx, referrer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.referrer_id = ctx, referrer_id
        self.customer_id: int | None = None
        self.setWindowTitle(self.tr("Record a referral"))
        self.name, self.phone, self.intent = QLineEdit(), QLineEdit(), QLineEdit()
        self.intent.setPlaceholderText(self.tr("e.g. a white SUV around 150,000"))
        self.errors = {"name": error_label(), "phone": error_label()}
        self.general = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("Wants"), self.intent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        keep_size(self, "referral")

    def save(self) -> None:
        data = CustomerInput(name=self.name.text(), phone=self.phone.text(),
                             intent_model=self.intent.text(), owner_id=self.ctx.operator_id)
        try:
            self.customer_id, changes = followups.record_referral(
                referrer_id=self.referrer_id, data=data, created_by_id=self.ctx.operator_id,
                today=self.ctx.today())
        except ValidationFailed as exc:
            for field, label in self.errors.items():
                error = exc.for_field(field)
                label.setText(error.message if error else "")
                label.setVisible(bool(error))
            rest = [e.message for e in exc.errors if e.field not in self.errors]
            self.general.setText("\n".join(rest))
            self.general.setVisible(bool(rest))
            return
        self.ctx.broadcast(changes)
        self.accept()
