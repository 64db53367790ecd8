"""Customer levels page: the label of each level (the codes H/A/B/C/N stay fixed)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit

from dealerdesk.domain.choices import DEFAULT_LEVELS, label
from dealerdesk.services import settings as settings_service
from dealerdesk.ui.settings.page import SettingsPage, save_button
from dealerdesk.ui.theme import chip_colors

MAX_LABEL = 30


class LevelsPage(SettingsPage):
    """Rename the customer levels; an empty field means the built-in label."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.edits: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        for code in settings_service.get_setting("levels"):
            chip = QLabel(code, self)
            fg, bg = chip_colors(code)
            chip.setStyleSheet(f"color: {fg}; background: {bg}; border-radius: 9px;"
                               " padding: 2px 10px; font-weight: bold;")
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_LABEL)
            edit.textEdited.connect(lambda _t: self.saved_label.clear())
            self.edits[code] = edit
            self.form.addRow(chip, edit)
        self.save_button = save_button(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("Muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        self.body.addLayout(self.form)
        self.body.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.load()

    def page_title(self) -> str:
        return self.tr("Customer levels")

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr(
            "Levels say how soon a customer will buy. Rename them to the words your shop "
            "uses; leave a field empty to keep the standard label shown in grey."))
        for code, edit in self.edits.items():
            edit.setPlaceholderText(label(DEFAULT_LEVELS, code))
        self.save_button.setText(self.tr("Save"))

    def load(self) -> None:
        custom = settings_service.get_setting("level_labels")
        for code, edit in self.edits.items():
            edit.setText(custom.get(code, ""))

    def save(self) -> None:
        custom = {code: edit.text().strip() for code, edit in self.edits.items()
                  if edit.text().strip()}
        self.ctx.broadcast(settings_service.set_settings({"level_labels": custom}))
        self.saved_label.setText(self.tr("Saved."))
