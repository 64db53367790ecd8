"""Shop page: name, address, phone and logo printed on every PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import settings as settings_service
from dealerdesk.ui import icons
from dealerdesk.ui.settings.page import SettingsPage, save_button
from dealerdesk.ui.theme import COLORS
from dealerdesk.ui.widgets.field_errors import FieldErrors

LOGO_SIZE = QSize(160, 80)


class ShopPage(SettingsPage):
    """Edit the shop's details; saved with one service call, errors beside the fields."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.errors = FieldErrors()
        self.name_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.logo_edit = QLineEdit(self)
        self.logo_edit.setReadOnly(True)
        self.logo_button = QPushButton(icons.icon("mdi6.image"), "", self)
        self.logo_clear = QPushButton(self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(
            f"border: 1px dashed {COLORS['border']}; color: {COLORS['muted']};")
        logo_row = QWidget(self)
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_edit, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear)
        self.save_button = save_button(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("Muted")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self) for _ in range(5)]
        self.form.addRow(self.labels[0], self.errors.wrap("shop_name", self.name_edit))
        self.form.addRow(self.labels[1], self.errors.wrap("shop_address", self.address_edit))
        self.form.addRow(self.labels[2], self.errors.wrap("shop_phone", self.phone_edit))
        self.form.addRow(self.labels[3], self.errors.wrap("shop_logo", logo_row))
        self.form.addRow(self.labels[4], self.logo_preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        self.body.addLayout(self.form)
        self.body.addLayout(buttons)
        self.logo_button.clicked.connect(self._on_logo_clicked)
        self.logo_clear.clicked.connect(lambda: self._set_logo(""))
        self.save_button.clicked.connect(self.save)
        for edit in (self.name_edit, self.address_edit, self.phone_edit):
            edit.textEdited.connect(lambda _t: self.saved_label.clear())
        self.retranslate()
        self.load()

    def page_title(self) -> str:
        return self.tr("Shop")

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr(
            "Printed at the top of every profile, call list and membership card."))
        for label, text in zip(self.labels, [self.tr("Shop name"), self.tr("Address"),
                                             self.tr("Phone"), self.tr("Logo"),
                                             self.tr("Preview")], strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. 诚信二手车行"))
        self.logo_button.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save"))
        self._show_preview()

    def load(self) -> None:
        info = settings_service.shop_info()
        self.name_edit.setText(info.name)
        self.address_edit.setText(info.address)
        self.phone_edit.setText(info.phone)
        self._set_logo(info.logo)

    def _on_logo_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), self.logo_edit.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self._set_logo(path)

    def _set_logo(self, path: str) -> None:
        self.logo_edit.setText(path)
        self.saved_label.clear()
        self._show_preview()

    def _show_preview(self) -> None:
        path = self.logo_edit.text()
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Missing file") if path else self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(
                LOGO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def save(self) -> bool:
        """Store the fields; on bad input show why beside the field and store nothing."""
        self.errors.clear()
        try:
            changes = settings_service.save_shop(
                name=self.name_edit.text(), address=self.address_edit.text(),
                phone=self.phone_edit.text(), logo=self.logo_edit.text())
        except ValidationFailed as exc:
            self.errors.show(exc)
            self.saved_label.clear()
            return False
        self.ctx.broadcast(changes)
        self.saved_label.setText(self.tr("Saved."))
        return True
