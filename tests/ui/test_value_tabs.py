"""The Reports screen's value tabs show what the value service computes, computed off the
GUI thread with "Computing…" meanwhile; the Value tab shows the moves between tiers as a
table and a chart in either language."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool

from dealerdesk.domain.dates import add_months
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import value, value_overview
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.reports import value_tabs as value_tabs_module
from dealerdesk.ui.reports.screen import ReportsScreen


@pytest.fixture
def customer(store, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                  deal_on=today, deal_price_cents=10_000_000), today=today)
    # a car of 2022 that reaches the holding time of 61 months within 90 days
    add_vehicle(cid, VehicleInput(relation="owned", brand="大众", model="帕萨特", plate="浙A12345",
                                  registered_on=add_months(today, 2 - 61)), today=today)
    return cid


def _shown(qtbot, screen, which):
    screen.tabs.setCurrentIndex(screen.value_tabs.first + which)
    qtbot.waitUntil(lambda: not screen.value_tabs.busy(which), timeout=30_000)


def test_value_tabs_agree_with_the_service(qtbot, qtmodeltester, ctx, today, customer):
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    for i in range(5):
        _shown(qtbot, screen, i)
    tiers = value.tier_report(as_of=today)
    tier_model, top_model = tabs.value_tab.tier_model, tabs.value_tab.top_model
    assert [tier_model.row_at(r).customers for r in range(4)] == [t.customers for t in tiers]
    assert tabs.pool_model.row_at(0).size == value.pool_report(as_of=today, months=1)[0].size
    assert top_model.row_at(0).customer_id == customer
    due = tabs.replace_model.row_at(0)
    assert (due.customer_id, due.car) == (customer, "大众 帕萨特 浙A12345")
    assert tabs.replace_model.rowCount() == 1 and "<b>1</b>" in tabs.replace_title.text()
    assert tabs.replacement_list()[1][0].customer_id == customer
    trends = value.trend_report(as_of=today, months=12)
    assert tabs.trend_model.rowCount() == 12
    assert tabs.trend_model.row_at(0) == trends[-1] and trends[-1].spend_cents == 10_000_000
    assert screen.tabs.tabText(tabs.first + 4) == "Trends"
    for model in (tabs.trend_model, tier_model, top_model, tabs.value_tab.move_model,
                  tabs.pool_model, tabs.replace_model, tabs.source_model, tabs.referrer_model):
        qtmodeltester.check(model)


def _move_texts(tab):
    model = tab.move_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_value_tab_shows_the_moves_in_both_languages(qtbot, ctx, today, customer):
    from dealerdesk.ui import i18n_qt

    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    _shown(qtbot, screen, 0)
    tab = screen.value_tabs.value_tab
    months = value_overview.move_months(as_of=today, months=12)
    assert tab.move_model.rowCount() == 12 and tab.move_model.rows() == months[::-1]
    assert tab.move_model.row_at(0).new == 1  # 张三 was recorded today
    assert tab.move_model.data(tab.move_model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "New customers → General: 1")
    assert tab.move_chart.isVisible() and tab.move_chart.series_count() == 3
    assert tab.move_chart.chart().title() == "Moves between tiers, last 12 months"
    assert _move_texts(tab) == ["Month", "New", "Moved up", "Moved down", "Into lost"]
    assert "1 customers" in tab.title.text() and tab.tier_table.isVisible()

    i18n_qt.install("zh_CN")
    ctx.signals.language_changed.emit("zh_CN")
    qtbot.waitUntil(lambda: not screen.value_tabs.busy(0), timeout=30_000)
    assert tab.move_model.rowCount() == 12 and tab.move_chart.series_count() == 3
    assert _move_texts(tab) == ["月份", "新客户", "升级", "降级", "转为流失"]
    assert tab.move_chart.chart().title() == "近 12 个月的层级变动"
    assert tab.move_model.data(tab.move_model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "新客户 → 一般：1")
    assert "位客户" in tab.title.text() and "Computing" not in tab.title.text()
    assert screen.tabs.tabText(screen.value_tabs.first) == "客户价值"


def test_computing_is_shown_and_an_old_answer_is_dropped(qtbot, ctx, today, customer,
                                                         monkeypatch):
    gate = threading.Event()
    slow_pool = value.pool_report

    def held(**kwargs):
        gate.wait(10)
        return slow_pool(**kwargs)

    monkeypatch.setattr(value_tabs_module.value, "pool_report", held)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    screen.tabs.setCurrentIndex(tabs.first + 1)
    assert tabs.busy(1) and "Computing…" in tabs.pool_title.text()
    assert tabs.pool_model.rowCount() == 0
    screen.tabs.setCurrentIndex(tabs.first)  # away and back while the pool is computed
    tabs.refresh()  # the data changed: the pool's answer now under way is out of date
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    assert tabs.pool_model.rowCount() == 0 and "Computing…" in tabs.pool_title.text()
    _shown(qtbot, screen, 1)
    assert tabs.pool_model.rowCount() == 24 and "customers in the pool" in tabs.pool_title.text()


def test_closing_the_screen_while_it_computes_is_no_error(qtbot, ctx, customer, monkeypatch):
    gate = threading.Event()
    real = value_overview.value_overview
    monkeypatch.setattr(value_tabs_module.value_overview, "value_overview",
                        lambda **kw: gate.wait(10) and real(**kw))
    screen = ReportsScreen(ctx)
    screen.tabs.setCurrentIndex(screen.value_tabs.first)
    assert screen.value_tabs.busy(0)
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_pool_shows_the_months_chosen_and_remembers_them(qtbot, ctx, today, customer,
                                                             language):
    from dealerdesk.ui import i18n_qt

    if language != "en":
        i18n_qt.install(language)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    _shown(qtbot, screen, 1)
    assert tabs.pool_model.rowCount() == 24 and len(tabs.pool_chart.categories()) == 24
    assert tabs.pool_months.currentData() == 24
    tabs.pool_months.setCurrentIndex(tabs.pool_months.findData(36))
    qtbot.waitUntil(lambda: not tabs.busy(1), timeout=30_000)
    months = value.pool_report(as_of=today, months=36)
    assert tabs.pool_model.rowCount() == 36 and tabs.pool_model.rows() == months[::-1]
    assert len(set(tabs.pool_chart.categories())) == 36
    words = {"en": ("36 months", "last 36 months", "Show the last"),
             "zh_CN": ("36 个月", "近 36 个月", "显示最近")}[language]
    assert tabs.pool_months.currentText() == words[0]
    assert words[1] in tabs.pool_chart.chart().title()
    assert tabs.pool_months_caption.text() == words[2]

    again = ReportsScreen(ctx)  # the next start on this PC
    qtbot.addWidget(again)
    _shown(qtbot, again, 1)
    assert again.value_tabs.pool_months.currentData() == 36
    assert again.value_tabs.pool_model.rowCount() == 36


def test_tiers_that_could_not_be_computed_say_so_in_every_caption(qtbot, ctx, customer,
                                                                  monkeypatch):
    """The moves come after the tiers: when the tiers fail, no caption is left saying
    "Computing…", and the error is shown as text, not read as markup."""
    def broken(**_kwargs):
        raise RuntimeError("<b>disk</b> unreadable")

    monkeypatch.setattr(value_tabs_module.value_overview, "value_overview", broken)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentIndex(screen.value_tabs.first)
    tab = screen.value_tabs.value_tab
    labels = (tab.title, tab.list_caption, tab.moves_caption)
    qtbot.waitUntil(lambda: all("could not be computed" in lb.text() for lb in labels),
                    timeout=30_000)
    assert all("&lt;b&gt;disk&lt;/b&gt;" in lb.text() for lb in labels)


def test_a_double_click_on_a_listed_customer_opens_them(qtbot, ctx, customer):
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    tabs = screen.value_tabs
    _shown(qtbot, screen, 0)
    _shown(qtbot, screen, 2)
    for view in (tabs.value_tab.top_table, tabs.replace_table):
        assert view.model().rowCount() >= 1
        with qtbot.waitSignal(ctx.signals.open_customer) as opened:
            view.doubleClicked.emit(view.model().index(0, 0))
        assert opened.args == [customer]
