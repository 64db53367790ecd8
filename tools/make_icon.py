"""Draw the program icon, resources/icons/dealerdesk.ico (run again after changing it).

The same car the window shows in its title bar (Material Design's car-info), white on a
rounded square of the accent colour, at the sizes Windows asks for (16 to 256 pixels).
The bundle's DealerDesk.exe, the installer and its Start-menu entry carry this file.

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dealerdesk.ui import icons  # noqa: E402
from dealerdesk.ui.theme import COLORS  # noqa: E402

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
TARGET = ROOT / "resources" / "icons" / "dealerdesk.ico"


def draw(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLORS["accent"]))
    corner = size * 0.2
    painter.drawRoundedRect(QRectF(0, 0, size, size), corner, corner)
    margin = round(size * 0.12)
    glyph = icons.icon("mdi6.car-info", color="white")
    glyph.paint(painter, margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    QApplication.instance() or QApplication([])
    images = {size: draw(size) for size in SIZES}
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    largest = images[max(SIZES)]
    largest.save(TARGET, format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[images[s] for s in SIZES if s != max(SIZES)])
    print(f"{TARGET.relative_to(ROOT)}: {len(SIZES)} sizes, {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
