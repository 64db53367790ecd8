"""Money as exact integer cents: parse what a person types in yuan, format cents for display.

Never float: text goes through Decimal, so "0.1" + "0.2" is exactly 30 cents. Accepts the
spellings a Chinese shop types ("1,234.5", "¥1234.50", "１２３４", "1.5万", "800元") and
refuses negative, absurd or over-precise amounts with a message ready to show.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

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


def _trimmed(number: Decimal) -> str:
    """ "12,345.6" for 12345.60, "10" for 10: grouped, no zeros after the last decimal."""
    text = f"{number:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_wan(cents: int, *, places: int | None = None) -> str:
    """The amount in 万元 (ten thousand yuan), as dealers say it: "10万" for ¥100,000,
    "100万" for ¥1,000,000, "1.5万" for ¥15,000. Exact, unless `places` is given: then
    rounded half up to that many decimals of a 万."""
    amount = Decimal(abs(int(cents))) / WAN
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{'-' if cents < 0 and amount else ''}{_trimmed(amount)}万"


def format_reading(cents: int, *, chinese: bool, rounded: bool = False) -> str:
    """An amount for reading, the one rule of every screen: in Chinese "12.5万" from one 万
    up and "3,000 元" below it; in English "¥125,000" ("¥12.50" with fen). `rounded`
    (sums in reports): to two decimals of a 万, or to whole yuan."""
    if chinese and abs(cents) >= WAN:
        return format_wan(cents, places=2 if rounded else None)
    amount = Decimal(abs(int(cents))) / YUAN
    if rounded:
        amount = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = f"{amount:,.2f}".removesuffix(".00")
    sign = "-" if cents < 0 and text != "0" else ""
    return f"{sign}{text} 元" if chinese else f"{sign}¥{text}"


def format_plain(cents: int) -> str:
    """ "1234.50": what an edit field shows so that parse_yuan reads it back unchanged."""
    sign = "-" if cents < 0 else ""
    yuan, fen = divmod(abs(int(cents)), 100)
    return f"{sign}{yuan}.{fen:02d}" if fen else f"{sign}{yuan}"


def percent_of(cents: int, pct: int) -> int:
    """`pct` percent of `cents`, rounded half up to whole cents (exact integer arithmetic)."""
    return (int(cents) * int(pct) + 50) // 100
