"""`reminders`: who to call from today up to N days ahead, as text or JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json

from dealerdesk import clock
from dealerdesk.cli.common import CommandError, open_db, parse_cli_date


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("reminders", parents=[parent],
                       help="list the reminders due from today up to N days ahead")
    p.add_argument("--days", type=int, default=30, help="days ahead (0-366, default 30)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--today", type=parse_cli_date, default=None,
                   help="the day to list from (default: today on this computer)")
    p.add_argument("--kind", action="append", metavar="KIND",
                   help="only this kind (repeatable): birthday, compulsory_insurance, ...")
    p.add_argument("--no-overdue", action="store_true", help="leave out overdue reminders")
    p.set_defaults(func=cmd_reminders)


def cmd_reminders(args: argparse.Namespace) -> int:
    from dealerdesk.domain.errors import RuleError
    from dealerdesk.domain.reminders import KINDS, check_days

    try:
        check_days(args.days)
    except RuleError as exc:
        raise CommandError(f"--days: {exc}") from None
    unknown = [k for k in args.kind or () if k not in KINDS]
    if unknown:
        raise CommandError(f"unknown kind {unknown[0]!r}; kinds are: {', '.join(KINDS)}")
    open_db(args)
    from dealerdesk.services.reminders import list_reminders

    found = list_reminders(today=args.today or clock.today(), days=args.days,
                           kinds=args.kind, include_overdue=not args.no_overdue)
    if args.json:
        text = json.dumps([_plain(r) for r in found], ensure_ascii=False, indent=1)
    else:
        text = "\n".join("\t".join((r.due.isoformat(), r.kind, r.customer_name, r.phone,
                                    r.detail, r.owner_name)) for r in found)
    print(text)  # a reader that goes away (`| head`) is the command line's to settle
    return 0


def _plain(reminder: object) -> dict[str, object]:
    values = dataclasses.asdict(reminder)  # type: ignore[call-overload]
    values["due"] = values["due"].isoformat()
    return values
