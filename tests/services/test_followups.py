"""Logging, correcting and deleting follow-ups; deals, revisits, referrals, due lists."""

import datetime as dt

import pytest

from dealerdesk.db.models import AuditLog, Customer, FollowUp, Revisit, Vehicle
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import customers, followups, vehicles
from dealerdesk.services.search import search
from dealerdesk.services.staff import add_staff

NOON = dt.time(12)


def at(day, hour=10):
    return dt.datetime.combine(day, dt.time(hour))


@pytest.fixture
def cust(staff, today):
    cid, _ = customers.create_customer(
        CustomerInput(name="王大伟", phone="13812345678", owner_id=staff.id), today=today)
    return cid


def log(cust, staff, today, **kw):
    values = dict(customer_id=cust, staff_id=staff.id, when=at(today), channel="phone",
                  content="想要一台白色SUV", outcome="contacted", today=today)
    values.update(kw)
    return followups.log_follow_up(**values)


def row(cid):
    return Customer.get_by_id(cid)


def test_logging_moves_status_and_dates(cust, staff, today):
    fid, changes = log(cust, staff, today, next_action="再约看车",
                       next_action_on=today + dt.timedelta(days=3))
    c = row(cust)
    assert (c.status, c.last_followup_at, c.next_followup_on) == (
        "following", at(today), today + dt.timedelta(days=3))
    assert changes.touches("followups", "customers")
    log(cust, staff, today, when=at(today, 15), outcome="test_drive")
    c = row(cust)
    assert c.status == "visited" and c.next_followup_on is None
    assert [e.outcome for e in followups.timeline(cust)] == ["test_drive", "contacted"]
    assert followups.timeline(cust)[0].staff_name == "李明"


def test_a_back_dated_entry_does_not_override_the_newest(cust, staff, today):
    log(cust, staff, today, outcome="visited", next_action_on=today + dt.timedelta(days=2))
    log(cust, staff, today, when=at(today - dt.timedelta(days=5)), outcome="contacted",
        next_action_on=today - dt.timedelta(days=4))
    c = row(cust)
    assert (c.status, c.last_followup_at, c.next_followup_on) == (
        "visited", at(today), today + dt.timedelta(days=2))
    assert c.first_followup_at == at(today - dt.timedelta(days=5))


@pytest.mark.parametrize("kw,field", [
    (dict(when=at(dt.date(2026, 11, 27))), "when"),
    (dict(outcome="lost"), "lost_reason"),
    (dict(outcome="deal"), "vehicle"),
    (dict(next_action_on=dt.date(2026, 11, 25)), "next_action_on"),
    (dict(channel="telegram"), "channel"),
    (dict(outcome="maybe"), "outcome"),
    (dict(content="x" * 2001), "content"),
])
def test_bad_input_is_refused_and_nothing_is_written(cust, staff, today, kw, field):
    before = row(cust)
    with pytest.raises(ValidationFailed) as info:
        log(cust, staff, today, **kw)
    assert info.value.for_field(field) is not None
    assert info.value.for_field(field).message
    assert FollowUp.select().count() == 0
    after = row(cust)
    assert (after.status, after.last_followup_at) == (before.status, before.last_followup_at)


def test_lost_needs_a_reason_and_keeps_it(cust, staff, today):
    log(cust, staff, today, outcome="lost", lost_reason="price")
    assert row(cust).status == "lost"
    assert followups.timeline(cust)[0].lost_reason == "price"
    log(cust, staff, today, when=at(today, 11), outcome="contacted", lost_reason="price")
    assert followups.timeline(cust)[0].lost_reason == ""  # only a lost outcome keeps one
    assert row(cust).status == "following"


