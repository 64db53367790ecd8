"""A table model over plain Reminder records: it only formats, it never reads the database."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from dealerdesk.domain.reminders import KINDS
from dealerdesk.ui.widgets.date_field import format_date

OVERDUE = QColor("#c0392b")
SortRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2


class ReminderTableModel(QAbstractTableModel):
    """Rows of reminders: due date, kind, customer, phone, what about, salesperson."""

    COLUMNS = ("due", "kind", "customer", "phone", "detail", "owner")

    def __init__(self, parent: QObject | None = None, *, show_owner: bool = True) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._columns = self.COLUMNS if show_owner else self.COLUMNS[:-1]

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def drop(self, keys: set) -> None:
        """Remove the rows with these keys (answered ones, before the list is read again)."""
        for row in reversed(range(len(self._rows))):
            if self._rows[row].key in keys:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def reminder(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._columns):
            return None
        titles = {"due": self.tr("Date"), "kind": self.tr("Reminder"),
                  "customer": self.tr("Customer"), "phone": self.tr("Phone"),
                  "detail": self.tr("What about"), "owner": self.tr("Salesperson")}
        return titles[self._columns[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == SortRole:
            return r.due.isoformat() if column == "due" else self._text(r, column)
        if role == KeyRole:
            return r.key
        if role == Qt.ItemDataRole.ForegroundRole and (r.overdue or r.kind == "not_contacted"):
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.detail
        return None

    def _text(self, r, column: str) -> str:
        if column == "due":
            return format_date(r.due)
        if column == "kind":
            return KINDS[r.kind].title
        if column == "customer":
            return r.customer_name
        if column == "phone":
            return r.phone
        if column == "detail":
            return r.detail
        return r.owner_name
