"""Signing in: scrypt PINs with a salt per person, waits after wrong PINs, the first PIN
makes the owner, "no PIN" until then."""

import datetime as dt

import pytest

from dealerdesk.db.models import Staff
from dealerdesk.domain import pin as pin_rules
from dealerdesk.domain.errors import RuleError, ValidationFailed
from dealerdesk.services import access, signin
from dealerdesk.services.access import OWNER, SALESPERSON
from dealerdesk.services.staff import add_staff, list_staff

NOW = dt.datetime(2026, 11, 26, 14, 0)


@pytest.fixture
def people(store):
    boss, _ = add_staff(name="王经理")
    li, _ = add_staff(name="李明")
    return boss, li


@pytest.mark.parametrize("bad", ["", "12a4", "123", "123456789", "1111", "１２３４"])
def test_a_pin_is_four_to_eight_digits_not_one_repeated(bad):
    with pytest.raises(RuleError):
        pin_rules.check_pin_format(bad)


def test_pins_are_scrypt_hashes_with_a_salt_per_person(people):
    boss, li = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    signin.set_pin(staff_id=li.id, new_pin="2468", now=NOW)
    rows = {r.id: r for r in Staff.select()}
    assert rows[boss.id].pin_salt != rows[li.id].pin_salt
    assert rows[boss.id].pin_hash != rows[li.id].pin_hash  # same PIN, different salt
    assert "2468" not in rows[boss.id].pin_hash
    assert rows[boss.id].pin_hash == pin_rules.hash_pin("2468", rows[boss.id].pin_salt)
    assert len(bytes.fromhex(rows[boss.id].pin_hash)) == pin_rules.KEY_BYTES


def test_without_pins_everyone_signs_in_with_the_owners_rights(people):
    boss, li = people
    assert not signin.shop_secured()
    actor = signin.sign_in(li.id, now=NOW)
    assert actor.role == OWNER and access.current() == actor


def test_the_first_pin_makes_its_person_the_owner(people):
    boss, li = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    assert signin.shop_secured()
    roles = {m.id: m.role for m in list_staff()}
    assert roles == {boss.id: OWNER, li.id: SALESPERSON}
    signin.set_pin(staff_id=li.id, new_pin="1357", now=NOW)
    assert {m.id: m.role for m in list_staff()}[li.id] == SALESPERSON
    assert signin.sign_in(boss.id, "2468", now=NOW).role == OWNER
    assert signin.sign_in(li.id, "1357", now=NOW).role == SALESPERSON


def test_in_a_secured_shop_a_person_without_pin_must_choose_one(people):
    boss, li = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    state = signin.sign_in_state(li.id, now=NOW)
    assert state.must_choose_pin and not state.has_pin
    with pytest.raises(ValidationFailed, match="choose your PIN"):
        signin.sign_in(li.id, "", now=NOW)


def test_wrong_pins_make_the_person_wait_longer_each_time(people):
    boss, _ = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    for _ in range(pin_rules.FREE_TRIES - 1):
        with pytest.raises(ValidationFailed, match="Wrong PIN"):
            signin.sign_in(boss.id, "0000", now=NOW)
    with pytest.raises(ValidationFailed, match="30 seconds"):
        signin.sign_in(boss.id, "0000", now=NOW)
    # even the right PIN is not checked while waiting
    with pytest.raises(ValidationFailed, match="Try again"):
        signin.sign_in(boss.id, "2468", now=NOW + dt.timedelta(seconds=10))
    later = NOW + dt.timedelta(seconds=31)
    with pytest.raises(ValidationFailed, match="60 seconds"):
        signin.sign_in(boss.id, "9999", now=later)
    assert signin.sign_in_state(boss.id, now=later).wait_until == later + dt.timedelta(
        seconds=60)
    done = later + dt.timedelta(seconds=61)
    assert signin.sign_in(boss.id, "2468", now=done).role == OWNER
    assert Staff.get_by_id(boss.id).failed_pins == 0


def test_the_wait_is_capped_and_survives_a_restart(people):
    assert pin_rules.wait_after(50) == dt.timedelta(minutes=15)
    boss, _ = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    for _ in range(pin_rules.FREE_TRIES):
        with pytest.raises(ValidationFailed):
            signin.sign_in(boss.id, "0000", now=NOW)
    # the count is in the database, not in the program
    assert Staff.get_by_id(boss.id).pin_wait_until == NOW + dt.timedelta(seconds=30)


def test_changing_a_pin_needs_the_old_one(people):
    boss, _ = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    with pytest.raises(ValidationFailed, match="Wrong PIN"):
        signin.set_pin(staff_id=boss.id, new_pin="1357", old_pin="1111", now=NOW)
    signin.set_pin(staff_id=boss.id, new_pin="1357", old_pin="2468", now=NOW)
    assert signin.sign_in(boss.id, "1357", now=NOW).role == OWNER


def test_the_last_owner_with_a_pin_stays(people):
    boss, li = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    with pytest.raises(ValidationFailed):
        signin.clear_pin(staff_id=boss.id, now=NOW)
    with pytest.raises(ValidationFailed):
        signin.set_role(staff_id=boss.id, role=SALESPERSON, now=NOW)
    signin.set_role(staff_id=li.id, role=OWNER, now=NOW)
    signin.set_pin(staff_id=li.id, new_pin="1357", now=NOW)
    signin.set_role(staff_id=boss.id, role=SALESPERSON, now=NOW)
    assert {m.id: m.role for m in list_staff()} == {boss.id: SALESPERSON, li.id: OWNER}


def test_only_the_owner_manages_roles_and_pins(people):
    boss, li = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    signin.set_pin(staff_id=li.id, new_pin="1357", now=NOW)
    signin.sign_in(li.id, "1357", now=NOW)
    with pytest.raises(access.NotAllowed):
        signin.set_role(staff_id=li.id, role=OWNER, now=NOW)
    with pytest.raises(access.NotAllowed):
        signin.clear_pin(staff_id=boss.id, now=NOW)
    with pytest.raises(access.NotAllowed):
        add_staff(name="新人")


def test_sign_ins_and_wrong_pins_are_in_the_audit_trail(people):
    from dealerdesk.services.audit import AuditFilter, list_entries

    boss, _ = people
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=NOW)
    with pytest.raises(ValidationFailed):
        signin.sign_in(boss.id, "0000", now=NOW)
    signin.sign_in(boss.id, "2468", now=NOW)
    actions = [e.action for e in list_entries(AuditFilter(kind="people"))]
    assert actions == ["sign_in", "sign_in_failed", "pin_set"]
    pin_change = next(e for e in list_entries(AuditFilter(kind="changes"))
                      if e.table == "staff" and e.action == "update")
    assert pin_change.changes["pin_hash"] == ["***", "***"]  # never the hash itself
