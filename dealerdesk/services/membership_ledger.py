"""The ledger core shared by the membership operations: checks, sums, appending entries.

Balances are sums over a card's ledger; `append` is the only writer of ledger rows and
refuses any entry that would take the balance, the points or a package's uses below zero.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dealerdesk import clock
from dealerdesk.db.api import fn, locked
from dealerdesk.db.models import (
    CardPackage,
    LedgerEntry,
    MembershipCard,
)
from dealerdesk.domain import membership as rules
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.membership import Balances, CardSummary
from dealerdesk.domain.money import format_cents
from dealerdesk.domain.records import Changes
from dealerdesk.domain.text import strip_controls
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services.membership_queries import card_summary

CTX = "Membership"
CHANGED = Changes.of("cards", "ledger")
MAX_NOTE = 200


@dataclass(frozen=True)
class Done:
    """What an operation wrote, and the card as it stands right after (balances included)."""

    entry_id: int
    card: CardSummary


def fail(field: str, text: str, **values: Any) -> ValidationFailed:
    return ValidationFailed([FieldError(field, translate(CTX, text).format(**values))])


def stamp(now: dt.datetime | None) -> dt.datetime:
    return (now or clock.now()).replace(microsecond=0)


def clean_note(note: str) -> str:
    text = " ".join(strip_controls(note or "").split())
    if len(text) > MAX_NOTE:
        raise fail(
            "note",
            QT_TRANSLATE_NOOP("Membership", "The note is too long (at most 200 characters)."),
        )
    return text


def positive(value: Any, field: str, limit: int, unit: str = "cents") -> int:
    if type(value) is not int:
        raise fail(field, QT_TRANSLATE_NOOP("Membership", "Please enter a whole amount."))
    if value <= 0:
        raise fail(field, QT_TRANSLATE_NOOP("Membership", "The amount must be more than zero."))
    if value > limit:
        shown = format_cents(limit) if unit == "cents" else f"{limit:,}"
        raise fail(
            field,
            QT_TRANSLATE_NOOP("Membership", "The amount is too large (at most {limit})."),
            limit=shown,
        )
    return value


def get_card(card_id: int) -> MembershipCard:
    """The card, locked until the caller's transaction ends (two PCs never spend one
    balance at once: the second reads it after the first has written)."""
    row = locked(MembershipCard.select().where(MembershipCard.id == card_id)).first()
    if row is None:
        raise fail("card", QT_TRANSLATE_NOOP("Membership", "This card no longer exists."))
    return row


def require(card: MembershipCard, today: dt.date, *allowed: str) -> str:
    """The card's effective status, or a refusal explaining why it cannot be used."""
    status = rules.effective_status(card.status, card.expires_on, today)
    if status in allowed:
        return status
    texts = {
        "active": QT_TRANSLATE_NOOP("Membership", "This card is active: it is not frozen."),
        "frozen": QT_TRANSLATE_NOOP("Membership", "This card is frozen: unfreeze it first."),
        "expired": QT_TRANSLATE_NOOP("Membership", "This card expired on {date}: renew it first."),
        "cancelled": QT_TRANSLATE_NOOP(
            "Membership", "This card is cancelled: nothing more can be done with it."
        ),
    }
    raise fail("card", texts[status], date=card.expires_on.isoformat())


def balances(card_id: int, package_id: int | None = None) -> Balances:
    """Stored balance and points of a card, and uses left on one package: sums of the ledger."""
    amount, points = (
        LedgerEntry.select(
            fn.COALESCE(fn.SUM(LedgerEntry.amount_cents), 0),
            fn.COALESCE(fn.SUM(LedgerEntry.points), 0),
        )
        .where(LedgerEntry.card == card_id)
        .tuples()
        .get()
    )
    uses = 0
    if package_id is not None:
        uses = (
            LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.uses), 0))
            .where(LedgerEntry.package == package_id)
            .scalar()
        ) or 0
    return Balances(int(amount), int(points), int(uses))


def append(
    card: MembershipCard,
    kind: str,
    *,
    staff_id: int | None,
    now: dt.datetime,
    note: str,
    amount: int = 0,
    paid: int = 0,
    points: int = 0,
    package: CardPackage | None = None,
    uses: int = 0,
    level: int | None = None,
    reverses: int | None = None,
) -> int:
    """Write one entry after checking that no balance goes below zero; return its id."""
    before = balances(card.id, package.id if package else None)
    try:
        after = rules.apply_entry(before, amount_cents=amount, points=points, uses=uses)
    except RuleError as exc:
        raise ValidationFailed([FieldError(_short_of(before, amount, points), str(exc))]) from exc
    row = LedgerEntry.create(
        card=card.id,
        at=now,
        staff=staff_id,
        kind=kind,
        amount_cents=amount,
        paid_cents=paid,
        points=points,
        package=package.id if package else None,
        uses=uses,
        balance_after_cents=after.balance_cents,
        points_after=after.points,
        uses_after=after.uses if package else None,
        note=note,
        level=level,
        reverses=reverses,
    )
    return int(row.id)


def _short_of(before: Balances, amount: int, points: int) -> str:
    """Which balance an entry would take below zero: "amount", "points" or "uses"."""
    if before.balance_cents + amount < 0:
        return "amount"
    return "points" if before.points + points < 0 else "uses"


def finish(entry_id: int, card_id: int, today: dt.date) -> tuple[Done, Changes]:
    return Done(entry_id, card_summary(card_id, today=today)), CHANGED
