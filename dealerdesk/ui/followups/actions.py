"""Follow-up actions other screens add to their menus (the customer table's context menu)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from dealerdesk.ui.followups.deal_dialog import DealDialog
from dealerdesk.ui.followups.log_dialog import log_follow_up_for


def add_follow_up_actions(menu: QMenu, ctx, customer_id: Callable[[], int | None],
                          parent: QWidget) -> list[QAction]:
    """Add "Log follow-up" and "Record deal" for the customer `customer_id()` returns."""
    log = QAction(QCoreApplication.translate("FollowUpActions", "Log follow-up…"), menu)
    log.triggered.connect(lambda: _log(ctx, customer_id(), parent))
    deal = QAction(QCoreApplication.translate("FollowUpActions", "Record deal…"), menu)
    deal.triggered.connect(lambda: _deal(ctx, customer_id(), parent))
    menu.addAction(log)
    menu.addAction(deal)
    return [log, deal]


def _log(ctx, customer_id: int | None, parent: QWidget) -> None:
    if customer_id is not None:
        log_follow_up_for(ctx, customer_id, parent)


def _deal(ctx, customer_id: int | None, parent: QWidget) -> None:
    if customer_id is not None:
        DealDialog(ctx, customer_id, parent).exec()
