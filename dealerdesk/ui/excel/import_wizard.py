"""The import wizard: file, sheet and header row, column mapping with preview, dry run,
import with progress and cancel, and the result with the error workbook and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.excel.columns import IMPORT_COLUMNS
from dealerdesk.excel.reader import ReadError
from dealerdesk.services import exports, imports
from dealerdesk.ui.excel.models import PlainTableModel
from dealerdesk.ui.excel.worker import ServiceWorker

PREVIEW_ROWS = 20


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationFailed):
        return "; ".join(e.message for e in exc.errors)
    return str(exc)


class ImportState:
    """What the pages share: the file, the table read so far, the mapping and the plan."""

    def __init__(self):
        self.path: Path | None = None
        self.sheets: list[str] = []
        self.table = None
        self.mapping: tuple[str | None, ...] = ()
        self.order_override: str | None = None
        self.plan = None
        self.result = None
        self.errors_path: Path | None = None


class FilePage(QWizardPage):
    """Step 1: choose the .xlsx or .csv file."""

    def __init__(self, state: ImportState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). "
                "An old .xls file must first be saved as .xlsx in Excel or WPS."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        template = QPushButton(self.tr("Save a blank template…"))
        template.clicked.connect(self._template)
        hint = QLabel(
            self.tr(
                "Tip: the first row that looks like headers is found by itself; "
                "titles, blank rows and a total line are fine."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(template)

    def _browse(self):
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def _template(self):
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Blank template"),
            self.tr("customer-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            save_template(self, name)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        from dealerdesk.excel.reader import sheet_names

        path = Path(self.path_edit.text().strip())
        try:
            self.state.sheets = sheet_names(path)
        except ReadError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.state.path = path
        return True


def ui_language() -> str:
    """ "zh" when the Chinese translation is loaded, else "en" (for headers written to files)."""
    return "zh" if QCoreApplication.translate("ImportWizard", "Row") != "Row" else "en"


def save_template(parent: QWidget, name: str) -> None:
    from dealerdesk.excel.files import WriteError

    lang = ui_language()
    try:
        exports.write_template(name, now=dt.datetime.now(), language=lang)
    except WriteError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportWizard", "Blank template"), str(exc)
        )


class SheetPage(QWizardPage):
    """Step 2: the sheet and the header row (found automatically, changeable)."""

    def __init__(self, state: ImportState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr(
                "The header row was found automatically; change it if the "
                "column names below are wrong."
            )
        )
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 30)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.raw = QTableView()
        self.raw_model = PlainTableModel()
        self.raw.setModel(self.raw_model)
        form = QFormLayout()
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Header row:"), self.header_row)
        form.addRow(self.tr("Columns:"), self.found)
        form.addRow(self.error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The top of the sheet as it is in the file:")))
        layout.addWidget(self.raw, 1)
        self.sheet.currentTextChanged.connect(lambda _: self._load(None))
        self.header_row.valueChanged.connect(self._manual_row)
        self._loading = False

    def initializePage(self):
        self._loading = True
        self.sheet.clear()
        self.sheet.addItems(self.state.sheets)
        self._loading = False
        self._load(None)

    def _manual_row(self, value: int):
        if not self._loading:
            self._load(value)

    def _load(self, header_row: int | None):
        if self._loading or not self.sheet.currentText():
            return
        try:
            table = imports.open_table(
                self.state.path,
                self.sheet.currentText(),
                header_row=header_row,
                limit=PREVIEW_ROWS * 3,
            )
        except ReadError as exc:
            self.error.setText(str(exc))
            self.state.table = None
            self.completeChanged.emit()
            return
        self.error.clear()
        self.state.table = table
        self.state.mapping = ()
        self._loading = True
        self.header_row.setValue(table.header_row)
        self._loading = False
        self.found.setText("  |  ".join(table.headers) or self.tr("(no columns)"))
        self._show_raw(table)
        self.completeChanged.emit()

    def _show_raw(self, table):
        from dealerdesk.excel.reader import column_letter

        def text(values):
            return ["" if v is None else str(v) for v in values]

        top = [text(r) for r in table.title_rows] + [text(table.headers)]
        top += [text(values) for _, values in table.rows[:10]]
        width = max((len(r) for r in top), default=0)
        marker = self.tr("Headers")
        self.raw_model.set_rows(
            [column_letter(i) for i in range(width)],
            top,
            [marker if i == len(table.title_rows) else "" for i in range(len(top))],
        )
        self.raw.selectRow(len(table.title_rows))
        self.raw.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return self.state.table is not None and bool(self.state.table.headers)


class MappingPage(QWizardPage):
    """Step 3: which field each column fills, and a preview of the first rows."""

    def __init__(self, state: ImportState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file is matched by its header; change any "
                "match by hand. The preview shows what the first rows become."
            )
        )
        self.combos: list[QComboBox] = []
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setMinimumWidth(280)
        self.order = QComboBox()
        self.order.addItem(self.tr("Guess from each column"), None)
        self.order.addItem(self.tr("Month first (3/5/2024 = 5 March)"), "mdy")
        self.order.addItem(self.tr("Day first (3/5/2024 = 3 May)"), "dmy")
        self.order.currentIndexChanged.connect(self._refresh)
        self.orders_label = QLabel()
        self.orders_label.setWordWrap(True)
        self.preview = QTableView()
        self.preview_model = PlainTableModel()
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.verticalHeader().setVisible(False)
        right = QVBoxLayout()
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Dates like 3/5/2024:")))
        order_row.addWidget(self.order, 1)
        right.addLayout(order_row)
        right.addWidget(self.orders_label)
        right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

    def initializePage(self):
        from dealerdesk.excel.columns import auto_mapping

        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        table = self.state.table
        mapping = self.state.mapping or auto_mapping(table.headers)
        for header, key in zip(table.headers, mapping, strict=False):
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), None)
            for column in IMPORT_COLUMNS:
                combo.addItem(column.label, column.key)
            combo.setCurrentIndex(max(combo.findData(key), 0))
            combo.currentIndexChanged.connect(self._refresh)
            self.form.addRow(header, combo)
            self.combos.append(combo)
        self._refresh()

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(c.currentData() for c in self.combos)

    def _orders(self, mapping) -> dict[str, str]:
        guessed = imports.date_orders(self.state.table, mapping)
        override = self.order.currentData()
        return {k: override or v for k, v in guessed.items()}

    def _refresh(self, *_):
        if not self.combos:
            return
        mapping = self.mapping()
        self.state.mapping = mapping
        self.state.order_override = self.order.currentData()
        orders = self._orders(mapping)
        labels = {c.key: c.label for c in IMPORT_COLUMNS}
        if orders:
            names = {"mdy": self.tr("month/day/year"), "dmy": self.tr("day/month/year")}
            how = self.tr("chosen") if self.order.currentData() else self.tr("guessed")
            self.orders_label.setText(
                self.tr("Dates with the year last are read as: {}").format(
                    self.tr(", ").join(f"{labels[k]} {names[v]}" for k, v in orders.items())
                )
                + f" ({how})"
            )
        else:
            self.orders_label.setText("")
        rows = imports.preview_rows(
            self.state.table, mapping, orders, today=self.wizard().ctx.today(), limit=PREVIEW_ROWS
        )
        keys = [k for k in mapping if k]
        if "model" in keys and "brand" not in keys and any("brand" in r.values for r in rows):
            keys.insert(keys.index("model"), "brand")  # split from "丰田 卡罗拉"
        headers = [self.tr("Row")] + [labels[k] for k in keys] + [self.tr("Problem")]
        self.preview_model.set_rows(
            headers,
            [[str(r.row), *(r.values.get(k, "") for k in keys), r.problem] for r in rows],
            [r.problem for r in rows],
        )
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        keys = set(self.mapping())
        return bool(keys & {"name", "phone", "plate"})


class DryRunPage(QWizardPage):
    """Step 4: the dry run's counts, and what to do with customers already stored."""

    def __init__(self, state: ImportState, parent=None):
        super().__init__(parent)
        self.state = state
        self.worker: ServiceWorker | None = None
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. These are the counts for the whole file.")
        )
        self.progress = QProgressBar()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.choice = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.addWidget(QLabel(self.tr("Customers already stored (same phone, or same plate):")))
        for code, text in (
            ("skip", self.tr("Leave them as they are")),
            ("fill", self.tr("Fill in only their empty fields")),
            ("overwrite", self.tr("Overwrite them with the file's values")),
            ("merge", self.tr("Merge: fill empty fields, add notes and tags")),
        ):
            button = QRadioButton(text)
            button.setProperty("code", code)
            self.choice.addButton(button)
            choices.addWidget(button)
            if code == "fill":
                button.setChecked(True)
        self.choice.buttonClicked.connect(self._show_counts)
        self.rejected = QTableView()
        self.rejected_model = PlainTableModel()
        self.rejected.setModel(self.rejected_model)
        self.rejected.verticalHeader().setVisible(False)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addLayout(choices)
        layout.addWidget(QLabel(self.tr("Rows that will not be imported:")))
        layout.addWidget(self.rejected, 1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def on_match(self) -> str:
        button = self.choice.checkedButton()
        return button.property("code") if button else "fill"

    def initializePage(self):
        self.state.plan = None
        self.counts.setText(self.tr("Reading the whole file…"))
        self.error.clear()
        self.progress.setRange(0, 0)
        state, today = self.state, self.wizard().ctx.today()
        orders = (
            {k: state.order_override for k in imports.date_orders(state.table, state.mapping)}
            if state.order_override
            else None
        )

        def job(progress, cancelled):
            return imports.plan_import(
                state.path,
                today=today,
                sheet=state.table.sheet,
                header_row=state.table.header_row,
                mapping=state.mapping,
                orders=orders,
                on_match=self.on_match(),
                progress=progress,
                cancel=cancelled,
            )

        self.worker = ServiceWorker(job, self)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._planned)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        self.completeChanged.emit()

    def _progress(self, done: int, total: int):
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _planned(self, plan):
        self.state.plan = plan
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_counts()
        self.rejected_model.set_rows(
            [self.tr("Row"), self.tr("Problem")],
            [[str(r.row), r.reason] for r in plan.rejected[:500]],
        )
        self.rejected.resizeColumnToContents(0)
        self.completeChanged.emit()

    def _failed(self, exc):
        self.progress.setRange(0, 1)
        self.counts.clear()
        self.error.setText(_error_text(exc))
        self.completeChanged.emit()

    def _show_counts(self, *_):
        plan = self.state.plan
        if plan is None:
            return
        plan.on_match = self.on_match()
        c = plan.counts
        self.counts.setText(
            self.tr(
                "{rows} rows read: {new} new customers, {updated} updates of customers "
                "already stored, {skipped} left as they are, {duplicates} repeated rows of the "
                "same customer (combined), {rejected} rows that cannot be imported, {ignored} "
                "total lines left out."
            ).format(**c)
        )

    def isComplete(self) -> bool:
        return self.state.plan is not None and bool(self.state.plan.customers)

    def cleanupPage(self):
        if self.worker and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()


