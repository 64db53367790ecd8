"""Ledger invariants under any sequence of operations (hypothesis state machine).

For every sequence: each operation succeeds exactly when a simple model says it should;
the derived balance, points and package uses equal the model and the sums of the ledger,
never go below zero, and each entry's "after" columns match the running sums; the money
taken at the desk adds up; a refused operation writes nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from dealerdesk.db.api import scalar
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.membership import MAX_AMOUNT_CENTS, REVERSIBLE, renewed_expiry
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import membership as m
from dealerdesk.services import membership_queries as q
from dealerdesk.services import membership_setup as setup
from dealerdesk.services.customers import create_customer

TODAY = dt.date(2026, 11, 26)
PHONES = itertools.count(13700000000)
AMOUNTS = st.one_of(st.integers(min_value=1, max_value=200_000),
                    st.sampled_from([0, -1, -5000, MAX_AMOUNT_CENTS + 1, 10**12]))


def _entries() -> int:
    return int(scalar("SELECT count(*) FROM ledger_entry"))


class CardMachine(RuleBasedStateMachine):
    """One new card per run; a Python model of what its ledger should say."""

    def __init__(self) -> None:
        super().__init__()
        cid, _ = create_customer(CustomerInput(name="测试", phone=str(next(PHONES))), today=TODAY)
        gold = next(lv for lv in setup.list_levels() if lv.name == "金卡")
        self.rate = gold.points_per_100_yuan
        done, _ = m.issue_card(customer_id=cid, level_id=gold.id, staff_id=None, today=TODAY)
        self.card = done.card.id
        self.status = "active"
        self.balance = self.points = 0
        self.uses: dict[int, int] = {}
        self.entries: dict[int, tuple[str, int, int, int, int | None, int]] = {}
        self.reversed: set[int] = set()
        self.kinds = setup.list_package_types()
        self.levels = setup.list_levels()
        self.level = gold
        self.expires = done.card.expires_on
        self.paid = gold.fee_cents  # money taken at the desk, net of refunds

    def _run(self, expect_ok: bool, call, **kw):
        before = _entries()
        try:
            done, _ = call(today=TODAY, staff_id=None, **kw)
        except ValidationFailed:
            assert not expect_ok, f"refused but should work: {call.__name__} {kw}"
            assert _entries() == before
            return None
        assert expect_ok, f"worked but should be refused: {call.__name__} {kw}"
        assert _entries() > before
        return done

    def _record(self, done, kind, amount=0, points=0, uses=0, package=None, paid=0) -> None:
        self.entries[done.entry_id] = (kind, amount, points, uses, package, paid)
        self.paid += paid
        self.balance += amount
        self.points += points
        if package is not None:
            self.uses[package] = self.uses.get(package, 0) + uses

    @rule(amount=AMOUNTS, bonus=st.integers(min_value=0, max_value=5000))
    def top_up(self, amount, bonus):
        ok = self.status == "active" and 0 < amount <= MAX_AMOUNT_CENTS and bonus <= amount
        done = self._run(ok, m.top_up, card_id=self.card, amount_cents=amount, bonus_cents=bonus)
        if done:
            self._record(done, "top_up", amount + bonus, paid=amount)

    @rule(amount=AMOUNTS, from_balance=st.booleans())
    def spend(self, amount, from_balance):
        ok = self.status == "active" and 0 < amount <= MAX_AMOUNT_CENTS and (
            not from_balance or amount <= self.balance)
        done = self._run(ok, m.spend, card_id=self.card, amount_cents=amount,
                         from_balance=from_balance)
        if done:
            earned = amount // 10000 * self.rate
            self._record(done, "spend", -amount if from_balance else 0, earned,
                         paid=0 if from_balance else amount)

    @rule(points=st.integers(min_value=-3, max_value=40))
    def redeem(self, points):
        ok = self.status == "active" and 0 < points <= self.points
        done = self._run(ok, m.redeem_points, card_id=self.card, points=points)
        if done:
            self._record(done, "redeem", points=-points)

    @rule(which=st.integers(min_value=0, max_value=1), from_balance=st.booleans())
    def sell_package(self, which, from_balance):
        kind = self.kinds[which]
        ok = self.status == "active" and (not from_balance or kind.price_cents <= self.balance)
        done = self._run(ok, m.sell_package, card_id=self.card, package_type_id=kind.id,
                         from_balance=from_balance)
        if done:
            package = max(p.id for p in done.card.packages)
            self._record(done, "package_sale", -kind.price_cents if from_balance else 0,
                         uses=kind.uses, package=package,
                         paid=0 if from_balance else kind.price_cents)

    @rule(data=st.data())
    def use_package(self, data):
        if not self.uses:
            return
        package = data.draw(st.sampled_from(sorted(self.uses)))
        ok = self.status == "active" and self.uses[package] > 0
        done = self._run(ok, m.use_package, package_id=package)
        if done:
            self._record(done, "package_use", uses=-1, package=package)

    @rule(data=st.data())
    def reverse(self, data):
        if not self.entries:
            return
        entry = data.draw(st.sampled_from(sorted(self.entries)))
        kind, amount, points, uses, package, paid = self.entries[entry]
        left = self.uses.get(package, 0) if package else 0
        ok = (kind in REVERSIBLE and entry not in self.reversed and self.status != "cancelled"
              and self.balance - amount >= 0 and self.points - points >= 0
              and left - uses >= 0 and (kind != "package_sale" or left == uses))
        done = self._run(ok, m.reverse_entry, entry_id=entry, note="更正")
        if done:
            self.reversed.add(entry)
            self._record(done, "reversal", -amount, -points, -uses, package, -paid)

    @rule()
    def freeze_or_unfreeze(self):
        if self.status == "frozen":
            done = self._run(True, m.unfreeze_card, card_id=self.card)
        else:
            done = self._run(self.status == "active", m.freeze_card, card_id=self.card)
        if done:
            self.status = "active" if self.status == "frozen" else "frozen"

    @rule()
    def renew(self):
        until = renewed_expiry(self.expires, self.level.term_years, TODAY)
        ok = self.status == "active" and until <= add_years(TODAY, 6)
        if self._run(ok, m.renew_card, card_id=self.card):
            self.expires = until
            self.paid += self.level.fee_cents

    @rule(which=st.integers(min_value=0, max_value=3))
    def change_level(self, which):
        new = self.levels[which]
        ok = self.status == "active" and new.id != self.level.id
        if self._run(ok, m.change_level, card_id=self.card, level_id=new.id):
            self.paid += new.fee_cents - self.level.fee_cents
            self.level = new
            self.rate = new.points_per_100_yuan

    @rule()
    def cancel(self):
        done = self._run(self.status != "cancelled", m.cancel_card, card_id=self.card)
        if done:
            self.status = "cancelled"
            self.paid -= self.balance
            self.balance = self.points = 0
            self.uses = dict.fromkeys(self.uses, 0)

    @invariant()
    def ledger_adds_up(self):
        card = q.card_summary(self.card, today=TODAY)
        assert (card.balance_cents, card.points) == (self.balance, self.points)
        assert card.balance_cents >= 0 and card.points >= 0
        assert {p.id: p.uses_left for p in card.packages} == self.uses
        assert all(p.uses_left >= 0 for p in card.packages)
        assert card.status == self.status
        lines = q.card_ledger(self.card)
        assert sum(line.amount_cents for line in lines) == card.balance_cents
        assert lines[0].balance_after_cents == card.balance_cents
        assert lines[0].points_after == card.points
        assert q.ledger_problems([self.card]) == []
        assert sum(line.paid_cents for line in lines) == self.paid
        assert (card.level_id, card.expires_on) == (self.level.id, self.expires)


def test_any_sequence_keeps_the_ledger_honest(store):
    run_state_machine_as_test(
        CardMachine,
        settings=settings(max_examples=60, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]))
