"""Core commands: demo data, integrity check, backup and restore."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dealerdesk import clock, paths
from dealerdesk.cli.common import (
    CommandError,
    act_from_command_line,
    db_path,
    open_db,
    say_interrupted_restore,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[parent], help="fill a new database with realistic data")
    p.add_argument("--customers", type=int, default=300)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("check", parents=[parent], help="check the database for damage")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", parents=[parent], help="back up the database now")
    p.add_argument("--to", metavar="FOLDER", help="backup folder (default: the configured one)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[parent], help="replace the database by a backup")
    p.add_argument("backup_file", metavar="BACKUP", nargs="?")
    p.add_argument("--finish", action="store_true",
                   help="complete a restore that was interrupted")
    p.add_argument("--abandon", action="store_true",
                   help="keep the database as it is; remove what an interrupted restore left")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    p.set_defaults(func=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    """A new file filled with demo data; it appears under its name only when complete."""
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import build_database

    path = db_path(args)
    if path.exists():
        raise CommandError(f"{path} already exists; demo data goes into a new file only")
    if args.customers < 1 or args.customers > 2_000_000:
        raise CommandError("--customers must be between 1 and 2,000,000")

    def fill() -> dict[str, int]:
        act_from_command_line(args.operator)
        return fill_demo(customers=args.customers, seed=args.seed, today=clock.today())

    started = time.perf_counter()
    counts = build_database(path, fill=fill)
    took = time.perf_counter() - started
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"{path}: {summary} in {took:.1f} s")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dealerdesk.services.health import check_database

    path = open_db(args)
    report = check_database(path)
    for line in report.lines:
        print(line)
    if not report.healthy:
        raise CommandError(report.problems[0])
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealerdesk.services.backups import make_backup

    open_db(args)
    folder = Path(args.to) if args.to else None
    target = make_backup(db_file=db_path(args), folder=folder, now=clock.now())
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dealerdesk.services.backups import restore_backup

    path = db_path(args)
    if args.finish or args.abandon:
        return _settle_interrupted_restore(path, finish=args.finish)
    if not args.backup_file:
        raise CommandError("name the backup to restore (or give --finish or --abandon)")
    say_interrupted_restore(path)
    if not args.yes and sys.stdin.isatty() and path.exists():
        answer = input(f"Replace {path} by {args.backup_file}? The current file is kept "
                       "aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            raise CommandError("nothing was changed")
    aside = restore_backup(backup=Path(args.backup_file), db_file=path, now=clock.now())
    kept = f"; the previous file is kept as {aside}" if aside else ""
    print(f"restored {path} from {args.backup_file}{kept}")
    return 0


def _settle_interrupted_restore(path: Path, *, finish: bool) -> int:
    from dealerdesk.services import backups

    left = backups.interrupted_restore(path)
    if left is None:
        raise CommandError(f"no interrupted restore was found beside {path}")
    if not finish:
        backups.drop_interrupted_restore(left)
        print(f"{path} is kept as it is; the unfinished restore's copy was removed")
        return 0
    aside = backups.finish_interrupted_restore(left, now=clock.now())
    kept = f"; the previous file is kept as {aside}" if aside else ""
    print(f"the restore into {path} is complete{kept}")
    return 0


__all__ = ["register", "paths"]
