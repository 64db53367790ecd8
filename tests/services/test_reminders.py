"""Reminder services on a shop whose reminders are listed by hand (today: 2026-11-26)."""

from __future__ import annotations

import datetime as dt

import pytest

from dealerdesk.db.models import Customer, MembershipCard, MembershipLevel, ReminderAnswer, Revisit
from dealerdesk.domain.errors import RuleError, ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import reminder_notes as notes
from dealerdesk.services import reminders as svc
from dealerdesk.services.customers import create_customer, delete_customer
from dealerdesk.services.settings import save_shop
from dealerdesk.services.vehicles import add_vehicle, update_vehicle

D = dt.date


def _customer(name, phone, *, today, contact=None, level="B", status="following", **kw):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone, level=level, status=status,
                                           **kw), today=today)
    moment = dt.datetime.combine(contact or today, dt.time(10))
    Customer.update(created_at=moment, last_followup_at=moment).where(Customer.id == cid).execute()
    return cid


def _car(cid, today, **kw):
    data = dict(brand="丰田", model="凯美瑞", year=2019, plate="浙A12345")
    data.update(kw)
    vid, _ = add_vehicle(cid, VehicleInput(**data), today=today)
    return vid


def _keys(found):
    return [r.key for r in found]


@pytest.fixture
def shop(store, staff, today):
    """Customers whose reminders in the next 30 days are known exactly (see each comment)."""
    ids = {}
    ids["wang"] = _customer("王伟", "13800000001", today=today, birthday=D(1980, 12, 1),
                            owner_id=staff.id)  # birthday 2026-12-01, turns 46
    ids["li"] = _customer("李娜", "13800000002", today=today, birthday=D(1990, 11, 27),
                          lunar_birthday=True, lunar_month=10, lunar_day=23)  # 十月廿三: 12-01
    ids["zhao"] = _customer("赵强", "13800000003", today=today, status="customer")
    ids["zhao_car"] = _car(ids["zhao"], today, compulsory_ins_expiry=D(2026, 12, 20),
                           commercial_ins_expiry=D(2026, 12, 20),
                           inspection_due=D(2026, 11, 10),  # overdue, within 30 days
                           next_maintenance_on=D(2026, 12, 10))
    _car(ids["zhao"], today, plate="浙A54321", compulsory_ins_expiry=D(2026, 10, 1))  # too old
    _car(ids["zhao"], today, plate="浙B11111", compulsory_ins_expiry=D(2026, 12, 2),
         disposed_on=D(2026, 6, 1))  # sold on
    _car(ids["zhao"], today, plate="浙B22222", relation="traded_in",
         compulsory_ins_expiry=D(2026, 12, 3))  # traded in to the shop
    ids["qian"] = _customer("钱多多", "13800000004", today=today, level="H", status="lead",
                            contact=D(2026, 11, 20))  # H limit 3: not contacted since 11-24
    ids["sun"] = _customer("孙丽", "13800000005", today=today, status="lost",
                           contact=D(2025, 1, 1), birthday=D(1985, 12, 31))  # only the birthday
    ids["gone"] = _customer("周离", "13800000006", today=today, birthday=D(1970, 11, 28))
    _car(ids["gone"], today, plate="浙C33333", compulsory_ins_expiry=D(2026, 12, 1))
    delete_customer(ids["gone"])  # in the recycle bin: nothing
    return ids


EXPECTED = [  # (kind, customer, due, overdue)
    ("inspection", "zhao", D(2026, 11, 10), True),
    ("not_contacted", "qian", D(2026, 11, 24), True),
    ("birthday", "li", D(2026, 12, 1), False),
    ("birthday", "wang", D(2026, 12, 1), False),
    ("maintenance", "zhao", D(2026, 12, 10), False),
    ("compulsory_insurance", "zhao", D(2026, 12, 20), False),
    ("commercial_insurance", "zhao", D(2026, 12, 20), False),
]


def test_the_hand_listed_reminders_and_nothing_else(shop, today):
    found = svc.list_reminders(today=today)
    assert [(r.kind, r.customer_id, r.due, r.overdue) for r in found] == [
        (kind, shop[who], due, overdue) for kind, who, due, overdue in EXPECTED]


