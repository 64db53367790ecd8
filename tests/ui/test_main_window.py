"""The main window: navigation, global search, shortcuts, operator."""

import pytest
from PySide6.QtCore import Qt

from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import customers
from dealerdesk.ui.main_window import KEYS, SCREENS


@pytest.fixture
def customer_calls(window, monkeypatch):
    """What the customers screen was asked to do (whichever customers screen is built in)."""
    calls = []
    screen = window.get_screen("customers")
    monkeypatch.setattr(screen, "show_customer", lambda cid: calls.append(("show", cid)))
    monkeypatch.setattr(screen, "new_customer", lambda: calls.append(("new",)))
    return calls


def test_opens_on_a_fresh_database(window, ctx):
    assert window.current_key() == "today"
    assert window.nav.count() == len(SCREENS) == 7
    assert window.operator_label.text() == ctx.operator.name == "李明"
    assert str(ctx.db_path) in window.db_label.toolTip()  # the shop's name is the text
    assert window.db_label.text() == ctx.db_path.name  # no shop name set yet
    assert list(window.screens) == ["today"]  # the others are made when first shown


def test_every_nav_item_shows_its_screen(window, qtbot):
    from dealerdesk.ui.customers.screen import CustomersScreen
    from dealerdesk.ui.settings.screen import SettingsScreen

    for row, key in enumerate(KEYS):
        window.nav.setCurrentRow(row)
        assert window.current_key() == key
        screen = window.screens[key]
        assert screen.isVisible()
        assert window.stack.currentWidget().isAncestorOf(screen)
        assert window.screen_title.text() == window.nav.item(row).text()
    assert isinstance(window.screens["customers"], CustomersScreen)
    assert isinstance(window.screens["settings"], SettingsScreen)
    for key, _icon, _label, target in SCREENS:
        assert type(window.screens[key]).__name__ == target.split(":")[1]


def test_navigate_signal_and_open_customer(window, ctx, customer_calls):
    ctx.signals.navigate.emit("members")
    assert window.current_key() == "members"
    ctx.signals.open_customer.emit(42)
    assert window.current_key() == "customers"
    assert customer_calls == [("show", 42)]


def test_ctrl_n_starts_a_new_customer_and_ctrl_f_focuses_search(window, qtbot, customer_calls):
    window.navigate("today")
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "customers"
    assert customer_calls == [("new",)]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_search_finds_by_pinyin_initials_and_enter_opens(window, ctx, qtbot, today,
                                                         customer_calls):
    zhang, _ = customers.create_customer(CustomerInput(name="张三", phone="13812345678"),
                                         today=today)
    customers.create_customer(CustomerInput(name="李四", phone="13900002222"), today=today)
    qtbot.keyClicks(window.search, "zs")
    qtbot.waitUntil(window.search.popup_visible)
    items = [window.search.popup.list.item(i).text()
             for i in range(window.search.popup.list.count())]
    assert len(items) == 1
    assert "张三" in items[0] and "13812345678" in items[0] and "pinyin" in items[0]
    with qtbot.waitSignal(ctx.signals.open_customer) as opened:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert opened.args == [zhang]
    assert not window.search.popup_visible()
    assert customer_calls == [("show", zhang)]


def test_search_says_when_nothing_matches_and_click_opens(window, ctx, qtbot, today):
    cid, _ = customers.create_customer(CustomerInput(name="王五", phone="13812349999"),
                                       today=today)
    window.search.setText("不存在的人")
    window.search.search_now()
    item = window.search.popup.list.item(0)
    assert "不存在的人" in item.text() and not item.flags() & Qt.ItemFlag.ItemIsEnabled
    window.search.setText("9999")
    window.search.search_now()
    with qtbot.waitSignal(ctx.signals.open_customer) as opened:
        window.search._on_item_clicked(window.search.popup.list.item(0))
    assert opened.args == [cid]


