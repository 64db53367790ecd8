"""Reading membership cards: summaries with balances derived from the ledger, filters,
a card's ledger, the end-of-day summary per operator, and a ledger consistency check."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from dealerdesk.db.api import fn
from dealerdesk.db.models import (
    CardPackage,
    Customer,
    LedgerEntry,
    MembershipCard,
    MembershipLevel,
    Staff,
)
from dealerdesk.domain import membership as rules
from dealerdesk.domain.cardno import normalize_card_no
from dealerdesk.domain.membership import (
    CardFilter,
    CardSummary,
    LedgerLine,
    OperatorDay,
    PackageLeft,
)
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import translate
from dealerdesk.services import access

MC = MembershipCard
LE = LedgerEntry


def _card_query() -> Any:
    return (
        MC.select(
            MC.id,
            MC.card_no,
            MC.customer,
            MC.issued_on,
            MC.expires_on,
            MC.status,
            Customer.name,
            Customer.phone,
            MembershipLevel.id,
            MembershipLevel.name,
            MembershipLevel.colour,
            Customer.owner,  # whose customer: a colleague's phone is masked
        )
        .join(Customer, on=(MC.customer == Customer.id))
        .switch(MC)
        .join(MembershipLevel, on=(MC.level == MembershipLevel.id))
    )


def _narrow(query: Any, field: Any, card_ids: list[int] | None) -> Any:
    return query if card_ids is None else query.where(field.in_(card_ids))


def _sums(card_ids: list[int] | None) -> dict[int, tuple[int, int]]:
    """Balance and points per card: all cards when `card_ids` is None."""
    query = LE.select(LE.card, fn.SUM(LE.amount_cents), fn.SUM(LE.points))
    rows = _narrow(query, LE.card, card_ids).group_by(LE.card).tuples()
    return {cid: (int(amount or 0), int(points or 0)) for cid, amount, points in rows}


def _packages(card_ids: list[int] | None) -> dict[int, list[PackageLeft]]:
    """Packages with uses left per card: all cards when `card_ids` is None."""
    uses = LE.select(LE.package, fn.SUM(LE.uses)).where(LE.package.is_null(False))
    left = dict(_narrow(uses, LE.card, card_ids).group_by(LE.package).tuples())
    cp = CardPackage
    query = cp.select(cp.id, cp.card, cp.name, cp.uses_total, cp.sold_on, cp.expires_on)
    found: dict[int, list[PackageLeft]] = defaultdict(list)
    for pid, card_id, name, total, sold, expires in (
        _narrow(query, cp.card, card_ids).order_by(cp.id).tuples()
    ):
        found[card_id].append(PackageLeft(pid, name, total, int(left.get(pid) or 0), sold, expires))
    return found


# Above this many cards, summing the whole ledger once beats long IN (...) lists.
WHOLE_LEDGER_FROM = 200


def _summaries(query: Any, today: dt.date) -> list[CardSummary]:
    rows = list(query.tuples())
    ids = [r[0] for r in rows]
    few = len(ids) <= WHOLE_LEDGER_FROM
    sums = _sums(ids if few else None)
    packages = _packages(ids if few else None)
    found = []
    for (cid, card_no, customer_id, issued, expires, status, name, phone, lid, lname, colour,
         owner) in rows:
        balance, points = sums.get(cid, (0, 0))
        phone = access.visible_phone(phone, owner)
        found.append(
            CardSummary(
                id=cid,
                card_no=card_no,
                customer_id=customer_id,
                customer_name=name,
                customer_phone=phone,
                level_id=lid,
                level_name=lname,
                level_colour=colour,
                issued_on=issued,
                expires_on=expires,
                status=rules.effective_status(status, expires, today),
                balance_cents=balance,
                points=points,
                packages=tuple(packages.get(cid, ())),
            )
        )
    return found


def card_summary(card_id: int, *, today: dt.date) -> rules.CardSummary:
    """One card with balances, points and packages derived from its ledger."""
    found = _summaries(_card_query().where(MC.id == card_id), today)
    if not found:
        raise LookupError(f"no card {card_id}")
    return found[0]


def _status_where(status: str, today: dt.date) -> Any:
    if status == "active":
        return (MC.status == "active") & (MC.expires_on >= today)
    if status == "expired":
        return (MC.status == "active") & (MC.expires_on < today)
    return MC.status == status


def list_cards(flt: CardFilter | None = None, *, today: dt.date) -> list[CardSummary]:
    """Cards matching the filter, soonest expiry first."""
    flt = flt or CardFilter()
    query = _card_query()
    if flt.level_id:
        query = query.where(MC.level == flt.level_id)
    if flt.status:
        query = query.where(_status_where(flt.status, today))
    if flt.expiring_days is not None:
        query = query.where(
            _status_where("active", today),
            MC.expires_on <= today + dt.timedelta(days=flt.expiring_days),
        )
    if flt.customer_id:
        query = query.where(MC.customer == flt.customer_id)
    text = clean_text(flt.text)
    if text:
        query = query.where(
            Customer.name.contains(text)
            | Customer.phone.contains(text)
            | MC.card_no.contains(normalize_card_no(text))
        )
    return _summaries(query.order_by(MC.expires_on, MC.id), today)


def cards_of_customer(customer_id: int, *, today: dt.date) -> list[CardSummary]:
    """A customer's cards, the current one first."""
    cards = list_cards(CardFilter(customer_id=customer_id), today=today)
    return sorted(cards, key=lambda c: (c.status == "cancelled", -c.id))


