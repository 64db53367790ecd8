"""The Sources tab's list of who one referrer referred: chosen in the referrers table, read
off the GUI thread (services/value.py), and a starting point like every Reports list."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from dealerdesk.domain import choices
from dealerdesk.services import value
from dealerdesk.services.customer_lists import ListEntry
from dealerdesk.services.settings import customer_levels
from dealerdesk.ui.followups.common import Column, PlainTableModel, fmt_date
from dealerdesk.ui.reminders.loader import Loader
from dealerdesk.ui.reports.list_actions import ListActions, opens_customers
from dealerdesk.ui.reports.value_tab import captioned, computing_text, count_column, money

LEVEL_COLUMN = 3  # takes the width the others leave, its text cut (whole in the tooltip)

def _work(referrer_id: int):
    """The customers and the shop's level names, for a worker thread (no Qt)."""
    return lambda: (value.referred_customers(referrer_id), dict(customer_levels()))


class ReferralList:
    """The customers the chosen referrer referred, with the list actions below them."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReferralList", text)

    def __init__(self, screen, *, background: bool = True) -> None:
        from dealerdesk.ui.reports.screen import table_view

        self.screen = screen
        self.referrer: value.Referrer | None = None
        self.levels: dict[str, str] = {}
        self.caption = QLabel()
        self.build_model()
        self.table = table_view(self.model)
        opens_customers(self.table, screen.ctx)
        self._fit_columns()
        self.page: QWidget = captioned(self.caption, self.table)
        self.actions = ListActions(screen.ctx, self.customer_list)
        self.loader = Loader(screen, background=background)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(lambda error: self.caption.setText(self.tr(
            "The list could not be read: {error}").format(error=html.escape(str(error)))))
        self.show_for(None)

    def build_model(self) -> None:
        self.model = PlainTableModel([
            Column(self.tr("Customer"), lambda r: r.name),
            Column(self.tr("Recorded"), lambda r: fmt_date(r.recorded), sort=lambda r: r.recorded),
            Column(self.tr("Status"), lambda r: choices.label(choices.STATUSES, r.status)),
            Column(self.tr("Level"), self._level, tip=self._level),
            count_column(self.tr("Cars"), lambda r: r.deals),
            Column(self.tr("Paid"), lambda r: money(r.deal_cents) if r.bought else "",
                   sort=lambda r: r.deal_cents, right=True),
        ], id_of=lambda r: r.customer_id, parent=self.screen)

    def _level(self, row: value.ReferredCustomer) -> str:
        return self.levels.get(row.level, row.level)

    def set_model(self) -> None:
        self.table.setModel(self.model)
        self._fit_columns()
        self.pause()

    def _fit_columns(self) -> None:
        """Every column in view on a 1280x720 laptop beside the Sources table: each fits
        its text and the level (the longest, "A: buys within 15 days") takes the rest."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LEVEL_COLUMN, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.actions.retranslate()

    def pause(self) -> None:
        """The referrers are computed again: nothing from before meanwhile (the referrer
        chosen is kept, to be chosen again when they come)."""
        self.loader.forget()
        self.model.set_rows([])
        self.actions.set_enabled(False)
        self.caption.setText(computing_text())

    def show_for(self, referrer: value.Referrer | None) -> None:
        """Read the customers `referrer` referred (none chosen: ask for one)."""
        self.referrer = referrer
        self.pause()
        if referrer is None:
            self.caption.setText(self.tr(
                "Choose someone in the referrers table to list the customers they referred."))
            return
        self.loader.load(_work(referrer.customer_id))

    def _on_loaded(self, result) -> None:
        rows, self.levels = result
        self.model.set_rows(rows)
        self.actions.set_enabled(bool(rows))
        bought = sum(r.bought for r in rows)
        self.caption.setText(self.tr(
            "{name} referred {n} customers; {m} of them bought a car.").format(
                name=html.escape(self.referrer.name if self.referrer else ""), n=len(rows),
                m=bought))

    def customer_list(self) -> tuple[str, list[ListEntry]]:
        """The customers listed now, for the list actions."""
        name = self.referrer.name if self.referrer else ""
        return self.tr("Referred by {name}").format(name=name), [
            ListEntry(r.customer_id, self._reason(r, name)) for r in self.model.rows()]

    def _reason(self, row: value.ReferredCustomer, name: str) -> str:
        if row.bought:
            return self.tr("referred by {name}, bought {n} cars for {money}").format(
                name=name, n=row.deals, money=money(row.deal_cents))
        return self.tr("referred by {name}, recorded {day}").format(
            name=name, day=fmt_date(row.recorded))

