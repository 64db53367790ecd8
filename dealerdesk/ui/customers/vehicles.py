"""The customer page's Vehicles tab: the list of their cars and the vehicle dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk import clock
from dealerdesk.domain import choices
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.plate import plate_issue
from dealerdesk.domain.records import Vehicle, VehicleInput
from dealerdesk.services import vehicles as vehicle_service
from dealerdesk.services.staff import list_staff
from dealerdesk.ui.customers import ask
from dealerdesk.ui.customers.customer_form import fill_combo, select_data
from dealerdesk.ui.customers.forms.ui_vehicle_form import Ui_VehicleForm
from dealerdesk.ui.icons import icon
from dealerdesk.ui.theme import COLORS
from dealerdesk.ui.widgets import FieldErrors
from dealerdesk.ui.widgets.date_field import format_date
from dealerdesk.ui.widgets.money_field import format_money

OVERDUE = QColor(COLORS["error"])
NO_PARENT = QModelIndex()
GONE = QColor(COLORS["muted"])

VEHICLE_COLUMNS = [
    ("title", QT_TRANSLATE_NOOP("VehicleTableModel", "Car")),
    ("plate", QT_TRANSLATE_NOOP("VehicleTableModel", "Plate")),
    ("relation", QT_TRANSLATE_NOOP("VehicleTableModel", "Relation")),
    ("registered_on", QT_TRANSLATE_NOOP("VehicleTableModel", "Registered")),
    ("compulsory_ins_expiry", QT_TRANSLATE_NOOP("VehicleTableModel", "Compulsory ins.")),
    ("commercial_ins_expiry", QT_TRANSLATE_NOOP("VehicleTableModel", "Commercial ins.")),
    ("inspection_due", QT_TRANSLATE_NOOP("VehicleTableModel", "Inspection due")),
    ("next_maintenance_on", QT_TRANSLATE_NOOP("VehicleTableModel", "Maintenance")),
    ("deal", QT_TRANSLATE_NOOP("VehicleTableModel", "Deal")),
]
DUE_KEYS = {"compulsory_ins_expiry", "commercial_ins_expiry", "inspection_due",
            "next_maintenance_on"}


class VehicleTableModel(QAbstractTableModel):
    """A customer's vehicles (a handful), current ones first."""

    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None, *, today=clock.today):
        super().__init__(parent)
        self._today = today
        self._rows: list[Vehicle] = []

    def set_vehicles(self, vehicles: list[Vehicle]) -> None:
        self.beginResetModel()
        self._rows = list(vehicles)
        self.endResetModel()

    def vehicle(self, row: int) -> Vehicle | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(VEHICLE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(VEHICLE_COLUMNS)):
            return self.tr(VEHICLE_COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        key = VEHICLE_COLUMNS[index.column()][0]
        if role == self.IdRole:
            return v.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(v, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if v.disposed_on:
                return GONE
            value = getattr(v, key, None)
            if key in DUE_KEYS and value and value < self._today():
                return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole and v.disposed_on:
            return self.tr("Sold or scrapped on {date}").format(date=format_date(v.disposed_on))
        return None

    def _display(self, v: Vehicle, key: str) -> str:
        if key == "title":
            return v.title
        if key == "relation":
            return choices.label(choices.VEHICLE_RELATIONS, v.relation)
        if key == "deal":
            return " ".join(p for p in (format_date(v.deal_on), format_money(v.deal_price_cents))
                            if p)
        value = getattr(v, key)
        return format_date(value) if isinstance(value, dt.date) else str(value or "")


class VehicleDialog(QDialog):
    """Add or edit one vehicle; saves with one service call."""

    def __init__(self, ctx, customer_id: int, vehicle: Vehicle | None = None, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id = customer_id
        self._vehicle = vehicle
        self._inspection_typed = bool(vehicle and vehicle.inspection_due)
        self.saved_id: int | None = None
        self.ui = Ui_VehicleForm()
        form = QWidget(self)
        self.ui.setupUi(form)
        self.errors = FieldErrors(self)
        for field, (label, widget) in self._error_fields().items():
            self.errors.bind(field, widget, label)
        self.ui.inspectionHint.setStyleSheet("color: palette(placeholder-text);")
        self.ui.notesEdit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setIcon(icon("mdi6.content-save-outline"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Edit vehicle") if vehicle else self.tr("Add a vehicle"))
        self._fill_choices()
        self._load(vehicle or Vehicle(customer_id=customer_id))
        self.ui.registeredEdit.textEdited.connect(self._on_registered_edited)
        self.ui.registeredEdit.editingFinished.connect(self._on_registered_edited)
        self.ui.inspectionEdit.textEdited.connect(self._on_inspection_edited)
        self.ui.relationCombo.setFocus()
        self.setMinimumWidth(900)

    def _error_fields(self):
        u = self.ui
        pairs = {
            "relation": u.relationCombo, "brand": u.brandEdit, "model": u.modelEdit,
            "year": u.yearEdit, "vin": u.vinEdit, "plate": u.plateEdit, "colour": u.colourEdit,
            "mileageKm": u.mileageEdit, "registeredOn": u.registeredEdit,
            "dealOn": u.dealDateEdit, "dealPriceCents": u.dealPriceEdit,
            "salesperson": u.salespersonCombo, "disposedOn": u.disposedEdit,
            "compulsoryInsExpiry": u.compulsoryEdit, "commercialInsExpiry": u.commercialEdit,
            "inspectionDue": u.inspectionEdit, "inspectionHint": u.inspectionEdit,
            "warrantyExpiry": u.warrantyEdit, "nextMaintenanceOn": u.maintenanceEdit,
            "notes": u.notesEdit,
        }
        return {_snake(name): (getattr(u, name + "Error"), widget)
                for name, widget in pairs.items()}

    def _fill_choices(self) -> None:
        fill_combo(self.ui.relationCombo, [(c, choices.label(choices.VEHICLE_RELATIONS, c))
                                           for c in choices.VEHICLE_RELATIONS])
        fill_combo(self.ui.salespersonCombo, [(None, self.tr("Nobody"))]
                   + [(s.id, s.name) for s in list_staff()])

    def _date_edits(self):
        u = self.ui
        return {"registered_on": u.registeredEdit, "deal_on": u.dealDateEdit,
                "disposed_on": u.disposedEdit, "compulsory_ins_expiry": u.compulsoryEdit,
                "commercial_ins_expiry": u.commercialEdit, "inspection_due": u.inspectionEdit,
                "warranty_expiry": u.warrantyEdit, "next_maintenance_on": u.maintenanceEdit}

    def _text_edits(self):
        u = self.ui
        return {"brand": u.brandEdit, "model": u.modelEdit, "vin": u.vinEdit,
                "plate": u.plateEdit, "colour": u.colourEdit}

    def _load(self, v: Vehicle) -> None:
        u = self.ui
        select_data(u.relationCombo, v.relation)
        select_data(u.salespersonCombo, v.salesperson_id, v.salesperson_name)
        for field, edit in self._text_edits().items():
            edit.setText(getattr(v, field))
        for field, edit in self._date_edits().items():
            edit.setDate(getattr(v, field))
        u.yearEdit.setText(str(v.year) if v.year else "")
        u.mileageEdit.setText(str(v.mileage_km) if v.mileage_km is not None else "")
        u.dealPriceEdit.setCents(v.deal_price_cents)
        u.notesEdit.setPlainText(v.notes)
        self._loaded = self.snapshot()

    def snapshot(self) -> tuple:
        u = self.ui
        edits = [*self._text_edits().values(), *self._date_edits().values(), u.yearEdit,
                 u.mileageEdit]
        return (tuple(e.text() for e in edits), u.relationCombo.currentIndex(),
                u.salespersonCombo.currentIndex(), u.dealPriceEdit.text(),
                u.dealPriceEdit.unit.currentIndex(),
                u.notesEdit.toPlainText())

    def is_dirty(self) -> bool:
        return self.snapshot() != self._loaded

    @property
    def values(self) -> VehicleInput:
        """What was typed as a VehicleInput; ValidationFailed for text that is not a value."""
        data, errors = self._collect()
        if errors:
            raise ValidationFailed(errors)
        return data

    def _collect(self) -> tuple[VehicleInput, list[FieldError]]:
        """The input (unreadable fields left empty) and the problems reading it."""
        u = self.ui
        errors: list[FieldError] = []
        dates = {}
        for field, edit in self._date_edits().items():
            try:
                dates[field] = edit.value()
            except RuleError as exc:
                errors.append(FieldError(field, str(exc)))
                dates[field] = None
        year = self._whole_number(u.yearEdit.text(), "year", errors)
        mileage = self._whole_number(u.mileageEdit.text(), "mileage_km", errors)
        try:
            price = u.dealPriceEdit.cents()
        except RuleError as exc:
            errors.append(FieldError("deal_price_cents", str(exc)))
            price = None
        texts = {f: e.text() for f, e in self._text_edits().items()}
        data = VehicleInput(relation=u.relationCombo.currentData(), year=year, mileage_km=mileage,
                            deal_price_cents=price, salesperson_id=u.salespersonCombo.currentData(),
                            notes=u.notesEdit.toPlainText(), **texts, **dates)
        return data, errors

    def _whole_number(self, text: str, field: str, errors: list[FieldError]) -> int | None:
        cleaned = text.strip().replace(",", "").replace(" ", "")
        if not cleaned:
            return None
        if not cleaned.isdigit():
            errors.append(FieldError(field, self.tr("Please enter a whole number.")))
            return None
        return int(cleaned)

    def _on_registered_edited(self, *_args) -> None:
        if self._inspection_typed:
            return
        try:
            registered = self.ui.registeredEdit.value()
        except RuleError:
            return
        due = vehicle_service.suggest_inspection_due(registered, self._ctx.today())
        if due is not None:
            self.ui.inspectionEdit.setDate(due)

    def _on_inspection_edited(self, text: str) -> None:
        self._inspection_typed = bool(text.strip())

    def save(self) -> bool:
        """Validate and store; errors appear beside the fields and nothing is written."""
        self.errors.clear()
        data, unreadable = self._collect()
        try:
            accept = self._plate_accepted(data.plate)
            if unreadable or accept is None:
                self._raise_all(data, unreadable, bool(accept))
            changes = self._store(data, bool(accept))
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return False
        self._ctx.broadcast(changes)
        self.accept()
        return True

    def _raise_all(self, data: VehicleInput, unreadable: list[FieldError], accept: bool) -> None:
        """Raise every problem at once: what could not be read and what the rules refuse."""
        found = list(unreadable)
        try:
            vehicle_service.validate_vehicle(data, today=self._ctx.today(),
                                             accept_unusual_plate=accept)
        except ValidationFailed as exc:
            found += [self._plainer(e) for e in exc.errors
                      if not any(u.field == e.field for u in unreadable)]
        raise ValidationFailed(found)

    def _plainer(self, error: FieldError) -> FieldError:
        """After "Correct it" was chosen, the plate's message says what to do, not ask again."""
        if error.field != "plate":
            return error
        return FieldError("plate", self.tr(
            "{issue}. Correct it, or save again and choose \"Keep it\".").format(
                issue=plate_issue(self.ui.plateEdit.text()) or ""))

    def _plate_accepted(self, plate: str) -> bool | None:
        """True when an unusual plate is to be kept; None when it was declined."""
        issue = plate_issue(plate)
        if not issue:
            return False
        keep = ask.confirm(self, self.tr("Unusual plate"), self.tr(
            "{plate}: {issue}.\nKeep it anyway?").format(plate=plate.strip(), issue=issue),
            self.tr("Keep it"), self.tr("Correct it"))
        return True if keep else None

    def _store(self, data: VehicleInput, accept: bool):
        today = self._ctx.today()
        if self._vehicle is None:
            self.saved_id, changes = vehicle_service.add_vehicle(
                self._customer_id, data, today=today, accept_unusual_plate=accept)
            return changes
        self.saved_id = self._vehicle.id
        return vehicle_service.update_vehicle(self._vehicle.id, data, today=today,
                                              accept_unusual_plate=accept)

    def reject(self) -> None:
        if self.is_dirty() and not ask.confirm(
                self, self.tr("Unsaved changes"), self.tr("Close without saving your changes?"),
                self.tr("Discard changes"), self.tr("Keep editing")):
            return
        super().reject()


class VehiclesTab(QWidget):
    """The cars of one customer, with Add / Edit / Delete."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: int | None = None
        self.model = VehicleTableModel(self, today=ctx.today)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._on_row_activated)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.add_button = QPushButton(icon("mdi6.plus"), "", self)
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), "", self)
        self.delete_button = QPushButton(icon("mdi6.trash-can-outline"), "", self)
        self.add_button.clicked.connect(self.add_vehicle)
        self.edit_button.clicked.connect(self.edit_vehicle)
        self.delete_button.clicked.connect(self.delete_vehicle)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.signals.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add vehicle"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Delete"))
        self.empty.setText(self.tr("No vehicles yet. Add the car they drive, bought or traded in."))

    def set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        vehicles = vehicle_service.list_vehicles(self._customer_id) if self._customer_id else []
        self.model.set_vehicles(vehicles)
        self.view.setVisible(bool(vehicles))
        self.empty.setVisible(not vehicles)
        self.add_button.setEnabled(self._customer_id is not None)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _selected(self) -> Vehicle | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.vehicle(rows[0].row()) if rows else None

    def _on_changed(self, changes) -> None:
        if changes.touches("vehicles") and self._customer_id:
            self.refresh()

    def _on_row_activated(self, index: QModelIndex) -> None:
        self.view.selectRow(index.row())
        self.edit_vehicle()

    def dialog(self, vehicle: Vehicle | None = None) -> VehicleDialog:
        return VehicleDialog(self._ctx, self._customer_id, vehicle, self)

    def add_vehicle(self) -> None:
        if self._customer_id is not None:
            self.dialog().exec()

    def edit_vehicle(self) -> None:
        vehicle = self._selected()
        if vehicle is not None:
            self.dialog(vehicle).exec()

    def delete_vehicle(self) -> None:
        vehicle = self._selected()
        if vehicle is None or not ask.confirm(
                self, self.tr("Delete vehicle"),
                self.tr("Delete {car} {plate} from this customer?").format(
                    car=vehicle.title, plate=vehicle.plate),
                self.tr("Delete"), self.tr("Keep it")):
            return
        self._ctx.broadcast(vehicle_service.delete_vehicle(vehicle.id))


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)
