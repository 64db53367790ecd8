"""Membership card rules and data shapes: statuses, ledger kinds, terms, points, balances.

Pure: the service reads and writes the database, these functions decide. A card's
balances are sums over its ledger; `apply_entry` is the one place that says how an
entry moves them and refuses any move below zero.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain.dates import add_months, add_years
from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.money import percent_of
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Membership"

STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Membership", "Active"),
    "frozen": QT_TRANSLATE_NOOP("Membership", "Frozen"),
    "expired": QT_TRANSLATE_NOOP("Membership", "Expired"),
    "cancelled": QT_TRANSLATE_NOOP("Membership", "Cancelled"),
}

KINDS: dict[str, str] = {
    "issue": QT_TRANSLATE_NOOP("Membership", "Card issued"),
    "renew": QT_TRANSLATE_NOOP("Membership", "Renewed"),
    "level_change": QT_TRANSLATE_NOOP("Membership", "Level changed"),
    "freeze": QT_TRANSLATE_NOOP("Membership", "Frozen"),
    "unfreeze": QT_TRANSLATE_NOOP("Membership", "Unfrozen"),
    "cancel": QT_TRANSLATE_NOOP("Membership", "Cancelled"),
    "top_up": QT_TRANSLATE_NOOP("Membership", "Top-up"),
    "spend": QT_TRANSLATE_NOOP("Membership", "Spending"),
    "redeem": QT_TRANSLATE_NOOP("Membership", "Points redeemed"),
    "package_sale": QT_TRANSLATE_NOOP("Membership", "Package sold"),
    "package_use": QT_TRANSLATE_NOOP("Membership", "Service used"),
    "reversal": QT_TRANSLATE_NOOP("Membership", "Reversal"),
}

# Entries that only move money, points or uses may be reversed; card events (issue,
# renew, level change, freeze, cancel) are corrected by the opposite card action.
REVERSIBLE = frozenset({"top_up", "spend", "redeem", "package_sale", "package_use"})

# Limits that catch a slipped finger (an extra zero or three) before it reaches the ledger.
MAX_AMOUNT_CENTS = 100_000_000  # 1,000,000 yuan in one operation
MAX_FEE_CENTS = 10_000_000  # 100,000 yuan for a level or package
MAX_POINTS = 10_000_000
MAX_USES = 1000


def status_label(code: str) -> str:
    return translate(CTX, STATUSES.get(code, code))


def kind_label(code: str) -> str:
    return translate(CTX, KINDS.get(code, code))


def effective_status(stored: str, expires_on: dt.date, today: dt.date) -> str:
    """What a card is today: a stored active card past its expiry date is expired."""
    if stored == "active" and expires_on < today:
        return "expired"
    return stored


def card_expiry(start: dt.date, term_years: int) -> dt.date:
    """Last valid day of a term of `term_years` starting on `start` (inclusive)."""
    return add_years(start, term_years) - dt.timedelta(days=1)


def renewed_expiry(expires_on: dt.date, term_years: int, today: dt.date) -> dt.date:
    """A renewal continues a running term; an expired card starts a new term today."""
    start = expires_on + dt.timedelta(days=1) if expires_on >= today else today
    return card_expiry(start, term_years)


def package_expiry(sold_on: dt.date, term_months: int) -> dt.date | None:
    """Last day a package may be used; None when it never expires (term 0)."""
    if term_months <= 0:
        return None
    return add_months(sold_on, term_months) - dt.timedelta(days=1)


def points_earned(spent_cents: int, points_per_100_yuan: int) -> int:
    """Points for a purchase: the level's rate for each full 100 yuan."""
    if spent_cents <= 0 or points_per_100_yuan <= 0:
        return 0
    return (spent_cents // 10_000) * points_per_100_yuan


def member_price(parts_cents: int, labour_cents: int, parts_pct: int, labour_pct: int) -> int:
    """What a member pays for parts and labour at list price after the level's discounts."""
    return (parts_cents - percent_of(parts_cents, parts_pct)
            + labour_cents - percent_of(labour_cents, labour_pct))


@dataclass(frozen=True)
class Balances:
    """A card's stored balance (cents) and points, and the uses left on one package."""

    balance_cents: int = 0
    points: int = 0
    uses: int = 0


def apply_entry(before: Balances, *, amount_cents: int, points: int, uses: int) -> Balances:
    """Balances after an entry; RuleError (nothing to write) if any would go below zero."""
    after = Balances(
        before.balance_cents + amount_cents, before.points + points, before.uses + uses
    )
    if after.balance_cents < 0:
        raise RuleError(translate("Membership", "The stored balance is not enough for this."))
    if after.points < 0:
        raise RuleError(translate("Membership", "There are not enough points for this."))
    if after.uses < 0:
        raise RuleError(translate("Membership", "This package has no services left."))
    return after


@dataclass(frozen=True)
class Level:
    """A card level as Settings edits it and the screens show it."""

    id: int
    name: str
    fee_cents: int
    term_years: int
    parts_discount_pct: int
    labour_discount_pct: int
    points_per_100_yuan: int
    benefits: str
    colour: str
    sort_order: int
    active: bool = True


@dataclass(frozen=True)
class PackageKind:
    """A prepaid service package on sale."""

    id: int
    name: str
    uses: int
    price_cents: int
    term_months: int
    active: bool = True


@dataclass(frozen=True)
class PackageLeft:
    """A package sold on a card with the uses left on it."""

    id: int
    name: str
    uses_total: int
    uses_left: int
    sold_on: dt.date
    expires_on: dt.date | None


@dataclass(frozen=True)
class CardSummary:
    """One card with its derived balances, as the Members table and a customer page show it."""

    id: int
    card_no: str
    customer_id: int
    customer_name: str
    customer_phone: str
    level_id: int
    level_name: str
    level_colour: str
    issued_on: dt.date
    expires_on: dt.date
    status: str  # effective: active, frozen, expired, cancelled
    balance_cents: int
    points: int
    packages: tuple[PackageLeft, ...] = ()

    @property
    def uses_left(self) -> int:
        return sum(p.uses_left for p in self.packages)


@dataclass(frozen=True)
class LedgerLine:
    """One ledger entry as the ledger view shows it."""

    id: int
    card_id: int
    card_no: str
    at: dt.datetime
    staff_name: str
    kind: str
    amount_cents: int
    paid_cents: int
    points: int
    package_name: str
    uses: int
    balance_after_cents: int
    points_after: int
    uses_after: int | None
    note: str
    reverses_id: int | None
    reversed_by_id: int | None

    @property
    def reversible(self) -> bool:
        return self.kind in REVERSIBLE and self.reversed_by_id is None


@dataclass(frozen=True)
class CardFilter:
    """What the Members table is narrowed to; empty fields do not filter."""

    text: str = ""
    level_id: int | None = None
    status: str = ""  # one of STATUSES, effective
    expiring_days: int | None = None  # active cards expiring within this many days
    customer_id: int | None = None


@dataclass(frozen=True)
class OperatorDay:
    """What one operator took in and paid out on one day (cents)."""

    staff_name: str
    fees_cents: int = 0
    top_ups_cents: int = 0
    packages_cents: int = 0
    spent_cents: int = 0
    refunds_cents: int = 0
    desk_total_cents: int = 0
    points_given: int = 0
    points_redeemed: int = 0
    entries: int = 0
