"""The frame every settings page shares: a title, a sentence of help, then the content."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dealerdesk.ui import icons
from dealerdesk.ui.theme import SPACE

MAX_WIDTH = 880  # long form fields are hard to read on a wide screen


def save_button(parent: QWidget, icon: str = "mdi6.content-save") -> QPushButton:
    """The one look of a settings page's Save: a blue button with a white icon."""
    button = QPushButton(icons.icon(icon, color="white"), "", parent)
    button.setProperty("primary", True)
    return button


def save_row(*widgets: QWidget) -> QHBoxLayout:
    """Save (and any other buttons) on the left under the form, the message after them."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class SettingsPage(QWidget):
    """Base of a settings page: subclasses fill `self.body` and implement retranslate()."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.title_label = QLabel(self)
        self.title_label.setObjectName("ScreenTitle")
        self.help_label = QLabel(self)
        self.help_label.setObjectName("Muted")
        self.help_label.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACE["m"])
        content = QWidget(self)
        content.setMaximumWidth(MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(SPACE["s"], 0, SPACE["s"], SPACE["s"])
        column.setSpacing(SPACE["m"])
        column.addWidget(self.title_label)
        column.addWidget(self.help_label)
        column.addLayout(self.body)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(content, 1)
        row.addStretch(0)

    def page_title(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.title_label.setText(self.page_title())

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
