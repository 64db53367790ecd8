"""Plugging Qt's translators in: choose the language, load every .qm of it, switch live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dealerdesk import i18n, paths

LANGUAGES = i18n.LANGUAGES

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for a Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def choose_language(setting: str = "", override: str = "") -> str:
    """The language to use: the command line, then the setting, then the system."""
    return i18n.choose_language(override=override, setting=setting, system=system_language())


def locale_for(language: str) -> QLocale:
    if language == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(language: str) -> list[str]:
    """Replace the installed translators by those of `language`; return the files loaded.

    Loads every resources/i18n/*_<language>.qm (one per feature area) and Qt's own
    qtbase translation (standard buttons). English is the source language: nothing to load.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    loaded: list[str] = []
    if language != "en":
        folder = paths.resource_path("i18n")
        files = sorted(folder.glob(f"*_{language}.qm")) if folder.is_dir() else []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path, directory in [(p.name, str(folder)) for p in files] + [
            (f"qtbase_{language}.qm", qt_dir)
        ]:
            translator = QTranslator(app)
            if translator.load(path, directory):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path)
    i18n.set_backend(QCoreApplication.translate)
    return loaded


def current_language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
