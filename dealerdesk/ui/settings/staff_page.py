"""Staff page: the shop's people; a person who leaves is deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import StaffMember
from dealerdesk.services import staff as staff_service
from dealerdesk.ui import icons
from dealerdesk.ui.settings.page import SettingsPage, save_button
from dealerdesk.ui.staff.staff_extras import StaffExtras
from dealerdesk.ui.theme import COLORS
from dealerdesk.ui.widgets.field_errors import FieldErrors
from dealerdesk.ui.widgets.rows_model import RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class StaffModel(RowsModel):
    """Staff members as rows: name, phone, active; plain data only."""

    id_role = ID_ROLE

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("State")]

    def cell(self, member: StaffMember, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [member.name, member.phone,
                    self.tr("Active") if member.active else self.tr("Left")][column]
        if role == SORT_ROLE:
            return [member.name, member.phone, member.active][column]
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            from PySide6.QtGui import QColor

            return QColor(COLORS["muted"])
        return None


class StaffPage(SettingsPage):
    """List, add, edit and deactivate staff members."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.errors = FieldErrors()
        self.model = StaffModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.show_left = QCheckBox(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(40)
        self.phone_edit = QLineEdit(self)
        self.form_title = QLabel(self)
        self.form_title.setStyleSheet("font-weight: bold;")
        self.name_label, self.phone_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.errors.wrap("name", self.name_edit))
        form.addRow(self.phone_label, self.errors.wrap("phone", self.phone_edit))
        self.save_button = save_button(self)
        # Shown while someone is being edited: back to an empty form to add a person.
        self.new_button = QPushButton(icons.icon("mdi6.account-plus"), "", self)
        self.active_button = QPushButton(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("Muted")
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.new_button, self.active_button, self.saved_label):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.body.addWidget(self.table)
        self.body.addWidget(self.show_left)
        self.body.addWidget(self.form_title)
        self.body.addLayout(form)
        self.body.addLayout(buttons)
        # Role, PIN, hand-over, lock: the owner's part (dealerdesk/ui/staff/).
        self.extras = StaffExtras(self)
        self.body.addWidget(self.extras)
        self.editing: StaffMember | None = None
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.show_left.toggled.connect(lambda _on: self.refresh())
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.active_button.clicked.connect(self._on_active_clicked)
        ctx.signals.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    def page_title(self) -> str:
        return self.tr("Staff")

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr(
            "Everyone who works with customers. Someone who leaves is marked as left: their "
            "customers and history stay."))
        self.show_left.setText(self.tr("Show people who have left"))
        self.name_label.setText(self.tr("Name"))
        self.phone_label.setText(self.tr("Mobile phone"))
        self.save_button.setText(self.tr("Save") if self.editing else self.tr("Add"))
        self.save_button.setIcon(icons.icon("mdi6.content-save" if self.editing
                                            else "mdi6.account-plus", color="white"))
        self.new_button.setText(self.tr("New person"))
        self.new_button.setVisible(self.editing is not None)
        self.form_title.setText(self.tr("Edit {}").format(self.editing.name) if self.editing
                                else self.tr("Add a person"))
        active = self.editing.active if self.editing else True
        self.active_button.setText(self.tr("Mark as left") if active else self.tr("Back at work"))
        self.active_button.setVisible(self.editing is not None)
        self.model.headers_changed()
        if hasattr(self, "extras"):
            self.extras.retranslate()

    def refresh(self) -> None:
        keep = self.editing.id if self.editing else None
        self.model.set_rows(staff_service.list_staff(include_inactive=self.show_left.isChecked()))
        found = next((m for m in self.model.rows if m.id == keep), None)
        if found is None:
            self.start_new()
        else:
            self.editing = found
            self.table.selectRow(self.model.rows.index(found))
            self.retranslate()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.errors.clear()
        self.name_edit.clear()
        self.phone_edit.clear()
        self.retranslate()
        self.name_edit.setFocus()

    def _on_selection_changed(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        member = self.model.rows[rows[0].row()]
        if self.editing == member:
            return
        self.editing = member
        self.errors.clear()
        self.name_edit.setText(member.name)
        self.phone_edit.setText(member.phone)
        self.saved_label.clear()
        self.retranslate()

    def save(self) -> bool:
        """Add the person or store the edit; errors beside the fields, nothing written."""
        self.errors.clear()
        try:
            if self.editing is None:
                _member, changes = staff_service.add_staff(
                    name=self.name_edit.text(), phone=self.phone_edit.text())
            else:
                changes = staff_service.update_staff(
                    staff_id=self.editing.id, name=self.name_edit.text(),
                    phone=self.phone_edit.text(), active=self.editing.active)
        except ValidationFailed as exc:
            self.errors.show(exc)
            return False
        self.saved_label.setText(self.tr("Saved."))
        self.ctx.broadcast(changes)
        return True

    def _on_active_clicked(self) -> None:
        member = self.editing
        if member is None:
            return
        if member.active and staff_service.has_customers(member.id):
            self.extras.open_handover()  # their customers go to colleagues first
            return
        try:
            changes = staff_service.update_staff(
                staff_id=member.id, name=member.name, phone=member.phone,
                active=not member.active)
        except ValidationFailed as exc:
            self.errors.show(exc)
            return
        self.ctx.broadcast(changes)

    def _on_changed(self, changes) -> None:
        if changes.touches("staff"):
            self.refresh()
