"""The Reports screen: the funnel by period and salesperson, lost reasons, segments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.funnel import PERIOD_KINDS, Period, period_of
from dealerdesk.services import reports
from dealerdesk.services.staff import list_staff
from dealerdesk.ui.followups.common import (
    COLORS,
    Column,
    PlainTableModel,
    fmt_date,
    fmt_datetime,
    fmt_rate,
)
from dealerdesk.ui.reports.chart import BarChart, FunnelChart
from dealerdesk.ui.theme import set_screen_margins


def table_view(model: PlainTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(64)
    # Columns fit the first rows, not a thousand: a long list (16,000 customers in the
    # replacement window of a large shop) is sized in milliseconds.
    view.horizontalHeader().setResizeContentsPrecision(100)
    return view


def _nth_column(header: str, index: int) -> Column:
    """A right-aligned column showing item `index` of a tuple row."""
    return Column(header, lambda r: str(r[index]), sort=lambda r: r[index], right=True)


class ReportsScreen(QWidget):
    """What the owner reads: conversion by stage, why deals were lost, who the customers are."""

    def __init__(self, ctx, parent: QWidget | None = None, *, background: bool = True) -> None:
        """`background=False` (tests): the value tabs compute at once on this thread."""
        super().__init__(parent)
        self.ctx = ctx
        self.background = background
        self.period: Period = period_of("month", ctx.today())
        self.report: reports.FunnelReport | None = None
        self.kind = QComboBox()
        self.staff = QComboBox()
        self.period_label = QLabel()
        self.prev_button, self.next_button = QToolButton(), QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.tabs = QTabWidget()
        self._build_models()
        self._build()
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.language_changed.connect(lambda _lang: self.retranslate())
        self.refresh()

    # ---- building -----------------------------------------------------------------------

    def _build_models(self) -> None:
        self.funnel_model = PlainTableModel([
            Column(self.tr("Stage"), lambda r: r[0]),
            Column(self.tr("Count"), lambda r: str(r[1]), sort=lambda r: r[1], right=True),
            Column(self.tr("Rate"), lambda r: r[2], right=True),
        ], parent=self)
        staff_headers = (self.tr("Leads"), self.tr("Within 24 h"), self.tr("Visits"),
                         self.tr("Deals"), self.tr("Deal rate"), self.tr("Revisits on time"),
                         self.tr("Lost"))
        self.staff_model = PlainTableModel(
            [Column(self.tr("Salesperson"), lambda r: r[0])]
            + [_nth_column(h, i + 1) for i, h in enumerate(staff_headers)], parent=self)
        lost_headers = (self.tr("As a new lead"), self.tr("While following up"),
                        self.tr("After visiting"), self.tr("Total"))
        self.lost_model = PlainTableModel(
            [Column(self.tr("Reason"), lambda r: r[0])]
            + [_nth_column(h, i + 1) for i, h in enumerate(lost_headers)], parent=self)
        self.segment_model = PlainTableModel([
            Column(self.tr("Group"), lambda s: s.label),
            Column(self.tr("Customers"), lambda s: str(s.count), sort=lambda s: s.count,
                   right=True),
        ], parent=self)
        self.member_model = PlainTableModel([
            Column(self.tr("Customer"), lambda m: m.name),
            Column(self.tr("Phone"), lambda m: m.phone),
            Column(self.tr("Status"), lambda m: choices.label(choices.STATUSES, m.status)),
            Column(self.tr("Salesperson"), lambda m: m.owner_name),
            Column(self.tr("Last contact"), lambda m: fmt_datetime(m.last_followup_at)
                   or self.tr("Never")),
        ], id_of=lambda m: m.customer_id, parent=self)

    def _build(self) -> None:
        for kind, text in zip(PERIOD_KINDS, (self.tr("Month"), self.tr("Quarter"),
                                             self.tr("Year")), strict=True):
            self.kind.addItem(text, kind)
        self.staff.addItem(self.tr("Whole shop"), None)
        for member in list_staff():
            self.staff.addItem(member.name, member.id)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.staff.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self._shift(-1))
        self.next_button.clicked.connect(lambda: self._shift(1))
        self.period_label.setMinimumWidth(110)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.period_bar = QWidget()
        top = QHBoxLayout(self.period_bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.staff_caption = QLabel(self.tr("Salesperson"))
        for widget in (self.kind, self.prev_button, self.period_label, self.next_button,
                       self.staff_caption, self.staff):
            top.addWidget(widget)
        top.addStretch(1)
        self.tabs.addTab(self._funnel_tab(), self.tr("Funnel"))
        self.tabs.addTab(self._staff_tab(), self.tr("Salespeople"))
        self.tabs.addTab(self._lost_tab(), self.tr("Lost reasons"))
        self.tabs.addTab(self._segments_tab(), self.tr("Segments"))
        from dealerdesk.ui.reports.value_tabs import ValueTabs

        self.value_tabs = ValueTabs(self, background=self.background)
        self.value_tabs.add_to(self.tabs)
        # The period and salesperson apply to the funnel tabs; the value tabs are as of today.
        self.tabs.currentChanged.connect(
            lambda i: self.period_bar.setVisible(i < self.value_tabs.first))
        layout = QVBoxLayout(self)
        set_screen_margins(layout)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.tabs, 1)

    def _funnel_tab(self) -> QWidget:
        self.funnel_table = table_view(self.funnel_model)
        self.funnel_table.horizontalHeader().setStretchLastSection(False)
        self.funnel_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.funnel_chart = FunnelChart()
        self.after_sale = QLabel()
        self.after_sale.setTextFormat(Qt.TextFormat.RichText)
        self.after_sale.setWordWrap(True)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.funnel_table, 1)
        box.addWidget(self.after_sale)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.funnel_chart)
        split.setSizes([460, 540])
        return split

    def _staff_tab(self) -> QWidget:
        self.staff_table = table_view(self.staff_model)
        self.staff_table.horizontalHeader().setStretchLastSection(False)
        return self.staff_table

    def _lost_tab(self) -> QWidget:
        self.lost_table = table_view(self.lost_model)
        self.lost_chart = BarChart()
        split = QSplitter()
        split.addWidget(self.lost_table)
        split.addWidget(self.lost_chart)
        split.setSizes([500, 500])
        return split

    def _segments_tab(self) -> QWidget:
        self.dimension = QComboBox()
        for code in reports.SEGMENT_DIMENSIONS:
            self.dimension.addItem(reports.segment_label(code), code)
        self.dimension.setCurrentIndex(self.dimension.findData("silence"))
        self.dimension.currentIndexChanged.connect(lambda _i: self._refresh_segments())
        self.segment_table = table_view(self.segment_model)
        self.member_table = table_view(self.member_model)
        self._watch_segment_selection()
        from dealerdesk.ui.reports.list_actions import ListActions, opens_customers

        opens_customers(self.member_table, self.ctx)
        self.members_title = QLabel()

        self.segment_actions = ListActions(self.ctx, self.segment_list)
        self.segment_actions.set_enabled(False)
        page = QWidget()
        grid = QGridLayout(page)
        self.group_caption = QLabel(self.tr("Group customers by"))
        grid.addWidget(self.group_caption, 0, 0)
        grid.addWidget(self.dimension, 0, 1)
        grid.addWidget(self.members_title, 0, 2)
        grid.addWidget(self.segment_table, 1, 0, 1, 2)
        grid.addWidget(self.member_table, 1, 2)
        grid.addWidget(self.segment_actions, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        return page

    def _watch_segment_selection(self) -> None:
        self.segment_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_members(cur.row()))

    def retranslate(self) -> None:
        """Show every text in the language just chosen."""
        self._build_models()
        for view, model in ((self.funnel_table, self.funnel_model),
                            (self.staff_table, self.staff_model),
                            (self.lost_table, self.lost_model),
                            (self.segment_table, self.segment_model),
                            (self.member_table, self.member_model)):
            view.setModel(model)
        self._watch_segment_selection()
        for i, text in enumerate((self.tr("Month"), self.tr("Quarter"), self.tr("Year"))):
            self.kind.setItemText(i, text)
        self.staff.setItemText(0, self.tr("Whole shop"))
        for i, text in enumerate((self.tr("Funnel"), self.tr("Salespeople"),
                                  self.tr("Lost reasons"), self.tr("Segments"))):
            self.tabs.setTabText(i, text)
        for i in range(self.dimension.count()):
            self.dimension.setItemText(i, reports.segment_label(self.dimension.itemData(i)))
        self.staff_caption.setText(self.tr("Salesperson"))
        self.segment_actions.retranslate()
        self.group_caption.setText(self.tr("Group customers by"))
        self.value_tabs.build_models()
        self.value_tabs.set_models()
        self.value_tabs.retranslate(self.tabs)
        self.refresh()

    # ---- data -------------------------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        self.period = period_of(self.kind.currentData(), self.period.start)
        self.refresh()

    def _shift(self, steps: int) -> None:
        self.period = self.period.shifted(steps)
        self.refresh()

    def period_text(self) -> str:
        start = self.period.start
        if self.period.kind == "month":
            return self.tr("{year}-{month:02d}").format(year=start.year, month=start.month)
        if self.period.kind == "quarter":
            return self.tr("{year} Q{q}").format(year=start.year, q=(start.month - 1) // 3 + 1)
        return str(start.year)

    def refresh(self) -> None:
        today = self.ctx.today()
        self.period_label.setText(f"<b>{self.period_text()}</b>")
        self.next_button.setEnabled(self.period.end <= today)
        self.report = reports.funnel_report(period=self.period, staff_id=self.staff.currentData(),
                                            today=today)
        self._show_funnel(self.report)
        self._show_lost(self.report)
        self._show_staff()
        self._refresh_segments()

    def _show_funnel(self, report: reports.FunnelReport) -> None:
        stages = report.stages()
        self.funnel_model.set_rows([(s.label, s.count, self._rate_text(s.stage, report))
                                    for s in stages])
        for column in (1, 2):
            self.funnel_table.resizeColumnToContents(column)
        labels = {s.stage: s.label for s in stages}
        self.funnel_chart.set_funnel(
            [(labels[stage], count) for stage, count in report.cohort()],
            self.tr("Where the {count} new leads of {period} went").format(
                count=report.leads, period=self.period_text()),
            self.tr("All who came to the shop in {period}: {visits}; all who bought: {deals} "
                    "(leads from before included; see the table).").format(
                period=self.period_text(), visits=report.visits, deals=report.deals))
        rows = [
            (self.tr("Repeat purchases"), str(report.repeat_purchases)),
            (self.tr("Referrals"), str(report.referrals)),
            (self.tr("After-sale revisits on time"), self.tr("{done} of {due} ({rate})").format(
                done=report.revisits_on_time, due=report.revisits_due,
                rate=fmt_rate(report.revisit_rate))),
            (self.tr("Lost"), str(sum(f.count for f in report.lost))),
        ]
        cells = "".join(f"<tr><td>{k}</td><td align='right'>&nbsp;&nbsp;<b>{v}</b></td></tr>"
                        for k, v in rows)
        until = fmt_date(min(self.period.end, self.ctx.today()))
        self.after_sale.setText(
            f"<table>{cells}</table><p style='color:{COLORS['muted']}'>"
            + self.tr("Figures from {start} up to {end}. Visits and deals count everyone "
                      "who came in or bought in the period, earlier leads included; the visit "
                      "rate counts only the period's new leads who came in.").format(
                start=fmt_date(self.period.start), end=until) + "</p>")

    def _rate_text(self, stage: str, report: reports.FunnelReport) -> str:
        """What a stage's rate is, in words: the rate alone could be read the wrong way."""
        rates = {s.stage: s.rate for s in report.stages()}
        if stage == "followed_24h":
            return self.tr("{rate} of new leads").format(rate=fmt_rate(rates[stage]))
        if stage == "visits":
            return self.tr("{rate} of new leads came in").format(rate=fmt_rate(rates[stage]))
        if stage == "deals":
            return self.tr("{rate} of those who came").format(rate=fmt_rate(rates[stage]))
        return ""

    def _show_lost(self, report: reports.FunnelReport) -> None:
        table: dict[str, dict[str, int]] = {}
        for figure in report.lost:
            table.setdefault(figure.reason, {}).setdefault(figure.stage, 0)
            table[figure.reason][figure.stage] += figure.count
        rows = []
        for reason, total in report.lost_reasons().items():
            by_stage = table.get(reason, {})
            rows.append((choices.label(choices.LOST_REASONS, reason), by_stage.get("lead", 0),
                         by_stage.get("following", 0), by_stage.get("visited", 0), total))
        rows.append((self.tr("Total"), report.lost_at("lead"), report.lost_at("following"),
                     report.lost_at("visited"), sum(r[4] for r in rows)))
        self.lost_model.set_rows(rows)
        self.lost_table.resizeColumnsToContents()
        self.lost_chart.set_bars([(r[0], r[4]) for r in rows[:-1]], self.tr("Lost deals by reason"))

    def _show_staff(self) -> None:
        rows = []
        for name, r in reports.funnel_by_staff(period=self.period, today=self.ctx.today()):
            rows.append((name, r.leads, r.followed_24h, r.visits, r.deals,
                         fmt_rate(r.stages()[-1].rate),
                         f"{r.revisits_on_time}/{r.revisits_due}",
                         sum(f.count for f in r.lost)))
        self.staff_model.set_rows(rows)
        self.staff_table.resizeColumnsToContents()

    def _refresh_segments(self) -> None:
        dimension = self.dimension.currentData()
        self.segment_model.set_rows(reports.segments(dimension=dimension, today=self.ctx.today()))
        self.segment_table.resizeColumnsToContents()
        self.member_model.set_rows([])
        self.segment_actions.set_enabled(False)
        self.members_title.setText(self.tr("Choose a group to list its customers."))

    def _show_members(self, row: int) -> None:
        segment = self.segment_model.row_at(row)
        if segment is None:
            return
        members = reports.segment_members(dimension=segment.dimension, code=segment.code,
                                          today=self.ctx.today())
        self.member_model.set_rows(members)
        self.member_table.resizeColumnsToContents()
        shown = self.tr("{group}: {n} customers").format(group=segment.label, n=segment.count)
        if segment.count > len(members):
            shown += " " + self.tr("(first {n} shown)").format(n=len(members))
        self.members_title.setText(shown)
        self.segment_actions.set_enabled(segment.count > 0)

    def segment_list(self):
        """The whole group chosen (not only the rows shown), for the list actions."""
        from dealerdesk.services.customer_lists import ListEntry

        segment = self.segment_model.row_at(self.segment_table.currentIndex().row())
        if segment is None:
            return "", []
        members = reports.segment_members(dimension=segment.dimension, code=segment.code,
                                          today=self.ctx.today(), limit=None)
        return segment.label, [ListEntry(m.customer_id, segment.label) for m in members]

    def _on_changed(self, changes) -> None:
        if changes.touches("followups", "customers", "revisits", "vehicles"):
            self.refresh()
        if changes.touches("customers", "vehicles", "visits", "ledger", "settings",
                           "followups", "revisits"):
            self.value_tabs.refresh()
