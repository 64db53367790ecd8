"""What every command shares: the --db option and opening the database safely."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from dealerdesk import clock, paths


class CommandError(Exception):
    """A command cannot go on; the message is the one line printed on stderr."""


def common_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="PATH", help="database file (default: your data folder), "
                        "or the shop's server: postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE "
                        "(the password may also come from the credential store or PGPASSWORD)")
    parent.add_argument("--operator", default="cli",
                        help="name recorded in the audit log (marked as from the command line)")
    parent.add_argument("--wait", type=float, default=120, metavar="SECONDS",
                        help="how long to wait while another import or change is being "
                             "written to the database (default: 120)")
    return parent


def db_path(args: argparse.Namespace) -> Path:
    """The database file named by --db (else the default one). A command that works on
    files only stops with one line on a server address: it would otherwise make a file
    named after the address, password included."""
    from dealerdesk.db.postgres_only import is_server_url

    if is_server_url(getattr(args, "db", None)):
        raise CommandError("this command works on a database file, not on the shop's server")
    return Path(args.db) if args.db else paths.default_db_path()


def db_name(args: argparse.Namespace) -> str:
    """The database named by --db as it may be shown: a server's address without its
    password, or the file's path."""
    from dealerdesk.db.postgres_only import hide_password, is_server_url

    db = getattr(args, "db", None)
    return hide_password(db) if is_server_url(db) else str(db_path(args))


def server_url(args: argparse.Namespace) -> str | None:
    """The server address given as --db, with its password found, or None for a file."""
    from dealerdesk.db.postgres_only import is_server_url, with_stored_password

    db = getattr(args, "db", None)
    return with_stored_password(db) if is_server_url(db) else None


def open_server(args: argparse.Namespace, url: str) -> str:
    """Open the shop's server named by --db; backups of it go to the data folder's."""
    from dealerdesk.services.store import open_store

    info = open_store(url, backup_dir=paths.data_dir() / "backups")
    for notice in info.notices:
        print(f"dealerdesk: {notice}", file=sys.stderr)
    act_from_command_line(args.operator)
    return url


def open_db(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    """Open the database named by --db (it must exist unless `must_exist` is False).

    A file that was used before and is gone is named with what it held; what an
    interrupted restore left beside it is said in one line, and the command goes on.
    """
    from dealerdesk.services.store import missing_database, open_store, remember_database

    url = server_url(args)
    if url is not None:
        return open_server(args, url)  # type: ignore[return-value]
    path = db_path(args)
    if must_exist and not path.exists():
        missing = missing_database(path)
        if missing is None:
            raise CommandError(f"{path} does not exist")
        raise CommandError(f"{missing}; put a backup in its place with "
                           f"`dealerdesk restore BACKUP --db {path}`")
    say_interrupted_restore(path)
    info = open_store(path, backup_dir=paths.backup_dir(path))
    for notice in info.notices:
        print(f"dealerdesk: {notice}", file=sys.stderr)
    act_from_command_line(args.operator)
    remember_database(path, now=clock.now())
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


def act_from_command_line(operator: str) -> None:
    """The command line acts as the owner (whoever runs it can copy the file anyway); the
    audit log records `operator` and marks the entries as from the command line.

    A full disk must not stop a command that only reads: the name is then not noted.
    """
    from dealerdesk.services.access import OWNER, Actor, set_actor
    from dealerdesk.services.store import disk_full_error, set_operator

    set_actor(Actor(staff_id=None, name=operator, role=OWNER, via="cli"))
    try:
        set_operator(operator, via="cli")
    except Exception as exc:
        if disk_full_error(exc) is None:
            raise


def say_interrupted_restore(path: Path) -> None:
    """One line on stderr when a restore into `path` was killed before it finished."""
    from dealerdesk.services.backups import interrupted_restore

    left = interrupted_restore(path)
    if left is None:
        return
    if left.copy_complete:
        text = (f"a restore into {path} was interrupted and {path} still holds the data from "
                f"before it: `dealerdesk restore --finish --db {path}` completes the restore, "
                f"`dealerdesk restore --abandon --db {path}` keeps the data as it is")
    else:
        text = (f"a restore into {path} was interrupted while copying and {path} still holds "
                f"the data from before it: `dealerdesk restore --abandon --db {path}` removes "
                "the unfinished copy")
    print(f"dealerdesk: {text}", file=sys.stderr)


# Reminders look a year and more around "today", and lunar birthdays are known for
# 1900-2099: a day outside these years cannot be worked on.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2099, 12, 31)


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
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{value.isoformat()} is outside the dates DealerDesk works with "
            f"({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})")
    return value
