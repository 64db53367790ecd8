"""Table models of the spreadsheet screens; each only formats plain data it was given."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt


class PlainTableModel(QAbstractTableModel):
    """Rows of already formatted text under fixed headers."""

    def __init__(self, headers: list[str] | None = None, parent=None):
        super().__init__(parent)
        self._headers = list(headers or [])
        self._rows: list[list[str]] = []
        self._tips: list[str] = []

    def set_rows(self, headers: list[str], rows: list[list[str]], tips: list[str] | None = None):
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._tips = list(tips or [])
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self._tips):
            return self._tips[index.row()] or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return str(section + 1)
