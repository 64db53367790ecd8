"""The Reports screen's Value tab: the four tiers with their money and rules, the moves
between tiers month by month as a table and a chart, and the customers by remaining value
(of one tier when a tier is chosen) with the list actions.

The figures come from services/value_overview.py, computed off the GUI thread by
ValueTabs; this page only shows them, or "Computing…" meanwhile.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from dealerdesk.domain.value import tier_label
from dealerdesk.services import value
from dealerdesk.services.customer_lists import ListEntry
from dealerdesk.services.value_overview import MoveMonth, ValueOverview
from dealerdesk.ui.followups.common import COLORS, Column, PlainTableModel, fmt_date
from dealerdesk.ui.reports.chart import MonthChart
from dealerdesk.ui.reports.list_actions import ListActions, opens_customers
from dealerdesk.ui.widgets.money_field import format_money

TOP = 100
MOVE_COLOURS = {"up": "#16a34a", "down": "#f59e0b", "lost": "#c62828"}


def money(cents: int) -> str:
    """A sum as the reports show it: 12.35万 / ¥123,457 (domain.money's one rule)."""
    return format_money(cents, rounded=True)


def count_column(header: str, get, tip=None) -> Column:
    return Column(header, lambda r: f"{get(r):,}", sort=get, right=True, tip=tip)


def money_column(header: str, get) -> Column:
    return Column(header, lambda r: money(get(r)), sort=get, right=True)


def captioned(caption: QLabel, widget: QWidget) -> QWidget:
    """A caption above a widget that takes the height."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    caption.setWordWrap(True)
    box.addWidget(caption)
    box.addWidget(widget, 1)
    return page


def computing_text() -> str:
    """What a caption says, greyed, while its figures are computed."""
    return (f"<span style='color:{COLORS['muted']}'>"
            f"{QCoreApplication.translate('ValueTabs', 'Computing…')}</span>")


def failed_text(error: Exception) -> str:
    """What a caption says when its figures could not be computed (the error as text, never
    read as markup)."""
    return QCoreApplication.translate(
        "ValueTabs", "The figures could not be computed: {error}").format(
            error=html.escape(str(error)))


class ValueTab:
    """The Value tab's widgets; `page` is what the tab widget holds."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ValueTab", text)

    def __init__(self, screen) -> None:
        from dealerdesk.ui.reports.screen import table_view

        self.screen = screen
        self.overview: ValueOverview | None = None
        self.tier_shown: str | None = None  # the tier whose customers the list shows
        self.title, self.list_caption, self.moves_caption = QLabel(), QLabel(), QLabel()
        self.build_models()
        self.tier_table = table_view(self.tier_model)
        self.top_table = table_view(self.top_model)
        self.move_table = table_view(self.move_model)
        self.move_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.move_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.move_chart = MonthChart()
        opens_customers(self.top_table, screen.ctx)
        self.actions = ListActions(screen.ctx, self.customer_list)
        self.page = self._build_page()
        self._watch_tier_selection()

    def build_models(self) -> None:
        self.tier_model = PlainTableModel([
            Column(self.tr("Tier"), lambda t: tier_label(t.tier)),
            count_column(self.tr("Customers"), lambda t: t.customers),
            money_column(self.tr("Spent in the window"), lambda t: t.monetary_cents),
            money_column(self.tr("Spent in all"), lambda t: t.lifetime_cents),
            money_column(self.tr("Remaining value"), lambda t: t.remaining_value_cents),
            Column(self.tr("Rule"), lambda t: t.rule),
        ], parent=self.screen)
        self.move_model = PlainTableModel([
            Column(self.tr("Month"), lambda m: m.month, tip=self._month_tip),
            count_column(self.tr("New"), lambda m: m.new, tip=lambda m: self._tip(m, "new")),
            count_column(self.tr("Moved up"), lambda m: m.up, tip=lambda m: self._tip(m, "up")),
            count_column(self.tr("Moved down"), lambda m: m.down,
                         tip=lambda m: self._tip(m, "down")),
            count_column(self.tr("Into lost"), lambda m: m.lost,
                         tip=lambda m: self._tip(m, "lost")),
        ], parent=self.screen)
        self.top_model = PlainTableModel([
            Column(self.tr("Customer"), lambda v: v.name),
            Column(self.tr("Tier"), lambda v: tier_label(v.tier)),
            money_column(self.tr("Remaining value"), lambda v: v.remaining_value_cents),
            money_column(self.tr("Spent in the window"), lambda v: v.monetary_cents),
            Column(self.tr("R F M"), lambda v: " ".join(str(x or "-") for x in (v.r, v.f, v.m))),
            Column(self.tr("Replacement from"), lambda v: fmt_date(v.replacement_from)),
        ], id_of=lambda v: v.customer_id, parent=self.screen)

    def set_models(self) -> None:
        for view, model in ((self.tier_table, self.tier_model), (self.top_table, self.top_model),
                            (self.move_table, self.move_model)):
            view.setModel(model)
        self._watch_tier_selection()
        if self.overview is not None:
            self.show_overview(self.overview)

    def _watch_tier_selection(self) -> None:
        self.tier_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_tier(cur.row()))

    def _build_page(self) -> QWidget:
        moves = QSplitter()
        moves.addWidget(captioned(self.moves_caption, self.move_table))
        moves.addWidget(self.move_chart)
        moves.setSizes([480, 520])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tier_table)
        split.addWidget(moves)
        split.addWidget(captioned(self.list_caption, self.top_table))
        split.setSizes([150, 250, 260])
        for i, stretch in enumerate((0, 1, 1)):
            split.setStretchFactor(i, stretch)
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.title)
        box.addWidget(split, 1)
        box.addWidget(self.actions)
        return page

    def retranslate(self) -> None:
        self.actions.retranslate()

    # ---- figures ---------------------------------------------------------------------------

    def computing(self) -> None:
        """Nothing from before is shown while the figures are computed."""
        self.overview, self.tier_shown = None, None
        for model in (self.tier_model, self.top_model, self.move_model):
            model.set_rows([])
        for view in (self.tier_table, self.top_table):
            view.resizeColumnsToContents()  # the headers, whole
        for label in (self.title, self.list_caption, self.moves_caption):
            label.setText(computing_text())
        self.move_chart.clear()
        self.actions.set_enabled(False)

    def failed(self, error: Exception, *, moves: bool = False) -> None:
        """The moves failed: their caption says so. The tiers failed: the moves, which come
        after them, are not computed either, and every caption says so."""
        labels = (self.moves_caption,) if moves else (
            self.title, self.list_caption, self.moves_caption)
        for label in labels:
            label.setText(failed_text(error))

    def show_overview(self, overview: ValueOverview) -> None:
        self.overview = overview
        self.tier_model.set_rows(overview.tiers)
        self.tier_table.resizeColumnsToContents()
        self.tier_table.setColumnWidth(5, 360)  # the rule wraps rather than widen the table
        self.tier_table.setWordWrap(True)
        self.tier_table.resizeRowsToContents()
        self._show_tier(-1)
        self.title.setText(
            self.tr("<b>{n} customers</b> in four tiers as of {day}; below, how many moved "
                    "between tiers each month, and the customers with the highest remaining "
                    "value.").format(n=f"{overview.customers:,}", day=fmt_date(overview.as_of))
            + "<br>" + " ".join(value.basis_lines(overview.basis)))

    def show_moves(self, months: list[MoveMonth]) -> None:
        self.move_model.set_rows(list(reversed(months)))
        self.moves_caption.setText(self.tr(
            "Moves between tiers each month, the latest first (point at a figure for the "
            "tiers)."))
        self.moves_caption.setToolTip(self.tr(
            "From the tier at the end of the month before to the tier at the month's end; new "
            "customers are those recorded during the month."))
        self.move_chart.set_bars(self.tr("Moves between tiers, last {n} months").format(
            n=len(months)), [m.month for m in months], [
            (self.tr("Moved up"), MOVE_COLOURS["up"], [m.up for m in months]),
            (self.tr("Moved down"), MOVE_COLOURS["down"], [m.down for m in months]),
            (self.tr("Into lost"), MOVE_COLOURS["lost"], [m.lost for m in months])])

    def _tip(self, month: MoveMonth, kind: str) -> str:
        return "\n".join(self._move_words(m) for m in month.of_kind(kind))

    def _month_tip(self, month: MoveMonth) -> str:
        counts = ", ".join(f"{tier_label(t)} {n:,}" for t, n in sorted(
            month.counts.items(), key=lambda kv: -kv[1]))
        return self.tr("At the month's end: {counts}").format(counts=counts)

    def _move_words(self, move: tuple[str, str, int]) -> str:
        source, target, customers = move
        name = self.tr("New customers") if source == "new" else tier_label(source)
        return self.tr("{source} → {target}: {n}").format(source=name, target=tier_label(target),
                                                         n=f"{customers:,}")

    def _show_tier(self, row: int) -> None:
        """The customers of the tier chosen above, or the top ones when none is chosen."""
        tier = self.tier_model.row_at(row)
        self.tier_shown = tier.tier if tier is not None else None
        overview = self.overview
        if overview is None:
            return
        if tier is None:
            rows = overview.of_tier(None, TOP)
            self.list_caption.setText(self.tr(
                "The {top} customers with the highest remaining value; choose a tier above to "
                "list its customers.").format(top=TOP))
        else:
            rows = overview.of_tier(tier.tier)
            self.list_caption.setText(self.tr("{tier}: {n} customers, highest remaining value "
                                              "first.").format(tier=tier_label(tier.tier),
                                                               n=f"{len(rows):,}"))
        self.top_model.set_rows(rows)
        self.top_table.resizeColumnsToContents()
        self.actions.set_enabled(bool(rows))

    def customer_list(self) -> tuple[str, list[ListEntry]]:
        """The customers the tab lists now, for its list actions."""
        title = tier_label(self.tier_shown) if self.tier_shown else self.tr(
            "Highest remaining value")
        return title, [ListEntry(v.customer_id, self.tr("{tier}, remaining value {money}").format(
            tier=tier_label(v.tier), money=money(v.remaining_value_cents)))
            for v in self.top_model.rows()]