def test_reminders_carry_who_why_and_the_car(shop, today, staff):
    found = {(r.kind, r.customer_id): r for r in svc.list_reminders(today=today)}
    wang = found["birthday", shop["wang"]]
    assert (wang.customer_name, wang.phone, wang.owner_id, wang.owner_name) == (
        "王伟", "13800000001", staff.id, "李明")
    assert wang.detail == "Birthday 1 Dec 2026, turns 46"
    assert wang.key == f"birthday:{shop['wang']}:0:2026-12-01"
    assert found["birthday", shop["li"]].detail == "Lunar birthday 十月廿三 (1 Dec 2026)"
    ins = found["compulsory_insurance", shop["zhao"]]
    assert (ins.vehicle_id, ins.plate, ins.car) == (
        shop["zhao_car"], "浙A12345", "丰田 凯美瑞 2019")
    assert ins.detail == "浙A12345 Compulsory insurance expires 20 Dec 2026"
    assert found["inspection", shop["zhao"]].detail.endswith("overdue since 10 Nov 2026")
    assert found["not_contacted", shop["qian"]].detail == \
        "Last contact 20 Nov 2026, 6 days ago (limit 3)"


def test_filters_by_owner_kind_days_and_overdue(shop, today, staff):
    assert {r.customer_id for r in svc.list_reminders(today=today, owner_id=staff.id)} == {
        shop["wang"]}
    assert [r.kind for r in svc.list_reminders(today=today, kinds=["inspection"])] == [
        "inspection"]
    assert [r.due for r in svc.list_reminders(today=today, days=5, include_overdue=False)] == [
        D(2026, 12, 1), D(2026, 12, 1)]
    assert svc.list_reminders(today=today, days=0, include_overdue=False) == []
    with pytest.raises(RuleError):
        svc.list_reminders(today=today, kinds=["nonsense"])
    with pytest.raises(RuleError):
        svc.list_reminders(today=today, days=-1)


def test_across_the_year_end(shop, today):
    found = svc.list_reminders(today=D(2026, 12, 28), days=7, kinds=["birthday"])
    assert [(r.customer_id, r.due) for r in found] == [(shop["sun"], D(2026, 12, 31))]
    found = svc.list_reminders(today=D(2026, 12, 28), days=7, kinds=["birthday"],
                               include_overdue=True)
    assert all(r.due.year == 2026 for r in found)
    wang_next = svc.list_reminders(today=D(2027, 11, 30), days=3, kinds=["birthday"])
    assert [(r.customer_id, r.due, r.detail) for r in wang_next if r.customer_id == shop["wang"]] \
        == [(shop["wang"], D(2027, 12, 1), "Birthday 1 Dec 2027, turns 47")]


def test_done_hides_one_occurrence_and_next_year_comes_back(shop, today, staff):
    key = f"birthday:{shop['wang']}:0:2026-12-01"
    changes = svc.mark_done(key=key, today=today, staff_id=staff.id)
    assert changes.touches("reminders")
    assert key not in _keys(svc.list_reminders(today=today))
    next_year = svc.list_reminders(today=D(2027, 11, 26), kinds=["birthday"])
    assert f"birthday:{shop['wang']}:0:2027-12-01" in _keys(next_year)
    svc.reopen(key=key)
    assert key in _keys(svc.list_reminders(today=today))


def test_a_changed_insurance_date_moves_its_reminder(shop, today):
    old = f"compulsory_insurance:{shop['zhao']}:{shop['zhao_car']}:2026-12-20"
    svc.mark_done(key=old, today=today)
    assert old not in _keys(svc.list_reminders(today=today))
    update_vehicle(shop["zhao_car"], VehicleInput(brand="丰田", model="凯美瑞", year=2019,
                                                  plate="浙A12345",
                                                  compulsory_ins_expiry=D(2026, 12, 24)),
                   today=today)
    found = [r for r in svc.list_reminders(today=today) if r.kind == "compulsory_insurance"]
    assert [r.due for r in found] == [D(2026, 12, 24)]


def test_snooze_hides_until_the_day_then_shows_it_overdue(shop, today):
    key = f"maintenance:{shop['zhao']}:{shop['zhao_car']}:2026-12-10"
    svc.snooze(key=key, today=today, days=3)
    assert key not in _keys(svc.list_reminders(today=today))
    assert key not in _keys(svc.list_reminders(today=D(2026, 11, 28)))
    assert key in _keys(svc.list_reminders(today=D(2026, 11, 29)))
    svc.snooze(key=key, today=today, until=D(2026, 12, 31))  # a second snooze replaces the first
    late = [r for r in svc.list_reminders(today=D(2026, 12, 31)) if r.key == key]
    assert len(late) == 1 and late[0].overdue
    assert ReminderAnswer.select().count() == 1


