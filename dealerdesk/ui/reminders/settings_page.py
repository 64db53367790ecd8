"""Settings for reminders: lead times, "not contacted" limits and the message templates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.reminders import KINDS, MESSAGE_LANGUAGES, PLACEHOLDERS
from dealerdesk.services import reminder_notes, reminders
from dealerdesk.services.settings import customer_levels
from dealerdesk.ui.settings.page import save_button, save_row


class ReminderSettingsPage(QWidget):
    """A page of the Settings screen; Save stores everything in one go."""

    def page_title(self) -> str:
        return self.tr("Reminders")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_boxes: dict[str, QSpinBox] = {}
        self.limit_boxes: dict[str, QSpinBox] = {}
        self._texts: dict[tuple[str, str], str] = {}
        # Lead times, contact limits and messages side by side: the page fits a laptop.
        layout = QHBoxLayout()
        for group in (self._lead_group(), self._limit_group()):
            column = QVBoxLayout()
            column.addWidget(group)
            column.addStretch(1)
            layout.addLayout(column)
        right = QVBoxLayout()
        right.addWidget(self._message_group(), 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = save_button(self)
        self.save_button.setText(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout.addLayout(right, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(layout, 1)
        page.addLayout(save_row(self.save_button, self.status))
        self.load()

    def _lead_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Start reminding this many days before"))
        form = QFormLayout(group)
        for code, k in KINDS.items():
            if k.lead_key:
                box = QSpinBox()
                box.setRange(0, 180)
                box.setSuffix(self.tr(" days"))
                self.lead_boxes[code] = box
                form.addRow(k.title, box)
        return group

    def _limit_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Remind when nobody has called for more than"))
        grid = QGridLayout(group)
        levels = customer_levels() + [("after_sale", self.tr("After-sale customers"))]
        for row, (code, title) in enumerate(levels):
            box = QSpinBox()
            box.setRange(1, 365)
            box.setSuffix(self.tr(" days"))
            self.limit_boxes[code] = box
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(box, row, 1)
        return group

    def _message_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Ready messages"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.kind = QComboBox()
        for code, k in KINDS.items():
            if k.has_message:
                self.kind.addItem(k.title, code)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(120)
        hint = QLabel(self.tr("Placeholders: {}").format(
            "  ".join("{" + p + "}" for p in PLACEHOLDERS)))
        hint.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Use the built-in text"))
        self.reset_button.clicked.connect(self._reset_text)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Reminder"), self.kind)
        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(self.reset_button)
        self._shown = self._current()
        self.language.currentIndexChanged.connect(lambda _i: self._switch())
        self.kind.currentIndexChanged.connect(lambda _i: self._switch())
        return group

    # --- values ----------------------------------------------------------------------------

    def _current(self) -> tuple[str, str]:
        return self.language.currentData(), self.kind.currentData()

    def load(self) -> None:
        leads = reminders.lead_days()
        for code, box in self.lead_boxes.items():
            box.setValue(leads.get(code, 0))
        limits = reminders.contact_limits()
        for code, box in self.limit_boxes.items():
            box.setValue(limits.get(code, 30))
        self._texts = {(lang, code): text for lang in MESSAGE_LANGUAGES
                       for code, text in reminder_notes.templates(lang).items()}
        self._shown = self._current()
        self.text.setPlainText(self._texts[self._shown])

    def _switch(self) -> None:
        self._texts[self._shown] = self.text.toPlainText()
        self._shown = self._current()
        self.text.setPlainText(self._texts[self._shown])

    def _reset_text(self) -> None:
        from dealerdesk.domain.reminders import DEFAULT_TEMPLATES

        lang, code = self._current()
        self.text.setPlainText(DEFAULT_TEMPLATES[lang][code])

    def save(self) -> bool:
        self._texts[self._shown] = self.text.toPlainText()
        try:
            reminders.set_lead_days({c: b.value() for c, b in self.lead_boxes.items()})
            reminders.set_contact_limits({c: b.value() for c, b in self.limit_boxes.items()})
            for lang in MESSAGE_LANGUAGES:
                changes = reminder_notes.set_templates(
                    lang, {code: text for (la, code), text in self._texts.items() if la == lang})
        except ValidationFailed as exc:
            problem = exc.errors[0]
            title = KINDS[problem.field].title if problem.field in KINDS else problem.field
            self.status.setStyleSheet("color: #c0392b;")
            self.status.setText(f"{title}: {problem.message}")
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved."))
        self.ctx.broadcast(changes)
        return True
