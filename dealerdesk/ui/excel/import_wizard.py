"""The import wizard: file, sheet and header row, column mapping with preview, dry run,
import with progress and cancel, and the result with the error workbook and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dealerdesk import clock
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import exports, imports, visit_import
from dealerdesk.services import store as store_service
from dealerdesk.ui.excel.models import PlainTableModel
from dealerdesk.ui.excel.wizard_pages import (  # noqa: F401 - save_template used by page.py
    FilePage,
    ImportState,
    MappingPage,
    SheetPage,
    error_text,
    notice_label,
    save_template,
    show_notices,
    ui_language,
)
from dealerdesk.ui.excel.worker import ServiceWorker
from dealerdesk.ui.widgets.window_size import keep_size


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
        self.notices = notice_label()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.choice = QButtonGroup(self)
        self.choices = QWidget()  # customers only: visits already stored are left out
        choices = QVBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
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
        layout.addWidget(self.notices)
        layout.addWidget(self.error)
        layout.addWidget(self.choices)
        layout.addWidget(QLabel(self.tr("Rows that will not be imported, and rows to check:")))
        layout.addWidget(self.rejected, 1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def on_match(self) -> str:
        button = self.choice.checkedButton()
        return button.property("code") if button else "fill"

    def initializePage(self):
        self.state.plan = None
        self.choices.setVisible(not self.state.visits)
        show_notices(self.notices, [])
        self.counts.setText(self.tr("Reading the whole file…"))
        self.error.clear()
        self.progress.setRange(0, 0)
        state, today = self.state, self.wizard().ctx.today()
        orders = (
            {k: state.order_override
             for k in state.service.date_orders(state.table, state.mapping)}
            if state.order_override
            else None
        )

        def job(progress, cancelled):
            if state.visits:
                return visit_import.plan_visits(
                    state.path, today=today, sheet=state.table.sheet,
                    header_row=state.table.header_row, mapping=state.mapping, orders=orders,
                    progress=progress, cancel=cancelled)
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
            [[str(r.row), r.reason] for r in plan.rejected[:500]]
            + [[str(s.row), s.reason] for s in getattr(plan, "skipped", [])[:500]]
            + [[str(w.row), self.tr("Imported, but check: {}").format(w.reason)]
               for w in plan.warnings[:500]]
            + [[str(c.row), self.tr("Imported, but cut: {}").format(c.text)]
               for c in getattr(plan, "cut", [])[:500]],
        )
        show_notices(self.notices, self._notices(plan))
        self.rejected.resizeColumnToContents(0)
        self.completeChanged.emit()

    def _notices(self, plan) -> list[str]:
        """Columns left out, each in full; cut cells counted (each is in the table below)."""
        lines = [r.text for r in plan.repeated]
        if self.state.visits:
            return lines
        if len(plan.cut) == 1:
            lines.append(plan.cut[0].text)
        elif plan.cut:
            lines.append(self.tr(
                "{n} long texts will be cut to the most a spreadsheet cell holds; their rows "
                "are listed below.").format(n=len(plan.cut)))
        return lines

    def _failed(self, exc):
        self.progress.setRange(0, 1)
        self.counts.clear()
        self.error.setText(error_text(exc))
        self.completeChanged.emit()

    def _show_counts(self, *_):
        plan = self.state.plan
        if plan is None:
            return
        if self.state.visits:
            self.counts.setText(self.tr(
                "Rows read: {rows}. New service visits: {new}. Visits already stored (same "
                "car, day, kind and amount): {already}. Repeated rows of the same visit: "
                "{duplicates}. Rows that cannot be imported: {rejected}. Total lines left "
                "out: {ignored}. Visits from a sheet are taken as paid at the desk."
            ).format(**plan.counts))
            return
        plan.on_match = self.on_match()
        c = plan.counts
        self.counts.setText(
            self.tr(
                "Rows read: {rows}. New customers: {new}. Customers already stored that will "
                "be updated: {updated}; left as they are: {skipped}. Repeated rows of the same "
                "customer (combined): {duplicates}. Rows that cannot be imported: {rejected}. "
                "Total lines left out: {ignored}."
            ).format(**c)
            + (" " + self.tr("Rows imported with a warning: {warnings}.").format(**c)
               if c["warnings"] else "")
        )

    def isComplete(self) -> bool:
        plan = self.state.plan
        if plan is None:
            return False
        return bool(plan.visits if self.state.visits else plan.customers)

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
        self.customers_subtitle = self.tr(
            "Everything is written in one step: cancelling leaves the customer list as it was."
        )
        self.setSubTitle(self.customers_subtitle)
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
        self.setSubTitle(self.tr(
            "Everything is written in one step: cancelling leaves the service visits as "
            "they were.") if self.state.visits else self.customers_subtitle)
        self.status.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        ctx, plan = self.wizard().ctx, self.state.plan
        run = visit_import.run_visits if self.state.visits else imports.run_import
        self.progress.setRange(0, max(len(plan.visits if self.state.visits
                                          else plan.customers), 1))

        def job(progress, cancelled):
            result = run(
                plan,
                staff_id=ctx.operator_id,
                today=ctx.today(),
                progress=progress,
                cancel=cancelled,
            )
            store_service.checkpoint()  # the imported rows go from the WAL into the file
            return result

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
                self.tr("The import failed and nothing was written: {}").format(error_text(exc))
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
        self.doubled = notice_label()
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
        layout.addWidget(self.doubled)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self):
        c = self.state.result.counts
        if self.state.visits:
            text = self.tr(
                "New service visits: {new}; already stored: {already}. Rows not imported: "
                "{rejected}."
            )
            if c["rejected"]:
                text += " " + self.tr("The error workbook lists them with the reason, so you "
                                      "can fix them and import it again.")
        elif c["rejected"]:
            text = self.tr(
                "New customers: {new}; updated: {updated}. Rows not imported: {rejected}; the "
                "error workbook lists them with the reason, so you can fix them and import "
                "it again."
            )
        else:
            text = self.tr("New customers: {new}; updated: {updated}. Every row was imported.")
        if c.get("duplicate_rows"):
            text += " " + self.tr(
                "Rows that turned out to be the same customer as an earlier row, because "
                "someone else stored that customer meanwhile: {duplicate_rows}. Check them:"
            )
        self.summary.setText(text.format(**c))
        # Only customers can turn out to be one stored meanwhile; a visit seen again is
        # counted as already stored.
        show_notices(self.doubled, [] if self.state.visits
                     else [d.text for d in self.state.plan.doubled])
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
                now=clock.now(),
                language=lang,
            )
        except WriteError as exc:
            self.note.setText(str(exc))
            return
        self.state.errors_path = target
        self.note.setText(self.tr("Saved as {}").format(target))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _undo(self):
        if undo_batch(self, self.wizard().ctx, self.state.result.batch_id,
                      visits=self.state.visits):
            self.undo.setEnabled(False)
            self.note.setText(self.tr("The import was undone."))


def undo_batch(parent: QWidget, ctx, batch_id: int, *, visits: bool = False) -> bool:
    """Undo one import after asking; warns first when customers were edited since."""
    conflicts = imports.undo_conflicts(batch_id)
    if visits:
        text = QCoreApplication.translate(
            "ImportWizard", "Remove the service visits this import added?")
    elif conflicts:
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
            parent, QCoreApplication.translate("ImportWizard", "Undo import"), error_text(exc)
        )
        return False
    ctx.broadcast(changes)
    return True


class ImportWizard(QWizard):
    """Bring a shop's customer sheet, or its repair sheet of service visits, across step by
    step."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = ImportState()
        self.setWindowTitle(self.tr("Import from Excel"))
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
        keep_size(self, "import_wizard", QSize(900, 600))

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
