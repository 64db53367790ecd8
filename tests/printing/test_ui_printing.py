"""Preview, print and save from the window; call-list options; the PDF font setting."""

import datetime as dt

import pytest
from pypdf import PdfReader

from dealerdesk.domain.records import CustomerInput, VehicleInput

pytest.importorskip("PySide6.QtPdf")
# The offscreen platform says so whenever a dialog is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ctx(store, staff, today):
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    return UiContext(signals=AppSignals(), db_path=store, operator=staff)


@pytest.fixture
def customer(ctx, staff, today):
    from dealerdesk.db.models import Customer
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.vehicles import add_vehicle

    cid, _ = create_customer(CustomerInput(name="王建国", phone="13812345678",
                                           owner_id=staff.id), today=today)
    add_vehicle(cid, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345"), today=today)
    Customer.update(next_followup_on=today).where(Customer.id == cid).execute()
    return cid


def _close(dialog):
    dialog.done(0)


def test_profile_preview_saves_a_copy(qtbot, ctx, customer, tmp_path):
    from dealerdesk.ui.printing.actions import print_profile

    dialog = print_profile(ctx, customer)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    assert "王建国" in dialog.windowTitle()
    target = tmp_path / "copy"
    assert dialog.save_to(target)
    text = PdfReader(str(tmp_path / "copy.pdf")).pages[0].extract_text()
    assert "王建国" in text
    _close(dialog)


def test_print_goes_through_the_printer(qtbot, ctx, customer, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from dealerdesk.ui.printing.actions import print_profile
    from dealerdesk.ui.printing.preview import print_pdf

    dialog = print_profile(ctx, customer)
    qtbot.addWidget(dialog)
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.document, printer) == 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    _close(dialog)


def test_save_failure_is_told_not_raised(qtbot, ctx, customer, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dealerdesk.ui.printing.actions import print_profile

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    dialog = print_profile(ctx, customer)
    qtbot.addWidget(dialog)
    assert not dialog.save_to(tmp_path / "no-such-folder" / "x.pdf")
    assert told and "could not be saved" in told[0]
    _close(dialog)


def test_call_list_options_refuse_a_backwards_range(qtbot, ctx, customer, today):
    from dealerdesk.ui.printing.actions import CallListOptions

    options = CallListOptions(ctx)
    qtbot.addWidget(options)
    # by default: the operator's calls of today (and the missed ones), a morning's worth
    assert options.values == {"date_from": today, "date_to": today, "staff": "李明",
                              "mask_phones": False, "long_tail": False, "limit": 30}
    assert [options.staff.itemText(i) for i in range(options.staff.count())] == [
        "Whole shop", "李明"]
    options.kind.setCurrentIndex(1)
    options.limit.setValue(0)
    assert options.values["long_tail"] and options.values["limit"] is None
    options.date_to.setDate(options.date_from.date().addDays(-1))
    options._on_ok_clicked()
    assert not options.isHidden() or options.result() == 0
    assert "before the start date" in options.error.text()


def test_call_list_preview_has_the_customer(qtbot, ctx, customer, today):
    from dealerdesk.ui.printing.actions import preview_call_list

    dialog = preview_call_list(ctx, date_from=today, date_to=today + dt.timedelta(days=7),
                               staff="李明", mask_phones=True)
    qtbot.addWidget(dialog)
    text = PdfReader(str(dialog.pdf)).pages[0].extract_text()
    assert "王建国" in text and "138****5678" in text
    _close(dialog)


def test_font_setting_is_saved(qtbot, ctx, tmp_path):
    from dealerdesk.printing.fonts import installed_fonts
    from dealerdesk.services.settings import get_setting
    from dealerdesk.ui.printing.settings_page import PrintingSettingsPage

    page = PrintingSettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.value == "" and page.font_box.itemText(0) == "Automatic (recommended)"
    fonts = installed_fonts()
    if fonts:
        with qtbot.waitSignal(ctx.signals.changed):
            page.font_box.setCurrentIndex(1)
        assert get_setting("pdf_font") == fonts[0].value
    bogus = tmp_path / "broken.ttf"
    bogus.write_text("x")
    page.choose_file(str(bogus))
    assert get_setting("pdf_font") == str(bogus)
    assert "broken.ttf" in page.status.text()


def test_the_preview_fits_the_screen_and_comes_back_at_its_size(qtbot, ctx, customer):
    from PySide6.QtCore import QSize

    from dealerdesk.ui.printing.actions import print_profile
    from dealerdesk.ui.widgets.window_size import FRAME

    dialog = print_profile(ctx, customer)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert area.height() < 1000  # the offscreen screen is smaller than the old fixed size
    assert area.contains(dialog.geometry()), (area, dialog.geometry())
    assert dialog.height() + FRAME.height() <= area.height()  # title bar included
    for button in (dialog.print_button, dialog.save_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner)  # every button on the screen
    dialog.resize(QSize(640, 480))
    _close(dialog)
    again = print_profile(ctx, customer)
    qtbot.addWidget(again)
    qtbot.waitExposed(again)
    assert again.size() == QSize(640, 480)
    _close(again)
