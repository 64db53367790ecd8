"""Where DealerDesk keeps its files: the user's data folder, never beside the program."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dealerdesk import APP_NAME

ENV_DATA_DIR = "DEALERDESK_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (DEALERDESK_DATA_DIR overrides it, e.g. for tests)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / "dealerdesk.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def backup_dir(db_path: Path, configured: str = "") -> Path:
    """The configured backup folder, or `backups/` beside the database file."""
    return Path(configured) if configured else db_path.parent / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
