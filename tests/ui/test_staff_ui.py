"""Staff on screen: signing in with a PIN, the lock, and a salesperson's view of a
colleague's customer (phone masked, no export, read-only)."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from dealerdesk import clock
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import access, audit, signin
from dealerdesk.services import customers as customer_service
from dealerdesk.services.staff import add_staff, get_staff

NOW = dt.datetime(2026, 11, 26, 14, 0)


@pytest.fixture
def shop(store, staff, today):
    """王经理 owns the shop with PIN 2468; 李明 (the `staff` fixture) and 赵红 sell."""
    boss, _ = add_staff(name="王经理")
    zhao, _ = add_staff(name="赵红")
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    signin.set_pin(staff_id=staff.id, new_pin="1357", now=NOW)
    own, _ = customer_service.create_customer(
        CustomerInput(name="张三", phone="13812345678", owner_id=staff.id), today=today)
    other, _ = customer_service.create_customer(
        CustomerInput(name="钱七", phone="13987654321", owner_id=zhao.id), today=today)
    return {"boss": get_staff(boss.id), "li": get_staff(staff.id), "zhao": zhao,
            "own": own, "other": other}


@pytest.fixture
def as_salesperson(shop, ctx):
    signin.sign_in(shop["li"].id, "1357", now=clock.now())
    ctx.operator = shop["li"]
    return ctx


def test_a_salesperson_sees_a_colleagues_customer_masked_and_cannot_export(
        qtbot, window, as_salesperson, shop):
    window.set_operator(shop["li"])
    window.open_customer(shop["other"])
    screen = window.get_screen("customers")
    page = screen.page
    assert page.form.ui.phoneEdit.text() == "139****4321"
    assert "13987654321" not in page.subtitle.text()
    assert page.access_banner.isVisible() and "赵红" in page.access_banner.text.text()
    assert not page.form.isEnabled() and not page.profile.save_button.isVisible()
    assert not page.log_button.isEnabled() and "reassign" in page.log_button.toolTip()
    assert not page.vehicles.add_button.isVisible()
    page.access_banner.ask_button.click()
    assert not page.access_banner.ask_button.isEnabled()
    # the list: the phone masked, no export, the tooltip says why
    screen.show_list()
    row = screen.model.row_of(shop["other"])
    from dealerdesk.ui.customers.model import KEYS

    assert screen.model.index(row, KEYS.index("phone")).data() == "139****4321"
    assert not screen.export_button.isEnabled()
    assert "owner" in screen.export_button.toolTip()
    # their own customer is theirs in full
    window.open_customer(shop["own"])
    assert page.form.ui.phoneEdit.text() == "13812345678"
    assert page.form.isEnabled() and not page.access_banner.isVisible()


def test_settings_is_the_owners(qtbot, window, as_salesperson, shop):
    from dealerdesk.ui.main_window import KEYS

    window.set_operator(shop["li"])
    item = window.nav.item(KEYS.index("settings"))
    assert not item.flags() & item.flags().ItemIsEnabled
    assert "owner" in item.toolTip()
    window.navigate("settings")
    signin.sign_in(shop["boss"].id, "2468", now=clock.now())
    window.set_operator(shop["boss"])
    assert item.flags() & item.flags().ItemIsEnabled
    assert window.operator_label.text() == "王经理 · Owner"


def test_sign_in_asks_for_the_pin_and_says_what_is_wrong(qtbot, shop):
    from dealerdesk.ui.operator_dialog import OperatorDialog

    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentIndex(dialog.combo.findText("王经理"))
    assert dialog.pin.isVisibleTo(dialog)
    dialog.pin.setText("1111")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("pin") == "Wrong PIN."
    dialog.pin.setText("2468")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen.name == "王经理" and access.current().is_owner


def test_a_person_without_pin_chooses_one_at_sign_in(qtbot, shop):
    from dealerdesk.ui.operator_dialog import OperatorDialog

    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentIndex(dialog.combo.findText("赵红"))
    assert not dialog.pin.isVisibleTo(dialog) and dialog.new_pin.isVisibleTo(dialog)
    dialog.new_pin.setText("8642")
    dialog.repeat_pin.setText("8643")
    dialog.buttons.accepted.emit()
    assert dialog.errors.message("repeat_pin") == "The two PINs are not the same."
    dialog.repeat_pin.setText("8642")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_staff(shop["zhao"].id).has_pin and not access.current().is_owner


def test_the_lock_covers_the_window_and_the_pin_unlocks_it(qtbot, window, as_salesperson,
                                                          shop):
    window.set_operator(shop["li"])
    lock = window.session_button.idle_lock
    assert lock.secured and lock.minutes == 10
    lock.idle.invalidate()  # as if the limit passed (no waiting in tests)
    lock.minutes = 1
    lock.idle.start()
    assert not lock.check()  # just touched
    lock.lock()
    assert lock.locked and lock.cover.isVisible()
    assert not window.centralWidget().isEnabled()
    lock.cover.pin.setText("0000")
    lock.cover.unlock_button.click()
    assert lock.locked and lock.cover.errors.message("pin") == "Wrong PIN."
    lock.cover.pin.setText("1357")
    lock.cover.unlock_button.click()
    assert not lock.locked and not lock.cover.isVisible() and window.centralWidget().isEnabled()


def test_no_lock_without_pins(qtbot, window):
    lock = window.session_button.idle_lock
    lock.minutes = 0.0001
    assert not lock.secured and not lock.check()


def test_the_hand_over_dialog_previews_and_hands_over(qtbot, ctx, shop, today):
    from dealerdesk.services import handover
    from dealerdesk.ui.settings.staff_page import StaffPage
    from dealerdesk.ui.staff.handover_dialog import HandoverDialog

    for n in range(3):
        customer_service.create_customer(CustomerInput(
            name=f"客户{n}", phone=f"1360000{n:04d}", level="HAB"[n], owner_id=shop["li"].id),
            today=today)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.table.selectRow(page.model.rows.index(next(m for m in page.model.rows
                                                    if m.name == "李明")))
    dialog = page.extras.open_handover()
    assert isinstance(dialog, HandoverDialog) and len(dialog.customers) == 4
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # nobody chosen yet
    dialog.choose("王经理", "赵红")
    assert ok.isEnabled()
    assert sorted(s.customers for s in dialog.shares.rows) == [2, 2]
    dialog.by_hand.click()
    dialog.table.selectAll()
    dialog.hand_combo.setCurrentIndex(dialog.hand_combo.findText("赵红"))
    dialog.hand_button.click()
    assert [(s.name, s.customers) for s in dialog.shares.rows] == [("赵红", 4)]
    ok.click()
    assert dialog.done_id is not None
    assert handover.open_work(shop["zhao"].id)["customers"] == 5
    assert "李明" not in [m.name for m in page.model.rows]  # marked as left


def test_the_audit_trail_page_filters_by_person_kind_and_date(qtbot, ctx, shop, today):
    from dealerdesk.ui.staff.audit_view import AuditPage

    signin.sign_in(shop["boss"].id, "2468", now=clock.now())
    outer = AuditPage(ctx)
    qtbot.addWidget(outer)
    page = outer.view
    everything = len(page.model.rows)
    assert everything > 5
    page.kind.setCurrentIndex(page.kind.findData("people"))
    page.kind.activated.emit(page.kind.currentIndex())
    whats = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert whats[0] == "Signed in" and "PIN set" in whats
    page.kind.setCurrentIndex(0)
    page.person.setCurrentIndex(page.person.findData("tester"))
    page.person.activated.emit(page.person.currentIndex())
    assert 0 < page.model.rowCount() < everything
    assert all(page.model.index(r, 1).data() == "tester" for r in range(page.model.rowCount()))
    page.date_from.setDate(today + dt.timedelta(days=1))
    assert page.model.rowCount() == 0 and page.count.text() == "No entries match these filters."


def test_a_customers_change_history_shows_before_and_after(qtbot, window, shop, today):
    import dataclasses

    c = customer_service.get_customer(shop["own"])
    data = CustomerInput(**{f.name: getattr(c, f.name)
                            for f in dataclasses.fields(CustomerInput)})
    customer_service.update_customer(shop["own"], dataclasses.replace(
        data, level="A", owner_id=shop["zhao"].id), today=today)
    window.open_customer(shop["own"])
    page = window.get_screen("customers").page
    assert page.history_button.isVisible()
    page.history_button.click()
    dialog = page.findChild(QDialog)
    qtbot.addWidget(dialog)
    model = dialog.view.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        f"Changed customer #{shop['own']} (张三)", f"Added customer #{shop['own']} (张三)"]
    details = model.index(0, 3).data()
    assert "level: – → A" in details and "salesperson: 李明 → 赵红" in details


def test_a_salesperson_has_no_change_history_button(qtbot, window, as_salesperson, shop):
    window.set_operator(shop["li"])
    window.open_customer(shop["own"])
    assert not window.get_screen("customers").page.history_button.isVisible()


def test_copy_this_list_is_greyed_for_a_salesperson(qtbot, window, as_salesperson, shop):
    window.set_operator(shop["li"])
    window.navigate("customers")
    screen = window.get_screen("customers")
    (copy,) = [a for a in screen.context_menu().actions() if "Copy this list" in a.text()]
    assert not copy.isEnabled() and "owner" in copy.toolTip()


def test_the_trail_shows_a_printed_card_in_both_languages(qtbot, ctx, shop, today):
    from dealerdesk.services import membership_setup as setup
    from dealerdesk.services.membership import issue_card
    from dealerdesk.services.printouts import gather_cards
    from dealerdesk.ui import i18n_qt
    from dealerdesk.ui.staff.audit_view import AuditModel

    gold = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = issue_card(customer_id=shop["own"], level_id=gold, staff_id=shop["li"].id,
                         today=today)
    signin.sign_in(shop["boss"].id, "2468", now=clock.now())
    gather_cards([done.card.card_no])
    (entry,) = [e for e in audit.list_entries(audit.AuditFilter(kind="lists"))]
    model = AuditModel()
    assert (model.what(entry), model.details(entry)) == (
        "Printed membership card: 1 rows", f"card {done.card.card_no}")
    try:
        i18n_qt.install("zh_CN")
        what, details = model.what(entry), model.details(entry)
    finally:
        i18n_qt.install("en")
    assert "会员卡" in what and details == f"卡号 {done.card.card_no}"


def test_the_tray_keeps_counting_while_locked_and_names_nobody(qtbot, window, as_salesperson,
                                                              shop, today):
    """Locked, the tray still follows the data and the new day; its text is counts only."""
    from dealerdesk.domain.records import Changes
    from dealerdesk.services.reminders import call_summary
    from dealerdesk.ui.tray import ReminderTray

    day = {"now": dt.datetime.combine(today, dt.time(18))}
    clock.set_clock(lambda: day["now"])
    window.set_operator(shop["li"])
    tray = ReminderTray(window.ctx, window, background=False, greet_at_start=False)
    tray.check_new_day()
    before = sum(tray.counts)
    lock = window.session_button.idle_lock
    lock.lock()
    assert lock.locked
    # another PC adds 李明 two customers: a birthday in two days (a call now) and one in
    # eight days (a call from tomorrow, seven days ahead)
    for name, phone, birthday in (("孙八", "13700000008", dt.date(1985, 11, 28)),
                                  ("周九", "13700000009", dt.date(1985, 12, 4))):
        customer_service.create_customer(CustomerInput(
            name=name, phone=phone, birthday=birthday, owner_id=shop["li"].id), today=today)
    window.ctx.broadcast(Changes.of("customers"))
    assert sum(tray.counts) == before + 1
    day["now"] = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(8, 30))
    with qtbot.waitSignal(tray.greeted) as greeted:
        assert window.day_watch.check() is True
    assert lock.locked and lock.cover.isVisible()
    assert sum(tray.counts) == before + 2
    assert tray.counts == call_summary(today=today + dt.timedelta(days=1),
                                       owner_id=shop["li"].id)
    shown = [greeted.args[0], tray.notice_text]
    if tray.icon is not None:
        shown.append(tray.icon.toolTip())
    for name in ("孙八", "周九", "张三", "钱七", "13700000008"):
        assert not any(name in text for text in shown)


def test_the_trail_names_a_cards_level_in_both_languages(qtbot, ctx, shop, today):
    import dataclasses

    from dealerdesk.services import membership_setup as setup
    from dealerdesk.services.membership import change_level, issue_card
    from dealerdesk.ui import i18n_qt
    from dealerdesk.ui.staff.audit_view import AuditView

    levels = {lv.name: lv.id for lv in setup.list_levels()}
    done, _ = issue_card(customer_id=shop["own"], level_id=levels["金卡"],
                         staff_id=shop["li"].id, today=today)
    change_level(card_id=done.card.id, level_id=levels["银卡"], staff_id=shop["li"].id,
                 today=today)
    signin.sign_in(shop["boss"].id, "2468", now=clock.now())
    view = AuditView(ctx, customer_id=shop["own"])
    qtbot.addWidget(view)
    (entry,) = [e for e in view.model.rows
                if e.table == "membership_card" and e.action == "update"]
    gone = dataclasses.replace(entry, id=entry.id + 100,
                               changes={"level_id": [levels["金卡"], 999]})
    view.model.set_rows([gone], append=True)
    assert view.model.details(entry) == "level: 金卡 → 银卡"
    assert view.model.details(gone) == "level: 金卡 → level no. 999 (deleted)"
    try:
        i18n_qt.install("zh_CN")
        texts = view.model.details(entry), view.model.details(gone)
    finally:
        i18n_qt.install("en")
    assert texts == ("级别: 金卡 → 银卡", "级别: 金卡 → 级别 999 号（已删除）")
