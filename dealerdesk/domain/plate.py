"""Licence plates: a normal form for storage and search, and a loose format check."""

from __future__ import annotations

import re

from dealerdesk.domain.text import to_halfwidth
from dealerdesk.i18n import translate

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_P = f"[{_PROVINCES}]"
_ALNUM = "[A-HJ-NP-Z0-9]"  # plates never use I or O after the issuing-office letter
_SMALL_ENERGY = "[DFABCEGHJK]"
_PLATE_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_P}[A-Z]{_ALNUM}{{5}}",  # ordinary, 7 characters: 浙A12345
        rf"{_P}[A-Z]{_ALNUM}{{4,5}}[挂学警港澳领]",  # trailer, learner, police, HK, Macau
        rf"{_P}[A-Z]{_SMALL_ENERGY}{_ALNUM}{{5}}",  # new energy, small car: 浙AD12345
        rf"{_P}[A-Z]{_ALNUM}{{5}}[DF]",  # new energy, large vehicle: 浙A12345D
        r"使[A-Z0-9]{5,6}",  # embassy
        r"[A-Z0-9]{5,6}使",
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
    """True when a normalised plate has the shape of a mainland Chinese plate.

    Accepted: province + letter + 5 letters/digits (浙A12345); the same with 4-5 and a
    final 挂, 学, 警, 港, 澳 or 领; new-energy plates of 8 characters with an energy letter
    third (small cars: D, F, A, B, C, E, G, H, J, K: 浙AD12345) or D/F last (large
    vehicles: 浙A12345D); embassy plates with 使. Letters I and O are refused after the
    issuing-office letter. Deliberately loose: the answer only decides whether to ask the
    user to confirm, never whether a plate can be saved.
    """
    return any(p.fullmatch(plate) for p in _PLATE_PATTERNS)


def plate_problem(plate: str) -> str | None:
    """None for a blank or plausible plate, else a translated question for the user."""
    normal = normalize_plate(plate)
    if not normal or is_chinese_plate(normal):
        return None
    return translate(
        "Rules",
        "This does not look like a Chinese plate (e.g. 浙A12345 or 浙AD12345). Keep it anyway?",
    )
