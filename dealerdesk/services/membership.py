"""Membership cards: issue, renew, change level, freeze, cancel, money, points, packages.

Every operation is one transaction that checks the card, computes the balances from the
ledger, refuses anything that would go below zero, and appends one ledger entry (cancel
may append one per package written off). Nothing in the ledger is ever changed: a
mistake is undone by `reverse_entry`, which names the entry it reverses. Problems raise
ValidationFailed with a message for the field concerned; then nothing was written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dealerdesk.db.api import atomic, fn
from dealerdesk.db.models import (
    CardPackage,
    Customer,
    LedgerEntry,
    MembershipCard,
    MembershipLevel,
    PackageType,
)
from dealerdesk.domain import membership as rules
from dealerdesk.domain.cardno import make_card_no, sequence_of
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.membership import Balances, CardSummary
from dealerdesk.domain.money import format_cents
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import translate
from dealerdesk.services.membership_queries import card_summary
from dealerdesk.services.membership_setup import card_prefix

CTX = "Membership"
CHANGED = Changes.of("cards", "ledger")
MAX_NOTE = 200


@dataclass(frozen=True)
class Done:
    """What an operation wrote, and the card as it stands right after (balances included)."""

    entry_id: int
    card: CardSummary


def _fail(field: str, text: str, **values: Any) -> ValidationFailed:
    return ValidationFailed([FieldError(field, translate(CTX, text).format(**values))])


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _note(note: str) -> str:
    text = " ".join((note or "").split())
    if len(text) > MAX_NOTE:
        raise _fail("note", "The note is too long (at most 200 characters).")
    return text


def _positive(value: Any, field: str, limit: int, unit: str = "cents") -> int:
    if type(value) is not int:
        raise _fail(field, "Please enter a whole amount.")
    if value <= 0:
        raise _fail(field, "The amount must be more than zero.")
    if value > limit:
        shown = format_cents(limit) if unit == "cents" else f"{limit:,}"
        raise _fail(field, "The amount is too large (at most {limit}).", limit=shown)
    return value


def _card(card_id: int) -> MembershipCard:
    row = MembershipCard.get_or_none(MembershipCard.id == card_id)
    if row is None:
        raise _fail("card", "This card no longer exists.")
    return row


def _require(card: MembershipCard, today: dt.date, *allowed: str) -> str:
    """The card's effective status, or a refusal explaining why it cannot be used."""
    status = rules.effective_status(card.status, card.expires_on, today)
    if status in allowed:
        return status
    texts = {
        "active": "This card is active.",
        "frozen": "This card is frozen: unfreeze it first.",
        "expired": "This card expired on {date}: renew it first.",
        "cancelled": "This card is cancelled: nothing more can be done with it.",
    }
    raise _fail("card", texts[status], date=card.expires_on.isoformat())


def balances(card_id: int, package_id: int | None = None) -> Balances:
    """Stored balance and points of a card, and uses left on one package: sums of the ledger."""
    amount, points = (LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.amount_cents), 0),
                                         fn.COALESCE(fn.SUM(LedgerEntry.points), 0))
                      .where(LedgerEntry.card == card_id).tuples().get())
    uses = 0
    if package_id is not None:
        uses = (LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.uses), 0))
                .where(LedgerEntry.package == package_id).scalar()) or 0
    return Balances(int(amount), int(points), int(uses))


def _append(card: MembershipCard, kind: str, *, staff_id: int | None, now: dt.datetime,
            note: str, amount: int = 0, paid: int = 0, points: int = 0,
            package: CardPackage | None = None, uses: int = 0, level: int | None = None,
            reverses: int | None = None) -> int:
    """Write one entry after checking that no balance goes below zero; return its id."""
    before = balances(card.id, package.id if package else None)
    try:
        after = rules.apply_entry(before, amount_cents=amount, points=points, uses=uses)
    except RuleError as exc:
        raise ValidationFailed([FieldError(_short_of(before, amount, points), str(exc))]) from exc
    row = LedgerEntry.create(
        card=card.id, at=now, staff=staff_id, kind=kind, amount_cents=amount, paid_cents=paid,
        points=points, package=package.id if package else None, uses=uses,
        balance_after_cents=after.balance_cents, points_after=after.points,
        uses_after=after.uses if package else None, note=note, level=level, reverses=reverses)
    return int(row.id)


