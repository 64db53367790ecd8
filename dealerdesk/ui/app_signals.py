"""One application-wide signal hub: a service's Changes are broadcast, screens refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Signals every screen may listen to or emit."""

    # A service changed data: carries a dealerdesk.domain.records.Changes.
    changed = Signal(object)
    # Ask the main window to show a customer's page (customer id).
    open_customer = Signal(int)
    # Ask the main window to switch screen ("today", "customers", "followups", "members",
    # "reminders", "reports", "settings").
    navigate = Signal(str)
    # Ask the main window to show a list of customers in the Customers table: its title and
    # the customer ids (a tuple).
    open_list = Signal(str, object)
    # The operator was switched: carries a StaffMember.
    operator_changed = Signal(object)
    # The language was switched: screens rebuild their texts (retranslate).
    language_changed = Signal(str)
