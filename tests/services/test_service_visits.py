"""Service visits: validation, mileage that must not go backwards, card payments through the
ledger, the car's pace and next maintenance, audit, merge and erase."""

import datetime as dt

import pytest

from dealerdesk.db.api import fetch_all, scalar
from dealerdesk.db.models import Vehicle
from dealerdesk.domain import value as rules
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import membership as m
from dealerdesk.services import membership_money as money
from dealerdesk.services import membership_setup as setup
from dealerdesk.services import service_visits as sv
from dealerdesk.services.customers import create_customer, erase_customer
from dealerdesk.services.vehicles import add_vehicle

D = dt.date


@pytest.fixture
def cust(store, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    return cid


@pytest.fixture
def car(cust, today):
    vid, _ = add_vehicle(cust, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345"),
                         today=today)
    return vid


def visit(cust, today, staff_id=None, **kw):
    values = dict(customer_id=cust, visited_on=today, kind="maintenance", amount_cents=50000)
    values.update(kw)
    return sv.record_visit(sv.VisitInput(**values), staff_id=staff_id, today=today)


def refused(field, call, *args, **kw):
    with pytest.raises(ValidationFailed) as info:
        call(*args, **kw)
    assert field in {e.field for e in info.value.errors}, info.value.errors
    return info.value.errors


def test_a_visit_is_stored_listed_and_audited(cust, car, staff, today):
    vid, changes = visit(cust, today, staff_id=staff.id, vehicle_id=car, mileage_km=12000,
                         notes="换机油  \n")
    assert changes.touches("visits", "vehicles")
    [row] = sv.list_visits(cust)
    assert (row.id, row.kind, row.amount_cents, row.mileage_km, row.staff_name) == (
        vid, "maintenance", 50000, 12000, "李明")
    assert row.vehicle_title.startswith("丰田 凯美瑞") and row.notes == "换机油"
    assert scalar("SELECT count(*) FROM audit_log WHERE table_name = 'service_visit' "
                  "AND action = 'insert' AND customer_id = ?", (cust,)) == 1


def test_bad_input_is_refused_field_by_field_and_nothing_is_written(cust, car, today):
    refused("visited_on", visit, cust, today, visited_on=today + dt.timedelta(days=1))
    refused("visited_on", visit, cust, today, visited_on=None)
    refused("kind", visit, cust, today, kind="洗澡")
    refused("amount", visit, cust, today, amount_cents=-1)
    refused("paid_by", visit, cust, today, paid_by="bitcoin")
    refused("mileage_km", visit, cust, today, vehicle_id=car, mileage_km=-5)
    refused("vehicle", visit, cust, today, mileage_km=100)
    refused("card", visit, cust, today, paid_by="stored_value")
    refused("package", visit, cust, today, paid_by="package")
    assert scalar("SELECT count(*) FROM service_visit") == 0


def test_mileage_going_backwards_needs_a_confirmation(cust, car, today):
    visit(cust, today - dt.timedelta(days=100), vehicle_id=car, mileage_km=20000)
    errors = refused("mileage_km", visit, cust, today, vehicle_id=car, mileage_km=15000)
    assert "20,000" in errors[0].message and "odometer" in errors[0].message
    # an earlier visit cannot show more than a later one either
    refused("mileage_km", visit, cust, today, visited_on=today - dt.timedelta(days=200),
            vehicle_id=car, mileage_km=25000)
    visit(cust, today, vehicle_id=car, mileage_km=15000, mileage_lower_confirmed=True)
    assert Vehicle.get_by_id(car).mileage_km == 15000


def test_pace_and_next_maintenance_follow_the_visits(cust, car, today):
    params = rules.ValueParams()
    visit(cust, today - dt.timedelta(days=200), vehicle_id=car, mileage_km=10000)
    visit(cust, today, vehicle_id=car, mileage_km=14000)
    assert sv.km_per_day(car) == pytest.approx(20.0)
    # 5,000 km at 20 km a day is 250 days; six months come first
    assert Vehicle.get_by_id(car).next_maintenance_on == rules.next_maintenance(
        today, 20.0, params) == D(2027, 5, 26)
    visit(cust, today, vehicle_id=car, mileage_km=14000, kind="repair")
    sv.set_service_kinds(["maintenance", "repair", "轮胎"])
    assert [c for c, _ in sv.service_kinds()] == ["maintenance", "repair", "轮胎"]


def test_a_fast_car_is_due_by_kilometres(today):
    # 5,000 km at 50 km a day: 100 days, before six months
    assert rules.next_maintenance(today, 50.0, rules.ValueParams()) == today + dt.timedelta(
        days=100)
    assert rules.km_per_day([(today, 100)]) is None
    assert rules.km_per_day([(today - dt.timedelta(days=10), 0), (today, 500)]) is None


def _card(cust, staff, today):
    setup.seed_defaults()
    level = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = m.issue_card(customer_id=cust, level_id=level, staff_id=staff.id, today=today)
    return done.card.id


def test_stored_value_and_package_use_go_through_the_ledger(cust, car, staff, today):
    card = _card(cust, staff, today)
    money.top_up(card_id=card, amount_cents=100000, staff_id=staff.id, today=today)
    kind = next(p for p in setup.list_package_types())
    done, _ = money.sell_package(card_id=card, package_type_id=kind.id, staff_id=staff.id,
                                 today=today)
    package = scalar("SELECT id FROM card_package WHERE card_id = ?", (card,))
    first, changes = visit(cust, today, staff.id, paid_by="stored_value", card_id=card,
                           amount_cents=30000)
    assert changes.touches("ledger")
    assert scalar("SELECT e.amount_cents FROM ledger_entry e JOIN service_visit v "
                  "ON v.ledger_entry_id = e.id WHERE v.id = ?", (first,)) == -30000
    visit(cust, today, staff.id, paid_by="package", package_id=package, amount_cents=0)
    assert scalar("SELECT uses FROM ledger_entry WHERE kind = 'package_use'") == -1
    # more than the balance: refused by the ledger, and no visit is left behind
    refused("amount", visit, cust, today, staff.id, paid_by="stored_value", card_id=card,
            amount_cents=10_000_000)
    assert scalar("SELECT count(*) FROM service_visit") == 2
    sv.delete_visit(visit_id=first, staff_id=staff.id, today=today, reason="录错了")
    assert scalar("SELECT count(*) FROM ledger_entry WHERE kind = 'reversal'") == 1
    assert scalar("SELECT count(*) FROM service_visit") == 1


def test_merge_carries_visits_and_erase_removes_them(cust, today):
    from dealerdesk.services.duplicates import merge_customers, undo_merge

    other, _ = create_customer(CustomerInput(name="张三", phone="13912345678"), today=today)
    visit(other, today)
    merge_id, _ = merge_customers(keep_id=cust, other_id=other)
    assert [v.customer_id for v in sv.list_visits(cust)] == [cust]
    undo_merge(merge_id)
    assert [v.customer_id for v in sv.list_visits(other)] == [other]
    erase_customer(other)
    assert scalar("SELECT count(*) FROM service_visit") == 0


def test_a_visit_is_changed_and_its_own_reading_is_no_clash(cust, car, today):
    first, _ = visit(cust, today - dt.timedelta(days=30), vehicle_id=car, mileage_km=20000)
    second, _ = visit(cust, today, vehicle_id=car, mileage_km=21000)
    # the latest visit's reading corrected downwards, still above the one before
    sv.update_visit(second, sv.VisitInput(customer_id=cust, visited_on=today, kind="repair",
                                          amount_cents=80000, vehicle_id=car, mileage_km=20500),
                    staff_id=None, today=today)
    row = next(v for v in sv.list_visits(cust) if v.id == second)
    assert (row.kind, row.amount_cents, row.mileage_km) == ("repair", 80000, 20500)
    assert Vehicle.get_by_id(car).mileage_km == 20500
    # below the earlier reading: the same confirmation as for a new visit
    refused("mileage_km", sv.update_visit, second, sv.VisitInput(
        customer_id=cust, visited_on=today, kind="repair", amount_cents=0, vehicle_id=car,
        mileage_km=100), staff_id=None, today=today)
    refused("visit", sv.update_visit, 999, sv.VisitInput(
        customer_id=cust, visited_on=today, kind="repair", amount_cents=0), staff_id=None,
        today=today)
    assert first


def test_changing_how_a_visit_was_paid_reverses_the_card_entry(cust, staff, today):
    card = _card(cust, staff, today)
    money.top_up(card_id=card, amount_cents=100000, staff_id=staff.id, today=today)
    vid, _ = visit(cust, today, staff.id, paid_by="stored_value", card_id=card,
                   amount_cents=30000)
    same = sv.VisitInput(customer_id=cust, visited_on=today, kind="maintenance",
                         amount_cents=30000, paid_by="stored_value", card_id=card, notes="改备注")
    changes = sv.update_visit(vid, same, staff_id=staff.id, today=today)
    assert not changes.touches("ledger")
    assert scalar("SELECT count(*) FROM ledger_entry WHERE kind = 'reversal'") == 0
    cash = sv.VisitInput(customer_id=cust, visited_on=today, kind="maintenance",
                         amount_cents=30000)
    assert sv.update_visit(vid, cash, staff_id=staff.id, today=today).touches("ledger")
    assert scalar("SELECT count(*) FROM ledger_entry WHERE kind = 'reversal'") == 1
    [row] = sv.list_visits(cust)
    assert (row.paid_by, row.ledger_entry_id, row.card_id) == ("cash", None, None)
    from dealerdesk.services.membership_queries import card_summary

    assert card_summary(card, today=today).balance_cents == 100000


def test_a_change_and_a_removal_are_audited_with_before_and_after(cust, car, today):
    vid, _ = visit(cust, today, vehicle_id=car)
    sv.update_visit(vid, sv.VisitInput(customer_id=cust, visited_on=today, kind="repair",
                                       amount_cents=80000, vehicle_id=car),
                    staff_id=None, today=today)
    sv.delete_visit(visit_id=vid, staff_id=None, today=today, reason="entered twice")
    rows = fetch_all("SELECT action, changes FROM audit_log WHERE table_name = "
                     "'service_visit' AND row_id = ? ORDER BY id", (vid,))
    assert [a for a, _ in rows] == ["insert", "update", "delete"]
    assert "80000" in rows[1][1] and "repair" in rows[1][1]


def test_a_visit_s_card_payment_is_not_reversed_behind_the_visit_s_back(cust, staff, today):
    """Reversed from the card, the visit would still say it was paid by card and could no
    longer be deleted; the visit is changed or deleted instead, and its payment goes with it."""
    card = _card(cust, staff, today)
    money.top_up(card_id=card, amount_cents=100000, staff_id=staff.id, today=today)
    vid, _ = visit(cust, today, staff.id, paid_by="stored_value", card_id=card,
                   amount_cents=30000)
    [row] = sv.list_visits(cust)
    with pytest.raises(ValidationFailed, match="service visit"):
        money.reverse_entry(entry_id=row.ledger_entry_id, staff_id=staff.id, today=today,
                            note="wrong")
    assert scalar("SELECT count(*) FROM ledger_entry WHERE kind = 'reversal'") == 0
    sv.delete_visit(visit_id=vid, staff_id=staff.id, today=today, reason="entered twice")
    assert scalar("SELECT count(*) FROM ledger_entry WHERE kind = 'reversal'") == 1
    assert sv.list_visits(cust) == []
    from dealerdesk.services.membership_queries import card_summary

    assert card_summary(card, today=today).balance_cents == 100000


def test_a_kind_taken_off_the_list_keeps_its_old_visits_editable(cust, today):
    sv.set_service_kinds(["maintenance", "repair", "洗车"])
    vid, _ = visit(cust, today, kind="洗车")
    sv.set_service_kinds(["maintenance", "repair"])
    note_only = sv.VisitInput(customer_id=cust, visited_on=today, kind="洗车",
                              amount_cents=5000, notes="只改备注")
    sv.update_visit(vid, note_only, staff_id=None, today=today)
    assert sv.list_visits(cust)[0].notes == "只改备注"
    with pytest.raises(ValidationFailed):  # a new visit takes the shop's list as it is
        visit(cust, today, kind="洗车")
