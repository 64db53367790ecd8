"""Print from the preview: to the default printer, and a clear word when there is none."""

import datetime as dt

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6.QtPdf")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

DAY = dt.date(2026, 11, 26)


@pytest.fixture
def preview(qtbot, store, staff, tmp_path):
    from dealerdesk.services.printouts import write_call_list
    from dealerdesk.ui.printing.preview import PdfPreviewDialog

    done = write_call_list(target=tmp_path / "呼叫 清单.pdf", date_from=DAY, date_to=DAY,
                           today=DAY, now=dt.datetime(2026, 11, 26, 9))
    dialog = PdfPreviewDialog(done.path, title="Call list", suggested_name="calls.pdf")
    qtbot.addWidget(dialog)
    yield dialog
    dialog.done(0)


@pytest.fixture
def printers(monkeypatch):
    """The printers Windows would list; the first is the default."""
    from PySide6.QtPrintSupport import QPrinterInfo

    installed = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", lambda: list(installed))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName",
                        lambda: installed[0] if installed else "")
    return installed


@pytest.fixture
def told(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    return said


def test_no_printer_installed_says_so_instead_of_a_silent_dialog(preview, printers, told,
                                                                  monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: pytest.fail("dialog shown"))
    preview.print_button.click()
    assert len(told) == 1 and "No printer is installed" in told[0]


def test_print_offers_the_default_printer_and_prints_every_page(preview, printers, told,
                                                                monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printers.extend(["HP LaserJet 前台", "Microsoft Print to PDF"])

    def accept(dialog):
        printer = dialog.printer()
        # the shop's printer cannot be reached from here: its output goes to a file
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview.print_button.click()
    assert told == []
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()


def test_the_default_printer_is_chosen_when_there_is_one(preview, printers, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    chosen = []
    monkeypatch.setattr(QPrinter, "setPrinterName", lambda self, name: chosen.append(name))
    printers.extend(["HP LaserJet 前台"])
    preview.make_printer()
    assert chosen == ["HP LaserJet 前台"]
