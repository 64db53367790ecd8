"""Reports tabs for customer value: tiers and the top customers by remaining value, the
customer pool by month with a chart, the replacement window, sources and referrers.

Everything comes from services/value.py; the figures are computed when a tab is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from dealerdesk.domain.dates import add_months
from dealerdesk.domain.money import format_cents
from dealerdesk.domain.value import tier_label
from dealerdesk.services import value
from dealerdesk.services.customer_lists import ListEntry
from dealerdesk.ui.followups.common import Column, PlainTableModel, fmt_date, fmt_rate
from dealerdesk.ui.reports.list_actions import ListActions

TOP = 100
TABS = 5  # Value, Pool, Replacement window, Sources, Trends


def _money(cents: int) -> str:
    return format_cents(cents)


def _count(header: str, get) -> Column:
    return Column(header, lambda r: str(get(r)), sort=get, right=True)


def _money_column(header: str, get) -> Column:
    return Column(header, lambda r: _money(get(r)), sort=get, right=True)


def _titled(title: QLabel, *widgets: QWidget, actions: QWidget | None = None) -> QWidget:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 4, 0, 0)
    title.setWordWrap(True)
    title.setTextFormat(Qt.TextFormat.RichText)
    box.addWidget(title)
    for widget in widgets:
        box.addWidget(widget, 1)
    if actions is not None:
        box.addWidget(actions)
    return page


def _stacked(*widgets: QWidget) -> QWidget:
    """Widgets one above the other, the last one taking the height."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets[:-1]:
        box.addWidget(widget)
    box.addWidget(widgets[-1], 1)
    return page


class PoolChart(QChartView):
    """In-flow and out-flow per month as paired bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 200)
        self._chart = QChart()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(self._chart)

    def set_months(self, months: list[value.PoolMonth], title: str, inflow: str,
                   outflow: str) -> None:
        self.set_bars(title, [m.month for m in months], [
            (inflow, "#2563eb", [m.inflow for m in months]),
            (outflow, "#c62828", [m.outflow for m in months])])

    def set_bars(self, title: str, months: list[str],
                 series_list: list[tuple[str, str, list[int]]]) -> None:
        """One group of bars per month ("YYYY-MM"), one bar per (label, colour, values)."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        series = QBarSeries()
        for label, colour, values in series_list:
            bars = QBarSet(label)
            bars.setColor(QColor(colour))
            for number in values:
                bars.append(number)
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([m[5:] for m in months] or [""])
        axis = QValueAxis()
        axis.setRange(0, max([max(v, default=0) for _l, _c, v in series_list] + [1]) * 1.1)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(axis)


