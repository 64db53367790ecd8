"""`search`: what the search box shows for a text, in the same order, as text or JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json

from dealerdesk.cli.common import CommandError, open_db


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[parent],
                       help="find customers as the search box does (name, pinyin, phone, "
                            "plate, card, note)")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=None,
                   help="most hits to print (default: as many as the search box shows)")
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from dealerdesk.services.search import BOX_LIMIT, search

    limit = BOX_LIMIT if args.limit is None else args.limit
    if not 1 <= limit <= 10_000:
        raise CommandError("--limit must be between 1 and 10,000")
    open_db(args)
    hits = search(args.text, limit=limit)
    if args.json:
        print(json.dumps([dataclasses.asdict(h) for h in hits], ensure_ascii=False, indent=1))
    else:
        for h in hits:
            print("\t".join((str(h.customer_id), h.name, h.phone, h.matched, h.detail)).rstrip())
    return 0
