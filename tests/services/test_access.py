"""Each role's rights, checked at the service level: whatever screen or script calls."""

import dataclasses
import datetime as dt

import pytest

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerFilter, CustomerInput, VehicleInput
from dealerdesk.services import access, signin
from dealerdesk.services import customers as customer_service
from dealerdesk.services.access import OWNER, SALESPERSON, Actor, NotAllowed

NOW = dt.datetime(2026, 11, 26, 14, 0)


@pytest.fixture
def shop(store):
    """An owner with a PIN (王经理), two salespeople, a customer of each salesperson."""
    from dealerdesk.services.staff import add_staff

    boss, _ = add_staff(name="王经理", phone="13900000001")
    li, _ = add_staff(name="李明", phone="13900001111")
    zhao, _ = add_staff(name="赵红", phone="13900002222")
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    own, _ = customer_service.create_customer(
        CustomerInput(name="张三", phone="13812345678", owner_id=li.id), today=NOW.date())
    other, _ = customer_service.create_customer(
        CustomerInput(name="钱七", phone="13987654321", wechat="qian7", owner_id=zhao.id),
        today=NOW.date())
    return {"boss": boss, "li": li, "zhao": zhao, "own": own, "other": other}


def salesperson(member) -> Actor:
    return Actor(staff_id=member.id, name=member.name, role=SALESPERSON)


def owner(member) -> Actor:
    return Actor(staff_id=member.id, name=member.name, role=OWNER)


def _input(customer) -> CustomerInput:
    names = [f.name for f in dataclasses.fields(CustomerInput)]
    return CustomerInput(**{n: getattr(customer, n) for n in names})


OWNER_ONLY = ["export", "backup", "restore", "import", "erase", "merge", "settings",
              "reverse", "staff", "handover", "audit", "any_customer", "any_calls"]


@pytest.mark.parametrize("action", OWNER_ONLY)
def test_the_rule_table_gives_each_right_to_the_owner_only(action):
    assert access.can(action, actor=Actor(1, "boss", OWNER))
    assert not access.can(action, actor=Actor(2, "li", SALESPERSON))
    assert access.why_not(action)  # every refusal says why


def test_nobody_signed_in_has_the_owners_rights():
    assert access.current() == access.NOBODY
    assert all(access.can(a) for a in OWNER_ONLY)


def test_a_salesperson_sees_own_phones_and_colleagues_masked(shop):
    with access.acting_as(salesperson(shop["li"])):
        mine = customer_service.get_customer(shop["own"])
        theirs = customer_service.get_customer(shop["other"])
        rows = customer_service.fetch_rows([shop["own"], shop["other"]])
    assert mine.phone == "13812345678"
    assert theirs.phone == "139****4321" and theirs.wechat == "****"
    assert theirs.name == "钱七"  # names and history stay visible
    assert [r.phone for r in rows] == ["13812345678", "139****4321"]
    with access.acting_as(owner(shop["boss"])):
        assert customer_service.get_customer(shop["other"]).phone == "13987654321"


def test_search_and_reminders_mask_a_colleagues_customer(shop, today):
    from dealerdesk.services import reminders
    from dealerdesk.services.search import search

    customer_service.update_customer(shop["other"], dataclasses.replace(
        _input(customer_service.get_customer(shop["other"])), birthday=dt.date(1980, 11, 28)),
        today=today)
    with access.acting_as(salesperson(shop["li"])):
        hits = search("钱七")
        found = [r for r in reminders.list_reminders(today=today, days=30)
                 if r.customer_id == shop["other"]]
    assert hits[0].phone == "139****4321"
    assert found and all(r.phone == "139****4321" for r in found)


def test_a_salesperson_cannot_change_a_colleagues_customer(shop, today):
    from dealerdesk.services.followups import log_follow_up
    from dealerdesk.services.vehicles import add_vehicle

    with access.acting_as(owner(shop["boss"])):
        theirs = _input(customer_service.get_customer(shop["other"]))
    with access.acting_as(salesperson(shop["li"])):
        with pytest.raises(NotAllowed, match="reassign"):
            customer_service.update_customer(
                shop["other"], dataclasses.replace(theirs, level="A"), today=today)
        with pytest.raises(NotAllowed):
            customer_service.delete_customer(shop["other"])
        with pytest.raises(NotAllowed):
            log_follow_up(customer_id=shop["other"], staff_id=shop["li"].id, when=NOW,
                          channel="phone", content="hi", outcome="contacted", today=today)
        with pytest.raises(NotAllowed):
            add_vehicle(shop["other"], VehicleInput(brand="丰田"), today=today)
        mine = _input(customer_service.get_customer(shop["own"]))
        customer_service.update_customer(
            shop["own"], dataclasses.replace(mine, level="A"), today=today)
    assert customer_service.get_customer(shop["own"]).level == "A"
    assert customer_service.get_customer(shop["other"]).level == ""
    assert customer_service.get_customer(shop["other"]).deleted_at is None


