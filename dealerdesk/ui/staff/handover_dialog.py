"""The hand-over dialog: choose colleagues and a split, see who gets what, hand over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import handover
from dealerdesk.services.settings import customer_levels
from dealerdesk.services.staff import list_staff
from dealerdesk.ui.theme import COLORS, SPACE
from dealerdesk.ui.widgets.rows_model import RIGHT, RowsModel

EVEN, BY_LEVEL, BY_HAND = 0, 1, 2


class AssignmentModel(RowsModel):
    """The leaver's customers and the colleague each one goes to; plain data only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.assigned: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.levels: dict[str, str] = {}

    def set_data(self, customers, assigned, names, levels) -> None:
        self.assigned, self.names, self.levels = dict(assigned), names, levels
        self.set_rows(customers)

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Level"), self.tr("Status"), self.tr("Goes to")]

    def cell(self, c, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            target = self.assigned.get(c.id)
            status = choices.label(choices.STATUSES, c.status)
            if c.in_bin:
                status = self.tr("{status} (recycle bin)").format(status=status)
            return [c.name, self.levels.get(c.level, c.level) or self.tr("Not rated"), status,
                    self.names.get(target, self.tr("Nobody yet")) if target else
                    self.tr("Nobody yet")][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and c.id not in self.assigned:
            from PySide6.QtGui import QColor

            return QColor(COLORS["error"])
        return None


class SharesModel(RowsModel):
    """The preview: what each colleague receives."""

    def headers(self) -> list[str]:
        return [self.tr("Colleague"), self.tr("Customers"), self.tr("Planned follow-ups"),
                self.tr("Revisits"), self.tr("Reminders")]

    def cell(self, s, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [s.name, s.customers, s.followups, s.revisits, s.reminders][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class HandoverDialog(QDialog):
    """Hand a leaver's customers over to one or several colleagues."""

    def __init__(self, ctx, leaver, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.leaver = leaver
        self.done_id: int | None = None
        self.customers = handover.leaver_customers(leaver.id)
        self.colleagues = [m for m in list_staff() if m.id != leaver.id]
        self.names = {m.id: m.name for m in self.colleagues}
        self.levels = dict(customer_levels())
        self.assigned: dict[int, int] = {}
        self._build()
        self.retranslate()
        self._on_split_changed()

    # ---- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.people_box = QGroupBox(self)
        self.people = QListWidget(self.people_box)
        for member in self.colleagues:
            item = QListWidgetItem(member.name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.people.setMaximumHeight(150)
        people_layout = QVBoxLayout(self.people_box)
        people_layout.addWidget(self.people)
        people_layout.addStretch(1)
        self.split_box = QGroupBox(self)
        self.even, self.by_level, self.by_hand = (QRadioButton(self) for _ in range(3))
        self.split = QButtonGroup(self)
        split_layout = QVBoxLayout(self.split_box)
        for code, button in ((EVEN, self.even), (BY_LEVEL, self.by_level),
                             (BY_HAND, self.by_hand)):
            self.split.addButton(button, code)
            split_layout.addWidget(button)
        self.even.setChecked(True)
        self.level_form = QFormLayout()
        self.level_combos: dict[str, QComboBox] = {}
        present = {c.level for c in self.customers}
        order = [code for code in self.levels if code in present]  # the shop's level order
        for level in order + sorted(present - set(order)):
            combo = QComboBox(self)
            self.level_combos[level] = combo
            self.level_form.addRow(self.levels.get(level, level) or "-", combo)
            combo.activated.connect(self._on_assignment_inputs_changed)
        self.level_holder = QWidget(self)
        self.level_holder.setLayout(self.level_form)
        split_layout.addWidget(self.level_holder)
        top = QHBoxLayout()
        top.addWidget(self.people_box, 1)
        top.addWidget(self.split_box, 1)
        self.model = AssignmentModel(self)
        self.table = _table(self.model)
        self.hand_combo = QComboBox(self)
        self.hand_button = QPushButton(self)
        self.hand_button.clicked.connect(self._on_give_clicked)
        self.hand_label = QLabel(self)
        hand_row = QHBoxLayout()
        hand_row.addWidget(self.hand_label)
        hand_row.addWidget(self.hand_combo)
        hand_row.addWidget(self.hand_button)
        hand_row.addStretch(1)
        self.hand_row = QWidget(self)
        self.hand_row.setLayout(hand_row)
        self.shares = SharesModel(self)
        self.shares_view = _table(self.shares)
        self.shares_view.setMaximumHeight(120)
        self.table.setMinimumHeight(160)
        self.preview_label = QLabel(self)
        self.preview_label.setStyleSheet("font-weight: 600;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {COLORS['error']};")
        self.deactivate = QCheckBox(self)
        self.deactivate.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE["m"])
        for part in (self.intro, top, self.table, self.hand_row, self.preview_label,
                     self.shares_view, self.deactivate, self.message, self.buttons):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        layout.setStretchFactor(self.table, 1)
        self.people.itemChanged.connect(self._on_assignment_inputs_changed)
        self.split.idClicked.connect(self._on_split_changed)
        self.resize(780, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over {name}'s customers").format(name=self.leaver.name))
        self.intro.setText(self.tr(
            "{name} looks after {n} customers. They go to the colleagues you choose, with "
            "their planned follow-ups, revisits and reminders; the history stays under "
            "{name}'s name. One undo puts everything back.").format(
                name=self.leaver.name, n=len(self.customers)))
        self.people_box.setTitle(self.tr("To"))
        self.split_box.setTitle(self.tr("Split"))
        self.even.setText(self.tr("Evenly (each gets as many, hot and cold alike)"))
        self.by_level.setText(self.tr("By level"))
        self.by_hand.setText(self.tr("By hand"))
        self.hand_label.setText(self.tr("Give the selected customers to"))
        self.hand_button.setText(self.tr("Give"))
        self.preview_label.setText(self.tr("Preview: what each colleague receives"))
        self.deactivate.setText(self.tr("Mark {name} as left").format(name=self.leaver.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))

    # ---- the assignment -------------------------------------------------------------
    def chosen_ids(self) -> list[int]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def choose(self, *names: str) -> None:
        """Tick the colleagues called `names` (also used by tests)."""
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)

    def _fill_target_combos(self) -> None:
        chosen = self.chosen_ids()
        for combo in [*self.level_combos.values(), self.hand_combo]:
            current = combo.currentData()
            combo.clear()
            for staff_id in chosen:
                combo.addItem(self.names[staff_id], staff_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _on_split_changed(self, *_args) -> None:
        mode = self.split.checkedId()
        self.level_holder.setVisible(mode == BY_LEVEL)
        self.hand_row.setVisible(mode == BY_HAND)
        self._on_assignment_inputs_changed()

    def _on_assignment_inputs_changed(self, *_args) -> None:
        self._fill_target_combos()
        chosen = self.chosen_ids()
        mode = self.split.checkedId()
        if mode == EVEN:
            self.assigned = handover.split_even(self.customers, chosen)
        elif mode == BY_LEVEL:
            by_level = {level: combo.currentData() for level, combo in self.level_combos.items()
                        if combo.currentData() is not None}
            self.assigned = handover.split_by_level(self.customers, by_level)
        else:
            self.assigned = {cid: sid for cid, sid in self.assigned.items() if sid in chosen}
            if not self.assigned:
                self.assigned = handover.split_even(self.customers, chosen)
        self._show()

    def _on_give_clicked(self) -> None:
        target = self.hand_combo.currentData()
        if target is None:
            return
        for index in self.table.selectionModel().selectedRows():
            self.assigned[self.customers[index.row()].id] = target
        self._show()

    def _show(self) -> None:
        self.model.set_data(self.customers, self.assigned, self.names, self.levels)
        self.message.clear()
        complete = len(self.assigned) == len(self.customers)
        try:
            shares = handover.preview(from_staff_id=self.leaver.id,
                                      assignments=self.assigned) if complete else []
        except ValidationFailed as exc:
            shares = []
            self.message.setText("; ".join(e.message for e in exc.errors))
        self.shares.set_rows(shares)
        ok = complete and (bool(shares) or not self.customers)
        if not complete and self.chosen_ids():
            self.message.setText(self.tr("Some customers go to nobody yet (in red)."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # ---- handing over -----------------------------------------------------------------
    def _on_ok_clicked(self) -> None:
        try:
            self.done_id, changes = handover.run_handover(
                from_staff_id=self.leaver.id, assignments=self.assigned,
                deactivate=self.deactivate.isChecked(), now=self.ctx.now())
        except ValidationFailed as exc:
            self.message.setText("; ".join(e.message for e in exc.errors))
            return
        self.ctx.broadcast(changes)
        self.accept()
