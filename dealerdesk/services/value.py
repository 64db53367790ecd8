"""Customer value: R/F/M and their 1-5 scores, lifetime spend, remaining value, the
replacement window and the four tiers per customer; the tiers, the customer pool month by
month and the sources as reports. Computed from what the shop records, never typed in.

The rules in words (parameters in the "value" setting, defaults in domain/value.py):
- A purchase is a car sold, a service visit or card spending (see db/sqlite_value.py).
- R: days since the last purchase; F: purchases in the window; M: money in the window.
  Scores 1-5 by quintile: a customer's score is the fifth of the ordered list their value
  falls in (equal values share the lower rank); R only for those who ever bought, F and M
  only for those who bought in the window.
- Remaining value, per car the customer drives: the years left until the shop's holding
  time x the yearly spend on it (the customer's own, from their visits and card spending,
  when they have enough visits; else the shop's average per car over the last year) + the
  chance of buying the next car here x the shop's margin on an average deal.
- Holding time: learned from repeat buyers (average time between a customer's two deals)
  when there are enough of them, else the default. The replacement window opens when the
  car reaches it.
- Pool: a customer is in it from a purchase until lost_days after their last one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.db.api import value_rows
from dealerdesk.domain import value as rules
from dealerdesk.domain.dates import add_months, stored_day
from dealerdesk.i18n import translate
from dealerdesk.services.service_visits import value_params


@dataclass(frozen=True)
class ShopBasis:
    """The shop-wide numbers the remaining value leans on, and where each came from."""

    holding_months: int
    holding_learned: bool
    repurchase_pct: float
    repurchase_learned: bool
    margin_per_deal_cents: int
    yearly_spend_per_car_cents: int
    buyers: int
    repeat_buyers: int


@dataclass(frozen=True)
class CustomerValue:
    """One live customer's value figures as of a day."""

    customer_id: int
    name: str
    recency_days: int | None
    frequency: int
    monetary_cents: int
    r: int | None
    f: int | None
    m: int | None
    tier: str
    remaining_value_cents: int
    replacement_from: dt.date | None
    lifetime_cents: int
    owner_id: int | None

    def as_json(self) -> dict[str, object]:
        return {"customer_id": self.customer_id, "name": self.name,
                "recency_days": self.recency_days, "frequency": self.frequency,
                "monetary_cents": self.monetary_cents, "r": self.r, "f": self.f, "m": self.m,
                "tier": self.tier, "remaining_value_cents": self.remaining_value_cents,
                "replacement_from": _iso(self.replacement_from),
                "lifetime_cents": self.lifetime_cents}


@dataclass(frozen=True)
class TierFigure:
    """One tier: how many customers, their money in the window, lifetime and remaining."""

    tier: str
    label: str
    rule: str
    customers: int
    monetary_cents: int
    lifetime_cents: int
    remaining_value_cents: int

    def as_json(self) -> dict[str, object]:
        return {"tier": self.tier, "label": self.label, "rule": self.rule,
                "customers": self.customers, "monetary_cents": self.monetary_cents,
                "lifetime_cents": self.lifetime_cents,
                "remaining_value_cents": self.remaining_value_cents}


@dataclass(frozen=True)
class PoolMonth:
    """The customer pool in one month: size at its end, in and out during it."""

    month: str
    size: int
    inflow: int
    outflow: int
    retention: float | None  # of those in the pool at the start, the share still in at the end

    @property
    def in_out_ratio(self) -> float | None:
        return self.inflow / self.outflow if self.outflow else None

    def as_json(self) -> dict[str, object]:
        return {"month": self.month, "size": self.size, "inflow": self.inflow,
                "outflow": self.outflow,
                "retention": None if self.retention is None else round(self.retention, 4)}


@dataclass(frozen=True)
class SourceFigure:
    """Leads, shop visits, deals and money of one source (and online platform)."""

    source: str
    platform: str
    leads: int
    visits: int
    deals: int
    money_cents: int

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "platform": self.platform, "leads": self.leads,
                "visits": self.visits, "deals": self.deals, "money_cents": self.money_cents}


