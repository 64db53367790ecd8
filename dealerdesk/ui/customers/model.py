"""The customer table's model: every customer id of the current filter, rows fetched by page."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from dealerdesk import clock
from dealerdesk.domain import choices
from dealerdesk.domain.records import CustomerFilter, CustomerRow
from dealerdesk.services import customers as customer_service
from dealerdesk.services.settings import customer_levels
from dealerdesk.ui.theme import COLORS
from dealerdesk.ui.widgets.date_field import format_date

OVERDUE = QColor(COLORS["error"])
NO_PARENT = QModelIndex()

# (key, header, service sort key or None when the column cannot be sorted)
COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("CustomerTableModel", "Name"), "name"),
    ("phone", QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"), "phone"),
    ("level", QT_TRANSLATE_NOOP("CustomerTableModel", "Level"), "level"),
    ("status", QT_TRANSLATE_NOOP("CustomerTableModel", "Status"), "status"),
    ("owner", QT_TRANSLATE_NOOP("CustomerTableModel", "Sales rep"), "owner"),
    ("source", QT_TRANSLATE_NOOP("CustomerTableModel", "Source"), "source"),
    ("plates", QT_TRANSLATE_NOOP("CustomerTableModel", "Plates"), None),
    ("intent", QT_TRANSLATE_NOOP("CustomerTableModel", "Wants"), "intent_model"),
    ("tags", QT_TRANSLATE_NOOP("CustomerTableModel", "Tags"), None),
    ("last_contact", QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"), "last_followup_at"),
    ("next_followup", QT_TRANSLATE_NOOP("CustomerTableModel", "Next call"), "next_followup_on"),
    ("created", QT_TRANSLATE_NOOP("CustomerTableModel", "Created"), "created_at"),
]
KEYS = [c[0] for c in COLUMNS]


def _raw(row: CustomerRow, key: str) -> object:
    return {
        "name": row.name, "phone": row.phone, "level": row.level, "status": row.status,
        "owner": row.owner_name, "source": row.source, "plates": row.plates,
        "intent": row.intent_model, "tags": ", ".join(row.tags),
        "last_contact": row.last_followup_at, "next_followup": row.next_followup_on,
        "created": row.created_at,
    }[key]


class CustomerTableModel(QAbstractTableModel):
    """All customers matching a filter; holds ids only and fetches rows a page at a time."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    CodeRole = Qt.ItemDataRole.UserRole + 3  # status / level code, for the chips
    PAGE = 100
    MAX_PAGES = 40  # 4,000 rows kept; older pages are fetched again when needed

    def __init__(self, parent=None, *, today=clock.today):
        super().__init__(parent)
        self._today = today
        self._filter = CustomerFilter()
        self._sort_key = "created_at"
        self._descending = True
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, CustomerRow]] = OrderedDict()
        self._level_labels: dict[str, str] = {}
        self._reload()

    # ---- what is shown -----------------------------------------------------------

    @property
    def filter(self) -> CustomerFilter:
        return self._filter

    def set_filter(self, flt: CustomerFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Query the ids again (after a change or a new filter); rows are fetched anew."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self._ids = customer_service.query_customer_ids(
            self._filter, sort=self._sort_key, descending=self._descending)
        self._pages.clear()
        self._level_labels = dict(customer_levels())

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        column = next(i for i, c in enumerate(COLUMNS) if c[2] == self._sort_key)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][2] is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_key = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        old = self.persistentIndexList()
        self._reload()
        self.changePersistentIndexList(old, [QModelIndex() for _ in old])
        self.layoutChanged.emit()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    # ---- lazy rows ---------------------------------------------------------------

    def _row(self, row: int) -> CustomerRow | None:
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * self.PAGE:(number + 1) * self.PAGE]
            page = {r.id: r for r in customer_service.fetch_rows(ids)}
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    # ---- Qt model interface ------------------------------------------------------

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, self.SortRole, self.CodeRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = KEYS[index.column()]
        if role == self.SortRole:
            return _raw(row, key)
        if role == self.CodeRole:
            return row.status if key == "status" else row.level if key == "level" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return self._display(row, key)

    def _display(self, row: CustomerRow, key: str) -> str:
        if key == "status":
            return choices.label(choices.STATUSES, row.status)
        if key == "source":
            return choices.label(choices.SOURCES, row.source) if row.source else ""
        if key in ("last_contact", "next_followup", "created"):
            return format_date(_raw(row, key))  # type: ignore[arg-type]
        return str(_raw(row, key) or "")

    def _foreground(self, row: CustomerRow, key: str):
        if key == "next_followup" and row.next_followup_on and row.next_followup_on < self._today():
            return OVERDUE
        return None

    def _tooltip(self, row: CustomerRow, key: str):
        if key == "level" and row.level:
            return self._level_labels.get(row.level, row.level)
        if key == "next_followup" and row.next_followup_on and row.next_followup_on < self._today():
            return self.tr("Overdue")
        if key in ("tags", "plates", "intent"):
            return str(_raw(row, key) or "") or None
        return None
