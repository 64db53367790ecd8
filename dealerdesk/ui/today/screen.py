"""The Today screen, the first thing the program shows: who to call today, and why."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.services import reminders
from dealerdesk.ui import icons
from dealerdesk.ui.reminders.actions import ReminderActionBar
from dealerdesk.ui.reminders.loader import Loader
from dealerdesk.ui.reminders.model import ReminderTableModel, SortRole, call_order
from dealerdesk.ui.reports.summary import MonthFigures
from dealerdesk.ui.theme import set_screen_margins

WATCHED = ("reminders", "customers", "vehicles", "followups", "cards", "settings")


class TodayScreen(QWidget):
    """Today's and overdue reminders for the operator (or the whole shop), and the month.

    The month's funnel comes from the reports service: `set_funnel_widget()` puts it in
    the panel on the right. `set_print_action()` adds "Print today's call list".
    """

    def __init__(self, ctx, parent=None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loader = Loader(self, background=background)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(lambda exc: self.summary.setText(str(exc)))
        self._build()
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.operator_changed.connect(lambda _member: self._on_operator_changed())
        ctx.signals.language_changed.connect(lambda _lang: self.retranslate())
        self.refresh()

    def retranslate(self) -> None:
        """Show every text in the language just chosen."""
        self.scope.setItemText(0, self.tr("My calls"))
        self.scope.setItemText(1, self.tr("Whole shop"))
        self.print_button.setText(self.tr("Print today's call list"))
        self.all_button.setText(self.tr("All reminders…"))
        self.month_panel.setTitle(self.tr("This month"))
        self.actions.retranslate()
        self.month_figures.refresh()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My calls"), "mine")
        self.scope.addItem(self.tr("Whole shop"), "shop")
        self.scope.setCurrentIndex(0 if self.ctx.operator_id else 1)
        self.scope.currentIndexChanged.connect(lambda _i: self._on_scope_changed())
        self.top = QHBoxLayout()
        self.top.addWidget(self.title)
        self.top.addStretch(1)
        self.top.addWidget(self.scope)
        self.print_button = QPushButton(icons.icon("mdi6.printer"),
                                        self.tr("Print today's call list"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.top.addWidget(self.print_button)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 14px;")
        self.model = ReminderTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        # No column sorted until the user clicks one: the list comes in call order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selected())
        self.table.doubleClicked.connect(lambda _i: self.actions.open_customer())
        self.table.setColumnHidden(5, self.scope.currentData() == "mine")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.actions = ReminderActionBar(self.ctx, self, with_stop=False)
        self.actions.answered.connect(lambda r: self.model.drop({r.key}))
        self.all_button = QPushButton(self.tr("All reminders…"))
        self.all_button.clicked.connect(lambda: self.ctx.signals.navigate.emit("reminders"))
        calls = QVBoxLayout()
        calls.addWidget(self.summary)
        calls.addWidget(self.table, 1)
        calls.addWidget(self.empty, 1)
        calls.addWidget(self.actions)
        self.month_panel = QGroupBox(self.tr("This month"))
        # A fixed width: the call list, not the figures, takes what the window gives.
        self.month_panel.setFixedWidth(300)
        self.month_layout = QVBoxLayout(self.month_panel)
        self.month_figures = MonthFigures(self.ctx, self.month_panel, columns=2)
        self.month_layout.addWidget(self.month_figures)
        self.month_layout.addStretch(1)
        self.month_layout.addWidget(self.all_button)
        body = QHBoxLayout()
        body.addLayout(calls, 1)
        body.addWidget(self.month_panel)
        content = QWidget()
        inner = QVBoxLayout(content)
        set_screen_margins(inner)
        inner.addLayout(self.top)
        inner.addLayout(body, 1)
        # In a small window (or at 200 % scaling) the screen scrolls rather than forcing
        # the whole window wider than the monitor.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _on_print_clicked(self) -> None:
        """Today's calls as the printed list, for the salesperson shown (or the whole shop)."""
        from dealerdesk.ui.printing.actions import print_call_list

        today = self.ctx.today()
        print_call_list(self.ctx, self, date_from=today, date_to=today, staff_id=self.owner_id)

    # --- data ------------------------------------------------------------------------------

    @property
    def owner_id(self):
        return self.ctx.operator_id if self.scope.currentData() == "mine" else None

    def refresh(self) -> None:
        today, owner = self.ctx.today(), self.owner_id
        # The top bar already says "Today": the screen names the day itself.
        self.title.setText(self._long_date(today))
        self.summary.setText(self.tr("Loading…"))
        self.loader.load(lambda: reminders.todays_calls(today=today, owner_id=owner))

    def _long_date(self, d) -> str:
        from PySide6.QtCore import QDate, QLocale

        return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)

    def _on_scope_changed(self) -> None:
        # In "My calls" every row is the operator's own: no salesperson column needed.
        self.table.setColumnHidden(5, self.scope.currentData() == "mine")
        self.refresh()

    def _on_operator_changed(self) -> None:
        self.scope.setCurrentIndex(0 if self.ctx.operator_id else 1)
        self.refresh()

    def _on_changed(self, changes) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    def _on_loaded(self, calls: list) -> None:
        self.model.set_rows(sorted(calls, key=call_order))
        overdue = sum(r.overdue for r in calls)
        self.summary.setText(self.tr("{0} calls today, {1} overdue").format(
            len(calls) - overdue, overdue))
        self.empty.setText(self.tr("No calls due today. New reminders appear here as birthdays, "
                                   "renewals and follow-ups come due."))
        self.empty.setVisible(not calls)
        self.table.setVisible(bool(calls))
        self._on_selected()

    def _on_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.proxy.mapToSource(index).row() if index.isValid() else -1
        self.actions.set_reminder(self.model.reminder(row))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))