@dataclass(frozen=True)
class Referrer:
    """A customer who referred others, and how many of those bought."""

    customer_id: int
    name: str
    referred: int
    bought: int


@dataclass(frozen=True)
class ReferredCustomer:
    """A customer someone referred: when recorded, where they stand, and what they bought
    (cars sold to them, as the referrers' "bought" counts them)."""

    customer_id: int
    name: str
    recorded: dt.date
    status: str
    level: str
    deals: int
    deal_cents: int

    @property
    def bought(self) -> bool:
        return self.deals > 0

    def as_json(self) -> dict[str, object]:
        return {"customer_id": self.customer_id, "name": self.name,
                "recorded": self.recorded.isoformat(), "status": self.status,
                "level": self.level, "deals": self.deals, "deal_cents": self.deal_cents}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def shop_basis(*, as_of: dt.date, params: rules.ValueParams | None = None) -> ShopBasis:
    """Holding time, repurchase chance, margin and yearly spend per car, learned from the
    shop's records where there are enough, else the defaults."""
    p = params or value_params()
    buyers, repeaters, gap_days, pairs = value_rows("repeat", {"as_of": as_of.isoformat()})[0]
    learned = pairs >= max(1, p.min_repeat_buyers) and gap_days
    holding = round(gap_days / 30.4375) if learned else p.holding_months
    repurchase_learned = repeaters >= max(1, p.min_repeat_buyers)
    chance = 100.0 * repeaters / buyers if repurchase_learned else float(p.repurchase_pct)
    year_start = (as_of - dt.timedelta(days=365)).isoformat()
    spend, cars, average_price = value_rows(
        "shop", {"as_of": as_of.isoformat(), "year_start": year_start})[0]
    return ShopBasis(
        holding_months=max(1, int(holding)), holding_learned=bool(learned),
        repurchase_pct=round(chance, 1), repurchase_learned=repurchase_learned,
        margin_per_deal_cents=int((average_price or 0) * p.margin_pct / 100),
        yearly_spend_per_car_cents=int((spend or 0) / cars) if cars else 0,
        buyers=int(buyers or 0), repeat_buyers=int(repeaters or 0))


def _value_params(as_of: dt.date, p: rules.ValueParams, basis: ShopBasis) -> dict[str, object]:
    return {
        "as_of": as_of.isoformat(),
        "window_start": add_months(as_of, -p.window_months).isoformat(),
        "holding": f"+{basis.holding_months} months",
        "lost_days": p.lost_days, "min_m": p.high_value_min_m, "min_r": p.high_value_min_r,
        "loyal_f": p.loyal_min_frequency, "min_visits": p.min_own_visits,
        "shop_yearly": basis.yearly_spend_per_car_cents,
        "repurchase_value": basis.repurchase_pct / 100 * basis.margin_per_deal_cents,
    }


def customer_values(*, as_of: dt.date, params: rules.ValueParams | None = None,
                    basis: ShopBasis | None = None) -> list[CustomerValue]:
    """Every live customer's value figures as of the end of `as_of`, by customer number
    (`params` and `basis`, when the caller has them already, are not read again)."""
    p = params or value_params()
    basis = basis or shop_basis(as_of=as_of, params=p)
    rows = value_rows("value", _value_params(as_of, p, basis))
    return [CustomerValue(r[0], r[1], r[2], int(r[3]), int(r[4]), r[5], r[6], r[7], r[8],
                          int(r[9] or 0), stored_day(r[10]), int(r[11]), r[12]) for r in rows]


def tier_report(*, as_of: dt.date) -> list[TierFigure]:
    """The four tiers with their rules in words; they add up to the live customers."""
    p = value_params()
    basis = shop_basis(as_of=as_of, params=p)
    sums = {r[0]: r[1:] for r in value_rows("tiers", _value_params(as_of, p, basis))}
    words = dict(rules.tier_rules(p))
    return [TierFigure(code, rules.tier_label(code), words[code],
                       *(int(x or 0) for x in sums.get(code, (0, 0, 0, 0))))
            for code in rules.TIER_ORDER]


