"""The audit trail as the owner reads it: filters by customer, person, kind and dates;
exports and prints counted in rows, never their contents."""

import dataclasses
import datetime as dt

import pytest

from dealerdesk import clock
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import access, audit
from dealerdesk.services import customers as customer_service
from dealerdesk.services.audit import AuditFilter, list_entries
from dealerdesk.services.store import set_operator

NOW = dt.datetime(2026, 11, 26, 14, 0)


@pytest.fixture
def trail(store, staff, today, tmp_path):
    from dealerdesk.services.exports import export_customers

    set_operator("王经理")
    a, _ = customer_service.create_customer(
        CustomerInput(name="张三", phone="13812345678", owner_id=staff.id), today=today)
    set_operator("李明")
    b, _ = customer_service.create_customer(
        CustomerInput(name="钱七", phone="13987654321"), today=today)
    c = customer_service.get_customer(a)
    data = CustomerInput(**{f.name: getattr(c, f.name)
                            for f in dataclasses.fields(CustomerInput)})
    customer_service.update_customer(a, dataclasses.replace(data, level="A"), today=today)
    with access.acting_as(access.Actor(None, "王经理")):
        export_customers(tmp_path / "all.xlsx", now=NOW)
    return a, b


def test_per_customer_and_per_person(trail):
    a, b = trail
    mine = list_entries(AuditFilter(customer_id=a))
    assert [(e.action, e.operator) for e in mine] == [("update", "李明"), ("insert", "王经理")]
    assert mine[0].changes == {"level": ["", "A"]} and mine[0].customer_name == "张三"
    by_li = list_entries(AuditFilter(operator="李明"))
    assert {e.customer_id for e in by_li} == {a, b}


def test_exports_are_counted_not_copied(trail):
    (export,) = list_entries(AuditFilter(kind="lists"))
    assert (export.action, export.table, export.rows, export.operator) == (
        "export", "customers", 2, "王经理")
    assert export.changes == {}  # row counts, not contents
    assert audit.operators() == ["tester", "李明", "王经理"]


def test_dates_filter_by_the_programs_day(trail, today):
    assert len(list_entries(AuditFilter(date_from=today, date_to=today))) == 5
    assert list_entries(AuditFilter(date_to=today - dt.timedelta(days=1))) == []
    assert list_entries(AuditFilter(date_from=today + dt.timedelta(days=1))) == []
    with clock.use_clock(clock.fixed_at(NOW + dt.timedelta(days=2))):
        set_operator("李明")
        audit.record_list("print", "call_list", 12)
    later = list_entries(AuditFilter(date_from=today + dt.timedelta(days=1)))
    assert [(e.action, e.rows) for e in later] == [("print", 12)]


def test_paging_and_the_owners_right(trail):
    first = list_entries(AuditFilter(), limit=2)
    rest = list_entries(AuditFilter(), limit=10, before_id=first[-1].id)
    assert len(first) == 2 and len(rest) == 3 and rest[0].id < first[-1].id
    with access.acting_as(access.Actor(2, "李明", access.SALESPERSON)):
        with pytest.raises(access.NotAllowed):
            list_entries(AuditFilter())


def test_copying_a_list_is_the_owners_and_is_recorded(trail):
    from dealerdesk.domain.records import CustomerFilter

    with access.acting_as(access.Actor(None, "王经理")):
        text = customer_service.copy_list(CustomerFilter())
    assert text.count("\n") == 1 and "13812345678" in text
    (copy,) = [e for e in list_entries(AuditFilter(kind="lists")) if e.action == "copy"]
    assert (copy.table, copy.rows, copy.operator, copy.changes) == ("customers", 2, "王经理", {})
    with access.acting_as(access.Actor(2, "李明", access.SALESPERSON)):
        with pytest.raises(access.NotAllowed):
            customer_service.copy_list(CustomerFilter())


def test_ids_in_the_trail_read_as_names_and_gone_records_keep_their_number(
        store, staff, today):
    from dealerdesk.services import membership_setup as setup
    from dealerdesk.services.membership import change_level, issue_card

    levels = {lv.name: lv.id for lv in setup.list_levels()}
    referrer, _ = customer_service.create_customer(
        CustomerInput(name="赵六", phone="13700001111"), today=today)
    customer, _ = customer_service.create_customer(
        CustomerInput(name="张三", phone="13812345678"), today=today)
    c = customer_service.get_customer(customer)
    data = CustomerInput(**{f.name: getattr(c, f.name)
                            for f in dataclasses.fields(CustomerInput)})
    customer_service.update_customer(customer, dataclasses.replace(
        data, owner_id=staff.id, referrer_id=referrer), today=today)
    done, _ = issue_card(customer_id=customer, level_id=levels["金卡"], staff_id=staff.id,
                         today=today)
    change_level(card_id=done.card.id, level_id=levels["银卡"], staff_id=staff.id,
                 today=today)
    entries = list_entries(AuditFilter(customer_id=customer, kind="changes"))
    names = audit.record_names(entries)
    (card_change,) = [e for e in entries
                      if e.table == "membership_card" and e.action == "update"]
    assert [names.text("level_id", v) for v in card_change.changes["level_id"]] == [
        "金卡", "银卡"]
    (edited,) = [e for e in entries if e.table == "customer" and e.action == "update"]
    assert names.text("referrer_id", edited.changes["referrer_id"][1]) == "赵六"
    assert names.text("owner_id", edited.changes["owner_id"][1]) == staff.name
    gone = dataclasses.replace(card_change, changes={"level_id": [999, levels["金卡"]]})
    assert audit.record_names([gone]).text("level_id", 999) == "level no. 999 (deleted)"
