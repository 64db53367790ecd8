"""Membership commands: list cards, show a card's ledger, the day summary, check the ledger."""

from __future__ import annotations

import argparse
import json

from dealerdesk import clock
from dealerdesk.cli.common import CommandError, open_db, parse_cli_date


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("members", parents=[parent], help="membership cards and their ledger")
    what = p.add_subparsers(dest="members_command", required=True, metavar="WHAT")
    q = what.add_parser("list", parents=[parent], help="cards with balances, points, expiry")
    q.add_argument("--status", choices=["active", "frozen", "expired", "cancelled"])
    q.add_argument("--expiring", type=int, metavar="DAYS", help="active, expiring within DAYS")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = what.add_parser("ledger", parents=[parent], help="every entry of one card")
    q.add_argument("card_no", metavar="CARD")
    q.set_defaults(func=cmd_ledger)
    q = what.add_parser("day", parents=[parent], help="one day's takings per operator")
    q.add_argument("--date", type=parse_cli_date, default=None, help="default: today")
    q.set_defaults(func=cmd_day)
    q = what.add_parser("verify", parents=[parent], help="check that every ledger adds up")
    q.set_defaults(func=cmd_verify)


def _yuan(cents: int) -> str:
    from dealerdesk.domain.money import format_cents

    return format_cents(cents)


def cmd_list(args: argparse.Namespace) -> int:
    from dealerdesk.domain.membership import CardFilter
    from dealerdesk.services.membership_queries import list_cards

    open_db(args)
    flt = CardFilter(status=args.status or "", expiring_days=args.expiring)
    cards = list_cards(flt, today=clock.today())
    if args.json:
        rows = [{"card_no": c.card_no, "customer": c.customer_name, "level": c.level_name,
                 "status": c.status, "expires_on": c.expires_on.isoformat(),
                 "balance_cents": c.balance_cents, "points": c.points,
                 "services_left": c.uses_left} for c in cards]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for c in cards:
        print(f"{c.card_no}\t{c.customer_name}\t{c.level_name}\t{c.status}\t"
              f"{c.expires_on.isoformat()}\t{_yuan(c.balance_cents)}\t{c.points}\t{c.uses_left}")
    return 0


def cmd_ledger(args: argparse.Namespace) -> int:
    from dealerdesk.domain.cardno import normalize_card_no
    from dealerdesk.domain.membership import CardFilter
    from dealerdesk.services.membership_queries import card_ledger, list_cards

    open_db(args)
    number = normalize_card_no(args.card_no)
    found = [c for c in list_cards(CardFilter(text=number), today=clock.today())
             if c.card_no == number]
    if not found:
        raise CommandError(f"no card {args.card_no}")
    for e in reversed(card_ledger(found[0].id)):
        print(f"{e.id}\t{e.at:%Y-%m-%d %H:%M}\t{e.kind}\t{_yuan(e.amount_cents)}\t"
              f"{_yuan(e.paid_cents)}\t{e.points:+}\t{e.uses:+}\t{_yuan(e.balance_after_cents)}\t"
              f"{e.staff_name}\t{e.note}")
    return 0


def cmd_day(args: argparse.Namespace) -> int:
    from dealerdesk.services.membership_queries import day_summary

    open_db(args)
    for r in day_summary(args.date or clock.today()):
        print(f"{r.staff_name or 'TOTAL'}\tfees {_yuan(r.fees_cents)}\ttop-ups "
              f"{_yuan(r.top_ups_cents)}\tpackages {_yuan(r.packages_cents)}\tspent "
              f"{_yuan(r.spent_cents)}\trefunds {_yuan(r.refunds_cents)}\tnet "
              f"{_yuan(r.desk_total_cents)}\tentries {r.entries}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from dealerdesk.services.membership_queries import ledger_problems

    open_db(args)
    problems = ledger_problems()
    if problems:
        raise CommandError(f"{len(problems)} problems; first: {problems[0]}")
    print("every card's ledger adds up")
    return 0