def tier_figures(values: list[CustomerValue], params: rules.ValueParams) -> list[TierFigure]:
    """The four tiers summed from customer_values' rows: the figures tier_report gives,
    without running the value statement a second time."""
    sums = {code: [0, 0, 0, 0] for code in rules.TIER_ORDER}
    for v in values:
        tier = sums[v.tier]
        tier[0] += 1
        tier[1] += v.monetary_cents
        tier[2] += v.lifetime_cents
        tier[3] += v.remaining_value_cents
    words = dict(rules.tier_rules(params))
    return [TierFigure(code, rules.tier_label(code), words[code], *sums[code])
            for code in rules.TIER_ORDER]


def pool_report(*, as_of: dt.date, months: int) -> list[PoolMonth]:
    """The last `months` months up to the one holding `as_of`: size at each month's end
    (today for the current one), in-flow, out-flow, retention. size = previous size +
    in-flow - out-flow, month after month."""
    p = value_params()
    rows = value_rows("pool", {"as_of": as_of.isoformat(), "lost_days": p.lost_days,
                               "lapse": f"+{p.lost_days} days"})
    moves = {month: (int(i), int(o)) for month, i, o in rows}
    wanted = [add_months(as_of.replace(day=1), -k).strftime("%Y-%m")
              for k in range(months - 1, -1, -1)]
    size = sum(i - o for month, (i, o) in moves.items() if month < wanted[0])
    found = []
    for month in wanted:
        inflow, outflow = moves.get(month, (0, 0))
        retention = (size - outflow) / size if size else None
        size += inflow - outflow
        found.append(PoolMonth(month, size, inflow, outflow, retention))
    return found


def source_report(*, start: dt.date, end: dt.date) -> list[SourceFigure]:
    """Per source and online platform: leads recorded in [start, end), customers who came
    to the shop, cars sold and money spent in it."""
    rows = value_rows("sources", {"start": start.isoformat(), "end": end.isoformat(),
                                  "as_of": (end - dt.timedelta(days=1)).isoformat()})
    return [SourceFigure(r[0] or "", r[1] or "", int(r[2] or 0), int(r[3]), int(r[4]),
                         int(r[5])) for r in rows]


def top_referrers(limit: int = 50) -> list[Referrer]:
    """Who referred the most customers, and how many of those bought."""
    return [Referrer(r[0], r[1], int(r[2]), int(r[3] or 0))
            for r in value_rows("referrers", {"limit": limit})]


def referred_customers(referrer_id: int) -> list[ReferredCustomer]:
    """The live customers `referrer_id` referred, the latest recorded first: the list behind
    one row of top_referrers (as many, and as many who bought)."""
    from dealerdesk.db.api import JOIN, fn
    from dealerdesk.db.models import Customer as C
    from dealerdesk.db.models import Vehicle as V

    deals = fn.COUNT(V.id)
    rows = (C.select(C.id, C.name, C.created_at, C.status, C.level, deals,
                     fn.COALESCE(fn.SUM(V.deal_price_cents), 0))
            .join(V, JOIN.LEFT_OUTER, on=(V.customer == C.id) & V.deal_on.is_null(False))
            .where(C.referrer == referrer_id, C.deleted_at.is_null())
            .group_by(C.id, C.name, C.created_at, C.status, C.level)
            .order_by(C.created_at.desc(), C.id.desc()).tuples())
    return [ReferredCustomer(r[0], r[1], stored_day(r[2]), r[3], r[4], int(r[5]),
                             int(r[6] or 0)) for r in rows]


