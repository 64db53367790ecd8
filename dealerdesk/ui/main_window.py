"""The main window: left navigation, global search, operator, lazily created screens."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.records import Changes
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.store import open_path, set_operator
from dealerdesk.ui import icons
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.day_watch import DayWatch
from dealerdesk.ui.live_updates import LiveUpdates
from dealerdesk.ui.operator_dialog import ask_operator, remember_operator
from dealerdesk.ui.pc_settings import pc_settings
from dealerdesk.ui.search_box import SearchBox
from dealerdesk.ui.staff import access_view, session_menu
from dealerdesk.ui.staff.session_menu import SessionButton
from dealerdesk.ui.theme import COLORS, SPACE
from dealerdesk.ui.widgets.window_size import fitting_size, place_on_screen

CTX = "MainWindow"

# key, icon, label, "module:Class" of the screen, imported when first shown so that
# start-up loads only Today. Each screen class takes (ctx, parent=None).
SCREENS: list[tuple[str, str, str, str]] = [
    ("today", "mdi6.calendar-today", QT_TRANSLATE_NOOP("MainWindow", "Today"),
     "dealerdesk.ui.today.screen:TodayScreen"),
    ("customers", "mdi6.account-group", QT_TRANSLATE_NOOP("MainWindow", "Customers"),
     "dealerdesk.ui.customers.screen:CustomersScreen"),
    ("followups", "mdi6.phone-log", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"),
     "dealerdesk.ui.followups.screen:FollowUpsScreen"),
    ("members", "mdi6.card-account-details-star", QT_TRANSLATE_NOOP("MainWindow", "Members"),
     "dealerdesk.ui.members.screen:MembersScreen"),
    ("reminders", "mdi6.bell-ring", QT_TRANSLATE_NOOP("MainWindow", "Reminders"),
     "dealerdesk.ui.reminders.screen:RemindersScreen"),
    ("reports", "mdi6.chart-bar", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
     "dealerdesk.ui.reports.screen:ReportsScreen"),
    ("settings", "mdi6.cog", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
     "dealerdesk.ui.settings.screen:SettingsScreen"),
]
KEYS = [key for key, *_ in SCREENS]
GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = QSize(1280, 800)


def _factory(target: str) -> Callable[[UiContext], QWidget]:
    module_name, class_name = target.split(":")
    return lambda ctx: getattr(importlib.import_module(module_name), class_name)(ctx)


class MainWindow(QMainWindow):
    """Navigation on the left, search and operator on top, the current screen in the middle."""

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.screens: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}
        self._build()
        self._connect()
        self.retranslate()
        self._restore_geometry()
        self.navigate("today")

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(1)
        for key, icon, _label, _target in SCREENS:
            item = QListWidgetItem(icons.icon(icon, color=COLORS["muted"],
                                            color_active="white", color_selected="white"), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 44))
            self.nav.addItem(item)
        self.app_title = QLabel()
        self.app_title.setObjectName("AppTitle")
        nav_bar = QWidget()
        nav_bar.setObjectName("NavBar")
        nav_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        nav_layout = QVBoxLayout(nav_bar)
        nav_layout.setContentsMargins(0, SPACE["s"], 0, SPACE["s"])
        nav_layout.addWidget(self.app_title)
        nav_layout.addWidget(self.nav, 1)
        nav_bar.setFixedWidth(180)

        self.stack = QStackedWidget()
        for key in KEYS:
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[key] = slot
            self.stack.addWidget(slot)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self._build_top_bar())
        # Shown while the shop's server cannot be reached (see LiveUpdates).
        self.server_banner = QLabel()
        self.server_banner.setObjectName("ServerBanner")
        self.server_banner.setWordWrap(True)
        self.server_banner.hide()
        right_layout.addWidget(self.server_banner)
        right_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(nav_bar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.setWindowIcon(icons.icon("mdi6.car-info", color=COLORS["accent"]))
        self.db_label = QLabel()  # the shop's name; the file's path in its tooltip
        self.db_label.setObjectName("Muted")
        self.statusBar().addPermanentWidget(self.db_label)

    def _build_top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("TopBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.screen_title = QLabel()
        self.screen_title.setObjectName("ScreenTitle")
        self.search = SearchBox(bar)
        self.operator_icon = QLabel()
        self.operator_icon.setPixmap(icons.icon("mdi6.account-tie", color=COLORS["muted"])
                                     .pixmap(QSize(20, 20)))
        self.operator_label = QLabel()
        self.switch_button = QPushButton(icons.icon("mdi6.account-switch"), "")
        # Staff: "My PIN" and "Lock now", and the idle lock (dealerdesk/ui/staff/).
        self.session_button = SessionButton(self)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(SPACE["l"], SPACE["s"], SPACE["l"], SPACE["s"])
        layout.setSpacing(SPACE["m"])
        layout.addWidget(self.screen_title)
        layout.addStretch(1)
        layout.addWidget(self.search, 2)
        layout.addSpacing(SPACE["l"])
        layout.addWidget(self.operator_icon)
        layout.addWidget(self.operator_label)
        layout.addWidget(self.switch_button)
        layout.addSpacing(-SPACE["s"])  # the session button sits close to "Switch"
        layout.addWidget(self.session_button)
        return bar

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.nav.itemClicked.connect(self._on_nav_item_clicked)
        self.search.customerChosen.connect(self.ctx.signals.open_customer)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.ctx.signals.open_customer.connect(self.open_customer)
        self.ctx.signals.navigate.connect(self.navigate)
        self.ctx.signals.open_list.connect(self.open_list)
        self.ctx.signals.operator_changed.connect(lambda _m: self._show_operator())
        self.ctx.signals.changed.connect(
            lambda changes: changes.touches("settings") and self._show_shop())
        QShortcut(QKeySequence("Ctrl+F"), self, self._on_find_shortcut)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)
        self.day_watch = DayWatch(self.ctx, self)
        self.live = None
        if self.ctx.server:  # other PCs' saves appear here; a lost server shows a banner
            self.live = LiveUpdates(self.ctx, self)
            self.live.reachable_changed.connect(self._on_server_reachable_changed)

    # --- navigation -------------------------------------------------------------------
    def get_screen(self, key: str) -> QWidget:
        """The screen called `key`, created on first use."""
        if key not in self.screens:
            target = dict((k, t) for k, _i, _l, t in SCREENS)[key]
            widget = _factory(target)(self.ctx)
            self._slots[key].layout().addWidget(widget)
            self.screens[key] = widget
        return self.screens[key]

    def current_key(self) -> str:
        return KEYS[max(self.stack.currentIndex(), 0)]

    def navigate(self, key: str) -> None:
        """Show the screen `key` ("today", "customers" ...)."""
        if key not in KEYS:
            return
        row = KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # comes back through _on_nav_row_changed
            return
        self.get_screen(key)
        self.stack.setCurrentIndex(row)
        self._show_title()

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(KEYS):
            self.navigate(KEYS[row])

    def _on_nav_item_clicked(self, item) -> None:
        """A click on a navigation item shows that screen's start (the customer list, not
        the customer left open there), and an old search no longer shows."""
        key = item.data(Qt.ItemDataRole.UserRole)
        self.search.clear()
        self.search.hide_popup()
        home = getattr(self.screens.get(key), "home", None)
        if home is not None:
            home()

    def open_customer(self, customer_id: int) -> None:
        self.navigate("customers")
        self.get_screen("customers").show_customer(customer_id)

    def open_list(self, title: str, ids) -> None:
        """The Customers table narrowed to a list made elsewhere (Reports)."""
        self.navigate("customers")
        self.get_screen("customers").show_id_list(title, tuple(ids))

    def new_customer(self) -> None:
        self.navigate("customers")
        self.get_screen("customers").new_customer()

    def _on_find_shortcut(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- operator ---------------------------------------------------------------------
    def _on_switch_clicked(self) -> None:
        member = ask_operator(self, current=self.ctx.operator)
        if member is not None and member != self.ctx.operator:
            self.set_operator(member)

    def set_operator(self, member) -> None:
        """`member` signed in (services.signin made them the person the services act for)."""
        self.ctx.operator = member
        set_operator(member.name, staff_id=member.id)
        remember_operator(member)
        self.ctx.signals.operator_changed.emit(member)
        self.ctx.broadcast(Changes.everything())  # what is masked or allowed changed

    def _show_operator(self) -> None:
        self.operator_label.setText(session_menu.operator_text(self.ctx.operator))
        access_view.apply_window(self)

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(f"{self._app_title()} - {self.ctx.db_path.name}")
        self.app_title.setText(self._app_title())
        for row, (_key, _icon, label, _target) in enumerate(SCREENS):
            self.nav.item(row).setText(QCoreApplication.translate(CTX, label))
        self.switch_button.setText(self.tr("Switch"))
        self.switch_button.setToolTip(self.tr("Another person is working at this PC"))
        self.server_banner.setText(self.tr(
            "The shop's server cannot be reached: nothing can be saved until it is back. "
            "Trying again every few seconds..."))
        self._show_shop()
        self.session_button.retranslate()
        self._show_title()
        self._show_operator()

    def _on_server_reachable_changed(self, reachable: bool) -> None:
        self.server_banner.setVisible(not reachable)

    def _show_shop(self) -> None:
        from dealerdesk.services.settings import shop_info

        self.db_label.setText(shop_info().name or self.ctx.db_path.name)
        self.db_label.setToolTip(self.tr("Database file: {path}").format(path=self.ctx.db_path))

    def _app_title(self) -> str:
        return self.tr("DealerDesk")

    def _show_title(self) -> None:
        row = max(self.stack.currentIndex(), 0)
        self.screen_title.setText(QCoreApplication.translate(CTX, SCREENS[row][2]))

    def changeEvent(self, event):
        # A window whose database was closed (the program is ending) reads nothing more.
        if event.type() == QEvent.Type.LanguageChange and open_path() is not None:
            self.retranslate()
        super().changeEvent(event)

    # --- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = pc_settings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        # A size saved on a larger monitor still fits this one.
        self.resize(fitting_size(self, self.size()))
        place_on_screen(self)

    def may_close(self) -> bool:
        """True when no screen holds unsaved typing (or the user agreed to lose it)."""
        return all(getattr(screen, "may_leave", lambda: True)()
                   for screen in self.screens.values())

    def closeEvent(self, event):
        # The user closing the window is asked about unsaved typing; closing from code is not.
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        pc_settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.live is not None:
            self.live.stop()
        super().closeEvent(event)