def test_snooze_past_the_overdue_window_still_comes_back(shop, today):
    key = f"birthday:{shop['wang']}:0:2026-12-01"
    svc.snooze(key=key, today=D(2026, 12, 1), until=D(2026, 12, 20))  # birthdays keep 7 days
    assert key not in _keys(svc.list_reminders(today=D(2026, 12, 19)))
    assert key in _keys(svc.list_reminders(today=D(2026, 12, 20)))
    assert key not in _keys(svc.list_reminders(today=D(2027, 1, 20)))  # gone a week after


def test_bad_snoozes_are_refused_and_nothing_is_written(shop, today):
    key = f"birthday:{shop['wang']}:0:2026-12-01"
    for kw in ({"days": 0}, {"until": today}, {"until": D(2028, 1, 1)}):
        with pytest.raises(RuleError):
            svc.snooze(key=key, today=today, **kw)
    with pytest.raises(RuleError):
        svc.mark_done(key="birthday:999:0:2026-12-01", today=today)
    with pytest.raises(RuleError):
        svc.mark_done(key="garbage", today=today)
    assert ReminderAnswer.select().count() == 0


def test_stop_reminding_a_kind_on_a_customer_or_one_vehicle_and_undo(shop, today, staff):
    zhao, car = shop["zhao"], shop["zhao_car"]
    other = _car(zhao, today, plate="浙A99999", compulsory_ins_expiry=D(2026, 12, 5))
    svc.stop_reminding(customer_id=zhao, kind="compulsory_insurance", vehicle_id=car,
                       staff_id=staff.id)
    ins = [r.vehicle_id for r in svc.list_reminders(today=today, kinds=["compulsory_insurance"])]
    assert ins == [other]
    stopped = svc.stopped_reminders(zhao)
    assert [(s.kind, s.vehicle_id, s.plate, s.staff_name) for s in stopped] == [
        ("compulsory_insurance", car, "浙A12345", "李明")]
    svc.stop_reminding(customer_id=zhao, kind="compulsory_insurance")
    assert svc.list_reminders(today=today, kinds=["compulsory_insurance"]) == []
    next_year = svc.list_reminders(today=D(2027, 11, 26), kinds=["compulsory_insurance"])
    assert next_year == []  # stopping is not a snooze: it lasts
    svc.undo_stop(customer_id=zhao, kind="compulsory_insurance")
    assert [r.vehicle_id for r in svc.list_reminders(
        today=today, kinds=["compulsory_insurance"])] == [other]
    svc.undo_stop(customer_id=zhao, kind="compulsory_insurance", vehicle_id=car)
    assert svc.stopped_reminders(zhao) == []
    with pytest.raises(RuleError):
        svc.stop_reminding(customer_id=zhao, kind="nonsense")


def test_not_contacted_until_someone_logs_a_contact(shop, today):
    qian = shop["qian"]
    assert [r.kind for r in svc.reminders_for_customer(customer_id=qian, today=today)] == [
        "not_contacted"]
    Customer.update(last_followup_at=dt.datetime(2026, 11, 26, 9)).where(
        Customer.id == qian).execute()
    assert svc.reminders_for_customer(customer_id=qian, today=today) == []
    # it comes back when the H limit (3 days) has passed again
    later = svc.reminders_for_customer(customer_id=qian, today=D(2026, 11, 30))
    assert [(r.kind, r.due) for r in later] == [("not_contacted", D(2026, 11, 30))]


def test_contact_limits_are_configurable(shop, today):
    svc.set_contact_limits({"H": 10})
    assert svc.reminders_for_customer(customer_id=shop["qian"], today=today) == []
    assert svc.contact_limits()["H"] == 10
    with pytest.raises(ValidationFailed):
        svc.set_contact_limits({"H": 0, "A": "x"})
    assert svc.contact_limits()["A"] == 7


def test_a_clock_set_backwards_gives_no_negative_ages_or_lost_answers(shop, today):
    qian = shop["qian"]
    Customer.update(last_followup_at=dt.datetime(2027, 3, 1, 9)).where(
        Customer.id == qian).execute()  # logged while the clock was wrong
    assert svc.reminders_for_customer(customer_id=qian, today=today) == []
    key = f"birthday:{shop['wang']}:0:2026-12-01"
    svc.mark_done(key=key, today=D(2026, 11, 30))
    assert key not in _keys(svc.list_reminders(today=D(2026, 11, 20)))  # clock turned back


