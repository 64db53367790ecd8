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


def backup_dir(db_path: Path | str, configured: str = "") -> Path:
    """The configured backup folder, or `backups/` beside the database file (in the data
    folder for a database on the shop's server)."""
    if configured:
        return Path(configured)
    # A server's address, even one that went through Path() ("postgresql:/user:..."),
    # must never become a folder named after it (with its password) where the program runs.
    if str(db_path).lower().startswith(("postgresql:", "postgres:")):
        return data_dir() / "backups"
    return Path(db_path).parent / "backups"


class NotARegularFile(OSError):
    """A file was to be written over a folder, a device or a pipe; the message says so."""


def check_output_file(path: Path) -> None:
    """Raise NotARegularFile unless `path` is a new file or an existing regular file.

    Every written file goes to a temporary file that is then renamed over `path`: over a
    folder that fails with a puzzling error, and over a device node (/dev/lp0, a printer
    port) it would replace the device itself.
    """
    from dealerdesk.i18n import translate

    if path.is_dir():
        raise NotARegularFile(translate(
            "Files", "{path} is a folder; give a file name instead").format(path=path))
    if path.exists() and not path.is_file():
        raise NotARegularFile(translate(
            "Files", "{path} is not an ordinary file (a device or a pipe); give a file name "
            "instead").format(path=path))


def with_file_name(exc: OSError, path: Path) -> OSError:
    """`exc` naming the file it was about (a full disk is said with the folder it hit)."""
    if exc.filename:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(path)) if exc.errno else exc


def log_dir() -> Path:
    return data_dir() / "logs"


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
