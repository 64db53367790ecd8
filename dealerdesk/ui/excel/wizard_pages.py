"""The first wizard steps: the file, the sheet and header row, the column mapping."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from dealerdesk import clock
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.excel.reader import ReadError
from dealerdesk.services import exports, imports, visit_import
from dealerdesk.ui.excel.models import PlainTableModel
from dealerdesk.ui.theme import COLORS

PREVIEW_ROWS = 20
PREVIEW_COLUMN_MAX = 320
NOTICE_LINES = 4  # shown in full; the rest are counted


def notice_label() -> QLabel:
    """A label for what the user must read besides the counts (hidden while empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {COLORS['warn']};")
    label.setVisible(False)
    return label


def show_notices(label: QLabel, lines: list[str]) -> None:
    """The first lines in full, then how many more (each is also in the error workbook)."""
    shown = lines[:NOTICE_LINES]
    more = len(lines) - len(shown)
    if more:
        shown.append(QCoreApplication.translate("ImportWizard", "…and {n} more.").format(n=more))
    label.setText("\n".join(shown))
    label.setVisible(bool(lines))


def error_text(exc: BaseException) -> str:
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
        self.what = "customers"  # or "visits": a repair sheet

    @property
    def visits(self) -> bool:
        return self.what == "visits"

    @property
    def service(self):
        """The import service for what the file holds (the same functions in both)."""
        return visit_import if self.visits else imports


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
        self.customers = QRadioButton(
            self.tr("Customers, with their cars and follow-ups (a customer list)"))
        self.customers.setChecked(True)
        self.visits = QRadioButton(
            self.tr("Service visits of customers already stored (a repair sheet: day, plate, "
                    "kind, amount)"))
        self.template = template
        self.visits.toggled.connect(lambda on: template.setVisible(not on))  # customers only
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What does the file hold?")))
        layout.addWidget(self.customers)
        layout.addWidget(self.visits)
        layout.addSpacing(8)
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
        self.state.what = "visits" if self.visits.isChecked() else "customers"
        return True


def ui_language() -> str:
    """ "zh" when the Chinese translation is loaded, else "en" (for headers written to files)."""
    return "zh" if QCoreApplication.translate("ImportWizard", "Row") != "Row" else "en"


def save_template(parent: QWidget, name: str) -> None:
    from dealerdesk.excel.files import WriteError

    lang = ui_language()
    try:
        exports.write_template(name, now=clock.now(), language=lang)
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
            table = self.state.service.open_table(
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
        # Two columns named alike (two 手机): only the first is imported; say so here.
        self.notices = notice_label()
        self.preview = QTableView()
        self.preview_model = PlainTableModel()
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.verticalHeader().setVisible(False)
        right = QVBoxLayout()
        # Shown only when a column holds dates with the year last, whose order is a question.
        self.order_row = QWidget()
        order_row = QHBoxLayout(self.order_row)
        order_row.setContentsMargins(0, 0, 0, 0)
        order_row.addWidget(QLabel(self.tr("Dates like 3/5/2024:")))
        order_row.addWidget(self.order, 1)
        right.addWidget(self.order_row)
        right.addWidget(self.orders_label)
        right.addWidget(self.notices)
        right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

    def initializePage(self):
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        table = self.state.table
        service = self.state.service
        mapping = self.state.mapping or service.auto_mapping(table.headers)
        for header, key in zip(table.headers, mapping, strict=False):
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), None)
            for column in service.COLUMNS:
                combo.addItem(column.label, column.key)
            combo.setCurrentIndex(max(combo.findData(key), 0))
            combo.currentIndexChanged.connect(self._refresh)
            self.form.addRow(header, combo)
            self.combos.append(combo)
        self._refresh()

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(c.currentData() for c in self.combos)

    def _orders(self, mapping) -> dict[str, str]:
        guessed = self.state.service.date_orders(self.state.table, mapping)
        override = self.order.currentData()
        return {k: override or v for k, v in guessed.items()}

    def _refresh(self, *_):
        if not self.combos:
            return
        mapping = self.mapping()
        self.state.mapping = mapping
        self.state.order_override = self.order.currentData()
        orders = self._orders(mapping)
        service = self.state.service
        labels = {c.key: c.label for c in service.COLUMNS}
        asked = service.year_last_columns(self.state.table, mapping)
        self.order_row.setVisible(bool(asked))
        self.orders_label.setVisible(bool(asked))
        if asked:
            names = {"mdy": self.tr("month/day/year"), "dmy": self.tr("day/month/year")}
            how = self.tr("chosen") if self.order.currentData() else self.tr("guessed")
            self.orders_label.setText(
                self.tr("Dates with the year last are read as: {}").format(
                    self.tr(", ").join(f"{labels[k]} {names[orders[k]]}" for k in asked)
                )
                + f" ({how})"
            )
        else:
            self.orders_label.setText("")
        show_notices(self.notices, service.column_warnings(self.state.table, mapping))
        rows = service.preview_rows(
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
        for column in range(self.preview_model.columnCount()):
            # A long note would push the other columns and its own header out of sight.
            if self.preview.columnWidth(column) > PREVIEW_COLUMN_MAX:
                self.preview.setColumnWidth(column, PREVIEW_COLUMN_MAX)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and self.state.service.mapping_complete(self.mapping())
