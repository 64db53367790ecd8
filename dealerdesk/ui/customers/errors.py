"""Validation messages shown in red beside the fields they are about."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from dealerdesk.domain.errors import FieldError

ERROR_STYLE = "color: #c62828;"


def _form_of(label: QLabel) -> QFormLayout | None:
    parent = label.parentWidget()
    while parent is not None:
        for layout in parent.findChildren(QFormLayout):
            if layout.indexOf(label) >= 0:
                return layout
        parent = parent.parentWidget()
    return None


class FieldErrors(QObject):
    """The error label of each field (`<name>Error` in a form) and the widget to focus."""

    link_clicked = Signal(int)  # a related record (e.g. the customer who has this phone)

    def __init__(self, fields: dict[str, tuple[QLabel, QWidget]], parent=None):
        super().__init__(parent)
        self._fields = fields
        for label, _ in fields.values():
            label.setStyleSheet(ERROR_STYLE)
            # Wrapped text asks the form for its height at its minimum width: keep that
            # width near the real one, or the message floats in a tall empty row.
            label.setMinimumWidth(240)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.linkActivated.connect(self._on_link_activated)
        self.clear()

    def _show(self, label: QLabel, visible: bool) -> None:
        form = _form_of(label)
        if form is not None:
            form.setRowVisible(label, visible)
        label.setVisible(visible)

    def clear(self) -> None:
        for label, _ in self._fields.values():
            label.clear()
            self._show(label, False)

    def show(self, errors: list[FieldError], link_text=None) -> list[FieldError]:
        """Show each error beside its field, focus the first; return errors with no field."""
        self.clear()
        unplaced = []
        first: QWidget | None = None
        for error in errors:
            if error.field not in self._fields:
                unplaced.append(error)
                continue
            label, widget = self._fields[error.field]
            text = html.escape(error.message, quote=False)
            if error.related_id is not None and link_text is not None:
                link = html.escape(link_text(error), quote=False)
                text += f' <a href="{error.related_id}">{link}</a>'
            label.setText(text)
            self._show(label, True)
            first = first or widget
        if first is not None:
            first.setFocus()
        self._fit_window()
        return unplaced

    def _fit_window(self) -> None:
        """Let a dialog grow so that wrapped messages are not cut off."""
        labels = [label for label, _ in self._fields.values()]
        window = labels[0].window() if labels else None
        if isinstance(window, QDialog) and window.layout() is not None:
            window.layout().activate()
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))

    def text(self, field: str) -> str:
        """The message shown for `field` (empty when none), as plain text."""
        label = self._fields[field][0]
        return label.text() if label.isVisibleTo(label.window()) else ""

    def _on_link_activated(self, href: str) -> None:
        self.link_clicked.emit(int(href))
