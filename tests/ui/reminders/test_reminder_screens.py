"""GUI tests: Reminders and Today screens, done / snooze / copy / stop, settings, tray."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from dealerdesk import clock
from dealerdesk.db.models import Customer, ReminderAnswer
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import reminder_notes, reminders
from dealerdesk.services.customers import create_customer
from dealerdesk.services.settings import save_shop
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.app_signals import AppSignals
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.reminders import dialogs
from dealerdesk.ui.reminders.customer_tab import CustomerRemindersTab
from dealerdesk.ui.reminders.model import ReminderTableModel
from dealerdesk.ui.reminders.screen import RemindersScreen
from dealerdesk.ui.reminders.settings_page import ReminderSettingsPage
from dealerdesk.ui.today.screen import TodayScreen
from dealerdesk.ui.tray import ReminderTray, should_greet
from dealerdesk.ui.widgets.date_field import format_date

D = dt.date


@pytest.fixture
def shop(store, staff, today):
    """王伟: birthday 12-01 (a call today, 7 days ahead); 赵强: insurance 12-20 (30 days)."""
    save_shop(name="鑫源二手车行", address="", phone="0571-88886666")
    wang, _ = create_customer(CustomerInput(name="王伟", phone="13800000001", status="customer",
                                            birthday=D(1980, 12, 1), owner_id=staff.id),
                              today=today)
    zhao, _ = create_customer(CustomerInput(name="赵强", phone="13800000003", status="customer"),
                              today=today)
    car, _ = add_vehicle(zhao, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345",
                                            compulsory_ins_expiry=D(2026, 12, 20)), today=today)
    moment = dt.datetime(2026, 11, 25, 10)
    Customer.update(created_at=moment, last_followup_at=moment).execute()
    return {"wang": wang, "zhao": zhao, "car": car}


@pytest.fixture
def ctx(shop, staff, today, store):
    return UiContext(signals=AppSignals(), db_path=Path(store), operator=staff)


def _keys(screen):
    return [r.key for r in screen.model.rows()]


def test_table_model_passes_the_model_tester(qtmodeltester, shop, today):
    model = ReminderTableModel()
    model.set_rows(reminders.list_reminders(today=today))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_reminders_screen_groups_by_kind_with_counts(qtbot, ctx):
    screen = RemindersScreen(ctx, background=False)
    qtbot.addWidget(screen)
    assert screen.scope.currentData() == "mine"
    assert [r.customer_name for r in screen.model.rows()] == ["王伟"]
    screen.scope.setCurrentIndex(1)  # the whole shop
    assert [r.customer_name for r in screen.model.rows()] == ["王伟", "赵强"]
    texts = [screen.kinds.item(i).text() for i in range(screen.kinds.count())]
    assert texts[0].startswith("All reminders\ntoday 0 · 7 days 1 · 30 days 2")
    assert texts[1] == "Birthday\ntoday 0 · 7 days 1 · 30 days 1"
    screen.kinds.setCurrentRow(2)  # compulsory insurance
    assert [r.kind for r in screen.model.rows()] == ["compulsory_insurance"]
    screen.kinds.setCurrentRow(0)
    screen.range.setCurrentIndex(1)  # next 7 days
    assert [r.kind for r in screen.model.rows()] == ["birthday"]


def test_done_removes_the_row_and_tells_the_other_screens(qtbot, ctx):
    screen = RemindersScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.select_row(0)
    assert screen.actions.current.customer_name == "王伟"
    with qtbot.waitSignal(ctx.signals.changed) as signal:
        screen.actions.done_button.click()
    assert signal.args[0].touches("reminders")
    assert screen.model.rows() == []
    assert "Marked done: 王伟" in screen.actions.status.text()
    assert ReminderAnswer.get().action == "done"


def test_done_with_a_follow_up_is_offered_for_a_chosen_reminder(qtbot, ctx):
    screen = RemindersScreen(ctx, background=False)
    qtbot.addWidget(screen)
    assert not screen.actions.done_with_followup.isEnabled()
    screen.select_row(0)
    assert screen.actions.done_with_followup.isEnabled()


def test_snooze_a_day_and_to_a_chosen_date(qtbot, ctx, monkeypatch, today):
    screen = RemindersScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.scope.setCurrentIndex(1)
    screen.select_row(0)
    screen.actions.snooze_actions[1].trigger()
    assert [r.customer_name for r in screen.model.rows()] == ["赵强"]
    monkeypatch.setattr(dialogs.SnoozeDateDialog, "exec", lambda self: True)
    monkeypatch.setattr(dialogs.SnoozeDateDialog, "value", property(lambda self: D(2026, 12, 15)))
    screen.select_row(0)
    screen.actions.snooze_actions["date"].trigger()
    assert screen.model.rows() == []
    answers = {a.customer_id: a.snoozed_until for a in ReminderAnswer.select()}
    assert sorted(answers.values()) == [D(2026, 11, 27), D(2026, 12, 15)]


def test_snooze_dialog_refuses_today_and_past_days(qtbot, today):
    dialog = dialogs.SnoozeDateDialog(today)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(dialog.date_edit.minimumDate().addDays(-5))
    assert dialog.value == today + dt.timedelta(days=1)


def test_copy_puts_the_filled_message_on_the_clipboard(qtbot, ctx):
    screen = RemindersScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.scope.setCurrentIndex(1)
    screen.select_row(1)
    assert screen.actions.copy_button.isEnabled()
    screen.actions.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("赵强您好，您的爱车丰田 凯美瑞（浙A12345）交强险将于2026年12月20日到期")
    assert "0571-88886666" in text
    assert "Copied" in screen.actions.status.text()
    screen.actions.copy_in["en"].trigger()
    assert QGuiApplication.clipboard().text().startswith(
        "Dear 赵强, the compulsory insurance of your 丰田 凯美瑞 (浙A12345) expires on "
        "20 December 2026")


def test_stop_reminding_shows_on_the_customer_page_and_can_be_undone(qtbot, ctx, shop):
    screen = RemindersScreen(ctx, background=False)
    tab = CustomerRemindersTab(ctx)
    qtbot.addWidget(screen)
    qtbot.addWidget(tab)
    tab.set_customer(shop["zhao"])
    assert [r.kind for r in tab.model.rows()] == ["compulsory_insurance"]
    screen.scope.setCurrentIndex(1)
    screen.select_row(1)
    screen.actions.stop_button.click()
    assert [r.customer_name for r in screen.model.rows()] == ["王伟"]
    assert tab.model.rows() == []
    assert tab.stopped.count() == 1
    assert tab.stopped.item(0).text().startswith("Compulsory insurance · 浙A12345: off since")
    tab.stopped.setCurrentRow(0)
    tab.undo_button.click()
    assert tab.stopped.count() == 0
    assert [r.kind for r in tab.model.rows()] == ["compulsory_insurance"]
    assert [r.customer_name for r in screen.model.rows()] == ["王伟", "赵强"]


def test_customer_tab_manual_reminders(qtbot, ctx, shop):
    tab = CustomerRemindersTab(ctx)
    qtbot.addWidget(tab)
    tab.set_customer(shop["wang"])
    tab.manual_text.setText("   ")
    tab.add_button.click()
    assert tab.manual_error.text() == "Write what the reminder is about."
    assert tab.manual.count() == 0
    tab.manual_text.setText("问问想要的那台SUV")
    tab.add_button.click()
    assert tab.manual.count() == 1 and tab.manual_text.text() == ""
    # dates show in the language's format, as in every table
    assert tab.manual.item(0).text() == f"{format_date(dt.date(2026, 12, 3))}  问问想要的那台SUV"
    assert [r.kind for r in tab.model.rows()] == ["birthday", "manual"]
    tab.manual.setCurrentRow(0)
    tab.delete_button.click()
    assert tab.manual.count() == 0
    assert reminder_notes.list_manual_reminders(shop["wang"]) == []


def test_today_screen_lists_the_operators_calls_and_the_whole_shop(qtbot, ctx, staff):
    screen = TodayScreen(ctx, background=False)
    qtbot.addWidget(screen)
    # the top bar says "Today"; the screen names the day
    assert "26" in screen.title.text() and "2026" in screen.title.text()
    assert [r.customer_name for r in screen.model.rows()] == ["王伟"]
    assert screen.summary.text() == \
        "Overdue 0 · Today 0 · Coming up 1 · Not contacted for too long 0"
    screen.scope.setCurrentIndex(1)
    assert [r.customer_name for r in screen.model.rows()] == ["王伟", "赵强"]
    with qtbot.waitSignal(ctx.signals.navigate) as nav:
        screen.all_button.click()
    assert nav.args == ["reminders"]
    with qtbot.waitSignal(ctx.signals.open_customer) as opened:
        screen.select_row(0)
        screen.actions.open_button.click()
    assert opened.args == [screen.model.rows()[0].customer_id]


def _calls(shop, staff, today):
    """Calls of every group: overdue ones from two dates, one today, one not contacted."""
    from dealerdesk.db.models import Revisit

    names = {}
    for i, (name, plan) in enumerate((("孙一", today - dt.timedelta(days=2)),
                                      ("钱二", today - dt.timedelta(days=40)),
                                      ("周三", today)), start=11):
        cid, _ = create_customer(CustomerInput(name=name, phone=f"138000000{i}",
                                               status="following", owner_id=staff.id,
                                               level="C"), today=today)
        Customer.update(next_followup_on=plan, last_followup_at=dt.datetime(2026, 11, 25, 10),
                        created_at=dt.datetime(2026, 11, 1, 10)).where(
            Customer.id == cid).execute()
        names[name] = cid
    quiet, _ = create_customer(CustomerInput(name="吴四", phone="13800000020", status="lead",
                                             owner_id=staff.id, level="H"), today=today)
    Customer.update(created_at=dt.datetime(2026, 10, 1, 10)).where(
        Customer.id == quiet).execute()
    Revisit.create(customer=names["周三"], due_on=today - dt.timedelta(days=10), label="3")
    return names


def test_today_orders_calls_by_urgency_in_groups_with_counts(qtbot, ctx, shop, staff, today):
    _calls(shop, staff, today)
    screen = TodayScreen(ctx, background=False)
    qtbot.addWidget(screen)
    calls = [(r.customer_name, r.kind) for r in screen.model.rows()]
    assert calls == [("钱二", "followup"), ("周三", "revisit"), ("孙一", "followup"),
                     ("周三", "followup"), ("王伟", "birthday"), ("吴四", "not_contacted")]
    titles = [screen.model.index(row, 0).data() for row in screen.model.title_rows()]
    assert titles == ["Overdue (3)", "Today (1)", "Coming up (1)",
                      "Not contacted for too long (1)"]
    assert screen.summary.text() == \
        "Overdue 3 · Today 1 · Coming up 1 · Not contacted for too long 1"
    assert screen.model.rows()[1].detail == "Revisit 3 days after the deal"
    # the oldest promise is selected first, ready for the keyboard
    assert screen.actions.current.customer_name == "钱二"


def test_today_is_worked_through_with_the_keyboard(qtbot, ctx, shop, staff, today):
    from PySide6.QtCore import Qt

    _calls(shop, staff, today)
    screen = TodayScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.actions.current.customer_name == "孙一"
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # over the "Today" title
    assert screen.actions.current.customer_name == "周三"
    assert screen.actions.current.kind == "followup"
    with qtbot.waitSignal(ctx.signals.open_customer) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [screen.actions.current.customer_id]
    qtbot.keyClick(screen.table, Qt.Key.Key_D)  # done: the next call is selected
    assert [r.customer_name for r in screen.model.rows()].count("周三") == 1
    assert screen.actions.current.customer_name == "王伟"
    qtbot.keyClick(screen.table, Qt.Key.Key_S)  # snoozed a day: gone, the next selected
    assert screen.actions.current.customer_name == "吴四"
    assert "王伟" not in [r.customer_name for r in screen.model.rows()]
    qtbot.keyClick(screen.table, Qt.Key.Key_Up)  # back over the group title
    assert screen.actions.current.customer_name == "孙一"


def test_today_screen_prints_todays_calls_and_shows_the_month(qtbot, ctx, monkeypatch, today):
    from dealerdesk.ui.printing import actions

    asked = []
    monkeypatch.setattr(actions, "print_call_list",
                        lambda ctx, parent=None, **kw: asked.append(kw))
    screen = TodayScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.print_button.click()
    assert asked == [{"date_from": today, "date_to": today, "staff_id": screen.owner_id}]
    assert screen.month_figures.parent() is screen.month_panel


def test_today_screen_loads_off_the_gui_thread(qtbot, ctx):
    screen = TodayScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not screen.loader.busy, timeout=10_000)
    assert [r.customer_name for r in screen.model.rows()] == ["王伟"]


def test_empty_screens_explain_themselves(qtbot, ctx):
    screen = TodayScreen(ctx, background=False)
    qtbot.addWidget(screen)
    screen.select_row(0)
    screen.actions.done_button.click()
    assert screen.model.rows() == []
    assert "No calls due today" in screen.empty.text()
    assert not screen.empty.isHidden() and screen.table.isHidden()


def test_settings_page_saves_lead_times_limits_and_templates(qtbot, ctx):
    page = ReminderSettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.lead_boxes["compulsory_insurance"].value() == 30
    page.text.setPlainText("{name} {age}")
    page.lead_boxes["compulsory_insurance"].setValue(10)
    assert page.save() is False
    assert "Unknown placeholder {age}" in page.status.text()
    assert reminder_notes.templates("zh_CN")["birthday"].startswith("{name}您好")
    page.text.setPlainText("{name}，生日快乐！")
    page.language.setCurrentIndex(1)  # English keeps its own text
    assert page.text.toPlainText().startswith("Dear {name}")
    page.limit_boxes["H"].setValue(5)
    with qtbot.waitSignal(ctx.signals.changed):
        assert page.save() is True
    assert reminders.lead_days()["compulsory_insurance"] == 10
    assert reminders.contact_limits()["H"] == 5
    assert reminder_notes.templates("zh_CN")["birthday"] == "{name}，生日快乐！"


def test_greeting_once_a_day_even_with_the_clock_turned_back():
    assert should_greet(D(2026, 11, 26), None)
    assert not should_greet(D(2026, 11, 26), D(2026, 11, 26))
    assert should_greet(D(2026, 11, 27), D(2026, 11, 26))
    assert should_greet(D(2026, 11, 20), D(2026, 11, 26))  # the clock was turned back


def test_tray_counts_and_greets_without_a_system_tray(qtbot, ctx, today):
    day = {"now": dt.datetime.combine(today, dt.time(10))}
    clock.set_clock(lambda: day["now"])
    tray = ReminderTray(ctx, background=False, greet_at_start=False)
    with qtbot.waitSignal(tray.greeted) as greeted:
        assert tray.check_new_day() is True
    assert greeted.args == ["1 calls due today, 0 overdue"]
    assert tray.counts == (1, 0)
    assert tray.check_new_day() is False  # same day, no second notice
    day["now"] += dt.timedelta(days=1)
    assert tray.check_new_day() is True
    with qtbot.waitSignal(ctx.signals.navigate) as nav:
        tray.open_today()
    assert nav.args == ["today"]


def test_tray_greets_by_itself_once_the_program_runs(qtbot, ctx):
    tray = ReminderTray(ctx, background=False)
    with qtbot.waitSignal(tray.greeted, timeout=2000) as greeted:
        pass
    assert greeted.args == ["1 calls due today, 0 overdue"]
    assert tray.check_new_day() is False


def test_an_answered_row_leaves_at_once_while_a_slow_list_is_read_again(qtbot, ctx):
    screen = RemindersScreen(ctx)  # reads in the background, as in a large shop
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not screen.loader.busy, timeout=10_000)
    screen.scope.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not screen.loader.busy and screen.model.rowCount() == 2,
                    timeout=10_000)
    screen.select_row(0)
    screen.actions.done_button.click()
    assert [r.customer_name for r in screen.model.rows()] == ["赵强"]  # before the reload
    qtbot.waitUntil(lambda: not screen.loader.busy, timeout=10_000)
    assert [r.customer_name for r in screen.model.rows()] == ["赵强"]
