"""Signing in: the first start asks for a name; later starts pick a name from the staff
list and ask for that person's PIN when they have one (or to choose one, once the shop
has an owner with a PIN). Also the dialog to set or change one's own PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from dealerdesk import clock
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.pin import MAX_DIGITS
from dealerdesk.domain.records import StaffMember
from dealerdesk.services import signin
from dealerdesk.services import staff as staff_service
from dealerdesk.ui.pc_settings import pc_settings
from dealerdesk.ui.theme import SPACE
from dealerdesk.ui.widgets.field_errors import FieldErrors
from dealerdesk.ui.widgets.window_size import keep_size

LAST_OPERATOR_KEY = "operator/last_id"


def pin_edit(parent) -> QLineEdit:
    """A line edit for a PIN: digits only, shown as dots."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_DIGITS)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class OperatorDialog(QDialog):
    """Sign in: a name (typed at the first start, else picked) and, when needed, a PIN."""

    def __init__(self, parent=None, *, current: StaffMember | None = None):
        super().__init__(parent)
        self.chosen: StaffMember | None = None
        self.staff = staff_service.list_staff()
        self.errors = FieldErrors(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(30)
        self.combo = QComboBox(self)
        self.pin = pin_edit(self)
        self.new_pin = pin_edit(self)
        self.repeat_pin = pin_edit(self)
        self.note = QLabel(self)
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.field_label, self.pin_label = QLabel(self), QLabel(self)
        self.new_label, self.repeat_label = QLabel(self), QLabel(self)
        if self.staff:
            for member in self.staff:
                self.combo.addItem(member.name, member.id)
            preselect = current.id if current else last_operator_id()
            self.combo.setCurrentIndex(max(self.combo.findData(preselect), 0))
            self.form.addRow(self.field_label, self.combo)
            self.name_edit.hide()
        else:
            self.form.addRow(self.field_label, self.errors.wrap("name", self.name_edit))
            self.combo.hide()
        self.form.addRow(self.pin_label, self.errors.wrap("pin", self.pin))
        self.form.addRow(self.new_label, self.errors.wrap("new_pin", self.new_pin))
        self.form.addRow(self.repeat_label, self.errors.wrap("repeat_pin", self.repeat_pin))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE["m"])
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.combo.currentIndexChanged.connect(self._on_person_changed)
        self.retranslate()
        keep_size(self, "operator")
        self._on_person_changed()

    # ---- which fields the chosen person needs -------------------------------------------

    def _state(self) -> signin.SignInState | None:
        member_id = self.combo.currentData() if self.staff else None
        return signin.sign_in_state(member_id, now=clock.now()) if member_id else None

    def _on_person_changed(self, *_args) -> None:
        state = self._state()
        has_pin = bool(state and state.has_pin)
        choose = bool(state and state.must_choose_pin)
        self.form.setRowVisible(self.pin_label, has_pin)
        self.form.setRowVisible(self.new_label, choose)
        self.form.setRowVisible(self.repeat_label, choose)
        self.errors.clear()
        for edit in (self.pin, self.new_pin, self.repeat_pin):
            edit.clear()
        self._show_note(state)
        (self.pin if has_pin else self.new_pin if choose else self.combo).setFocus()

    def _show_note(self, state: signin.SignInState | None) -> None:
        if state is None or state.has_pin or state.must_choose_pin:
            text = self.tr("Choose a PIN of 4 to 8 digits that only you know.") \
                if state and state.must_choose_pin else ""
        else:
            text = self.tr("No PIN is set in this shop: anyone at this PC can work under any "
                           "name. The owner can set a PIN with \"My PIN\" at the top right.")
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
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
        self.pin_label.setText(self.tr("PIN"))
        self.new_label.setText(self.tr("New PIN"))
        self.repeat_label.setText(self.tr("Repeat the PIN"))

    # ---- signing in -------------------------------------------------------------------

    def _on_ok_clicked(self) -> None:
        self.errors.clear()
        try:
            self.chosen = self._sign_in()
        except ValidationFailed as exc:
            self.errors.show(exc)
            if exc.for_field("permission") or exc.for_field("active"):
                self.note.setText("; ".join(e.message for e in exc.errors))
                self.note.show()
            return
        remember_operator(self.chosen)
        self.accept()

    def _sign_in(self) -> StaffMember:
        now = clock.now()
        if not self.staff:  # an empty name is refused by the service with its own message
            member = staff_service.find_or_add_staff(self.name_edit.text())
            signin.sign_in(member.id, now=now)
            return member
        member_id = self.combo.currentData()
        state = signin.sign_in_state(member_id, now=now)
        if state.must_choose_pin:
            choose_pin(member_id, self.new_pin.text(), self.repeat_pin.text())
            signin.sign_in(member_id, self.new_pin.text(), now=now)
        else:
            signin.sign_in(member_id, self.pin.text(), now=now)
        return staff_service.get_staff(member_id) or next(
            m for m in self.staff if m.id == member_id)


def choose_pin(staff_id: int, new_pin: str, repeated: str, old_pin: str = "") -> None:
    """Set `new_pin` for the person when it was typed the same twice."""
    if new_pin != repeated:
        raise ValidationFailed([FieldError("repeat_pin", QCoreApplication.translate(
            "OperatorDialog", "The two PINs are not the same."))])
    signin.set_pin(staff_id=staff_id, new_pin=new_pin, old_pin=old_pin, now=clock.now())


class PinDialog(QDialog):
    """Set or change one's own PIN (the current one is asked when there is one)."""

    def __init__(self, member: StaffMember, parent=None):
        super().__init__(parent)
        self.member = member
        self.became_owner = False
        self.errors = FieldErrors(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.old_pin, self.new_pin, self.repeat_pin = pin_edit(self), pin_edit(self), pin_edit(self)
        self.old_label, self.new_label, self.repeat_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.old_label, self.errors.wrap("pin", self.old_pin))
        form.addRow(self.new_label, self.errors.wrap("new_pin", self.new_pin))
        form.addRow(self.repeat_label, self.errors.wrap("repeat_pin", self.repeat_pin))
        form.setRowVisible(self.old_label, member.has_pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE["m"])
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.setWindowTitle(self.tr("My PIN"))
        first = not signin.shop_secured()
        self.intro.setText(self.tr(
            "You will be the owner: you sign in with this PIN and have every right; your "
            "colleagues sign in as salespeople and choose their own PIN at their next "
            "sign-in.") if first else self.tr("A PIN of 4 to 8 digits that only you know."))
        self.old_label.setText(self.tr("Current PIN"))
        self.new_label.setText(self.tr("New PIN"))
        self.repeat_label.setText(self.tr("Repeat the PIN"))
        (self.old_pin if member.has_pin else self.new_pin).setFocus()

    def _on_ok_clicked(self) -> None:
        self.errors.clear()
        first = not signin.shop_secured()
        try:
            choose_pin(self.member.id, self.new_pin.text(), self.repeat_pin.text(),
                       self.old_pin.text())
        except ValidationFailed as exc:
            self.errors.show(exc)
            return
        self.became_owner = first
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
    """Show the dialog; the person signed in, or None when cancelled."""
    dialog = OperatorDialog(parent, current=current)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