class ValueTabs:
    """Adds the value tabs to the Reports screen's tab widget and fills them when shown."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ValueTabs", text)

    def __init__(self, screen) -> None:
        self.screen = screen
        self.shown_for: dict[int, dt.date] = {}
        self.tier_title, self.pool_title = QLabel(), QLabel()
        self.replace_title, self.source_title = QLabel(), QLabel()
        self.build_models()
        from dealerdesk.ui.reports.screen import table_view

        self.tier_table, self.top_table = table_view(self.tier_model), table_view(self.top_model)
        self.pool_table = table_view(self.pool_model)
        self.pool_chart = PoolChart()
        self.replace_table = table_view(self.replace_model)
        self.source_table = table_view(self.source_model)
        self.trend_table = table_view(self.trend_model)
        self.trend_chart = PoolChart()
        self.trend_title = QLabel()
        self.referrer_table = table_view(self.referrer_model)
        for view in (self.top_table, self.replace_table, self.referrer_table):
            view.doubleClicked.connect(lambda index, v=view: self._open(v, index))
        self.values: list[value.CustomerValue] = []
        self.tier_shown: str | None = None  # the tier whose customers the list shows
        self.list_caption = QLabel()
        ctx = screen.ctx
        self.value_actions = ListActions(ctx, self.value_list)
        self.replace_actions = ListActions(ctx, self.replacement_list)
        self._watch_tier_selection()

    def build_models(self) -> None:
        self.tier_model = PlainTableModel([
            Column(self.tr("Tier"), lambda t: t.label),
            _count(self.tr("Customers"), lambda t: t.customers),
            _money_column(self.tr("Spent in the window"), lambda t: t.monetary_cents),
            _money_column(self.tr("Spent in all"), lambda t: t.lifetime_cents),
            _money_column(self.tr("Remaining value"), lambda t: t.remaining_value_cents),
            Column(self.tr("Rule"), lambda t: t.rule),
        ], parent=self.screen)
        self.top_model = PlainTableModel([
            Column(self.tr("Customer"), lambda v: v.name),
            Column(self.tr("Tier"), lambda v: tier_label(v.tier)),
            _money_column(self.tr("Remaining value"), lambda v: v.remaining_value_cents),
            _money_column(self.tr("Spent in the window"), lambda v: v.monetary_cents),
            Column(self.tr("R F M"), lambda v: " ".join(str(x or "-") for x in (v.r, v.f, v.m))),
            Column(self.tr("Replacement from"), lambda v: fmt_date(v.replacement_from)),
        ], id_of=lambda v: v.customer_id, parent=self.screen)
        self.pool_model = PlainTableModel([
            Column(self.tr("Month"), lambda m: m.month),
            _count(self.tr("In the pool"), lambda m: m.size),
            _count(self.tr("In-flow"), lambda m: m.inflow),
            _count(self.tr("Out-flow"), lambda m: m.outflow),
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
            _money_column(self.tr("Remaining value"), lambda v: v.remaining_value_cents),
        ], id_of=lambda v: v.customer_id, parent=self.screen)
        self.trend_model = PlainTableModel([
            Column(self.tr("Month"), lambda m: m.month),
            _count(self.tr("Leads"), lambda m: m.leads),
            _count(self.tr("Came to the shop"), lambda m: m.visits),
            _count(self.tr("Deals"), lambda m: m.deals),
            _count(self.tr("Lost"), lambda m: m.lost),
            Column(self.tr("Revisits on time"), lambda m: fmt_rate(m.revisit_rate), right=True,
                   sort=lambda m: -1 if m.revisit_rate is None else m.revisit_rate),
            _money_column(self.tr("Money spent"), lambda m: m.spend_cents),
        ], parent=self.screen)
        self.source_model = PlainTableModel([
            Column(self.tr("Source"), lambda s: self._source(s.source)),
            Column(self.tr("Platform"), lambda s: s.platform),
            _count(self.tr("Leads"), lambda s: s.leads),
            _count(self.tr("Came to the shop"), lambda s: s.visits),
            _count(self.tr("Cars sold"), lambda s: s.deals),
            _money_column(self.tr("Money"), lambda s: s.money_cents),
        ], parent=self.screen)
        self.referrer_model = PlainTableModel([
            Column(self.tr("Referred by"), lambda r: r.name),
            _count(self.tr("Customers referred"), lambda r: r.referred),
            _count(self.tr("Of whom bought"), lambda r: r.bought),
        ], id_of=lambda r: r.customer_id, parent=self.screen)

    def set_models(self) -> None:
        for view, model in ((self.tier_table, self.tier_model), (self.top_table, self.top_model),
                            (self.pool_table, self.pool_model),
                            (self.replace_table, self.replace_model),
                            (self.source_table, self.source_model),
                            (self.trend_table, self.trend_model),
                            (self.referrer_table, self.referrer_model)):
            view.setModel(model)
        self._watch_tier_selection()

    def _watch_tier_selection(self) -> None:
        self.tier_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_tier(cur.row()))

    def _source(self, code: str) -> str:
        from dealerdesk.domain import choices

        return choices.label(choices.SOURCES, code) if code in choices.SOURCES else code

    def add_to(self, tabs) -> None:
        self.first = tabs.count()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tier_table)
        split.addWidget(_stacked(self.list_caption, self.top_table))
        tabs.addTab(_titled(self.tier_title, split, actions=self.value_actions), "")
        split = QSplitter()
        split.addWidget(self.pool_table)
        split.addWidget(self.pool_chart)
        split.setSizes([520, 480])
        tabs.addTab(_titled(self.pool_title, split), "")
        tabs.addTab(_titled(self.replace_title, self.replace_table,
                            actions=self.replace_actions), "")
        split = QSplitter()
        split.addWidget(self.source_table)
        split.addWidget(self.referrer_table)
        split.setSizes([640, 360])
        tabs.addTab(_titled(self.source_title, split), "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.trend_table)
        split.addWidget(self.trend_chart)
        split.setSizes([300, 260])
        tabs.addTab(_titled(self.trend_title, split), "")
        self.retranslate(tabs)
        tabs.currentChanged.connect(lambda i: self.show(i))

    def retranslate(self, tabs) -> None:
        self.value_actions.retranslate()
        self.replace_actions.retranslate()
        for i, text in enumerate((self.tr("Value"), self.tr("Pool"),
                                  self.tr("Replacement window"), self.tr("Sources"),
                                  self.tr("Trends"))):
            tabs.setTabText(self.first + i, text)
        self.shown_for.clear()
        self.show(tabs.currentIndex())

    def refresh(self) -> None:
        """Figures changed: recompute the tab on show, now if one of ours is showing."""
        self.shown_for.clear()
        self.show(self.screen.tabs.currentIndex())

    def show(self, index: int) -> None:
        today = self.screen.ctx.today()
        which = index - getattr(self, "first", 10**6)
        if not 0 <= which < TABS or self.shown_for.get(which) == today:
            return
        self.shown_for[which] = today
        (self._show_value, self._show_pool, self._show_replacement,
         self._show_sources, self._show_trends)[which](today)

    def _show_value(self, today: dt.date) -> None:
        tiers = value.tier_report(as_of=today)
        self.tier_model.set_rows(tiers)
        self.tier_table.resizeColumnsToContents()
        self.tier_table.setColumnWidth(5, 360)
        self.tier_table.setWordWrap(True)
        self.tier_table.resizeRowsToContents()
        self.values = sorted(value.customer_values(as_of=today),
                             key=lambda v: (-v.remaining_value_cents, v.customer_id))
        self._show_tier(-1)
        basis = value.shop_basis(as_of=today)
        self.tier_title.setText(
            self.tr("<b>{n} customers</b> in four tiers as of {day}; below, the {top} with the "
                    "highest remaining value.").format(
                n=sum(t.customers for t in tiers), day=fmt_date(today), top=TOP)
            + "<br>" + " ".join(value.basis_lines(basis)))

    def _show_pool(self, today: dt.date) -> None:
        months = value.pool_report(as_of=today, months=24)
        self.pool_model.set_rows(list(reversed(months)))
        self.pool_table.resizeColumnsToContents()
        self.pool_chart.set_months(months[-12:], self.tr("In-flow and out-flow, last 12 months"),
                                   self.tr("In-flow"), self.tr("Out-flow"))
        last = months[-1]
        self.pool_title.setText(self.tr(
            "<b>{size}</b> customers in the pool at the end of {month}. A customer enters with "
            "a purchase or service visit and leaves a year after their last one.").format(
                size=last.size, month=last.month))

    def _show_replacement(self, today: dt.date) -> None:
        due = value.replacement_due(as_of=today, days=90)
        self.replace_model.set_rows(due)
        self.replace_actions.set_enabled(bool(due))
        self.replace_table.resizeColumnsToContents()
        entering = sum(not r.entered for r in due)
        self.replace_title.setText(self.tr(
            "<b>{n}</b> customers whose car reaches the shop's usual holding time ({months} "
            "months) in the next 90 days, and <b>{m}</b> whose car is past it: a good moment to "
            "offer the next car.").format(n=entering, m=len(due) - entering,
                                          months=value.shop_basis(as_of=today).holding_months))

    def _show_sources(self, today: dt.date) -> None:
        end = today + dt.timedelta(days=1)
        start = add_months(end, -12)
        self.source_model.set_rows(value.source_report(start=start, end=end))
        self.source_table.resizeColumnsToContents()
        self.referrer_model.set_rows(value.top_referrers())
        self.referrer_table.resizeColumnsToContents()
        self.source_title.setText(self.tr(
            "Leads, shop visits, cars sold and money by source from {start} to {end}; on the "
            "right, who referred the most customers.").format(
                start=fmt_date(start), end=fmt_date(today)))

    def _show_trends(self, today: dt.date) -> None:
        months = value.trend_report(as_of=today, months=12)
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

    def _show_tier(self, row: int) -> None:
        """The customers of the tier chosen above, or the top ones when none is chosen."""
        tier = self.tier_model.row_at(row)
        self.tier_shown = tier.tier if tier is not None else None
        if tier is None:
            rows = self.values[:TOP]
            self.list_caption.setText(self.tr(
                "The {top} customers with the highest remaining value; choose a tier above to "
                "list its customers.").format(top=TOP))
        else:
            rows = [v for v in self.values if v.tier == tier.tier]
            self.list_caption.setText(self.tr("{tier}: {n} customers, highest remaining value "
                                              "first.").format(tier=tier.label, n=len(rows)))
        self.top_model.set_rows(rows)
        self.top_table.resizeColumnsToContents()
        self.value_actions.set_enabled(bool(rows))

    def value_list(self) -> tuple[str, list[ListEntry]]:
        """The customers the Value tab lists now, for its list actions."""
        title = tier_label(self.tier_shown) if self.tier_shown else self.tr(
            "Highest remaining value")
        return title, [ListEntry(v.customer_id, self.tr("{tier}, remaining value {money}").format(
            tier=tier_label(v.tier), money=_money(v.remaining_value_cents)))
            for v in self.top_model.rows()]

    def _window_words(self, due: value.ReplacementDue) -> str:
        if due.entered:
            return self.tr("in it since {day}").format(day=fmt_date(due.opens))
        return self.tr("enters on {day}").format(day=fmt_date(due.opens))

    def replacement_list(self) -> tuple[str, list[ListEntry]]:
        return self.tr("Replacement window"), [
            ListEntry(v.customer_id, " ".join(x for x in (self._window_words(v), v.car) if x))
            for v in self.replace_model.rows()]

    def _open(self, view, index) -> None:
        row = view.model().row_at(index.row())
        if row is not None:
            self.screen.ctx.signals.open_customer.emit(row.customer_id)
