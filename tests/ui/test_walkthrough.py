"""A dealer's whole day through the real main window, on a fresh store."""

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QTabWidget

from dealerdesk.db.models import Customer, FollowUp, LedgerEntry, MembershipCard, Revisit, Vehicle
from dealerdesk.services import customers as customer_service


class Dialogs:
    """Answers modal dialogs in turn: each handler gets the dialog instead of `exec()`."""

    def __init__(self, monkeypatch):
        self.handlers = []
        self.messages = []
        this = self

        def fake_exec(dialog):
            assert this.handlers, f"unexpected dialog {type(dialog).__name__}"
            this.handlers.pop(0)(dialog)
            return dialog.result()

        monkeypatch.setattr(QDialog, "exec", fake_exec)
        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(
                lambda parent, title, text, *a, **k: this.messages.append(text)
                or QMessageBox.StandardButton.Ok))

    def then(self, handler):
        self.handlers.append(handler)
        return self


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_first_customer(qtbot, window, type_text, name="张建国", phone="138 1234 5678"):
    window.new_customer()
    screen = window.get_screen("customers")
    form = screen.page.form
    type_text(form.ui.nameEdit, name)
    qtbot.keyClicks(form.ui.phoneEdit, phone)
    click(qtbot, screen.page.profile.save_button)
    assert screen.page.customer_id is not None, screen.page.profile.message.text()
    return screen, screen.page.customer_id


def visible_labels_empty(widget):
    """Buttons and tab titles that show nothing (a missing translation or retranslate)."""
    empty = [b for b in widget.findChildren(QPushButton)
             if b.isVisibleTo(widget) and not b.text() and b.icon().isNull()]
    for tabs in widget.findChildren(QTabWidget):
        empty += [f"tab {i}" for i in range(tabs.count()) if not tabs.tabText(i)]
    return empty


def test_first_customer_follow_up_deal_and_reminders(qtbot, window, type_text, dialogs, today):
    screen, cid = add_first_customer(qtbot, window, type_text)
    page = screen.page

    def log_call(dialog):
        dialog.content.setPlainText("电话沟通，想看SUV")
        dialog.save()

    dialogs.then(log_call)
    click(qtbot, page.log_button)
    assert FollowUp.select().count() == 1
    assert [c.entry.content for c in page.timeline.cards] == ["电话沟通，想看SUV"]

    def record_deal(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("deal"))
        dialog.content.setPlainText("成交")
        fields = dialog.deal
        fields.vehicle.setCurrentIndex(fields.vehicle.count() - 1)  # a new car
        fields.brand.setText("丰田")
        fields.model.setText("凯美瑞")
        fields.price.setText("15.8万")
        dialog.save()

    dialogs.then(record_deal)
    click(qtbot, page.log_button)
    assert Customer.get_by_id(cid).status == "customer"
    car = Vehicle.get(Vehicle.customer == cid)
    assert car.deal_price_cents == 15_800_000
    assert Revisit.select().where(Revisit.customer == cid).count() >= 1
    assert page.vehicles.isEnabled()

    window.navigate("reminders")
    reminders = window.get_screen("reminders")
    qtbot.waitUntil(lambda: reminders.model.rowCount() > 0, timeout=20000)
    kinds = {reminders.model.reminder(r).kind for r in range(reminders.model.rowCount())}
    assert any("revisit" in k for k in kinds), kinds
    row = next(r for r in range(reminders.model.rowCount())
               if "revisit" in reminders.model.reminder(r).kind)
    reminders.select_row(row)
    shown = reminders.model.rowCount()

    def done_with_note(dialog):
        dialog.accept()

    dialogs.then(done_with_note)
    reminders.actions.mark_done_with_follow_up()
    qtbot.waitUntil(lambda: reminders.model.rowCount() == shown - 1, timeout=20000)
    assert reminders.actions.status.text()
    window.navigate("today")
    window.navigate("followups")
    follow = window.get_screen("followups")
    counts = [follow.tabs.tabText(i) for i in range(follow.tabs.count())]
    assert all(counts), counts


def test_membership_card_top_up_and_spend(qtbot, window, type_text, dialogs):
    screen, cid = add_first_customer(qtbot, window, type_text)
    tab = screen.page.membership
    screen.page.tabs.setCurrentWidget(tab)

    def issue(dialog):
        assert dialog.level.count() > 0
        dialog._on_save_clicked()

    dialogs.then(issue)
    click(qtbot, tab.issue_button)
    card = MembershipCard.get(MembershipCard.customer == cid)
    view = tab.card_view
    assert view.card is not None and view.card.id == card.id

    def bad_top_up(dialog):
        dialog.amount.setText("-100")
        dialog._on_save_clicked()
        assert dialog.error.text()
        assert dialog.result() != QDialog.DialogCode.Accepted

    entries = LedgerEntry.select().count()
    dialogs.then(bad_top_up)
    view.run_operation("top_up")
    assert LedgerEntry.select().count() == entries

    def top_up(dialog):
        dialog.amount.setText("500")
        dialog._on_save_clicked()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()

    dialogs.then(top_up)
    view.run_operation("top_up")
    assert view.card.balance_cents == 50_000

    def overspend(dialog):
        dialog.amount.setText("800")
        dialog.from_balance.setChecked(True)
        dialog._on_save_clicked()
        assert dialog.error.text()
        assert dialog.result() != QDialog.DialogCode.Accepted

    entries = LedgerEntry.select().count()
    dialogs.then(overspend)
    view.run_operation("spend")
    assert LedgerEntry.select().count() == entries

    def spend(dialog):
        dialog.amount.setText("120")
        dialog.from_balance.setChecked(True)
        dialog._on_save_clicked()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()

    dialogs.then(spend)
    view.run_operation("spend")
    assert view.card.balance_cents == 38_000