@dataclass(frozen=True)
class ReplacementDue:
    """A customer whose car is in the replacement window or enters it soon."""

    customer_id: int
    name: str
    opens: dt.date  # the day the car reaches the shop's holding time
    car: str
    salesperson: str
    tier: str
    remaining_value_cents: int
    as_of: dt.date

    @property
    def entered(self) -> bool:
        """Already in the window (it opened on or before the day of the report)."""
        return self.opens <= self.as_of

    def as_json(self) -> dict[str, object]:
        return {"customer_id": self.customer_id, "name": self.name,
                "window_opens": self.opens.isoformat(), "car": self.car,
                "salesperson": self.salesperson, "tier": self.tier,
                "remaining_value_cents": self.remaining_value_cents}


def replacement_due(*, as_of: dt.date, days: int = 90) -> list[ReplacementDue]:
    """Customers who drive a car that is in the replacement window or enters it in the next
    `days` days: a car kept past the shop's holding time is still due for its next one.
    Those entering soon come first (soonest first), then those already in (most recent
    first); each customer once, with the car whose window opens last."""
    p = value_params()
    basis = shop_basis(as_of=as_of, params=p)
    rows = value_rows("replacement", {
        "holding": f"+{basis.holding_months} months",
        "last": (as_of + dt.timedelta(days=days)).isoformat()})
    figures = {v.customer_id: v for v in customer_values(as_of=as_of)}
    found: dict[int, ReplacementDue] = {}
    for cid, name, opens, brand, model, plate, salesperson in rows:
        if cid in found or cid not in figures:
            continue
        car = " ".join(x for x in (brand, model, plate) if x)
        v = figures[cid]
        found[cid] = ReplacementDue(cid, name, stored_day(opens), car, salesperson, v.tier,
                                    v.remaining_value_cents, as_of)
    return sorted(found.values(), key=lambda r: (
        r.entered, (r.as_of - r.opens).days if r.entered else (r.opens - r.as_of).days,
        r.customer_id))


@dataclass(frozen=True)
class TrendMonth:
    """The Reports figures of one month: the funnel's leads, visits, deals and lost, the
    after-sale revisits done on time, and the money customers spent (see EVENTS)."""

    month: str
    leads: int
    visits: int
    deals: int
    lost: int
    revisits_due: int
    revisits_on_time: int
    spend_cents: int

    @property
    def revisit_rate(self) -> float | None:
        return self.revisits_on_time / self.revisits_due if self.revisits_due else None

    def as_json(self) -> dict[str, object]:
        rate = self.revisit_rate
        return {"month": self.month, "leads": self.leads, "visits": self.visits,
                "deals": self.deals, "lost": self.lost, "revisits_due": self.revisits_due,
                "revisits_on_time": self.revisits_on_time,
                "revisit_rate": None if rate is None else round(rate, 4),
                "spend_cents": self.spend_cents}


def trend_report(*, as_of: dt.date, months: int = 12) -> list[TrendMonth]:
    """The last `months` months up to the one holding `as_of`, oldest first: each month's
    funnel figures as the Funnel tab counts them, and the money spent in it."""
    from dealerdesk.domain.funnel import period_of
    from dealerdesk.services.reports import funnel_report

    first = add_months(as_of.replace(day=1), 1 - months)
    spend = {m: int(c or 0) for m, c in value_rows(
        "spend_by_month", {"start": first.isoformat(), "as_of": as_of.isoformat()})}
    found = []
    for k in range(months):
        period = period_of("month", add_months(first, k))
        f = funnel_report(period=period, today=as_of)
        month = period.start.strftime("%Y-%m")
        found.append(TrendMonth(month, f.leads, f.visits, f.deals, sum(x.count for x in f.lost),
                                f.revisits_due, f.revisits_on_time, spend.get(month, 0)))
    return found


@dataclass(frozen=True)
class ScoreLimits:
    """Where the quintile scores that make a customer high value start, as of a day: an M
    above `money_above_cents` (None: any M that was counted) and a recency below
    `recency_below_days` (None: any)."""

    as_of: dt.date
    money_above_cents: int | None
    recency_below_days: int | None


