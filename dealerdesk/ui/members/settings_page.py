"""Settings page for membership: card levels, package types and the card-number prefix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.membership import MAX_FEE_CENTS
from dealerdesk.domain.money import format_plain, parse_yuan
from dealerdesk.services import membership_setup as setup
from dealerdesk.ui import icons
from dealerdesk.ui.members.dialogs import _BaseDialog, amount_field
from dealerdesk.ui.members.format import fmt_money
from dealerdesk.ui.members.models import RIGHT, _RowsModel
from dealerdesk.ui.members.screen import make_table
from dealerdesk.ui.settings.page import save_button


def _money(field: QLineEdit, name: str) -> int:
    try:
        return parse_yuan(field.text(), max_cents=MAX_FEE_CENTS)
    except RuleError as exc:
        raise ValidationFailed([FieldError(name, str(exc))]) from exc


class LevelTableModel(_RowsModel):
    """Card levels as Settings lists them."""

    def headers(self) -> list[str]:
        return [self.tr("Level"), self.tr("Fee"), self.tr("Term"), self.tr("Parts discount"),
                self.tr("Labour discount"), self.tr("Points per ¥100"), self.tr("In use"),
                self.tr("Benefits")]

    def cell(self, lv, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [lv.name, fmt_money(lv.fee_cents),
                    self.tr("{n} year(s)").format(n=lv.term_years),
                    f"{lv.parts_discount_pct}%", f"{lv.labour_discount_pct}%",
                    str(lv.points_per_100_yuan), self.tr("Yes") if lv.active else self.tr("No"),
                    lv.benefits][column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(lv.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 3, 4, 5):
            return RIGHT
        return None


class PackageTableModel(_RowsModel):
    """Package types as Settings lists them."""

    def headers(self) -> list[str]:
        return [self.tr("Package"), self.tr("Services"), self.tr("Price"), self.tr("Valid for"),
                self.tr("On sale")]

    def cell(self, p, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            term = self.tr("{n} month(s)").format(n=p.term_months) if p.term_months else \
                self.tr("no limit")
            return [p.name, str(p.uses), fmt_money(p.price_cents), term,
                    self.tr("Yes") if p.active else self.tr("No")][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return RIGHT
        return None


class LevelDialog(_BaseDialog):
    """Add or edit one card level."""

    def __init__(self, ctx, level=None, parent=None) -> None:
        super().__init__(ctx, self.tr("Edit level") if level else self.tr("New level"), parent)
        self.level = level
        self.name = QLineEdit(level.name if level else "")
        self.name.setMaxLength(20)
        self.fee = amount_field()
        self.fee.setText(format_plain(level.fee_cents) if level else "0")
        self.term = QComboBox()
        for years in (1, 2, 3):
            self.term.addItem(self.tr("{n} year(s)").format(n=years), years)
        self.term.setCurrentIndex(self.term.findData(level.term_years if level else 1))
        self.parts, self.labour, self.points = QSpinBox(), QSpinBox(), QSpinBox()
        for box, value in ((self.parts, level.parts_discount_pct if level else 0),
                           (self.labour, level.labour_discount_pct if level else 0)):
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setValue(value)
        self.points.setRange(0, 1000)
        self.points.setValue(level.points_per_100_yuan if level else 1)
        self.benefits = QPlainTextEdit(level.benefits if level else "")
        self.benefits.setFixedHeight(70)
        self.colour = level.colour if level else "#888888"
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._on_colour_clicked)
        self.active = QCheckBox(self.tr("Offered for new cards"))
        self.active.setChecked(level.active if level else True)
        rows = [(self.tr("Name"), self.name), (self.tr("Fee (yuan)"), self.fee),
                (self.tr("Term"), self.term), (self.tr("Parts discount"), self.parts),
                (self.tr("Labour discount"), self.labour),
                (self.tr("Points per ¥100 spent"), self.points),
                (self.tr("Benefits"), self.benefits),
                (self.tr("Colour of the printed card"), self.colour_button), ("", self.active)]
        for label, widget in rows:
            self.form.addRow(label, widget)
        self._show_colour()
        self.name.setFocus()

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(f"QPushButton {{ background: {self.colour}; "
                                         "color: white; padding: 4px; }")

    def _on_colour_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Card colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def save(self):
        _, changes = setup.save_level(
            level_id=self.level.id if self.level else None, name=self.name.text(),
            fee_cents=_money(self.fee, "fee"), term_years=self.term.currentData(),
            parts_discount_pct=self.parts.value(), labour_discount_pct=self.labour.value(),
            points_per_100_yuan=self.points.value(), benefits=self.benefits.toPlainText(),
            colour=self.colour, active=self.active.isChecked())
        return True, changes


class PackageTypeDialog(_BaseDialog):
    """Add or edit one package type."""

    def __init__(self, ctx, kind=None, parent=None) -> None:
        super().__init__(ctx, self.tr("Edit package") if kind else self.tr("New package"),
                         parent)
        self.kind = kind
        self.name = QLineEdit(kind.name if kind else "")
        self.name.setMaxLength(20)
        self.uses, self.months = QSpinBox(), QSpinBox()
        self.uses.setRange(1, 1000)
        self.uses.setValue(kind.uses if kind else 5)
        self.months.setRange(0, 120)
        self.months.setSpecialValueText(self.tr("no limit"))
        self.months.setValue(kind.term_months if kind else 12)
        self.price = amount_field()
        self.price.setText(format_plain(kind.price_cents) if kind else "")
        self.active = QCheckBox(self.tr("On sale"))
        self.active.setChecked(kind.active if kind else True)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Services"), self.uses),
                              (self.tr("Price (yuan)"), self.price),
                              (self.tr("Valid for (months)"), self.months), ("", self.active)):
            self.form.addRow(label, widget)
        self.name.setFocus()

    def save(self):
        _, changes = setup.save_package_type(
            package_type_id=self.kind.id if self.kind else None, name=self.name.text(),
            uses=self.uses.value(), price_cents=_money(self.price, "price"),
            term_months=self.months.value(), active=self.active.isChecked())
        return True, changes


class MembershipSettingsPage(QWidget):
    """Levels, package types and the card-number prefix, for the Settings screen."""

    def page_title(self) -> str:
        return self.tr("Membership cards")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        v = QVBoxLayout(self)
        self.levels_model = LevelTableModel(self)
        self.levels = make_table(self.levels_model, stretch_last=True, sortable=False)
        self.packages_model = PackageTableModel(self)
        self.packages = make_table(self.packages_model, sortable=False)
        self.level_box = self._group(self.levels, self._on_add_level, self._on_edit_level,
                                     "level")
        self.package_box = self._group(self.packages, self._on_add_package,
                                       self._on_edit_package, "package")
        v.addWidget(self.level_box)
        v.addWidget(self.package_box)
        v.addWidget(self._prefix_box())
        self.levels.doubleClicked.connect(self._on_edit_level)
        self.packages.doubleClicked.connect(self._on_edit_package)
        ctx.signals.changed.connect(self._on_data_changed)
        ctx.signals.language_changed.connect(self.retranslate)
        self.retranslate()

    def _group(self, table, on_add, on_edit, name) -> QGroupBox:
        box = QGroupBox()
        v = QVBoxLayout(box)
        v.addWidget(table)
        row = QHBoxLayout()
        for action, icon, slot in (("add", "mdi6.plus", on_add), ("edit", "mdi6.pencil", on_edit)):
            button = QPushButton(icons.icon(icon, color="#37474F"), "")
            button.setObjectName(f"{action}_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _prefix_box(self) -> QGroupBox:
        self.prefix_box = QGroupBox()
        form = QFormLayout(self.prefix_box)
        row = QHBoxLayout()
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(4)
        self.prefix.setMaximumWidth(90)
        self.save_prefix = save_button(self)
        self.save_prefix.setObjectName("save_prefix")
        self.save_prefix.clicked.connect(self._on_save_prefix)
        self.prefix_message = QLabel()
        row.addWidget(self.prefix)
        row.addWidget(self.save_prefix)
        row.addWidget(self.prefix_message, 1)
        self.prefix_label = QLabel()
        form.addRow(self.prefix_label, row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #607D8B;")
        form.addRow(self.hint)
        return self.prefix_box

    def retranslate(self, *_) -> None:
        """Texts in the language just chosen."""
        self.level_box.setTitle(self.tr("Card levels"))
        self.package_box.setTitle(self.tr("Prepaid service packages"))
        for button in self.findChildren(QPushButton):
            name = button.objectName()
            if name.startswith("add_"):
                button.setText(self.tr("Add…"))
            elif name.startswith("edit_"):
                button.setText(self.tr("Edit…"))
        self.prefix_box.setTitle(self.tr("Card numbers"))
        self.save_prefix.setText(self.tr("Save prefix"))
        self.prefix_label.setText(self.tr("Prefix (1-4 letters)"))
        self.hint.setText(self.tr("New cards get the prefix, a running number and a check "
                                  "digit, e.g. VIP 000012 9. Cards already issued keep their "
                                  "numbers."))
        self.prefix_message.clear()
        self.refresh()

    def refresh(self) -> None:
        self.levels_model.set_rows(setup.list_levels(include_inactive=True))
        self.packages_model.set_rows(setup.list_package_types(include_inactive=True))
        self.prefix.setText(setup.card_prefix())

    def _selected(self, table, model):
        rows = table.selectionModel().selectedRows()
        return model.row_at(table.model().mapToSource(rows[0]).row()) if rows else None

    def _on_add_level(self) -> None:
        LevelDialog(self.ctx, None, self).exec()

    def _on_edit_level(self, *_) -> None:
        level = self._selected(self.levels, self.levels_model)
        if level is not None:
            LevelDialog(self.ctx, level, self).exec()

    def _on_add_package(self) -> None:
        PackageTypeDialog(self.ctx, None, self).exec()

    def _on_edit_package(self, *_) -> None:
        kind = self._selected(self.packages, self.packages_model)
        if kind is not None:
            PackageTypeDialog(self.ctx, kind, self).exec()

    def _on_save_prefix(self) -> None:
        try:
            changes = setup.set_card_prefix(self.prefix.text())
        except ValidationFailed as exc:
            self.prefix_message.setStyleSheet("color: #C62828;")
            self.prefix_message.setText(exc.errors[0].message)
            return
        self.prefix_message.setStyleSheet("color: #2E7D32;")
        self.prefix_message.setText(self.tr("Saved."))
        self.ctx.broadcast(changes)

    def _on_data_changed(self, changes) -> None:
        if changes.touches("membership_setup", "settings"):
            self.refresh()
