"""Display helpers shared by the membership widgets: dates, money, statuses, colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from dealerdesk.domain.money import format_cents

STATUS_COLOURS = {"active": "#2E7D32", "frozen": "#1565C0", "expired": "#C62828",
                  "cancelled": "#757575"}


def fmt_date(value: dt.date | None) -> str:
    """A date in the language's own style: 2027-11-25 in Chinese, 25 Nov 2027 in English."""
    if value is None:
        return ""
    locale = QLocale()
    pattern = "yyyy-MM-dd" if locale.language() == QLocale.Language.Chinese else "d MMM yyyy"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def fmt_time(value: dt.datetime) -> str:
    return f"{fmt_date(value.date())} {value:%H:%M}"


def fmt_money(cents: int, *, signed: bool = False) -> str:
    text = format_cents(cents)
    return "+" + text if signed and cents > 0 else text


def fmt_signed(value: int) -> str:
    return f"+{value:,}" if value > 0 else (f"{value:,}" if value else "")


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#333333"))


def chip_style(colour: str) -> str:
    """Style sheet of a small coloured label (level or status)."""
    return (f"QLabel {{ background: {colour}; color: white; border-radius: 4px; "
            "padding: 2px 8px; font-weight: 600; }")
