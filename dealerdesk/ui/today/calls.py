"""The day's calls in groups (overdue, today, coming up, not contacted), each with its count.

A group title is a row of its own that spans the table; it cannot be selected, so the
arrow keys go from call to call across the groups. The order is the rule of
`domain.reminders.call_rank`; the table is not re-sorted by clicking its header.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from dealerdesk.domain.reminders import CALL_GROUPS, call_group, call_rank, group_title
from dealerdesk.ui.reminders.model import OVERDUE, ReminderTableModel
from dealerdesk.ui.theme import COLORS, SPACE

GroupRole = Qt.ItemDataRole.UserRole + 10  # the group code of a title row, None for a call


class GroupedCallsModel(ReminderTableModel):
    """Reminders in call order, with one title row before each group that has calls."""

    def __init__(self, today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._lines: list = []  # a group code (title row) or a Reminder

    def set_rows(self, rows: list) -> None:
        today = self._today()
        ordered = sorted(rows, key=lambda r: call_rank(r.kind, r.due, today, r.customer_name))
        self.beginResetModel()
        self._rows = ordered
        self._lines = []
        for r in ordered:
            group = call_group(r.kind, r.due, today)
            if not self._lines or self._group_of(self._lines[-1]) != group:
                self._lines.append(group)
            self._lines.append(r)
        self.endResetModel()

    def _group_of(self, line) -> str:
        return line if isinstance(line, str) else call_group(line.kind, line.due, self._today())

    def drop(self, keys: set) -> None:
        self.set_rows([r for r in self._rows if r.key not in keys])

    def counts(self) -> dict[str, int]:
        """How many calls each group holds (every group, 0 when empty)."""
        found = dict.fromkeys(CALL_GROUPS, 0)
        for r in self._rows:
            found[call_group(r.kind, r.due, self._today())] += 1
        return found

    def reminder(self, row: int):
        """The call on table row `row` (None for a title row or no row)."""
        line = self._lines[row] if 0 <= row < len(self._lines) else None
        return None if line is None or isinstance(line, str) else line

    def table_row(self, position: int) -> int:
        """The table row of the `position`-th call (title rows not counted); -1 if none."""
        if not 0 <= position < len(self._rows):
            return -1
        return self._lines.index(self._rows[position])

    def position(self, table_row: int) -> int:
        """How many calls come before table row `table_row`."""
        return sum(1 for line in self._lines[:max(table_row, 0)] if not isinstance(line, str))

    def group_title_at(self, row: int) -> str:
        """The group code when table row `row` is a group title, else ""."""
        line = self._lines[row] if 0 <= row < len(self._lines) else None
        return line if isinstance(line, str) else ""

    def title_rows(self) -> list[int]:
        return [i for i, line in enumerate(self._lines) if isinstance(line, str)]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._lines[index.row()], str):
            return Qt.ItemFlag.NoItemFlags  # the arrow keys pass over a title
        return super().flags(index)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        if not isinstance(line, str):
            return self._call_data(line, index.column(), role)
        if role == GroupRole:
            return line
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return self.tr("{group} ({count})").format(group=group_title(line),
                                                        count=self.counts()[line])
        return None

    def _call_data(self, r, column: int, role):
        key = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == Qt.ItemDataRole.ForegroundRole and (r.overdue or r.kind == "not_contacted"):
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.detail
        return None


class _TitleDelegate(QStyledItemDelegate):
    """Draws a group title: bold, on a tinted band, red for the overdue group."""

    def paint(self, painter, option, index) -> None:
        group = index.model().group_title_at(index.row())
        if not group:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, QColor(COLORS["nav"]))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(OVERDUE if group in ("overdue", "not_contacted") else QColor(COLORS["text"]))
        text_rect = QRect(option.rect).adjusted(SPACE["s"], 0, -SPACE["s"], 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         index.data())
        painter.restore()


class CallsTable(QTableView):
    """The grouped call list; a title row spans the whole width."""

    def __init__(self, model: GroupedCallsModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(_TitleDelegate(self))
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.COLUMNS.index("detail"),
                                    QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._span_titles)
        self._keys: dict = {}

    def _span_titles(self) -> None:
        self.clearSpans()
        model = self.model()
        for row in model.title_rows():
            self.setSpan(row, 0, 1, model.columnCount())

    def on_key(self, key: Qt.Key, slot) -> None:
        """Run `slot` when `key` (without Ctrl or Alt) is pressed while the list has focus."""
        self._keys[key] = slot

    def keyPressEvent(self, event) -> None:
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        slot = self._keys.get(Qt.Key(event.key())) if plain else None
        if slot is None:
            super().keyPressEvent(event)
            return
        event.accept()
        slot()
