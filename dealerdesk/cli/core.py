"""Core commands: a new database, demo data, integrity check, backup and restore."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dealerdesk import clock, paths
from dealerdesk.cli.common import (
    CommandError,
    act_from_command_line,
    add_yes_option,
    confirm,
    create_db,
    db_path,
    open_db,
    say_interrupted_restore,
    server_url,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[parent], help="create a new, empty database")
    p.add_argument("--shop-name", metavar="NAME", default="", help="the shop's name")
    p.add_argument("--lang", choices=["zh_CN", "en"],
                   help="the shop's language (window and printed documents)")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("demo", parents=[parent], help="fill a new database with realistic data")
    p.add_argument("--customers", type=int, default=300)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("move", parents=[parent],
                       help="copy the whole shop into a new file or an empty server database")
    p.add_argument("--to", metavar="TARGET", required=True,
                   help="a new file, or postgresql://USER:PASSWORD@HOST:PORT/DATABASE (empty)")
    p.set_defaults(func=cmd_move)
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
    add_yes_option(p)
    p.set_defaults(func=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    from dealerdesk.services.settings import set_settings

    if not args.db:
        raise CommandError("give the new file with --db PATH")
    path = create_db(args)
    chosen = {"shop_name": args.shop_name.strip(), "language": args.lang or ""}
    if any(chosen.values()):
        set_settings({k: v for k, v in chosen.items() if v})
    print(path)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """A new file filled with demo data; it appears under its name only when complete."""
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import build_database

    path = db_path(args)
    if path.exists():
        raise CommandError(f"{path} already exists; demo data goes into a new file only")
    if args.customers < 1 or args.customers > 2_000_000:
        raise CommandError("--customers must be between 1 and 2,000,000")

    started = time.perf_counter()
    now = clock.now()

    def fill() -> dict[str, int]:
        act_from_command_line(args.operator)
        return fill_demo(customers=args.customers, seed=args.seed, today=now.date(), now=now)

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

    opened = open_db(args)
    folder = Path(args.to) if args.to else None
    if server_url(args) is not None and folder is None:
        folder = paths.data_dir() / "backups"
    target = make_backup(db_file=Path(opened) if folder is None else folder / "server",
                         folder=folder, now=clock.now())
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dealerdesk.services.backups import restore_backup

    url = server_url(args)
    if url is not None:
        return _restore_to_server(args, url)
    path = db_path(args)
    if args.finish or args.abandon:
        return _settle_interrupted_restore(path, finish=args.finish)
    if not args.backup_file:
        raise CommandError("name the backup to restore (or give --finish or --abandon)")
    say_interrupted_restore(path)
    if not Path(args.backup_file).is_file():
        raise CommandError(f"{args.backup_file} does not exist")
    if path.exists():
        confirm(args, f"Replace {path} by the backup {args.backup_file}? (the current file is "
                      "kept aside)")
    aside = restore_backup(backup=Path(args.backup_file), db_file=path, now=clock.now())
    kept = f"; the previous file is kept as {aside}" if aside else ""
    print(f"restored {path} from {args.backup_file}{kept}")
    return 0


def _restore_to_server(args: argparse.Namespace, url: str) -> int:
    """A backup file written back to the shop's server, in one transaction."""
    from dealerdesk.db.postgres_only import hide_password
    from dealerdesk.services.backups import restore_to_server

    if not args.backup_file or not Path(args.backup_file).is_file():
        raise CommandError(f"{args.backup_file or 'the backup'} does not exist")
    confirm(args, f"Replace everything on {hide_password(url)} by the backup "
                  f"{args.backup_file}? (back the server up first)")
    report = restore_to_server(backup_file=Path(args.backup_file), url=url)
    print(f"restored {hide_password(url)} from {args.backup_file}: "
          f"{report.rows.get('customer', 0)} customers")
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


def cmd_move(args: argparse.Namespace) -> int:
    """Copy every table, in one transaction, and compare counts and ledger totals; the
    source is only read."""
    import sys

    from dealerdesk.db.postgres_only import hide_password, is_server_url, with_stored_password
    from dealerdesk.services.backups import move_shop

    source = server_url(args) or str(db_path(args))
    target = with_stored_password(args.to) if is_server_url(args.to) else args.to
    report = move_shop(source, target)
    print(f"dealerdesk: moved {report.rows.get('customer', 0)} customers and "
          f"{sum(report.rows.values())} rows in all to {hide_password(args.to)}; "
          f"row counts and ledger totals agree", file=sys.stderr)
    return 0