class RunPage(QWizardPage):
    """Step 5: the import itself, in one transaction, with progress and cancel."""

    def __init__(self, state: ImportState, parent=None):
        super().__init__(parent)
        self.state = state
        self.worker: ServiceWorker | None = None
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr(
                "Everything is written in one step: cancelling leaves the customer list as it was."
            )
        )
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        self.setCommitPage(True)

    def initializePage(self):
        self.state.result = None
        self.status.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        ctx, plan = self.wizard().ctx, self.state.plan
        self.progress.setRange(0, max(len(plan.customers), 1))

        def job(progress, cancelled):
            return imports.run_import(
                plan,
                staff_id=ctx.operator_id,
                today=ctx.today(),
                progress=progress,
                cancel=cancelled,
            )

        self.worker = ServiceWorker(job, self)
        self.worker.progress.connect(lambda done, total: self.progress.setValue(done))
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _cancel(self):
        if self.worker:
            self.worker.cancel()
            self.cancel.setEnabled(False)

    def _done(self, result):
        self.state.result = result
        self.wizard().ctx.broadcast(result.changes)
        self.progress.setValue(self.progress.maximum())
        self.status.setText(self.tr("Done."))
        self.cancel.setEnabled(False)
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, exc):
        self.cancel.setEnabled(False)
        if isinstance(exc, imports.ImportCancelledError):
            self.status.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.status.setText(
                self.tr("The import failed and nothing was written: {}").format(_error_text(exc))
            )

    def isComplete(self) -> bool:
        return self.state.result is not None


