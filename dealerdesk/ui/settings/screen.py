"""SettingsScreen: a list of pages on the left, the chosen page on the right.

A feature adds its own page by listing it in EXTRA_PAGES (one line, like the command
modules of the CLI); the class takes (ctx, parent=None) and is created with the screen.
Code may also add a page at run time::

    screen.add_page(self.tr("Import/Export"), page_widget, icon="mdi6.file-excel")

A page is a QWidget; when it has a `page_title()` method the list asks it for the title
again after a language switch, otherwise `title` is kept as given. Deriving from
dealerdesk.ui.settings.page.SettingsPage gives the common title, help line and width.
"""

from __future__ import annotations

import importlib
from typing import cast

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.ui import icons
from dealerdesk.ui.settings.backups_page import BackupsPage
from dealerdesk.ui.settings.language_page import LanguagePage
from dealerdesk.ui.settings.levels_page import LevelsPage
from dealerdesk.ui.settings.page import SettingsPage
from dealerdesk.ui.settings.shop_page import ShopPage
from dealerdesk.ui.settings.staff_page import StaffPage
from dealerdesk.ui.theme import COLORS, SPACE, set_screen_margins

# ("module:Class", icon) of pages other features contribute, shown after the built-in ones,
# e.g. ("dealerdesk.ui.excel.settings_page:ImportExportPage", "mdi6.file-excel").
EXTRA_PAGES: list[tuple[str, str]] = [
    ("dealerdesk.ui.excel.page:ImportExportPage", "mdi6.microsoft-excel"),
    ("dealerdesk.ui.reminders.settings_page:ReminderSettingsPage", "mdi6.bell-cog"),
    ("dealerdesk.ui.members.settings_page:MembershipSettingsPage", "mdi6.card-account-details"),
    ("dealerdesk.ui.printing.settings_page:PrintingSettingsPage", "mdi6.printer"),
    ("dealerdesk.ui.visits.settings_page:ValueSettingsPage", "mdi6.chart-bar"),
    ("dealerdesk.ui.staff.audit_view:AuditPage", "mdi6.history"),
    ("dealerdesk.ui.settings.storage_page:StoragePage", "mdi6.database"),
]


class SettingsScreen(QWidget):
    """The shop's settings, one page at a time."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages: list[tuple[str, QWidget]] = []
        self._headings: dict[QWidget, QLabel] = {}
        # Pages that set their texts once: made anew after a language switch.
        self._rebuilt_on_language: dict[QWidget, type] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("SettingsList")
        self.list.setIconSize(QSize(20, 20))
        self.list.setFixedWidth(200)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        set_screen_margins(layout)
        layout.setSpacing(SPACE["l"])
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.shop = self.add_page("", ShopPage(ctx), icon="mdi6.store")
        self.staff = self.add_page("", StaffPage(ctx), icon="mdi6.account-tie")
        self.levels = self.add_page("", LevelsPage(ctx), icon="mdi6.star-circle")
        self.language = self.add_page("", LanguagePage(ctx), icon="mdi6.translate")
        self.backups = self.add_page("", BackupsPage(ctx), icon="mdi6.backup-restore")
        for target, icon in EXTRA_PAGES:
            module_name, class_name = target.split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = self.add_page("", page_class(ctx), icon=icon)
            if not hasattr(page, "retranslate"):
                self._rebuilt_on_language[page] = page_class
        self.list.setCurrentRow(0)

    def add_page(self, title: str, widget: QWidget, *, icon: str = "mdi6.cog") -> QWidget:
        """Add a page (scrolled when taller than the screen); return the page widget."""
        icon_image = icons.icon(icon, color=COLORS["muted"], color_selected=COLORS["accent"])
        item = QListWidgetItem(icon_image, self._title_of(title, widget))
        item.setSizeHint(QSize(0, 38))
        self.list.addItem(item)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._framed(widget))
        self.stack.addWidget(scroll)
        self.pages.append((title, widget))
        return widget

    def _framed(self, widget: QWidget) -> QWidget:
        """A page that names itself but has no heading gets the one every built-in page has."""
        if isinstance(widget, SettingsPage) or not hasattr(widget, "page_title"):
            return widget
        frame = QWidget(self)
        heading = QLabel(widget.page_title(), frame)
        heading.setObjectName("ScreenTitle")
        self._headings[widget] = heading
        column = QVBoxLayout(frame)
        column.setContentsMargins(SPACE["s"], 0, SPACE["s"], SPACE["s"])
        column.setSpacing(SPACE["m"])
        column.addWidget(heading)
        column.addWidget(widget, 1)
        return frame

    def show_page(self, widget: QWidget) -> None:
        """Bring the page `widget` to the front."""
        for row, (_title, page) in enumerate(self.pages):
            if page is widget:
                self.list.setCurrentRow(row)

    @staticmethod
    def _title_of(title: str, widget: QWidget) -> str:
        return widget.page_title() if hasattr(widget, "page_title") else title

    def retranslate(self) -> None:
        self._rebuild_pages()
        for row, (title, widget) in enumerate(self.pages):
            self.list.item(row).setText(self._title_of(title, widget))
            if widget in self._headings:
                self._headings[widget].setText(self._title_of(title, widget))

    def _rebuild_pages(self) -> None:
        """Replace each page that cannot retranslate itself by a new one in the new language
        (such pages hold settings already saved, or lists read from the database)."""
        for row, (title, widget) in enumerate(self.pages):
            page_class = self._rebuilt_on_language.pop(widget, None)
            if page_class is None:
                continue
            fresh = page_class(self.ctx)
            self._headings.pop(widget, None)
            cast(QScrollArea, self.stack.widget(row)).setWidget(self._framed(fresh))
            self.pages[row] = (title, fresh)
            self._rebuilt_on_language[fresh] = page_class

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