def test_followups_revisits_cards_and_manual_reminders(shop, today, staff):
    wang = shop["wang"]
    Customer.update(next_followup_on=D(2026, 11, 24)).where(Customer.id == wang).execute()
    Revisit.create(customer=wang, due_on=D(2026, 11, 29), label="3")
    level = MembershipLevel.create(name="金卡")
    MembershipCard.create(card_no="VIP0001", customer=wang, level=level, issued_on=D(2025, 12, 1),
                          expires_on=D(2026, 12, 15))
    MembershipCard.create(card_no="VIP0002", customer=wang, level=level, issued_on=D(2025, 12, 1),
                          expires_on=D(2026, 12, 16), status="cancelled")
    mid, _ = notes.add_manual_reminder(customer_id=wang, due_on=D(2026, 12, 3),
                                       text="问问想要的那台SUV", today=today, staff_id=staff.id)
    found = [(r.kind, r.due, r.detail) for r in svc.reminders_for_customer(
        customer_id=wang, today=today, days=30)]
    assert found == [
        ("followup", D(2026, 11, 24), "Follow-up overdue since 24 Nov 2026"),
        ("revisit", D(2026, 11, 29), "Revisit 3 days after the deal"),
        ("birthday", D(2026, 12, 1), "Birthday 1 Dec 2026, turns 46"),
        ("manual", D(2026, 12, 3), "问问想要的那台SUV"),
        ("membership_expiry", D(2026, 12, 15), "Membership card VIP0001 expires 15 Dec 2026"),
    ]
    revisit = next(r for r in svc.reminders_for_customer(customer_id=wang, today=today)
                   if r.kind == "revisit")
    svc.mark_done(key=revisit.key, today=today)
    assert Revisit.get().done_at is not None
    assert [m.text for m in notes.list_manual_reminders(wang)] == ["问问想要的那台SUV"]
    notes.update_manual_reminder(reminder_id=mid, due_on=D(2027, 3, 1), text="三月再问",
                                 today=today)
    assert "manual" not in [r.kind for r in svc.reminders_for_customer(
        customer_id=wang, today=today, days=30)]
    notes.delete_manual_reminder(mid)
    assert notes.list_manual_reminders(wang) == []


def test_manual_reminder_bad_input_is_refused_and_nothing_written(shop, today):
    cases = [dict(due_on=None, text="x"), dict(due_on=D(2026, 12, 1), text="  "),
             dict(due_on=D(2040, 1, 1), text="x"), dict(due_on=D(2026, 12, 1), text="x" * 201)]
    for kw in cases:
        with pytest.raises(ValidationFailed):
            notes.add_manual_reminder(customer_id=shop["wang"], today=today, **kw)
    with pytest.raises(ValidationFailed) as info:
        notes.add_manual_reminder(customer_id=shop["gone"], due_on=D(2026, 12, 1), text="x",
                                  today=today)
    assert info.value.for_field("customer")
    with pytest.raises(ValidationFailed):
        notes.add_manual_reminder(customer_id=shop["wang"], due_on=D(2026, 12, 1), text="x",
                                  vehicle_id=shop["zhao_car"], today=today)
    assert notes.list_manual_reminders(shop["wang"]) == []


def test_todays_calls_use_the_lead_times(shop, today):
    calls = [(r.kind, r.due) for r in svc.todays_calls(today=today)]
    # insurance (12-20, 30 days ahead) and birthdays (12-01, 7 days) are calls today;
    # maintenance (12-10, 7 days) is not yet.
    assert calls == [("inspection", D(2026, 11, 10)), ("not_contacted", D(2026, 11, 24)),
                     ("birthday", D(2026, 12, 1)), ("birthday", D(2026, 12, 1)),
                     ("compulsory_insurance", D(2026, 12, 20)),
                     ("commercial_insurance", D(2026, 12, 20))]
    assert svc.call_summary(today=today) == (4, 2)
    svc.set_lead_days({"compulsory_insurance": 10, "birthday": 0})
    assert svc.lead_days()["compulsory_insurance"] == 10
    assert svc.call_summary(today=today) == (1, 2)
    with pytest.raises(ValidationFailed):
        svc.set_lead_days({"followup": 3})
    with pytest.raises(ValidationFailed):
        svc.set_lead_days({"birthday": 500})