def test_only_the_author_corrects_or_deletes_and_it_is_audited(cust, staff, today):
    fid, _ = log(cust, staff, today, next_action_on=today + dt.timedelta(days=1))
    other, _ = add_staff(name="王芳")
    with pytest.raises(ValidationFailed) as info:
        followups.delete_follow_up(follow_up_id=fid, by_staff_id=other.id)
    assert info.value.for_field("entry")
    followups.edit_follow_up(follow_up_id=fid, by_staff_id=staff.id, when=at(today),
                             channel="wechat", content="改：想要黑色SUV", outcome="visit_booked",
                             next_action_on=today + dt.timedelta(days=2), today=today)
    entry = followups.get_follow_up(fid)
    assert (entry.channel, entry.content) == ("wechat", "改：想要黑色SUV")
    assert row(cust).next_followup_on == today + dt.timedelta(days=2)
    with pytest.raises(ValidationFailed):
        followups.edit_follow_up(follow_up_id=fid, by_staff_id=staff.id, when=at(today),
                                 channel="wechat", content="", outcome="lost", today=today)
    followups.delete_follow_up(follow_up_id=fid, by_staff_id=staff.id)
    c = row(cust)
    assert (c.status, c.first_followup_at, c.last_followup_at, c.next_followup_on) == (
        "lead", None, None, None)
    actions = [a.action for a in AuditLog.select().where(AuditLog.table_name == "follow_up",
                                                         AuditLog.row_id == fid)]
    assert actions == ["insert", "update", "delete"]


def test_deal_books_the_car_and_schedules_revisits(cust, staff, today):
    vid, _ = vehicles.add_vehicle(cust, VehicleInput(brand="丰田", model="RAV4荣放",
                                                      plate="浙A12345"), today=today)
    fid, changes = followups.record_deal(customer_id=cust, staff_id=staff.id, when=at(today),
                                         vehicle_id=vid, price_cents=15_800_000, today=today)
    car = Vehicle.get_by_id(vid)
    assert (car.deal_on, car.deal_price_cents, car.relation, car.salesperson_id) == (
        today, 15_800_000, "bought", staff.id)
    assert row(cust).status == "customer"
    dues = [r.due_on for r in followups.list_revisits(cust)]
    assert dues == [dt.date(2026, 11, 29), dt.date(2026, 12, 26), dt.date(2027, 2, 26)]
    assert "丰田 RAV4荣放" in followups.timeline(cust)[0].content
    assert changes.touches("vehicles", "revisits")
    # deleting the deal entry undoes the deal and its open revisits
    followups.delete_follow_up(follow_up_id=fid, by_staff_id=staff.id)
    assert Vehicle.get_by_id(vid).deal_on is None and Revisit.select().count() == 0
    assert row(cust).status == "lead"


def test_revisit_schedule_is_configurable_and_a_new_car_can_be_sold(cust, staff, today):
    from dealerdesk.services.settings import set_settings

    set_settings({"revisit_days": [7, 60]})
    followups.record_deal(customer_id=cust, staff_id=staff.id, when=at(today),
                          new_vehicle=VehicleInput(brand="本田", model="雅阁"),
                          price_cents=9_000_000, today=today)
    assert [(r.days, r.due_on) for r in followups.list_revisits(cust)] == [
        (7, dt.date(2026, 12, 3)), (60, dt.date(2027, 1, 26))]
    assert Vehicle.get(Vehicle.customer == cust).deal_price_cents == 9_000_000


def test_a_deal_without_car_or_price_saves_nothing(cust, staff, today):
    with pytest.raises(ValidationFailed) as info:
        followups.record_deal(customer_id=cust, staff_id=staff.id, when=at(today),
                              price_cents=None, today=today)
    assert info.value.for_field("vehicle") and info.value.for_field("price")
    with pytest.raises(ValidationFailed) as info:
        followups.record_deal(customer_id=cust, staff_id=staff.id, when=at(today),
                              new_vehicle=VehicleInput(brand="本田", year=1800),
                              price_cents=100, today=today)
    assert info.value.for_field("year")
    assert (FollowUp.select().count(), Vehicle.select().count(), Revisit.select().count()) == (
        0, 0, 0)
    assert row(cust).status == "lead"


