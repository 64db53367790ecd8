"""A PDF preview with Print (through Qt's print dialog) and Save as."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.printing.files import write_atomically

try:  # PySide6 6.8+ ships QtPdf in its own wheel (PySide6-Pdf)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on what is installed
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


def pdf_support() -> bool:
    """True when Qt can show and print PDFs (the PySide6-Pdf package is installed)."""
    return QPdfDocument is not None


def default_printer_name() -> str:
    """The system's default printer ("" when none is set): where Print goes first."""
    return QPrinterInfo.defaultPrinterName()


def has_printer() -> bool:
    """True when at least one printer is installed (Windows counts "Microsoft Print to
    PDF"). Without one, Windows' print dialog closes at once without a word."""
    return bool(QPrinterInfo.availablePrinterNames())


def print_pdf(document, printer: QPrinter, first: int = 0, last: int | None = None) -> int:
    """Render pages `first`..`last` of a loaded QPdfDocument onto `printer`; return how
    many pages were printed. Each page is scaled to fit the printable area."""
    last = document.pageCount() - 1 if last is None else last
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            _paint_page(document, index, printer, painter)
            printed += 1
    finally:
        painter.end()
    return printed


RENDER_DPI = 300  # sharp on paper; a page at the printer's 1200 dpi would take 0.5 GB


def _paint_page(document, index: int, printer: QPrinter, painter: QPainter) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    points = document.pagePointSize(index)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
    dpi = min(printer.resolution(), RENDER_DPI)
    size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
    painter.drawImage(target, document.render(index, size))


class PdfPreviewDialog(QDialog):
    """Shows a finished PDF; the user prints it or saves a copy."""

    def __init__(self, pdf: Path, *, title: str, suggested_name: str, warning: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = Path(pdf)
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._build(warning)

    def _build(self, warning: str) -> None:
        layout = QVBoxLayout(self)
        if warning:
            note = QLabel(warning, self)
            note.setWordWrap(True)
            note.setStyleSheet("background:#fff4e5; color:#8a4b00; padding:6px;")
            layout.addWidget(note)
        layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        pages = self.tr("Pages: {count}").format(count=self.document.pageCount())
        self.pages_label = QLabel(pages, self)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        self.fit_button = QPushButton(self.tr("Whole page"), self)
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(self._on_fit_toggled)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.fit_button, self.print_button, self.save_button, close):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.print_button.setDefault(True)

    def _on_fit_toggled(self, whole: bool) -> None:
        mode = QPdfView.ZoomMode.FitInView if whole else QPdfView.ZoomMode.FitToWidth
        self.view.setZoomMode(mode)

    def make_printer(self) -> QPrinter:
        """A printer set up for the document's paper size and orientation."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        points = self.document.pagePointSize(0)
        landscape = points.width() > points.height()
        size = QPageSize(QSizeF(min(points.width(), points.height()),
                                max(points.width(), points.height())),
                         QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = (QPageLayout.Orientation.Landscape if landscape
                       else QPageLayout.Orientation.Portrait)
        printer.setPageLayout(QPageLayout(size, orientation, QPageLayout().margins()))
        printer.setFullPage(True)
        default = default_printer_name()
        if default:
            printer.setPrinterName(default)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        return printer

    def _on_print_clicked(self) -> None:
        if not has_printer():
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "No printer is installed on this computer. Add one in the system's "
                "printer settings, or save the PDF and print it from another computer."))
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:  # "all pages"
            first, last = 1, self.document.pageCount()
        if not print_pdf(self.document, printer, first - 1, last - 1):
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The printer could not be started. Check that it is switched on and "
                "connected, or save the PDF and print it from another program."))

    def _on_save_clicked(self) -> None:
        start = str(Path.home() / self.suggested_name)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)"))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        """Copy the PDF to `target` (atomically); tell the user when that fails."""
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with self.pdf.open("rb") as source:
                write_atomically(target, lambda out: shutil.copyfileobj(source, out))
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The PDF could not be saved to {path}: {reason}. Is it open in another "
                "program?").format(path=target, reason=exc.strerror or exc))
            return False
        return True

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
