"""DateField: a date that may be empty, typed in any spelling dealers use or picked from a calendar.

Usage::

    field = DateField(parent)
    field.setDate(date(2026, 11, 26))   # shown in the language's format
    field.date()                         # -> date | None (None when empty or invalid)
    field.isValid()                      # False while the text is not a date
    field.errorText()                    # the message shown under the field, "" when fine

Typed text is read with `dealerdesk.domain.dates.parse_date` (2024-03-05, 2024/3/5,
2024年3月5日, 20240305 ...) and also in the shown format. A text that is not a date keeps
its text, turns the field red and shows why underneath; `dateChanged` is emitted only
for a valid change (a date or None). `textEdited` is emitted for every keystroke and for a
date picked in the calendar, like a line edit's.

In a form with its own error rows (see FieldErrors.bind), `setInlineErrors(False)` leaves
the message to that row; `setIsoFormat(True)` (Designer property "isoFormat") shows dates
as 2026-11-26 in every language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk import clock
from dealerdesk.domain.dates import format_day, parse_date
from dealerdesk.domain.errors import RuleError
from dealerdesk.ui import icons
from dealerdesk.ui.widgets.field_errors import lay_out_field, mark_error

_ENGLISH_FORMAT = "d MMM yyyy"
_CHINESE_FORMAT = "yyyy-MM-dd"


def format_date(value: dt.date | None, *, iso: bool = False) -> str:
    """A date in the user's language ("2026-11-26" / "26 Nov 2026"); "" for None.

    A datetime shows its date. `iso` writes 2026-11-26 in every language.
    """
    if value is None:
        return ""
    if iso:
        return QDate(value.year, value.month, value.day).toString(_CHINESE_FORMAT)
    return format_day(value if type(value) is dt.date else value.date())


def format_datetime(value: dt.datetime | None) -> str:
    """Date and minutes ("2026-11-26 09:30" / "26 Nov 2026 09:30"); "" for None."""
    return f"{format_date(value)} {value:%H:%M}" if value else ""


def read_date(text: str) -> dt.date | None:
    """The date in `text` (None when blank); raises RuleError with a message to show."""
    text = text.strip()
    if not text:
        return None
    qdate = QLocale(QLocale.Language.English).toDate(text, _ENGLISH_FORMAT)
    if qdate.isValid():
        return dt.date(qdate.year(), qdate.month(), qdate.day())
    return parse_date(text)


class DateField(QWidget):
    """A line edit with a calendar button; empty means "no date"."""

    dateChanged = Signal(object)  # date | None
    textEdited = Signal(str)  # typed, or picked in the calendar
    textChanged = Signal(str)
    editingFinished = Signal()

    def __init__(self, parent=None, *, placeholder: str = "", iso: bool = False):
        super().__init__(parent)
        self._date: dt.date | None = None
        self._error = ""
        self._iso = iso
        self._inline_errors = True
        self._forwarding = False
        self._placeholder = placeholder
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        # Room for a whole date beside the clear button, in either language's format.
        metrics = self.edit.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in ("2026-12-28", "28 Sep 2026"))
        self.edit.setMinimumWidth(widest + 44)
        self.button = QToolButton(self)
        self.button.setIcon(icons.icon("mdi6.calendar-month"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error_label = lay_out_field(self, self.edit, self.button)
        self.edit.editingFinished.connect(self._on_edit_finished)
        self.edit.editingFinished.connect(self.editingFinished)
        self.edit.textEdited.connect(self.textEdited)
        self.edit.textChanged.connect(self.textChanged)
        self.button.clicked.connect(self._on_button_clicked)
        self.retranslate()

    # --- public API -------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The current date, or None when empty or while the text is not a date."""
        return self._date if not self._error else None

    def setDate(self, value: dt.date | None) -> None:
        self._set_error("")
        self.edit.setText(format_date(value, iso=self._iso))
        self._store(value)

    def value(self) -> dt.date | None:
        """The date typed right now (None when empty); RuleError when it is not a date.

        Unlike validate(), this changes nothing on screen: forms read every field with it.
        """
        return read_date(self.edit.text())

    def clear(self) -> None:
        self.edit.clear()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        """Put typed text in and read it at once (as if the user left the field)."""
        self.edit.setText(text)
        self._on_edit_finished()

    def isValid(self) -> bool:
        return not self._error

    def errorText(self) -> str:
        return self._error

    def isoFormat(self) -> bool:
        return self._iso

    def setIsoFormat(self, iso: bool) -> None:
        """Show dates as 2026-11-26 in every language (easiest to type over)."""
        self._iso = iso
        if self._date is not None and not self._error:
            self.edit.setText(format_date(self._date, iso=iso))

    def setInlineErrors(self, shown: bool) -> None:
        """Whether the field shows its own error line (off when a form row shows it)."""
        self._inline_errors = shown
        self.error_label.setVisible(shown and bool(self._error))

    def validate(self) -> dt.date | None:
        """Read the text now; raise RuleError when it is not a date (the field shows why)."""
        self._on_edit_finished()
        if self._error:
            raise RuleError(self._error)
        return self._date

    # --- behaviour --------------------------------------------------------------------
    def _store(self, value: dt.date | None) -> None:
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _set_error(self, message: str) -> None:
        self._error = message
        self.error_label.setText(message)
        self.error_label.setVisible(self._inline_errors and bool(message))
        mark_error(self.edit, bool(message))

    def _on_edit_finished(self) -> None:
        try:
            value = read_date(self.edit.text())
        except RuleError as exc:
            self._set_error(str(exc))  # keep the text so the user can correct it
            return
        self._set_error("")
        if value is not None:
            self.edit.setText(format_date(value, iso=self._iso))
        self._store(value)

    def _on_button_clicked(self) -> None:
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(False)
        calendar.setLocale(QLocale())
        current = self.date() or clock.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)
        calendar.clicked.connect(lambda qd: self._on_calendar_picked(qd, popup))
        calendar.activated.connect(lambda qd: self._on_calendar_picked(qd, popup))
        popup.adjustSize()
        popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        popup.show()
        calendar.setFocus()
        self._popup = popup

    def _on_calendar_picked(self, qdate: QDate, popup: QFrame) -> None:
        popup.close()
        self.setDate(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.textEdited.emit(self.edit.text())
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self._placeholder or self.tr("e.g. 2026-03-05"))
        self.button.setToolTip(self.tr("Pick a date"))
        if self._date is not None and not self._error:
            self.edit.setText(format_date(self._date, iso=self._iso))

    def keyPressEvent(self, event) -> None:
        self._forward(event)

    def keyReleaseEvent(self, event) -> None:
        self._forward(event)

    def _forward(self, event) -> None:
        """Keys sent to the field itself go to its text, as a combo box passes them on."""
        if self._forwarding:  # the text ignored the key: let it go on to the window
            event.ignore()
            return
        self._forwarding = True
        try:
            QApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
