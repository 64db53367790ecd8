"""The one look of DealerDesk: Fusion, a light palette, one calm blue accent, CJK UI font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

# Every colour the program uses, in one place.
COLORS = {
    "accent": "#2563eb",
    "accent_hover": "#1d4ed8",
    "accent_soft": "#e8effd",
    "window": "#f5f6f8",
    "base": "#ffffff",
    "alt_base": "#f8fafc",
    "border": "#d9dde3",
    "text": "#1f2933",
    "muted": "#667085",
    "nav": "#eef1f5",
    "error": "#c62828",
    "error_soft": "#fdecea",
    "ok": "#2e7d32",
    "warn": "#b26a00",
}

# Small coloured labels for status and level codes: code -> (text colour, background).
CHIP_COLORS: dict[str, tuple[str, str]] = {
    # statuses
    "lead": ("#475467", "#eef1f5"),
    "following": ("#1d4ed8", "#e3ecfd"),
    "visited": ("#6d28d9", "#efe9fd"),
    "customer": ("#2e7d32", "#e5f4e6"),
    "lost": ("#c62828", "#fdecea"),
    "dormant": ("#667085", "#f1f2f4"),
    # default customer levels
    "H": ("#c62828", "#fdecea"),
    "A": ("#b26a00", "#fff3e0"),
    "B": ("#1d4ed8", "#e3ecfd"),
    "C": ("#2e7d32", "#e5f4e6"),
    "N": ("#667085", "#f1f2f4"),
    # membership card states
    "active": ("#2e7d32", "#e5f4e6"),
    "frozen": ("#1d4ed8", "#e3ecfd"),
    "expired": ("#b26a00", "#fff3e0"),
    "cancelled": ("#667085", "#f1f2f4"),
    "overdue": ("#c62828", "#fdecea"),
    # follow-up outcomes
    "no_answer": ("#667085", "#f1f2f4"),
    "contacted": ("#1d4ed8", "#e3ecfd"),
    "visit_booked": ("#1d4ed8", "#e3ecfd"),
    "test_drive": ("#6d28d9", "#efe9fd"),
    "deal": ("#2e7d32", "#e5f4e6"),
    "after_sale": ("#b26a00", "#fff3e0"),
}
DEFAULT_CHIP = ("#475467", "#eef1f5")

# Spacing scale in device-independent pixels: use these, not ad-hoc numbers.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}

# Every screen keeps this distance from the navigation, the top bar and the window edge.
SCREEN_MARGIN = SPACE["m"]

# CJK UI fonts, best first. A Windows PC without Microsoft YaHei (a trimmed or older
# install) still has SimHei, and at the very least SimSun.
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                 "Noto Sans CJK SC", "Source Han Sans SC", "DengXian", "SimHei", "SimSun"]
FONT_POINT_SIZE = 10


def set_screen_margins(layout) -> None:
    """Give a screen's outer layout the one screen margin on every side."""
    layout.setContentsMargins(SCREEN_MARGIN, SCREEN_MARGIN, SCREEN_MARGIN, SCREEN_MARGIN)


def chip_colors(code: str) -> tuple[str, str]:
    """(text colour, background colour) of the chip for a status or level code."""
    return CHIP_COLORS.get(code, DEFAULT_CHIP)


def ui_font_family() -> str:
    """The first installed CJK UI font, or Qt's default family."""
    installed = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in installed:
            return family
    return QApplication.font().family()


def palette() -> QPalette:
    c = {k: QColor(v) for k, v in COLORS.items()}
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, c["window"])
    pal.setColor(role.WindowText, c["text"])
    pal.setColor(role.Base, c["base"])
    pal.setColor(role.AlternateBase, c["alt_base"])
    pal.setColor(role.Text, c["text"])
    pal.setColor(role.Button, c["base"])
    pal.setColor(role.ButtonText, c["text"])
    pal.setColor(role.Highlight, c["accent"])
    pal.setColor(role.HighlightedText, QColor("#ffffff"))
    pal.setColor(role.ToolTipBase, c["base"])
    pal.setColor(role.ToolTipText, c["text"])
    pal.setColor(role.PlaceholderText, c["muted"])
    pal.setColor(role.Link, c["accent"])
    pal.setColor(role.Mid, c["border"])
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, c["muted"])
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, c["muted"])
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, c["muted"])
    return pal