class ResultPage(QWizardPage):
    """Step 6: what was imported, the rows left out, and undo."""

    def __init__(self, state: ImportState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_errors = QPushButton(self.tr("Open error workbook"))
        self.open_errors.clicked.connect(self._open_errors)
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.clicked.connect(self._undo)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_errors)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self):
        c = self.state.result.counts
        if c["rejected"]:
            text = self.tr(
                "{new} new customers and {updated} updated. {rejected} rows were not imported; "
                "the error workbook lists them with the reason, so you can fix them and import "
                "it again."
            )
        else:
            text = self.tr("{new} new customers and {updated} updated. Every row was imported.")
        self.summary.setText(text.format(**c))
        self.open_errors.setEnabled(bool(self.state.plan.rejected))
        self.undo.setEnabled(True)
        self.note.clear()

    def error_workbook_path(self) -> Path:
        path = self.state.path
        return path.with_name(path.stem + self.tr("-not-imported") + ".xlsx")

    def _open_errors(self):
        from dealerdesk.excel.files import WriteError

        plan, target = self.state.plan, self.error_workbook_path()
        lang = ui_language()
        try:
            exports.write_error_workbook(
                target,
                headers=plan.table.headers,
                rejected=plan.rejected,
                now=dt.datetime.now(),
                language=lang,
            )
        except WriteError as exc:
            self.note.setText(str(exc))
            return
        self.state.errors_path = target
        self.note.setText(self.tr("Saved as {}").format(target))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _undo(self):
        if undo_batch(self, self.wizard().ctx, self.state.result.batch_id):
            self.undo.setEnabled(False)
            self.note.setText(self.tr("The import was undone."))


