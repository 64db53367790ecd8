"""What a dealer does with any list on the Reports screen: export it to Excel, print it as a
call list, copy a message for each customer, or open it as a filtered Customers table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.records import CustomerFilter
from dealerdesk.services import customer_lists
from dealerdesk.services.customer_lists import ListEntry
from dealerdesk.ui.icons import icon
from dealerdesk.ui.widgets.window_size import keep_size

# The list now shown: its title and its customers in order, each with a reason.
ListSource = Callable[[], tuple[str, list[ListEntry]]]


def opens_customers(view, ctx) -> None:
    """A double-click on a row of `view` opens its customer (the rows of its model, whichever
    model it holds then, carry a customer_id)."""
    def open_row(index) -> None:
        row = view.model().row_at(index.row())
        if row is not None:
            ctx.signals.open_customer.emit(row.customer_id)

    view.doubleClicked.connect(open_row)


class ListActions(QWidget):
    """Four buttons acting on the list `source()` returns when one is pressed."""

    def __init__(self, ctx, source: ListSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.export_button = QPushButton(icon("mdi6.microsoft-excel"), "")
        self.print_button = QPushButton(icon("mdi6.printer"), "")
        self.message_button = QPushButton(icon("mdi6.message-text-outline"), "")
        self.open_button = QPushButton(icon("mdi6.account-multiple-outline"), "")
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_list)
        self.message_button.clicked.connect(self.messages)
        self.open_button.clicked.connect(self.open_in_customers)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.export_button, self.print_button, self.message_button,
                       self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export to Excel…"))
        self.print_button.setText(self.tr("Print call list"))
        self.message_button.setText(self.tr("Messages…"))
        self.open_button.setText(self.tr("Open in Customers"))
        self.export_button.setToolTip(self.tr("Export the customers of this list to Excel"))
        self.open_button.setToolTip(self.tr("Show this list in the Customers table"))

    def set_enabled(self, enabled: bool) -> None:
        for button in (self.export_button, self.print_button, self.message_button,
                       self.open_button):
            button.setEnabled(enabled)

    def filter(self) -> CustomerFilter:
        title, entries = self.source()
        return CustomerFilter(ids=tuple(e.customer_id for e in entries), list_title=title)

    def export(self):
        from dealerdesk.ui.excel.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self, customer_filter=self.filter())
        dialog.open()
        return dialog

    def print_list(self):
        from dealerdesk.ui.printing.actions import preview_list_call_list

        title, entries = self.source()
        return preview_list_call_list(self.ctx, self, title=title, entries=entries)

    def messages(self):
        title, entries = self.source()
        dialog = ListMessagesDialog(self.ctx, title, [e.customer_id for e in entries], self)
        dialog.open()
        return dialog

    def open_in_customers(self) -> None:
        title, entries = self.source()
        self.ctx.signals.open_list.emit(title, tuple(e.customer_id for e in entries))


class ListMessagesDialog(QDialog):
    """One message per customer of a list from a template, ready to copy; those without
    marketing consent are left out and counted."""

    def __init__(self, ctx, title: str, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = ids
        self.result: customer_lists.ListMessages | None = None
        self.setWindowTitle(self.tr("Messages: {title}").format(title=title))
        self.kind = QComboBox()
        for code, label in customer_lists.message_kinds():
            self.kind.addItem(_reminder_label(label), code)
        self.language = QComboBox()
        self.language.addItem(self.tr("Each customer's own language"), None)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy all"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.left_out)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        keep_size(self, "list_messages", QSize(640, 520))
        self.refresh()

    def refresh(self, *_args) -> None:
        found = customer_lists.list_messages(ids=self.ids, kind=self.kind.currentData(),
                                             language=self.language.currentData())
        self.result = found
        self.text.setPlainText("\n\n".join(f"{m.name}  {m.phone}\n{m.text}"
                                           for m in found.messages))
        lines = [self.tr("{n} messages.").format(n=len(found.messages))]
        if found.without_consent:
            lines.append(self.tr("{n} customers without marketing consent are left out.").format(
                n=found.without_consent))
        if found.without_date:
            lines.append(self.tr("{n} customers have no car with this date and are left "
                                 "out.").format(n=found.without_date))
        self.left_out.setText(" ".join(lines))
        self.copy_button.setEnabled(bool(found.messages))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def _reminder_label(source: str) -> str:
    from dealerdesk.i18n import translate

    return translate("Reminders", source)
