"""`report value|pool|sources|tiers|moves|replacement|trends`: the customer value figures,
as text or JSON; `report sources --referrer ID`: the customers one customer referred."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence

from dealerdesk import clock
from dealerdesk.cli.common import CommandError, open_db, parse_cli_date

KINDS = ("value", "pool", "sources", "tiers", "moves", "replacement", "trends")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[parent],
                       help="customer value, the customer pool, sources, tiers, the moves "
                            "between tiers, the replacement window or the month-by-month "
                            "trends")
    p.add_argument("kind", choices=KINDS, help="which report")
    p.add_argument("--as-of", type=parse_cli_date, default=None, metavar="DATE",
                   help="the day the figures are for (default: today on this computer)")
    p.add_argument("--months", type=int, default=12,
                   help="pool, trends, moves: how many months up to --as-of (1-120, moves "
                        "at most 20; default 12); sources: the period ending on --as-of "
                        "(default 12)")
    p.add_argument("--referrer", type=int, default=None, metavar="ID",
                   help="sources: instead, the customers that customer referred (as the "
                        "referrers table counts them), the latest recorded first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_report)


def _rows(kind: str, as_of: dt.date, months: int) -> list[dict[str, object]]:
    from dealerdesk.domain.dates import add_months
    from dealerdesk.services import value

    if kind == "value":
        return [v.as_json() for v in value.customer_values(as_of=as_of)]
    if kind == "tiers":
        return [t.as_json() for t in value.tier_report(as_of=as_of)]
    if kind == "moves":
        from dealerdesk.services.value_overview import move_months

        return [m.as_json() for m in move_months(as_of=as_of, months=months)]
    if kind == "replacement":
        return [r.as_json() for r in value.replacement_due(as_of=as_of, days=90)]
    if kind == "trends":
        return [t.as_json() for t in value.trend_report(as_of=as_of, months=months)]
    if kind == "pool":
        return [m.as_json() for m in value.pool_report(as_of=as_of, months=months)]
    end = as_of + dt.timedelta(days=1)
    return [s.as_json() for s in value.source_report(start=add_months(end, -months), end=end)]


def _text(rows: Sequence[dict[str, object]]) -> str:
    if not rows:
        return ""
    keys = [k for k, v in rows[0].items() if not isinstance(v, (dict, list))]  # --json has them
    lines = ["\t".join(keys)]
    lines += ["\t".join("" if r[k] is None else str(r[k]) for k in keys) for r in rows]
    return "\n".join(lines)


def cmd_report(args: argparse.Namespace) -> int:
    from dealerdesk.services.value import MAX_MOVE_MONTHS

    if not 1 <= args.months <= 120:
        raise CommandError("--months must be between 1 and 120")
    if args.kind == "moves" and args.months > MAX_MOVE_MONTHS:
        raise CommandError(f"--months must be between 1 and {MAX_MOVE_MONTHS} for the "
                           "moves between tiers")
    if args.referrer is not None and args.kind != "sources":
        raise CommandError("--referrer goes with the sources report")
    open_db(args)
    if args.referrer is not None:
        from dealerdesk.services.value import referred_customers

        rows = [r.as_json() for r in referred_customers(args.referrer)]
    else:
        rows = _rows(args.kind, args.as_of or clock.today(), args.months)
    text = json.dumps(rows, ensure_ascii=False, indent=1) if args.json else _text(rows)
    print(text)  # a reader that goes away (`| head`) is the command line's to settle
    return 0
