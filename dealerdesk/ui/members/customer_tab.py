"""A customer's Membership tab: their card in full, or the way to issue one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dealerdesk.domain.cardno import display_card_no
from dealerdesk.domain.membership import status_label
from dealerdesk.services.membership_queries import cards_of_customer
from dealerdesk.ui import icons
from dealerdesk.ui.members.card_view import CardView
from dealerdesk.ui.members.dialogs import IssueCardDialog, run_dialog


class CustomerMembershipTab(QWidget):
    """Shown on the customer page; call set_customer(id) when the page shows a customer."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.customer_name = ""
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.issue_button = QPushButton(icons.icon("mdi6.card-account-details", color="#1976D2"),
                                        self.tr("Issue card…"))
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self._on_issue_clicked)
        top.addWidget(self.headline, 1)
        top.addWidget(self.issue_button)
        v.addLayout(top)
        self.notice = QLabel()
        self.notice.setStyleSheet("QLabel { background: #E8F5E9; color: #1B5E20; padding: 6px; "
                                  "border-radius: 4px; }")
        self.notice.hide()
        v.addWidget(self.notice)
        self.card_view = CardView(ctx, self)
        self.card_view.operation_done.connect(self._on_operation_done)
        v.addWidget(self.card_view, 1)
        self.history = QLabel()
        self.history.setStyleSheet("color: #607D8B;")
        self.history.setAlignment(Qt.AlignmentFlag.AlignLeft)
        v.addWidget(self.history)
        ctx.signals.changed.connect(self._on_data_changed)
        ctx.signals.language_changed.connect(self.retranslate)

    def retranslate(self, *_) -> None:
        """Texts in the language just chosen (the card view retranslates itself)."""
        self.issue_button.setText(self.tr("Issue card…"))
        self.notice.hide()
        self.refresh()

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        self.customer_id = customer_id
        if customer_id and not name:
            from dealerdesk.services.customers import get_customer

            found = get_customer(customer_id)
            name = found.name if found else ""
        self.customer_name = name
        self.notice.hide()
        self.refresh()

    def refresh(self) -> None:
        cards = cards_of_customer(self.customer_id, today=self.ctx.today()) if \
            self.customer_id else []
        current = cards[0] if cards else None
        live = current is not None and current.status != "cancelled"
        self.issue_button.setVisible(self.customer_id is not None and not live)
        self.card_view.setVisible(current is not None)
        if current is None:
            self.headline.setText(self.tr("No membership card yet. Issue one to give this "
                                          "customer member prices, points and stored value."))
        else:
            self.customer_name = current.customer_name
            self.headline.setText(self.tr("Membership card {no}").format(
                no=display_card_no(current.card_no)))
        if self.card_view.card is None or current is None or self.card_view.card.id != current.id:
            self.card_view.show_card(current.id if current else None)
        older = [f"{display_card_no(c.card_no)} ({status_label(c.status)})" for c in cards[1:]]
        self.history.setText(self.tr("Earlier cards: {cards}").format(cards=", ".join(older))
                             if older else "")

    def _on_issue_clicked(self) -> None:
        if self.customer_id is None:
            return
        done = run_dialog(IssueCardDialog(self.ctx, self.customer_id, self.customer_name, self))
        if done is not None:
            self.refresh()
            self.card_view._report(done)

    def _on_operation_done(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _on_data_changed(self, changes) -> None:
        if self.customer_id is not None and changes.touches("cards", "ledger", "customers"):
            self.refresh()
