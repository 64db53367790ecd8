"""When another PC saved the same customer meanwhile: both values of each field side by
side, and the choice of which to keep (nothing is saved until the user chooses)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import Conflict
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui.theme import COLORS, SPACE
from dealerdesk.ui.widgets import format_cents, format_date

MINE, THEIRS = "mine", "theirs"


LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Name"),
    "phone": QT_TRANSLATE_NOOP("ConflictDialog", "Mobile"),
    "phone2": QT_TRANSLATE_NOOP("ConflictDialog", "Second phone"),
    "wechat": QT_TRANSLATE_NOOP("ConflictDialog", "WeChat"),
    "gender": QT_TRANSLATE_NOOP("ConflictDialog", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("ConflictDialog", "Birthday"),
    "lunar_birthday": QT_TRANSLATE_NOOP("ConflictDialog", "Lunar birthday"),
    "lunar_month": QT_TRANSLATE_NOOP("ConflictDialog", "Lunar month"),
    "lunar_day": QT_TRANSLATE_NOOP("ConflictDialog", "Lunar day"),
    "address": QT_TRANSLATE_NOOP("ConflictDialog", "Address"),
    "source": QT_TRANSLATE_NOOP("ConflictDialog", "Source"),
    "source_detail": QT_TRANSLATE_NOOP("ConflictDialog", "Platform"),
    "referrer_id": QT_TRANSLATE_NOOP("ConflictDialog", "Referred by"),
    "level": QT_TRANSLATE_NOOP("ConflictDialog", "Level"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "owner_id": QT_TRANSLATE_NOOP("ConflictDialog", "Salesperson"),
    "intent_model": QT_TRANSLATE_NOOP("ConflictDialog", "Wanted model"),
    "intent_body_type": QT_TRANSLATE_NOOP("ConflictDialog", "Body type"),
    "budget_min_cents": QT_TRANSLATE_NOOP("ConflictDialog", "Budget from"),
    "budget_max_cents": QT_TRANSLATE_NOOP("ConflictDialog", "Budget up to"),
    "payment": QT_TRANSLATE_NOOP("ConflictDialog", "Payment"),
    "trade_in": QT_TRANSLATE_NOOP("ConflictDialog", "Trade-in"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Tags"),
    "notes": QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    "marketing_consent": QT_TRANSLATE_NOOP("ConflictDialog", "Agreed to marketing"),
}


def field_label(field: str) -> str:
    """The form's name of a customer field."""
    return QCoreApplication.translate("ConflictDialog", LABELS[field]) if field in LABELS \
        else field


def shown_value(field: str, value: object, staff_names: dict[int, str] | None = None) -> str:
    """A value as the form shows it ("—" for nothing)."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictDialog", "Yes") if value
                else QCoreApplication.translate("ConflictDialog", "No"))
    if isinstance(value, dt.date):
        return format_date(value)
    if field.endswith("_cents") and isinstance(value, int):
        return format_cents(value)
    if field == "owner_id" and staff_names is not None:
        return staff_names.get(value, str(value))  # type: ignore[call-overload]
    if field == "status":
        return choices.label(choices.STATUSES, str(value))
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class ConflictDialog(QDialog):
    """Each field both PCs changed: what you typed, what the other PC saved."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None, *,
                 staff_names: dict[int, str] | None = None):
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Changed on another PC"))
        intro = QLabel(self.tr("Someone saved this customer on another PC after you opened it. "
                           "These fields now differ. Which values should be kept?"), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACE["l"])
        for col, text in enumerate(("", self.tr("Yours"), self.tr("Saved on the other PC"))):
            head = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(head, 0, col)
        for row, c in enumerate(conflicts, start=1):
            grid.addWidget(QLabel(field_label(c.field), self), row, 0)
            for col, value in ((1, c.mine), (2, c.theirs)):
                cell = QLabel(shown_value(c.field, value, staff_names), self)
                cell.setWordWrap(True)
                cell.setStyleSheet(f"color: {COLORS['text']};")
                grid.addWidget(cell, row, col)
        buttons = QDialogButtonBox(self)
        self.mine_button = buttons.addButton(self.tr("Keep mine"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = buttons.addButton(self.tr("Take theirs"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.mine_button.clicked.connect(lambda: self._choose(MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def choose_side(parent: QWidget | None, conflicts: list[Conflict],
                staff_names: dict[int, str] | None = None) -> str | None:
    """Ask which values to keep: MINE, THEIRS, or None (cancel: keep editing)."""
    dialog = ConflictDialog(conflicts, parent, staff_names=staff_names)
    dialog.exec()
    return dialog.choice
