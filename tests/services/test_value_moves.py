"""The moves between tiers month by month (one statement over the whole shop) agree with the
rules read plainly, customer by customer, on a demo shop: each month's end graded from the
customer's own purchases and contacts, with the scores ranked among that day's buyers."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from dealerdesk.db.api import fetch_all, value_rows
from dealerdesk.domain import value as rules
from dealerdesk.domain.dates import add_months
from dealerdesk.services import service_visits as sv
from dealerdesk.services import value

D = dt.date


@pytest.fixture
def demo(store, today):
    from dealerdesk.services.demo import fill_demo

    fill_demo(customers=300, seed=5, today=today)


def _day(text):
    return text if isinstance(text, dt.date) else D.fromisoformat(str(text)[:10])


def _facts(as_of):
    """Per live customer: (recorded on, lost on, purchases [(day, cents, n)], contact days)."""
    facts = {}
    for (cid,) in fetch_all("SELECT id FROM customer WHERE deleted_at IS NULL"):
        rows = value_rows("customer_contacts", {"cid": cid, "as_of": as_of.isoformat()})
        made, status = next((_day(r[0]), r[1]) for r in rows if r[0] is not None)
        contacts = [_day(r[2]) for r in rows if r[2] is not None]
        lost = [_day(r[2]) for r in rows if r[2] is not None and r[3]]
        lost_on = (max(lost) if lost else made) if status == "lost" else None
        bought = [(_day(d), int(c), int(n)) for d, c, n in value_rows(
            "customer_events", {"cid": cid, "as_of": as_of.isoformat()})]
        facts[cid] = (made, lost_on, bought, contacts)
    return facts


def _tiers_on(end, facts, p):
    """Every customer's tier code at the end of `end` (0: not recorded yet, 1 lost, 2
    general, 3 loyal, 4 high value), read plainly from the rules."""
    start, cut = add_months(end, -p.window_months), end - dt.timedelta(days=p.lost_days)
    buyers = {}
    for cid, (made, _lost_on, bought, _contacts) in facts.items():
        mine = [b for b in bought if b[0] <= end]
        if made <= end and mine:
            window = [b for b in mine if b[0] > start]
            buyers[cid] = (max(b[0] for b in mine), sum(b[2] for b in window),
                           sum(b[1] for b in window))
    ids = sorted(buyers)
    r = dict(zip(ids, rules.quintile_scores([buyers[c][0].toordinal() for c in ids]),
                 strict=True))
    spenders = [c for c in ids if buyers[c][1] > 0]
    m = dict(zip(spenders, rules.quintile_scores([buyers[c][2] for c in spenders]),
                 strict=True))
    codes = {}
    for cid, (made, lost_on, _bought, contacts) in facts.items():
        if made > end:
            codes[cid] = 0
        elif cid in buyers:
            last, f, _money = buyers[cid]
            codes[cid] = (1 if last < cut else
                          4 if f > 0 and m[cid] >= p.high_value_min_m
                          and r[cid] >= p.high_value_min_r else
                          3 if f >= p.loyal_min_frequency else 2)
        elif lost_on is not None and lost_on <= end:
            codes[cid] = 1
        else:
            heard = max([c for c in contacts if c <= end], default=None)
            codes[cid] = 2 if made >= cut or (heard is not None and heard >= cut) else 1
    return codes


def _plain_moves(as_of, months):
    p = sv.value_params()
    ends = [add_months(as_of.replace(day=1), -k) - dt.timedelta(days=1)
            for k in range(months - 1, -1, -1)] + [as_of]
    facts = _facts(as_of)
    graded = [_tiers_on(end, facts, p) for end in ends]
    found = []
    for before, after in zip(graded, graded[1:], strict=False):
        moves, counts = Counter(), Counter()
        for cid, tier in after.items():
            if tier:
                counts[value.TIER_CODES[tier]] += 1
                if before[cid] != tier:
                    moves[(value.TIER_CODES.get(before[cid], "new"),
                           value.TIER_CODES[tier])] += 1
        found.append((dict(moves), dict(counts)))
    return found


@pytest.mark.parametrize(("as_of", "setting"), [
    (D(2026, 11, 26), {}),
    (D(2026, 4, 15), {"lost_days": 180, "window_months": 6, "high_value_min_r": 1}),
    (D(2026, 11, 26), {"high_value_min_m": 5, "high_value_min_r": 5, "loyal_min_frequency": 3}),
])
def test_the_moves_are_the_rules_read_customer_by_customer(demo, as_of, setting):
    if setting:
        sv.set_value_params(setting)
    months = value.tier_moves(as_of=as_of, months=12)
    expected = _plain_moves(as_of, 12)
    assert [(m.moves, m.counts) for m in months] == expected
    assert sum(sum(moves.values()) for moves, _ in expected) > 50  # the shop does move
