"""Qt-free translation hook: code below ui/ calls translate(); the app plugs Qt in at start-up.

`pyside6-lupdate` collects `translate("Context", "text")` calls and
`QT_TRANSLATE_NOOP("Context", "text")` markers from every module, so strings written
in domain/ and services/ end up in the same .ts files as the screens' own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Backend = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_backend: Backend = _identity


def set_backend(backend: Backend | None) -> None:
    """Install the function that turns (context, source text) into the user's language."""
    global _backend
    _backend = backend or _identity


def translate(context: str, text: str) -> str:
    """Return `text` in the user's language (the source text when no translation is loaded)."""
    return _backend(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for translation without translating it now (translate it when shown)."""
    return text


LANGUAGES = ("zh_CN", "en")


def _posix_language(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, as POSIX reads it (LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return value
    return ""


def _windows_language() -> str:
    """The Windows display language, as a locale name ("zh_CN"), or ""."""
    try:
        import ctypes
        from locale import windows_locale

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return windows_locale.get(lang_id, "")
    except (AttributeError, OSError):
        return ""


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """zh_CN when the computer is set to Chinese, English otherwise (no Qt needed)."""
    import locale
    import os
    import sys

    if environ is None:
        environ = os.environ
    wanted = _posix_language(environ)
    if not wanted and sys.platform == "win32":
        wanted = _windows_language()
    if not wanted:
        wanted = locale.getlocale()[0] or ""
    return "zh_CN" if wanted.lower().startswith(("zh", "chinese")) else "en"


def choose_language(*, override: str = "", setting: str = "", system: str = "") -> str:
    """The language to use, the same for the window and every document: the command line
    (`--lang`), else the shop's setting stored in the database, else the computer's."""
    for wanted in (override, setting, system):
        if wanted in LANGUAGES:
            return wanted
    return "en"
