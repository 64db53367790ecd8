"""Who is working: the first start asks for a name, later starts pick from the staff list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import StaffMember
from dealerdesk.services import staff as staff_service
from dealerdesk.ui.pc_settings import pc_settings
from dealerdesk.ui.theme import SPACE
from dealerdesk.ui.widgets.field_errors import FieldErrors
from dealerdesk.ui.widgets.window_size import keep_size

LAST_OPERATOR_KEY = "operator/last_id"


class OperatorDialog(QDialog):
    """Ask for the operator's name (no staff yet) or let them pick from the active staff."""

    def __init__(self, parent=None, *, current: StaffMember | None = None):
        super().__init__(parent)
        self.chosen: StaffMember | None = None
        self.staff = staff_service.list_staff()
        self.errors = FieldErrors()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(30)
        self.combo = QComboBox(self)
        form = QFormLayout()
        self.field_label = QLabel(self)
        if self.staff:
            for member in self.staff:
                self.combo.addItem(member.name, member.id)
            preselect = current.id if current else last_operator_id()
            index = self.combo.findData(preselect)
            self.combo.setCurrentIndex(max(index, 0))
            form.addRow(self.field_label, self.combo)
            self.name_edit.hide()
        else:
            form.addRow(self.field_label, self.errors.wrap("name", self.name_edit))
            self.combo.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE["m"])
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        keep_size(self, "operator")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is working?"))
        if self.staff:
            self.intro.setText(self.tr("Choose your name. What you change is recorded under it."))
            self.field_label.setText(self.tr("Operator"))
        else:
            self.intro.setText(self.tr(
                "Welcome to DealerDesk. Please enter your name: it is recorded with every "
                "customer and follow-up you enter. You can add your colleagues later in "
                "Settings."))
            self.field_label.setText(self.tr("Your name"))
            self.name_edit.setPlaceholderText(self.tr("e.g. 王经理"))

    def _on_ok_clicked(self) -> None:
        if self.staff:
            member_id = self.combo.currentData()
            self.chosen = next(m for m in self.staff if m.id == member_id)
        else:
            try:  # an empty name is refused by the service with its own message
                self.chosen = staff_service.find_or_add_staff(self.name_edit.text())
            except ValidationFailed as exc:
                self.errors.show(exc)
                return
        remember_operator(self.chosen)
        self.accept()


def last_operator_id() -> int | None:
    value = pc_settings().value(LAST_OPERATOR_KEY)
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_operator(member: StaffMember) -> None:
    pc_settings().setValue(LAST_OPERATOR_KEY, member.id)


def demo_operator() -> StaffMember | None:
    """The operator a demo starts with, unasked: the last one, else the first of the staff."""
    staff = staff_service.list_staff()
    last = last_operator_id()
    return next((m for m in staff if m.id == last), staff[0] if staff else None)


def ask_operator(parent=None, *, current: StaffMember | None = None) -> StaffMember | None:
    """Show the dialog; the chosen staff member, or None when cancelled."""
    dialog = OperatorDialog(parent, current=current)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