def _arrow_image(name: str = "chevron-down") -> str:
    """A file with an arrow of the combo and spin boxes (a style sheet takes images by path)."""
    import tempfile
    from pathlib import Path

    from dealerdesk.ui import icons

    path = Path(tempfile.gettempdir()) / "dealerdesk-theme" / f"{name}.png"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pixmap = icons.icon(f"mdi6.{name}", color=COLORS["muted"]).pixmap(32, 32)
        if not pixmap.save(str(path)):
            return ""
    return path.as_posix()


def _arrows(down: str, up: str) -> str:
    """Arrows of combo boxes, date edits and spin boxes, once their frames are styled."""
    if not (down and up):
        return ""
    # An arrow pointing up means "A to Z, oldest to newest", as Windows Explorer shows it
    # (Fusion without a style sheet draws it the other way round).
    sort_up, sort_down = _arrow_image("menu-up"), _arrow_image("menu-down")
    return f"""
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({down}); width: 14px; height: 14px; }}
QDateEdit::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 20px; border: none; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 18px; border: none; }}
QSpinBox::up-arrow {{ image: url({up}); width: 12px; height: 12px; }}
QSpinBox::down-arrow {{ image: url({down}); width: 12px; height: 12px; }}
QHeaderView::up-arrow {{ image: url({sort_up}); width: 16px; height: 16px; }}
QHeaderView::down-arrow {{ image: url({sort_down}); width: 16px; height: 16px; }}
"""


def stylesheet(down_arrow: str = "", up_arrow: str = "") -> str:
    """The style sheet; the arrows are paths of images for combo and spin boxes ("": none)."""
    c = COLORS
    s = SPACE
    arrows = _arrows(down_arrow, up_arrow)
    return f"""
QWidget#NavBar {{ background: {c['nav']}; border-right: 1px solid {c['border']}; }}
QListWidget#NavList {{ background: transparent; border: none; outline: 0; }}
QListWidget#NavList::item {{ padding: {s['s']}px {s['m']}px; margin: 2px {s['s']}px;
    border-radius: 6px; color: {c['text']}; }}
QListWidget#NavList::item:hover {{ background: #e2e7ee; }}
QListWidget#NavList::item:selected {{ background: {c['accent']}; color: white; }}
QListWidget#SettingsList, QListWidget#SideList {{ background: {c['base']};
    border: 1px solid {c['border']};
    border-radius: 8px; padding: 4px; outline: 0; }}
QListWidget#SettingsList::item {{ padding: 6px 8px; border-radius: 6px; color: {c['text']}; }}
QListWidget#SideList::item {{ padding: 4px 8px; border-radius: 6px; }}
QListWidget#SettingsList::item:hover, QListWidget#SideList::item:hover {{
    background: {c['nav']}; }}
QListWidget#SettingsList::item:selected, QListWidget#SideList::item:selected {{
    background: {c['accent_soft']}; color: {c['accent']}; }}
QLabel#AppTitle {{ font-weight: bold; color: {c['accent']}; padding: {s['m']}px; }}
QWidget#TopBar {{ background: {c['base']}; border-bottom: 1px solid {c['border']}; }}
QLabel#ScreenTitle {{ font-size: 15pt; font-weight: bold; }}
QLabel#Muted {{ color: {c['muted']}; }}
QLabel#FieldError {{ color: {c['error']}; }}
QLabel#ServerBanner {{ background: {c['error_soft']}; color: {c['error']}; font-weight: bold;
    border-bottom: 1px solid {c['error']}; padding: {s['s']}px {s['l']}px; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c['border']}; border-radius: 4px; padding: 4px 6px; background: white; }}
QComboBox {{ padding-right: 4px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 20px; border: none; }}
{arrows}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border-color: {c['accent']}; }}
QLineEdit[error="true"], QComboBox[error="true"] {{ border-color: {c['error']};
    background: {c['error_soft']}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton {{ border: 1px solid {c['border']}; border-radius: 4px; padding: 5px 14px;
    background: white; }}
QPushButton:hover {{ border-color: {c['accent']}; }}
QPushButton[primary="true"] {{ background: {c['accent']}; color: white;
    border-color: {c['accent']}; }}
QPushButton[primary="true"]:hover {{ background: {c['accent_hover']}; }}
QToolButton[popupMode="1"], QToolButton[popupMode="2"] {{ border: 1px solid {c['border']};
    border-radius: 4px; padding: 5px 14px; background: white; }}
QToolButton[popupMode="1"] {{ padding-right: 26px; }}
QToolButton[popupMode="2"] {{ padding-right: 24px; }}
QToolButton[popupMode="1"]:hover, QToolButton[popupMode="2"]:hover {{
    border-color: {c['accent']}; }}
QToolButton::menu-button {{ border: none; border-left: 1px solid {c['border']}; width: 18px; }}
QToolButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: center right;
    right: 6px; }}
QToolButton:disabled {{ color: {c['muted']}; }}
QTableView {{ border: 1px solid {c['border']}; gridline-color: transparent;
    selection-background-color: {c['accent_soft']}; selection-color: {c['text']}; }}
QTableView::item {{ padding: 0 8px; }}
QTableView#CustomerTable::item {{ padding: 0 4px; }}
QHeaderView::section {{ background: {c['alt_base']}; border: none;
    border-bottom: 1px solid {c['border']}; padding: 4px 10px; font-weight: bold; }}
QTabWidget::pane {{ border: 1px solid {c['border']}; background: white; }}
QTabBar::tab {{ padding: 6px 14px; margin-right: 2px; border: 1px solid {c['border']};
    border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;
    background: {c['nav']}; }}
QTabBar::tab:hover {{ background: {c['accent_soft']}; }}
QTabBar::tab:selected {{ background: white; font-weight: bold; }}
QStatusBar {{ color: {c['muted']}; }}
QFrame#Card {{ background: white; border: 1px solid {c['border']}; border-radius: 8px; }}
"""


