"""Display helpers shared by the membership widgets: dates, money, statuses, colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from dealerdesk.domain.money import format_cents
from dealerdesk.ui.widgets.date_field import format_date as fmt_date  # noqa: F401 - one date rule
from dealerdesk.ui.widgets.date_field import format_datetime

STATUS_COLOURS = {"active": "#2E7D32", "frozen": "#1565C0", "expired": "#C62828",
                  "cancelled": "#757575"}


def fmt_time(value: dt.datetime) -> str:
    return format_datetime(value)


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
