"""Texts of the tray icon and the morning notice (kept here, in the reminders' translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def calls_text(due: int, overdue: int) -> str:
    return QCoreApplication.translate("ReminderTray", "{0} calls due today, {1} overdue").format(
        due, overdue)


def open_today_text() -> str:
    return QCoreApplication.translate("ReminderTray", "Open today's calls")


def notice_title() -> str:
    return QCoreApplication.translate("ReminderTray", "DealerDesk")
