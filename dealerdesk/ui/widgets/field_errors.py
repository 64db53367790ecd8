"""FieldErrors: show a ValidationFailed's messages beside the fields they name.

Usage::

    errors = FieldErrors()
    form.addRow(self.tr("Name"), errors.wrap("name", self.name_edit))
    try:
        changes = save_something(...)
    except ValidationFailed as exc:
        rest = errors.show(exc)      # red text under each named field, first one focused
        # `rest`: the errors no bound field could show (display them in a message box)
    errors.clear()

`wrap` returns a small container (the field above its hidden error label) to put into
the layout in place of the field. A form made in Designer with its own error labels binds
them instead: `errors.bind("phone", ui.phoneEdit, ui.phoneError)`; a label alone on a
QFormLayout row hides its whole row while there is no error. A field's error disappears
as soon as it is edited.

An error about another record (FieldError.related_id, e.g. the customer who already has
this phone) can carry a link: `errors.show(exc, link_text=lambda e: "Open ...")`; a click
emits `link_clicked(related_id)`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.ui.theme import COLORS

LABEL_MIN_WIDTH = 240  # keeps a wrapped message in a form row from growing a tall empty row


class FieldErrors(QObject):
    """Maps service field names to widgets and their error labels."""

    link_clicked = Signal(int)  # the related record of an error's link

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._messages: dict[str, list[str]] = {}

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        """A container of `widget` and its (hidden) error label, bound to field `name`."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel(box)
        label.setObjectName("FieldError")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._bind(name, widget, label)
        return box

    def bind(self, name: str, widget: QWidget, label: QLabel) -> None:
        """Use an existing `label` (e.g. a row of a Designer form) for field `name`'s errors."""
        label.setStyleSheet(f"color: {COLORS['error']};")
        label.setWordWrap(True)
        label.setMinimumWidth(LABEL_MIN_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if hasattr(widget, "setInlineErrors"):
            widget.setInlineErrors(False)  # DateField / MoneyField: the label says it
        self._bind(name, widget, label)
        self.clear(name)

    def _bind(self, name: str, widget: QWidget, label: QLabel) -> None:
        self._fields[name] = (widget, label)
        label.setTextFormat(Qt.TextFormat.RichText)  # messages are escaped; links are real
        label.linkActivated.connect(lambda href: self.link_clicked.emit(int(href)))
        source = getattr(widget, "edit", widget)  # DateField / MoneyField wrap a line edit
        for signal in ("textEdited", "currentIndexChanged", "textChanged"):
            if hasattr(source, signal):
                getattr(source, signal).connect(lambda *_, n=name: self.clear(n))
                break

    def show(self, failure: ValidationFailed | list[FieldError],
             link_text=None) -> list[FieldError]:
        """Show each error beside its field, focus the first; return the unplaced ones.

        `link_text(error)` words the link of an error that names a related record.
        """
        self.clear()
        errors = failure.errors if isinstance(failure, ValidationFailed) else failure
        rest: list[FieldError] = []
        first: QWidget | None = None
        for error in errors:
            bound = self._fields.get(error.field)
            if bound is None:
                rest.append(error)
                continue
            widget, label = bound
            self._messages.setdefault(error.field, []).append(error.message)
            text = html.escape(error.message, quote=False)
            if error.related_id is not None and link_text is not None:
                link = html.escape(link_text(error), quote=False)
                text += f' <a href="{error.related_id}">{link}</a>'
            shown = label.text()
            label.setText(f"{shown}<br>{text}" if shown else text)
            _show_label(label, True)
            mark_error(widget, True)
            first = first or widget
        if first is not None:
            first.setFocus()
        self._fit_window()
        return rest

    def message(self, name: str) -> str:
        """The error text shown for field `name` ("" when none), as plain text."""
        return "\n".join(self._messages.get(name, []))

    text = message

    def clear(self, name: str | None = None) -> None:
        """Hide the error of field `name`, or of every field."""
        names = [name] if name else list(self._fields)
        for key in names:
            bound = self._fields.get(key)
            if bound is None:
                continue
            widget, label = bound
            self._messages.pop(key, None)
            label.clear()
            _show_label(label, False)
            mark_error(widget, False)

    def _fit_window(self) -> None:
        """Let a dialog grow so that wrapped messages are not cut off."""
        labels = [label for _, label in self._fields.values()]
        window = labels[0].window() if labels else None
        if isinstance(window, QDialog) and window.layout() is not None:
            window.layout().activate()
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))


def _form_of(label: QLabel) -> QFormLayout | None:
    """The form layout holding `label` as an item of its own, if any."""
    parent = label.parentWidget()
    while parent is not None:
        for layout in parent.findChildren(QFormLayout):
            if layout.indexOf(label) >= 0:
                return layout
        parent = parent.parentWidget()
    return None


def _show_label(label: QLabel, visible: bool) -> None:
    form = _form_of(label)
    if form is not None:
        form.setRowVisible(label, visible)
    label.setVisible(visible)


def mark_error(widget: QWidget, error: bool) -> None:
    """Give a field the red error look (style sheet: [error="true"]), or take it away."""
    target = getattr(widget, "edit", widget)  # DateField / MoneyField wrap a line edit
    if target.property("error") in (None, False) and not error:
        return  # never marked: spare the restyle
    target.setProperty("error", error)
    target.style().unpolish(target)
    target.style().polish(target)


def lay_out_field(owner: QWidget, edit: QWidget, side: QWidget) -> QLabel:
    """Lay out a one-line field: `edit` with `side` (a button or unit box) beside it and
    a hidden red message line under both; return that message label."""
    error_label = QLabel(owner)
    error_label.setObjectName("FieldError")
    error_label.setWordWrap(True)
    error_label.hide()
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(edit, 1)
    row.addWidget(side)
    column = QVBoxLayout(owner)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addLayout(row)
    column.addWidget(error_label)
    owner.setFocusProxy(edit)
    return error_label
