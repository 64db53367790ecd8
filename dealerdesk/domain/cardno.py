"""Membership card numbers: shop prefix + sequence + Luhn check digit, e.g. VIP0000129.

Letters of the prefix count in the check digit the way ISIN codes do (A=10 ... Z=35), so
a mistyped prefix or digit, or two swapped neighbouring digits, is caught on entry.
Numbers are stored, shown and printed the same way, compact and upper case (VIP0000129):
one spelling on the card, the screen and every list.
"""

from __future__ import annotations

import re

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import translate

CTX = "CardNumber"
DEFAULT_PREFIX = "VIP"
SEQUENCE_DIGITS = 6
_PREFIX = re.compile(r"^[A-Z]{1,4}$")
_CARD = re.compile(rf"^([A-Z]{{1,4}})(\d{{{SEQUENCE_DIGITS},}})(\d)$")


def _digits(text: str) -> str:
    return "".join(str(int(c, 36)) for c in text)


def luhn_digit(payload: str) -> int:
    """The Luhn check digit for letters and digits (letters as 10..35, like ISIN)."""
    total = 0
    for i, ch in enumerate(reversed(_digits(payload))):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return (10 - total % 10) % 10


def normalize_prefix(prefix: str) -> str:
    """A shop prefix of 1-4 Latin letters, upper case; raise RuleError otherwise."""
    value = clean_text(prefix).upper().replace(" ", "")
    if not _PREFIX.match(value):
        raise RuleError(
            translate("CardNumber", "The card prefix must be 1 to 4 Latin letters, e.g. VIP.")
        )
    return value


def make_card_no(prefix: str, sequence: int) -> str:
    """The card number for the `sequence`-th card of a shop (1, 2, ...)."""
    if sequence < 1:
        raise RuleError(translate("CardNumber", "Card sequence numbers start at 1."))
    payload = normalize_prefix(prefix) + f"{sequence:0{SEQUENCE_DIGITS}d}"
    return payload + str(luhn_digit(payload))


def normalize_card_no(text: str) -> str:
    """A typed card number made compact and upper case ("vip 000012-9" -> "VIP0000129")."""
    return re.sub(r"[\s\-_.]", "", clean_text(text).upper())


def card_no_problem(text: str) -> str:
    """Why `text` is not a valid card number ("" when it is one)."""
    value = normalize_card_no(text)
    if not _CARD.match(value):
        return translate("CardNumber", "A card number is letters followed by at least 7 digits.")
    if luhn_digit(value[:-1]) != int(value[-1]):
        return translate(
            "CardNumber", "This card number has a typing mistake (its check digit is wrong)."
        )
    return ""


def is_valid_card_no(text: str) -> bool:
    return not card_no_problem(text)


def sequence_of(card_no: str) -> int | None:
    """The sequence number inside a valid card number, or None."""
    match = _CARD.match(normalize_card_no(card_no))
    if not match or not is_valid_card_no(card_no):
        return None
    return int(match.group(2))


def display_card_no(card_no: str) -> str:
    """The number as people see it, the same as printed on the card: "VIP0000129"."""
    return normalize_card_no(card_no) if _CARD.match(normalize_card_no(card_no)) else card_no
