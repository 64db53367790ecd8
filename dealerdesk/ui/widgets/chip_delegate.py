"""ChipDelegate: draws a status or level code as a small coloured rounded label in a table.

Usage::

    view.setItemDelegateForColumn(STATUS_COLUMN, ChipDelegate(view))

The model gives the label text for Qt.DisplayRole and the code ("lead", "customer",
"H", "A" ...) for `code_role` (Qt.UserRole by default). Colours come from
`dealerdesk.ui.theme.CHIP_COLORS`, so every screen shows the same code in the same colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dealerdesk.ui.theme import chip_colors

PAD_X = 8
PAD_Y = 2


class ChipDelegate(QStyledItemDelegate):
    """Paints the cell's text inside a rounded label coloured by the cell's code."""

    def __init__(self, parent=None, *, code_role: int = Qt.ItemDataRole.UserRole):
        super().__init__(parent)
        self.code_role = code_role

    def chip_colors(self, index) -> tuple[str, str]:
        """(text colour, background) for the cell at `index`."""
        code = index.data(self.code_role)
        return chip_colors(str(code) if code is not None else "")

    def paint(self, painter: QPainter, option, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            super().paint(painter, option, index)
            return
        painter.save()
        self._paint_background(painter, option, index)
        fg, bg = self.chip_colors(index)
        metrics = QFontMetricsF(option.font)
        full = metrics.horizontalAdvance(str(text))
        width = min(full + 2 * PAD_X, option.rect.width() - 4.0)
        height = metrics.height() + 2 * PAD_Y
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1,
                      width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.setFont(option.font)
        shown = str(text)
        if full + 2 * PAD_X > width:  # only a column narrower than the chip cuts it short
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, width - 2 * PAD_X)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def _paint_background(self, painter: QPainter, option, index) -> None:
        """The cell as the view draws it (alternate rows, selection, focus), without text."""
        widget = option.widget
        if widget is None:
            if option.state & QStyle.StateFlag.State_Selected:
                painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))
            return
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)

    def sizeHint(self, option, index) -> QSize:
        base = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(max(base.width(), metrics.horizontalAdvance(text) + 2 * PAD_X + 8),
                     max(base.height(), metrics.height() + 2 * PAD_Y + 6))
