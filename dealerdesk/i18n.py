"""Qt-free translation hook: code below ui/ calls translate(); the app plugs Qt in at start-up.

`pyside6-lupdate` collects `translate("Context", "text")` calls and
`QT_TRANSLATE_NOOP("Context", "text")` markers from every module, so strings written
in domain/ and services/ end up in the same .ts files as the screens' own.
"""

from __future__ import annotations

from collections.abc import Callable

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
