"""One card in full: number, level, status, balances, packages, the actions, its ledger.

Shared by the Members screen and a customer's Membership tab. It reads through the
membership services only and reloads itself when a change touches cards or the ledger.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.cardno import display_card_no
from dealerdesk.domain.membership import status_label
from dealerdesk.services.membership_queries import card_ledger, card_summary
from dealerdesk.ui import icons
from dealerdesk.ui.members.dialogs import CardOperationDialog, ReverseEntryDialog, run_dialog
from dealerdesk.ui.members.format import STATUS_COLOURS, chip_style, fmt_date, fmt_money
from dealerdesk.ui.members.models import LedgerTableModel
from dealerdesk.ui.staff import access_view

# operation, icon, allowed effective statuses
ACTIONS = [
    ("top_up", "mdi6.wallet", ("active",)),
    ("spend", "mdi6.cart", ("active",)),
    ("redeem", "mdi6.gift", ("active",)),
    ("sell_package", "mdi6.package-variant", ("active",)),
    ("use_package", "mdi6.checkbox-marked", ("active",)),
    ("renew", "mdi6.autorenew", ("active", "expired")),
    ("change_level", "mdi6.arrow-up-bold-circle", ("active",)),
    ("freeze", "mdi6.snowflake", ("active",)),
    ("unfreeze", "mdi6.weather-sunny", ("frozen",)),
    ("cancel", "mdi6.cancel", ("active", "frozen", "expired")),
]


class CardView(QWidget):
    """Details, actions and ledger of one membership card."""

    # Emitted after an operation succeeded, with a one-line message (new balances).
    operation_done = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_details(), 0)
        layout.addWidget(self._build_ledger(), 1)
        ctx.signals.changed.connect(self._on_data_changed)
        ctx.signals.language_changed.connect(self.retranslate)
        self.show_card(None)

    def retranslate(self, *_) -> None:
        """Texts in the language just chosen."""
        self._retranslate_buttons()
        self.ledger_model.headers_changed()
        self.show_card(self.card.id if self.card else None)

    def _build_details(self) -> QWidget:
        box = QFrame()
        box.setObjectName("cardDetails")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMinimumWidth(310)
        box.setMaximumWidth(400)
        v = QVBoxLayout(box)
        top = QHBoxLayout()
        self.number = QLabel()
        self.number.setStyleSheet("font-size: 16px; font-weight: 700;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level_chip, self.status_chip = QLabel(), QLabel()
        top.addWidget(self.number)
        top.addStretch(1)
        top.addWidget(self.level_chip)
        top.addWidget(self.status_chip)
        v.addLayout(top)
        self.owner = QLabel()
        self.owner.setOpenExternalLinks(False)
        self.owner.linkActivated.connect(self._on_owner_clicked)
        v.addWidget(self.owner)
        figures = QGridLayout()
        self.balance, self.points, self.expiry = QLabel(), QLabel(), QLabel()
        self.balance.setStyleSheet("font-size: 20px; font-weight: 700; color: #1B5E20;")
        self.points.setStyleSheet("font-size: 20px; font-weight: 700;")
        self.caption_balance, self.caption_points = QLabel(), QLabel()
        figures.addWidget(self.caption_balance, 0, 0)
        figures.addWidget(self.caption_points, 0, 1)
        figures.addWidget(self.balance, 1, 0)
        figures.addWidget(self.points, 1, 1)
        v.addLayout(figures)
        v.addWidget(self.expiry)
        self.packages = QLabel()
        self.packages.setWordWrap(True)
        v.addWidget(self.packages)
        v.addWidget(self._build_actions())
        v.addStretch(1)
        return box

    def _build_actions(self) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 6, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for i, (op, icon, _) in enumerate(ACTIONS):
            button = QPushButton(icons.icon(icon, color="#37474F"), "")
            button.setObjectName(f"action_{op}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, o=op: self.run_operation(o))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[op] = button
        self.print_button = QPushButton(icons.icon("mdi6.printer", color="#37474F"), "")
        self.print_button.setObjectName("action_print")
        self.print_button.clicked.connect(self._on_print_clicked)
        grid.addWidget(self.print_button, len(ACTIONS) // 2 + len(ACTIONS) % 2, 0, 1, 2)
        self._retranslate_buttons()
        return holder

    def _on_print_clicked(self) -> None:
        from dealerdesk.ui.printing.actions import print_card

        if self.card is not None:
            print_card(self.ctx, self.card.card_no, self)

    def _retranslate_buttons(self) -> None:
        names = {
            "top_up": self.tr("Top up"), "spend": self.tr("Spend"),
            "redeem": self.tr("Redeem points"), "sell_package": self.tr("Sell package"),
            "use_package": self.tr("Use package"), "renew": self.tr("Renew"),
            "change_level": self.tr("Change level"), "freeze": self.tr("Freeze"),
            "unfreeze": self.tr("Unfreeze"), "cancel": self.tr("Cancel card"),
            "print": self.tr("Print card…"),
        }
        for op, button in self.buttons.items():
            button.setText(names[op])
        self.print_button.setText(names["print"])
        self.caption_balance.setText(self.tr("Stored balance"))
        self.caption_points.setText(self.tr("Points"))
        if hasattr(self, "reverse_button"):
            self.ledger_title.setText(self.tr("Ledger"))
            self.reverse_button.setText(self.tr("Reverse entry…"))

    def _build_ledger(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.ledger_title = QLabel(self.tr("Ledger"))
        self.ledger_title.setStyleSheet("font-weight: 600;")
        self.reverse_button = QPushButton(icons.icon("mdi6.undo", color="#C62828"),
                                          self.tr("Reverse entry…"))
        self.reverse_button.setObjectName("reverse")
        self.reverse_button.clicked.connect(self._on_reverse_clicked)
        head.addWidget(self.ledger_title)
        head.addStretch(1)
        head.addWidget(self.reverse_button)
        v.addLayout(head)
        self.ledger_model = LedgerTableModel(self)
        self.ledger = QTableView()
        self.ledger.setModel(self.ledger_model)
        self.ledger.setAlternatingRowColors(True)
        self.ledger.setShowGrid(False)
        self.ledger.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledger.verticalHeader().hide()
        self.ledger.setWordWrap(False)
        # Ten columns beside the card: tighter cells so that the Note column still shows.
        self.ledger.setStyleSheet("QTableView::item { padding: 0 4px; } "
                                  "QHeaderView::section { padding: 4px 6px; }")
        self.ledger.horizontalHeader().setMinimumSectionSize(40)
        self.ledger.horizontalHeader().setStretchLastSection(True)
        self.ledger.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ledger.selectionModel().selectionChanged.connect(self._update_reverse)
        v.addWidget(self.ledger)
        return box

    # --- showing
    def show_card(self, card_id: int | None) -> None:
        self.card = card_summary(card_id, today=self.ctx.today()) if card_id else None
        self.ledger_model.set_rows(card_ledger(card_id) if card_id else [])
        self.ledger.horizontalHeader().setSectionResizeMode(
            9, QHeaderView.ResizeMode.Stretch)
        self._fill()

    def _fill(self) -> None:
        c = self.card
        for op, _, allowed in ACTIONS:
            self.buttons[op].setEnabled(c is not None and c.status in allowed)
        self.print_button.setEnabled(c is not None and c.status != "cancelled")
        self._update_reverse()
        if c is None:
            for label in (self.number, self.owner, self.balance, self.points, self.expiry,
                          self.packages, self.level_chip, self.status_chip):
                label.clear()
            self.level_chip.setStyleSheet("")
            self.status_chip.setStyleSheet("")
            return
        if not any(p.uses_left for p in c.packages):
            self.buttons["use_package"].setEnabled(False)
        self.number.setText(display_card_no(c.card_no))
        self.level_chip.setText(c.level_name)
        self.level_chip.setStyleSheet(chip_style(c.level_colour))
        self.status_chip.setText(status_label(c.status))
        self.status_chip.setStyleSheet(chip_style(STATUS_COLOURS.get(c.status, "#555")))
        self.owner.setText(f'<a href="{c.customer_id}">{c.customer_name}</a>  {c.customer_phone}')
        self.balance.setText(fmt_money(c.balance_cents))
        self.points.setText(f"{c.points:,}")
        self.expiry.setText(self.tr("Issued {issued} · valid until {expires}").format(
            issued=fmt_date(c.issued_on), expires=fmt_date(c.expires_on)))
        lines = [self.tr("{name}: {left} of {total} left").format(
            name=p.name, left=p.uses_left, total=p.uses_total) for p in c.packages
            if p.uses_left]
        self.packages.setText("\n".join(lines) if lines else self.tr("No package services left."))

    def _update_reverse(self, *_) -> None:
        entry = self.selected_entry()
        self.reverse_button.setEnabled(bool(entry and entry.reversible and self.card
                                            and self.card.status != "cancelled"))
        access_view.apply_card_view(self)  # reversing is the owner's

    def selected_entry(self):
        rows = self.ledger.selectionModel().selectedRows()
        return self.ledger_model.row_at(rows[0].row()) if rows else None

    # --- acting
    def run_operation(self, operation: str) -> None:
        if self.card is None:
            return
        done = run_dialog(CardOperationDialog(self.ctx, self.card, operation, self))
        if done is not None:
            self._report(done)

    def _on_reverse_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        done = run_dialog(ReverseEntryDialog(self.ctx, entry, self))
        if done is not None:
            self._report(done)

    def _report(self, done) -> None:
        c = done.card
        self.operation_done.emit(self.tr("Saved. Card {no}: balance {balance}, points {points}")
                                 .format(no=display_card_no(c.card_no),
                                         balance=fmt_money(c.balance_cents),
                                         points=f"{c.points:,}"))

    def _on_owner_clicked(self, link: str) -> None:
        self.ctx.signals.open_customer.emit(int(link))

    def _on_data_changed(self, changes) -> None:
        if self.card is not None and changes.touches("cards", "ledger", "customers"):
            self.show_card(self.card.id)