def test_print_profile_makes_a_pdf(qtbot, window, type_text, monkeypatch):
    from pypdf import PdfReader

    from dealerdesk.ui.printing.preview import PdfPreviewDialog

    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda d: shown.append(d.pdf.read_bytes()))
    screen, _cid = add_first_customer(qtbot, window, type_text)
    click(qtbot, screen.page.print_button)
    assert shown and shown[0].startswith(b"%PDF")
    import io

    text = PdfReader(io.BytesIO(shown[0])).pages[0].extract_text()
    assert "张建国" in text


def test_export_and_import_through_settings(qtbot, window, type_text, dialogs, tmp_path, today):
    from dealerdesk.ui.excel.export_dialog import ExportDialog
    from dealerdesk.ui.excel.import_wizard import ImportWizard

    screen, _cid = add_first_customer(qtbot, window, type_text)
    target = tmp_path / "客户.xlsx"
    dialog = ExportDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    ws = openpyxl.load_workbook(target).active
    assert "张建国" in [c.value for c in ws["A"]]

    sheet = tmp_path / "老客户.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户姓名", "手机", "生日", "备注"])
    ws.append(["李四", "139-0000-1111", "1985/3/4", "老客户"])
    ws.append(["王五", " 13900002222 ", "2023-02-30", None])
    ws.append([None, None, None, None])
    ws.append(["", "13900003333", None, "没名字"])
    wb.save(sheet)
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(sheet))
    for _ in range(6):
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
        if wizard.currentPage() is wizard.page(wizard.pageIds()[-1]):
            break
        wizard.next()
    names = {c.name for c in Customer.select()}
    assert {"张建国", "李四"} <= names
    window.navigate("customers")
    screen.show_list()
    assert screen.model.rowCount() == len(names)


def test_language_switch_with_a_customer_open_then_bin_and_restore(qtbot, window, type_text):
    from dealerdesk.ui import i18n_qt

    screen, cid = add_first_customer(qtbot, window, type_text)
    page = screen.page
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
    i18n_qt.install("zh_CN")
    window.ctx.signals.language_changed.emit("zh_CN")
    assert page.tabs.tabText(0) == "基本资料" or page.tabs.tabText(0) != "Profile"
    assert not visible_labels_empty(page), visible_labels_empty(page)
    for key in ("today", "followups", "members", "reminders", "reports", "settings"):
        window.navigate(key)
        assert not visible_labels_empty(window.get_screen(key)), key
    window.navigate("customers")
    i18n_qt.install("en")
    window.ctx.signals.language_changed.emit("en")
    assert page.tabs.tabText(0) == "Profile"

    screen.show_list()
    assert screen.select_id(cid)
    click(qtbot, screen.delete_button)
    assert customer_service.get_customer(cid).deleted_at is not None
    screen.bin_button.setChecked(True)
    assert screen.select_id(cid)
    click(qtbot, screen.restore_button)
    assert customer_service.get_customer(cid).deleted_at is None


def test_bad_input_gives_a_message_and_writes_nothing(qtbot, window, type_text, dialogs):
    window.new_customer()
    screen = window.get_screen("customers")
    form = screen.page.form
    click(qtbot, screen.page.profile.save_button)  # empty name
    assert form.errors.text("name")
    type_text(form.ui.nameEdit, "赵六")
    qtbot.keyClicks(form.ui.phoneEdit, "13800001111")
    qtbot.keyClicks(form.ui.birthdayEdit, "2023-02-30")
    click(qtbot, screen.page.profile.save_button)
    assert form.errors.text("birthday")
    assert customer_service.count_customers() == 0
    assert screen.page.profile.message.text()


def english_texts(widget):
    """Visible texts still in English (letters and no Chinese) after switching to Chinese."""
    import re

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # replaced widgets
    found = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget):
            found.append(w.text())
    for g in widget.findChildren(QGroupBox):
        found.append(g.title())
    for tabs in widget.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
    return sorted({t for t in found if re.search(r"[A-Za-z]{3,} [a-z]{2,}", t)
                   and not re.search(r"[\u4e00-\u9fff]", t)})