def _short_of(before: Balances, amount: int, points: int) -> str:
    """Which balance an entry would take below zero: "amount", "points" or "uses"."""
    if before.balance_cents + amount < 0:
        return "amount"
    return "points" if before.points + points < 0 else "uses"


def _done(entry_id: int, card_id: int, today: dt.date) -> tuple[Done, Changes]:
    return Done(entry_id, card_summary(card_id, today=today)), CHANGED


def _level(level_id: int) -> MembershipLevel:
    row = MembershipLevel.get_or_none(MembershipLevel.id == level_id)
    if row is None or not row.active:
        raise _fail("level", "Choose a level from the list.")
    return row


def _next_card_no() -> str:
    prefix = card_prefix()
    numbers = MembershipCard.select(MembershipCard.card_no).where(
        MembershipCard.card_no.startswith(prefix)).tuples()
    sequence = max((sequence_of(n) or 0 for (n,) in numbers), default=0) + 1
    while True:
        card_no = make_card_no(prefix, sequence)
        if not MembershipCard.select().where(MembershipCard.card_no == card_no).exists():
            return card_no
        sequence += 1


def issue_card(*, customer_id: int, level_id: int, staff_id: int | None, today: dt.date,
               now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Give a customer a new card of `level_id`; the level's fee is taken at the desk."""
    note = _note(note)
    with atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None or customer.deleted_at is not None:
            raise _fail("customer", "Choose a customer.")
        level = _level(level_id)
        for other in MembershipCard.select().where(MembershipCard.customer == customer_id):
            status = rules.effective_status(other.status, other.expires_on, today)
            if status != "cancelled":
                raise _fail("customer", "{name} already has card {card_no} ({status}): renew "
                            "or change that card instead.", name=customer.name,
                            card_no=other.card_no, status=rules.status_label(status))
        card = MembershipCard.create(
            card_no=_next_card_no(), customer=customer_id, level=level.id, issued_on=today,
            expires_on=rules.card_expiry(today, level.term_years), status="active")
        entry = _append(card, "issue", staff_id=staff_id, now=_now(now), note=note,
                        paid=level.fee_cents, level=level.id)
    return _done(entry, card.id, today)


def renew_card(*, card_id: int, staff_id: int | None, today: dt.date,
               now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Extend an active or expired card by its level's term; the level's fee is taken."""
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active", "expired")
        level = MembershipLevel.get_by_id(card.level)
        limit = add_years(today, 6)
        expires = rules.renewed_expiry(card.expires_on, level.term_years, today)
        if expires > limit:
            raise _fail("card", "This card is already paid up until {date}.",
                        date=card.expires_on.isoformat())
        MembershipCard.update(expires_on=expires, status="active").where(
            MembershipCard.id == card.id).execute()
        entry = _append(card, "renew", staff_id=staff_id, now=_now(now), paid=level.fee_cents,
                        level=level.id, note=note or translate(CTX, "Valid until {date}").format(
                            date=expires.isoformat()))
    return _done(entry, card.id, today)


def change_level(*, card_id: int, level_id: int, staff_id: int | None, today: dt.date,
                 now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Upgrade or downgrade: the fee difference is taken (or refunded, if negative)."""
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active")
        old = MembershipLevel.get_by_id(card.level)
        new = _level(level_id)
        if new.id == old.id:
            raise _fail("level", "The card already has this level.")
        MembershipCard.update(level=new.id).where(MembershipCard.id == card.id).execute()
        entry = _append(card, "level_change", staff_id=staff_id, now=_now(now),
                        paid=new.fee_cents - old.fee_cents, level=new.id,
                        note=note or f"{old.name} → {new.name}")
    return _done(entry, card.id, today)


def _set_status(card_id: int, kind: str, status: str, allowed: tuple[str, ...], *,
                staff_id: int | None, today: dt.date, now: dt.datetime | None,
                note: str) -> tuple[Done, Changes]:
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, *allowed)
        MembershipCard.update(status=status).where(MembershipCard.id == card.id).execute()
        entry = _append(card, kind, staff_id=staff_id, now=_now(now), note=note)
    return _done(entry, card_id, today)


def freeze_card(*, card_id: int, staff_id: int | None, today: dt.date,
                now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Stop all use of an active card (lost card, dispute) until it is unfrozen."""
    return _set_status(card_id, "freeze", "frozen", ("active",), staff_id=staff_id,
                       today=today, now=now, note=note)


def unfreeze_card(*, card_id: int, staff_id: int | None, today: dt.date,
                  now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    return _set_status(card_id, "unfreeze", "active", ("frozen",), staff_id=staff_id,
                       today=today, now=now, note=note)


def cancel_card(*, card_id: int, staff_id: int | None, today: dt.date,
                now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Close a card for good: the stored balance is refunded at the desk, points and
    unused package services lapse, each as a ledger entry."""
    note = _note(note)
    at = _now(now)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active", "frozen", "expired")
        have = balances(card.id)
        for package in CardPackage.select().where(CardPackage.card == card.id):
            left = balances(card.id, package.id).uses
            if left > 0:
                _append(card, "cancel", staff_id=staff_id, now=at, package=package, uses=-left,
                        note=translate(CTX, "Unused services lapse with the card"))
        MembershipCard.update(status="cancelled").where(MembershipCard.id == card.id).execute()
        entry = _append(card, "cancel", staff_id=staff_id, now=at, amount=-have.balance_cents,
                        paid=-have.balance_cents, points=-have.points, note=note)
    return _done(entry, card.id, today)


def top_up(*, card_id: int, amount_cents: int, bonus_cents: int = 0, staff_id: int | None,
           today: dt.date, now: dt.datetime | None = None,
           note: str = "") -> tuple[Done, Changes]:
    """Money paid in advance (预存): `amount_cents` taken at the desk, plus any bonus the
    shop gives (充1000送100), both added to the stored balance."""
    amount = _positive(amount_cents, "amount", rules.MAX_AMOUNT_CENTS)
    if type(bonus_cents) is not int or not 0 <= bonus_cents <= amount:
        raise _fail("bonus", "The bonus must be between zero and the amount paid.")
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active")
        entry = _append(card, "top_up", staff_id=staff_id, now=_now(now),
                        amount=amount + bonus_cents, paid=amount, note=note)
    return _done(entry, card.id, today)


def spend(*, card_id: int, amount_cents: int, staff_id: int | None, today: dt.date,
          from_balance: bool = True, now: dt.datetime | None = None,
          note: str = "") -> tuple[Done, Changes]:
    """A purchase by a member: paid from the stored balance (or at the desk when
    `from_balance` is False); points are earned by the level's rule either way."""
    amount = _positive(amount_cents, "amount", rules.MAX_AMOUNT_CENTS)
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active")
        level = MembershipLevel.get_by_id(card.level)
        earned = rules.points_earned(amount, level.points_per_100_yuan)
        if from_balance:
            have = balances(card.id).balance_cents
            if amount > have:
                raise _fail("amount", "The stored balance is {balance}: not enough to pay "
                            "{amount}.", balance=format_cents(have), amount=format_cents(amount))
        entry = _append(card, "spend", staff_id=staff_id, now=_now(now), points=earned,
                        amount=-amount if from_balance else 0,
                        paid=0 if from_balance else amount, note=note)
    return _done(entry, card.id, today)


def redeem_points(*, card_id: int, points: int, staff_id: int | None, today: dt.date,
                  now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Use points for a gift or a discount (say which in the note)."""
    wanted = _positive(points, "points", rules.MAX_POINTS, unit="points")
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active")
        have = balances(card.id).points
        if wanted > have:
            raise _fail("points", "The card has {have} points: not enough to redeem {want}.",
                        have=f"{have:,}", want=f"{wanted:,}")
        entry = _append(card, "redeem", staff_id=staff_id, now=_now(now), points=-wanted,
                        note=note)
    return _done(entry, card.id, today)


def sell_package(*, card_id: int, package_type_id: int, staff_id: int | None, today: dt.date,
                 from_balance: bool = False, now: dt.datetime | None = None,
                 note: str = "") -> tuple[Done, Changes]:
    """Sell a prepaid package on a card, paid at the desk or from the stored balance."""
    note = _note(note)
    with atomic():
        card = _card(card_id)
        _require(card, today, "active")
        kind = PackageType.get_or_none(PackageType.id == package_type_id)
        if kind is None or not kind.active:
            raise _fail("package", "Choose a package from the list.")
        price = kind.price_cents
        if from_balance and price > balances(card.id).balance_cents:
            raise _fail("amount", "The stored balance is {balance}: not enough to pay {amount}.",
                        balance=format_cents(balances(card.id).balance_cents),
                        amount=format_cents(price))
        package = CardPackage.create(
            card=card.id, package_type=kind.id, name=kind.name, uses_total=kind.uses,
            sold_on=today, expires_on=rules.package_expiry(today, kind.term_months))
        entry = _append(card, "package_sale", staff_id=staff_id, now=_now(now), package=package,
                        uses=kind.uses, amount=-price if from_balance else 0,
                        paid=0 if from_balance else price, note=note)
    return _done(entry, card.id, today)


def use_package(*, package_id: int, staff_id: int | None, today: dt.date,
                now: dt.datetime | None = None, note: str = "") -> tuple[Done, Changes]:
    """Take one service from a package sold on a card."""
    note = _note(note)
    with atomic():
        package = CardPackage.get_or_none(CardPackage.id == package_id)
        if package is None:
            raise _fail("package", "Choose a package from the list.")
        card = _card(package.card_id)
        _require(card, today, "active")
        if package.expires_on is not None and package.expires_on < today:
            raise _fail("package", "This package expired on {date}.",
                        date=package.expires_on.isoformat())
        if balances(card.id, package.id).uses <= 0:
            raise _fail("package", "This package has no services left.")
        entry = _append(card, "package_use", staff_id=staff_id, now=_now(now), package=package,
                        uses=-1, note=note)
    return _done(entry, card.id, today)


def reverse_entry(*, entry_id: int, staff_id: int | None, today: dt.date, note: str,
                  now: dt.datetime | None = None) -> tuple[Done, Changes]:
    """Undo a wrong entry with its mirror image, naming it; the reason is required."""
    note = _note(note)
    if not note:
        raise _fail("note", "Please say why this entry is reversed.")
    with atomic():
        original = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
        if original is None:
            raise _fail("entry", "This entry no longer exists.")
        if original.kind not in rules.REVERSIBLE:
            raise _fail("entry", "Card events are not reversed: use the opposite action "
                        "(unfreeze, change the level back, ...).")
        if LedgerEntry.select().where(LedgerEntry.reverses == original.id).exists():
            raise _fail("entry", "This entry has already been reversed.")
        card = _card(original.card_id)
        _require(card, today, "active", "frozen", "expired")
        package = CardPackage.get_by_id(original.package_id) if original.package_id else None
        if package is not None and original.kind == "package_sale":
            if balances(card.id, package.id).uses != original.uses:
                raise _fail("entry", "Services of this package have been used: reverse those "
                            "first.")
        entry = _append(card, "reversal", staff_id=staff_id, now=_now(now), package=package,
                        amount=-original.amount_cents, paid=-original.paid_cents,
                        points=-original.points, uses=-original.uses, reverses=original.id,
                        note=note)
    return _done(entry, card.id, today)
