"""Status and level drawn as small coloured labels ("chips") inside a table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# (background, text) per status code and per level code; unknown codes are grey.
STATUS_COLOURS = {
    "lead": ("#e3f2fd", "#1565c0"),
    "following": ("#fff3e0", "#e65100"),
    "visited": ("#ede7f6", "#5e35b1"),
    "customer": ("#e8f5e9", "#2e7d32"),
    "lost": ("#fbe9e7", "#c62828"),
    "dormant": ("#eceff1", "#546e7a"),
}
LEVEL_COLOURS = {
    "H": ("#ffebee", "#c62828"),
    "A": ("#fff3e0", "#ef6c00"),
    "B": ("#fffde7", "#9e7700"),
    "C": ("#e3f2fd", "#1565c0"),
    "N": ("#eceff1", "#546e7a"),
}
GREY = ("#eceff1", "#546e7a")


class ChipDelegate(QStyledItemDelegate):
    """Paints the cell's text on a rounded label coloured by the code under `code_role`."""

    def __init__(self, colours: dict[str, tuple[str, str]], code_role: int, parent=None):
        super().__init__(parent)
        self._colours = colours
        self._code_role = code_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        if not text:
            return
        background, foreground = self._colours.get(index.data(self._code_role) or "", GREY)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 14
        height = metrics.height() + 4
        rect = QRectF(option.rect.x() + 6, option.rect.center().y() - height / 2 + 1,
                      min(width, option.rect.width() - 10), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 20)
        return size
