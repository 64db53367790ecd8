"""Per-PC preferences (window geometry, last operator): a QSettings file in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from dealerdesk import paths


def pc_settings() -> QSettings:
    """This PC's settings; business settings live in the database instead."""
    return QSettings(str(paths.data_dir() / "this-pc.ini"), QSettings.Format.IniFormat)
