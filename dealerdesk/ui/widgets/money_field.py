"""MoneyField: an amount typed in yuan ("12,345.60", "¥8000", "12.5万"), kept as integer cents.

Usage::

    field = MoneyField(parent)
    field.setCents(1234560)      # shows "12,345.60"
    field.cents()                # -> int | None (None when empty); raises RuleError if bad
    field.errorText()            # the message shown under the field, "" when fine

Commas, spaces, full-width digits, a leading ¥/￥ and a trailing 元 are accepted; 万 means
10,000 yuan. More than two decimals, letters or a negative amount (unless
`allow_negative=True`) are refused with a message under the field.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import to_halfwidth

_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
MAX_CENTS = 10**13  # 100 billion yuan: anything above is a typing mistake


def parse_yuan(text: str, *, allow_negative: bool = False) -> int | None:
    """Integer cents for a yuan amount typed by a person; None when blank."""
    cleaned = to_halfwidth(text or "").strip().replace(",", "").replace(" ", "")
    cleaned = cleaned.lstrip("¥￥").removesuffix("元")
    if not cleaned:
        return None
    factor = Decimal(1)
    if cleaned.endswith("万"):
        cleaned, factor = cleaned[:-1], Decimal(10000)
    if not _NUMBER.match(cleaned):
        raise RuleError(QCoreApplication.translate(
            "MoneyField", "{} is not an amount: write it like 12,345.60").format(text.strip()))
    try:
        yuan = Decimal(cleaned) * factor
    except InvalidOperation:
        raise RuleError(QCoreApplication.translate(
            "MoneyField", "{} is not an amount: write it like 12,345.60").format(text)) from None
    cents = yuan * 100
    if cents != cents.to_integral_value():
        raise RuleError(QCoreApplication.translate(
            "MoneyField", "An amount has at most two decimals (fen)."))
    if cents < 0 and not allow_negative:
        raise RuleError(QCoreApplication.translate("MoneyField", "The amount cannot be negative."))
    if abs(cents) >= MAX_CENTS:
        raise RuleError(QCoreApplication.translate("MoneyField", "The amount is too large."))
    return int(cents)


def format_cents(cents: int | None) -> str:
    """"12,345.60" for 1234560; "" for None."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    yuan, fen = divmod(abs(cents), 100)
    return f"{sign}{yuan:,}.{fen:02d}"


class MoneyField(QWidget):
    """A right-aligned amount field in yuan; the program sees integer cents."""

    centsChanged = Signal(object)  # int | None

    def __init__(self, parent=None, *, allow_negative: bool = False):
        super().__init__(parent)
        self._allow_negative = allow_negative
        self._error = ""
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("FieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_edit_finished)
        self.retranslate()

    def cents(self) -> int | None:
        """The amount in cents (None when empty); raises RuleError when the text is bad."""
        value = parse_yuan(self.edit.text(), allow_negative=self._allow_negative)
        return value

    def setCents(self, cents: int | None) -> None:
        self._set_error("")
        self.edit.setText(format_cents(cents))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self._on_edit_finished()

    def errorText(self) -> str:
        return self._error

    def isValid(self) -> bool:
        return not self._error

    def _set_error(self, message: str) -> None:
        self._error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.edit.setProperty("error", bool(message))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _on_edit_finished(self) -> None:
        try:
            value = self.cents()
        except RuleError as exc:
            self._set_error(str(exc))
            return
        self._set_error("")
        if value is not None:
            self.edit.setText(format_cents(value))
        self.centsChanged.emit(value)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Amount in yuan"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
