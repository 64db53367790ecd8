"""The Members screen: every card with filters, the selected card's actions and ledger,
issuing cards and the end-of-day summary."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.membership import STATUSES, CardFilter, status_label
from dealerdesk.services.membership_queries import day_summary, list_cards
from dealerdesk.services.membership_setup import list_levels
from dealerdesk.ui import icons
from dealerdesk.ui.members.card_view import CardView
from dealerdesk.ui.members.dialogs import IssueCardDialog, run_dialog
from dealerdesk.ui.members.models import CardTableModel, DaySummaryModel, IdRole, SortRole
from dealerdesk.ui.theme import set_screen_margins
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.window_size import keep_size

EXPIRY_WINDOW_DAYS = 30


def make_table(model, *, stretch_last: bool = False, sortable: bool = True) -> QTableView:
    """A read-only table view with alternating rows and no grid; sortable by a header click,
    in the order the service gave until then."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.setWordWrap(False)
    return view


class MembersScreen(QWidget):
    """All membership cards, filtered; the selected card in full below."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        set_screen_margins(layout)
        layout.addLayout(self._build_filters())
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("QLabel { background: #E8F5E9; color: #1B5E20; padding: 6px; "
                                  "border-radius: 4px; }")
        self.notice.hide()
        layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = CardTableModel(self)
        self.table = make_table(self.model)
        # Several cards can be chosen (Ctrl or Shift) to print them on one A4 sheet.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #607D8B; font-size: 14px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        splitter.addWidget(self.stack)
        self.card_view = CardView(ctx, self)
        self.card_view.operation_done.connect(self.show_notice)
        # Until a card is chosen, the lower half says what it is for instead of showing an
        # empty card with every button greyed out.
        self.no_card = EmptyState("mdi6.card-account-details-outline", "", parent=self)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.no_card)
        self.detail.addWidget(self.card_view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        ctx.signals.changed.connect(self._on_data_changed)
        ctx.signals.language_changed.connect(self.retranslate)
        self._set_texts()
        self._fill_levels()
        self.refresh()

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.level = QComboBox()
        self.status = QComboBox()
        for code in ("", *STATUSES):
            self.status.addItem("", code)
        self.expiring = QCheckBox()
        self.issue_button = QPushButton(icons.icon("mdi6.card-account-details", color="white"), "")
        self.issue_button.setObjectName("issue")
        self.issue_button.setProperty("primary", True)
        self.summary_button = QPushButton(icons.icon("mdi6.calendar-today"), "")
        self.summary_button.setObjectName("day_summary")
        self.sheet_button = QPushButton(icons.icon("mdi6.printer"), "")
        self.sheet_button.setObjectName("print_sheet")
        for w in (self.search, self.level, self.status, self.expiring):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.sheet_button)
        row.addWidget(self.summary_button)
        row.addWidget(self.issue_button)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.level.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.expiring.toggled.connect(self.refresh)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.summary_button.clicked.connect(self._on_summary_clicked)
        self.sheet_button.clicked.connect(self._on_sheet_clicked)
        self._set_texts()
        return row

    def _set_texts(self) -> None:
        self.search.setPlaceholderText(self.tr("Card no., name or phone"))
        self.status.setItemText(0, self.tr("All statuses"))
        for index, code in enumerate(STATUSES, start=1):
            self.status.setItemText(index, status_label(code))
        self.expiring.setText(self.tr("Expires within 30 days"))
        self.issue_button.setText(self.tr("Issue card…"))
        self.summary_button.setText(self.tr("Day summary…"))
        self.sheet_button.setText(self.tr("Print cards…"))
        self.sheet_button.setToolTip(self.tr(
            "The chosen cards (Ctrl or Shift for several), ten to an A4 sheet with cut marks"))
        if hasattr(self, "no_card"):
            self.no_card.setTexts(
                self.tr("No card chosen"),
                self.tr("Choose a card in the list above to see its balance, packages and "
                        "ledger, and to top up, record spending or renew it."))

    def retranslate(self, *_) -> None:
        """Texts in the language just chosen (the app's translators are already swapped)."""
        self._set_texts()
        self.level.setItemText(0, self.tr("All levels"))
        self.model.headers_changed()
        self.refresh()

    def _fill_levels(self) -> None:
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for lv in list_levels(include_inactive=True):
            self.level.addItem(lv.name, lv.id)
        index = self.level.findData(current)
        self.level.setCurrentIndex(max(index, 0))
        self.level.blockSignals(False)

    def current_filter(self) -> CardFilter:
        return CardFilter(
            text=self.search.text(), level_id=self.level.currentData(),
            status=self.status.currentData() or "",
            expiring_days=EXPIRY_WINDOW_DAYS if self.expiring.isChecked() else None)

    def refresh(self) -> None:
        selected = self.card_view.card.id if self.card_view.card else None
        flt = self.current_filter()
        cards = list_cards(flt, today=self.ctx.today())
        self.model.set_rows(cards)
        if cards:
            self.stack.setCurrentWidget(self.table)
        else:
            filtered = flt != CardFilter()
            self.empty.setText(
                self.tr("No card matches these filters.") if filtered else
                self.tr("No membership cards yet: choose “Issue card…” to give a customer "
                        "their first card."))
            self.stack.setCurrentWidget(self.empty)
        self.select_card(selected if selected in {c.id for c in cards} else None)

    def select_card(self, card_id: int | None) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(IdRole) == card_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self.card_view.show_card(None)
        self._show_detail()

    def _show_detail(self) -> None:
        """The chosen card, or the line explaining what appears here once one is chosen."""
        chosen = self.card_view.card is not None
        self.detail.setCurrentWidget(self.card_view if chosen else self.no_card)

    def selected_card_numbers(self) -> list[str]:
        """The chosen cards' numbers, in the order of the list."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        proxy = self.table.model()
        ids = [proxy.mapToSource(i).row() for i in rows]
        return [card.card_no for card in map(self.model.row_at, ids) if card is not None]

    def _on_sheet_clicked(self):
        from dealerdesk.ui.printing.actions import print_card_sheet

        numbers = self.selected_card_numbers()
        if numbers:
            return print_card_sheet(self.ctx, numbers, self)
        return None

    def _on_selection_changed(self, *_) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.sheet_button.setEnabled(bool(rows))
        card_id = rows[0].data(IdRole) if rows else None
        if card_id != (self.card_view.card.id if self.card_view.card else None):
            self.card_view.show_card(card_id)
        self._show_detail()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _on_issue_clicked(self) -> None:
        done = run_dialog(IssueCardDialog(self.ctx, parent=self))
        if done is not None:
            self.refresh()
            self.select_card(done.card.id)
            self.card_view._report(done)

    def _on_summary_clicked(self) -> None:
        DaySummaryDialog(self.ctx, self).exec()

    def _on_data_changed(self, changes) -> None:
        if changes.touches("membership_setup"):
            self._fill_levels()
        if changes.touches("cards", "ledger", "customers", "membership_setup"):
            self.refresh()


class DaySummaryDialog(QDialog):
    """Fees, top-ups, spending and refunds of one day, per operator, with the total."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Day summary"))
        self.resize(900, 320)
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setDisplayFormat("yyyy-MM-dd")  # as every date field: typed over easily
        self.day.setCalendarPopup(True)
        today = ctx.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        row.addWidget(QLabel(self.tr("Day")))
        row.addWidget(self.day)
        row.addStretch(1)
        v.addLayout(row)
        self.model = DaySummaryModel(self)
        self.table = make_table(self.model, sortable=False)
        v.addWidget(self.table)
        self.empty = QLabel()
        v.addWidget(self.empty)
        note = QLabel(self.tr("Reversals count against the entry they reverse. “Net at desk” is "
                              "the money taken minus the money paid back."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #607D8B;")
        v.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.day.dateChanged.connect(self.refresh)
        self.refresh()
        keep_size(self, "day_summary", QSize(900, 320))

    def refresh(self) -> None:
        rows = day_summary(self.day.date().toPython())
        self.model.set_rows(rows)
        self.empty.setText("" if rows else self.tr("Nothing was recorded on this day."))
