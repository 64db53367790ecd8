"""The Customers screen: a filter bar over the customer table, and the customer page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerFilter
from dealerdesk.services import customers as customer_service
from dealerdesk.services.settings import customer_levels
from dealerdesk.services.staff import list_staff
from dealerdesk.ui.customers import ask
from dealerdesk.ui.customers.customer_form import fill_combo
from dealerdesk.ui.customers.erase import EraseDialog
from dealerdesk.ui.customers.model import COLUMNS, CustomerTableModel
from dealerdesk.ui.customers.page import CustomerPage
from dealerdesk.ui.icons import icon
from dealerdesk.ui.staff import access_view
from dealerdesk.ui.theme import SPACE, set_screen_margins
from dealerdesk.ui.widgets import ChipDelegate, EmptyState

# What the widest usual value of each column looks like; each column is made as wide as
# its sample or its title (whichever is wider), so that every column of the table fits a
# 1280-pixel-wide window in both languages. A wider window gives the rest to the last.
CHIPS = ("level", "status")


def _samples(today) -> dict[str, str]:
    from dealerdesk.ui.widgets.date_field import format_date

    labels = {key: [choices.label(vocabulary, c) for c in vocabulary]
              for key, vocabulary in (("status", choices.STATUSES), ("source", choices.SOURCES))}
    day = format_date(today.replace(day=28))
    return {"name": "欧阳建国", "phone": "13812345678", "level": "H", "owner": "欧阳建国",
            "plates": "浙A·D12345", "intent": "丰田 RAV4荣放", "tags": "老客户, 换车",
            "last_contact": day, "next_followup": day, "created": day,
            "status": max(labels["status"], key=len), "source": max(labels["source"], key=len)}

LIST_BUTTON_TEXT = 150  # pixels of a list's title in the filter bar


class CustomersScreen(QWidget):
    """The customer list (filter, sort, recycle bin) and, in place of it, a customer's page."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._stale = False
        self.model = CustomerTableModel(self, today=ctx.today)
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        self.page = CustomerPage(ctx, self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.page)
        self._build_filters()
        self._build_table()
        self._build_list_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.page.back_requested.connect(self.show_list)
        self.page.saved.connect(self._on_customer_saved)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.language_changed.connect(self.retranslate)
        self._fill_filter_choices()
        self.retranslate()
        self._update_view()

    # ---- building ----------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter = QComboBox(self)
        self.level_filter = QComboBox(self)
        self.owner_filter = QComboBox(self)
        self.source_filter = QComboBox(self)
        self.tag_filter = QComboBox(self)
        for combo in self._filter_combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self.apply_filter)
        self.bin_button = QToolButton(self)
        self.bin_button.setCheckable(True)
        self.bin_button.setIcon(icon("mdi6.delete-outline"))
        self.bin_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bin_button.toggled.connect(self._on_bin_toggled)
        # A list opened from Reports narrows the table until it is cleared here.
        self._id_list: tuple[str, tuple[int, ...]] | None = None
        self.list_button = QToolButton(self)
        self.list_button.setIcon(icon("mdi6.close"))
        self.list_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.list_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list_button.clicked.connect(self.clear_id_list)
        self.list_button.hide()

    def _filter_combos(self) -> list[QComboBox]:
        return [self.status_filter, self.level_filter, self.owner_filter, self.source_filter,
                self.tag_filter]

    def _build_table(self) -> None:
        view = self.view = QTableView(self)
        view.setObjectName("CustomerTable")  # narrower cell padding: twelve columns fit
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_view_context_menu)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        # The arrow shows the model's order (newest first) before sorting is switched on:
        # switching it on sorts by the arrow, and Qt's own default arrow is "name, Z to A".
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        keys = [c[0] for c in COLUMNS]
        self._chips = ChipDelegate(view, code_role=CustomerTableModel.CodeRole)
        view.setItemDelegateForColumn(keys.index("status"), self._chips)
        view.setItemDelegateForColumn(keys.index("level"), self._chips)
        view.activated.connect(self._on_row_activated)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The car wanted, the longest text, takes what a wider window gives.
        header.setSectionResizeMode(keys.index("intent"), QHeaderView.ResizeMode.Stretch)

    def _build_list_page(self) -> None:
        self.count_label = QLabel(self)
        self.new_button = QPushButton(icon("mdi6.account-plus-outline"), "", self)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), "", self)
        self.restore_button = QPushButton(icon("mdi6.restore"), "", self)
        self.erase_button = QPushButton(icon("mdi6.delete-forever-outline"), "", self)
        self.export_button = QPushButton(icon("mdi6.microsoft-excel"), "", self)
        self.export_button.clicked.connect(self.export_list)
        self.new_button.clicked.connect(self.new_customer)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.filter_bar = QWidget(self)
        filters = QHBoxLayout(self.filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.list_button)
        filters.addWidget(self.search, 2)
        for combo in self._filter_combos():
            filters.addWidget(combo)
        filters.addWidget(self.bin_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.restore_button, self.erase_button, self.export_button,
                       self.delete_button, self.new_button):
            actions.addWidget(button)
        self.empty = EmptyState("mdi6.account-group-outline", "", parent=self)
        self.empty.setActionIcon("mdi6.account-plus-outline")
        self.empty.actionTriggered.connect(self.new_customer)
        self.empty.secondaryTriggered.connect(self._on_import_clicked)
        self.no_match = QLabel(self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setStyleSheet("color: palette(placeholder-text);")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.no_match)
        layout = QVBoxLayout(self.list_page)
        set_screen_margins(layout)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        # Ctrl+N belongs to the main window (it works from every screen); a second one here
        # would make the key ambiguous and do nothing.
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self, *_args) -> None:
        self.search.setPlaceholderText(self.tr("Filter: name, pinyin (zs), phone, plate"))
        self.bin_button.setText(self.tr("Recycle bin"))
        self.bin_button.setToolTip(self.tr("Show the customers moved to the recycle bin"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export this list to Excel"))
        self.new_button.setText(self.tr("New customer"))
        self.new_button.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.delete_button.setText(self.tr("Move to recycle bin"))
        self.restore_button.setText(self.tr("Restore"))
        self.erase_button.setText(self.tr("Erase for good…"))
        self.erase_button.setToolTip(self.tr(
            "Remove this person's data for good, on their request. This cannot be undone."))
        self.empty.setTexts(self.tr("No customers yet"),
                            self.tr("Import your Excel sheet, or add the first customer."),
                            self.tr("Add the first customer"))
        self.empty.setSecondary(self.tr("Import Excel sheet…"), "mdi6.microsoft-excel")
        self._fill_filter_choices()
        self._show_list_button()
        self.page.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._fit_headers()
        self._update_count()

    def _fit_headers(self) -> None:
        """Size each column to its widest usual value or its bold title (the sorted one
        with room for the arrow), in the language shown."""
        header = self.view.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        titles, values = QFontMetrics(font), QFontMetrics(self.view.font())
        samples = _samples(self._ctx.today())
        sorted_column = header.sortIndicatorSection()
        for i, (key, _, _) in enumerate(COLUMNS):
            text = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            title = titles.horizontalAdvance(text) + 2 * SPACE["s"] + SPACE["xs"] \
                + (SPACE["l"] + SPACE["xs"] if i == sorted_column else 0)
            value = values.horizontalAdvance(samples[key]) + 2 * SPACE["s"] \
                + (2 * SPACE["s"] if key in CHIPS else 0)
            header.resizeSection(i, max(title, value))

    def _fill_filter_choices(self) -> None:
        fill_combo(self.status_filter, [(None, self.tr("All statuses"))]
                   + [(c, choices.label(choices.STATUSES, c)) for c in choices.STATUSES])
        fill_combo(self.level_filter, [(None, self.tr("All levels"))] + customer_levels())
        fill_combo(self.owner_filter, [(None, self.tr("All salespeople"))]
                   + [(s.id, s.name) for s in list_staff()])
        fill_combo(self.source_filter, [(None, self.tr("All sources"))]
                   + [(c, choices.label(choices.SOURCES, c)) for c in choices.SOURCES])
        fill_combo(self.tag_filter, [(None, self.tr("All tags"))]
                   + [(t, t) for t in customer_service.all_tags()])

    # ---- the contract with the main window ---------------------------------------

    def show_customer(self, customer_id: int) -> None:
        """Open a customer's page (from search, reminders, another screen)."""
        if self.stack.currentWidget() is self.page and not self.page.may_leave():
            return
        self.page.load(customer_id)
        self.stack.setCurrentWidget(self.page)

    def new_customer(self) -> None:
        """Open an empty customer page; it becomes the new customer's page once saved."""
        if self.stack.currentWidget() is self.page and not self.page.may_leave():
            return
        self.page.load(None)
        self.stack.setCurrentWidget(self.page)
        self.page.form.ui.nameEdit.setFocus()

    def may_leave(self) -> bool:
        """True when no typing on the customer page would be lost (or the user agreed)."""
        return self.page.may_leave()

    def set_search_text(self, text: str) -> None:
        """Show the list filtered by `text` (name, pinyin initials, phone digits, plate)."""
        self.show_list()
        self.search.setText(text)
        self.apply_filter()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.view.setFocus()

    def home(self) -> None:
        """Back to the list (the navigation's "Customers"), unless typing would be lost."""
        if self.stack.currentWidget() is self.page and not self.page.may_leave():
            return
        self.show_list()

    # ---- the list ----------------------------------------------------------------

    def current_filter(self) -> CustomerFilter:
        status = self.status_filter.currentData()
        level = self.level_filter.currentData()
        listed = self._id_list if not self.bin_button.isChecked() else None
        return CustomerFilter(
            text=self.search.text().strip(), statuses=(status,) if status else (),
            levels=(level,) if level else (), owner_id=self.owner_filter.currentData(),
            source=self.source_filter.currentData() or "", tag=self.tag_filter.currentData() or "",
            deleted=self.bin_button.isChecked(), ids=listed[1] if listed else None,
            list_title=listed[0] if listed else "")

    def show_id_list(self, title: str, ids: tuple[int, ...]) -> None:
        """Show only the customers of a list made elsewhere (a Reports list), the other
        filters cleared; the list's button above the table clears it."""
        self.show_list()
        self._id_list = (title, tuple(ids))
        self.search.clear()
        for combo in self._filter_combos():
            combo.setCurrentIndex(0)
        self.bin_button.setChecked(False)
        self._show_list_button()
        self.apply_filter()

    def clear_id_list(self) -> None:
        self._id_list = None
        self._show_list_button()
        self.apply_filter()

    def _show_list_button(self) -> None:
        listed = self._id_list
        self.list_button.setVisible(listed is not None)
        # The list's button takes room from the search box, so the bar still fits 1280 px.
        self.search.setMinimumWidth(110 if listed is not None else 220)
        if listed is not None:
            # Elided: at 1280 pixels the filter bar has no room for a long list title.
            text = self.tr("{title}: {n} customers").format(title=listed[0],
                                                           n=f"{len(listed[1]):,}")
            self.list_button.setText(self.list_button.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideMiddle, LIST_BUTTON_TEXT))
            self.list_button.setToolTip(text + "\n" + self.tr(
                "Only the customers of this list are shown: click to show everyone again"))

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_view()

    def refresh(self) -> None:
        """Query again, keeping the selected customer and the scroll position."""
        selected = self.selected_id()
        scroll = self.view.verticalScrollBar().value()
        self._fill_filter_choices()
        self.model.refresh()
        self.view.verticalScrollBar().setValue(scroll)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.view.selectionModel().select(
                self.model.index(row, 0),
                self.view.selectionModel().SelectionFlag.ClearAndSelect
                | self.view.selectionModel().SelectionFlag.Rows)
        self._update_view()

    def _update_view(self) -> None:
        empty = (self.model.rowCount() == 0 and not self.bin_button.isChecked()
                 and self.current_filter() == CustomerFilter()
                 and customer_service.count_customers() == 0)
        if self.bin_button.isChecked():
            self.no_match.setText(self.tr("The recycle bin is empty."))
        else:
            self.no_match.setText(self.tr("No customers match these filters."))
        nothing = self.model.rowCount() == 0
        self.body.setCurrentWidget(self.empty if empty else self.no_match if nothing else self.view)
        self.filter_bar.setVisible(not empty)
        self.count_label.setVisible(not empty)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.bin_button.isChecked():
            text = (self.tr("1 customer in the recycle bin") if count == 1 else
                    self.tr("{count} customers in the recycle bin"))
        else:
            text = self.tr("1 customer") if count == 1 else self.tr("{count} customers")
        self.count_label.setText(text.format(count=f"{count:,}"))

    def _update_buttons(self, *_args) -> None:
        in_bin = self.bin_button.isChecked()
        chosen = self.selected_id() is not None
        empty = self.body.currentWidget() is self.empty
        self.delete_button.setVisible(not in_bin and not empty)
        self.new_button.setVisible(not in_bin and not empty)
        self.export_button.setVisible(not in_bin and not empty)
        self.restore_button.setVisible(in_bin)
        self.erase_button.setVisible(in_bin)
        for button in (self.delete_button, self.restore_button, self.erase_button):
            button.setEnabled(chosen)
        access_view.apply_customer_list(self)  # what the person signed in may not do

    def context_menu(self) -> QMenu:
        """Open, log a follow-up or record a deal for the selected customer."""
        from dealerdesk.ui.followups.actions import add_follow_up_actions

        menu = QMenu(self)
        chosen = self.selected_id()
        if chosen is not None:
            menu.addAction(icon("mdi6.account-details"), self.tr("Open"),
                           lambda: self.show_customer(chosen))
            if not self.bin_button.isChecked():
                add_follow_up_actions(menu, self._ctx, self.selected_id, self)
        access_view.add_copy_list_action(menu, self)  # recorded in the audit trail
        return menu

    def _on_view_context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
            self.context_menu().exec(self.view.viewport().mapToGlobal(pos))

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_id(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # ---- actions -----------------------------------------------------------------

    def delete_selected(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None or self.bin_button.isChecked():
            return
        self._ctx.broadcast(customer_service.delete_customer(customer_id))

    def restore_selected(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None:
            return
        try:
            changes = customer_service.restore_customer(customer_id)
        except ValidationFailed as exc:
            ask.tell(self, self.tr("Cannot restore"), "\n".join(e.message for e in exc.errors))
            return
        self._ctx.broadcast(changes)

    def erase_selected(self) -> None:
        customer_id = self.selected_id()
        customer = customer_service.get_customer(customer_id) if customer_id else None
        if customer is None:
            return
        dialog = EraseDialog(customer.name, self)
        if dialog.exec() == EraseDialog.DialogCode.Accepted:
            self._ctx.broadcast(customer_service.erase_customer(customer.id))

    # ---- slots -------------------------------------------------------------------

    def _on_row_activated(self, index: QModelIndex) -> None:
        customer_id = self.model.id_at(index.row())
        if customer_id is not None:
            self.show_customer(customer_id)

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column][2] is None:  # plates and tags are not sortable
            current, current_order = self.model.sort_column()
            self.view.horizontalHeader().blockSignals(True)
            self.view.horizontalHeader().setSortIndicator(current, current_order)
            self.view.horizontalHeader().blockSignals(False)
        self._fit_headers()  # the sorted column has room for its arrow

    def _on_bin_toggled(self, _checked: bool) -> None:
        self.apply_filter()

    def _on_import_clicked(self) -> None:
        from dealerdesk.ui.excel.import_wizard import open_import_wizard

        open_import_wizard(self._ctx, self)

    def export_list(self):
        """Export the customers as filtered now (or all of them) to Excel."""
        from dealerdesk.ui.excel.export_dialog import ExportDialog

        dialog = ExportDialog(self._ctx, self, customer_filter=self.current_filter())
        dialog.open()
        return dialog

    def _on_customer_saved(self, customer_id: int) -> None:
        self.select_id(customer_id)

    def _on_changed(self, changes) -> None:
        if changes.touches("staff", "settings"):
            self._fill_filter_choices()
            self._update_buttons()
        if changes.touches("customers", "vehicles"):
            if self.isVisible():
                self.refresh()
            else:  # another screen is showing: query again when we are shown
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
