"""Hand-over: a leaver's customers, follow-ups, revisits and reminders go to colleagues;
the undo puts everything back. Counts compared before, after and after the undo."""

import datetime as dt

import pytest

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import access, handover
from dealerdesk.services import customers as customer_service
from dealerdesk.services.staff import add_staff, list_staff

NOW = dt.datetime(2026, 11, 26, 14, 0)


@pytest.fixture
def shop(store, today):
    """李明 leaves with 9 customers (levels H, A, B), follow-ups planned, a deal with its
    revisits, reminders he wrote; 王芳 and 赵红 stay."""
    from dealerdesk.services.followups import log_follow_up, record_deal
    from dealerdesk.services.reminder_notes import add_manual_reminder
    from dealerdesk.services.vehicles import add_vehicle

    li, _ = add_staff(name="李明")
    wang, _ = add_staff(name="王芳")
    zhao, _ = add_staff(name="赵红")
    ids = []
    for n, level in enumerate("HHHAAABBB"):
        cid, _ = customer_service.create_customer(CustomerInput(
            name=f"客户{n}", phone=f"1380000{n:04d}", level=level, owner_id=li.id),
            today=today)
        ids.append(cid)
        log_follow_up(customer_id=cid, staff_id=li.id, when=NOW - dt.timedelta(days=1),
                      channel="phone", content="聊了聊", outcome="contacted",
                      next_action="再联系", next_action_on=today + dt.timedelta(days=n + 1),
                      today=today)
        add_manual_reminder(customer_id=cid, due_on=today + dt.timedelta(days=3),
                            text="问问贷款", staff_id=li.id, today=today)
    vid, _ = add_vehicle(ids[0], VehicleInput(brand="丰田", model="凯美瑞"), today=today)
    record_deal(customer_id=ids[0], vehicle_id=vid, staff_id=li.id, when=NOW,
                price_cents=12_000_000, content="成交", today=today)
    theirs, _ = customer_service.create_customer(
        CustomerInput(name="王的客户", phone="13900009999", owner_id=wang.id), today=today)
    customer_service.delete_customer(ids[8])  # one in the recycle bin goes too
    return {"li": li, "wang": wang, "zhao": zhao, "ids": ids, "theirs": theirs}


def _work(shop):
    return {name: handover.open_work(shop[name].id) for name in ("li", "wang", "zhao")}


def test_hand_over_evenly_moves_everything_and_the_undo_restores_it(shop):
    before = _work(shop)
    # the deal closed one planned follow-up
    assert before["li"] == {"customers": 9, "followups": 8, "revisits": 3, "reminders": 9}
    customers = handover.leaver_customers(shop["li"].id)
    plan = handover.split_even(customers, [shop["wang"].id, shop["zhao"].id])
    shares = handover.preview(from_staff_id=shop["li"].id, assignments=plan)
    assert {s.name: s.customers for s in shares} == {"王芳": 5, "赵红": 4}
    assert sum(s.followups for s in shares) == 8 and sum(s.revisits for s in shares) == 3
    assert sum(s.reminders for s in shares) == 9
    # the preview wrote nothing
    assert _work(shop) == before
    handover_id, _ = handover.run_handover(from_staff_id=shop["li"].id, assignments=plan,
                                           deactivate=True, now=NOW)
    after = _work(shop)
    assert after["li"] == {"customers": 0, "followups": 0, "revisits": 0, "reminders": 0}
    for key in ("customers", "followups", "revisits", "reminders"):
        moved = after["wang"][key] + after["zhao"][key]
        assert moved == before["li"][key] + before["wang"][key] + before["zhao"][key]
    assert "李明" not in [m.name for m in list_staff()]  # marked as left
    handover.undo_handover(handover_id, now=NOW)
    assert _work(shop) == before
    assert "李明" in [m.name for m in list_staff()]
    with pytest.raises(ValidationFailed, match="already undone"):
        handover.undo_handover(handover_id)


def test_history_stays_under_the_leavers_name(shop):
    from dealerdesk.services.followups import timeline

    plan = handover.split_even(handover.leaver_customers(shop["li"].id), [shop["wang"].id])
    handover.run_handover(from_staff_id=shop["li"].id, assignments=plan, deactivate=True)
    entries = timeline(shop["ids"][1])
    assert entries and all(e.staff_name == "李明" for e in entries)
    customer = customer_service.get_customer(shop["ids"][1])
    assert customer.owner_name == "王芳"


