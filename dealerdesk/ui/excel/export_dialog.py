"""Export to .xlsx: which records, the current filtered list or all, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from dealerdesk import clock
from dealerdesk.services import exports
from dealerdesk.ui.excel.worker import ServiceWorker
from dealerdesk.ui.widgets.window_size import keep_size


class ExportDialog(QDialog):
    """Choose what to export and where; the workbook is written in the background."""

    def __init__(self, ctx, parent=None, *, customer_filter=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_filter = customer_filter
        self.worker: ServiceWorker | None = None
        self.result = None
        self.setWindowTitle(self.tr("Export to Excel"))
        self.kind = QComboBox()
        for code, text in (
            ("customers", self.tr("Customers")),
            ("vehicles", self.tr("Vehicles")),
            ("followups", self.tr("Follow-ups")),
            ("members", self.tr("Membership cards")),
            ("ledger", self.tr("Membership ledger")),
        ):
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.filtered = QRadioButton(self.tr("The current filtered list"))
        self.everyone = QRadioButton(self.tr("All customers"))
        (self.filtered if customer_filter is not None else self.everyone).setChecked(True)
        self.filtered.setEnabled(customer_filter is not None)
        self.path = QLineEdit()
        self.path.setText(str(Path.home() / self._default_name()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind)
        scope = QVBoxLayout()
        scope.addWidget(self.filtered)
        scope.addWidget(self.everyone)
        form.addRow(self.tr("Customers:"), scope)
        form.addRow(self.tr("Save as:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        keep_size(self, "export", QSize(560, 260))

    def _default_name(self) -> str:
        return "{}-{}.xlsx".format(self.kind.currentText(), self.ctx.today().strftime("%Y%m%d"))

    def _kind_changed(self):
        is_customers = self.kind.currentData() == "customers"
        self.filtered.setEnabled(is_customers and self.customer_filter is not None)
        self.everyone.setEnabled(is_customers)
        current = Path(self.path.text())
        self.path.setText(str(current.with_name(self._default_name())))

    def _browse(self):
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def language(self) -> str:
        from dealerdesk.ui.excel.import_wizard import ui_language

        return ui_language()

    def start(self):
        kind, target, lang = self.kind.currentData(), Path(self.path.text()), self.language()
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        use_filter = kind == "customers" and self.filtered.isChecked() and self.filtered.isEnabled()
        flt = self.customer_filter if use_filter else None

        def job(progress, cancelled):
            now = clock.now()
            if kind == "customers":
                return exports.export_customers(
                    target,
                    now=now,
                    language=lang,
                    customer_filter=flt,
                    progress=progress,
                    cancel=cancelled,
                )
            return exports.export_kind(
                kind, target, now=now, language=lang, progress=progress, cancel=cancelled
            )

        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self.worker = ServiceWorker(job, self)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progress(self, done: int, total: int):
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result):
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("{rows} rows saved in {path}").format(rows=result.rows, path=result.path)
        )
        open_folder = self.buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        )

    def _failed(self, exc):
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if isinstance(exc, exports.ExportCancelledError):
            self.status.setText(self.tr("Cancelled: no file was written."))
        else:
            self.status.setText(str(exc))

    def reject(self):
        if self.worker and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()
        super().reject()
