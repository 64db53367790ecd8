"""The Settings page "Import and export": import wizard, template, export, past imports
with undo, and possible duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.services import imports
from dealerdesk.ui.excel.duplicates_view import DuplicatesView
from dealerdesk.ui.excel.export_dialog import ExportDialog
from dealerdesk.ui.excel.import_wizard import ImportWizard, save_template, undo_batch
from dealerdesk.ui.excel.models import PlainTableModel


class ImportExportPage(QWidget):
    """What Settings shows under "Import and export"."""

    def page_title(self) -> str:
        return self.tr("Import and export")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.batches: list = []
        import_button = QPushButton(self.tr("Import from Excel…"))
        import_button.clicked.connect(self.open_wizard)
        template = QPushButton(self.tr("Save a blank template…"))
        template.clicked.connect(self._template)
        export_button = QPushButton(self.tr("Export to Excel…"))
        export_button.clicked.connect(self.open_export)
        row = QHBoxLayout()
        for button in (import_button, template, export_button):
            row.addWidget(button)
        row.addStretch(1)
        self.model = PlainTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(180)
        self.undo_button = QPushButton(self.tr("Undo selected import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        imports_box = QGroupBox(self.tr("Past imports"))
        box = QVBoxLayout(imports_box)
        box.addWidget(self.table)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        box.addLayout(undo_row)
        dup_box = QGroupBox(self.tr("Possible duplicates"))
        self.duplicates = DuplicatesView(ctx)
        QVBoxLayout(dup_box).addWidget(self.duplicates)
        hint = QLabel(
            self.tr(
                "Bring a customer sheet or a repair sheet of service visits across from "
                "Excel or WPS (.xlsx or .csv), or export customers, vehicles, follow-ups "
                "and members."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(imports_box)
        layout.addWidget(dup_box, 1)
        ctx.signals.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes):
        if changes.touches("imports", "customers", "visits"):
            self.refresh()

    def refresh(self):
        self.batches = imports.list_batches()
        headers = [
            self.tr("When"),
            self.tr("File"),
            self.tr("Holds"),
            self.tr("By"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Rejected"),
            self.tr("State"),
        ]
        rows = []
        for b in self.batches:
            state = (
                self.tr("Undone {}").format(b.undone_at.strftime("%Y-%m-%d %H:%M"))
                if b.undone_at
                else self.tr("Imported")
            )
            rows.append(
                [
                    b.at.strftime("%Y-%m-%d %H:%M"),
                    b.file_name,
                    self.tr("Service visits") if b.kind == "visits" else self.tr("Customers"),
                    b.staff_name,
                    str(b.counts.get("new", 0)),
                    str(b.counts.get("updated", 0)),
                    str(b.counts.get("rejected", 0)),
                    state,
                ]
            )
        self.model.set_rows(headers, rows)
        self.table.resizeColumnsToContents()
        self.undo_button.setEnabled(any(b.undone_at is None for b in self.batches))

    def open_wizard(self) -> ImportWizard:
        wizard = ImportWizard(self.ctx, self)
        wizard.finished.connect(lambda _: self.refresh())
        wizard.open()
        return wizard

    def open_export(self, customer_filter=None) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self, customer_filter=customer_filter)
        dialog.open()
        return dialog

    def _template(self):
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Blank template"),
            self.tr("customer-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            save_template(self, name)

    def undo_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.batches):
            return False
        batch = self.batches[rows[0].row()]
        if batch.undone_at is not None:
            return False
        done = undo_batch(self, self.ctx, batch.id, visits=batch.kind == "visits")
        self.refresh()
        return done
