"""`python -m dealerdesk COMMAND --db PATH ...`: the services without the window.

Each feature module registers its own sub-commands (see COMMAND_MODULES). Errors are one
clear line on stderr and a non-zero exit; nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dealerdesk import APP_NAME, __version__
from dealerdesk.cli.common import CommandError, common_options
from dealerdesk.db.database import BUSY_TIMEOUT_MS, DATABASE_ERRORS, StorageError
from dealerdesk.db.writer import busy_error, busy_text
from dealerdesk.domain.errors import ValidationFailed

# Feature modules under dealerdesk.cli, each with register(subparsers, parent).
COMMAND_MODULES = ["core", "customers", "excel", "printing", "members", "reminders", "search",
                   "reports"]


class OneLineParser(argparse.ArgumentParser):
    """A wrong option is one line on stderr (exit 2), like every other error."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="dealerdesk", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parent = common_options()
    for name in COMMAND_MODULES:
        importlib.import_module(f"dealerdesk.cli.{name}").register(sub, parent)
    return parser


def _storage_line(exc: Exception) -> str | None:
    """The one line for a full disk or an error SQLite raised about the file; None for
    anything else (a bug, which keeps its traceback)."""
    from dealerdesk.services.store import disk_full_error, is_database_error, open_path

    full = disk_full_error(exc)
    if full is not None:
        return str(full)
    if is_database_error(exc):
        where = open_path() or "the database"
        return f"{where}: {exc}; run `dealerdesk check`, or restore a backup"
    return None


def _quiet_about_full_disks(unraisable: sys.UnraisableHookArgs) -> None:
    """A file left half written by a full disk fails again when Python tidies it away
    (openpyxl's zip file): the full disk was said once already."""
    from dealerdesk.services.store import disk_full_error

    if unraisable.exc_value is None or disk_full_error(unraisable.exc_value) is None:
        sys.__unraisablehook__(unraisable)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = build_parser().parse_args(argv)
    if sys.unraisablehook is sys.__unraisablehook__:
        sys.unraisablehook = _quiet_about_full_disks
    _wait_for_other_writers(getattr(args, "wait", None))
    try:
        return int(args.func(args) or 0)
    except ValidationFailed as exc:
        print(f"dealerdesk: {'; '.join(e.message for e in exc.errors)}", file=sys.stderr)
    except (CommandError, StorageError) as exc:
        print(f"dealerdesk: {exc}", file=sys.stderr)
    except DATABASE_ERRORS as exc:
        if not busy_error(exc):
            raise
        print(f"dealerdesk: {busy_text(BUSY_TIMEOUT_MS / 1000)}", file=sys.stderr)
    except BrokenPipeError:
        # The reader went away (`dealerdesk members list | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("dealerdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        line = _storage_line(exc)
        if line is None:
            raise
        print(f"dealerdesk: {line}", file=sys.stderr)
    finally:
        from dealerdesk.services.access import set_actor
        from dealerdesk.services.store import close_store

        close_store()
        set_actor(None)
    return 1


def _wait_for_other_writers(patience: float | None) -> None:
    """Writers of this command wait for another one (saying so on stderr, once a wait)."""
    from dealerdesk.db.writer import set_default_waiting

    def tell(text: str) -> None:
        print(f"dealerdesk: {text}", file=sys.stderr, flush=True)

    set_default_waiting(patience=patience, notice=tell)
