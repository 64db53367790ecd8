"""EmptyState: what an empty list shows instead of a blank table: icon, text, next step.

Usage::

    empty = EmptyState("mdi6.account-group", self.tr("No customers yet"),
                       self.tr("Import your Excel sheet, or add the first customer."),
                       action=self.tr("Add a customer"))
    empty.actionTriggered.connect(self.new_customer)
    empty.setTexts(title, text, action)   # on language change
    empty.setSecondary(self.tr("Import Excel sheet…"), "mdi6.microsoft-excel")
    empty.secondaryTriggered.connect(self.import_sheet)   # a plain button left of the action

Put it in a QStackedWidget next to the table and show it when the list is empty.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dealerdesk.ui import icons
from dealerdesk.ui.theme import COLORS, SPACE

TEXT_WIDTH = 460


def balanced_width(text_width: int, most: int) -> int:
    """A width for wrapped text that gives lines of about equal length (never one or two
    characters alone on the last line), at most `most`."""
    lines = max(1, -(-text_width // most))
    return min(most, -(-text_width // lines) + 2 * SPACE["l"])


class EmptyState(QWidget):
    """A calm centred panel: a large grey icon, a title, one sentence and up to two buttons."""

    actionTriggered = Signal()
    secondaryTriggered = Signal()

    def __init__(self, icon: str, title: str, text: str = "", action: str = "", parent=None):
        super().__init__(parent)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icons.icon(icon, color=COLORS["muted"]).pixmap(QSize(64, 64)))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("ScreenTitle")
        self.text_label = QLabel(self)
        self.text_label.setObjectName("Muted")
        self.text_label.setWordWrap(True)
        self.text_label.setFixedWidth(TEXT_WIDTH)
        self.button = QPushButton(self)
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.actionTriggered)
        self.secondary_button = QPushButton(self)
        self.secondary_button.clicked.connect(self.secondaryTriggered)
        self.secondary_button.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE["s"])
        buttons.addStretch(1)
        buttons.addWidget(self.secondary_button)
        buttons.addWidget(self.button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE["m"])
        layout.addStretch(2)
        for label in (self.icon_label, self.title_label, self.text_label):
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.setTexts(title, text, action)

    def setTexts(self, title: str, text: str = "", action: str = "") -> None:
        """Change the words (after a language switch); an empty `action` hides the button."""
        self.title_label.setText(title)
        self.text_label.setText(text)
        width = balanced_width(self.text_label.fontMetrics().horizontalAdvance(text), TEXT_WIDTH)
        self.text_label.setFixedWidth(width)
        # A word-wrapped label in a centred layout gets one line unless told its height.
        height = self.text_label.heightForWidth(width) if text else -1
        if height > 0:
            self.text_label.setFixedHeight(height)
        self.text_label.setVisible(bool(text))
        self.button.setText(action)
        self.button.setVisible(bool(action))

    def setActionIcon(self, icon: str) -> None:
        """An icon ("mdi6.account-plus") on the action button."""
        self.button.setIcon(icons.icon(icon, color="white"))

    def setSecondary(self, text: str, icon: str = "") -> None:
        """A second, plain button left of the action; an empty `text` hides it."""
        self.secondary_button.setText(text)
        if icon:
            self.secondary_button.setIcon(icons.icon(icon))
        self.secondary_button.setVisible(bool(text))
