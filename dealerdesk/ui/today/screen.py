"""The Today screen, the first thing the program shows: who to call today, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.reminders import CALL_GROUPS, group_title
from dealerdesk.services import reminders
from dealerdesk.ui import icons
from dealerdesk.ui.reminders.actions import ReminderActionBar
from dealerdesk.ui.reminders.loader import Loader
from dealerdesk.ui.reports.summary import MonthFigures
from dealerdesk.ui.theme import set_screen_margins
from dealerdesk.ui.today.calls import CallsTable, GroupedCallsModel

WATCHED = ("reminders", "customers", "vehicles", "followups", "cards", "settings")


class TodayScreen(QWidget):
    """Today's calls for the operator (or the whole shop), most urgent first, and the month.

    The calls come in groups (overdue, today, coming up, not contacted for too long), each
    with its count. A dealer works through them with the keyboard: the first call is
    selected, the arrow keys move, Enter opens the customer, D marks done, S snoozes a day,
    C copies the message; an answered call leaves the list and the next one is selected.
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
        self.visit_button.setText(self.tr("Record a service visit…"))
        self.visit_button.setToolTip(self.tr("A service visit of the selected customer (V)"))
        self.all_button.setText(self.tr("All reminders…"))
        self.keys_hint.setText(self._keys_text())
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
        self.model = GroupedCallsModel(self.ctx.today, self)
        self.table = CallsTable(self.model)
        self.table.setColumnHidden(5, self.scope.currentData() == "mine")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selected())
        self.table.doubleClicked.connect(lambda _i: self.actions.open_customer())
        key = Qt.Key
        for code, slot in ((key.Key_Return, lambda: self.actions.open_customer()),
                           (key.Key_Enter, lambda: self.actions.open_customer()),
                           (key.Key_D, lambda: self.actions.mark_done()),
                           (key.Key_S, lambda: self.actions.snooze_days(1)),
                           (key.Key_C, lambda: self.actions.copy_message())):
            self.table.on_key(code, slot)
        self.keys_hint = QLabel(self._keys_text())
        self.keys_hint.setObjectName("Muted")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.actions = ReminderActionBar(self.ctx, self, with_stop=False)
        self.actions.answered.connect(self._on_answered)
        self.visit_button = QPushButton(icons.icon("mdi6.wrench-outline"),
                                        self.tr("Record a service visit…"))
        self.visit_button.clicked.connect(self.record_visit)
        self.table.on_key(Qt.Key.Key_V, self.record_visit)
        # On the top bar: the row of call buttons has no room left at 1280 pixels.
        self.top.insertWidget(self.top.indexOf(self.print_button), self.visit_button)
        self.all_button = QPushButton(self.tr("All reminders…"))
        self.all_button.clicked.connect(lambda: self.ctx.signals.navigate.emit("reminders"))
        calls = QVBoxLayout()
        calls.addWidget(self.summary)
        calls.addWidget(self.table, 1)
        calls.addWidget(self.empty, 1)
        calls.addWidget(self.actions)
        calls.addWidget(self.keys_hint)
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

    def showEvent(self, event) -> None:
        # Coming to Today, the keys work on the list at once.
        super().showEvent(event)
        if self.model.rows():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keys_text(self) -> str:
        return self.tr("Keys: ↑↓ next call · Enter open · D done · S snooze a day · "
                       "C copy message · V service visit")

    def record_visit(self) -> None:
        """Record a service visit of the customer whose call is selected."""
        from dealerdesk.ui.visits.dialog import record_visit_for

        reminder = self.actions.current
        if reminder is not None:
            record_visit_for(self.ctx, reminder.customer_id, self)

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
        position = max(self.model.position(self.table.currentIndex().row()), 0) \
            if self.table.currentIndex().isValid() else 0
        self.model.set_rows(calls)
        counts = self.model.counts()
        self.summary.setText(" · ".join(
            self.tr("{group} {count}").format(group=group_title(code), count=counts[code])
            for code in CALL_GROUPS))
        self.empty.setText(self.tr("No calls due today. New reminders appear here as birthdays, "
                                   "renewals and follow-ups come due."))
        self.empty.setVisible(not calls)
        self.table.setVisible(bool(calls))
        self.keys_hint.setVisible(bool(calls))
        self.select_row(min(position, len(calls) - 1))

    def _on_answered(self, reminder) -> None:
        """Take the answered call off the list and go on with the next one."""
        position = self.model.position(self.table.currentIndex().row())
        self.model.drop({reminder.key})
        self.select_row(min(position, len(self.model.rows()) - 1))

    def _on_selected(self) -> None:
        reminder = self.model.reminder(self.table.currentIndex().row())
        self.actions.set_reminder(reminder)
        self.visit_button.setEnabled(reminder is not None)

    def select_row(self, position: int) -> None:
        """Select the `position`-th call (title rows not counted) and give the list focus."""
        row = self.model.table_row(position)
        if row < 0:
            self.table.clearSelection()
            self._on_selected()
            return
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._on_selected()
