"""Membership cards: issue, renew, change level, freeze, cancel, money, points, packages.

Every operation is one transaction that checks the card, computes the balances from the
ledger, refuses anything that would go below zero, and appends one ledger entry (cancel
may append one per package written off). Nothing in the ledger is ever changed: a
mistake is undone by `reverse_entry`, which names the entry it reverses. Problems raise
ValidationFailed with a message for the field concerned; then nothing was written.
"""

from __future__ import annotations

import datetime as dt

from dealerdesk.db.api import atomic
from dealerdesk.db.models import (
    CardPackage,
    Customer,
    MembershipCard,
    MembershipLevel,
)
from dealerdesk.domain import membership as rules
from dealerdesk.domain.cardno import make_card_no, sequence_of
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services.membership_ledger import (
    Done,
    append,
    balances,
    clean_note,
    fail,
    finish,
    get_card,
    require,
    stamp,
)
from dealerdesk.services.membership_setup import card_prefix

CTX = "Membership"


def _level(level_id: int) -> MembershipLevel:
    row = MembershipLevel.get_or_none(MembershipLevel.id == level_id)
    if row is None or not row.active:
        raise fail("level", QT_TRANSLATE_NOOP("Membership", "Choose a level from the list."))
    return row


def _next_card_no() -> str:
    prefix = card_prefix()
    numbers = (
        MembershipCard.select(MembershipCard.card_no)
        .where(MembershipCard.card_no.startswith(prefix))
        .tuples()
    )
    sequence = max((sequence_of(n) or 0 for (n,) in numbers), default=0) + 1
    while True:
        card_no = make_card_no(prefix, sequence)
        if not MembershipCard.select().where(MembershipCard.card_no == card_no).exists():
            return card_no
        sequence += 1


def issue_card(
    *,
    customer_id: int,
    level_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Give a customer a new card of `level_id`; the level's fee is taken at the desk."""
    note = clean_note(note)
    with atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None or customer.deleted_at is not None:
            raise fail("customer", QT_TRANSLATE_NOOP("Membership", "Choose a customer."))
        level = _level(level_id)
        for other in MembershipCard.select().where(MembershipCard.customer == customer_id):
            status = rules.effective_status(other.status, other.expires_on, today)
            if status != "cancelled":
                raise fail(
                    "customer",
                    QT_TRANSLATE_NOOP(
                        "Membership",
                        "{name} already has card {card_no} ({status}): renew "
                        "or change that card instead.",
                    ),
                    name=customer.name,
                    card_no=other.card_no,
                    status=rules.status_label(status),
                )
        card = MembershipCard.create(
            card_no=_next_card_no(),
            customer=customer_id,
            level=level.id,
            issued_on=today,
            expires_on=rules.card_expiry(today, level.term_years),
            status="active",
        )
        entry = append(
            card,
            "issue",
            staff_id=staff_id,
            now=stamp(now),
            note=note,
            paid=level.fee_cents,
            level=level.id,
        )
    return finish(entry, card.id, today)


def renew_card(
    *,
    card_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Extend an active or expired card by its level's term; the level's fee is taken."""
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active", "expired")
        level = MembershipLevel.get_by_id(card.level)
        limit = add_years(today, 6)
        expires = rules.renewed_expiry(card.expires_on, level.term_years, today)
        if expires > limit:
            raise fail(
                "card",
                QT_TRANSLATE_NOOP("Membership", "This card is already paid up until {date}."),
                date=card.expires_on.isoformat(),
            )
        MembershipCard.update(expires_on=expires, status="active").where(
            MembershipCard.id == card.id
        ).execute()
        entry = append(
            card,
            "renew",
            staff_id=staff_id,
            now=stamp(now),
            paid=level.fee_cents,
            level=level.id,
            note=note
            or translate("Membership", "Valid until {date}").format(date=expires.isoformat()),
        )
    return finish(entry, card.id, today)


def change_level(
    *,
    card_id: int,
    level_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Upgrade or downgrade: the fee difference is taken (or refunded, if negative)."""
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active")
        old = MembershipLevel.get_by_id(card.level)
        new = _level(level_id)
        if new.id == old.id:
            raise fail("level", QT_TRANSLATE_NOOP("Membership", "The card already has this level."))
        MembershipCard.update(level=new.id).where(MembershipCard.id == card.id).execute()
        entry = append(
            card,
            "level_change",
            staff_id=staff_id,
            now=stamp(now),
            paid=new.fee_cents - old.fee_cents,
            level=new.id,
            note=note or f"{old.name} → {new.name}",
        )
    return finish(entry, card.id, today)


def _set_status(
    card_id: int,
    kind: str,
    status: str,
    allowed: tuple[str, ...],
    *,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None,
    note: str,
) -> tuple[Done, Changes]:
    note = clean_note(note)
    with atomic():
        card = get_card(card_id)
        require(card, today, *allowed)
        MembershipCard.update(status=status).where(MembershipCard.id == card.id).execute()
        entry = append(card, kind, staff_id=staff_id, now=stamp(now), note=note)
    return finish(entry, card_id, today)


def freeze_card(
    *,
    card_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Stop all use of an active card (lost card, dispute) until it is unfrozen."""
    return _set_status(
        card_id, "freeze", "frozen", ("active",), staff_id=staff_id, today=today, now=now, note=note
    )


def unfreeze_card(
    *,
    card_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    return _set_status(
        card_id,
        "unfreeze",
        "active",
        ("frozen",),
        staff_id=staff_id,
        today=today,
        now=now,
        note=note,
    )


def cancel_card(
    *,
    card_id: int,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    note: str = "",
) -> tuple[Done, Changes]:
    """Close a card for good: the stored balance is refunded at the desk, points and
    unused package services lapse, each as a ledger entry."""
    note = clean_note(note)
    at = stamp(now)
    with atomic():
        card = get_card(card_id)
        require(card, today, "active", "frozen", "expired")
        have = balances(card.id)
        for package in CardPackage.select().where(CardPackage.card == card.id):
            left = balances(card.id, package.id).uses
            if left > 0:
                append(
                    card,
                    "cancel",
                    staff_id=staff_id,
                    now=at,
                    package=package,
                    uses=-left,
                    note=translate("Membership", "Unused services lapse with the card"),
                )
        MembershipCard.update(status="cancelled").where(MembershipCard.id == card.id).execute()
        entry = append(
            card,
            "cancel",
            staff_id=staff_id,
            now=at,
            amount=-have.balance_cents,
            paid=-have.balance_cents,
            points=-have.points,
            note=note,
        )
    return finish(entry, card.id, today)


# Money, points and packages live beside the lifecycle; one import point for callers.
from dealerdesk.services.membership_money import (  # noqa: E402
    redeem_points,
    reverse_entry,
    sell_package,
    spend,
    top_up,
    use_package,
)

__all__ = [
    "Done",
    "balances",
    "cancel_card",
    "change_level",
    "freeze_card",
    "issue_card",
    "redeem_points",
    "renew_card",
    "reverse_entry",
    "sell_package",
    "spend",
    "top_up",
    "unfreeze_card",
    "use_package",
]
