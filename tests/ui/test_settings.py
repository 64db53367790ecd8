"""Settings pages: bad input is shown beside the field and nothing is saved."""

import pytest
from PySide6.QtWidgets import QGroupBox, QMessageBox

from dealerdesk.services import settings as settings_service
from dealerdesk.services import staff as staff_service
from dealerdesk.ui.settings.backups_page import BackupsModel
from dealerdesk.ui.settings.screen import SettingsScreen
from dealerdesk.ui.settings.staff_page import StaffModel


@pytest.fixture
def screen(qtbot, ctx):
    widget = SettingsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def test_every_page_is_listed(screen):
    titles = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert titles == ["Shop", "Staff", "Customer levels", "Language", "Backups",
                      "Import and export", "Reminders", "Membership cards", "Printing",
                      "Customer value", "Audit trail", "Storage"]


def test_add_page_for_other_features(screen, qtbot):
    from PySide6.QtWidgets import QLabel

    page = screen.add_page("Import/Export", QLabel("later"), icon="mdi6.file-excel")
    screen.show_page(page)
    assert screen.list.currentItem().text() == "Import/Export"
    assert page.isVisible()


def test_shop_saves(screen, ctx, qtbot, type_text):
    shop = screen.shop
    type_text(shop.name_edit, "诚信二手车行")
    qtbot.keyClicks(shop.phone_edit, "0571-88886666")
    with qtbot.waitSignal(ctx.signals.changed) as changed:
        shop.save_button.click()
    assert changed.args[0].touches("settings")
    assert settings_service.shop_info().name == "诚信二手车行"
    assert shop.saved_label.text() == "Saved."


def test_shop_name_too_long_is_shown_beside_the_field_and_nothing_saved(
        screen, qtbot, type_text):
    shop = screen.shop
    type_text(shop.name_edit, "车" * 61)
    type_text(shop.address_edit, "杭州市")
    shop.save_button.click()
    assert shop.errors.message("shop_name") == "The shop name is too long."
    assert shop.name_edit.property("error") is True
    assert settings_service.shop_info().name == ""
    assert settings_service.shop_info().address == ""
    assert shop.saved_label.text() == ""


def test_shop_logo_preview(screen, tmp_path):
    from PySide6.QtGui import QColor, QPixmap

    logo = tmp_path / "logo.png"
    pixmap = QPixmap(40, 20)
    pixmap.fill(QColor("red"))
    pixmap.save(str(logo))
    screen.shop._set_logo(str(logo))
    assert not screen.shop.logo_preview.pixmap().isNull()
    screen.shop._set_logo(str(tmp_path / "gone.png"))
    assert screen.shop.logo_preview.text() == "Missing file"


def test_add_staff_with_empty_name_shows_the_error(screen, qtbot):
    page = screen.staff
    assert [m.name for m in page.model.rows] == ["李明"]
    qtbot.keyClicks(page.phone_edit, "13911112222")
    page.save_button.click()
    assert page.errors.message("name") == "Please enter a name."
    assert len(staff_service.list_staff()) == 1


def test_add_edit_and_deactivate_staff(screen, qtbot, type_text):
    page = screen.staff
    type_text(page.name_edit, "王芳")
    qtbot.keyClicks(page.phone_edit, "139 1111 2222")
    page.save_button.click()
    assert [m.name for m in page.model.rows] == ["李明", "王芳"]
    assert staff_service.list_staff()[1].phone == "13911112222"
    page.table.selectRow(1)
    assert page.editing.name == "王芳" and page.name_edit.text() == "王芳"
    page.phone_edit.setText("abc")
    page.save_button.click()
    assert page.errors.message("phone")
    page.phone_edit.setText("13911113333")
    page.save_button.click()
    assert staff_service.list_staff()[1].phone == "13911113333"
    page.table.selectRow(1)
    page.active_button.click()  # marked as left: kept, not deleted
    assert [m.name for m in staff_service.list_staff()] == ["李明"]
    assert len(staff_service.list_staff(include_inactive=True)) == 2
    page.show_left.setChecked(True)
    assert [m.name for m in page.model.rows] == ["李明", "王芳"]


def test_staff_model(qtmodeltester, store, staff):
    model = StaffModel()
    model.set_rows(staff_service.list_staff())
    qtmodeltester.check(model)


