"""The window's font on a Windows PC: Microsoft YaHei UI, else SimHei; never WenQuanYi."""

import pytest
from PySide6.QtGui import QFontDatabase

from dealerdesk.ui import theme

# What a Windows 10/11 PC lists (a few of them), and what older or trimmed installs keep.
WINDOWS = ["Arial", "Calibri", "Consolas", "Microsoft YaHei", "Microsoft YaHei UI",
           "Segoe UI", "SimHei", "SimSun", "NSimSun", "Tahoma"]
WITHOUT_YAHEI = ["Arial", "Segoe UI", "SimHei", "SimSun", "NSimSun", "Tahoma"]
ONLY_SIMSUN = ["Arial", "Segoe UI", "SimSun", "NSimSun"]


@pytest.fixture
def families(monkeypatch, qapp):
    listed = []
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *system: list(listed)))
    return listed


@pytest.mark.parametrize(("installed", "chosen"), [
    (WINDOWS, "Microsoft YaHei UI"),
    (WITHOUT_YAHEI, "SimHei"),
    (ONLY_SIMSUN, "SimSun"),
])
def test_a_chinese_windows_font_is_chosen_without_wenquanyi(families, installed, chosen):
    families[:] = installed
    assert theme.ui_font_family() == chosen


def test_wenquanyi_is_not_preferred_over_yahei_where_both_are(families):
    families[:] = WINDOWS + ["WenQuanYi Micro Hei"]
    assert theme.ui_font_family() == "Microsoft YaHei UI"


def test_no_chinese_font_at_all_keeps_qts_default(families, qapp):
    families[:] = ["Arial", "Segoe UI"]
    assert theme.ui_font_family() == qapp.font().family()


class WindowsApplication:
    """What QApplication does with fonts on Windows, where the platform theme gives menus,
    tables, lists, tooltips, message boxes and the status bar the system font (MS Shell
    Dlg 2, whose Chinese falls back to SimSun). Setting the application font replaces them
    all; setting a style sheet installs a new style, which reads them from the theme again.
    """

    THEMED = ("QAbstractItemView", "QMenu", "QMenuBar", "QMessageBox", "QTipLabel",
              "QStatusBar", "QMdiSubWindowTitleBar", "QDockWidgetTitle")

    def __init__(self):
        self.fonts = dict.fromkeys(("", *self.THEMED), "MS Shell Dlg 2")

    def setStyle(self, style):
        self.style = style

    def setPalette(self, palette):
        pass

    def setFont(self, font, class_name=None):
        if class_name is None:
            self.fonts = dict.fromkeys(self.fonts, font.family())
        else:
            self.fonts[class_name] = font.family()

    def setStyleSheet(self, sheet):
        self.fonts.update(dict.fromkeys(self.THEMED, "MS Shell Dlg 2"))


def test_tables_menus_and_tooltips_keep_the_chinese_font_after_the_style_sheet(families):
    families[:] = WINDOWS
    app = WindowsApplication()
    theme.apply_theme(app)
    assert set(app.fonts.values()) == {"Microsoft YaHei UI"}, app.fonts
