"""Settings: which Chinese font the PDFs embed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from dealerdesk.services.settings import get_setting, set_settings


class PrintingSettingsPage(QWidget):
    """The "PDF font" choice: automatic, one of the fonts found, or a file."""

    def page_title(self) -> str:
        return self.tr("Printing")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.font_box = QComboBox(self)
        self.font_box.setMinimumContentsLength(28)
        self.browse = QPushButton(self.tr("Choose a font file…"), self)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.font_box, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("PDF font"), row)
        form.addRow("", self.status)
        hint = QLabel(self.tr("Chinese text in printed documents uses this font, embedded in "
                              "each PDF so that it opens correctly on any computer."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#616e7c;")
        form.addRow("", hint)
        # The font list (and reportlab behind it) is loaded when the page is first shown,
        # so that opening Settings does not cost start-up time.
        self.font_box.addItem(self.tr("Automatic (recommended)"), "")
        self._filled = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._filled:
            self._filled = True
            self._fill(get_setting("pdf_font") or "")
            self.font_box.currentIndexChanged.connect(self._on_font_changed)
        super().showEvent(event)

    def _fill(self, current: str) -> None:
        from dealerdesk.printing.fonts import installed_fonts, parse_value

        self.font_box.clear()
        self.font_box.addItem(self.tr("Automatic (recommended)"), "")
        for font in installed_fonts():
            self.font_box.addItem(f"{font.label} ({Path(font.path).name})", font.value)
        if current and self.font_box.findData(current) < 0:
            self.font_box.addItem(Path(parse_value(current)[0]).name, current)
        self.font_box.setCurrentIndex(max(0, self.font_box.findData(current)))
        self._show_status(current)

    @property
    def value(self) -> str:
        return self.font_box.currentData() or ""

    def _show_status(self, choice: str) -> None:
        from dealerdesk.printing.fonts import font_warning, pdf_font

        font = pdf_font(choice)
        warning = font_warning(font, choice)
        used = self.tr("In use: {file}").format(file=Path(font.source).name)
        self.status.setText(f"{used}\n{warning}" if warning else used)
        self.status.setStyleSheet("color:#8a4b00;" if warning else "color:#2e7d32;")

    def _on_font_changed(self, _index: int) -> None:
        self.ctx.broadcast(set_settings({"pdf_font": self.value}))
        self._show_status(self.value)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a font file"), "",
                                              self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.choose_file(path)

    def choose_file(self, path: str) -> None:
        """Use the font file at `path` (added to the list when it is not there)."""
        index = self.font_box.findData(path)
        if index < 0:
            self.font_box.addItem(Path(path).name, path)
            index = self.font_box.count() - 1
        self.font_box.setCurrentIndex(index)
