"""Print the customer profile or the call list from a screen: gather, render, preview."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from dealerdesk import clock
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.i18n import translate
from dealerdesk.printing.fonts import FontError, font_warning, pdf_font
from dealerdesk.ui.printing.preview import PdfPreviewDialog, pdf_support
from dealerdesk.ui.widgets.window_size import keep_size

CTX = "Printing"


class RenderThread(QThread):
    """Lays out a document off the GUI thread (reportlab only; no database access)."""

    succeeded = Signal(int)
    failed = Signal(str)

    def __init__(self, render: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render

    def run(self) -> None:
        try:
            self.succeeded.emit(self._render())
        except (OSError, FontError, ValueError, RuntimeError) as exc:
            self.failed.emit(str(exc))


def _font() -> tuple[object, str]:
    from dealerdesk.services.settings import get_setting

    choice = get_setting("pdf_font") or ""
    font = pdf_font(choice)
    return font, font_warning(font, choice)


def _fail(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, translate("Printing", "Printing"), text)


def _render_and_preview(parent: QWidget | None, *, title: str, file_name: str,
                        save: Callable[[Path, object], int]) -> PdfPreviewDialog | None:
    """Render with `save(path, font)` in a worker thread, then show the preview."""
    if not pdf_support():
        _fail(parent, translate("Printing", "PDF preview needs the PySide6-Pdf package. Use "
                                "`dealerdesk print` to make the PDF instead."))
        return None
    try:
        font, warning = _font()
    except FontError as exc:
        _fail(parent, str(exc))
        return None
    folder = Path(tempfile.mkdtemp(prefix="dealerdesk-print-"))
    pdf = folder / file_name
    outcome: dict[str, object] = {}
    thread = RenderThread(lambda: save(pdf, font), parent)
    thread.succeeded.connect(lambda pages: outcome.update(pages=pages))
    thread.failed.connect(lambda text: outcome.update(error=text))
    _wait_for(thread, parent)
    if "error" in outcome:
        shutil.rmtree(folder, ignore_errors=True)
        _fail(parent, translate("Printing", "The document could not be made: {reason}").format(
            reason=outcome["error"]))
        return None
    dialog = PdfPreviewDialog(pdf, title=title, suggested_name=file_name, warning=warning,
                              parent=parent)
    dialog.finished.connect(lambda _: shutil.rmtree(folder, ignore_errors=True))
    dialog.open()
    return dialog


def _wait_for(thread: QThread, parent: QWidget | None) -> None:
    """Run `thread`, keeping the window painted; a progress note shows after 0.3 s."""
    progress = QProgressDialog(translate("Printing", "Preparing the document…"), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    timer.start(300)
    loop.exec()  # the queued "finished" arrives inside this loop, never before it
    timer.stop()
    progress.close()
    thread.wait()


def _safe_name(text: str) -> str:
    return "".join(ch for ch in text if ch not in '\\/:*?"<>|').strip() or "DealerDesk"


def print_profile(ctx, customer_id: int, parent: QWidget | None = None
                  ) -> PdfPreviewDialog | None:
    """Preview the customer's profile, from where it is printed or saved."""
    from dealerdesk.printing.profile import save_profile
    from dealerdesk.services.printouts import gather_profile

    try:
        data = gather_profile(customer_id=customer_id, today=ctx.today(),
                              now=clock.now())
    except ValidationFailed as exc:
        _fail(parent, "; ".join(e.message for e in exc.errors))
        return None
    title = translate("Printing", "Customer profile")
    name = _safe_name(f"{title} {data.name}")[:60] + ".pdf"
    return _render_and_preview(parent, title=f"{title}: {data.name}", file_name=name,
                               save=lambda path, font: save_profile(data, path, font))


def print_card(ctx, card_no: str, parent: QWidget | None = None) -> PdfPreviewDialog | None:
    """Preview one membership card (85.6 x 54 mm), from where it is printed or saved."""
    from dealerdesk.printing.card import save_cards
    from dealerdesk.services.printouts import gather_cards

    try:
        cards = gather_cards([card_no])
    except ValidationFailed as exc:
        _fail(parent, "; ".join(e.message for e in exc.errors))
        return None
    title = translate("Printing", "Membership card")
    name = _safe_name(f"{title} {card_no}")[:60] + ".pdf"
    return _render_and_preview(parent, title=f"{title}: {card_no}", file_name=name,
                               save=lambda path, font: save_cards(cards, path, font))


