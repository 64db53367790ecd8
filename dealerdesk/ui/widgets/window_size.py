"""Windows and dialogs that fit the screen they open on, and come back at the size they had.

Usage::

    keep_size(dialog, "print_preview", QSize(900, 1000))

The saved size (or the default, or what the layout asks for) is cut down to the space
the screen leaves free of task bars, and the window is placed wholly on that screen, so
its buttons are never out of reach on a 1366x768 or 1280x720 laptop. When the window is
hidden its size is kept, per PC, under `key`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from dealerdesk.ui.pc_settings import pc_settings

# Room left for a window's title bar and borders, which Qt counts outside its size.
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or its parent's, or the main one) free of task bars."""
    for candidate in (widget, widget.parentWidget()):
        screen = candidate.screen() if candidate is not None else None
        if screen is not None:
            return screen.availableGeometry()
    primary = QGuiApplication.primaryScreen()
    return primary.availableGeometry() if primary is not None else QRect(0, 0, 1280, 720)


def fitting_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made no larger than the free part of the screen (frame included)."""
    room = available_area(widget).size() - FRAME
    return wanted.boundedTo(room).expandedTo(QSize(200, 120))


def place_on_screen(widget: QWidget) -> None:
    """Move the widget so that all of it (with its frame) lies on the free part of its screen."""
    area = available_area(widget)
    size = widget.size() + FRAME
    top_left = widget.frameGeometry().topLeft() if widget.isVisible() else widget.pos()
    x = min(max(top_left.x(), area.left()), area.right() - size.width() + 1)
    y = min(max(top_left.y(), area.top()), area.bottom() - size.height() + 1)
    if QPoint(x, y) != top_left:
        widget.move(max(x, area.left()), max(y, area.top()))


def _key(key: str) -> str:
    return f"window_size/{key}"


def centre_on_parent(widget: QWidget) -> None:
    """Put the widget in the middle of its parent window (or of the screen)."""
    parent = widget.parentWidget()
    host = parent.window().frameGeometry() if parent is not None and parent.isVisible() \
        else available_area(widget)
    widget.move(host.center() - QPoint(widget.width() // 2, widget.height() // 2))


class _SizeKeeper(QObject):
    """Sizes the window when it first shows, fits it on each show, keeps its size on hide."""

    def __init__(self, window: QWidget, key: str, default: QSize | None) -> None:
        super().__init__(window)
        self.key, self.default = key, default
        self.sized = False

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            if not self.sized:  # after the subclass has built its contents
                self.sized = True
                wanted = saved_size(self.key) or self.default or watched.sizeHint()
                watched.resize(fitting_size(watched,
                                            wanted.expandedTo(watched.minimumSizeHint())))
                centre_on_parent(watched)
            else:
                watched.resize(fitting_size(watched, watched.size()))
            place_on_screen(watched)
        elif kind == QEvent.Type.Hide:
            pc_settings().setValue(_key(self.key), watched.size())
        return False


def saved_size(key: str) -> QSize | None:
    value = pc_settings().value(_key(key))
    return value if isinstance(value, QSize) and value.isValid() else None


def keep_size(window: QWidget, key: str, default: QSize | None = None) -> None:
    """Give `window`, when it shows, its remembered size (else `default`, else what its
    layout asks for), fitted to the screen; keep its size when it is hidden."""
    window.installEventFilter(_SizeKeeper(window, key, default))