def test_levels_rename(screen, ctx):
    page = screen.levels
    assert set(page.edits) == {"H", "A", "B", "C", "N"}
    page.edits["H"].setText("7天内成交")
    page.save_button.click()
    assert dict(settings_service.customer_levels())["H"] == "7天内成交"
    assert dict(settings_service.customer_levels())["A"] == "A: buys within 15 days"


def test_backup_now_creates_a_file(screen, ctx):
    page = screen.backups
    before = page.model.rowCount()
    target = page.back_up_now()
    assert target is not None and target.is_file() and target.stat().st_size > 0
    assert page.model.rowCount() == before + 1
    assert str(target.name) in page.status_label.text()


def test_backup_folder_can_be_chosen(screen, tmp_path):
    page = screen.backups
    usb = tmp_path / "usb"
    usb.mkdir()
    page.set_folder(str(usb))
    assert page.folder() == usb
    target = page.back_up_now()
    assert target.parent == usb
    page.set_folder("")
    assert page.folder() == screen.ctx.db_path.parent / "backups"


def test_restore_keeps_the_old_file(screen, ctx, monkeypatch):
    from dealerdesk.services.staff import add_staff

    page = screen.backups
    backup = page.back_up_now()
    add_staff(name="后来的人")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    aside = page.restore(backup)
    assert aside is not None and aside.is_file()
    assert "后来的人" not in [m.name for m in staff_service.list_staff()]
    assert str(aside) in shown[0]


def test_backups_model(qtmodeltester, screen):
    screen.backups.back_up_now()
    model = BackupsModel()
    model.set_files(sorted(screen.backups.folder().glob("*.db")))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_messages_from_the_rules_come_in_chinese(screen, qtbot):
    from dealerdesk.ui import i18n_qt

    i18n_qt.install("zh_CN")
    qtbot.waitUntil(lambda: screen.staff.save_button.text() == "添加")
    screen.staff.save_button.click()
    assert screen.staff.errors.message("name") == "请输入姓名。"
    screen.shop.name_edit.setText("店" * 61)
    screen.shop.save_button.click()
    assert screen.shop.errors.message("shop_name") == "店名太长了。"


def test_restore_tells_every_screen(screen, ctx, qtbot, monkeypatch):
    page = screen.backups
    backup = page.back_up_now()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(ctx.signals.changed) as changed:
        page.restore(backup)
    assert changed.args[0].touches("customers", "staff", "settings")


def test_features_list_their_pages(qtbot, ctx, monkeypatch):
    from dealerdesk.ui.settings import screen as screen_module
    from dealerdesk.ui.settings.page import SettingsPage

    class ReminderSettings(SettingsPage):
        def page_title(self):
            return "Reminders"

    monkeypatch.setattr(screen_module, "EXTRA_PAGES", [
        ("tests_reminder_page:ReminderSettings", "mdi6.bell-ring")])
    module = type(screen_module)("tests_reminder_page")
    module.ReminderSettings = ReminderSettings
    monkeypatch.setitem(__import__("sys").modules, "tests_reminder_page", module)
    widget = SettingsScreen(ctx)
    qtbot.addWidget(widget)
    assert widget.list.item(widget.list.count() - 1).text() == "Reminders"


def test_pages_without_their_own_retranslation_follow_a_language_switch(screen, qtbot):
    from dealerdesk.ui.excel.page import ImportExportPage
    from dealerdesk.ui.printing.settings_page import PrintingSettingsPage

    def page_of(kind):
        return next(w for _t, w in screen.pages if isinstance(w, kind))

    assert page_of(PrintingSettingsPage).browse.text() == "Choose a font file…"
    screen.language.choose("zh_CN")
    qtbot.waitUntil(lambda: page_of(PrintingSettingsPage).browse.text() != "Choose a font file…")
    assert page_of(PrintingSettingsPage).browse.text() == "选择字体文件…"
    boxes = [b.title() for b in page_of(ImportExportPage).findChildren(QGroupBox)]
    assert "Past imports" not in boxes
    screen.language.choose("en")
    qtbot.waitUntil(lambda: page_of(PrintingSettingsPage).browse.text() == "Choose a font file…")
    assert [screen.list.item(i).text() for i in range(screen.list.count())][-4:] == [
        "Printing", "Customer value", "Audit trail", "Storage"]
