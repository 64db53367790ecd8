"""What every command shares: the --db option and opening the database safely."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from dealerdesk import paths


class CommandError(Exception):
    """A command cannot go on; the message is the one line printed on stderr."""


def common_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="PATH", help="database file (default: your data folder)")
    parent.add_argument("--operator", default="cli", help="name recorded in the audit log")
    return parent


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def open_db(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    """Open the database named by --db (it must exist unless `must_exist` is False)."""
    from dealerdesk.services.settings import get_setting
    from dealerdesk.services.store import open_store, set_operator

    path = db_path(args)
    if must_exist and not path.exists():
        raise CommandError(f"{path} does not exist")
    open_store(path, backup_dir=paths.backup_dir(path))
    set_operator(args.operator)
    # A backup folder chosen in Settings wins for later backups.
    get_setting("backup_folder")
    return path


def create_db(args: argparse.Namespace) -> Path:
    """Make a new, empty DealerDesk database at --db and open it; say so on stderr."""
    path = db_path(args)
    if path.exists():
        raise CommandError(f"{path} already exists")
    if not path.parent.is_dir():
        raise CommandError(f"the folder {path.parent} does not exist")
    open_db(args, must_exist=False)
    print(f"dealerdesk: created a new DealerDesk database at {path}", file=sys.stderr)
    return path


def add_yes_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true",
                        help="do it without asking (for scripts)")


def confirm(args: argparse.Namespace, question: str) -> None:
    """Ask `question` on the terminal; go on only on "y". `--yes` answers for a script.

    Without a terminal and without --yes the command stops with one line that says so,
    rather than changing data nobody agreed to.
    """
    if getattr(args, "yes", False):
        return
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise CommandError(f"{args.command} changes data and asks first: run it on a terminal "
                           "or pass --yes")
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        answer = input()
    except EOFError:
        answer = ""
    if answer.strip().lower() not in ("y", "yes"):
        raise CommandError("nothing was changed")


def parse_cli_date(text: str) -> dt.date:
    """A date given on the command line, in any spelling the date rule accepts."""
    from dealerdesk.domain.dates import parse_date
    from dealerdesk.domain.errors import RuleError

    try:
        value = parse_date(text)
    except RuleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value is None:
        raise argparse.ArgumentTypeError("a date is required")
    return value
