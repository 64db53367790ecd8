"""Storage page: the shop's data on this PC (a file) or on the shop's server, with a test
of the connection that says in plain words what is wrong. The choice takes effect at the
next start; the password goes to the operating system's credential store."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from dealerdesk.services import storage_choice as storage
from dealerdesk.ui import icons
from dealerdesk.ui.settings.page import SettingsPage, save_button
from dealerdesk.ui.theme import COLORS


class StoragePage(SettingsPage):
    """Choose where this PC keeps the shop's data."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.this_pc = QRadioButton(self)
        self.server = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.this_pc)
        self.group.addButton(self.server)
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("192.168.1.10")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setMaximumWidth(120)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(self) for _ in range(5)]
        self.server_box = QWidget(self)
        self.form = QFormLayout(self.server_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, (self.host_edit, self.port_spin, self.database_edit,
                                              self.user_edit, self.password_edit), strict=True):
            self.form.addRow(label, field)
        self.test_button = QPushButton(icons.icon("mdi6.lan-connect"), "", self)
        self.save_button = save_button(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        for widget in (self.this_pc, self.server, self.server_box):
            self.body.addWidget(widget)
        self.body.addLayout(buttons)
        self.body.addWidget(self.result)
        self.body.addWidget(self.note)
        self.group.buttonToggled.connect(lambda *_: self._update_enabled())
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.load()

    def page_title(self) -> str:
        return self.tr("Storage")

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr(
            "Where this PC keeps the shop's data. One PC: a file on this PC, no set-up. "
            "Several PCs: the shop's own PostgreSQL server on the shop's network (see the "
            "README); never a file on a shared folder."))
        self.this_pc.setText(self.tr("This PC (a file in the data folder)"))
        self.server.setText(self.tr("The shop's server (PostgreSQL)"))
        for label, text in zip(self.labels, (self.tr("Server address"), self.tr("Port"),
                                             self.tr("Database"), self.tr("User"),
                                             self.tr("Password")), strict=True):
            label.setText(text)
        self.password_edit.setPlaceholderText(self.tr("kept in Windows' credential store"))
        self.test_button.setText(self.tr("Test connection"))
        self.save_button.setText(self.tr("Save"))
        self.note.setText(self.tr(
            "The choice takes effect when DealerDesk starts next. To bring this PC's "
            "customers to the server, use \"dealerdesk move\" (see the README)."))

    def load(self) -> None:
        choice = storage.current_choice()
        (self.server if choice.kind == storage.SERVER else self.this_pc).setChecked(True)
        self.host_edit.setText(choice.host)
        self.port_spin.setValue(choice.port)
        self.database_edit.setText(choice.database)
        self.user_edit.setText(choice.user)
        self._update_enabled()

    def choice(self) -> storage.StorageChoice:
        """What the page shows, as a choice."""
        return storage.StorageChoice(
            kind=storage.SERVER if self.server.isChecked() else storage.THIS_PC,
            host=self.host_edit.text().strip(), port=self.port_spin.value(),
            database=self.database_edit.text().strip(), user=self.user_edit.text().strip())

    def _update_enabled(self) -> None:
        on_server = self.server.isChecked()
        self.server_box.setEnabled(on_server)
        self.test_button.setEnabled(on_server)

    def _missing(self) -> str:
        choice = self.choice()
        if not (choice.host and choice.database and choice.user):
            return self.tr("Fill in the server address, the database and the user.")
        return ""

    def test_connection(self) -> bool:
        """Connect once with what the page shows; say what happened."""
        problem = self._missing() or storage.check_connection(
            self.choice(), self.password_edit.text())
        self._show(problem or self.tr("Connected: this PC can use the shop's server."),
                   ok=not problem)
        return not problem

    def save(self) -> bool:
        """Keep the choice (a server only once it answers) for the next start."""
        if self.server.isChecked() and not self.test_connection():
            return False
        storage.save_choice(self.choice(), self.password_edit.text() or None)
        self.password_edit.clear()
        self._show(self.tr("Saved. DealerDesk uses it from the next start."), ok=True)
        return True

    def _show(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {COLORS['ok' if ok else 'error']};")
