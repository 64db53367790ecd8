"""Licence plates: a normal form for storage and search, and a loose format check."""

from __future__ import annotations

import re

from dealerdesk.domain.text import to_halfwidth
from dealerdesk.i18n import translate

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_P = f"[{_PROVINCES}]"
_A = "[A-HJ-NP-Z0-9]"  # plates never use I or O after the issuing-office letter
_L = "[A-Z]"  # the issuing office: 粤O is a police office
# Energy letters of small new-energy cars (GA 36): D, A, B, C, E pure electric; F, G, H,
# J, K others.
_SMALL_ENERGY = "[DABCEFGHJK]"
_PLATE_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_P}{_L}{_A}{{5}}",  # ordinary, 7 characters: 浙A12345
        rf"{_P}{_L}{_A}{{4}}[挂学警领]",  # trailer, learner, police, consulate: 浙A1234挂
        rf"粤Z{_A}{{4}}[港澳]",  # Hong Kong and Macau cars crossing the border
        rf"{_P}{_L}{_A}{{4}}应急",  # emergency rescue
        rf"{_P}{_L}{_SMALL_ENERGY}{_A}\d{{4}}",  # new energy, small car: 浙AD12345
        rf"{_P}{_L}\d{{5}}[DF]",  # new energy, large vehicle: 浙A12345D
        r"使\d{6}",  # embassy: 使 and a country number
        rf"民航{_A}{{5}}",  # civil aviation ground vehicles
    )
)
_REMOVED = re.compile(r"[\s.\-·•・_]")


def normalize_plate(raw: object) -> str:
    """The plate in half-width upper case without spaces, dots, dashes or middle dots.

    "浙a·123 45" -> "浙A12345"; None or blank gives "".
    """
    if raw is None:
        return ""
    return _REMOVED.sub("", to_halfwidth(str(raw)).upper())


def is_chinese_plate(plate: str) -> bool:
    """True when a normalised plate has one of the official forms (GA 36).

    Province + letter + 5 letters/digits (浙A12345); 4 and a final 挂, 学, 警 or 领; 粤Z + 4
    and 港 or 澳; 4 and 应急; new-energy plates of 8 characters with an energy letter third
    (small cars: D, A, B, C, E, F, G, H, J, K, then a letter or digit and 4 digits:
    浙AD12345) or 5 digits and D/F last (large vehicles: 浙A12345D); embassy plates (使 and
    6 digits); 民航. Letters I and O are never used after the issuing-office letter. The
    answer only decides whether to ask the user to confirm, never whether a plate can be
    saved: military and other rare plates are real too.
    """
    return any(p.fullmatch(plate) for p in _PLATE_PATTERNS)


def plate_issue(plate: str) -> str | None:
    """None for a blank or official-form plate, else what is unusual about it, precisely
    (translated): "A small new-energy car's D/F is the 3rd character..."."""
    normal = normalize_plate(plate)
    if not normal or is_chinese_plate(normal):
        return None
    for check in (_issue_hk_macau, _issue_embassy, _issue_suffix, _issue_letters,
                  _issue_new_energy, _issue_start, _issue_length):
        issue = check(normal)
        if issue:
            return issue
    return translate(
        "Rules", "This does not look like a Chinese plate (e.g. 浙A12345 or 浙AD12345)")


def plate_problem(plate: str) -> str | None:
    """None for a blank or plausible plate, else a translated question for the user."""
    issue = plate_issue(plate)
    if issue is None:
        return None
    return issue + translate("Rules", ". Keep it anyway?")


def _issue_hk_macau(plate: str) -> str | None:
    if plate[-1:] in "港澳" and not plate.startswith("粤Z"):
        return translate("Rules", "港 and 澳 plates are issued only as 粤Z (粤Z1234港)")
    return None


def _issue_embassy(plate: str) -> str | None:
    if "使" in plate:
        return translate("Rules", "An embassy plate is 使 and 6 digits (使014578)")
    return None


def _issue_suffix(plate: str) -> str | None:
    if plate[-1:] in "挂学警领港澳" and len(plate) != 7:
        return translate(
            "Rules", "A plate ending in {suffix} has 4 letters or digits before it ({example})"
        ).format(suffix=plate[-1], example=plate[:2] + "1234" + plate[-1])
    return None


def _issue_letters(plate: str) -> str | None:
    if re.match(_P, plate) and re.search("[IO]", plate[2:]):
        return translate(
            "Rules", "Plates never use the letters I and O after the second character "
            "(they would be read as 1 and 0)")
    return None


def _issue_new_energy(plate: str) -> str | None:
    if len(plate) != 8 or not re.match(_P + _L, plate):
        return None
    tail = plate[2:]
    if re.fullmatch(_SMALL_ENERGY + ".*", tail):
        return translate(
            "Rules", "On a small new-energy car's plate the last 4 characters are digits "
            "(浙AD12345)")
    if tail[0].isalpha():
        return translate(
            "Rules", "{letter} is not a new-energy letter: a small new-energy car's plate has "
            "D, A, B, C, E, F, G, H, J or K third (浙AD12345)").format(letter=tail[0])
    if re.search("[DF]", tail):
        return translate(
            "Rules", "A small new-energy car's D/F is the 3rd character (浙AD12345), a large "
            "vehicle's the last, after 5 digits (浙A12345D)")
    return None


def _issue_start(plate: str) -> str | None:
    if not re.match(_P + "[A-Z]", plate):
        return translate(
            "Rules", "A plate starts with a province's short name and a letter (浙A, 粤B...)")
    return None


def _issue_length(plate: str) -> str | None:
    if len(plate) not in (7, 8):
        return translate(
            "Rules", "A plate has 7 characters, 8 on a new-energy car: this one has {count}"
        ).format(count=len(plate))
    return None
