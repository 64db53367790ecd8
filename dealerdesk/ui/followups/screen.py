"""The Follow-ups screen: due today, overdue, upcoming and done, per salesperson."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.services import followups
from dealerdesk.services.followups import DueItem
from dealerdesk.services.staff import list_staff
from dealerdesk.ui import icons
from dealerdesk.ui.followups.common import (
    COLORS,
    CodeRole,
    Column,
    PlainTableModel,
    fmt_date,
    fmt_datetime,
)
from dealerdesk.ui.followups.log_dialog import log_follow_up_for
from dealerdesk.ui.theme import set_screen_margins
from dealerdesk.ui.widgets.chip_delegate import ChipDelegate

BUCKETS = followups.BUCKETS
PERIODS = (7, 30, 90, 0)  # days; 0: no limit


class FollowUpsScreen(QWidget):
    """Who to call: follow-ups and after-sale revisits due, overdue, upcoming; what was done."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff = QComboBox()
        self.period = QComboBox()
        self.tabs = QTabBar()
        self.table = QTableView()
        self.model = PlainTableModel(self.due_columns(), id_of=lambda i: i.customer_id, parent=self)
        self.log_button = QPushButton(self.tr("Log follow-up"))
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.open_button = QPushButton(self.tr("Open customer"))
        self.print_button = QPushButton(icons.icon("mdi6.printer"), self.tr("Print call list…"))
        self.empty = QLabel()
        self._build()
        self._fill_filters()
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.operator_changed.connect(lambda _m: self._fill_filters())
        ctx.signals.language_changed.connect(lambda _lang: (self.retranslate(), self.refresh()))
        self.refresh()

    def _build(self) -> None:
        for _ in BUCKETS:
            self.tabs.addTab("")
        self.tabs.setExpanding(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(3, ChipDelegate(self.table, code_role=CodeRole))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.doubleClicked.connect(lambda _i: self._on_done_clicked())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {COLORS['muted']}; padding: 32px;")
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(lambda: log_follow_up_for(self.ctx, None, self))
        self.done_button.clicked.connect(self._on_done_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.staff.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        self.staff_label, self.period_label = QLabel(), QLabel()
        for widget in (self.staff_label, self.staff, self.period_label, self.period):
            top.addWidget(widget)
        top.addStretch(1)
        for button in (self.print_button, self.open_button, self.done_button, self.log_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        set_screen_margins(layout)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def _on_print_clicked(self) -> None:
        """The printed call list for the salesperson and period chosen here."""
        from dealerdesk.ui.printing.actions import print_call_list

        today = self.ctx.today()
        days = self.period.currentData() or 90  # "any time" prints the next 90 days
        print_call_list(self.ctx, self, date_from=today,
                        date_to=today + dt.timedelta(days=days), staff_id=self.staff.currentData())

    def retranslate(self) -> None:
        """Show every text in the language just chosen."""
        self.log_button.setText(self.tr("Log follow-up"))
        self.done_button.setText(self.tr("Mark done…"))
        self.open_button.setText(self.tr("Open customer"))
        self.print_button.setText(self.tr("Print call list…"))
        self.staff.setItemText(0, self.tr("Everyone"))
        self.staff_label.setText(self.tr("Salesperson"))
        self.period_label.setText(self.tr("Within"))
        self.model.set_headers([c.header for c in self.due_columns()])
        self._fill_periods()

    def _fill_periods(self) -> None:
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        names = {7: self.tr("7 days"), 30: self.tr("30 days"), 90: self.tr("90 days"),
                 0: self.tr("Any time")}
        for days in PERIODS:
            self.period.addItem(names[days], days)
        self.period.setCurrentIndex(max(0, self.period.findData(current if current is not None
                                                                 else 7)))
        self.period.blockSignals(False)

    def _fill_filters(self) -> None:
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Everyone"), None)
        for member in list_staff():
            self.staff.addItem(member.name, member.id)
        index = self.staff.findData(self.ctx.operator_id)
        self.staff.setCurrentIndex(index if index >= 0 else 0)
        self.staff.blockSignals(False)
        self.refresh()

    def due_columns(self) -> list[Column]:
        """The columns of the due list (headers translated by `widget`)."""

        def overdue(item: DueItem) -> str | None:
            return COLORS["error"] if item.overdue_days > 0 else None

        def due_text(item: DueItem) -> str:
            if item.kind == "done":
                return fmt_date(item.due_on)
            if item.overdue_days:
                return self.tr("{day} ({n} days late)").format(
                    day=fmt_date(item.due_on), n=item.overdue_days)
            return fmt_date(item.due_on)

        def what(item: DueItem) -> str:
            if item.kind == "done":
                return f"{choices.label(choices.OUTCOMES, item.outcome)}: {item.what}"
            if item.kind == "revisit":
                return item.what
            return item.what or self.tr("Follow up")

        return [
            Column(self.tr("Due"), due_text, sort=lambda i: i.due_on.toordinal() if i.due_on else 0,
                   color=overdue),
            Column(self.tr("Customer"), lambda i: i.customer_name),
            Column(self.tr("Phone"), lambda i: i.phone),
            Column(self.tr("Status"), lambda i: choices.label(choices.STATUSES, i.status),
                   code=lambda i: i.status),
            Column(self.tr("To do / done"), what),
            Column(self.tr("Last contact"), lambda i: fmt_datetime(i.last_contact),
                   sort=lambda i: i.last_contact.isoformat() if i.last_contact else ""),
            Column(self.tr("Salesperson"), lambda i: i.owner_name),
        ]

    # ---- data -------------------------------------------------------------------------------

    def bucket(self) -> str:
        return BUCKETS[max(0, self.tabs.currentIndex())]

    def refresh(self) -> None:
        staff_id, days = self.staff.currentData(), self.period.currentData()
        today = self.ctx.today()
        counts = followups.due_counts(today=today, staff_id=staff_id, days=days or None)
        titles = {"today": self.tr("Due today ({n})"), "overdue": self.tr("Overdue ({n})"),
                  "upcoming": self.tr("Upcoming ({n})"), "done": self.tr("Done ({n})")}
        for i, bucket in enumerate(BUCKETS):
            self.tabs.setTabText(i, titles[bucket].format(n=counts[bucket]))
        self.tabs.setTabTextColor(1, COLORS["error"] if counts["overdue"] else COLORS["muted"])
        bucket = self.bucket()
        if bucket == "done":
            items = followups.due_items(bucket="done", today=today, staff_id=staff_id,
                                        days=days or 3650)
        else:
            items = followups.due_items(bucket=bucket, today=today, staff_id=staff_id,
                                        days=days or None)
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(3, ChipDelegate(self.table, code_role=CodeRole))
        self.empty.setText(self._empty_text(bucket) if not items else "")
        self.empty.setVisible(not items)
        self.done_button.setEnabled(bucket != "done")

    def _empty_text(self, bucket: str) -> str:
        return {
            "today": self.tr("Nothing due today. Log a follow-up with a next date and it "
                             "will show up here on that day."),
            "overdue": self.tr("Nothing overdue: well done."),
            "upcoming": self.tr("Nothing planned in this period."),
            "done": self.tr("No follow-ups logged in this period yet."),
        }[bucket]

    def _on_changed(self, changes) -> None:
        if changes.touches("followups", "customers", "revisits", "staff"):
            if changes.touches("staff"):
                self._fill_filters()
            else:
                self.refresh()

    # ---- actions ----------------------------------------------------------------------------

    def current_item(self) -> DueItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def mark_done(self, item: DueItem) -> int | None:
        """Open the log dialog prefilled for `item`; saving it takes the item off the list."""
        if item.kind == "revisit":
            return log_follow_up_for(self.ctx, item.customer_id, self,
                                     revisit_id=item.revisit_id, outcome="after_sale")
        return log_follow_up_for(self.ctx, item.customer_id, self)

    def _on_done_clicked(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.kind == "done":
            self.ctx.signals.open_customer.emit(item.customer_id)
            return
        self.mark_done(item)

    def _on_open_clicked(self) -> None:
        item = self.current_item()
        if item is not None:
            self.ctx.signals.open_customer.emit(item.customer_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        item = self.model.row_at(index.row())
        menu = QMenu(self)
        if item.kind != "done":
            done = QAction(self.tr("Mark done…"), menu)
            done.triggered.connect(lambda: self.mark_done(item))
            menu.addAction(done)
        log = QAction(self.tr("Log follow-up"), menu)
        log.triggered.connect(lambda: log_follow_up_for(self.ctx, item.customer_id, self))
        menu.addAction(log)
        open_ = QAction(self.tr("Open customer"), menu)
        open_.triggered.connect(lambda: self.ctx.signals.open_customer.emit(item.customer_id))
        menu.addAction(open_)
        menu.popup(self.table.viewport().mapToGlobal(pos))