def test_by_level_and_by_hand(shop):
    customers = handover.leaver_customers(shop["li"].id)
    by_level = handover.split_by_level(customers, {"H": shop["wang"].id, "A": shop["zhao"].id,
                                                   "B": shop["zhao"].id})
    shares = handover.preview(from_staff_id=shop["li"].id, assignments=by_level)
    assert {s.name: s.customers for s in shares} == {"王芳": 3, "赵红": 6}
    partial = dict(list(by_level.items())[:4])
    with pytest.raises(ValidationFailed, match="every customer"):
        handover.preview(from_staff_id=shop["li"].id, assignments=partial)
    by_hand = {c.id: shop["zhao"].id for c in customers}
    by_hand[shop["ids"][0]] = shop["wang"].id
    handover.run_handover(from_staff_id=shop["li"].id, assignments=by_hand, deactivate=False)
    assert customer_service.get_customer(shop["ids"][0]).owner_name == "王芳"
    assert handover.open_work(shop["zhao"].id)["customers"] == 8


def test_the_undo_keeps_a_later_reassignment(shop, today):
    import dataclasses

    plan = handover.split_even(handover.leaver_customers(shop["li"].id), [shop["wang"].id])
    done, _ = handover.run_handover(from_staff_id=shop["li"].id, assignments=plan,
                                    deactivate=False)
    c = customer_service.get_customer(shop["ids"][2])
    data = CustomerInput(**{f.name: getattr(c, f.name)
                            for f in dataclasses.fields(CustomerInput)})
    customer_service.update_customer(c.id, dataclasses.replace(data, owner_id=shop["zhao"].id),
                                     today=today)
    handover.undo_handover(done)
    assert customer_service.get_customer(shop["ids"][2]).owner_name == "赵红"
    assert handover.open_work(shop["li"].id)["customers"] == 8


def test_refusals(shop):
    plan = handover.split_even(handover.leaver_customers(shop["li"].id), [shop["li"].id])
    with pytest.raises(ValidationFailed, match="other than"):
        handover.preview(from_staff_id=shop["li"].id, assignments=plan)
    with access.acting_as(access.Actor(shop["wang"].id, "王芳", access.SALESPERSON)):
        with pytest.raises(access.NotAllowed):
            handover.preview(from_staff_id=shop["li"].id, assignments={})


def test_a_leaver_without_customers_is_simply_marked_as_left(shop):
    handover.run_handover(from_staff_id=shop["zhao"].id, assignments={}, deactivate=True)
    assert "赵红" not in [m.name for m in list_staff()]


def test_the_hand_over_is_in_the_audit_trail(shop):
    from dealerdesk.services.audit import AuditFilter, list_entries

    plan = handover.split_even(handover.leaver_customers(shop["li"].id), [shop["wang"].id])
    handover.run_handover(from_staff_id=shop["li"].id, assignments=plan, deactivate=True)
    event = list_entries(AuditFilter(kind="people"))[0]
    assert event.action == "handover" and event.changes["customers"] == 9
    entries = list_entries(AuditFilter(customer_id=shop["ids"][3], kind="changes"))
    moved = next(e for e in entries if e.table == "customer" and e.action == "update")
    assert moved.changes["owner_id"] == [shop["li"].id, shop["wang"].id]
    note = next(e for e in entries if e.table == "manual_reminder" and e.action == "update")
    assert note.changes["created_by_id"] == [shop["li"].id, shop["wang"].id]



def test_a_customer_reassigned_meanwhile_is_not_handed_over_again(shop, another_writer):
    """The plan was made before another program gave one of the leaver's customers to 赵红:
    the hand-over checks again inside its transaction and changes nothing."""
    li, wang, zhao = shop["li"].id, shop["wang"].id, shop["zhao"].id
    plan = {c.id: wang for c in handover.leaver_customers(li)}
    first = shop["ids"][0]
    with pytest.raises(ValidationFailed):
        another_writer(
            f"UPDATE customer SET owner_id = {zhao} WHERE id = {first}",
            lambda: handover.run_handover(from_staff_id=li, assignments=plan,
                                          deactivate=False, now=NOW))
    from dealerdesk.db.models import Customer

    assert Customer.get_by_id(first).owner_id == zhao
    assert handover.list_handovers() == []


def test_an_undo_made_meanwhile_elsewhere_is_not_made_twice(shop, another_writer):
    li = shop["li"].id
    plan = {c.id: shop["wang"].id for c in handover.leaver_customers(li)}
    handover_id, _ = handover.run_handover(from_staff_id=li, assignments=plan,
                                           deactivate=False, now=NOW)
    with pytest.raises(ValidationFailed, match="already undone"):
        another_writer(
            f"UPDATE handover SET undone_at = '2026-11-26 14:05:00' WHERE id = {handover_id}",
            lambda: handover.undo_handover(handover_id, now=NOW))
