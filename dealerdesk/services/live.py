"""Live updates on the shop's server: what other PCs saved, as the kinds of record changed.

The window waits on a listener (a connection of its own, on a thread of its own) and
turns each batch of kinds into the same Changes a service call returns, so every screen
refreshes as it does after the PC's own work. A file on this PC has no listener.
"""

from __future__ import annotations

from dealerdesk.db.postgres_live import (
    ChangeListener,
    ServerGone,
    is_lost_server,
    listen_for_changes,
)
from dealerdesk.domain.records import Changes

__all__ = ["ChangeListener", "ServerGone", "as_changes", "is_lost_server",
           "listen_for_changes"]


def as_changes(kinds: set[str] | frozenset[str]) -> Changes:
    """The Changes the screens react to, for the kinds the server named."""
    return Changes(frozenset(kinds))
