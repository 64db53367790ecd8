"""Membership use cases on a fresh database: each operation, each refusal, nothing lost."""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.db.api import IntegrityError, execute_sql, scalar
from dealerdesk.domain.cardno import is_valid_card_no
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.membership import CardFilter
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import membership as m
from dealerdesk.services import membership_queries as q
from dealerdesk.services import membership_setup as setup
from dealerdesk.services.customers import create_customer

NOW = dt.datetime(2026, 11, 26, 10, 0)


def entries() -> int:
    return int(scalar("SELECT count(*) FROM ledger_entry"))


def level(name: str) -> int:
    return next(lv.id for lv in setup.list_levels() if lv.name == name)


@pytest.fixture
def customer(store, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    return cid


@pytest.fixture
def card(customer, staff, today):
    done, _ = m.issue_card(customer_id=customer, level_id=level("金卡"), staff_id=staff.id,
                           today=today, now=NOW)
    return done.card


def refused(field, words, call, **kw):
    before = entries()
    with pytest.raises(ValidationFailed) as info:
        call(**kw)
    error = info.value.for_field(field)
    assert error is not None, info.value.errors
    assert words in error.message
    assert entries() == before
    return error


def test_default_levels_and_packages_exist_in_a_new_store(store):
    assert [lv.name for lv in setup.list_levels()] == ["普卡", "银卡", "金卡", "钻石卡"]
    assert [lv.term_years for lv in setup.list_levels()] == [1, 1, 2, 3]
    assert len(setup.list_package_types()) == 2
    assert setup.seed_defaults() and len(setup.list_levels()) == 4  # idempotent


def test_issue_card(card, today, staff):
    assert card.card_no == "VIP0000012"
    assert card.level_name == "金卡" and card.status == "active"
    assert card.expires_on == dt.date(2028, 11, 25)
    line = q.card_ledger(card.id)[0]
    assert (line.kind, line.paid_cents, line.staff_name) == ("issue", 100000, "李明")


def test_one_live_card_per_customer(card, customer, today, staff):
    refused("customer", "already has card VIP0000012", m.issue_card, customer_id=customer,
            level_id=level("普卡"), staff_id=staff.id, today=today)


def test_card_numbers_follow_the_prefix(store, today):
    setup.set_card_prefix("hz")
    ids = [create_customer(CustomerInput(name=f"客户{i}", phone=f"1391234567{i}"),
                           today=today)[0] for i in range(3)]
    numbers = [m.issue_card(customer_id=c, level_id=level("普卡"), staff_id=None,
                            today=today)[0].card.card_no for c in ids]
    assert [n[:-1] for n in numbers] == ["HZ000001", "HZ000002", "HZ000003"]
    assert all(is_valid_card_no(n) for n in numbers)
    with pytest.raises(ValidationFailed):
        setup.set_card_prefix("会员")


def test_top_up_spend_points_and_balance_after(card, today, staff):
    done, changes = m.top_up(card_id=card.id, amount_cents=100000, bonus_cents=10000,
                             staff_id=staff.id, today=today, now=NOW)
    assert changes.touches("cards", "ledger")
    assert done.card.balance_cents == 110000
    done, _ = m.spend(card_id=card.id, amount_cents=25050, staff_id=staff.id, today=today)
    assert (done.card.balance_cents, done.card.points) == (84950, 4)  # 金卡: 2 per 100 yuan
    done, _ = m.spend(card_id=card.id, amount_cents=30000, from_balance=False,
                      staff_id=staff.id, today=today)
    assert (done.card.balance_cents, done.card.points) == (84950, 10)
    done, _ = m.redeem_points(card_id=card.id, points=10, staff_id=staff.id, today=today,
                              note="洗车券")
    assert done.card.points == 0
    assert q.card_ledger(card.id)[0].points_after == 0


def test_spending_more_than_the_balance_is_refused(card, today, staff):
    m.top_up(card_id=card.id, amount_cents=5000, staff_id=staff.id, today=today)
    refused("amount", "not enough to pay ¥50.01", m.spend, card_id=card.id, amount_cents=5001,
            staff_id=staff.id, today=today)
    refused("points", "not enough to redeem", m.redeem_points, card_id=card.id, points=1,
            staff_id=staff.id, today=today)


@pytest.mark.parametrize("amount", [0, -100, 10**9, 12.5, "100", True])
def test_absurd_amounts_are_refused(card, today, staff, amount):
    refused("amount", "", m.top_up, card_id=card.id, amount_cents=amount, staff_id=staff.id,
            today=today)


def test_bonus_limits(card, today, staff):
    refused("bonus", "between zero", m.top_up, card_id=card.id, amount_cents=100,
            bonus_cents=101, staff_id=staff.id, today=today)


def test_packages(card, today, staff):
    pkg_type = setup.list_package_types()[0]
    done, _ = m.sell_package(card_id=card.id, package_type_id=pkg_type.id, staff_id=staff.id,
                             today=today)
    package = done.card.packages[0]
    assert (package.uses_left, package.uses_total) == (pkg_type.uses, pkg_type.uses)
    for _ in range(pkg_type.uses):
        done, _ = m.use_package(package_id=package.id, staff_id=staff.id, today=today)
    assert done.card.packages[0].uses_left == 0
    refused("package", "no services left", m.use_package, package_id=package.id,
            staff_id=staff.id, today=today)


def test_package_from_balance_needs_the_money(card, today, staff):
    pkg_type = setup.list_package_types()[0]
    refused("amount", "not enough", m.sell_package, card_id=card.id,
            package_type_id=pkg_type.id, from_balance=True, staff_id=staff.id, today=today)
    assert q.card_summary(card.id, today=today).packages == ()


def test_expired_package_cannot_be_used(card, today, staff):
    pkg_type = setup.list_package_types()[0]
    done, _ = m.sell_package(card_id=card.id, package_type_id=pkg_type.id, staff_id=staff.id,
                             today=today)
    later = today + dt.timedelta(days=800)
    m.renew_card(card_id=card.id, staff_id=staff.id, today=today)
    refused("package", "expired on", m.use_package, package_id=done.card.packages[0].id,
            staff_id=staff.id, today=later)


def test_frozen_expired_and_cancelled_cards_refuse_operations(card, today, staff):
    m.freeze_card(card_id=card.id, staff_id=staff.id, today=today, note="卡丢失")
    refused("card", "frozen", m.top_up, card_id=card.id, amount_cents=100, staff_id=staff.id,
            today=today)
    m.unfreeze_card(card_id=card.id, staff_id=staff.id, today=today)
    later = dt.date(2028, 11, 26)
    assert q.card_summary(card.id, today=later).status == "expired"
    refused("card", "expired on 2028-11-25", m.spend, card_id=card.id, amount_cents=100,
            staff_id=staff.id, today=later)
    m.cancel_card(card_id=card.id, staff_id=staff.id, today=today)
    for call in (m.renew_card, m.freeze_card, m.unfreeze_card, m.cancel_card):
        refused("card", "cancelled", call, card_id=card.id, staff_id=staff.id, today=today)


def test_renew_extends_the_term_and_takes_the_fee(card, today, staff):
    done, _ = m.renew_card(card_id=card.id, staff_id=staff.id, today=today)
    assert done.card.expires_on == dt.date(2030, 11, 25)
    assert q.card_ledger(card.id)[0].paid_cents == 100000
    later = dt.date(2031, 3, 1)
    done, _ = m.renew_card(card_id=card.id, staff_id=staff.id, today=later)
    assert (done.card.status, done.card.expires_on) == ("active", dt.date(2033, 2, 28))


def test_level_change_records_the_fee_difference(card, today, staff):
    done, _ = m.change_level(card_id=card.id, level_id=level("钻石卡"), staff_id=staff.id,
                             today=today)
    assert done.card.level_name == "钻石卡"
    assert q.card_ledger(card.id)[0].paid_cents == 200000
    m.change_level(card_id=card.id, level_id=level("普卡"), staff_id=staff.id, today=today)
    line = q.card_ledger(card.id)[0]
    assert (line.paid_cents, line.note) == (-300000, "钻石卡 → 普卡")
    refused("level", "already has this level", m.change_level, card_id=card.id,
            level_id=level("普卡"), staff_id=staff.id, today=today)


def test_cancel_refunds_the_balance_and_lapses_points_and_services(card, today, staff):
    m.top_up(card_id=card.id, amount_cents=50000, staff_id=staff.id, today=today)
    m.spend(card_id=card.id, amount_cents=20000, staff_id=staff.id, today=today)
    m.sell_package(card_id=card.id, package_type_id=setup.list_package_types()[0].id,
                   staff_id=staff.id, today=today)
    done, _ = m.cancel_card(card_id=card.id, staff_id=staff.id, today=today, note="客户要求")
    assert (done.card.status, done.card.balance_cents, done.card.points) == ("cancelled", 0, 0)
    assert done.card.uses_left == 0
    last = q.card_ledger(card.id)[0]
    assert (last.kind, last.paid_cents, last.amount_cents) == ("cancel", -30000, -30000)


def test_reverse_entry(card, today, staff):
    done, _ = m.top_up(card_id=card.id, amount_cents=10000, staff_id=staff.id, today=today)
    wrong, _ = m.spend(card_id=card.id, amount_cents=8000, staff_id=staff.id, today=today)
    refused("note", "why", m.reverse_entry, entry_id=wrong.entry_id, staff_id=staff.id,
            today=today, note=" ")
    back, _ = m.reverse_entry(entry_id=wrong.entry_id, staff_id=staff.id, today=today,
                              note="金额输错")
    assert (back.card.balance_cents, back.card.points) == (10000, 0)
    lines = {line.id: line for line in q.card_ledger(card.id)}
    assert lines[back.entry_id].reverses_id == wrong.entry_id
    assert lines[wrong.entry_id].reversed_by_id == back.entry_id
    assert not lines[wrong.entry_id].reversible
    refused("entry", "already been reversed", m.reverse_entry, entry_id=wrong.entry_id,
            staff_id=staff.id, today=today, note="again")
    refused("entry", "Card events", m.reverse_entry, entry_id=q.card_ledger(card.id)[-1].id,
            staff_id=staff.id, today=today, note="x")


def test_reversing_a_top_up_already_spent_is_refused(card, today, staff):
    done, _ = m.top_up(card_id=card.id, amount_cents=10000, staff_id=staff.id, today=today)
    m.spend(card_id=card.id, amount_cents=8000, staff_id=staff.id, today=today)
    refused("amount", "not enough", m.reverse_entry, entry_id=done.entry_id,
            staff_id=staff.id, today=today, note="错充")


def test_reversing_a_used_package_sale_is_refused(card, today, staff):
    done, _ = m.sell_package(card_id=card.id, package_type_id=setup.list_package_types()[0].id,
                             staff_id=staff.id, today=today)
    m.use_package(package_id=done.card.packages[0].id, staff_id=staff.id, today=today)
    refused("entry", "have been used", m.reverse_entry, entry_id=done.entry_id,
            staff_id=staff.id, today=today, note="x")


def test_ledger_rows_cannot_be_changed_or_deleted(card):
    with pytest.raises(IntegrityError, match="never changed"):
        execute_sql("UPDATE ledger_entry SET amount_cents = 1")
    with pytest.raises(IntegrityError, match="never deleted"):
        execute_sql("DELETE FROM ledger_entry")


def test_operations_are_audited(card, today, staff):
    m.top_up(card_id=card.id, amount_cents=100, staff_id=staff.id, today=today)
    rows = scalar("SELECT count(*) FROM audit_log WHERE table_name = 'ledger_entry'")
    assert rows == 2


def test_a_level_change_and_a_freeze_are_audited_field_by_field(card, customer, today, staff):
    from dealerdesk.services.audit import AuditFilter, list_entries
    from dealerdesk.services.store import set_operator

    set_operator("李明")
    m.change_level(card_id=card.id, level_id=level("普卡"), staff_id=staff.id, today=today,
                   now=NOW)
    m.freeze_card(card_id=card.id, staff_id=staff.id, today=today, now=NOW)
    changed = [(e.row_id, e.customer_id, e.operator, e.changes)
               for e in reversed(list_entries(AuditFilter(customer_id=customer)))
               if e.table == "membership_card" and e.action == "update"]
    assert changed == [
        (card.id, customer, "李明", {"level_id": [level("金卡"), level("普卡")]}),
        (card.id, customer, "李明", {"status": ["active", "frozen"]}),
    ]


def test_a_top_up_is_audited_as_its_own_unchangeable_ledger_row(card, customer, today, staff):
    """A ledger row is never updated nor deleted (see the test above), so its audit
    entry names it and the row itself holds every value, the balance after included."""
    from dealerdesk.db.models import LedgerEntry
    from dealerdesk.services.audit import AuditFilter, list_entries
    from dealerdesk.services.store import set_operator

    set_operator("李明")
    before = card.balance_cents
    done, _ = m.top_up(card_id=card.id, amount_cents=100000, bonus_cents=10000,
                       staff_id=staff.id, today=today, now=NOW, note="充1000送100")
    (entry,) = [e for e in list_entries(AuditFilter(customer_id=customer))
                if e.table == "ledger_entry" and e.row_id == done.entry_id]
    assert (entry.action, entry.operator, entry.changes) == ("insert", "李明", {})
    row = LedgerEntry.get_by_id(entry.row_id)
    assert (row.card_id, row.kind, row.staff_id, row.at, row.amount_cents, row.paid_cents,
            row.balance_after_cents, row.note) == (
        card.id, "top_up", staff.id, NOW, 110000, 100000, before + 110000, "充1000送100")
    assert done.card.balance_cents == before + 110000  # the row cannot change: see above


def test_filters(card, store, today, staff):
    cid, _ = create_customer(CustomerInput(name="李四", phone="13900002222"), today=today)
    other = m.issue_card(customer_id=cid, level_id=level("普卡"), staff_id=None,
                         today=today - dt.timedelta(days=350))[0].card
    assert other.expires_on == dt.date(2026, 12, 10)
    assert [c.id for c in q.list_cards(CardFilter(expiring_days=30), today=today)] == [other.id]
    assert [c.id for c in q.list_cards(CardFilter(level_id=level("金卡")), today=today)] == [
        card.id]
    assert [c.id for c in q.list_cards(CardFilter(text="李四"), today=today)] == [other.id]
    assert [c.id for c in q.list_cards(CardFilter(text="vip 000001 2"), today=today)] == [card.id]
    m.freeze_card(card_id=card.id, staff_id=None, today=today)
    assert [c.id for c in q.list_cards(CardFilter(status="frozen"), today=today)] == [card.id]
    expired = q.list_cards(CardFilter(status="expired"), today=dt.date(2027, 1, 1))
    assert [c.id for c in expired] == [other.id]
    assert [c.id for c in q.cards_of_customer(cid, today=today)] == [other.id]


def test_day_summary_per_operator(card, today, staff):
    from dealerdesk.services.staff import add_staff

    wang, _ = add_staff(name="王芳")
    m.top_up(card_id=card.id, amount_cents=50000, staff_id=staff.id, today=today, now=NOW)
    wrong, _ = m.top_up(card_id=card.id, amount_cents=7000, staff_id=wang.id, today=today,
                        now=NOW)
    m.reverse_entry(entry_id=wrong.entry_id, staff_id=wang.id, today=today, now=NOW,
                    note="重复")
    m.spend(card_id=card.id, amount_cents=12000, staff_id=wang.id, today=today, now=NOW)
    m.cancel_card(card_id=card.id, staff_id=staff.id, today=today, now=NOW)
    rows = {r.staff_name: r for r in q.day_summary(today)}
    li, wang_day, total = rows["李明"], rows["王芳"], rows[""]
    assert (li.fees_cents, li.top_ups_cents, li.refunds_cents) == (100000, 50000, 38000)
    assert (wang_day.top_ups_cents, wang_day.spent_cents, wang_day.entries) == (0, 12000, 3)
    assert total.desk_total_cents == 100000 + 50000 - 38000
    assert q.day_summary(today + dt.timedelta(days=1)) == []


def test_levels_and_package_types_are_validated(store):
    with pytest.raises(ValidationFailed) as info:
        setup.save_level(name="", fee_cents=-1, term_years=5, parts_discount_pct=101,
                         labour_discount_pct=0, points_per_100_yuan=0, colour="red")
    assert {e.field for e in info.value.errors} == {"name", "fee", "term", "parts_discount",
                                                    "colour"}
    with pytest.raises(ValidationFailed, match="already has this name"):
        setup.save_level(name="金卡", fee_cents=0, term_years=1, parts_discount_pct=0,
                         labour_discount_pct=0, points_per_100_yuan=0)
    new_id, _ = setup.save_level(name="黑卡", fee_cents=1_000_000, term_years=3,
                                 parts_discount_pct=20, labour_discount_pct=30,
                                 points_per_100_yuan=5, colour="#111111")
    assert setup.list_levels()[-1].id == new_id
    with pytest.raises(ValidationFailed):
        setup.save_package_type(name="洗车", uses=0, price_cents=100, term_months=12)
    pid, _ = setup.save_package_type(name="洗车", uses=3, price_cents=9900, term_months=0)
    setup.save_package_type(package_type_id=pid, name="洗车", uses=3, price_cents=9900,
                            term_months=0, active=False)
    assert "洗车" not in [p.name for p in setup.list_package_types()]


def test_an_operation_that_fails_halfway_leaves_nothing_behind(card, today, staff, monkeypatch):
    m.top_up(card_id=card.id, amount_cents=5000, staff_id=staff.id, today=today)
    m.sell_package(card_id=card.id, package_type_id=setup.list_package_types()[0].id,
                   staff_id=staff.id, today=today)
    before = entries()
    real = m.append
    calls = []

    def append_then_crash(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(m, "append", append_then_crash)
    with pytest.raises(RuntimeError):
        m.cancel_card(card_id=card.id, staff_id=staff.id, today=today)
    assert entries() == before
    after = q.card_summary(card.id, today=today)
    assert (after.status, after.balance_cents, after.uses_left) == ("active", 5000, 5)


def test_issue_is_one_transaction(customer, today, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(m, "append", crash)
    with pytest.raises(RuntimeError):
        m.issue_card(customer_id=customer, level_id=level("普卡"), staff_id=None, today=today)
    assert q.cards_of_customer(customer, today=today) == []


def test_long_lists_sum_the_whole_ledger_with_the_same_result(card, today, staff,
                                                              monkeypatch):
    m.top_up(card_id=card.id, amount_cents=9000, staff_id=staff.id, today=today)
    m.sell_package(card_id=card.id, package_type_id=setup.list_package_types()[1].id,
                   staff_id=staff.id, today=today)
    few = q.list_cards(today=today)
    monkeypatch.setattr(q, "WHOLE_LEDGER_FROM", 0)
    assert q.list_cards(today=today) == few
    assert few[0].balance_cents == 9000 and few[0].uses_left == 10