def _lines(query: Any) -> list[LedgerLine]:
    entries = list(query)
    ids = [e.id for e in entries]
    reversed_by = dict(LE.select(LE.reverses, LE.id).where(LE.reverses.in_(ids)).tuples())
    staff = dict(Staff.select(Staff.id, Staff.name).tuples())
    packages = dict(
        CardPackage.select(CardPackage.id, CardPackage.name)
        .where(CardPackage.id.in_({e.package_id for e in entries if e.package_id}))
        .tuples()
    )
    numbers = dict(
        MC.select(MC.id, MC.card_no).where(MC.id.in_({e.card_id for e in entries})).tuples()
    )
    return [
        LedgerLine(
            id=e.id,
            card_id=e.card_id,
            card_no=numbers[e.card_id],
            at=e.at,
            staff_name=staff.get(e.staff_id, ""),
            kind=e.kind,
            amount_cents=e.amount_cents,
            paid_cents=e.paid_cents,
            points=e.points,
            package_name=packages.get(e.package_id, ""),
            uses=e.uses,
            balance_after_cents=e.balance_after_cents,
            points_after=e.points_after,
            uses_after=e.uses_after,
            note=e.note,
            reverses_id=e.reverses_id,
            reversed_by_id=reversed_by.get(e.id),
        )
        for e in entries
    ]


def card_ledger(card_id: int) -> list[LedgerLine]:
    """Every entry of a card, newest first."""
    return _lines(LE.select().where(LE.card == card_id).order_by(LE.id.desc()))


def _tally(acc: dict[str, int], kind: str, amount: int, paid: int, points: int) -> None:
    """Add one entry's money and points to an operator's day (a reversal as its original)."""
    if kind in ("issue", "renew", "level_change"):
        acc["fees_cents" if paid >= 0 else "refunds_cents"] += abs(paid)
    elif kind == "top_up":
        acc["top_ups_cents"] += paid
    elif kind == "package_sale":
        acc["packages_cents"] += paid - amount
    elif kind == "spend":
        acc["spent_cents"] += paid - amount
    elif kind == "cancel":
        acc["refunds_cents"] -= paid
    acc["points_given" if points > 0 else "points_redeemed"] += abs(points)
    acc["desk_total_cents"] += paid
    acc["entries"] += 1


def day_summary(day: dt.date) -> list[OperatorDay]:
    """What each operator took in and paid out on `day`, with a reversal counted against
    the kind of entry it reverses; the last row (named "") is the total."""
    start = dt.datetime.combine(day, dt.time())
    rows = list(
        LE.select(LE.kind, LE.amount_cents, LE.paid_cents, LE.points, LE.staff, LE.reverses)
        .where(LE.at >= start, LE.at < start + dt.timedelta(days=1))
        .order_by(LE.id)
        .tuples()
    )
    staff = dict(Staff.select(Staff.id, Staff.name).tuples())
    reversed_ids = [r[5] for r in rows if r[5]]
    originals = dict(LE.select(LE.id, LE.kind).where(LE.id.in_(reversed_ids)).tuples())
    people: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unknown = translate("Membership", "(not recorded)")
    for kind, amount, paid, points, staff_id, reverses in rows:
        kind = originals.get(reverses, kind) if kind == "reversal" else kind
        for acc in (people[staff.get(staff_id, unknown)], people[""]):
            _tally(acc, kind, amount, paid, points)
    names = sorted(n for n in people if n) + ([""] if rows else [])
    return [OperatorDay(staff_name=n, **people[n]) for n in names]


def ledger_problems(card_ids: Iterable[int] | None = None) -> list[str]:
    """Entries whose stored balances after do not match the running sums (should be none)."""
    query = LE.select().order_by(LE.card, LE.id)
    if card_ids is not None:
        query = query.where(LE.card.in_(list(card_ids)))
    running: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    uses: dict[int, int] = defaultdict(int)
    problems = []
    for e in query:
        r = running[e.card_id]
        r[0] += e.amount_cents
        r[1] += e.points
        if e.package_id:
            uses[e.package_id] += e.uses
        if (
            (r[0], r[1]) != (e.balance_after_cents, e.points_after)
            or min(r) < 0
            or (e.package_id and (uses[e.package_id] != e.uses_after or uses[e.package_id] < 0))
        ):
            problems.append(f"ledger entry {e.id} of card {e.card_id} does not add up")
    return problems
