"""What every screen is given: the signal hub, the operator, the database path, today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.domain.records import Changes, StaffMember
from dealerdesk.ui.app_signals import AppSignals


@dataclass
class UiContext:
    """Shared by the main window and its screens; `today()` is the one clock read."""

    signals: AppSignals
    db_path: Path
    operator: StaffMember | None = None
    clock: object = field(default=None)  # a callable returning date, for tests

    def today(self) -> dt.date:
        return self.clock() if callable(self.clock) else dt.date.today()

    @property
    def operator_id(self) -> int | None:
        return self.operator.id if self.operator else None

    def broadcast(self, changes: Changes) -> None:
        """Tell every screen what a service call changed."""
        self.signals.changed.emit(changes)
