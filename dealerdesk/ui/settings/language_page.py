"""Language page: follow the system, 简体中文 or English; the switch takes effect at once."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton

from dealerdesk.services import settings as settings_service
from dealerdesk.ui import i18n_qt
from dealerdesk.ui.settings.page import SettingsPage

CHOICES = ["", "zh_CN", "en"]


class LanguagePage(SettingsPage):
    """Choose the program's language; every open screen switches without a restart."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for index, code in enumerate(CHOICES):
            button = QRadioButton(self)
            self.group.addButton(button, index)
            self.buttons[code] = button
            self.body.addWidget(button)
        # Each language is named in itself, so anyone can find their way back.
        self.buttons["zh_CN"].setText("简体中文")
        self.buttons["en"].setText("English")
        self.note = QLabel(self)
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        current = settings_service.get_setting("language")
        self.buttons.get(current, self.buttons[""]).setChecked(True)
        self.group.idClicked.connect(self._on_choice_clicked)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Language")

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr("The language of menus, screens, printouts and exports."))
        system = "简体中文" if i18n_qt.system_language() == "zh_CN" else "English"
        self.buttons[""].setText(self.tr("Follow the system ({})").format(system))
        self.note.setText(self.tr(
            "The switch takes effect at once. Should a window still show the old language, "
            "it changes at the next start."))

    def choose(self, code: str) -> None:
        """Store `code` ("" follows the system) and switch the program to it now."""
        self.buttons[code].setChecked(True)
        self.ctx.broadcast(settings_service.set_settings({"language": code}))
        language = i18n_qt.choose_language(code)
        i18n_qt.install(language)
        self.ctx.signals.language_changed.emit(language)

    def _on_choice_clicked(self, index: int) -> None:
        self.choose(CHOICES[index])