def test_revisit_done_through_a_follow_up(cust, staff, today):
    followups.record_deal(customer_id=cust, staff_id=staff.id, when=at(today - dt.timedelta(5)),
                          new_vehicle=VehicleInput(brand="本田"), price_cents=100, today=today)
    due = followups.due_items(bucket="overdue", today=today, staff_id=staff.id)
    assert [(d.kind, d.overdue_days) for d in due] == [("revisit", 2)]
    fid, _ = log(cust, staff, today, outcome="after_sale", revisit_id=due[0].revisit_id)
    assert followups.due_items(bucket="overdue", today=today) == []
    assert followups.list_revisits(cust)[0].done_at == at(today)
    with pytest.raises(ValidationFailed):  # done already
        log(cust, staff, today, outcome="after_sale", revisit_id=due[0].revisit_id)


def test_due_lists_by_bucket_and_salesperson(cust, staff, today):
    other, _ = add_staff(name="王芳")
    c2, _ = customers.create_customer(CustomerInput(name="赵六", phone="13911112222",
                                                    owner_id=other.id), today=today)
    log(cust, staff, today, next_action="再约看车", next_action_on=today)
    log(c2, other, today - dt.timedelta(days=3), when=at(today - dt.timedelta(days=3)),
        next_action_on=today - dt.timedelta(days=1))
    assert [d.what for d in followups.due_items(bucket="today", today=today)] == ["再约看车"]
    overdue = followups.due_items(bucket="overdue", today=today)
    assert [(d.customer_name, d.overdue_days) for d in overdue] == [("赵六", 1)]
    assert followups.due_items(bucket="overdue", today=today, staff_id=staff.id) == []
    yesterday = today - dt.timedelta(days=1)
    upcoming = followups.due_items(bucket="upcoming", today=yesterday)
    assert [d.customer_name for d in upcoming] == ["王大伟"]
    done = followups.due_items(bucket="done", today=today, staff_id=staff.id)
    assert [(d.customer_name, d.kind) for d in done] == [("王大伟", "done")]
    assert followups.due_counts(today=today) == {"today": 1, "overdue": 1, "upcoming": 0,
                                                 "done": 2}


def test_deleted_customer_keeps_follow_ups_in_the_recycle_bin(cust, staff, today):
    log(cust, staff, today, next_action_on=today)
    customers.delete_customer(cust)
    assert followups.due_items(bucket="today", today=today) == []
    assert len(followups.timeline(cust)) == 1
    with pytest.raises(ValidationFailed) as info:
        log(cust, staff, today)
    assert info.value.for_field("customer")
    customers.restore_customer(cust)
    assert len(followups.due_items(bucket="today", today=today)) == 1


def test_referral_remembers_the_referrer(cust, staff, today):
    new_id, _ = followups.record_referral(
        referrer_id=cust, data=CustomerInput(name="李小龙", phone="13700001111"),
        created_by_id=staff.id, today=today)
    lead = customers.get_customer(new_id)
    assert (lead.source, lead.referrer_id, lead.referrer_name, lead.status) == (
        "referral", cust, "王大伟", "lead")
    assert [r.name for r in followups.referrals_of(cust)] == ["李小龙"]


def test_search_finds_words_in_notes(cust, staff, today):
    log(cust, staff, today, content="客户说想要一台白色SUV，预算十五万")
    hits = search("白色SUV")
    assert [(h.name, h.matched) for h in hits] == [("王大伟", "note")]
    assert "白色SUV" in hits[0].detail
    assert search("白色suv")[0].customer_id == cust  # case does not matter
    fid = followups.timeline(cust)[0].id
    followups.edit_follow_up(follow_up_id=fid, by_staff_id=staff.id, when=at(today),
                             channel="phone", content="改成黑色轿车", outcome="contacted",
                             today=today)
    assert search("白色SUV") == []
    assert search("黑色轿车")[0].matched == "note"
    customers.delete_customer(cust)
    assert search("黑色轿车") == []


def test_note_search_needs_three_characters_and_forgets_deleted_notes(cust, staff, today):
    fid, _ = log(cust, staff, today, content="客户想要白色越野车")
    assert search("白色") == [] or all(h.matched != "note" for h in search("白色"))
    assert [h.matched for h in search("白色越野")] == ["note"]
    followups.delete_follow_up(follow_up_id=fid, by_staff_id=staff.id)
    assert search("白色越野") == []
