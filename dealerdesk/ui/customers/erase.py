"""Erasing a customer for good asks for their name, typed, and says it cannot be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from dealerdesk.ui.icons import icon
from dealerdesk.ui.theme import COLORS
from dealerdesk.ui.widgets.window_size import keep_size


class EraseDialog(QDialog):
    """Confirm erasing one customer's personal data by typing their name."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(self.tr("Erase for good"))
        picture = QLabel(self)
        picture.setPixmap(icon("mdi6.delete-forever-outline", color=COLORS["error"]).pixmap(40, 40))
        text = QLabel(self.tr(
            "This removes {name}, their cars, follow-ups and reminders from the database for "
            "good, as they asked. It cannot be undone, not even from the recycle bin.\n\n"
            "Type the name {name} to confirm:").format(name=name), self)
        text.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(name)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(self.tr("Erase for good"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_text_changed)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        keep_size(self, "erase_customer")

    def _on_text_changed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self._name)

    def accept(self) -> None:
        if self.name_edit.text().strip() == self._name:
            super().accept()