def test_customer_page_in_chinese_after_switching(qtbot, window, type_text, dialogs):
    from dealerdesk.ui import i18n_qt

    screen, cid = add_first_customer(qtbot, window, type_text)
    window.navigate("reminders")  # screens made in English, then switched
    window.open_customer(cid)
    i18n_qt.install("zh_CN")
    window.ctx.signals.language_changed.emit("zh_CN")
    page = screen.page
    seen = {"page": english_texts(page)}
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        seen[f"tab{i}"] = english_texts(page.tabs.widget(i))
    assert not any(seen.values()), {k: v for k, v in seen.items() if v}
    for key in ("today", "reminders"):
        window.navigate(key)
        qtbot.waitUntil(lambda k=key: not window.get_screen(k).loader.busy, timeout=20000)
        seen[key] = english_texts(window.get_screen(key))
    assert not any(seen.values()), {k: v for k, v in seen.items() if v}


def test_chinese_everywhere_from_the_start(qtbot, ctx, type_text, dialogs):
    from dealerdesk.ui import i18n_qt
    from dealerdesk.ui.main_window import MainWindow

    i18n_qt.install("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen, cid = add_first_customer(qtbot, window, type_text)
    seen = {}
    for key in ("customers", "today", "followups", "members", "reminders", "reports",
                "settings"):
        window.navigate(key)
        seen[key] = english_texts(window.get_screen(key))
    page = screen.page
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        seen[f"tab{i}"] = english_texts(page.tabs.widget(i))
    assert not any(seen.values()), {k: v for k, v in seen.items() if v}


def test_restoring_a_backup_while_a_newer_customer_is_open(qtbot, window, type_text, dialogs):
    _screen, first = add_first_customer(qtbot, window, type_text)
    window.navigate("settings")
    backups = window.get_screen("settings").backups
    backup = backups.back_up_now()
    screen, newer = add_first_customer(qtbot, window, type_text, name="钱七", phone="13900009999")
    window.navigate("settings")
    backups.restore(backup)
    assert dialogs.messages  # "Backup restored"
    window.navigate("customers")
    assert screen.page.customer_id is None  # the newer customer is not in the backup
    assert screen.stack.currentWidget() is screen.list_page
    assert screen.model.rowCount() == 1

    # Editing a customer that vanished meanwhile says so instead of failing.
    window.open_customer(first)
    screen.page._customer_id = newer
    type_text(screen.page.form.ui.addressEdit, "杭州")
    assert not screen.page.save()
    assert screen.page.form.errors.text("name") == "This customer no longer exists."
    assert [c.name for c in Customer.select()] == ["张建国"]


def test_closing_the_window_keeps_unsaved_typing_when_asked(qtbot, window, type_text,
                                                            monkeypatch):
    from dealerdesk.ui.customers import ask

    window.new_customer()
    form = window.get_screen("customers").page.form
    type_text(form.ui.nameEdit, "周九")
    window.navigate("today")
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda *a: asked.append(a[1]) or False)
    assert not window.may_close()
    assert asked and form.ui.nameEdit.text() == "周九"
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    assert window.may_close()
    window.navigate("customers")
    window.get_screen("customers").page.load(None)
    monkeypatch.setattr(ask, "confirm", lambda *a: pytest.fail("nothing typed: no question"))
    assert window.may_close()


def test_bad_vehicle_input_is_reported_and_nothing_stored(qtbot, window, type_text, dialogs):
    screen, _cid = add_first_customer(qtbot, window, type_text)
    seen = {}

    def bad(dialog):
        u = dialog.ui
        u.brandEdit.setText("丰田")
        for edit, text in ((u.registeredEdit, "2023-02-30"), (u.dealPriceEdit, "-5"),
                           (u.mileageEdit, "-100"), (u.compulsoryEdit, "明天")):
            getattr(edit, "edit", edit).setText(text)
        assert not dialog.save()
        seen.update({f: dialog.errors.text(f) for f in
                     ("registered_on", "deal_price_cents", "mileage_km",
                      "compulsory_ins_expiry")})

    dialogs.then(bad)
    screen.page.vehicles.add_vehicle()
    assert all(seen.values()), seen
    assert "not a real date" in seen["registered_on"]
    assert Vehicle.select().count() == 0


def test_deleting_the_deal_entry_takes_its_revisits_away(qtbot, window, type_text, dialogs,
                                                         monkeypatch):
    screen, cid = add_first_customer(qtbot, window, type_text)
    timeline = screen.page.timeline

    def deal(dialog):
        dialog.fields.vehicle.setCurrentIndex(dialog.fields.vehicle.count() - 1)
        dialog.fields.brand.setText("丰田")
        dialog.fields.price.setText("10万")
        dialog.save()

    dialogs.then(deal)
    timeline._on_deal_clicked()
    assert Revisit.select().count() == 3 and Customer.get_by_id(cid).status == "customer"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    timeline._on_delete(timeline.cards[0].entry)
    assert Revisit.select().count() == 0 and Customer.get_by_id(cid).status == "lead"
    assert Vehicle.get().deal_price_cents is None
