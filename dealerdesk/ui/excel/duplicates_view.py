"""Possible duplicates: a list of likely pairs and a side-by-side merge of two customers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.i18n import translate
from dealerdesk.services import duplicates
from dealerdesk.ui.excel.models import PlainTableModel


def _shown(field: str, value, staff_names: dict[int, str]) -> str:
    if value in (None, ""):
        return "—"
    if field == "gender":
        return choices.label(choices.GENDERS, value)
    if field == "source":
        return choices.label(choices.SOURCES, value)
    if field == "status":
        return choices.label(choices.STATUSES, value)
    if field == "owner_id":
        return staff_names.get(value, str(value))
    return str(value)


class MergeDialog(QDialog):
    """Two customers side by side: choose the one to keep and, per field, whose value."""

    def __init__(self, ctx, pair, parent=None):
        super().__init__(parent)
        from dealerdesk.services.staff import list_staff

        self.ctx, self.pair = ctx, pair
        self.merge_id: int | None = None
        self.setWindowTitle(self.tr("Merge two customers"))
        self.staff_names = {s.id: s.name for s in list_staff(include_inactive=True)}
        values = duplicates.merge_values(pair.first.id, pair.second.id)
        grid = QGridLayout()
        self.keep_first = QRadioButton(self.tr("Keep this one"))
        self.keep_second = QRadioButton(self.tr("Keep this one"))
        self.keep_first.setChecked(True)
        keep_group = QButtonGroup(self)
        keep_group.addButton(self.keep_first)
        keep_group.addButton(self.keep_second)
        grid.addWidget(QLabel(f"<b>{pair.first.name}</b> (#{pair.first.id})"), 0, 1)
        grid.addWidget(QLabel(f"<b>{pair.second.name}</b> (#{pair.second.id})"), 0, 2)
        grid.addWidget(self.keep_first, 1, 1)
        grid.addWidget(self.keep_second, 1, 2)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, (field, first, second) in enumerate(values, start=2):
            grid.addWidget(QLabel(translate("Duplicates", duplicates.MERGE_FIELDS[field])), row, 0)
            a = QRadioButton(_shown(field, first, self.staff_names))
            b = QRadioButton(_shown(field, second, self.staff_names))
            group = QButtonGroup(self)
            group.addButton(a)
            group.addButton(b)
            (b if first in (None, "") and second not in (None, "") else a).setChecked(True)
            if first == second:
                a.setEnabled(False)
                b.setEnabled(False)
            grid.addWidget(a, row, 1)
            grid.addWidget(b, row, 2)
            self.choices[field] = (a, b)
        note = QLabel(
            self.tr(
                "Vehicles, follow-ups, membership cards with their ledger, revisits "
                "and reminders of the other customer move to the one kept; the "
                "other goes to the recycle bin. The merge can be undone."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        merge = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        merge.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why they look alike: {}").format(pair.reason_text)))
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def merge(self):
        first_kept = self.keep_first.isChecked()
        keep, other = (
            (self.pair.first.id, self.pair.second.id)
            if first_kept
            else (self.pair.second.id, self.pair.first.id)
        )
        take = tuple(
            field
            for field, (a, b) in self.choices.items()
            if (b.isChecked() if first_kept else a.isChecked())
        )
        try:
            self.merge_id, changes = duplicates.merge_customers(
                keep_id=keep, other_id=other, take_from_other=take, staff_id=self.ctx.operator_id
            )
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.windowTitle(), "; ".join(e.message for e in exc.errors))
            return
        self.ctx.broadcast(changes)
        self.accept()


class DuplicatesView(QWidget):
    """Likely duplicate customers, with compare-and-merge and undo of the last merge."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pairs: list = []
        self.model = PlainTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.merge_selected())
        self.summary = QLabel()
        refresh = QPushButton(self.tr("Look again"))
        refresh.clicked.connect(self.refresh)
        self.merge_button = QPushButton(self.tr("Compare and merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.clicked.connect(self.undo_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        ctx.signals.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes):
        if changes.touches("customers", "vehicles"):
            self.refresh()

    def refresh(self):
        from dealerdesk.domain.phone import mask_phone

        self.pairs = duplicates.find_duplicates()
        # One column per customer of the pair (name, phone, number), then why they look alike.
        headers = [self.tr("One customer"), self.tr("The other"), self.tr("Why alike")]

        def who(brief) -> str:
            return " ".join(x for x in (brief.name, mask_phone(brief.phone), f"#{brief.id}") if x)

        self.model.set_rows(
            headers, [[who(p.first), who(p.second), p.reason_text] for p in self.pairs])
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("{} possible duplicates").format(len(self.pairs))
            if self.pairs
            else self.tr("No possible duplicates found.")
        )
        self.merge_button.setEnabled(bool(self.pairs))
        merges = duplicates.list_merges(1)
        self.undo_button.setEnabled(bool(merges) and not merges[0][3])

    def selected_pair(self):
        rows = self.table.selectionModel().selectedRows()
        index = rows[0].row() if rows else 0
        return self.pairs[index] if self.pairs else None

    def merge_selected(self) -> MergeDialog | None:
        pair = self.selected_pair()
        if pair is None:
            return None
        dialog = MergeDialog(self.ctx, pair, self)
        dialog.open()
        return dialog

    def undo_last(self):
        merges = duplicates.list_merges(1)
        if not merges or merges[0][3]:
            return
        merge_id, _, names, _ = merges[0]
        try:
            changes = duplicates.undo_merge(merge_id)
        except ValidationFailed as exc:
            text = "; ".join(e.message for e in exc.errors) + "\n" + self.tr("Undo anyway?")
            if (
                QMessageBox.question(self, self.tr("Undo merge"), text)
                != QMessageBox.StandardButton.Yes
            ):
                return
            changes = duplicates.undo_merge(merge_id, force=True)
        self.ctx.broadcast(changes)
