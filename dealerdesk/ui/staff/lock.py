"""The idle lock: after the chosen minutes without keyboard or mouse, a shop that has PINs
covers the window until the person signed in types their PIN (or someone else signs in).

Nothing of the window shows through the cover: keyboard shortcuts are held back and the
window's content is disabled so that Tab cannot reach it. While a dialog is open the lock
waits: closing a dialog would lose what was typed in it, and data comes first. The tray
keeps its count of today's calls, which names nobody.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk import clock
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import audit, signin
from dealerdesk.services.settings import get_setting
from dealerdesk.ui import icons
from dealerdesk.ui.operator_dialog import OperatorDialog, pin_edit
from dealerdesk.ui.theme import COLORS, SPACE
from dealerdesk.ui.widgets.field_errors import FieldErrors

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                          QEvent.Type.MouseMove, QEvent.Type.Wheel})
HELD_WHILE_LOCKED = frozenset({QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride})


class LockCover(QWidget):
    """What a locked window shows: who is signed in, a PIN field, and "someone else"."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("LockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#LockCover {{ background: {COLORS['nav']}; }} "
                           f"QFrame#LockCard {{ background: white; border-radius: 10px; "
                           f"border: 1px solid {COLORS['border']}; }}")
        self.errors = FieldErrors(self)
        card = QFrame(self)
        card.setObjectName("LockCard")
        card.setFixedWidth(420)
        self.icon = QLabel(card)
        self.icon.setPixmap(icons.icon("mdi6.lock", color=COLORS["accent"]).pixmap(48, 48))
        self.title = QLabel(card)
        self.title.setObjectName("ScreenTitle")
        self.who = QLabel(card)
        self.who.setWordWrap(True)
        self.pin = pin_edit(card)
        self.unlock_button = QPushButton(card)
        self.unlock_button.setProperty("primary", True)
        self.other_button = QPushButton(card)
        self.other_button.setFlat(True)
        column = QVBoxLayout(card)
        column.setContentsMargins(SPACE["xl"], SPACE["xl"], SPACE["xl"], SPACE["xl"])
        column.setSpacing(SPACE["m"])
        column.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (self.title, self.who):  # full width: a wrapped line is not squeezed
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        column.addWidget(self.errors.wrap("pin", self.pin))
        column.addWidget(self.unlock_button)
        column.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)
        self.pin.returnPressed.connect(self.unlock_button.click)
        self.hide()

    def show_for(self, member) -> None:
        has_pin = bool(member and member.has_pin)
        self.pin.setVisible(has_pin)
        self.unlock_button.setVisible(has_pin)
        self.pin.clear()
        self.errors.clear()
        self.retranslate(member)
        (self.pin if has_pin else self.other_button).setFocus()

    def retranslate(self, member) -> None:
        self.title.setText(self.tr("DealerDesk is locked"))
        name = member.name if member else ""
        self.who.setText(self.tr("Signed in: {name}. Type your PIN to go on.").format(name=name)
                         if member and member.has_pin else
                         self.tr("Signed in: {name}. Sign in again to go on.").format(name=name))
        self.unlock_button.setText(self.tr("Unlock"))
        self.other_button.setText(self.tr("Someone else signs in…"))
        self.pin.setPlaceholderText(self.tr("PIN"))


class IdleLock(QObject):
    """Counts the time without input and locks the window when the shop's limit passes."""

    locked_changed = Signal(bool)
    CHECK_EVERY_MS = 5000

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.locked = False
        self.cover = LockCover(window)
        self.idle = QElapsedTimer()
        self.idle.start()
        self.minutes = 0
        self.secured = False
        self.refresh_settings()
        QApplication.instance().installEventFilter(self)
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.CHECK_EVERY_MS)
        self.cover.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.cover.other_button.clicked.connect(self._on_other_clicked)
        window.ctx.signals.changed.connect(self._on_changed)

    def refresh_settings(self) -> None:
        """Read the limit and whether the shop has PINs (after a change, not every tick)."""
        self.minutes = int(get_setting("lock_minutes") or 0)
        self.secured = signin.shop_secured()

    def _on_changed(self, changes) -> None:
        if changes.touches("settings", "staff"):
            self.refresh_settings()

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind in INPUT_EVENTS:
            self.idle.restart()
        elif self.locked and kind in HELD_WHILE_LOCKED and not self._inside_cover(obj):
            return True  # no shortcut reaches the window behind the cover
        elif obj is self.window and kind == QEvent.Type.Resize and self.locked:
            self.cover.setGeometry(self.window.rect())
        return False

    def _inside_cover(self, obj) -> bool:
        return isinstance(obj, QWidget) and (self.cover.isAncestorOf(obj) or obj is self.cover
                                             or QApplication.activeModalWidget() is not None)

    def check(self) -> bool:
        """Lock when the shop has PINs and nobody touched the program for the limit (not
        while a dialog is open: it would lose its typing)."""
        if (not self.locked and self.secured and self.minutes > 0
                and self.idle.elapsed() >= self.minutes * 60_000 and not _dialog_open()):
            self.lock()
        return self.locked

    def lock(self) -> None:
        """Cover the window now (also the "Lock now" menu item)."""
        if self.locked:
            return
        self.locked = True
        self._set_content_enabled(False)
        self.cover.setGeometry(self.window.rect())
        self.cover.show_for(self.window.ctx.operator and _fresh(self.window.ctx.operator))
        self.cover.show()
        self.cover.raise_()
        audit.record_event("lock", "window", now=clock.now())
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.cover.hide()
        self._set_content_enabled(True)
        self.idle.restart()
        self.locked_changed.emit(False)

    def _set_content_enabled(self, enabled: bool) -> None:
        self.window.centralWidget().setEnabled(enabled)
        self.window.statusBar().setEnabled(enabled)

    def _on_unlock_clicked(self) -> None:
        member = self.window.ctx.operator
        try:
            signin.sign_in(member.id, self.cover.pin.text(), now=clock.now())
        except ValidationFailed as exc:
            self.cover.pin.clear()
            self.cover.errors.show(exc)
            return
        self.unlock()

    def _on_other_clicked(self) -> None:
        dialog = OperatorDialog(self.window, current=None)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if dialog.chosen != self.window.ctx.operator:
            self.window.set_operator(dialog.chosen)
        self.unlock()


def _dialog_open() -> bool:
    return any(w.isVisible() and isinstance(w, QDialog) for w in QApplication.topLevelWidgets())


def _fresh(member):
    from dealerdesk.services.staff import get_staff

    return get_staff(member.id) or member
