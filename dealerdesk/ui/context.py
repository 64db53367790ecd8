"""What every screen is given: the signal hub, the operator, the database path, today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import clock
from dealerdesk.domain.records import Changes, StaffMember
from dealerdesk.ui.app_signals import AppSignals


@dataclass
class UiContext:
    """Shared by the main window and its screens; `today()` and `now()` read the one clock."""

    signals: AppSignals
    db_path: Path  # the file; for the shop's server its address without the password
    operator: StaffMember | None = None
    server: str = ""  # the shop's server address to open again ("" for a file on this PC)

    def today(self) -> dt.date:
        return clock.today()

    def now(self) -> dt.datetime:
        return clock.now()

    @property
    def operator_id(self) -> int | None:
        return self.operator.id if self.operator else None

    def broadcast(self, changes: Changes) -> None:
        """Tell every screen what a service call changed."""
        self.signals.changed.emit(changes)
