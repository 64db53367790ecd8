"""Stored value, points and prepaid packages on a card, and reversing a wrong entry.

Each function is one transaction that appends one ledger entry (see membership_ledger).
"""

from __future__ import annotations

import datetime as dt

from dealerdesk.db.api import atomic
from dealerdesk.db.models import (
    CardPackage,
    LedgerEntry,
    MembershipLevel,
    PackageType,
    ServiceVisit,
)
from dealerdesk.domain import membership as rules
from dealerdesk.domain.money import format_cents
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import access
from dealerdesk.services.membership_ledger import (
    Done,
    append,
    balances,
    clean_note,
    fail,
    finish,
    get_card,
    positive,
    require,
    stamp,
)


def top_up(
    *,
    card_id: int,
    amount_cents: int,
    bonus_cents: int = 0,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Money paid in advance (预存): `amount_cents` taken at the desk, plus any bonus the
    shop gives (充1000送100), both added to the stored balance."""
    amount = positive(amount_cents, "amount", rules.MAX_AMOUNT_CENTS)
    if type(bonus_cents) is not int or not 0 <= bonus_cents <= amount:
        raise fail(
            "bonus",
            QT_TRANSLATE_NOOP("Membership", "The bonus must be between zero and the amount paid."),
        )
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active")
        entry = append(
            card,
            "top_up",
            staff_id=staff_id,
            now=stamp(now),
            amount=amount + bonus_cents,
            paid=amount,
            note=note,
        )
    return finish(entry, card.id, today)


def spend(
    *,
    card_id: int,
    amount_cents: int,
    staff_id: int | None,
    today: dt.date,
    from_balance: bool = True,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """A purchase by a member: paid from the stored balance (or at the desk when
    `from_balance` is False); points are earned by the level's rule either way."""
    amount = positive(amount_cents, "amount", rules.MAX_AMOUNT_CENTS)
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active")
        level = MembershipLevel.get_by_id(card.level)
        earned = rules.points_earned(amount, level.points_per_100_yuan)
        if from_balance:
            have = balances(card.id).balance_cents
            if amount > have:
                raise fail(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Membership", "The stored balance is {balance}: not enough to pay {amount}."
                    ),
                    balance=format_cents(have),
                    amount=format_cents(amount),
                )
        entry = append(
            card,
            "spend",
            staff_id=staff_id,
            now=stamp(now),
            points=earned,
            amount=-amount if from_balance else 0,
            paid=0 if from_balance else amount,
            note=note,
        )
    return finish(entry, card.id, today)


def redeem_points(
    *,
    card_id: int,
    points: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Use points for a gift or a discount (say which in the note)."""
    wanted = positive(points, "points", rules.MAX_POINTS, unit="points")
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active")
        have = balances(card.id).points
        if wanted > have:
            raise fail(
                "points",
                QT_TRANSLATE_NOOP(
                    "Membership", "The card has {have} points: not enough to redeem {want}."
                ),
                have=f"{have:,}",
                want=f"{wanted:,}",
            )
        entry = append(card, "redeem", staff_id=staff_id, now=stamp(now), points=-wanted, note=note)
    return finish(entry, card.id, today)


def sell_package(
    *,
    card_id: int,
    package_type_id: int,
    staff_id: int | None,
    today: dt.date,
    from_balance: bool = False,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Sell a prepaid package on a card, paid at the desk or from the stored balance."""
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active")
        kind = PackageType.get_or_none(PackageType.id == package_type_id)
        if kind is None or not kind.active:
            raise fail(
                "package", QT_TRANSLATE_NOOP("Membership", "Choose a package from the list.")
            )
        price = kind.price_cents
        if from_balance and price > balances(card.id).balance_cents:
            raise fail(
                "amount",
                QT_TRANSLATE_NOOP(
                    "Membership", "The stored balance is {balance}: not enough to pay {amount}."
                ),
                balance=format_cents(balances(card.id).balance_cents),
                amount=format_cents(price),
            )
        package = CardPackage.create(
            card=card.id,
            package_type=kind.id,
            name=kind.name,
            uses_total=kind.uses,
            sold_on=today,
            expires_on=rules.package_expiry(today, kind.term_months),
        )
        entry = append(
            card,
            "package_sale",
            staff_id=staff_id,
            now=stamp(now),
            package=package,
            uses=kind.uses,
            amount=-price if from_balance else 0,
            paid=0 if from_balance else price,
            note=note,
        )
    return finish(entry, card.id, today)


def use_package(
    *,
    package_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Take one service from a package sold on a card."""
    note = clean_note(note)
    with atomic():
        package = CardPackage.get_or_none(CardPackage.id == package_id)
        if package is None:
            raise fail(
                "package", QT_TRANSLATE_NOOP("Membership", "Choose a package from the list.")
            )
        card = get_card(package.card_id)
        require(card, today, "active")
        if package.expires_on is not None and package.expires_on < today:
            raise fail(
                "package",
                QT_TRANSLATE_NOOP("Membership", "This package expired on {date}."),
                date=package.expires_on.isoformat(),
            )
        if balances(card.id, package.id).uses <= 0:
            raise fail(
                "package", QT_TRANSLATE_NOOP("Membership", "This package has no services left.")
            )
        entry = append(
            card,
            "package_use",
            staff_id=staff_id,
            now=stamp(now),
            package=package,
            uses=-1,
            note=note,
        )
    return finish(entry, card.id, today)


def reverse_entry(
    *,
    entry_id: int,
    staff_id: int | None,
    today: dt.date,
    note: str,
    now: dt.datetime | None = None,
) -> tuple[Done, Changes]:
    """Undo a wrong entry with its mirror image, naming it; the reason is required.

    The owner's right: a salesperson asks the owner.
    """
    access.require("reverse")
    note = clean_note(note)
    if not note:
        raise fail(
            "note", QT_TRANSLATE_NOOP("Membership", "Please say why this entry is reversed.")
        )
    with atomic():
        original = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
        if original is None:
            raise fail("entry", QT_TRANSLATE_NOOP("Membership", "This entry no longer exists."))
        if original.kind not in rules.REVERSIBLE:
            raise fail(
                "entry",
                QT_TRANSLATE_NOOP(
                    "Membership",
                    "Card events are not reversed: use the opposite action "
                    "(unfreeze, change the level back, ...).",
                ),
            )
        if LedgerEntry.select().where(LedgerEntry.reverses == original.id).exists():
            raise fail(
                "entry", QT_TRANSLATE_NOOP("Membership", "This entry has already been reversed.")
            )
        if ServiceVisit.select().where(ServiceVisit.ledger_entry == original.id).exists():
            # Reversed here, the visit would still say it was paid by card.
            raise fail("entry", QT_TRANSLATE_NOOP(
                "Membership", "This entry pays a service visit: change or delete the visit on "
                "the customer's page, and its payment is reversed with it."))
        card = get_card(original.card_id)
        require(card, today, "active", "frozen", "expired")
        package = CardPackage.get_by_id(original.package_id) if original.package_id else None
        if package is not None and original.kind == "package_sale":
            if balances(card.id, package.id).uses != original.uses:
                raise fail(
                    "entry",
                    QT_TRANSLATE_NOOP(
                        "Membership",
                        "Services of this package have been used: reverse those first.",
                    ),
                )
        entry = append(
            card,
            "reversal",
            staff_id=staff_id,
            now=stamp(now),
            package=package,
            amount=-original.amount_cents,
            paid=-original.paid_cents,
            points=-original.points,
            uses=-original.uses,
            reverses=original.id,
            note=note,
        )
    return finish(entry, card.id, today)
