"""Gathering what the documents print from a real database, and writing the files."""

import datetime as dt

import pytest
from print_helpers import embedded_font_files, pages_of, text_of

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import printouts
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle

NOW = dt.datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def customer(store, staff, today):
    from dealerdesk.db.models import Customer, FollowUp

    cid, _ = create_customer(CustomerInput(name="王建国", phone="13812345678", owner_id=staff.id,
                                           source="walk_in", status="following"), today=today)
    add_vehicle(cid, VehicleInput(brand="丰田", model="凯美瑞", year=2019, plate="浙A12345",
                                  compulsory_ins_expiry=dt.date(2026, 12, 5)), today=today)
    for i in range(3):
        FollowUp.create(customer=cid, staff=staff.id, at=NOW - dt.timedelta(days=10 - i),
                        channel="phone", content=f"第{i + 1}次联系", outcome="contacted")
    Customer.update(next_followup_on=today + dt.timedelta(days=2),
                    last_followup_at=NOW - dt.timedelta(days=8)).where(Customer.id == cid).execute()
    return cid


@pytest.fixture
def card(customer, staff, today):
    """A gold card bought through the desk: a top-up, a 5-use package used twice, a spend."""
    from dealerdesk.services import membership_money as money
    from dealerdesk.services import membership_setup as setup
    from dealerdesk.services.membership import issue_card

    gold = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = issue_card(customer_id=customer, level_id=gold, staff_id=staff.id, today=today)
    card_id = done.card.id
    money.top_up(card_id=card_id, amount_cents=50000, staff_id=staff.id, today=today)
    kind = next(k for k in setup.list_package_types() if k.uses == 5)
    done, _ = money.sell_package(card_id=card_id, package_type_id=kind.id, staff_id=staff.id,
                                 today=today)
    for _ in range(2):
        money.use_package(package_id=done.card.packages[0].id, staff_id=staff.id, today=today)
    money.spend(card_id=card_id, amount_cents=12345, staff_id=staff.id, today=today)
    return done.card.card_no


def test_profile_counts_package_uses_as_the_card_does(customer, staff, today, tmp_path, font):
    """One use of a 5-use package leaves 4 of 5 (the sale's +5 is not added on top)."""
    from dealerdesk.services import membership_money as money
    from dealerdesk.services import membership_setup as setup
    from dealerdesk.services.membership import issue_card
    from dealerdesk.services.membership_queries import card_summary

    level = setup.list_levels()[0].id
    done, _ = issue_card(customer_id=customer, level_id=level, staff_id=staff.id, today=today)
    kind = next(k for k in setup.list_package_types() if k.uses == 5)
    done, _ = money.sell_package(card_id=done.card.id, package_type_id=kind.id,
                                 staff_id=staff.id, today=today)
    money.use_package(package_id=done.card.packages[0].id, staff_id=staff.id, today=today)
    on_card = card_summary(done.card.id, today=today).packages[0]
    (line,) = printouts.gather_profile(customer_id=customer, today=today, now=NOW).cards
    assert [(p.uses_left, p.uses_total) for p in line.packages] == [(4, 5)]
    assert (on_card.uses_left, on_card.uses_total) == (4, 5)
    target = tmp_path / "profile.pdf"
    printouts.write_profile(customer_id=customer, target=target, today=today, now=NOW)
    text = text_of(target)
    assert "4/5" in text and "9/5" not in text  # text_of drops spaces


def test_customer_is_found_by_number_or_phone(customer):
    assert printouts.find_customer(str(customer)) == customer
    assert printouts.find_customer("138 1234 5678") == customer
    with pytest.raises(ValidationFailed, match="no customer with number 999"):
        printouts.find_customer("999")
    with pytest.raises(ValidationFailed, match="No customer has the phone number 13900000000"):
        printouts.find_customer("13900000000")
    with pytest.raises(ValidationFailed, match="not \"abc\""):
        printouts.find_customer("abc")


def test_profile_data_has_vehicles_history_newest_first_and_card_balances(customer, card, today):
    data = printouts.gather_profile(customer_id=customer, today=today, now=NOW)
    assert data.name == "王建国" and data.owner == "李明" and data.source == "Walk-in"
    assert [v.plate for v in data.vehicles] == ["浙A12345"]
    assert [f.content for f in data.followups] == ["第3次联系", "第2次联系", "第1次联系"]
    (line,) = data.cards
    assert (line.balance_cents, line.points, line.level) == (37655, 2, "金卡")
    assert [(p.name, p.uses_left, p.uses_total) for p in line.packages] == [("常规保养5次", 3, 5)]
    assert data.reminders is not None


