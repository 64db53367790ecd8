"""MoneyField: an amount typed in yuan ("12,345.60", "¥8000", "12.5万"), kept as integer cents.

Usage::

    field = MoneyField(parent)
    field.setCents(1234560)      # shows "12,345.60"
    field.cents()                # -> int | None (None when empty); raises RuleError if bad
    field.errorText()            # the message shown under the field, "" when fine

Commas, spaces, full-width digits, a leading ¥/￥ and a trailing 元 are accepted; 万 means
10,000 yuan. More than two decimals, letters or a negative amount (unless
`allow_negative=True`) are refused with a message under the field.

`setUnitChoice(True)` (Designer property "unitChoice") adds a unit box: 万元 (how dealers
talk about car prices) or yuan; `setCents` then picks the unit that reads best.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dealerdesk.domain import money
from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import to_halfwidth
from dealerdesk.ui.widgets.field_errors import lay_out_field, mark_error

MAX_CENTS = 10**13  # 100 billion yuan: anything above is a typing mistake
CENTS_PER_YUAN = money.YUAN
CENTS_PER_WAN = money.WAN  # 万元: ten thousand yuan


def parse_yuan(text: str, unit: int = CENTS_PER_YUAN, *,
               allow_negative: bool = False) -> int | None:
    """Integer cents for an amount typed in `unit` (cents per unit); None if blank.

    The rule itself lives in dealerdesk.domain.money; this only adds "blank is no amount".
    """
    if not to_halfwidth(text or "").strip():
        return None
    return money.parse_yuan(text, unit_cents=unit, allow_negative=allow_negative,
                            max_cents=MAX_CENTS)


def format_cents(cents: int | None) -> str:
    """"12,345.60" for 1234560; "" for None."""
    return "" if cents is None else money.format_cents(cents, symbol=False)


def format_money(cents: int | None, *, rounded: bool = False) -> str:
    """An amount for reading: 12.5万 / 3,000 元 in Chinese, ¥125,000 in English; "" for None.

    The rule is domain.money.format_reading's; this only picks the language shown.
    `rounded` for sums in reports (two decimals of a 万, whole yuan).
    """
    if cents is None:
        return ""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return money.format_reading(cents, chinese=chinese, rounded=rounded)


def _in_unit(cents: int, unit: int) -> str:
    """The plain number of `unit`s: "15" (万元), "1234.56" (yuan)."""
    return f"{(Decimal(cents) / unit).normalize():f}"


class MoneyField(QWidget):
    """A right-aligned amount field in yuan; the program sees integer cents."""

    centsChanged = Signal(object)  # int | None
    edited = Signal()  # the user typed or chose another unit

    def __init__(self, parent=None, *, allow_negative: bool = False, unit_choice: bool = False):
        super().__init__(parent)
        self._allow_negative = allow_negative
        self._error = ""
        self._inline_errors = True
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.unit = QComboBox(self)
        self.unit.addItem("", CENTS_PER_WAN)
        self.unit.addItem("", CENTS_PER_YUAN)
        self.unit.setCurrentIndex(1)
        self.unit.hide()
        self.error_label = lay_out_field(self, self.edit, self.unit)
        self.edit.editingFinished.connect(self._on_edit_finished)
        self.edit.textEdited.connect(self.edited)
        self.unit.activated.connect(self.edited)
        self.retranslate()
        self.setUnitChoice(unit_choice)

    def cents(self) -> int | None:
        """The amount in cents (None when empty); raises RuleError when the text is bad."""
        return parse_yuan(self.edit.text(), self.unit.currentData(),
                          allow_negative=self._allow_negative)

    def setCents(self, cents: int | None) -> None:
        self._set_error("")
        if not self.unit.isHidden() and cents is not None:
            whole_hundreds = cents % (CENTS_PER_WAN // 100) == 0
            self.unit.setCurrentIndex(self.unit.findData(
                CENTS_PER_WAN if whole_hundreds and cents else CENTS_PER_YUAN))
        self.edit.setText(self._format(cents))

    def unitChoice(self) -> bool:
        return not self.unit.isHidden()

    def setUnitChoice(self, on: bool) -> None:
        """Offer 万元 or yuan beside the amount (off: the amount is always in yuan)."""
        cents = None if self._error else self._cents_or_none()
        self.unit.setHidden(not on)
        self.unit.setCurrentIndex(self.unit.findData(CENTS_PER_WAN if on else CENTS_PER_YUAN))
        self.retranslate()
        if cents is not None:
            self.setCents(cents)

    def setInlineErrors(self, shown: bool) -> None:
        """Whether the field shows its own error line (off when a form row shows it)."""
        self._inline_errors = shown
        self.error_label.setVisible(shown and bool(self._error))

    def _cents_or_none(self) -> int | None:
        try:
            return self.cents()
        except RuleError:
            return None

    def _format(self, cents: int | None) -> str:
        if cents is None or self.unit.isHidden():
            return format_cents(cents)
        return _in_unit(cents, self.unit.currentData())

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
        self.error_label.setVisible(self._inline_errors and bool(message))
        mark_error(self.edit, bool(message))

    def _on_edit_finished(self) -> None:
        try:
            value = self.cents()
        except RuleError as exc:
            self._set_error(str(exc))
            return
        self._set_error("")
        if value is not None:
            self.edit.setText(self._format(value))
        self.centsChanged.emit(value)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Amount in yuan") if self.unit.isHidden() else "")
        self.unit.setItemText(0, self.tr("10k yuan (万元)"))
        self.unit.setItemText(1, self.tr("yuan"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
