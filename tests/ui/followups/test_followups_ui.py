"""Logging a follow-up through the dialog and seeing status, timeline and due list change."""

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox

from dealerdesk.db.models import Customer, FollowUp, Revisit, Vehicle
from dealerdesk.domain.records import VehicleInput
from dealerdesk.services import followups, vehicles
from dealerdesk.ui.followups.common import IdRole
from dealerdesk.ui.followups.deal_dialog import DealDialog, parse_price_cents
from dealerdesk.ui.followups.log_dialog import FollowUpDialog
from dealerdesk.ui.followups.screen import FollowUpsScreen
from dealerdesk.ui.followups.timeline import FollowUpTimeline
from dealerdesk.ui.reports.screen import ReportsScreen


def save_shortcut(dialog):
    keys = QKeySequence(QKeySequence.StandardKey.Save)
    return next(s for s in dialog.findChildren(QShortcut) if s.key() == keys)


def open_dialog(qtbot, ctx, customer, **kw):
    dialog = FollowUpDialog(ctx, customer, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_log_through_the_dialog_updates_status_timeline_and_lists(qtbot, ctx, customer, today):
    screen = FollowUpsScreen(ctx)
    timeline = FollowUpTimeline(ctx)
    qtbot.addWidget(screen)
    qtbot.addWidget(timeline)
    timeline.set_customer(customer)
    assert timeline.cards == []
    assert screen.tabs.tabText(2).endswith("(0)")

    dialog = open_dialog(qtbot, ctx, customer)
    assert dialog.focusWidget() is dialog.content  # typing starts at once
    qtbot.keyClicks(dialog.content, "white SUV, ")  # QTest types Latin-1 only
    dialog.content.insertPlainText("周六来看车")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("visit_booked"))
    qtbot.mouseClick(dialog.quick_buttons["tomorrow"], Qt.MouseButton.LeftButton)
    dialog.next_action.setText("周六到店")
    save_shortcut(dialog).activated.emit()  # Ctrl+S (offscreen windows never become active)
    assert dialog.result() == QDialog.DialogCode.Accepted

    row = Customer.get_by_id(customer)
    assert row.status == "following"
    assert row.next_followup_on == today + dt.timedelta(days=1)
    assert [c.entry.content for c in timeline.cards] == ["white SUV, 周六来看车"]
    assert timeline.cards[0].edit_button is not None  # the author may correct it
    screen.tabs.setCurrentIndex(2)  # upcoming
    assert screen.tabs.tabText(2).endswith("(1)")
    assert screen.model.rowCount() == 1
    assert screen.model.index(0, 4).data() == "周六到店"
    assert screen.model.index(0, 0).data(IdRole) == customer


def test_bad_input_shows_the_message_and_saves_nothing(qtbot, ctx, customer, today):
    dialog = open_dialog(qtbot, ctx, customer)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("lost"))
    assert dialog.lost_reason.isVisible()
    dialog.save()
    assert "Say why the customer was lost." in dialog.error_text()
    dialog.lost_reason.setCurrentIndex(dialog.lost_reason.findData("price"))
    dialog.when.setDateTime(QDateTime(dt.datetime.combine(today + dt.timedelta(days=2),
                                                          dt.time(10))))
    dialog.save()
    assert dialog.error_text() == "A follow-up cannot be dated in the future."
    dialog.when.setDateTime(QDateTime(dt.datetime.combine(today, dt.time(10))))
    dialog.next_on.setDate(QDate(today - dt.timedelta(days=1)))
    dialog.save()
    assert dialog.error_text() == "The next action cannot be before the contact."
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("deal"))
    dialog.save()  # a deal needs the car and its price
    assert "Enter the price the car was sold for." in dialog.error_text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert FollowUp.select().count() == 0 and Customer.get_by_id(customer).status == "lead"


def test_deal_dialog_then_mark_revisit_done_from_the_overdue_list(qtbot, ctx, customer, today,
                                                                  monkeypatch):
    vid, _ = vehicles.add_vehicle(customer, VehicleInput(brand="丰田", model="凯美瑞"),
                                  today=today)
    deal = DealDialog(ctx, customer)
    qtbot.addWidget(deal)
    deal.save()
    assert deal.fields.errors["price"].text() == "Enter the price the car was sold for."
    deal.fields.price.setText("15.8万")
    deal.day.setDate(QDate(today - dt.timedelta(days=10)))
    deal.save()
    assert Vehicle.get_by_id(vid).deal_price_cents == 15_800_000
    assert Customer.get_by_id(customer).status == "customer"

    screen = FollowUpsScreen(ctx)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentIndex(1)  # overdue: the 3-day revisit, 7 days late, in red
    item = screen.model.row_at(0)
    assert (item.kind, item.overdue_days) == ("revisit", 7)
    assert screen.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"

    seen = {}

    def fake_exec(dialog):
        seen.update(outcome=dialog.outcome.currentData(), revisit=dialog.revisit_id)
        dialog.content.setPlainText("回访：车辆使用正常")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FollowUpDialog, "exec", fake_exec)
    screen.table.selectRow(0)
    screen._on_done_clicked()
    assert seen == {"outcome": "after_sale", "revisit": item.revisit_id}
    assert Revisit.get_by_id(item.revisit_id).done_at is not None
    assert screen.model.rowCount() == 0