def test_profile_pdf_is_written_with_the_chinese_font(customer, card, today, tmp_path, font):
    done = printouts.write_profile(customer_id=customer, target=tmp_path / "p.pdf", today=today,
                                   now=NOW)
    assert done.pages == pages_of(done.path) and done.warning == ""
    text = text_of(done.path)
    assert "王建国" in text and "浙A12345" in text and "¥376.55" in text
    assert embedded_font_files(done.path)


def test_call_list_from_reminders_has_insurance_and_follow_up(customer, today):
    data = printouts.gather_call_list(date_from=today, date_to=today + dt.timedelta(days=30),
                                      today=today, now=NOW)
    (row,) = [r for r in data.rows if r.customer_id == customer]
    assert len(row.reasons) >= 2 and row.plate == "浙A12345"
    profile = printouts.gather_profile(customer_id=customer, today=today, now=NOW)
    assert profile.reminders


def test_call_list_for_one_salesperson_and_unknown_names(customer, staff, today):
    data = printouts.gather_call_list(date_from=today, date_to=today + dt.timedelta(days=7),
                                      today=today, now=NOW, staff="李明", mask_phones=True)
    assert data.staff_name == "李明" and data.mask_phones
    with pytest.raises(ValidationFailed, match="no salesperson called 张三"):
        printouts.gather_call_list(date_from=today, date_to=today, today=today, now=NOW,
                                   staff="张三")
    with pytest.raises(ValidationFailed, match="end date is before"):
        printouts.gather_call_list(date_from=today, date_to=today - dt.timedelta(days=1),
                                   today=today, now=NOW)


def test_cards_are_gathered_by_number(card, tmp_path, font):
    (data,) = printouts.gather_cards([card])
    assert (data.customer_name, data.level, data.colour) == ("王建国", "金卡", "#C9A227")
    with pytest.raises(ValidationFailed, match="no membership card numbered X9"):
        printouts.gather_cards(["X9"])
    done = printouts.write_cards(card_numbers=[card], target=tmp_path / "c.pdf")
    assert done.pages == 1 and card in text_of(done.path)


def test_printing_cards_is_recorded_by_number_and_customer(card, customer, tmp_path):
    from dealerdesk.services import access
    from dealerdesk.services.audit import AuditFilter, list_entries

    with access.acting_as(access.Actor(None, "李明")):
        printouts.gather_cards([card])
        printouts.write_cards(card_numbers=[card, card], target=tmp_path / "s.pdf",
                              sheet=True)
        with pytest.raises(ValidationFailed):
            printouts.gather_cards([card, "X9"])  # nothing printed, nothing recorded
    with access.acting_as(access.Actor(None, "王经理")):
        prints = list_entries(AuditFilter(customer_id=customer, kind="lists"))
    assert [(e.action, e.table, e.rows, e.operator, e.changes) for e in prints] == [
        ("print", "card", 1, "李明", {"card_no": card})] * 3
    assert prints[0].customer_name == "王建国"


def test_a_morning_call_list_is_capped_and_the_long_tail_is_a_list_of_its_own(store, today):
    from dealerdesk.services.demo import fill_demo

    fill_demo(customers=300, seed=7, today=today)

    def calls(**kw):
        return printouts.gather_call_list(date_from=today, date_to=today, today=today, now=NOW,
                                          **kw)

    full, tail = calls(limit=None), calls(limit=None, long_tail=True)
    assert full.rows and tail.rows
    assert not {r.customer_id for r in full.rows} & {r.customer_id for r in tail.rows}
    assert full.other_list == len(tail.rows) and tail.other_list == len(full.rows)
    assert all(all(x.startswith("Not contacted") for x in r.reasons) for r in tail.rows)
    overdue = [r.overdue for r in full.rows]
    assert overdue == sorted(overdue, reverse=True)  # the missed ones first
    firsts = [r.due for r in full.rows if r.overdue]
    assert firsts == sorted(firsts)  # the oldest promise first
    assert any(r.level for r in full.rows) and any(r.wanted for r in full.rows)
    morning = calls(limit=5)
    assert morning.rows == full.rows[:5] and morning.left_over == len(full.rows) - 5
    assert len(calls().rows) == min(len(full.rows), printouts.MORNING_CALLS)
