"""`erase CUSTOMER` and `merge KEEP OTHER`: the two customer changes that cannot wait for
the window, each asked for on the terminal first (`--yes` for scripts)."""

from __future__ import annotations

import argparse

from dealerdesk.cli.common import CommandError, add_yes_option, confirm, open_db


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("erase", parents=[parent],
                       help="remove a customer's personal data for good (on their request)")
    p.add_argument("customer", metavar="CUSTOMER", help="customer number or phone number")
    add_yes_option(p)
    p.set_defaults(func=cmd_erase)
    p = sub.add_parser("merge", parents=[parent],
                       help="merge a customer recorded twice into one (undo in Settings)")
    p.add_argument("keep", metavar="KEEP", help="the customer kept (number or phone)")
    p.add_argument("other", metavar="OTHER", help="the customer merged into it")
    add_yes_option(p)
    p.set_defaults(func=cmd_merge)


def _customer(text: str) -> tuple[int, str]:
    from dealerdesk.services.customers import get_customer
    from dealerdesk.services.printouts import find_customer

    found = get_customer(find_customer(text))
    if found is None:
        raise CommandError(f"there is no customer {text}")
    return found.id, f"{found.name} ({found.phone or found.id})"


def cmd_erase(args: argparse.Namespace) -> int:
    from dealerdesk.services.customers import erase_customer

    open_db(args)
    customer_id, who = _customer(args.customer)
    confirm(args, f"Erase {who} for good? Their personal data cannot be brought back.")
    erase_customer(customer_id)
    print(f"erased {who}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from dealerdesk.services.duplicates import merge_customers

    open_db(args)
    keep_id, keep = _customer(args.keep)
    other_id, other = _customer(args.other)
    if keep_id == other_id:
        raise CommandError("KEEP and OTHER are the same customer")
    confirm(args, f"Merge {other} into {keep}? Empty fields of {keep} are filled from "
                  f"{other}, and {other}'s cars, follow-ups and cards move over.")
    merge_customers(keep_id=keep_id, other_id=other_id)
    print(f"merged {other} into {keep}")
    return 0