# Qt's own pictures, replaced by flat icons of the one icon set (name, colour).
_STANDARD_ICONS = {
    QStyle.StandardPixmap.SP_MessageBoxInformation: ("mdi6.information-outline", "accent"),
    QStyle.StandardPixmap.SP_MessageBoxWarning: ("mdi6.alert-outline", "warn"),
    QStyle.StandardPixmap.SP_MessageBoxCritical: ("mdi6.alert-circle-outline", "error"),
    QStyle.StandardPixmap.SP_MessageBoxQuestion: ("mdi6.help-circle-outline", "accent"),
    QStyle.StandardPixmap.SP_DialogSaveButton: ("mdi6.content-save-outline", "text"),
    QStyle.StandardPixmap.SP_DialogOkButton: ("mdi6.check", "text"),
    QStyle.StandardPixmap.SP_DialogApplyButton: ("mdi6.check", "text"),
    QStyle.StandardPixmap.SP_DialogYesButton: ("mdi6.check", "text"),
    QStyle.StandardPixmap.SP_DialogCancelButton: ("mdi6.close", "text"),
    QStyle.StandardPixmap.SP_DialogCloseButton: ("mdi6.close", "text"),
    QStyle.StandardPixmap.SP_DialogNoButton: ("mdi6.close", "text"),
    QStyle.StandardPixmap.SP_DialogDiscardButton: ("mdi6.delete-outline", "text"),
    QStyle.StandardPixmap.SP_DialogResetButton: ("mdi6.restore", "text"),
    QStyle.StandardPixmap.SP_DialogHelpButton: ("mdi6.help-circle-outline", "text"),
    QStyle.StandardPixmap.SP_DialogOpenButton: ("mdi6.folder-open-outline", "text"),
}


class FlatStyle(QProxyStyle):
    """Fusion, with the flat icons of our icon set in place of Qt's stock pictures.

    Nothing else is overridden in Python: Qt asks a style thousands of times a second, and
    every call into Python costs (and PySide 6.12 on Python 3.11 leaks a reference to None
    on each call it makes with a null argument). Dialog buttons go without icons on every
    system, as on Windows, through the style sheet.
    """

    def standardIcon(self, standard_icon, option=None, widget=None):
        found = _STANDARD_ICONS.get(standard_icon)
        if found is None:
            return super().standardIcon(standard_icon, option, widget)
        from dealerdesk.ui import icons

        name, colour = found
        return icons.icon(name, color=COLORS[colour])


def apply_theme(app: QApplication) -> None:
    """Fusion style (with flat icons), the light palette, the CJK UI font and the style sheet."""
    app.setStyle(FlatStyle("Fusion"))
    app.setPalette(palette())
    app.setStyleSheet(stylesheet(_arrow_image("chevron-down"), _arrow_image("chevron-up")))
    # After the style sheet: on Windows setting one reads the system font (MS Shell Dlg 2,
    # Chinese in SimSun) back into tables, lists, menus, tooltips and message boxes.
    app.setFont(QFont(ui_font_family(), FONT_POINT_SIZE))
