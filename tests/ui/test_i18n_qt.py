"""Choosing and switching the language."""

from PySide6.QtCore import QCoreApplication, QLocale

from dealerdesk import i18n
from dealerdesk.ui import i18n_qt


def test_choose_language(monkeypatch):
    assert i18n_qt.choose_language("en", "zh_CN") == "zh_CN"  # the command line wins
    assert i18n_qt.choose_language("zh_CN") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Chinese))
    assert i18n_qt.choose_language("") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert i18n_qt.choose_language("") == "en"


def test_install_loads_every_area_and_qt_buttons(qapp):
    loaded = i18n_qt.install("zh_CN")
    assert {"core_zh_CN.qm", "shell_zh_CN.qm", "qtbase_zh_CN.qm"} <= set(loaded)
    assert i18n.translate("Choices", "Lost") == "战败"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert i18n_qt.current_language() == "zh_CN"
    assert i18n_qt.install("en") == []
    assert i18n.translate("Choices", "Lost") == "Lost"
