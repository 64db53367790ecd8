"""Membership cards for the demo shop, made through the real card services.

About two buyers in five hold a card, issued around their first purchase: most have
topped up their stored balance and spent from it, some bought a service package and
used part of it; two in three renewed when the card ran out, the others let it lapse.
Every entry goes through the same services as the desk's (so the ledger balances), dated
in working hours and never after now.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from dealerdesk.db.api import fetch_all
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.services import membership, membership_money, membership_setup

LEVEL_WEIGHTS = {"普卡": 50, "银卡": 30, "金卡": 15, "钻石卡": 5}
MAX_CARDS = 150  # a shop hands out cards one by one: even a large demo keeps it modest
NOTES = {"spend": ["保养", "洗车美容", "更换轮胎", "钣金喷漆", "加装行车记录仪"],
         "top_up": ["", "", "活动充值"]}

Moment = Callable[[dt.date], dt.datetime]


def _buyers(rng: random.Random) -> list[tuple[int, int, dt.date]]:
    """(customer, their salesperson, first deal day) of the buyers who will hold a card."""
    rows = fetch_all(
        "SELECT c.id, c.owner_id, MIN(f.at) FROM customer c JOIN follow_up f "
        "ON f.customer_id = c.id AND f.outcome = 'deal' WHERE c.deleted_at IS NULL "
        "GROUP BY c.id, c.owner_id ORDER BY c.id")
    chosen = [r for r in rows if rng.random() < 0.4]
    rng.shuffle(chosen)
    found = [(cid, owner, dt.date.fromisoformat(str(first)[:10]))
             for cid, owner, first in chosen[:MAX_CARDS]]
    return sorted(found, key=lambda x: x[2])


def _days_after(rng: random.Random, start: dt.date, last: dt.date, count: int) -> list[dt.date]:
    span = (last - start).days
    if span < 1:
        return []
    return sorted(start + dt.timedelta(days=rng.randint(1, span)) for _ in range(count))


def fill_members(rng: random.Random, *, today: dt.date, latest: dt.datetime,
                 moment_on: Moment) -> int:
    """Issue the demo's cards with their top-ups, spending and packages; how many cards."""
    membership_setup.seed_defaults()
    levels = {lv.name: lv for lv in membership_setup.list_levels()}
    packages = membership_setup.list_package_types()
    made = 0
    for customer_id, staff_id, bought in _buyers(rng):
        name = rng.choices(list(LEVEL_WEIGHTS), weights=list(LEVEL_WEIGHTS.values()))[0]
        level = levels.get(name) or next(iter(levels.values()))
        issued = min(bought + dt.timedelta(days=rng.randint(0, 20)), today)
        try:
            done, _ = membership.issue_card(customer_id=customer_id, level_id=level.id,
                                            staff_id=staff_id, today=issued,
                                            now=moment_on(issued))
        except ValidationFailed:
            continue
        made += 1
        start, expires = issued, done.card.expires_on
        while True:
            valid_until = min(expires - dt.timedelta(days=1), latest.date())
            _use_card(rng, done.card.id, staff_id, start, valid_until, packages, moment_on)
            # Two members in three renew when the card runs out; the others let it lapse.
            if expires > today or rng.random() > 0.65:
                break
            start = expires - dt.timedelta(days=rng.randint(0, 20))
            renewed, _ = membership.renew_card(card_id=done.card.id, staff_id=staff_id,
                                               today=start, now=moment_on(start))
            expires = renewed.card.expires_on
    return made


def _use_card(rng: random.Random, card_id: int, staff_id: int | None, issued: dt.date,
              last: dt.date, packages: list, moment_on: Moment) -> None:
    """Top-ups, spending from the balance and a package, each on its day, in date order."""
    events: list[tuple[dt.date, str]] = []
    if rng.random() < 0.8:
        events += [(d, "top_up") for d in _days_after(rng, issued, last, rng.randint(1, 3))]
        events += [(d, "spend") for d in _days_after(rng, issued, last, rng.randint(1, 5))]
    if packages and rng.random() < 0.4:
        sold = _days_after(rng, issued, last, 1)
        events += [(d, "package") for d in sold]
        if sold:
            events += [(d, "use") for d in _days_after(rng, sold[0], last, rng.randint(0, 3))]
    package_id = None
    for day, what in sorted(events):
        when = moment_on(day)
        try:
            if what == "top_up":
                amount = rng.choice((100_000, 200_000, 300_000, 500_000))
                membership_money.top_up(card_id=card_id, amount_cents=amount,
                                        bonus_cents=amount // 10 if rng.random() < 0.3 else 0,
                                        staff_id=staff_id, today=day, now=when,
                                        note=rng.choice(NOTES["top_up"]))
            elif what == "spend":
                membership_money.spend(card_id=card_id,
                                       amount_cents=rng.randint(20, 150) * 1000,
                                       staff_id=staff_id, today=day, now=when,
                                       note=rng.choice(NOTES["spend"]))
            elif what == "package":
                done, _ = membership_money.sell_package(
                    card_id=card_id, package_type_id=rng.choice(packages).id,
                    staff_id=staff_id, today=day, now=when)
                package_id = done.card.packages[-1].id
            elif package_id is not None:
                membership_money.use_package(package_id=package_id, staff_id=staff_id,
                                             today=day, now=when)
        except ValidationFailed:
            continue  # not enough left on the card that day: a real desk would say so too
