"""What every command shares: the --db option and opening the database safely."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from dealerdesk import paths


class CommandError(Exception):
    """A command cannot go on; the message is the one line printed on stderr."""


def common_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="PATH", help="database file (default: your data folder)")
    parent.add_argument("--operator", default="cli",
                        help="name recorded in the audit log (marked as from the command line)")
    return parent


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def open_db(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    """Open the database named by --db (it must exist unless `must_exist` is False)."""
    from dealerdesk.services.settings import get_setting
    from dealerdesk.services.store import open_store

    path = db_path(args)
    if must_exist and not path.exists():
        raise CommandError(f"{path} does not exist")
    open_store(path, backup_dir=paths.backup_dir(path))
    act_from_command_line(args.operator)
    # A backup folder chosen in Settings wins for later backups.
    get_setting("backup_folder")
    return path


def act_from_command_line(operator: str) -> None:
    """The command line acts as the owner (whoever runs it can copy the file anyway); the
    audit log records `operator` and marks the entries as from the command line."""
    from dealerdesk.services.access import OWNER, Actor, set_actor
    from dealerdesk.services.store import set_operator

    set_actor(Actor(staff_id=None, name=operator, role=OWNER, via="cli"))
    set_operator(operator, via="cli")


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
