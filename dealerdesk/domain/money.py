"""Money as exact integer cents: parse what a person types in yuan, format cents for display.

Never float: text goes through Decimal, so "0.1" + "0.2" is exactly 30 cents. Accepts the
spellings a Chinese shop types ("1,234.5", "¥1234.50", "１２３４", "1.5万", "800元") and
refuses negative, absurd or over-precise amounts with a message ready to show.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import translate

CTX = "Money"
# 1,000,000,000 yuan: far above anything a used-car shop handles; callers pass a lower cap.
MAX_CENTS = 100_000_000_000
_SYMBOLS = ("¥", "￥", "RMB", "CNY", "元", "圆")


YUAN = 100  # cents in one yuan
WAN = 1_000_000  # cents in 万元 (ten thousand yuan), how dealers speak of car prices


def _strip(text: str, unit_cents: int) -> tuple[str, Decimal]:
    """Text without currency marks and separators, and the yuan one typed unit is worth."""
    value = clean_text(text).upper().replace(" ", "")
    for mark in _SYMBOLS:
        value = value.replace(mark, "")
    value = value.replace(",", "").replace("，", "").replace("、", "")
    if value.endswith("万"):
        return value[:-1], Decimal(WAN) / YUAN
    return value, Decimal(unit_cents) / YUAN


def _not_an_amount(text: str, unit_cents: int) -> RuleError:
    if unit_cents == WAN:
        message = translate("Money", "{} is not an amount: write it like 12.5")
    else:
        message = translate("Money", "{} is not an amount in yuan: write it like 12,345.60")
    return RuleError(message.format(text.strip()))


def parse_yuan(text: object, *, max_cents: int = MAX_CENTS, allow_zero: bool = True,
               unit_cents: int = YUAN, allow_negative: bool = False) -> int:
    """Cents for an amount typed as text in yuan (or in 万元: `unit_cents=WAN`); RuleError.

    Refuses a blank, a negative sign (unless `allow_negative`), letters, more than two
    decimals of a yuan, zero when `allow_zero` is False, and anything above `max_cents`.
    A trailing 万 always means ten thousand yuan, whatever the unit.
    """
    if isinstance(text, float):
        raise RuleError(translate("Money", "Amounts must be exact: type the amount as text."))
    raw = str(text) if text is not None else ""
    value, yuan_per_unit = _strip(raw, unit_cents)
    if not value:
        raise RuleError(translate("Money", "Please enter an amount."))
    sign = 1
    if value.startswith("-"):
        if not allow_negative:
            raise RuleError(translate("Money", "The amount cannot be negative."))
        sign, value = -1, value[1:]
    if value.startswith("+"):
        value = value[1:]
    if not value or not all(c.isdigit() or c == "." for c in value) or value.count(".") > 1:
        raise _not_an_amount(raw, unit_cents)
    try:
        yuan = Decimal(value) * yuan_per_unit
    except InvalidOperation as exc:  # pragma: no cover - the checks above catch it first
        raise _not_an_amount(raw, unit_cents) from exc
    cents = yuan * 100
    if cents != cents.to_integral_value():
        raise RuleError(translate("Money", "Use at most two decimals (fen)."))
    result = sign * int(cents)
    if abs(result) > max_cents:
        raise RuleError(
            translate("Money", "The amount is too large (at most {limit}).").format(
                limit=format_cents(max_cents)
            )
        )
    if result == 0 and not allow_zero:
        raise RuleError(translate("Money", "The amount must be more than zero."))
    return result


def format_cents(cents: int, *, symbol: bool = True) -> str:
    """ "¥1,234.50" for 123450; "-¥12.00" for -1200; no symbol when `symbol` is False."""
    sign = "-" if cents < 0 else ""
    yuan, fen = divmod(abs(int(cents)), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{fen:02d}"


def format_plain(cents: int) -> str:
    """ "1234.50": what an edit field shows so that parse_yuan reads it back unchanged."""
    sign = "-" if cents < 0 else ""
    yuan, fen = divmod(abs(int(cents)), 100)
    return f"{sign}{yuan}.{fen:02d}" if fen else f"{sign}{yuan}"


def percent_of(cents: int, pct: int) -> int:
    """`pct` percent of `cents`, rounded half up to whole cents (exact integer arithmetic)."""
    return (int(cents) * int(pct) + 50) // 100