def test_switch_operator(window, ctx, qtbot, monkeypatch):
    from dealerdesk.services.staff import add_staff

    other, _ = add_staff(name="王芳")
    monkeypatch.setattr("dealerdesk.ui.main_window.ask_operator", lambda *a, **k: other)
    with qtbot.waitSignal(ctx.signals.operator_changed):
        window.switch_button.click()
    assert ctx.operator == other and window.operator_label.text() == "王芳"
    from dealerdesk.ui.operator_dialog import last_operator_id

    assert last_operator_id() == other.id


def test_geometry_is_remembered(window, ctx, qtbot):
    from dealerdesk.ui.main_window import MainWindow

    window.resize(760, 520)  # the offscreen screen is 800 x 600
    expected = window.size()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size() == expected


def test_language_switch_to_english_changes_nav_labels(window, ctx, qtbot):
    settings = window.get_screen("settings")
    settings.language.choose("zh_CN")  # Qt posts the LanguageChange events
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "客户")
    assert settings.list.item(0).text() == "门店信息"
    assert window.windowTitle() == f"车商客户管家 - {ctx.db_path.name}"
    with qtbot.waitSignal(ctx.signals.language_changed) as switched:
        settings.language.choose("en")
    assert switched.args == ["en"]
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Today")
    assert [window.nav.item(i).text() for i in range(3)] == ["Today", "Customers", "Follow-ups"]
    assert settings.list.item(0).text() == "Shop"
    from dealerdesk.services.settings import get_setting

    assert get_setting("language") == "en"


def _click_nav(qtbot, window, key):
    item = window.nav.item(KEYS.index(key))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_customers_item_goes_back_to_the_list(window, ctx, qtbot, today):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer

    cid, _ = create_customer(CustomerInput(name="王建国", phone="13812345678"), today=today)
    window.search.setText("王")
    ctx.signals.open_customer.emit(cid)
    screen = window.screens["customers"]
    assert screen.stack.currentWidget() is screen.page
    _click_nav(qtbot, window, "customers")  # the item already chosen
    assert screen.stack.currentWidget() is screen.list_page
    assert window.search.text() == ""  # an old search does not stay on
    ctx.signals.open_customer.emit(cid)
    _click_nav(qtbot, window, "today")
    _click_nav(qtbot, window, "customers")  # coming back from another screen
    assert window.current_key() == "customers"
    assert screen.stack.currentWidget() is screen.list_page


def test_typing_is_not_lost_by_going_back_to_the_list(window, ctx, qtbot, today, monkeypatch):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer

    cid, _ = create_customer(CustomerInput(name="王建国", phone="13812345678"), today=today)
    ctx.signals.open_customer.emit(cid)
    screen = window.screens["customers"]
    screen.page.form.ui.addressEdit.setText("杭州")
    monkeypatch.setattr(screen.page, "may_leave", lambda: False)  # "stay", as the user chose
    _click_nav(qtbot, window, "customers")
    assert screen.stack.currentWidget() is screen.page


def test_the_customer_list_opens_newest_first_and_the_arrow_says_so(window, ctx, qtbot, today):
    import datetime as dt

    from dealerdesk.db.models import Customer
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer

    for i, name in enumerate(("张三", "邹四", "安五")):
        cid, _ = create_customer(CustomerInput(name=name, phone=f"1381234567{i}"), today=today)
        Customer.update(created_at=dt.datetime(2026, 11, 1 + i, 10)).where(
            Customer.id == cid).execute()
    window.navigate("customers")
    screen = window.screens["customers"]
    header = screen.view.horizontalHeader()
    names = [screen.model.index(r, 0).data() for r in range(3)]
    assert names == ["安五", "邹四", "张三"]  # newest first
    assert header.sortIndicatorSection() == screen.model.sort_column()[0]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    screen.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [screen.model.index(r, 0).data() for r in range(3)] == ["安五", "张三", "邹四"]
    assert screen.model.sort_column() == (0, Qt.SortOrder.AscendingOrder)
