"""The global search box: results pop up while typing; Enter or a click opens the customer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
)

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import search as search_service
from dealerdesk.ui import icons
from dealerdesk.ui.theme import COLORS, SPACE

DEBOUNCE_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1  # (name, phone, how it matched)

MATCHED = {
    "name": QT_TRANSLATE_NOOP("SearchBox", "name"),
    "pinyin": QT_TRANSLATE_NOOP("SearchBox", "pinyin"),
    "phone": QT_TRANSLATE_NOOP("SearchBox", "phone"),
    "plate": QT_TRANSLATE_NOOP("SearchBox", "plate"),
    "card": QT_TRANSLATE_NOOP("SearchBox", "card number"),
    "note": QT_TRANSLATE_NOOP("SearchBox", "notes"),
}


class HitDelegate(QStyledItemDelegate):
    """One hit on one line: the name in bold, the phone, and how it matched in grey."""

    def paint(self, painter, option, index):
        parts = index.data(PARTS_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        name, phone, how = parts
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor(COLORS["accent_soft"]))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, QColor(COLORS["alt_base"]))
        rect = option.rect.adjusted(SPACE["m"], 0, -SPACE["m"], 0)
        size = option.decorationSize
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(rect.left(), rect.center().y() - size.height() // 2,
                                      size.width(), size.height()))
        rect.setLeft(rect.left() + size.width() + SPACE["s"])
        bold = QFont(option.font)
        bold.setBold(True)
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(QColor(COLORS["text"]))
        painter.setFont(bold)
        painter.drawText(rect, middle, name)
        rect.setLeft(rect.left() + QFontMetrics(bold).horizontalAdvance(name) + SPACE["l"])
        painter.setFont(option.font)
        painter.drawText(rect, middle, phone)
        painter.setPen(QColor(COLORS["muted"]))
        painter.drawText(rect, middle | int(Qt.AlignmentFlag.AlignRight), how)
        painter.restore()


class SearchPopup(QFrame):
    """The list of hits under the search box (a child of the window, so typing goes on)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("Card")
        self.list = QListWidget(self)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setStyleSheet(
            f"QListWidget::item {{ padding: 6px 8px; }}"
            f"QListWidget::item:selected {{ background: {COLORS['accent_soft']};"
            f" color: {COLORS['text']}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.list)
        self.hide()


class SearchBox(QLineEdit):
    """Search customers by name, pinyin initials, phone digits, plate or card number."""

    customerChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("mdi6.magnify", color=COLORS["muted"]),
                       QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(280)
        self.setMaximumWidth(460)
        self.popup: SearchPopup | None = None
        self.hits = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._on_text_changed)
        self.retranslate()

    def _ensure_popup(self) -> SearchPopup:
        if self.popup is None:
            self.popup = SearchPopup(self.window())
            self.popup.list.itemClicked.connect(self._on_item_clicked)
        return self.popup

    def search_now(self) -> None:
        """Run the search for the current text and show the hits."""
        text = self.text().strip()
        if not text:
            self.hide_popup()
            return
        self.hits = search_service.search(text, limit=search_service.BOX_LIMIT)
        popup = self._ensure_popup()
        popup.list.clear()
        for hit in self.hits:
            popup.list.addItem(self._item_for(hit))
        if not self.hits:
            if text.isdigit() and len(text) < search_service.MIN_PHONE_DIGITS:
                message = self.tr("Type at least 4 digits to search phone numbers")
            else:
                message = self.tr('No customer matches "{}"').format(text)
            empty = QListWidgetItem(message)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            popup.list.addItem(empty)
        else:
            popup.list.setCurrentRow(0)
        self._place_popup(popup)

    def _item_for(self, hit) -> QListWidgetItem:
        how = QCoreApplication.translate("SearchBox", MATCHED.get(hit.matched, hit.matched))
        parts = [hit.name, hit.phone or "", self.tr("matched by {}").format(how)]
        if hit.detail:
            parts.append(hit.detail)
        item = QListWidgetItem(icons.icon("mdi6.account", color=COLORS["muted"]),
                               "    ".join(p for p in parts if p))
        item.setData(ID_ROLE, hit.customer_id)
        item.setData(PARTS_ROLE, (hit.name, hit.phone or "", "  ".join(parts[2:])))
        return item

    def _place_popup(self, popup: SearchPopup) -> None:
        top_left = self.mapTo(self.window(), QPoint(0, self.height() + 2))
        rows = max(popup.list.count(), 1)
        row_height = max(popup.list.sizeHintForRow(0), self.fontMetrics().height() + 12)
        popup.setGeometry(top_left.x(), top_left.y(), max(self.width(), 420),
                          min(rows, 8) * row_height + 6)
        popup.show()
        popup.raise_()

    def hide_popup(self) -> None:
        if self.popup is not None:
            self.popup.hide()

    def popup_visible(self) -> bool:
        return self.popup is not None and self.popup.isVisible()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.hide_popup()

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        customer_id = item.data(ID_ROLE)
        if customer_id is not None:
            self._choose(int(customer_id))

    def _choose(self, customer_id: int) -> None:
        self.hide_popup()
        self.customerChosen.emit(customer_id)

    def keyPressEvent(self, event):
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.popup_visible():
                self._timer.stop()
                self.search_now()
            item = self.popup.list.currentItem() if self.popup else None
            if item is not None and item.data(ID_ROLE) is not None:
                self._choose(int(item.data(ID_ROLE)))
            return
        if key == Qt.Key.Key_Escape and self.popup_visible():
            self.hide_popup()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup_visible():
            lst = self.popup.list
            step = 1 if key == Qt.Key.Key_Down else -1
            lst.setCurrentRow(max(0, min(lst.count() - 1, lst.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event):
        # A click in the popup must still reach the list: hide a moment later.
        QTimer.singleShot(150, self._hide_unless_focused)
        super().focusOutEvent(event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.hide_popup()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search: name, pinyin (zs), phone, plate, card  (Ctrl+F)"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