def _limit(values: list, score: int) -> object | None:
    """The value to beat for a score of at least `score` among `values` (ascending): rank
    r scores 1 + 5(r - 1)/n, and the rank is 1 + the number of smaller values."""
    smaller = -(-(score - 1) * len(values) // 5)  # ceil((score - 1) * n / 5)
    if smaller <= 0:
        return None
    return values[min(smaller, len(values)) - 1]


def score_limits(*, as_of: dt.date, params: rules.ValueParams | None = None) -> ScoreLimits:
    """The shop's quintile thresholds for the high-value rule as of `as_of`: one pass over
    the buyers' totals, so that one customer's tier can be read at any month's end."""
    p = params or value_params()
    rows = value_rows("score_basis", {
        "as_of": as_of.isoformat(),
        "window_start": add_months(as_of, -p.window_months).isoformat()})
    days = sorted(str(r[0]) for r in rows)
    money = sorted(int(r[2] or 0) for r in rows if r[1])
    last_day = _limit(days, p.high_value_min_r)
    recency = None if last_day is None else (as_of - stored_day(last_day)).days
    m = _limit(money, p.high_value_min_m)
    return ScoreLimits(as_of, None if m is None else int(m), recency)


@dataclass(frozen=True)
class TierChange:
    """One customer's tier now, and at the end of each of the months before (oldest
    first; None before they were recorded); `since` is the first month's end at which
    the present tier held without a break, None when it held all along."""

    tier: str
    before: str | None
    since: dt.date | None
    months: list[tuple[dt.date, str | None]]


def _tier_on(day: dt.date, events: list[tuple[dt.date, int, int]], created: dt.date,
             lost_on: dt.date | None, contacts: list[dt.date], p: rules.ValueParams,
             limits: ScoreLimits) -> str | None:
    """The tier by the rules of services/value.py at the end of `day`, the scores read
    against `limits`."""
    if created > day:
        return None
    bought = [e for e in events if e[0] <= day]
    if not bought:
        heard = max([c for c in contacts if c <= day] + [created])
        lost = (lost_on is not None and lost_on <= day) or (day - heard).days > p.lost_days
        return "lost" if lost else "general"
    recency = (day - bought[-1][0]).days
    if recency > p.lost_days:
        return "lost"
    start = add_months(day, -p.window_months)
    window = [e for e in bought if e[0] > start]
    f, m = sum(e[2] for e in window), sum(e[1] for e in window)
    if f > 0 and (limits.money_above_cents is None or m > limits.money_above_cents) and (
            limits.recency_below_days is None or recency < limits.recency_below_days):
        return "high_value"
    return "loyal" if f >= p.loyal_min_frequency else "general"


def tier_change(customer_id: int, *, as_of: dt.date, months: int = 12,
                limits: ScoreLimits | None = None) -> TierChange:
    """One customer's tier now and at the end of each of the last `months` months, read
    from their own purchases and contacts against the shop's quintile thresholds of
    `as_of` (score_limits; pass them in to reuse them): a few small queries, never the
    whole shop's figures per month."""
    p = value_params()
    limits = limits or score_limits(as_of=as_of, params=p)
    events = [(stored_day(d), int(c), int(n)) for d, c, n in value_rows(
        "customer_events", {"cid": customer_id, "as_of": as_of.isoformat()})]
    created, lost_on, contacts, status = as_of, None, [], ""
    for made, st, at, lost in value_rows("customer_contacts",
                                         {"cid": customer_id, "as_of": as_of.isoformat()}):
        if made is not None:
            created, status = stored_day(made), st
        elif at is not None:
            contacts.append(stored_day(at))
            if lost:
                lost_on = stored_day(at)
    if status == "lost":
        lost_on = lost_on or created
    else:
        lost_on = None
    ends = [add_months(as_of.replace(day=1), -k) - dt.timedelta(days=1)
            for k in range(months - 1, -1, -1)] + [as_of]
    found = [(day, _tier_on(day, events, created, lost_on, contacts, p, limits))
             for day in ends]
    now = found[-1][1] or "general"
    since, before = None, None
    for day, tier in reversed(found[:-1]):
        if tier != now:
            before = tier
            break
        since = day
    if before is None:
        since = None
    elif since is None:
        since = as_of
    return TierChange(now, before, since, found)


def basis_lines(basis: ShopBasis) -> list[str]:
    """Where the shop-wide numbers came from, in words."""
    learned, default = translate("Value", "learned from the shop's records"), translate(
        "Value", "the default (not enough repeat buyers yet)")
    return [
        translate("Value", "Holding time: {months} months, {where}.").format(
            months=basis.holding_months, where=learned if basis.holding_learned else default),
        translate("Value", "Chance of buying the next car here: {pct}%, {where}.").format(
            pct=basis.repurchase_pct, where=learned if basis.repurchase_learned else default),
    ]


TIER_CODES = {1: "lost", 2: "general", 3: "loyal", 4: "high_value"}
# Each month's end takes three bits of one 64-bit integer per customer (the statement's
# `code`): 21 ends, the month before the first included, fill 63 of them.
MAX_MOVE_MONTHS = 20


@dataclass(frozen=True)
class TierMonth:
    """Moves between tiers in one month: (from, to) -> customers, from the tier at the end
    of the month before to the tier at this month's end (today for the current month);
    "new" as from for customers recorded during the month. `counts` are the tiers at the end."""

    month: str
    moves: dict[tuple[str, str], int]
    counts: dict[str, int]

    def moved(self, source: str, target: str) -> int:
        return self.moves.get((source, target), 0)

    def as_json(self) -> dict[str, object]:
        return {"month": self.month, "counts": dict(self.counts),
                "moves": [{"from": a, "to": b, "customers": n}
                          for (a, b), n in sorted(self.moves.items())]}


def _month_ends(as_of: dt.date, months: int) -> list[dt.date]:
    """The end of the month before each of the last `months` months, then `as_of`."""
    return [add_months(as_of.replace(day=1), -k) - dt.timedelta(days=1)
            for k in range(months - 1, -1, -1)] + [as_of]


def tier_moves(*, as_of: dt.date, months: int = 12) -> list[TierMonth]:
    """For each of the last `months` months up to the one holding `as_of`, oldest first:
    how many customers moved from each tier to another. Each month's end is graded as the
    tiers would have been graded that day (scores ranked among that day's buyers), all in
    one statement; the last month ends at `as_of`, so its counts are tier_report's."""
    import json

    if not 1 <= months <= MAX_MOVE_MONTHS:
        raise ValueError(f"tier moves cover 1 to {MAX_MOVE_MONTHS} months, not {months}")
    p = value_params()
    ends = _month_ends(as_of, months)
    points = [[e.isoformat(), add_months(e, -p.window_months).isoformat(),
               (e - dt.timedelta(days=p.lost_days)).isoformat()] for e in ends]
    rows = value_rows("tier_moves", {
        "points": json.dumps(points), "as_of": as_of.isoformat(),
        "contacts_from": points[0][2], "min_m": p.high_value_min_m,
        "min_r": p.high_value_min_r, "loyal_f": p.loyal_min_frequency})
    found = [TierMonth(e.strftime("%Y-%m"), {}, {}) for e in ends[1:]]
    for code, customers in rows:
        tiers = [(int(code) >> (3 * k)) & 7 for k in range(len(ends))]
        for k, month in enumerate(found, start=1):
            before, after = tiers[k - 1], tiers[k]
            if after:
                name = TIER_CODES[after]
                month.counts[name] = month.counts.get(name, 0) + int(customers)
            if after and before != after:
                key = (TIER_CODES.get(before, "new"), TIER_CODES[after])
                month.moves[key] = month.moves.get(key, 0) + int(customers)
    return found
