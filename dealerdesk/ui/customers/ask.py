"""Questions put to the user in a message box (one place, so tests can answer them)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask a yes/no question with buttons saying what they do; True for `yes`."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Show a message that needs no answer."""
    QMessageBox.information(parent, title, text)


def reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask why (a line of text that must not be empty); None when the user gave up."""
    from PySide6.QtWidgets import QInputDialog

    while True:
        answer, ok = QInputDialog.getText(parent, title, text)
        if not ok:
            return None
        if answer.strip():
            return answer.strip()
