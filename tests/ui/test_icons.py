"""Icons come from qtawesome's Material Design font without importing qtawesome at start."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from dealerdesk.ui.icons import icon


def _colours(image):
    return {QColor(image.pixel(x, y)).name() for x in range(image.width())
            for y in range(image.height()) if QColor.fromRgba(image.pixel(x, y)).alpha() == 255}


def test_material_icon_in_its_colours(qtbot):
    cog = icon("mdi6.cog", color="#ff0000", color_selected="#00ff00")
    assert not cog.isNull()
    normal = cog.pixmap(QSize(32, 32)).toImage()
    selected = cog.pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
    assert "#ff0000" in _colours(normal)
    assert "#00ff00" in _colours(selected)
    sharp = cog.pixmap(QSize(32, 32), 2.0)
    assert sharp.width() == 64  # drawn for the screen's scale, not blown up


def test_other_icon_sets_fall_back_to_qtawesome(qtbot):
    assert not icon("fa5s.car").isNull()
