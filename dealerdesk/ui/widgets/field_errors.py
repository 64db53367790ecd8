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
the layout in place of the field. A field's error disappears as soon as it is edited.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dealerdesk.domain.errors import FieldError, ValidationFailed


class FieldErrors:
    """Maps service field names to widgets and their error labels."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

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
        self.bind(name, widget, label)
        return box

    def bind(self, name: str, widget: QWidget, label: QLabel) -> None:
        """Use an existing `label` for the errors of field `name`."""
        self._fields[name] = (widget, label)
        source = getattr(widget, "edit", widget)  # DateField / MoneyField wrap a line edit
        for signal in ("textEdited", "currentIndexChanged", "textChanged"):
            if hasattr(source, signal):
                getattr(source, signal).connect(lambda *_, n=name: self.clear(n))
                break

    def show(self, failure: ValidationFailed | list[FieldError]) -> list[FieldError]:
        """Show each error beside its field, focus the first; return the unplaced ones."""
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
            shown = label.text()
            label.setText(f"{shown}\n{error.message}" if shown else error.message)
            label.show()
            _mark(widget, True)
            first = first or widget
        if first is not None:
            first.setFocus()
        return rest

    def message(self, name: str) -> str:
        """The error text shown for field `name` ("" when none)."""
        bound = self._fields.get(name)
        return bound[1].text() if bound and not bound[1].isHidden() else ""

    def clear(self, name: str | None = None) -> None:
        """Hide the error of field `name`, or of every field."""
        names = [name] if name else list(self._fields)
        for key in names:
            bound = self._fields.get(key)
            if bound is None:
                continue
            widget, label = bound
            label.clear()
            label.hide()
            _mark(widget, False)


def _mark(widget: QWidget, error: bool) -> None:
    target = getattr(widget, "edit", widget)  # DateField / MoneyField wrap a line edit
    target.setProperty("error", error)
    target.style().unpolish(target)
    target.style().polish(target)
