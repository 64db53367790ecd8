"""A customer's follow-up timeline (newest first) for the customer page's tab."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import followups
from dealerdesk.services.followups import FollowUpEntry
from dealerdesk.ui.followups.common import COLORS, chip_colors, fmt_date, fmt_datetime
from dealerdesk.ui.followups.deal_dialog import DealDialog, ReferralDialog
from dealerdesk.ui.followups.log_dialog import FollowUpDialog


def chip(text: str, code: str) -> str:
    fg, bg = chip_colors(code)
    return (f"<span style='color:{fg}; background:{bg};'>&nbsp;{html.escape(text)}&nbsp;</span>")


class EntryCard(QFrame):
    """One follow-up: when, how, who, outcome, what was said, what comes next."""

    def __init__(self, entry: FollowUpEntry, mine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("entryCard")
        self.setStyleSheet(f"#entryCard {{ background: white; border: 1px solid "
                           f"{COLORS['border']}; border-left: 3px solid "
                           f"{chip_colors(entry.outcome)[0]}; border-radius: 4px; }}")
        top = QHBoxLayout()
        who = entry.staff_name or self.tr("(unknown)")
        head = QLabel(f"<b>{fmt_datetime(entry.at)}</b> &nbsp;·&nbsp; "
                      f"{html.escape(choices.label(choices.CHANNELS, entry.channel))}"
                      " &nbsp;·&nbsp; "
                      f"{html.escape(who)} &nbsp; "
                      f"{chip(choices.label(choices.OUTCOMES, entry.outcome), entry.outcome)}")
        head.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(head, 1)
        self.edit_button = self.delete_button = None
        if mine:
            self.edit_button = QToolButton(text=self.tr("Correct"))
            self.delete_button = QToolButton(text=self.tr("Delete"))
            for button in (self.edit_button, self.delete_button):
                button.setAutoRaise(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setStyleSheet(f"color: {COLORS['accent']};")
                top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        for line in self._lines():
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

    def _lines(self) -> list[str]:
        e = self.entry
        lines = [e.content] if e.content else []
        if e.outcome == "lost":
            lines.append(self.tr("Lost because: {reason}").format(
                reason=choices.label(choices.LOST_REASONS, e.lost_reason)))
        if e.vehicle_title:
            lines.append(self.tr("Car: {car}").format(car=e.vehicle_title))
        if e.next_action or e.next_action_on:
            lines.append(self.tr("Next: {action} {day}").format(
                action=e.next_action or self.tr("follow up"), day=fmt_date(e.next_action_on)))
        return lines


class FollowUpTimeline(QWidget):
    """The follow-up tab of a customer page: log, deal, referral buttons and the timeline."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.cards: list[EntryCard] = []
        self.log_button = QPushButton(self.tr("Log follow-up"))
        self.log_button.setDefault(True)
        self.deal_button = QPushButton(self.tr("Record deal"))
        self.referral_button = QPushButton(self.tr("Record referral"))
        self.log_button.clicked.connect(self._on_log_clicked)
        self.deal_button.clicked.connect(self._on_deal_clicked)
        self.referral_button.clicked.connect(self._on_referral_clicked)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.deal_button, self.referral_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self._on_link_activated)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_box)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.language_changed.connect(lambda _lang: self.retranslate())

    def retranslate(self) -> None:
        """Show every text in the language just chosen."""
        self.log_button.setText(self.tr("Log follow-up"))
        self.deal_button.setText(self.tr("Record deal"))
        self.referral_button.setText(self.tr("Record referral"))
        self.refresh()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.refresh()

    def _on_changed(self, changes) -> None:
        if self.customer_id is not None and changes.touches("followups", "customers", "revisits"):
            self.refresh()

    def refresh(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = []
        for button in (self.log_button, self.deal_button, self.referral_button):
            button.setEnabled(self.customer_id is not None)
        if self.customer_id is None:
            self.summary.setText("")
            return
        self.summary.setText(self._summary_html())
        entries = followups.timeline(self.customer_id)
        for entry in entries:
            card = EntryCard(entry, mine=entry.staff_id == self.ctx.operator_id
                             and self.ctx.operator_id is not None)
            if card.edit_button is not None:
                card.edit_button.clicked.connect(lambda _=False, e=entry: self._on_edit(e))
                card.delete_button.clicked.connect(lambda _=False, e=entry: self._on_delete(e))
            self.cards.append(card)
            self.list_layout.addWidget(card)
        if not entries:
            empty = QLabel(self.tr("No follow-ups yet. Log the first contact: it sets the "
                                   "customer's status and next follow-up date."))
            empty.setWordWrap(True)
            empty.setStyleSheet(f"color: {COLORS['muted']}; padding: 24px;")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.list_layout.addWidget(empty)
        self.list_layout.addStretch(1)

    def _summary_html(self) -> str:
        parts = []
        revisits = followups.list_revisits(self.customer_id)
        if revisits:
            items = []
            for r in revisits:
                state = self.tr("done") if r.done_at else (
                    self.tr("overdue") if r.due_on < self.ctx.today() else "")
                colour = COLORS["ok"] if r.done_at else (
                    COLORS["error"] if state else COLORS["muted"])
                items.append(f"{html.escape(followups.revisit_label(r.days))} "
                             f"{fmt_date(r.due_on)} <span style='color:{colour}'>{state}</span>")
            parts.append(self.tr("After-sale revisits: {list}").format(list="; ".join(items)))
        referrals = followups.referrals_of(self.customer_id)
        if referrals:
            links = ", ".join(f"<a href='{r.customer_id}'>{html.escape(r.name)}</a> "
                              f"({html.escape(choices.label(choices.STATUSES, r.status))})"
                              for r in referrals)
            parts.append(self.tr("Referred {n}: {list}").format(n=len(referrals), list=links))
        return "<br>".join(parts)

    def _on_link_activated(self, link: str) -> None:
        self.ctx.signals.open_customer.emit(int(link))

    def _on_log_clicked(self) -> None:
        FollowUpDialog(self.ctx, self.customer_id, self).exec()

    def _on_deal_clicked(self) -> None:
        DealDialog(self.ctx, self.customer_id, self).exec()

    def _on_referral_clicked(self) -> None:
        ReferralDialog(self.ctx, self.customer_id, self).exec()

    def _on_edit(self, entry: FollowUpEntry) -> None:
        FollowUpDialog(self.ctx, self.customer_id, self, entry=entry).exec()

    def _on_delete(self, entry: FollowUpEntry) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete follow-up"),
            self.tr("Delete this follow-up of {day}? The customer's status and dates are "
                    "worked out again from the rest.").format(day=fmt_datetime(entry.at)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = followups.delete_follow_up(follow_up_id=entry.id,
                                                 by_staff_id=self.ctx.operator_id)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Delete follow-up"), exc.errors[0].message)
            return
        self.ctx.broadcast(changes)

