"""The service-visit dialog: day, car, mileage, kind, amount and how it was paid.

Saves with one service call (record_visit or update_visit). A reading that contradicts
the car's earlier ones is asked about first: the odometer may really have been changed.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from dealerdesk.domain import value as rules
from dealerdesk.domain.cardno import display_card_no
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.services import service_visits as visits
from dealerdesk.services import vehicles as vehicle_service
from dealerdesk.services.membership_queries import cards_of_customer
from dealerdesk.ui.customers import ask
from dealerdesk.ui.customers.customer_form import fill_combo, select_data
from dealerdesk.ui.theme import COLORS
from dealerdesk.ui.widgets import FieldErrors
from dealerdesk.ui.widgets.date_field import DateField, format_date
from dealerdesk.ui.widgets.money_field import MoneyField, format_money
from dealerdesk.ui.widgets.window_size import keep_size


class VisitDialog(QDialog):
    """Record a new visit for a customer, or change one (`visit`: a VisitRecord)."""

    def __init__(self, ctx, customer_id: int, visit=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.visit = visit
        self.saved_id: int | None = None
        self.errors = FieldErrors(self)
        self._build()
        self._fill()
        self._load(visit)
        self.setWindowTitle(self.tr("Change a service visit") if visit
                            else self.tr("Record a service visit"))
        self.setMinimumWidth(520)
        keep_size(self, "service_visit")
        self.day.edit.setFocus()

    # ---- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.day = DateField(self)
        self.vehicle = QComboBox(self)
        self.mileage = QLineEdit(self)
        self.mileage.setPlaceholderText(self.tr("km on the odometer"))
        self.kind = QComboBox(self)
        self.amount = MoneyField(self)
        self.paid_by = QComboBox(self)
        self.card = QComboBox(self)
        self.package = QComboBox(self)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(visits.MAX_NOTES)
        self.pace = QLabel(self)
        self.pace.setWordWrap(True)
        self.pace.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {}
        for field, widget, text in (
                ("visited_on", self.day, self.tr("Day")),
                ("vehicle", self.vehicle, self.tr("Car")),
                ("mileage_km", self.mileage, self.tr("Mileage (km)")),
                ("kind", self.kind, self.tr("Kind")),
                ("amount", self.amount, self.tr("Amount (yuan)")),
                ("paid_by", self.paid_by, self.tr("Paid by")),
                ("card", self.card, self.tr("Card")),
                ("package", self.package, self.tr("Package")),
                ("notes", self.notes, self.tr("Notes"))):
            self.labels[field] = QLabel(text)
            form.addRow(self.labels[field], self.errors.wrap(field, widget))
        form.addRow("", self.pace)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {COLORS['error']};")
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.paid_by.currentIndexChanged.connect(self._on_paid_by_changed)
        self.vehicle.currentIndexChanged.connect(self._show_pace)

    def _fill(self) -> None:
        cars = [v for v in vehicle_service.list_vehicles(self.customer_id)
                if v.disposed_on is None or (self.visit and v.id == self.visit.vehicle_id)]
        fill_combo(self.vehicle, [(None, self.tr("No particular car"))]
                   + [(v.id, " ".join(x for x in (v.title, v.plate) if x)) for v in cars])
        if len(cars) == 1 and self.visit is None:
            self.vehicle.setCurrentIndex(1)
        fill_combo(self.kind, visits.service_kinds())
        fill_combo(self.paid_by, [(code, rules.paid_by_label(code)) for code in rules.PAID_BY])
        cards = [c for c in cards_of_customer(self.customer_id, today=self.ctx.today())
                 if c.status != "cancelled"]
        fill_combo(self.card, [(c.id, self.tr("{no} · balance {balance}").format(
            no=display_card_no(c.card_no), balance=format_money(c.balance_cents)))
            for c in cards])
        fill_combo(self.package, [(p.id, self.tr("{name} · {left} of {total} left").format(
            name=p.name, left=p.uses_left, total=p.uses_total))
            for c in cards for p in c.packages if p.uses_left > 0])
        # An empty list says why rather than showing a blank choice.
        self.card.setPlaceholderText(self.tr("No card: issue one on the Membership tab"))
        self.package.setPlaceholderText(self.tr("No package with uses left"))

    def _load(self, visit) -> None:
        if visit is None:
            self.day.setDate(self.ctx.today())
            self._on_paid_by_changed()
            return
        self.day.setDate(visit.visited_on)
        select_data(self.vehicle, visit.vehicle_id, visit.vehicle_title)
        self.mileage.setText(str(visit.mileage_km) if visit.mileage_km is not None else "")
        select_data(self.kind, visit.kind, visit.kind_label)
        self.amount.setCents(visit.amount_cents)
        select_data(self.paid_by, visit.paid_by)
        if visit.card_id is not None:
            select_data(self.card, visit.card_id)
        if visit.package_id is not None:
            select_data(self.package, visit.package_id, self.tr("The package used"))
        self.notes.setText(visit.notes)
        self._on_paid_by_changed()

    def _on_paid_by_changed(self, *_args) -> None:
        paid_by = self.paid_by.currentData()
        for field, shown in (("card", paid_by == "stored_value"),
                             ("package", paid_by == "package")):
            self.labels[field].setVisible(shown)
            getattr(self, field).parentWidget().setVisible(shown)

    def _show_pace(self, *_args) -> None:
        vehicle_id = self.vehicle.currentData()
        history = visits.mileage_history(vehicle_id) if vehicle_id else []
        pace = rules.km_per_day(history)
        if not history:
            self.pace.setText("")
            return
        day, km = history[-1]
        text = self.tr("Last reading {km} km on {day}.").format(km=f"{km:,}",
                                                                day=format_date(day))
        if pace is not None:
            text += " " + self.tr("About {pace} km a day.").format(pace=f"{pace:,.0f}")
        self.pace.setText(text)

    # ---- saving ------------------------------------------------------------------

    def collect(self) -> tuple[visits.VisitInput, list[FieldError]]:
        """What was typed (unreadable fields left empty) and the problems reading it."""
        errors: list[FieldError] = []
        try:
            day = self.day.value()
        except RuleError as exc:
            errors.append(FieldError("visited_on", str(exc)))
            day = None
        try:
            amount = self.amount.cents() or 0
        except RuleError as exc:
            errors.append(FieldError("amount", str(exc)))
            amount = 0
        km_text = self.mileage.text().strip().replace(",", "").replace(" ", "")
        km = int(km_text) if km_text.isascii() and km_text.isdigit() else None
        if km_text and km is None:
            errors.append(FieldError("mileage_km", self.tr("Please enter a whole number.")))
        paid_by = self.paid_by.currentData()
        data = visits.VisitInput(
            customer_id=self.customer_id, visited_on=day, kind=self.kind.currentData(),
            amount_cents=amount, paid_by=paid_by, vehicle_id=self.vehicle.currentData(),
            mileage_km=km, notes=self.notes.text(),
            card_id=self.card.currentData() if paid_by == "stored_value" else None,
            package_id=self.package.currentData() if paid_by == "package" else None)
        return data, errors

    def save(self) -> bool:
        """Validate and store; errors appear beside the fields and nothing is written."""
        self.errors.clear()
        self.message.hide()
        data, unreadable = self.collect()
        try:
            if unreadable:
                raise ValidationFailed(unreadable)
            data = self._confirm_mileage(data)
            changes = self._store(data)
        except ValidationFailed as exc:
            rest = self.errors.show(exc)
            self._say("\n".join(e.message for e in rest))
            return False
        except RuleError as exc:
            self._say(str(exc))
            return False
        self.ctx.broadcast(changes)
        self.accept()
        return True

    def _confirm_mileage(self, data: visits.VisitInput) -> visits.VisitInput:
        """Ask before storing a reading that contradicts the car's others; "check it"
        leaves the dialog open with the reason beside the mileage."""
        clash = visits.mileage_clash(data, self.visit.id if self.visit else None)
        if clash is None:
            return data
        changed = ask.confirm(self, self.tr("Odometer changed?"), self.tr(
            "{km} km does not fit the {before} km recorded on {day} for this car.\n"
            "Was the odometer replaced or reset?").format(
                km=f"{data.mileage_km:,}", before=f"{clash[1]:,}", day=format_date(clash[0])),
            self.tr("Yes, the odometer was changed"), self.tr("Check the reading"))
        return visits.VisitInput(**{**data.__dict__, "mileage_lower_confirmed": changed})

    def _store(self, data: visits.VisitInput):
        today, staff = self.ctx.today(), self.ctx.operator_id
        if self.visit is None:
            self.saved_id, changes = visits.record_visit(data, staff_id=staff, today=today)
            return changes
        self.saved_id = self.visit.id
        return visits.update_visit(self.visit.id, data, staff_id=staff, today=today)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def record_visit_for(ctx, customer_id: int, parent=None) -> int | None:
    """Open the dialog for a new visit of `customer_id`; the new visit's id, or None."""
    dialog = VisitDialog(ctx, customer_id, parent=parent)
    return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
