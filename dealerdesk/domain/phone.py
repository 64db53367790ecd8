"""Phone numbers: one canonical form for Chinese mobiles, landlines and foreign numbers.

Canonical forms: a mobile is its 11 digits ("13812345678"); a landline is its digits with
the area code ("057188886666") or, when none was given, its 7-8 local digits ("88886666");
a 400/800 service number is its 10 digits; a foreign number is "+" and its digits. An
extension follows the number after a comma, the pause a phone dials before it
("057188886666,801", from "0571-88886666 转801", "ext 801", "x801").

normalize_phone() decides what can be stored (the shape of a number); phone_warning()
checks a stored number against the numbering plan (the phonenumbers library, kept up to
date by its maintainers): a number it calls invalid is stored with a warning, never
refused, since new blocks open every few years.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal
from typing import TypeGuard

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import clean_text, to_halfwidth
from dealerdesk.i18n import translate

_MOBILE = re.compile(r"1[3-9]\d{9}")
# 0 + a 2-3 digit area code (10 and 2X are the two-digit ones) + a 7-8 digit local number.
_LANDLINE = re.compile(r"0(?:10|2\d|[3-9]\d\d)[2-9]\d{6,7}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")
_SERVICE = re.compile(r"[48]00\d{7}")
_SEPARATORS = re.compile(r"[\s\-.()]")
_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)[eE]\+?(\d+)")
_ZERO_FRACTION = re.compile(r"(\d+)\.0+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_CELL_SEPARATORS = re.compile(r"[/,;、|\n\r]+")
# "转801", "分机801", "ext 801", "ext. 801", "x801", "#801", ",801" at the end of a number.
_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|x|#|,)\s*(\d{1,6})$", re.IGNORECASE)
_EXTENSION_ALONE = re.compile(r"\d{1,6}")
EXTENSION_MARK = ","


def normalize_phone(raw: object) -> str:
    """The canonical form of one phone number (see the module docstring); "" for blank.

    Accepts numbers from spreadsheets (13812345678.0, 1.3812345678E10), full-width digits,
    spaces, dashes, dots, brackets and +86 / 0086 / 86 before a mobile. Raises RuleError
    with a message ready to show for anything else.
    """
    text = _number_text(raw) if _is_number(raw) else _string_text(raw)
    if not text:
        return ""
    extension = _EXTENSION.search(text)
    if extension:
        number = _normalize_number(text[: extension.start()])
        if is_mobile(number):
            raise RuleError(translate(
                "Rules", "A mobile number has no extension: write the extension in the notes"))
        return number + EXTENSION_MARK + extension.group(1)
    return _normalize_number(text)


def _normalize_number(text: str) -> str:
    plus = text.startswith("+")
    digits = _SEPARATORS.sub("", text[1:] if plus else text)
    if not (digits.isascii() and digits.isdigit()):
        raise RuleError(
            translate(
                "Rules",
                "This is not a valid phone number: use only digits, spaces, dashes, "
                "brackets and a leading +",
            )
        )
    if plus:
        return _international(digits)
    if digits.startswith("00"):
        return _international(digits[2:])
    return _domestic(digits)


def split_extension(phone: str) -> tuple[str, str]:
    """(number, extension) of a canonical phone: "057188886666,801" -> ("057188886666", "801")."""
    number, _, extension = phone.partition(EXTENSION_MARK)
    return number, extension


def phone_warning(phone: str) -> str | None:
    """None for a number the numbering plan knows, else a translated warning to show.

    `phone` is canonical (normalize_phone). Local numbers without an area code cannot be
    checked and get None. The check is advice: the number is stored either way.
    """
    number, _ = split_extension(phone)
    if is_mobile(number):
        if _mobile_block_valid(number[:MOBILE_BLOCK]):
            return None
    else:
        international = _international_form(number)
        if international is None or _valid(international):
            return None
    if is_mobile(number):
        return translate(
            "Rules", "No mobile numbers start with {prefix} yet: check the number"
        ).format(prefix=number[:3])
    if number.startswith("0"):
        return _landline_warning(number)
    if number.startswith("+"):
        return translate(
            "Rules", "This number does not fit the numbering plan of its country: check it")
    return translate("Rules", "This number is not in use in China: check it")


def _international_form(number: str) -> str | None:
    if number.startswith("+"):
        return number
    if is_mobile(number) or _SERVICE.fullmatch(number):
        return "+86" + number
    if _LANDLINE.fullmatch(number):
        return "+86" + number[1:]
    return None


# A mobile number's first 7 digits name its block (号段 and home register): the numbering
# plan opens and closes whole blocks, so every number of a block is valid or none is
# (tests/domain/test_phone.py checks this against phonenumbers number by number).
MOBILE_BLOCK = 7


@functools.lru_cache(maxsize=1 << 15)
def _mobile_block_valid(block: str) -> bool:
    """Whether the numbering plan knows the mobile numbers of a 7-digit block (remembered:
    an import checks tens of thousands of numbers from a few thousand blocks)."""
    return _valid("+86" + block + "0" * (11 - len(block)))


def _valid(international: str) -> bool:
    import phonenumbers  # imported when first needed: start-up time

    national = international[3:]
    if international.startswith("+86") and national.isdigit() and not national.startswith("0"):
        # What parse() would make of it, without its text handling (two thirds of the
        # time of an import's phone check): Chinese national numbers have no leading zero.
        return bool(phonenumbers.is_valid_number(phonenumbers.PhoneNumber(
            country_code=86, national_number=int(national))))
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(international, None)))
    except phonenumbers.NumberParseException:
        return False


def _landline_warning(number: str) -> str:
    area = number[:3] if number[1] in "12" else number[:4]
    local = number[len(area):]
    for other in (local + "0", local[:-1]):
        if len(other) in (7, 8) and _valid("+86" + area[1:] + other):
            return translate(
                "Rules", "Numbers in area {area} have {digits} digits after the area code, "
                "this one has {count}: check it"
            ).format(area=area, digits=len(other), count=len(local))
    return translate(
        "Rules", "This number is not in use in area {area}: check it").format(area=area)


def is_mobile(phone: str) -> bool:
    """True for a canonical Chinese mobile number (11 digits starting 13-19)."""
    return _MOBILE.fullmatch(phone) is not None


def split_phones(raw: object) -> list[str]:
    """The separate numbers written in one cell, each still raw (not yet normalised).

    Splits on / , ; 、 | and line breaks, and on spaces only when every space-separated
    part is a whole number by itself: "138 1234 5678" stays one number. A number given
    as a number comes back as its digits. Blank gives [].
    """
    if raw is None:
        return []
    if _is_number(raw):
        return [_number_text_lenient(raw)]
    text = to_halfwidth(str(raw)).strip()
    if _THOUSANDS.fullmatch(text):
        return [text.replace(",", "")]
    parts: list[str] = []
    for chunk in _CELL_SEPARATORS.split(text):
        if not chunk.strip():
            continue
        if parts and _EXTENSION_ALONE.fullmatch(chunk.strip()):
            parts[-1] += EXTENSION_MARK + chunk.strip()  # "0571-88886666, 801": its extension
        else:
            parts.extend(_split_on_spaces(chunk.strip()))
    return parts


def mask_phone(phone: str) -> str:
    """The number with its middle hidden: "13812345678" -> "138****5678".

    Numbers of 10 characters or more keep the first 3 and last 4, numbers of 6-9 keep
    the first 3 and last 2; shorter ones are hidden entirely. An extension is kept.
    """
    number, extension = split_extension(phone)
    if extension:
        return mask_phone(number) + EXTENSION_MARK + extension
    if len(phone) >= 10:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    if len(phone) >= 6:
        return phone[:3] + "*" * (len(phone) - 5) + phone[-2:]
    return "*" * len(phone)


def phone_digits(s: str) -> str:
    """Only the digits of `s` (full-width digits included), for searching."""
    return "".join(c for c in to_halfwidth(s) if "0" <= c <= "9")


def _is_number(raw: object) -> TypeGuard[int | float]:
    return isinstance(raw, (int, float)) and not isinstance(raw, bool)


def _string_text(raw: object) -> str:
    if isinstance(raw, bool):
        raise RuleError(translate("Rules", "This is not a valid phone number"))
    text = clean_text(raw)
    scientific = _SCIENTIFIC.fullmatch(text)
    if scientific:
        return _scientific_text(text, scientific.group(1))
    zero_fraction = _ZERO_FRACTION.fullmatch(text)
    return zero_fraction.group(1) if zero_fraction else text


def _number_text(raw: int | float) -> str:
    if isinstance(raw, float) and not (math.isfinite(raw) and raw.is_integer()):
        raise RuleError(
            translate("Rules", "This is not a valid phone number: {} is not a whole number").format(
                raw
            )
        )
    return _restore_leading_zero(str(int(raw)))


def _number_text_lenient(raw: int | float) -> str:
    try:
        return _number_text(raw)
    except RuleError:
        return str(raw)


def _restore_leading_zero(digits: str) -> str:
    """Put back the 0 of an area code that a spreadsheet dropped from a number cell."""
    if any(p.fullmatch(digits) for p in (_MOBILE, _SERVICE, _LOCAL)):
        return digits
    return "0" + digits if _LANDLINE.fullmatch("0" + digits) else digits


def _scientific_text(text: str, mantissa: str) -> str:
    value = Decimal(text)
    digits = str(int(value)) if value == value.to_integral_value() else ""
    significant = len(mantissa.replace(".", "").lstrip("0"))
    if not digits or significant < len(digits):
        raise RuleError(
            translate(
                "Rules",
                "This phone number was written in scientific notation ({}) and may have "
                "lost digits: type the full number",
            ).format(text)
        )
    return digits


def _international(digits: str) -> str:
    if digits.startswith("86"):
        return _after_country_code(digits[2:])
    if 8 <= len(digits) <= 15:
        return "+" + digits
    raise RuleError(
        translate(
            "Rules",
            "This is not a valid phone number: an international number is + followed by "
            "8 to 15 digits",
        )
    )


def _after_country_code(rest: str) -> str:
    if _MOBILE.fullmatch(rest) or _LANDLINE.fullmatch(rest):
        return rest
    if _LANDLINE.fullmatch("0" + rest):
        return "0" + rest
    raise RuleError(
        translate(
            "Rules",
            "This is not a valid phone number: after +86 should come an 11-digit mobile "
            "number or an area code and number",
        )
    )


def _domestic(digits: str) -> str:
    if _MOBILE.fullmatch(digits):
        return digits
    if len(digits) == 13 and digits.startswith("86") and _MOBILE.fullmatch(digits[2:]):
        return digits[2:]
    if len(digits) == 12 and digits[0] == "0" and _MOBILE.fullmatch(digits[1:]):
        return digits[1:]  # the long-distance 0 some people dial before a mobile
    if any(p.fullmatch(digits) for p in (_LANDLINE, _LOCAL, _SERVICE)):
        return digits
    raise RuleError(_domestic_problem(digits))


def _domestic_problem(digits: str) -> str:
    if digits.startswith("1"):
        return translate(
            "Rules",
            "This is not a valid phone number: a mobile number has 11 digits starting with 1",
        )
    if digits.startswith("0"):
        return translate(
            "Rules",
            "This is not a valid phone number: a landline is an area code starting with 0 "
            "followed by 7 or 8 digits",
        )
    return translate(
        "Rules",
        "This is not a valid phone number: expected an 11-digit mobile number, a landline "
        "with its area code, or + and a country code",
    )


def _split_on_spaces(chunk: str) -> list[str]:
    words = chunk.split()
    if len(words) > 1 and all(_is_whole_number(w) for w in words):
        return words
    return [chunk]


def _is_whole_number(word: str) -> bool:
    try:
        return normalize_phone(word) != ""
    except RuleError:
        return False
