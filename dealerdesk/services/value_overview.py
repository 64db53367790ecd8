"""What the Reports screen's Value tab shows, each part in one call (no Qt, so a worker
thread can compute it): the tiers with their money, every live customer by remaining
value, where the shop-wide numbers came from; and, apart because it takes longer, the
moves between tiers month by month summed as a manager reads them (new, up, down, lost).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.domain.value import MOVE_KINDS, TIER_ORDER, move_kind
from dealerdesk.services import value


@dataclass(frozen=True)
class ValueOverview:
    """The tiers as of a day and the live customers, highest remaining value first."""

    as_of: dt.date
    tiers: list[value.TierFigure]
    ranked: list[value.CustomerValue]
    basis: value.ShopBasis

    @property
    def customers(self) -> int:
        return sum(t.customers for t in self.tiers)

    def of_tier(self, tier: str | None, limit: int | None = None) -> list[value.CustomerValue]:
        """The customers of `tier` (None: all), highest remaining value first."""
        found = [v for v in self.ranked if tier is None or v.tier == tier]
        return found if limit is None else found[:limit]


@dataclass(frozen=True)
class MoveMonth:
    """One month's moves between tiers, from the end of the month before to its end:
    customers recorded meanwhile (new), moved to a better tier (up), to a lower one short
    of lost (down), into lost; `moves` is every (from, to, customers), most first, and
    `counts` the tiers at the month's end."""

    month: str
    new: int
    up: int
    down: int
    lost: int
    moves: tuple[tuple[str, str, int], ...]
    counts: dict[str, int]

    def as_json(self) -> dict[str, object]:
        return {"month": self.month, "new": self.new, "up": self.up, "down": self.down,
                "lost": self.lost, "counts": dict(self.counts),
                "moves": [{"from": a, "to": b, "customers": n} for a, b, n in self.moves]}

    def of_kind(self, kind: str) -> list[tuple[str, str, int]]:
        """The moves behind one of the sums ("new", "up", "down", "lost")."""
        return [m for m in self.moves if move_kind(m[0], m[1]) == kind]


def value_overview(*, as_of: dt.date) -> ValueOverview:
    """The Value tab's tiers, customers and shop basis as of the end of `as_of`."""
    params = value.value_params()
    basis = value.shop_basis(as_of=as_of, params=params)
    ranked = sorted(value.customer_values(as_of=as_of, params=params, basis=basis),
                    key=lambda v: (-v.remaining_value_cents, v.customer_id))
    return ValueOverview(as_of, value.tier_figures(ranked, params), ranked, basis)


def summed(month: value.TierMonth) -> MoveMonth:
    """A month of value.tier_moves summed by what each move means (domain move_kind)."""
    sums = dict.fromkeys(MOVE_KINDS, 0)
    for (source, target), customers in month.moves.items():
        sums[move_kind(source, target)] += customers
    order = {t: i for i, t in enumerate(("new", *TIER_ORDER))}
    moves = sorted(((a, b, n) for (a, b), n in month.moves.items()),
                   key=lambda m: (-m[2], order.get(m[0], 9), order.get(m[1], 9)))
    return MoveMonth(month.month, sums["new"], sums["up"], sums["down"], sums["lost"],
                     tuple(moves), dict(month.counts))


def move_months(*, as_of: dt.date, months: int = 12) -> list[MoveMonth]:
    """The last `months` months up to the one holding `as_of`, oldest first."""
    return [summed(m) for m in value.tier_moves(as_of=as_of, months=months)]
