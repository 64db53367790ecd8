"""The audit trail the owner reads: for the whole shop (a Settings page) or for one
customer (a dialog from their page), filtered by person, dates and kind."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import access, audit
from dealerdesk.ui.theme import COLORS, SPACE
from dealerdesk.ui.widgets.date_field import DateField, format_datetime
from dealerdesk.ui.widgets.rows_model import RowsModel

# How the trail names a field; others show their column name.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("AuditModel", "name"),
    "phone": QT_TRANSLATE_NOOP("AuditModel", "phone"),
    "phone2": QT_TRANSLATE_NOOP("AuditModel", "second phone"),
    "wechat": QT_TRANSLATE_NOOP("AuditModel", "WeChat"),
    "gender": QT_TRANSLATE_NOOP("AuditModel", "gender"),
    "birthday": QT_TRANSLATE_NOOP("AuditModel", "birthday"),
    "address": QT_TRANSLATE_NOOP("AuditModel", "address"),
    "source": QT_TRANSLATE_NOOP("AuditModel", "source"),
    "level": QT_TRANSLATE_NOOP("AuditModel", "level"),
    "status": QT_TRANSLATE_NOOP("AuditModel", "status"),
    "owner_id": QT_TRANSLATE_NOOP("AuditModel", "salesperson"),
    "created_by_id": QT_TRANSLATE_NOOP("AuditModel", "written by"),
    "staff_id": QT_TRANSLATE_NOOP("AuditModel", "staff"),
    "salesperson_id": QT_TRANSLATE_NOOP("AuditModel", "salesperson"),
    "intent_model": QT_TRANSLATE_NOOP("AuditModel", "wanted car"),
    "tags": QT_TRANSLATE_NOOP("AuditModel", "tags"),
    "notes": QT_TRANSLATE_NOOP("AuditModel", "notes"),
    "deleted_at": QT_TRANSLATE_NOOP("AuditModel", "recycle bin"),
    "plate": QT_TRANSLATE_NOOP("AuditModel", "plate"),
    "vin": QT_TRANSLATE_NOOP("AuditModel", "VIN"),
    "brand": QT_TRANSLATE_NOOP("AuditModel", "brand"),
    "model": QT_TRANSLATE_NOOP("AuditModel", "model"),
    "deal_price_cents": QT_TRANSLATE_NOOP("AuditModel", "deal price (cents)"),
    "content": QT_TRANSLATE_NOOP("AuditModel", "what was said"),
    "outcome": QT_TRANSLATE_NOOP("AuditModel", "outcome"),
    "text": QT_TRANSLATE_NOOP("AuditModel", "text"),
    "due_on": QT_TRANSLATE_NOOP("AuditModel", "due"),
    "active": QT_TRANSLATE_NOOP("AuditModel", "at work"),
    "role": QT_TRANSLATE_NOOP("AuditModel", "role"),
    "pin_hash": QT_TRANSLATE_NOOP("AuditModel", "PIN"),
    "referrer_id": QT_TRANSLATE_NOOP("AuditModel", "referred by"),
    "customer_id": QT_TRANSLATE_NOOP("AuditModel", "customer"),
    "level_id": QT_TRANSLATE_NOOP("AuditModel", "level"),
    "vehicle_id": QT_TRANSLATE_NOOP("AuditModel", "vehicle"),
    "card_id": QT_TRANSLATE_NOOP("AuditModel", "card"),
    "package_id": QT_TRANSLATE_NOOP("AuditModel", "package"),
    "package_type_id": QT_TRANSLATE_NOOP("AuditModel", "package type"),
    "from_staff_id": QT_TRANSLATE_NOOP("AuditModel", "from"),
    "amount_cents": QT_TRANSLATE_NOOP("AuditModel", "amount (cents)"),
    "marketing_consent": QT_TRANSLATE_NOOP("AuditModel", "marketing consent"),
}
SHOWN_CHARS = 60  # longer values (notes) are cut in the table; the tooltip has them whole


class AuditModel(RowsModel):
    """Audit entries as rows: when, who, what, the details; plain data only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names = audit.RecordNames({})

    def set_rows(self, rows, *, append: bool = False) -> None:
        rows = list(rows)
        names = audit.record_names(rows)  # once a page, not per row
        self.names = self.names.merged(names) if append else names
        super().set_rows((self.rows + rows) if append else rows)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]

    def cell(self, entry, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [format_datetime(entry.at), self.who(entry), self.what(entry),
                    self._cut(self.details(entry))][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.details(entry)
        if role == Qt.ItemDataRole.ForegroundRole and entry.action in audit.LIST_ACTIONS:
            return QColor(COLORS["accent"])  # the anti-theft record stands out
        if role == Qt.ItemDataRole.ForegroundRole and entry.action == "sign_in_failed":
            return QColor(COLORS["error"])
        return None

    # ---- words for an entry ---------------------------------------------------------
    def who(self, entry) -> str:
        name = entry.operator or self.tr("(nobody signed in)")
        return self.tr("{name} (command line)").format(name=name) if entry.via == "cli" \
            else name

    def _record(self, entry) -> str:
        kinds = {"customer": self.tr("customer"), "vehicle": self.tr("vehicle"),
                 "follow_up": self.tr("follow-up"), "manual_reminder": self.tr("reminder"),
                 "revisit": self.tr("revisit"), "membership_card": self.tr("card"),
                 "card_package": self.tr("package"), "ledger_entry": self.tr("ledger entry"),
                 "staff": self.tr("staff member"), "setting": self.tr("setting")}
        kind = kinds.get(entry.table, entry.table)
        if entry.table == "setting":
            return kind
        if entry.table == "staff":
            return f"{kind} {self.names.staff(entry.row_id)}"
        name = entry.customer_name if entry.customer_id else ""
        return f"{kind} #{entry.row_id}" + (f" ({name})" if name else "")

    def what(self, entry) -> str:
        record = self._record(entry)
        lists = {"customers": self.tr("customers"), "vehicles": self.tr("vehicles"),
                 "followups": self.tr("follow-ups"), "members": self.tr("members"),
                 "ledger": self.tr("ledger"), "call_list": self.tr("call list"),
                 "profile": self.tr("customer profile"), "card": self.tr("membership card")}
        what = lists.get(entry.table, entry.table)
        rows = entry.rows or 0
        texts = {
            "insert": self.tr("Added {record}"), "update": self.tr("Changed {record}"),
            "delete": self.tr("Deleted {record}"),
            "export": self.tr("Exported {what}: {rows} rows"),
            "print": self.tr("Printed {what}: {rows} rows"),
            "copy": self.tr("Copied {what}: {rows} rows"),
            "sign_in": self.tr("Signed in"), "sign_in_failed": self.tr("Wrong PIN"),
            "lock": self.tr("Window locked"), "pin_set": self.tr("PIN set"),
            "pin_cleared": self.tr("PIN cleared"), "role": self.tr("Role changed"),
            "handover": self.tr("Hand-over"), "handover_undo": self.tr("Hand-over undone"),
            "erase": self.tr("Erased a customer on request (#{id})"),
            "reassign_request": self.tr("Asked to be given {name}"),
        }
        text = texts.get(entry.action, entry.action)
        return text.format(record=record, what=what, rows=rows, id=entry.row_id,
                           name=entry.customer_name or f"#{entry.row_id}")

    def details(self, entry) -> str:
        if entry.action in audit.CHANGE_ACTIONS:
            return "; ".join(self._change(field, values)
                             for field, values in entry.changes.items())
        return self._event(entry.action, entry.changes)

    def _event(self, action: str, d: dict) -> str:
        name = d.get("name", "")
        if action == "sign_in":
            return f"{name} · {access.role_label(d.get('role', ''))}"
        if action == "sign_in_failed":
            return self.tr("{name}: wrong PINs in a row: {n}").format(
                name=name, n=d.get("failures", 1))
        if action == "pin_set":
            return self.tr("{name}, now the owner").format(name=name) if d.get("owner") \
                else name
        if action == "role":
            return f"{name}: {access.role_label(d.get('role', ''))}"
        if "card_no" in d:
            return self.tr("card {number}").format(number=d["card_no"])
        if action in ("handover", "handover_undo"):
            to = ", ".join(f"{k} {v}" for k, v in (d.get("to") or {}).items())
            text = self.tr("{name}: {n} customers").format(name=name, n=d.get("customers", 0))
            return f"{text} → {to}" if to else text
        return ", ".join(f"{k}: {self._plain(k, v)}" for k, v in d.items() if k != "name") \
            or name

    def _change(self, field: str, values) -> str:
        label = QCoreApplication.translate("AuditModel", FIELD_LABELS[field]) \
            if field in FIELD_LABELS else field
        if not isinstance(values, list) or len(values) != 2:
            return f"{label}: {self._plain(field, values)}"
        before, after = (self._plain(field, v) for v in values)
        return f"{label}: {before} → {after}"

    def _plain(self, field: str, value) -> str:
        if value is None or value == "":
            return "–"
        if field in audit.ID_COLUMNS and isinstance(value, int):
            return self.names.text(field, value)
        if field == "status" and isinstance(value, str) and value in choices.STATUSES:
            return choices.label(choices.STATUSES, value)
        if field == "role" and isinstance(value, str):
            return access.role_label(value)
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    @staticmethod
    def _cut(text: str) -> str:
        return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


class AuditView(QWidget):
    """Filters over the audit table; one customer's entries when `customer_id` is given."""

    def __init__(self, ctx, parent=None, *, customer_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.person = QComboBox(self)
        self.kind = QComboBox(self)
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 150, 250)):
            header.resizeSection(column, width)
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.load_more)
        filters = QHBoxLayout()
        filters.setSpacing(SPACE["s"])
        for widget in (self.person, self.kind, self.from_label, self.date_from,
                       self.to_label, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.person.activated.connect(lambda _i: self.refresh())
        self.kind.activated.connect(lambda _i: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        ctx.signals.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._fill_filters()
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.more_button.setText(self.tr("Show older entries"))
        self.model.headers_changed()
        self.refresh()

    def _fill_filters(self) -> None:
        person, kind = self.person.currentData(), self.kind.currentData()
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for name in audit.operators() if access.can("audit") else []:
            self.person.addItem(name, name)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for code in audit.KINDS:
            self.kind.addItem(audit.kind_label(code), code)
        self.person.setCurrentIndex(max(self.person.findData(person), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(customer_id=self.customer_id,
                                 operator=self.person.currentData() or "",
                                 kind=self.kind.currentData() or "",
                                 date_from=self.date_from.date(), date_to=self.date_to.date())

    def refresh(self) -> None:
        if not access.can("audit"):  # the owner's to read
            self.model.set_rows([])
            self.count.setText(access.why_not("audit"))
            self.more_button.hide()
            return
        rows = audit.list_entries(self.current_filter())
        self.model.set_rows(rows)
        self._show_count(len(rows))

    def load_more(self) -> None:
        if not self.model.rows:
            return
        rows = audit.list_entries(self.current_filter(), before_id=self.model.rows[-1].id)
        self.model.set_rows(rows, append=True)
        self._show_count(len(rows))

    def _show_count(self, fetched: int) -> None:
        shown = len(self.model.rows)
        self.count.setText(self.tr("No entries match these filters.") if not shown else
                           self.tr("{n} entries shown, newest first").format(n=f"{shown:,}"))
        self.more_button.setVisible(fetched >= audit.PAGE)

    def _on_changed(self, _changes) -> None:
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AuditPage(QWidget):
    """The Settings page: the whole shop's trail."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.view = AuditView(ctx, self)
        QVBoxLayout(self).addWidget(self.view)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def page_title(self) -> str:
        return self.tr("Audit trail")

    def retranslate(self) -> None:
        self.view.retranslate()


class AuditDialog(QDialog):
    """One customer's trail, from their page."""

    def __init__(self, ctx, customer_id: int, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change history: {name}").format(name=name))
        self.view = AuditView(ctx, self, customer_id=customer_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)


def open_customer_history(ctx, customer_id: int, name: str, parent=None) -> AuditDialog:
    dialog = AuditDialog(ctx, customer_id, name, parent)
    dialog.open()
    return dialog
