"""The owner's part of the Staff settings page: role and PIN of the person selected, the
hand-over, the idle lock, past hand-overs (with their undo) and requests to reassign."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import access, audit, handover, signin
from dealerdesk.services.settings import get_setting, set_settings
from dealerdesk.services.staff import get_staff
from dealerdesk.ui import icons
from dealerdesk.ui.theme import SPACE
from dealerdesk.ui.widgets.date_field import format_datetime


class StaffExtras(QWidget):
    """Below the staff form: what only the owner does with staff."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        self.role = QComboBox(self)
        for code in (access.OWNER, access.SALESPERSON):
            self.role.addItem(access.role_label(code), code)
        self.role.activated.connect(self._on_role_chosen)
        self.pin_state = QLabel(self)
        self.clear_pin_button = QPushButton(icons.icon("mdi6.lock-reset"), "", self)
        self.clear_pin_button.clicked.connect(self._on_clear_pin_clicked)
        self.handover_button = QPushButton(icons.icon("mdi6.account-arrow-right"), "", self)
        self.handover_button.clicked.connect(self.open_handover)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.editingFinished.connect(self._on_lock_minutes_edited)
        self.lock_hint = QLabel(self)
        self.lock_hint.setObjectName("Muted")
        self.role_label, self.pin_label, self.lock_label = QLabel(self), QLabel(self), QLabel(self)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state)
        pin_row.addWidget(self.clear_pin_button)
        pin_row.addStretch(1)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_minutes)
        lock_row.addWidget(self.lock_hint, 1)
        self.role.setMaximumWidth(260)
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover_button)
        handover_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.role_label, self.role)
        form.addRow(self.pin_label, pin_row)
        form.addRow("", handover_row)
        form.addRow(self.lock_label, lock_row)
        self.history_title = QLabel(self)
        self.history_title.setStyleSheet("font-weight: bold;")
        self.history = QListWidget(self)
        self.history.setMaximumHeight(120)
        self.undo_button = QPushButton(icons.icon("mdi6.undo"), "", self)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.history.currentRowChanged.connect(self._update_undo)
        self.requests_title = QLabel(self)
        self.requests_title.setStyleSheet("font-weight: bold;")
        self.requests = QListWidget(self)
        self.requests.setMaximumHeight(100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE["m"], 0, 0)
        layout.setSpacing(SPACE["s"])
        layout.addLayout(form)
        for widget in (self.history_title, self.history, self.undo_button,
                       self.requests_title, self.requests):
            layout.addWidget(widget, 0 if widget is not self.undo_button
                             else Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.role_label.setText(self.tr("Role"))
        for i, code in enumerate((access.OWNER, access.SALESPERSON)):
            self.role.setItemText(i, access.role_label(code))
        self.pin_label.setText(self.tr("PIN"))
        self.clear_pin_button.setText(self.tr("Clear PIN"))
        self.clear_pin_button.setToolTip(self.tr(
            "For a forgotten PIN: the person chooses a new one at their next sign-in."))
        self.handover_button.setText(self.tr("Hand over their customers…"))
        self.lock_label.setText(self.tr("Lock after"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_hint.setText(self.tr("without use (0: never). Only once a PIN is set."))
        self.history_title.setText(self.tr("Hand-overs"))
        self.undo_button.setText(self.tr("Undo this hand-over"))
        self.requests_title.setText(self.tr("Requests to reassign a customer"))
        self.refresh()

    # ---- showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        editing = getattr(self.page, "editing", None)
        member = editing and get_staff(editing.id)
        for widget in (self.role, self.clear_pin_button, self.handover_button):
            widget.setEnabled(member is not None and member.active)
        if member is not None:
            self.role.setCurrentIndex(self.role.findData(member.role))
            self.pin_state.setText(self.tr("Set") if member.has_pin else self.tr("Not set"))
            self.clear_pin_button.setEnabled(member.has_pin)
        else:
            self.pin_state.setText("")
        secured = signin.shop_secured()
        self.role.setEnabled(self.role.isEnabled() and secured)
        self.role.setToolTip("" if secured else self.tr(
            "Roles apply once someone has set a PIN (\"My PIN\" at the top right)."))
        self.lock_minutes.setValue(int(get_setting("lock_minutes") or 0))
        self.history.clear()
        self.requests.clear()
        if access.can("staff"):  # the owner's lists (the page is the owner's anyway)
            self._fill_history()
            self._fill_requests()

    def _fill_history(self) -> None:
        self.history.clear()
        for record in handover.list_handovers():
            c = record.counts
            text = self.tr("{when}  {name}: {n} customers, by {by}").format(
                when=format_datetime(record.at), name=record.from_name,
                n=c.get("customers", 0), by=record.by_name or "-")
            if record.undone_at:
                text += "  " + self.tr("(undone)")
            item = QListWidgetItem(text, self.history)
            item.setData(Qt.ItemDataRole.UserRole, None if record.undone_at else record.id)
        self._update_undo()

    def _fill_requests(self) -> None:
        self.requests.clear()
        for entry in audit.reassign_requests(limit=20):
            QListWidgetItem(self.tr("{when}  {who} asks for {customer}").format(
                when=format_datetime(entry.at), who=entry.operator,
                customer=entry.customer_name or "-"), self.requests)
        self.requests.setVisible(self.requests.count() > 0)
        self.requests_title.setVisible(self.requests.count() > 0)

    def _update_undo(self, *_args) -> None:
        item = self.history.currentItem()
        self.undo_button.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))

    # ---- acting -----------------------------------------------------------------------
    def _say(self, exc: ValidationFailed) -> None:
        QMessageBox.warning(self, self.tr("Staff"), "\n".join(e.message for e in exc.errors))

    def _on_role_chosen(self, *_args) -> None:
        member = self.page.editing
        if member is None:
            return
        try:
            changes = signin.set_role(staff_id=member.id, role=self.role.currentData(),
                                      now=self.ctx.now())
        except ValidationFailed as exc:
            self._say(exc)
            self.refresh()
            return
        self.ctx.broadcast(changes)

    def _on_clear_pin_clicked(self) -> None:
        member = self.page.editing
        if member is None:
            return
        try:
            self.ctx.broadcast(signin.clear_pin(staff_id=member.id, now=self.ctx.now()))
        except ValidationFailed as exc:
            self._say(exc)

    def open_handover(self):
        """The hand-over dialog for the person selected; returns it (tests drive it)."""
        from dealerdesk.ui.staff.handover_dialog import HandoverDialog

        member = self.page.editing
        if member is None:
            return None
        dialog = HandoverDialog(self.ctx, member, self)
        dialog.open()
        return dialog

    def _on_undo_clicked(self) -> None:
        item = self.history.currentItem()
        handover_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not handover_id:
            return
        try:
            self.ctx.broadcast(handover.undo_handover(handover_id, now=self.ctx.now()))
        except ValidationFailed as exc:
            self._say(exc)

    def _on_lock_minutes_edited(self) -> None:
        if self.lock_minutes.value() != int(get_setting("lock_minutes") or 0):
            self.ctx.broadcast(set_settings({"lock_minutes": self.lock_minutes.value()}))
