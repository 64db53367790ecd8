"""Pick the customer who referred this one, by typing part of their name, pinyin or phone."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from dealerdesk.domain.phone import mask_phone
from dealerdesk.services import search as search_service


class ReferrerPicker(QWidget):
    """A search box offering matching customers; remembers the id of the one picked."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None
        self._hits: dict[str, int] = {}
        self._exclude: int | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Referred by…"))
        self.edit.setToolTip(self.tr("Who referred them: type a name, pinyin initials or phone "
                                     "digits"))
        self.edit.setClearButtonEnabled(True)
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._on_hit_chosen)
        self.edit.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._on_search_due)
        self.edit.textEdited.connect(self._on_text_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def referrer_id(self) -> int | None:
        return self._id

    def has_unpicked_text(self) -> bool:
        """Text was typed but no customer was picked from the list."""
        return self._id is None and bool(self.edit.text().strip())

    def set_referrer(self, customer_id: int | None, name: str = "", phone: str = "") -> None:
        self._id = customer_id
        self.edit.setText(self._label(name, phone) if customer_id else "")

    def set_excluded(self, customer_id: int | None) -> None:
        """The customer being edited, who cannot refer themselves."""
        self._exclude = customer_id

    def search_now(self) -> None:
        """Run the pending search at once (the list normally follows typing after a pause)."""
        self._timer.stop()
        self._on_search_due()

    def choose(self, label: str) -> None:
        self._on_hit_chosen(label)

    def choices(self) -> list[str]:
        return self._choices.stringList()

    @staticmethod
    def _label(name: str, phone: str) -> str:
        return f"{name}  {mask_phone(phone)}" if phone else name

    def _on_text_edited(self, _text: str) -> None:
        self._id = None
        self._timer.start()
        self.edited.emit()

    def _on_search_due(self) -> None:
        hits = [h for h in search_service.search(self.edit.text(), limit=12)
                if h.customer_id != self._exclude]
        self._hits = {self._label(h.name, h.phone): h.customer_id for h in hits}
        self._choices.setStringList(list(self._hits))
        if hits and self.edit.hasFocus():
            self.edit.completer().complete()

    def _on_hit_chosen(self, label: str) -> None:
        self._id = self._hits.get(label)
        self.edit.setText(label)
        self.edited.emit()
