"""Vehicle identification numbers (VIN, 车架号): normal form, format and check digit."""

from __future__ import annotations

import re

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import to_halfwidth
from dealerdesk.i18n import translate

_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_TRANSLITERATION = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def normalize_vin(raw: object) -> str:
    """The VIN in half-width upper case without spaces; "" for blank.

    Raises RuleError unless the result is 17 letters and digits without I, O or Q.
    """
    vin = "".join(to_halfwidth("" if raw is None else str(raw)).upper().split())
    if not vin or _VIN.fullmatch(vin):
        return vin
    if not (vin.isascii() and vin.isalnum()):
        raise RuleError(translate("Rules", "A VIN has only letters and digits"))
    if set(vin) & set("IOQ"):
        raise RuleError(
            translate(
                "Rules",
                "The letters I, O and Q never appear in a VIN: check for the digits 1 and 0",
            )
        )
    raise RuleError(translate("Rules", "A VIN has 17 characters; this one has {}").format(len(vin)))


def vin_check_digit_ok(vin: str) -> bool:
    """Whether position 9 holds the ISO 3779 / North American check digit.

    Informational only: Chinese VINs usually carry it, some imported ones do not.
    False for anything that is not a valid 17-character VIN.
    """
    if not _VIN.fullmatch(vin):
        return False
    total = sum(_TRANSLITERATION[c] * w for c, w in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))
