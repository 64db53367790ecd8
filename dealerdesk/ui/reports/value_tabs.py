"""Reports tabs for customer value: the Value tab (value_tab.py), the customer pool by month
with a chart, the replacement window, sources and referrers, and the trends.

Everything comes from services/value.py and value_overview.py. A tab's figures are computed
off the GUI thread when it is shown (a large shop takes seconds), with "Computing…" in the
meantime; an answer made out of date by a change, a new day or another language is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from dealerdesk.domain.dates import add_months
from dealerdesk.domain.value import tier_label
from dealerdesk.services import value, value_overview
from dealerdesk.services.customer_lists import ListEntry
from dealerdesk.ui.followups.common import Column, PlainTableModel, fmt_date, fmt_rate
from dealerdesk.ui.pc_settings import pc_settings
from dealerdesk.ui.reminders.loader import Loader
from dealerdesk.ui.reports.chart import MonthChart
from dealerdesk.ui.reports.list_actions import ListActions, opens_customers
from dealerdesk.ui.reports.referrals import ReferralList
from dealerdesk.ui.reports.value_tab import (
    ValueTab,
    computing_text,
    count_column,
    failed_text,
    money_column,
)

TABS = 5  # Value, Pool, Replacement window, Sources, Trends
# What each tab computes, in parts computed one after the other (the Value tab's moves
# between tiers take longer than its tiers, so those show first; run side by side on a
# shop's two cores they would both come late).
PARTS: tuple[tuple[str, ...], ...] = (("value", "moves"), ("pool",), ("replacement",),
                                      ("sources",), ("trends",))
MOVE_MONTHS = 12
POOL_MONTHS = (12, 24, 36)  # the Pool tab's choices, remembered on this PC
POOL_MONTHS_KEY = "reports/pool_months"


def saved_pool_months() -> int:
    """The months the Pool tab showed last on this PC (24 the first time)."""
    try:
        months = int(pc_settings().value(POOL_MONTHS_KEY, 24))
    except (TypeError, ValueError):
        return 24
    return months if months in POOL_MONTHS else 24


def _titled(title: QLabel, *widgets: QWidget, actions: QWidget | None = None,
            controls: tuple[QWidget, ...] = ()) -> QWidget:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 4, 0, 0)
    title.setWordWrap(True)
    title.setTextFormat(Qt.TextFormat.RichText)
    if controls:  # on the right of the caption, level with its first line
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        for control in controls:
            row.addWidget(control)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(bar, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
    else:
        box.addWidget(title)
    for widget in widgets:
        box.addWidget(widget, 1)
    if actions is not None:
        box.addWidget(actions)
    return page


def work(part: str, today: dt.date, pool_months: int = 24) -> Callable[[], object]:
    """The service calls behind one part, for a worker thread (no Qt)."""
    if part == "value":
        return lambda: value_overview.value_overview(as_of=today)
    if part == "moves":
        return lambda: value_overview.move_months(as_of=today, months=MOVE_MONTHS)
    if part == "pool":
        return lambda: value.pool_report(as_of=today, months=pool_months)
    if part == "replacement":
        return lambda: (value.replacement_due(as_of=today, days=90),
                        value.shop_basis(as_of=today).holding_months)
    if part == "sources":
        end = today + dt.timedelta(days=1)
        start = add_months(end, -12)
        return lambda: (start, today, value.source_report(start=start, end=end),
                        value.top_referrers())
    return lambda: value.trend_report(as_of=today, months=12)


class ValueTabs:
    """Adds the value tabs to the Reports screen's tab widget and fills them when shown.

    With `background=False` (tests) the figures are computed at once on this thread.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ValueTabs", text)

    def __init__(self, screen, *, background: bool = True) -> None:
        from dealerdesk.ui.reports.screen import table_view

        self.screen = screen
        self.shown_for: dict[int, dt.date] = {}
        self.value_tab = ValueTab(screen)
        self.pool_title, self.replace_title = QLabel(), QLabel()
        self.source_title, self.trend_title = QLabel(), QLabel()
        self._build_models()
        self.pool_table = table_view(self.pool_model)
        self.pool_chart = MonthChart()
        self.pool_months_caption = QLabel()
        self.pool_months = QComboBox()
        for months in POOL_MONTHS:
            self.pool_months.addItem("", months)
        self.pool_months.setCurrentIndex(POOL_MONTHS.index(saved_pool_months()))
        self.pool_months.currentIndexChanged.connect(lambda _i: self._on_pool_months())
        self.replace_table = table_view(self.replace_model)
        self.source_table = table_view(self.source_model)
        self.trend_table = table_view(self.trend_model)
        self.trend_chart = MonthChart()
        self.referrer_table = table_view(self.referrer_model)
        for view in (self.replace_table, self.referrer_table):
            opens_customers(view, screen.ctx)
        self.replace_actions = ListActions(screen.ctx, self.replacement_list)
        self.referrals = ReferralList(screen, background=background)
        self._watch_referrers()
        self.loaders = {part: self._loader(part, background)
                        for parts in PARTS for part in parts}

    def _loader(self, part: str, background: bool) -> Loader:
        loader = Loader(self.screen, background=background)
        loader.loaded.connect(lambda result, p=part: self._on_loaded(p, result))
        loader.failed.connect(lambda error, p=part: self._on_failed(p, error))
        return loader

    def build_models(self) -> None:
        """Models with the headers in the language now chosen (set_models shows them)."""
        self.value_tab.build_models()
        self._build_models()
        self.referrals.build_model()

    def _build_models(self) -> None:
        self.pool_model = PlainTableModel([
            Column(self.tr("Month"), lambda m: m.month),
            count_column(self.tr("In the pool"), lambda m: m.size),
            count_column(self.tr("In-flow"), lambda m: m.inflow),
            count_column(self.tr("Out-flow"), lambda m: m.outflow),
            Column(self.tr("In : out"), lambda m: "-" if m.in_out_ratio is None
                   else f"{m.in_out_ratio:.2f}", right=True),
            Column(self.tr("Retention"), lambda m: fmt_rate(m.retention), right=True),
        ], parent=self.screen)
        self.replace_model = PlainTableModel([
            Column(self.tr("Customer"), lambda v: v.name),
            Column(self.tr("Window"), self._window_words, sort=lambda v: v.opens),
            Column(self.tr("Car"), lambda v: v.car),
            Column(self.tr("Salesperson"), lambda v: v.salesperson),
            Column(self.tr("Tier"), lambda v: tier_label(v.tier)),
            money_column(self.tr("Remaining value"), lambda v: v.remaining_value_cents),
        ], id_of=lambda v: v.customer_id, parent=self.screen)
        self.trend_model = PlainTableModel([
            Column(self.tr("Month"), lambda m: m.month),
            count_column(self.tr("Leads"), lambda m: m.leads),
            count_column(self.tr("Came to the shop"), lambda m: m.visits),
            count_column(self.tr("Deals"), lambda m: m.deals),
            count_column(self.tr("Lost"), lambda m: m.lost),
            Column(self.tr("Revisits on time"), lambda m: fmt_rate(m.revisit_rate), right=True,
                   sort=lambda m: -1 if m.revisit_rate is None else m.revisit_rate),
            money_column(self.tr("Money spent"), lambda m: m.spend_cents),
        ], parent=self.screen)
        self.source_model = PlainTableModel([
            Column(self.tr("Source"), lambda s: self._source(s.source)),
            Column(self.tr("Platform"), lambda s: s.platform),
            count_column(self.tr("Leads"), lambda s: s.leads),
            # Short: beside the referrers on a 1280x720 laptop, the money column in view.
            count_column(self.tr("Shop visits"), lambda s: s.visits),
            count_column(self.tr("Cars sold"), lambda s: s.deals),
            money_column(self.tr("Money"), lambda s: s.money_cents),
        ], parent=self.screen)
        self.referrer_model = PlainTableModel([
            Column(self.tr("Referred by"), lambda r: r.name),
            count_column(self.tr("Customers referred"), lambda r: r.referred),
            count_column(self.tr("Of whom bought"), lambda r: r.bought),
        ], id_of=lambda r: r.customer_id, parent=self.screen)

    def set_models(self) -> None:
        self.value_tab.set_models()
        for view, model in ((self.pool_table, self.pool_model),
                            (self.replace_table, self.replace_model),
                            (self.source_table, self.source_model),
                            (self.trend_table, self.trend_model),
                            (self.referrer_table, self.referrer_model)):
            view.setModel(model)
        self._watch_referrers()
        self.referrals.set_model()

    def _watch_referrers(self) -> None:
        """Choosing a referrer lists the customers they referred."""
        self.referrer_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.referrals.show_for(self.referrer_model.row_at(cur.row())))

    def _source(self, code: str) -> str:
        from dealerdesk.domain import choices

        return choices.label(choices.SOURCES, code) if code in choices.SOURCES else code

    def add_to(self, tabs) -> None:
        self.first = tabs.count()
        tabs.addTab(self.value_tab.page, "")
        split = QSplitter()
        split.addWidget(self.pool_table)
        split.addWidget(self.pool_chart)
        split.setSizes([520, 480])
        tabs.addTab(_titled(self.pool_title, split,
                            controls=(self.pool_months_caption, self.pool_months)), "")
        tabs.addTab(_titled(self.replace_title, self.replace_table,
                            actions=self.replace_actions), "")
        referrals = QSplitter(Qt.Orientation.Vertical)
        referrals.addWidget(self.referrer_table)
        referrals.addWidget(self.referrals.page)
        split = QSplitter()
        split.addWidget(self.source_table)
        split.addWidget(referrals)
        split.setSizes([560, 440])
        tabs.addTab(_titled(self.source_title, split, actions=self.referrals.actions), "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.trend_table)
        split.addWidget(self.trend_chart)
        split.setSizes([300, 260])
        tabs.addTab(_titled(self.trend_title, split), "")
        self.retranslate(tabs)
        tabs.currentChanged.connect(lambda i: self.show(i))

    def retranslate(self, tabs) -> None:
        self.value_tab.retranslate()
        self.replace_actions.retranslate()
        self.referrals.retranslate()
        for i, text in enumerate((self.tr("Value"), self.tr("Pool"),
                                  self.tr("Replacement window"), self.tr("Sources"),
                                  self.tr("Trends"))):
            tabs.setTabText(self.first + i, text)
        self.pool_months_caption.setText(self.tr("Show the last"))
        for i, months in enumerate(POOL_MONTHS):
            self.pool_months.setItemText(i, self.tr("{n} months").format(n=months))
        self.refresh()  # the texts computed in the other language are out of date

    def refresh(self) -> None:
        """Figures changed: recompute the tab on show, now if one of ours is showing."""
        for loader in self.loaders.values():
            loader.forget()
        self.shown_for.clear()
        self.show(self.screen.tabs.currentIndex())

    def _on_pool_months(self) -> None:
        """Another number of months: remembered on this PC, the pool computed again."""
        pc_settings().setValue(POOL_MONTHS_KEY, self.pool_months.currentData())
        self.loaders["pool"].forget()
        self.shown_for.pop(1, None)
        self.show(self.screen.tabs.currentIndex())

    def _work(self, part: str, today: dt.date) -> Callable[[], object]:
        return work(part, today, pool_months=self.pool_months.currentData())

    def busy(self, which: int) -> bool:
        """Whether tab `which` (0 = Value) is still computing."""
        return any(self.loaders[part].busy for part in PARTS[which])

    def show(self, index: int) -> None:
        today = self.screen.ctx.today()
        which = index - getattr(self, "first", 10**6)
        if not 0 <= which < TABS or self.shown_for.get(which) == today:
            return
        self.shown_for[which] = today
        self._computing(which)
        self.loaders[PARTS[which][0]].load(self._work(PARTS[which][0], today))

    def _computing(self, which: int) -> None:
        """Nothing from before while a tab's figures are computed."""
        if which == 0:
            self.value_tab.computing()
            return
        title, views, chart = (
            (self.pool_title, (self.pool_table,), self.pool_chart),
            (self.replace_title, (self.replace_table,), None),
            (self.source_title, (self.source_table, self.referrer_table), None),
            (self.trend_title, (self.trend_table,), self.trend_chart))[which - 1]
        title.setText(computing_text())
        for view in views:
            view.model().set_rows([])
            view.resizeColumnsToContents()  # the headers, whole
        if chart is not None:
            chart.clear()
        if which == 2:
            self.replace_actions.set_enabled(False)
        if which == 3:
            self.referrals.pause()

    def _on_loaded(self, part: str, result) -> None:
        which = next(i for i, parts in enumerate(PARTS) if part in parts)
        after = PARTS[which][PARTS[which].index(part) + 1:]
        if after and which in self.shown_for:  # the next part, for the same day
            self.loaders[after[0]].load(self._work(after[0], self.shown_for[which]))
        if part == "value":
            self.value_tab.show_overview(result)
        elif part == "moves":
            self.value_tab.show_moves(result)
        else:
            getattr(self, f"_show_{part}")(result)

    def _on_failed(self, part: str, error: Exception) -> None:
        which = next(i for i, parts in enumerate(PARTS) if part in parts)
        self.shown_for.pop(which, None)  # tried again when shown again
        if which == 0:
            self.value_tab.failed(error, moves=part == "moves")
            return
        title = (self.pool_title, self.replace_title, self.source_title,
                 self.trend_title)[which - 1]
        title.setText(failed_text(error))

    def _show_pool(self, months: list[value.PoolMonth]) -> None:
        self.pool_model.set_rows(list(reversed(months)))
        self.pool_table.resizeColumnsToContents()
        self.pool_chart.set_bars(
            self.tr("In-flow and out-flow, last {n} months").format(n=len(months)),
            [m.month for m in months], [
                (self.tr("In-flow"), "#2563eb", [m.inflow for m in months]),
                (self.tr("Out-flow"), "#c62828", [m.outflow for m in months])])
        last = months[-1]
        self.pool_title.setText(self.tr(
            "<b>{size}</b> customers in the pool at the end of {month}. A customer enters with "
            "a purchase or service visit and leaves a year after their last one.").format(
                size=f"{last.size:,}", month=last.month))

    def _show_replacement(self, result: tuple[list[value.ReplacementDue], int]) -> None:
        due, holding_months = result
        self.replace_model.set_rows(due)
        self.replace_actions.set_enabled(bool(due))
        self.replace_table.resizeColumnsToContents()
        entering = sum(not r.entered for r in due)
        self.replace_title.setText(self.tr(
            "<b>{n}</b> customers whose car reaches the shop's usual holding time ({months} "
            "months) in the next 90 days, and <b>{m}</b> whose car is past it: a good moment to "
            "offer the next car.").format(n=entering, m=len(due) - entering,
                                          months=holding_months))

    def _show_sources(self, result) -> None:
        start, today, sources, referrers = result
        self.source_model.set_rows(sources)
        self.source_table.resizeColumnsToContents()
        chosen = self.referrals.referrer
        self.referrer_model.set_rows(referrers)
        self.referrer_table.resizeColumnsToContents()
        again = next((i for i, r in enumerate(referrers)
                      if chosen is not None and r.customer_id == chosen.customer_id), None)
        if again is None:
            self.referrals.show_for(None)
        else:  # the same referrer as before the figures were computed again
            self.referrer_table.setCurrentIndex(self.referrer_model.index(again, 0))
        self.source_title.setText(self.tr(
            "Leads, shop visits, cars sold and money by source from {start} to {end}; on the "
            "right, who referred the most customers, and below them whom the one you choose "
            "referred.").format(
                start=fmt_date(start), end=fmt_date(today)))

    def _show_trends(self, months: list[value.TrendMonth]) -> None:
        self.trend_model.set_rows(list(reversed(months)))
        self.trend_table.resizeColumnsToContents()
        self.trend_chart.set_bars(self.tr("Leads, shop visits, deals and lost, last 12 months"),
                                  [m.month for m in months], [
            (self.tr("Leads"), "#2563eb", [m.leads for m in months]),
            (self.tr("Came to the shop"), "#f59e0b", [m.visits for m in months]),
            (self.tr("Deals"), "#16a34a", [m.deals for m in months]),
            (self.tr("Lost"), "#c62828", [m.lost for m in months])])
        self.trend_title.setText(self.tr(
            "The Reports figures month by month, the latest first: counted as the Funnel tab "
            "counts one month; money spent is cars, service visits and card spending."))

    def value_list(self) -> tuple[str, list[ListEntry]]:
        """The customers the Value tab lists now, for its list actions."""
        return self.value_tab.customer_list()

    def _window_words(self, due: value.ReplacementDue) -> str:
        if due.entered:
            return self.tr("in it since {day}").format(day=fmt_date(due.opens))
        return self.tr("enters on {day}").format(day=fmt_date(due.opens))

    def replacement_list(self) -> tuple[str, list[ListEntry]]:
        return self.tr("Replacement window"), [
            ListEntry(v.customer_id, " ".join(x for x in (self._window_words(v), v.car) if x))
            for v in self.replace_model.rows()]