def undo_batch(parent: QWidget, ctx, batch_id: int) -> bool:
    """Undo one import after asking; warns first when customers were edited since."""
    conflicts = imports.undo_conflicts(batch_id)
    if conflicts:
        names = ", ".join(conflicts[:8]) + ("…" if len(conflicts) > 8 else "")
        text = QCoreApplication.translate(
            "ImportWizard",
            "These customers were changed after the import: {}. Undoing the "
            "import also undoes those changes. Undo anyway?",
        ).format(names)
    else:
        text = QCoreApplication.translate(
            "ImportWizard",
            "Remove the customers this import created and put back the values it replaced?",
        )
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ImportWizard", "Undo import"), text
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        changes = imports.undo_import(batch_id, force=bool(conflicts))
    except ValidationFailed as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportWizard", "Undo import"), _error_text(exc)
        )
        return False
    ctx.broadcast(changes)
    return True


class ImportWizard(QWizard):
    """Bring a shop's customer sheet across, step by step."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = ImportState()
        self.setWindowTitle(self.tr("Import customers from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self.state)
        self.sheet_page = SheetPage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.dry_run_page = DryRunPage(self.state)
        self.run_page = RunPage(self.state)
        self.result_page = ResultPage(self.state)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.dry_run_page,
            self.run_page,
            self.result_page,
        ):
            self.addPage(page)
        self.resize(900, 600)

    def reject(self):
        for page in (self.dry_run_page, self.run_page):
            if page.worker and page.worker.isRunning():
                page.worker.cancel()
                page.worker.wait()
        super().reject()


def open_import_wizard(ctx, parent=None) -> ImportWizard:
    """Show the wizard (from Settings or from an empty customer list)."""
    wizard = ImportWizard(ctx, parent)
    wizard.show()
    return wizard
