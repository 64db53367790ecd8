"""Settings for customer value: the numbers behind the tiers, the remaining value and the
maintenance interval, the tiers' rules in plain words as they read with those numbers, and
the shop's list of service kinds. Save stores everything; the Reports tabs follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from dealerdesk.domain import value as rules
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.i18n import translate
from dealerdesk.services import service_visits, value
from dealerdesk.ui.settings.page import SettingsPage, save_button, save_row

GROUPS = (
    ("tiers", ("window_months", "lost_days", "loyal_min_frequency", "high_value_min_m",
               "high_value_min_r")),
    ("psv", ("holding_months", "min_repeat_buyers", "repurchase_pct", "margin_pct",
             "min_own_visits")),
    ("service", ("service_interval_km", "service_interval_months")),
)
CODE = Qt.ItemDataRole.UserRole


class ValueSettingsPage(SettingsPage):
    """The value parameters, the rules they make and the kinds of service visit."""

    def page_title(self) -> str:
        return self.tr("Customer value")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.boxes: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        left = QVBoxLayout()
        for name, keys in GROUPS[:2]:
            left.addWidget(self._group(name, keys))
        self.rules_box = QGroupBox()
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.rules.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(self.rules_box).addWidget(self.rules)
        right = QVBoxLayout()
        right.addWidget(self.rules_box)
        right.addWidget(self._group(*GROUPS[2]))
        right.addWidget(self._kinds_group(), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = save_button(self)
        self.save_button.clicked.connect(self.save)
        # Save under the numbers, where the shorter column leaves room on a laptop screen.
        left.addLayout(save_row(self.save_button, self.status))
        left.addStretch(1)
        self.retranslate()
        self.load()

    def _group(self, name: str, keys: tuple[str, ...]) -> QGroupBox:
        group = QGroupBox()
        self.groups[name] = group
        form = QFormLayout(group)
        for key in keys:
            _label, _unit, low, high = rules.PARAMETERS[key]
            box = QSpinBox()
            box.setRange(low, high)
            box.setFixedWidth(120)
            if key == "service_interval_km":
                box.setSingleStep(500)
            box.valueChanged.connect(lambda _v: self._show_rules())
            self.boxes[key] = box
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], box)
        return group

    def _kinds_group(self) -> QGroupBox:
        group = QGroupBox()
        self.groups["kinds"] = group
        self.kinds = QListWidget()
        self.kinds.setMinimumHeight(80)
        self.kinds.setMaximumHeight(130)
        self.new_kind = QLineEdit()
        self.new_kind.setMaxLength(20)
        self.new_kind.returnPressed.connect(self.add_kind)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_kind)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_kind)
        self.up_button, self.down_button = QPushButton("↑"), QPushButton("↓")
        self.up_button.clicked.connect(lambda: self.move_kind(-1))
        self.down_button.clicked.connect(lambda: self.move_kind(1))
        adding = QHBoxLayout()
        adding.addWidget(self.new_kind, 1)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        moving.addWidget(self.remove_button)
        moving.addStretch(1)
        moving.addWidget(self.up_button)
        moving.addWidget(self.down_button)
        self.kinds_help = QLabel()
        self.kinds_help.setObjectName("Muted")
        self.kinds_help.setWordWrap(True)
        box = QVBoxLayout(group)
        box.addWidget(self.kinds, 1)
        box.addLayout(moving)
        box.addLayout(adding)
        box.addWidget(self.kinds_help)
        return group

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr(
            "The numbers behind the tiers, the remaining value and the maintenance reminder. "
            "The rules below read as they will apply; the Reports tabs follow once saved."))
        self.groups["tiers"].setTitle(self.tr("Tiers and R, F, M"))
        self.groups["psv"].setTitle(self.tr("Remaining value and replacement window"))
        self.groups["service"].setTitle(self.tr("Maintenance interval (whichever comes first)"))
        self.groups["kinds"].setTitle(self.tr("Kinds of service visit"))
        self.rules_box.setTitle(self.tr("The rules in words"))
        for key, label in self.labels.items():
            name, unit, _low, _high = rules.PARAMETERS[key]
            label.setText(translate("Value", name))
            shown = translate("Value", unit) if unit not in ("", "%", "km") else unit
            self.boxes[key].setSuffix(f" {shown}" if shown and shown != "%" else shown)
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.new_kind.setPlaceholderText(self.tr("A new kind, e.g. 轮胎"))
        self.kinds_help.setText(self.tr(
            "Maintenance and repair count as service value, the others as related business. "
            "Visits of a removed kind keep it."))
        self.save_button.setText(self.tr("Save"))
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            if item.data(CODE):
                item.setText(rules.kind_label(item.data(CODE)))
        if self.boxes:
            self._show_rules()

    # --- values ----------------------------------------------------------------------------

    def load(self) -> None:
        params = service_visits.value_params()
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(getattr(params, key))
            box.blockSignals(False)
        self.kinds.clear()
        for code, label in service_visits.service_kinds():
            self._add_item(label, code if code in rules.SERVICE_KINDS else None)
        self._show_rules()

    def _add_item(self, text: str, code: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(CODE, code)
        self.kinds.addItem(item)

    def values(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items()}

    def kind_codes(self) -> list[str]:
        return [self.kinds.item(r).data(CODE) or self.kinds.item(r).text()
                for r in range(self.kinds.count())]

    def _show_rules(self) -> None:
        params = rules.ValueParams.from_setting(self.values())
        lines = [words for _code, words in rules.tier_rules(params)]
        lines += value.basis_lines(value.shop_basis(as_of=self.ctx.today(), params=params))
        self.rules.setText("<br>".join(_escape(line) for line in lines))

    def add_kind(self) -> None:
        text = " ".join(self.new_kind.text().split())
        if not text:
            return
        taken = {self.kinds.item(r).text() for r in range(self.kinds.count())}
        if text in taken:
            self._say(self.tr("{kind} is on the list already.").format(kind=text), error=True)
            return
        self._add_item(text, None)
        self.new_kind.clear()
        self._say("")

    def remove_kind(self) -> None:
        row = self.kinds.currentRow()
        if row < 0:
            return
        if self.kinds.count() == 1:
            self._say(translate("Value", "Keep at least one kind of visit."), error=True)
            return
        self.kinds.takeItem(row)

    def move_kind(self, step: int) -> None:
        row = self.kinds.currentRow()
        if row < 0 or not 0 <= row + step < self.kinds.count():
            return
        item = self.kinds.takeItem(row)
        self.kinds.insertItem(row + step, item)
        self.kinds.setCurrentRow(row + step)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c0392b;" if error else "")
        self.status.setText(text)

    def save(self) -> bool:
        try:
            changes = service_visits.set_value_params(self.values())
            changes = service_visits.set_service_kinds(self.kind_codes())
        except ValidationFailed as exc:
            self._say(exc.errors[0].message, error=True)
            return False
        self._say(self.tr("Saved."))
        self._show_rules()
        self.ctx.broadcast(changes)
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