def print_card_sheet(ctx, card_numbers: list[str], parent: QWidget | None = None
                     ) -> PdfPreviewDialog | None:
    """Preview the chosen cards laid out ten to an A4 sheet with cut marks."""
    from dealerdesk.printing.card import save_cards
    from dealerdesk.services.printouts import gather_cards

    try:
        cards = gather_cards(card_numbers)
    except ValidationFailed as exc:
        _fail(parent, "; ".join(e.message for e in exc.errors))
        return None
    title = translate("Printing", "Membership cards ({count})").format(count=len(cards))
    return _render_and_preview(parent, title=title, file_name=_safe_name(title) + ".pdf",
                               save=lambda path, font: save_cards(cards, path, font, sheet=True))


class CallListOptions(QDialog):
    """Which calls to list: today's (and the missed ones) or the long tail, a date range,
    one salesperson (the operator by default) or the whole shop, how many, masked phones."""

    def __init__(self, ctx, parent: QWidget | None = None, *, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, staff_id: int | None = None) -> None:
        super().__init__(parent)
        from dealerdesk.services.printouts import MORNING_CALLS
        from dealerdesk.services.staff import list_staff

        self.setWindowTitle(self.tr("Print call list"))
        today = ctx.today()
        start = date_from or today
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Calls to make (missed ones first)"), False)
        self.kind.addItem(self.tr("Customers not contacted for too long"), True)
        self.date_from = self._date_edit(start)
        self.date_to = self._date_edit(date_to or start)
        self.staff = QComboBox(self)
        self.staff.addItem(self.tr("Whole shop"), "")
        wanted = ctx.operator_id if staff_id is None and date_from is None else staff_id
        for member in list_staff():
            self.staff.addItem(member.name, member.name)
            if member.id == wanted:
                self.staff.setCurrentIndex(self.staff.count() - 1)
        self.limit = QSpinBox(self)
        self.limit.setRange(0, 9999)
        self.limit.setValue(MORNING_CALLS)
        self.limit.setSpecialValueText(self.tr("All"))
        self.limit.setSuffix(self.tr(" customers"))
        self.mask = QCheckBox(self.tr("Hide the middle of phone numbers (138****5678)"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#c62828;")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("List"), self.kind)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Salesperson"), self.staff)
        form.addRow(self.tr("At most"), self.limit)
        form.addRow("", self.mask)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview"))
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        keep_size(self, "call_list_options")
        from dealerdesk.ui.staff.access_view import apply_call_list_options

        apply_call_list_options(self)  # a salesperson lists their own customers

    def _date_edit(self, value: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @property
    def values(self) -> dict:
        return {"date_from": self.date_from.date().toPython(),
                "date_to": self.date_to.date().toPython(),
                "staff": self.staff.currentData() or "", "mask_phones": self.mask.isChecked(),
                "long_tail": bool(self.kind.currentData()),
                "limit": self.limit.value() or None}

    def _on_ok_clicked(self) -> None:
        if self.values["date_to"] < self.values["date_from"]:
            self.error.setText(self.tr("The end date is before the start date."))
            self.error.show()
            return
        self.accept()


def print_call_list(ctx, parent: QWidget | None = None, *, date_from: dt.date | None = None,
                    date_to: dt.date | None = None, staff_id: int | None = None,
                    ask: bool = True) -> PdfPreviewDialog | None:
    """Ask for the range and salesperson, then preview the call list."""
    options = CallListOptions(ctx, parent, date_from=date_from, date_to=date_to,
                              staff_id=staff_id)
    if ask and options.exec() != QDialog.DialogCode.Accepted:
        return None
    return preview_call_list(ctx, parent, **options.values)


def preview_call_list(ctx, parent: QWidget | None = None, **values) -> PdfPreviewDialog | None:
    """Gather the call list for `values` (see CallListOptions.values) and preview it."""
    from dealerdesk.printing.calllist import save_call_list
    from dealerdesk.services.printouts import gather_call_list

    try:
        data = gather_call_list(today=ctx.today(), now=clock.now(),
                                **values)
    except ValidationFailed as exc:
        _fail(parent, "; ".join(e.message for e in exc.errors))
        return None
    title = translate("Printing", "Not contacted for too long") if data.long_tail \
        else translate("Printing", "Call list")
    name = _safe_name(f"{title} {data.date_from:%Y-%m-%d}") + ".pdf"
    return _render_and_preview(parent, title=title, file_name=name,
                               save=lambda path, font: save_call_list(data, path, font))


def preview_list_call_list(ctx, parent: QWidget | None = None, *, title: str,
                           entries) -> PdfPreviewDialog | None:
    """Preview a list made elsewhere (a Reports list: ListEntry rows) as a call list."""
    from dealerdesk.printing.calllist import save_call_list
    from dealerdesk.services.customer_lists import gather_list_call_list

    data = gather_list_call_list(title=title, entries=entries, today=ctx.today(),
                                 now=clock.now())
    name = _safe_name(f"{title} {data.date_from:%Y-%m-%d}") + ".pdf"
    return _render_and_preview(parent, title=title, file_name=name,
                               save=lambda path, font: save_call_list(data, path, font))