def test_timeline_delete_asks_and_only_offers_own_entries(qtbot, ctx, customer, today,
                                                          monkeypatch):
    from dealerdesk.services.staff import add_staff

    other, _ = add_staff(name="王芳")
    for who, text in ((other.id, "王芳的记录"), (ctx.operator_id, "我的记录")):
        followups.log_follow_up(customer_id=customer, staff_id=who,
                                when=dt.datetime.combine(today, dt.time(9 if who == other.id
                                                                        else 10)),
                                channel="phone", content=text, outcome="contacted", today=today)
    timeline = FollowUpTimeline(ctx)
    qtbot.addWidget(timeline)
    timeline.set_customer(customer)
    mine, theirs = timeline.cards
    assert (mine.entry.content, theirs.entry.content) == ("我的记录", "王芳的记录")
    assert theirs.delete_button is None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    mine.delete_button.click()
    assert [c.entry.content for c in timeline.cards] == ["王芳的记录"]


def test_reports_screen_shows_the_funnel(qtbot, ctx, customer, today):
    followups.log_follow_up(customer_id=customer, staff_id=ctx.operator_id,
                            when=ctx.now(), channel="shop_visit",
                            content="", outcome="visited", today=today)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    counts = [screen.funnel_model.index(r, 1).data() for r in range(4)]
    assert counts == ["1", "1", "1", "0"]
    # the rate says what it is over: the period's new leads who came in
    assert screen.funnel_model.index(2, 2).data() == "100.0% of new leads came in"
    screen.kind.setCurrentIndex(screen.kind.findData("year"))
    assert screen.period_text() == "2026"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, customer, today):
    followups.log_follow_up(customer_id=customer, staff_id=ctx.operator_id,
                            when=dt.datetime.combine(today, dt.time(10)), channel="phone",
                            content="x", outcome="contacted", next_action_on=today, today=today)
    screen = FollowUpsScreen(ctx)
    qtbot.addWidget(screen)
    qtmodeltester.check(screen.model)
    reports_screen = ReportsScreen(ctx)
    qtbot.addWidget(reports_screen)
    for model in (reports_screen.funnel_model, reports_screen.lost_model,
                  reports_screen.segment_model, reports_screen.staff_model):
        qtmodeltester.check(model)


def test_price_parsing():
    assert parse_price_cents("158000") == 15_800_000
    assert parse_price_cents("15.8万") == 15_800_000
    assert parse_price_cents("158,000 元") == 15_800_000
    assert parse_price_cents("abc") is None and parse_price_cents("") is None


def test_month_figures_follow_the_log(qtbot, ctx, customer, today):
    from dealerdesk.ui.reports.summary import MonthFigures

    figures = MonthFigures(ctx)
    qtbot.addWidget(figures)
    assert [t.value.text() for t in figures.tiles[:4]] == ["1", "0.0%", "0", "0"]
    fid, changes = followups.log_follow_up(
        customer_id=customer, staff_id=ctx.operator_id, when=ctx.now(), channel="shop_visit",
        content="", outcome="visited", today=today)
    ctx.broadcast(changes)
    assert [t.value.text() for t in figures.tiles[:4]] == ["1", "100.0%", "1", "0"]


def test_correcting_an_entry_through_the_dialog(qtbot, ctx, customer, today):
    fid, _ = followups.log_follow_up(customer_id=customer, staff_id=ctx.operator_id,
                                     when=dt.datetime.combine(today, dt.time(9)), channel="phone",
                                     content="typo", outcome="contacted", today=today)
    timeline = FollowUpTimeline(ctx)
    qtbot.addWidget(timeline)
    timeline.set_customer(customer)
    dialog = open_dialog(qtbot, ctx, customer, entry=followups.get_follow_up(fid))
    assert dialog.outcome.findData("deal") == -1  # a deal is not made by correcting
    dialog.content.setPlainText("约好周六试驾")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("visit_booked"))
    save_shortcut(dialog).activated.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(c.entry.content, c.entry.outcome) for c in timeline.cards] == [
        ("约好周六试驾", "visit_booked")]


def test_customer_table_menu_actions(qtbot, ctx, customer, monkeypatch):
    from PySide6.QtWidgets import QMenu, QWidget

    from dealerdesk.ui.followups import actions

    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    opened = []
    monkeypatch.setattr(actions, "log_follow_up_for",
                        lambda c, cid, p: opened.append(("log", cid)))
    monkeypatch.setattr(DealDialog, "exec", lambda d: opened.append(("deal", d.customer_id)))
    log, deal = actions.add_follow_up_actions(menu, ctx, lambda: customer, parent)
    log.trigger()
    deal.trigger()
    assert opened == [("log", customer), ("deal", customer)]


def test_screens_switch_language_live(qtbot, ctx, customer):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from dealerdesk import i18n

    screen, report = FollowUpsScreen(ctx), ReportsScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.addWidget(report)
    translator = QTranslator()
    qm = Path(__file__).parents[3] / "resources" / "i18n" / "followups_zh_CN.qm"
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.set_backend(QCoreApplication.translate)
    try:
        ctx.signals.language_changed.emit("zh_CN")
        assert screen.tabs.tabText(0).startswith("今日待跟进")
        assert screen.log_button.text() == "记录跟进"
        assert report.tabs.tabText(0) == "销售漏斗"
        assert report.funnel_model.index(0, 0).data() == "新增线索"
        assert report.funnel_model.headerData(0, Qt.Orientation.Horizontal) == "阶段"
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_backend(None)


def test_follow_ups_screen_prints_the_call_list_for_its_choice(qtbot, ctx, today, monkeypatch):
    import datetime as dt

    from dealerdesk.ui.followups.screen import FollowUpsScreen
    from dealerdesk.ui.printing import actions

    asked = []
    monkeypatch.setattr(actions, "print_call_list", lambda ctx, parent=None, **kw: asked.append(kw))
    screen = FollowUpsScreen(ctx)
    qtbot.addWidget(screen)
    screen.print_button.click()
    (kw,) = asked
    assert kw["date_from"] == today and kw["staff_id"] == screen.staff.currentData()
    assert kw["date_to"] == today + dt.timedelta(days=screen.period.currentData() or 90)