def test_a_salesperson_cannot_export_back_up_import_erase_merge_or_change_settings(
        shop, tmp_path, data_dir, today):
    from dealerdesk.services import backups, duplicates, exports, imports, settings

    with access.acting_as(salesperson(shop["li"])):
        with pytest.raises(NotAllowed):
            exports.export_customers(tmp_path / "all.xlsx", now=NOW)
        with pytest.raises(NotAllowed):
            exports.export_kind("followups", tmp_path / "f.xlsx", now=NOW)
        with pytest.raises(NotAllowed):
            backups.make_backup(db_file=shop_path(), now=NOW)
        with pytest.raises(NotAllowed):
            backups.restore_backup(backup=tmp_path / "x.db", db_file=shop_path(), now=NOW)
        with pytest.raises(NotAllowed):
            imports.undo_import(1)
        with pytest.raises(NotAllowed):
            customer_service.erase_customer(shop["own"])
        with pytest.raises(NotAllowed):
            duplicates.merge_customers(keep_id=shop["own"], other_id=shop["other"])
        with pytest.raises(NotAllowed):
            settings.set_settings({"shop_name": "我的店"})
        # the program's own backup at start and exit is made whoever is signed in
        assert backups.make_backup(db_file=shop_path(), now=NOW, automatic=True).exists()
    assert not (tmp_path / "all.xlsx").exists() and not (tmp_path / "f.xlsx").exists()
    assert customer_service.get_customer(shop["own"]) is not None
    assert settings.get_setting("shop_name") == ""


def shop_path():
    from pathlib import Path

    from dealerdesk.db.database import db

    return Path(db.obj.database)


def test_a_salesperson_cannot_reverse_a_ledger_entry(shop, today):
    from dealerdesk.services.membership import issue_card
    from dealerdesk.services.membership_money import reverse_entry, top_up
    from dealerdesk.services.membership_setup import list_levels

    level = list_levels()[0]
    issued, _ = issue_card(customer_id=shop["own"], level_id=level.id, staff_id=None,
                           today=today)
    done, _ = top_up(card_id=issued.card.id, amount_cents=10000, staff_id=None, today=today)
    with access.acting_as(salesperson(shop["li"])):
        with pytest.raises(NotAllowed):
            reverse_entry(entry_id=done.entry_id, staff_id=shop["li"].id, today=today,
                          note="wrong")
    reverse_entry(entry_id=done.entry_id, staff_id=shop["boss"].id, today=today, note="wrong")


def test_a_salespersons_call_list_holds_their_own_customers_only(shop, today):
    from dealerdesk.services.printouts import gather_call_list

    for cid in (shop["own"], shop["other"]):
        with access.acting_as(owner(shop["boss"])):
            c = customer_service.get_customer(cid)
            customer_service.update_customer(cid, dataclasses.replace(
                _input(c), birthday=dt.date(1980, 11, 28)), today=today)
    with access.acting_as(salesperson(shop["li"])):
        data = gather_call_list(date_from=today, date_to=today + dt.timedelta(days=7),
                                today=today, now=NOW, staff="")  # asked for the whole shop
    assert [r.customer_id for r in data.rows] == [shop["own"]]
    everyone = gather_call_list(date_from=today, date_to=today + dt.timedelta(days=7),
                                today=today, now=NOW)
    assert {r.customer_id for r in everyone.rows} == {shop["own"], shop["other"]}


def test_not_allowed_is_a_validation_failure_with_the_reason(shop):
    with access.acting_as(salesperson(shop["li"])):
        with pytest.raises(ValidationFailed) as caught:
            customer_service.erase_customer(shop["other"])
    assert caught.value.errors[0].field == "permission"
    assert "owner" in caught.value.errors[0].message


def test_the_table_filter_is_unchanged_for_a_salesperson(shop):
    with access.acting_as(salesperson(shop["li"])):
        ids = customer_service.query_customer_ids(CustomerFilter())
    assert set(ids) == {shop["own"], shop["other"]}
