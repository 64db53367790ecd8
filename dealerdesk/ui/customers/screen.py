"""Stand-in for the customer screen until the real one is merged (same class and methods)."""

from __future__ import annotations

from dealerdesk.ui.placeholders.screen import ComingScreen


class CustomersScreen(ComingScreen):
    """Placeholder with the contract of the real customers screen."""

    def __init__(self, ctx, parent=None):
        from dealerdesk.ui.placeholders.screen import PLANNED

        icon, title, text = PLANNED["customers"]
        super().__init__(ctx, title, text, parent, icon=icon)
        self.shown_customer: int | None = None
        self.search_text = ""

    def show_customer(self, customer_id: int) -> None:
        self.shown_customer = customer_id

    def new_customer(self) -> None:
        self.shown_customer = None

    def set_search_text(self, text: str) -> None:
        self.search_text = text
