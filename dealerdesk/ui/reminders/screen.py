"""The Reminders screen: every kind with its counts, the list, and what to do about each."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.reminders import KINDS, call_rank
from dealerdesk.services import reminders
from dealerdesk.ui.reminders.actions import ReminderActionBar
from dealerdesk.ui.reminders.loader import Loader
from dealerdesk.ui.reminders.model import ReminderTableModel, SortRole
from dealerdesk.ui.theme import set_screen_margins

WATCHED = ("reminders", "customers", "vehicles", "followups", "cards", "settings")
RANGES = ("today", "week", "month")


class RemindersScreen(QWidget):
    """Reminders grouped by kind, with counts for overdue, today, 7 days and 30 days."""

    def __init__(self, ctx, parent=None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._all: list = []
        self.loader = Loader(self, background=background)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(lambda exc: self.summary.setText(str(exc)))
        self._build()
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.operator_changed.connect(lambda _member: self.refresh())
        ctx.signals.language_changed.connect(lambda _lang: self.retranslate())
        self.refresh()

    def retranslate(self) -> None:
        """Show the action texts and the list in the language just chosen."""
        self.scope.setItemText(0, self.tr("My customers"))
        self.scope.setItemText(1, self.tr("Whole shop"))
        texts = (self.tr("Overdue and today"), self.tr("Next 7 days"), self.tr("Next 30 days"))
        for index, text in enumerate(texts):
            self.range.setItemText(index, text)
        self.actions.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My customers"), "mine")
        self.scope.addItem(self.tr("Whole shop"), "shop")
        self.scope.setCurrentIndex(0 if self.ctx.operator_id else 1)
        self.scope.currentIndexChanged.connect(lambda _i: self._on_scope_changed())
        self.range = QComboBox()
        for code, text in zip(RANGES, (self.tr("Overdue and today"), self.tr("Next 7 days"),
                                       self.tr("Next 30 days")), strict=True):
            self.range.addItem(text, code)
        self.range.setCurrentIndex(2)
        self.range.currentIndexChanged.connect(lambda _i: self._show())
        # The top bar names the screen; the line above the list says how many there are.
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.scope)
        top.addWidget(self.range)
        self.kinds = QListWidget()
        self.kinds.setObjectName("SideList")
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setMinimumWidth(310)
        self.kinds.setSpacing(3)
        self.kinds.currentRowChanged.connect(lambda _row: self._show())
        self.model = ReminderTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # No column sorted until the user clicks one: the list comes in call order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selected())
        self.table.doubleClicked.connect(lambda _i: self.actions.open_customer())
        self.table.setColumnHidden(5, self.scope.currentData() == "mine")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.actions = ReminderActionBar(self.ctx, self)
        self.actions.answered.connect(self._drop)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.actions)
        split = QSplitter()
        split.addWidget(self.kinds)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        set_screen_margins(layout)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # --- data ------------------------------------------------------------------------------

    @property
    def owner_id(self):
        return self.ctx.operator_id if self.scope.currentData() == "mine" else None

    def _on_scope_changed(self) -> None:
        # Only one's own customers: the salesperson column would repeat one name.
        self.table.setColumnHidden(5, self.scope.currentData() == "mine")
        self.refresh()

    def refresh(self) -> None:
        today, owner = self.ctx.today(), self.owner_id
        self.summary.setText(self.tr("Loading…"))
        self.loader.load(lambda: reminders.list_reminders(today=today, days=30, owner_id=owner))

    def _on_changed(self, changes) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    def _on_loaded(self, found: list) -> None:
        self._all = found
        self._fill_kinds()
        self._show()

    def _fill_kinds(self) -> None:
        counts = reminders.count_by_kind(self._all, self.ctx.today())
        current = self.kinds.currentItem().data(Qt.ItemDataRole.UserRole) \
            if self.kinds.currentItem() else None
        self.kinds.blockSignals(True)
        self.kinds.clear()
        total = reminders.KindCounts(*(sum(getattr(c, f) for c in counts.values())
                                       for f in ("overdue", "today", "week", "month")))
        self._add_kind(None, self.tr("All reminders"), total)
        for code, k in KINDS.items():
            self._add_kind(code, k.title, counts.get(code, reminders.KindCounts()))
        rows = [self.kinds.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.kinds.count())]
        self.kinds.setCurrentRow(rows.index(current) if current in rows else 0)
        self.kinds.blockSignals(False)

    def _add_kind(self, code, title: str, c) -> None:
        line = self.tr("today {0} · 7 days {1} · 30 days {2}").format(c.today, c.week, c.month)
        if c.overdue:
            line = self.tr("overdue {0} · ").format(c.overdue) + line
        item = QListWidgetItem(f"{title}\n{line}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        if c.overdue:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.kinds.addItem(item)

    def _show(self) -> None:
        item = self.kinds.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item else None
        horizon = {"today": 0, "week": 7, "month": 30}[self.range.currentData()]
        today = self.ctx.today()
        rows = sorted((r for r in self._all if (code is None or r.kind == code)
                       and (r.due - today).days <= horizon),
                      key=lambda r: call_rank(r.kind, r.due, today, r.customer_name))
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in rows)
        self.summary.setText(self.tr("{0} reminders, {1} overdue").format(len(rows), overdue))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.empty.setText(self.tr("Nothing to remind you of here. Reminders come from birthdays, "
                                   "insurance and inspection dates, follow-ups and your own notes "
                                   "on a customer's page."))
        self._on_selected()

    def _drop(self, reminder) -> None:
        """Take an answered reminder off the list now; the reload that follows confirms it."""
        self._all = [r for r in self._all if r.key != reminder.key]
        self.model.drop({reminder.key})

    def _on_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.proxy.mapToSource(index).row() if index.isValid() else -1
        self.actions.set_reminder(self.model.reminder(row))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))
