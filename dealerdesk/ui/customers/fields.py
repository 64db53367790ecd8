"""Small input fields of the customer forms: a date that may stay empty, an amount of money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QHBoxLayout, QLineEdit, QWidget

from dealerdesk.domain.dates import parse_date
from dealerdesk.domain.errors import RuleError

CENTS_PER_YUAN = 100
CENTS_PER_WAN = 1_000_000  # 万元: ten thousand yuan


def is_chinese() -> bool:
    """True when the program speaks Chinese (the default locale follows the language)."""
    return QLocale().language() == QLocale.Language.Chinese


def format_date(value: dt.date | dt.datetime | None) -> str:
    """A date as the language writes it: 2026-11-26 in Chinese, 26 Nov 2026 in English."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if is_chinese():
        return value.isoformat()
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return english.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def format_datetime(value: dt.datetime | None) -> str:
    """Date and minutes, in the language's date format."""
    return f"{format_date(value)} {value:%H:%M}" if value else ""


def format_money(cents: int | None) -> str:
    """An amount for reading: 12.5万 / 3,000 元 in Chinese, ¥125,000 in English."""
    if cents is None:
        return ""
    if is_chinese() and cents >= CENTS_PER_WAN:
        return f"{Decimal(cents) / CENTS_PER_WAN:f}".rstrip("0").rstrip(".") + "万"
    yuan = Decimal(cents) / CENTS_PER_YUAN
    text = f"{yuan:,.2f}".removesuffix(".00")
    return f"{text} 元" if is_chinese() else f"¥{text}"


class DateField(QLineEdit):
    """A date typed in any common spelling (2024-3-5, 2024年3月5日, 20240305) or left empty."""

    picked = Signal()  # a date was chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(20)
        action = self.addAction(qta.icon("mdi6.calendar-month-outline"),
                                QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Pick a date"))
        action.triggered.connect(self._on_calendar_clicked)
        self.editingFinished.connect(self._on_editing_finished)

    def value(self) -> dt.date | None:
        """The date typed, None when empty; RuleError (a message for the user) if unreadable."""
        return parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def _on_editing_finished(self) -> None:
        try:
            value = self.value()
        except RuleError:
            return
        if value and self.text() != value.isoformat():
            self.setText(value.isoformat())

    def _on_calendar_clicked(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        try:
            current = self.value() or dt.date.today()
        except RuleError:
            current = dt.date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.clicked.connect(lambda day: self._on_day_picked(day, calendar))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()

    def _on_day_picked(self, day: QDate, calendar: QCalendarWidget) -> None:
        self.setText(day.toPython().isoformat())
        calendar.close()
        self.textEdited.emit(self.text())
        self.picked.emit()


def parse_amount(text: str, per_unit: int) -> int | None:
    """Cents from "12.5", "125,000", "12.5万"; None when blank; RuleError when unreadable."""
    raw = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if raw.endswith("万") or raw.endswith("万元"):
        raw, per_unit = raw.removesuffix("元").removesuffix("万"), CENTS_PER_WAN
    raw = raw.removesuffix("元").removeprefix("¥").removeprefix("￥")
    if not raw:
        return None
    try:
        cents = Decimal(raw) * per_unit
    except InvalidOperation:
        raise RuleError(
            QCoreApplication.translate("MoneyField", "{} is not an amount: write it like 12.5")
            .format(text.strip())
        ) from None
    if cents != cents.to_integral_value() or not cents.is_finite():
        raise RuleError(QCoreApplication.translate(
            "MoneyField", "Please round the amount to the fen (0.01 yuan)."))
    return int(cents)


class MoneyField(QWidget):
    """An amount typed in 万元 (ten thousands of yuan, how dealers talk) or in yuan."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("10k yuan (万元)"), CENTS_PER_WAN)
        self.unit.addItem(self.tr("yuan"), CENTS_PER_YUAN)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.edited)
        self.unit.activated.connect(self.edited)

    def state(self) -> str:
        """What was typed, to tell whether the form has unsaved changes."""
        return f"{self.edit.text()} {self.unit.currentIndex()}"

    def cents(self) -> int | None:
        """The amount in cents, None when empty; RuleError when it is not a number."""
        return parse_amount(self.edit.text(), self.unit.currentData())

    def set_cents(self, cents: int | None) -> None:
        if cents is None:
            self.edit.clear()
            return
        per_unit = CENTS_PER_WAN if cents % (CENTS_PER_WAN // 100) == 0 else CENTS_PER_YUAN
        self.unit.setCurrentIndex(self.unit.findData(per_unit))
        self.edit.setText(f"{(Decimal(cents) / per_unit).normalize():f}")
