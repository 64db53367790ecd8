"""Material Design icons ("mdi6.*") drawn straight from qtawesome's bundled font.

Importing qtawesome costs about half a second at start (its qtpy layer rebuilds every Qt
enum), which is half of the start-up budget. The icons are the same glyphs from the same
font file, drawn by a small icon engine; other icon sets fall back to qtawesome itself.

    icon("mdi6.account-group", color="#667085", color_selected="white")
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

DEFAULT_COLOR = "#344054"
DISABLED_COLOR = "#b0b7c3"
GLYPH_SCALE = 0.875  # the glyph's share of the icon square, as qtawesome draws it


def _fonts_folder() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) / "fonts" if locations else None


@lru_cache(maxsize=1)
def _mdi6() -> tuple[str, dict[str, str]] | None:
    """(font family, name -> glyph) of Material Design Icons 6, or None when missing."""
    folder = _fonts_folder()
    if folder is None:
        return None
    fonts = sorted(folder.glob("materialdesignicons6-webfont-*.ttf"))
    maps = sorted(folder.glob("materialdesignicons6-webfont-charmap-*.json"))
    if not fonts or not maps:
        return None
    font_id = QFontDatabase.addApplicationFont(str(fonts[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    charmap = json.loads(maps[-1].read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in charmap.items()}


class GlyphIconEngine(QIconEngine):
    """Paints one font glyph in a colour chosen by the icon mode, sharp at any scale."""

    def __init__(self, family: str, glyph: str, colors: dict):
        super().__init__()
        self.family = family
        self.glyph = glyph
        self.colors = colors

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(rect.height() * GLYPH_SCALE)))
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(self.colors.get(mode, self.colors[QIcon.Mode.Normal])))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)),
                             mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.family, self.glyph, dict(self.colors))


def icon(name: str, *, color: str = DEFAULT_COLOR, color_selected: str | None = None,
         color_active: str | None = None) -> QIcon:
    """The icon `name` ("mdi6.cog"); selected/active modes may have their own colours."""
    prefix, _, glyph_name = name.partition(".")
    font = _mdi6() if prefix == "mdi6" else None
    glyph = font[1].get(glyph_name) if font else None
    if font is None or glyph is None:
        import qtawesome  # other icon sets, or a bundle without the font file

        return qtawesome.icon(name, color=color, color_selected=color_selected or color,
                              color_active=color_active or color)
    colors = {
        QIcon.Mode.Normal: color,
        QIcon.Mode.Selected: color_selected or color,
        QIcon.Mode.Active: color_active or color,
        QIcon.Mode.Disabled: DISABLED_COLOR,
    }
    return QIcon(GlyphIconEngine(font[0], glyph, colors))