def test_counts_by_kind(shop, today):
    counts = svc.count_by_kind(svc.list_reminders(today=today), today)
    assert counts["inspection"] == svc.KindCounts(overdue=1)
    assert counts["birthday"] == svc.KindCounts(today=0, week=2, month=2)
    assert counts["compulsory_insurance"] == svc.KindCounts(month=1)
    assert counts["manual"] == svc.KindCounts()


def test_messages_in_the_customers_language(shop, today):
    save_shop(name="鑫源二手车行", address="", phone="0571-88886666")
    key = f"compulsory_insurance:{shop['zhao']}:{shop['zhao_car']}:2026-12-20"
    text = notes.message_for(key=key)
    assert text.startswith("赵强您好，您的爱车丰田 凯美瑞（浙A12345）交强险将于2026年12月20日到期")
    assert "0571-88886666" in text
    Customer.update(language="en").where(Customer.id == shop["zhao"]).execute()
    assert notes.message_for(key=key).startswith(
        "Dear 赵强, the compulsory insurance of your 丰田 凯美瑞 (浙A12345) expires on 20 December")
    lunar = notes.message_for(key=f"birthday:{shop['li']}:0:2026-12-01")
    assert "农历十月廿三（2026年12月1日）是您的生日" in lunar
    assert notes.message_for(key=f"not_contacted:{shop['qian']}:0:2026-11-24") == ""
    with pytest.raises(RuleError):
        notes.message_for(key="birthday:999:0:2026-12-01")


def test_templates_are_edited_checked_and_reset(shop, today):
    notes.set_templates("zh_CN", {"birthday": "{name}，生日快乐！{shop}"})
    assert notes.message_for(key=f"birthday:{shop['wang']}:0:2026-12-01") == "王伟，生日快乐！"
    with pytest.raises(ValidationFailed) as info:
        notes.set_templates("zh_CN", {"birthday": "{name}{age}", "followup": "x"})
    assert {e.field for e in info.value.errors} == {"birthday", "followup"}
    notes.set_templates("zh_CN", {"birthday": ""})
    assert notes.templates("zh_CN")["birthday"].startswith("{name}您好！")
    assert notes.templates("en")["inspection"].startswith("Dear {name}")


def test_done_with_a_follow_up_logs_both_or_neither(shop, today):
    from dealerdesk.db.models import FollowUp

    key = f"birthday:{shop['wang']}:0:2026-12-01"
    before = FollowUp.select().count()
    bad = svc.FollowUpNote(content="祝福已发", next_action_on=today - dt.timedelta(days=3))
    with pytest.raises(ValidationFailed):
        svc.mark_done(key=key, today=today, follow_up=bad)
    assert ReminderAnswer.select().count() == 0
    assert FollowUp.select().count() == before
    changes = svc.mark_done(key=key, today=today, follow_up=svc.FollowUpNote(content="祝福已发"))
    assert changes.touches("reminders", "followups")
    logged = FollowUp.select().order_by(FollowUp.id.desc()).get()
    assert logged.customer_id == shop["wang"] and logged.content == "祝福已发"
    assert logged.at.date() == today
    assert ReminderAnswer.select().count() == 1


def test_not_contacted_counts_only_live_leads_and_buyers_of_the_last_two_years(store, today):
    """Buyers after 90 days, leads after their level's limit; lost, dormant and anyone whose
    last contact (or record, if never contacted) is over two years old are not called."""
    recent = _customer("近期客户", "13800000011", today=today, status="customer",
                       contact=D(2026, 8, 1))  # 117 days ago: due 2026-10-31
    old = _customer("老客户", "13800000012", today=today, status="customer",
                    contact=D(2023, 5, 1))  # beyond the two-year horizon
    lead = _customer("新线索", "13800000013", today=today, status="lead", level="N",
                     contact=D(2026, 9, 1))  # N 60 days: due 2026-11-01
    _customer("已流失", "13800000014", today=today, status="lost", contact=D(2026, 1, 1))
    never = _customer("未联系", "13800000015", today=today, status="following", level="A")
    Customer.update(created_at=dt.datetime(2026, 11, 1, 9), last_followup_at=None).where(
        Customer.id == never).execute()  # recorded 11-01, never contacted: A 7 days, 11-09
    found = svc.list_reminders(today=today, kinds=["not_contacted"])
    assert [(r.customer_id, r.due) for r in found] == [
        (recent, D(2026, 10, 31)), (lead, D(2026, 11, 1)), (never, D(2026, 11, 9))]
    assert found[2].detail == "Added 1 Nov 2026, never contacted (25 days, limit 7)"
    assert old not in {r.customer_id for r in found}
