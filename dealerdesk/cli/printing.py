"""`print profile|calls|card`: the printed documents as PDF files, for scheduled printing."""

from __future__ import annotations

import argparse
import datetime as dt
import locale
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from dealerdesk import clock
from dealerdesk.cli.common import CommandError, open_db, parse_cli_date


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("print", parents=[parent], help="write a printed document as PDF")
    kinds = p.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    doc = argparse.ArgumentParser(add_help=False, parents=[parent])
    doc.add_argument("--lang", choices=["en", "zh_CN"],
                     help="language of the document (default: the program's setting)")
    k = kinds.add_parser("profile", parents=[doc], help="a customer's profile (A4)")
    k.add_argument("customer", metavar="CUSTOMER", help="customer number or phone number")
    k.add_argument("out", metavar="OUT.pdf", type=Path)
    k.set_defaults(func=cmd_profile)
    k = kinds.add_parser("calls", parents=[doc], help="the call list (A4 landscape)")
    k.add_argument("out", metavar="OUT.pdf", type=Path)
    k.add_argument("--from", dest="date_from", type=parse_cli_date, metavar="DATE",
                   help="first day (default: today)")
    k.add_argument("--to", dest="date_to", type=parse_cli_date, metavar="DATE",
                   help="last day (default: a week after the first)")
    k.add_argument("--staff", metavar="NAME", default="", help="only this salesperson's")
    k.add_argument("--mask-phones", action="store_true", help="print 138****5678")
    k.set_defaults(func=cmd_calls)
    k = kinds.add_parser("card", parents=[doc], help="membership cards (85.6 x 54 mm)")
    k.add_argument("cards", metavar="CARD_NO", nargs="+")
    k.add_argument("out", metavar="OUT.pdf", type=Path)
    k.add_argument("--sheet", action="store_true",
                   help="ten cards to an A4 sheet (the default for several cards)")
    k.set_defaults(func=cmd_card)


def _system_language() -> str:
    name = (locale.getlocale()[0] or "").lower()
    return "zh_CN" if name.startswith(("zh", "chinese")) else "en"


def _ts_backend(lang: str) -> Callable[[str, str], str] | None:
    """Translations read straight from the .ts files (no Qt in the command line)."""
    from dealerdesk.paths import resource_path

    table: dict[tuple[str, str], str] = {}
    for ts in sorted(resource_path("i18n").glob(f"*_{lang}.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.text and tr.get("type") is None:
                    table[(name, msg.findtext("source") or "")] = tr.text
    return (lambda context, text: table.get((context, text), text)) if table else None


def _use_language(args: argparse.Namespace) -> None:
    from dealerdesk.i18n import set_backend
    from dealerdesk.services.settings import get_setting

    lang = args.lang or get_setting("language") or _system_language()
    set_backend(_ts_backend(lang) if lang != "en" else None)


def _target(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"the folder {folder} does not exist")
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name ending in .pdf")
    return path


def _run(write: Callable[[], object]) -> int:
    from dealerdesk.printing.fonts import FontError

    try:
        done = write()
    except FontError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        from dealerdesk.services.store import disk_full_error

        full = disk_full_error(exc)
        raise CommandError(str(full or f"cannot write the PDF: {exc.strerror or exc}")) from exc
    if done.warning:  # type: ignore[attr-defined]
        print(f"dealerdesk: {done.warning}", file=sys.stderr)  # type: ignore[attr-defined]
    print(f"{done.path}: {done.pages} page(s)")  # type: ignore[attr-defined]
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from dealerdesk.services.printouts import find_customer, write_profile

    target = _target(args.out)
    open_db(args)
    _use_language(args)
    customer_id = find_customer(args.customer)
    now = clock.now()
    return _run(lambda: write_profile(customer_id=customer_id, target=target,
                                      today=now.date(), now=now))


def cmd_calls(args: argparse.Namespace) -> int:
    from dealerdesk.services.printouts import write_call_list

    target = _target(args.out)
    now = clock.now()
    start = args.date_from or now.date()
    end = args.date_to or start + dt.timedelta(days=7)
    open_db(args)
    _use_language(args)
    return _run(lambda: write_call_list(
        target=target, date_from=start, date_to=end, today=now.date(), now=now,
        staff=args.staff, mask_phones=args.mask_phones))


def cmd_card(args: argparse.Namespace) -> int:
    from dealerdesk.services.printouts import write_cards

    target = _target(args.out)
    open_db(args)
    _use_language(args)
    sheet = args.sheet or len(args.cards) > 1
    return _run(lambda: write_cards(card_numbers=args.cards, target=target, sheet=sheet))
