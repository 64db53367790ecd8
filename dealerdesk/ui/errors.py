"""Errors about the database file, wherever they happen, reach one handler on the GUI thread.

A damaged file (any DatabaseError) leads to the damaged-file window and a full disk to
one plain sentence, never to a traceback. Slots on the GUI thread get there through
`sys.excepthook`; worker threads call `report()` (their own screen says the error too).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from dealerdesk.services import store as store_service


class _Relay(QObject):
    """Carries an error from any thread to the handler on the GUI thread (queued)."""

    raised = Signal(object)


_relay: _Relay | None = None
_handler: Callable[[BaseException], None] | None = None
_previous_hook = sys.excepthook


def is_storage_error(exc: BaseException) -> bool:
    """A full disk, an error SQLite raised about the file, or the file replaced by a
    restore that another program ran."""
    return (store_service.disk_full_error(exc) is not None
            or store_service.is_database_error(exc)
            or store_service.is_replaced_error(exc))


def install(handler: Callable[[BaseException], None]) -> None:
    """Send every storage error to `handler` (on the GUI thread) from now on."""
    global _relay, _previous_hook, _handler
    uninstall()
    _handler = handler
    _relay = _Relay()
    _relay.raised.connect(_deliver)
    _previous_hook = sys.excepthook
    sys.excepthook = _hook


def _deliver(exc: BaseException) -> None:
    # An error queued before uninstall() (a program closing, a test ending) reaches no one:
    # the handler's owner may be gone.
    if _handler is not None:
        _handler(exc)


def uninstall() -> None:
    global _relay, _handler
    _handler = None
    if _relay is not None:
        sys.excepthook = _previous_hook
        _relay.deleteLater()
        _relay = None


def report(exc: BaseException) -> bool:
    """Hand `exc` to the handler if it is a storage error; True when it was."""
    if _relay is None or not is_storage_error(exc):
        return False
    _relay.raised.emit(exc)
    return True


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not report(exc):
        _previous_hook(kind, exc, tb)
