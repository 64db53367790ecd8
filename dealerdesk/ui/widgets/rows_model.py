"""The table model most screens need: rows of plain data, a header per column, and a
formatter per cell. A screen's model writes only `headers` and `cell`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NO_PARENT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """Rows of plain data (frozen dataclasses or tuples, never database rows)."""

    # The role that answers a row's `id` (None: the model has no such role).
    id_role: int | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item, column: int, role: int):
        raise NotImplementedError

    def header_tips(self) -> dict[int, str]:
        """What a short column header means, shown when the mouse rests on it."""
        return {}

    def headers_changed(self) -> None:
        """Tell the views to read the headers again (after a change of language)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(section)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if self.id_role is not None and role == self.id_role:
            return getattr(item, "id", None)
        return self.cell(item, index.column(), role)
