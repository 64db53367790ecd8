"""Pieces the follow-up and report screens share: a plain table model, dates, chip colours.

Dates come from dealerdesk.ui.widgets.date_field (format_date), the one rule for tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dealerdesk.ui.theme import COLORS, chip_colors  # noqa: F401 - one palette for all screens
from dealerdesk.ui.widgets.date_field import format_date as fmt_date  # noqa: F401 - one date rule
from dealerdesk.ui.widgets.date_field import format_datetime as fmt_datetime  # noqa: F401

# The shell's palette (ui/theme.py): status chips and the red of overdue items.
NO_PARENT = QModelIndex()
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3
CodeRole = Qt.ItemDataRole.UserRole + 4  # a status code, for ChipDelegate


def fmt_rate(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


class Column:
    """One column of a PlainTableModel: its header and how a row shows in it."""

    def __init__(self, header: str, text: Callable[[Any], str],
                 sort: Callable[[Any], Any] | None = None, right: bool = False,
                 color: Callable[[Any], str | None] | None = None,
                 code: Callable[[Any], str] | None = None,
                 tip: Callable[[Any], str] | None = None) -> None:
        self.header, self.text, self.sort, self.right, self.color = header, text, sort, right, color
        self.code, self.tip = code, tip


class PlainTableModel(QAbstractTableModel):
    """A read-only table over a list of plain rows (frozen dataclasses); it only formats."""

    def __init__(self, columns: Sequence[Column], id_of: Callable[[Any], int] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._id_of = id_of

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        for column, header in zip(self._columns, headers, strict=False):
            column.header = header
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color:
            colour = column.color(row)
            return QColor(colour) if colour else None
        if role == SortRole:
            return column.sort(row) if column.sort else column.text(row)
        if role == IdRole and self._id_of:
            return self._id_of(row)
        if role == RowRole:
            return row
        if role == CodeRole and column.code:
            return column.code(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip(row) or None
        return None
