"""The Customers screen as a dealer uses it: add, find, filter, sort, bin, restore, erase."""

import pytest
from PySide6.QtCore import Qt

from dealerdesk.domain.records import Changes
from dealerdesk.services import customers as customer_service
from dealerdesk.ui.customers.model import KEYS

from .conftest import type_text

# The offscreen platform says so for every top-level window shown; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def names(screen):
    model = screen.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def select_combo(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_create_customer_through_the_form(qtbot, screen):
    screen.new_customer()
    form = screen.page.form
    assert form.ui.nameEdit.hasFocus() or screen.page.isVisible()
    type_text(qtbot, form.ui.nameEdit, "张三")
    qtbot.keyClicks(form.ui.phoneEdit, "138 1234 5678")
    qtbot.mouseClick(screen.page.profile.save_button, Qt.MouseButton.LeftButton)
    assert customer_service.count_customers() == 1
    stored = customer_service.get_customer(screen.page.customer_id)
    assert stored.owner_name == "李明" and stored.created_by_name == "李明"  # the operator
    qtbot.keyClick(screen.page.form.ui.nameEdit, Qt.Key.Key_Escape)
    assert screen.stack.currentWidget() is screen.list_page
    row = screen.model.row_of(screen.page.customer_id)
    assert screen.model.data(screen.model.index(row, KEYS.index("phone"))) == "13812345678"
    assert screen.model.data(screen.model.index(row, 0)) == "张三"
    assert "1 customer" in screen.count_label.text()


def test_ctrl_s_saves(qtbot, screen):
    screen.new_customer()
    type_text(qtbot, screen.page.form.ui.nameEdit, "李四")
    qtbot.keyClicks(screen.page.form.ui.wechatEdit, "lisi88")
    qtbot.keyClick(screen.page.form.ui.wechatEdit, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert customer_service.count_customers() == 1


def test_bad_input_is_shown_beside_the_fields_and_nothing_saved(qtbot, screen):
    screen.new_customer()
    form = screen.page.form
    qtbot.keyClicks(form.ui.phoneEdit, "12345")
    type_text(qtbot, form.ui.addressEdit, "杭州市西湖区")
    qtbot.mouseClick(screen.page.profile.save_button, Qt.MouseButton.LeftButton)
    assert "name" in form.errors.text("name")
    assert form.errors.text("phone")
    assert form.ui.nameEdit.hasFocus()
    assert form.ui.addressEdit.text() == "杭州市西湖区"  # nothing typed is lost
    assert customer_service.count_customers() == 0


def test_unreadable_date_and_amount_are_reported_with_the_rest(qtbot, screen):
    screen.new_customer()
    form = screen.page.form
    qtbot.keyClicks(form.ui.birthdayEdit, "1990-02-30")
    qtbot.keyClicks(form.ui.budgetMinEdit.edit, "abc")
    screen.page.save()
    assert "not a real date" in form.errors.text("birthday")
    assert "not an amount" in form.errors.text("budget")
    assert form.errors.text("name")
    assert customer_service.count_customers() == 0


def test_duplicate_phone_links_to_the_first_customer(qtbot, screen, add_customer, answer):
    first = add_customer(name="张三", phone="13812345678")
    screen.new_customer()
    form = screen.page.form
    type_text(qtbot, form.ui.nameEdit, "张三丰")
    qtbot.keyClicks(form.ui.phoneEdit, "138-1234-5678")
    screen.page.save()
    label = form.ui.phoneError
    assert "Open 张三's page" in label.text()
    assert customer_service.count_customers() == 1
    label.linkActivated.emit(str(first))
    assert answer.asked  # the typing would be lost: asked first
    assert screen.page.customer_id == first
    assert form.ui.nameEdit.text() == "张三"


def test_filters(qtbot, screen, add_customer, staff):
    from dealerdesk.services.staff import add_staff

    other, _ = add_staff(name="王芳")
    add_customer(name="张三", status="following", level="H", owner_id=staff.id, source="walk_in",
                 tags=("vip",))
    add_customer(name="李四", status="lost", level="C", owner_id=other.id, source="online",
                 tags=("贷款",))
    add_customer(name="王五", status="following", level="C", owner_id=other.id,
                 source="walk_in")
    screen.refresh()
    select_combo(screen.status_filter, "following")
    assert sorted(names(screen)) == ["张三", "王五"]
    select_combo(screen.level_filter, "C")
    assert names(screen) == ["王五"]
    select_combo(screen.status_filter, None)
    select_combo(screen.level_filter, None)
    select_combo(screen.owner_filter, other.id)
    assert sorted(names(screen)) == ["李四", "王五"]
    select_combo(screen.owner_filter, None)
    select_combo(screen.source_filter, "online")
    assert names(screen) == ["李四"]
    select_combo(screen.source_filter, None)
    select_combo(screen.tag_filter, "vip")
    assert names(screen) == ["张三"]
    select_combo(screen.tag_filter, None)
    screen.search.setText("zs")
    qtbot.waitUntil(lambda: names(screen) == ["张三"])
    screen.set_search_text("")
    assert len(names(screen)) == 3


def test_sort_by_name(screen, add_customer):
    for name in ("王五", "张三", "李四", "安然"):
        add_customer(name=name)
    screen.refresh()
    screen.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(screen) == ["安然", "李四", "王五", "张三"]
    screen.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(screen) == ["张三", "王五", "李四", "安然"]
    screen.view.sortByColumn(KEYS.index("plates"), Qt.SortOrder.AscendingOrder)  # not sortable
    assert names(screen) == ["张三", "王五", "李四", "安然"]


def test_enter_opens_the_page_and_esc_returns_to_the_same_place(qtbot, screen, add_customer):
    ids = [add_customer(name=f"客户{i:03d}") for i in range(120)]
    screen.refresh()
    screen.select_id(ids[10])
    scroll = screen.view.verticalScrollBar().value()
    assert scroll > 0
    qtbot.keyClick(screen.view, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.page
    assert screen.page.customer_id == ids[10]
    qtbot.keyClick(screen.page.form.ui.nameEdit, Qt.Key.Key_Escape)
    assert screen.stack.currentWidget() is screen.list_page
    assert screen.view.verticalScrollBar().value() == scroll
    assert screen.selected_id() == ids[10]


def test_recycle_bin_and_restore(qtbot, screen, add_customer):
    keep = add_customer(name="李四")
    gone = add_customer(name="张三")
    screen.refresh()
    screen.select_id(gone)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert names(screen) == ["李四"]
    screen.bin_button.click()
    assert names(screen) == ["张三"]
    assert "in the recycle bin" in screen.count_label.text()
    assert screen.restore_button.isVisible() and not screen.delete_button.isVisible()
    screen.select_id(gone)
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert names(screen) == []
    assert screen.body.currentWidget() is screen.no_match
    screen.bin_button.click()
    assert sorted(names(screen)) == ["张三", "李四"]
    assert customer_service.get_customer(keep).deleted_at is None


def test_erase_asks_for_the_name(qtbot):
    from dealerdesk.ui.customers.erase import EraseDialog

    dialog = EraseDialog("张三")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.name_edit, "张")
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.name_edit, "三")
    assert dialog.erase_button.isEnabled()


def test_erase_for_good(qtbot, screen, add_customer, monkeypatch):
    from dealerdesk.ui.customers import screen as screen_module
    from dealerdesk.ui.customers.erase import EraseDialog

    class TypedName(EraseDialog):
        def exec(self):
            type_text(qtbot, self.name_edit, "张三")
            self.erase_button.click()
            return self.result()

    monkeypatch.setattr(screen_module, "EraseDialog", TypedName)
    cid = add_customer(name="张三")
    customer_service.delete_customer(cid)
    screen.bin_button.click()
    screen.select_id(cid)
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    assert customer_service.get_customer(cid) is None
    assert names(screen) == []


def test_empty_database_explains_itself(qtbot, screen, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr("dealerdesk.ui.excel.import_wizard.open_import_wizard",
                        lambda ctx, parent=None: opened.append(parent))
    assert screen.body.currentWidget() is screen.empty
    assert "No customers yet" in screen.empty.title_label.text()
    qtbot.mouseClick(screen.empty.secondary_button, Qt.MouseButton.LeftButton)
    assert opened == [screen]  # the import wizard, straight from the empty list
    qtbot.mouseClick(screen.empty.button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.page


def test_cancel_asks_only_when_something_was_typed(qtbot, screen, add_customer, answer):
    cid = add_customer(name="张三")
    screen.show_customer(cid)
    screen.page.cancel()
    assert answer.asked == []
    type_text(qtbot, screen.page.form.ui.notesEdit, "喜欢钓鱼")
    answer.value = False
    screen.page.cancel()
    assert len(answer.asked) == 1
    assert screen.page.form.ui.notesEdit.toPlainText() == "喜欢钓鱼"
    answer.value = True
    screen.page.cancel()
    assert screen.page.form.ui.notesEdit.toPlainText() == ""


def test_other_features_can_add_tabs(screen, add_customer):
    from PySide6.QtWidgets import QLabel

    class Timeline(QLabel):
        def __init__(self, ctx, parent):
            super().__init__(parent)
            self.seen = []

        def set_customer(self, customer_id):
            self.seen.append(customer_id)

    tab = screen.page.add_tab(Timeline, "Follow-ups")
    cid = add_customer()
    screen.show_customer(cid)
    assert tab.seen[-1] == cid
    assert screen.page.tabs.tabText(screen.page.tabs.indexOf(tab)) == "Follow-ups"


def test_a_hidden_screen_refreshes_when_shown(screen, add_customer, ctx):
    screen.hide()
    add_customer(name="张三")
    ctx.broadcast(Changes.of("customers"))
    assert names(screen) == []
    screen.show()
    assert names(screen) == ["张三"]


def test_context_menu_offers_follow_up_actions(qtbot, ctx, today):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.ui.customers.screen import CustomersScreen

    create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    screen = CustomersScreen(ctx)
    qtbot.addWidget(screen)
    screen.view.selectRow(0)
    texts = [a.text() for a in screen.context_menu().actions()]
    assert texts == ["Open", "Log follow-up…", "Record deal…", "Copy this list (names and phones)"]


def test_customer_page_has_every_tab_and_its_actions(qtbot, ctx, today, monkeypatch):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.ui.customers.screen import CustomersScreen

    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    screen = CustomersScreen(ctx)
    qtbot.addWidget(screen)
    screen.new_customer()
    page = screen.page
    assert not page.log_button.isEnabled() and not page.print_button.isEnabled()
    screen.show_customer(cid)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Profile", "Vehicles", "Service visits", "Follow-ups", "Membership",
                    "Reminders"]
    assert all(page.tabs.isTabEnabled(i) for i in range(page.tabs.count()))
    called = []
    monkeypatch.setattr("dealerdesk.ui.followups.log_dialog.log_follow_up_for",
                        lambda ctx, customer_id, parent=None: called.append(("log", customer_id)))
    monkeypatch.setattr("dealerdesk.ui.printing.actions.print_profile",
                        lambda ctx, customer_id, parent=None: called.append(("print", customer_id)))
    page.log_button.click()
    page.print_button.click()
    assert called == [("log", cid), ("print", cid)]


def test_export_offers_the_list_as_filtered(qtbot, screen, add_customer):
    add_customer(name="张三")
    screen.search.setText("zs")
    screen.apply_filter()
    dialog = screen.export_list()
    qtbot.addWidget(dialog)
    assert dialog.customer_filter.text == "zs"
    assert dialog.filtered.isChecked()
    dialog.reject()
