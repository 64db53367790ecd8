"""Signing in: PINs (scrypt with a salt per person), waits after wrong PINs, roles.

A shop without a PIN works as before: whoever starts the program picks their name and
has every right. The first person to set a PIN becomes the owner; from then on the
shop is "secured": the owner signs in with a PIN and has every right, everyone else is a
salesperson and chooses a PIN of their own at their first sign-in. An owner can make
another person owner, clear a forgotten PIN, and change roles; the last owner with a PIN
cannot be removed, so the shop never falls back to "no PIN" by accident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.db.api import atomic
from dealerdesk.db.models import Staff
from dealerdesk.domain import pin as pin_rules
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import translate
from dealerdesk.services import access, audit
from dealerdesk.services.access import OWNER, SALESPERSON, Actor

CHANGED = Changes.of("staff")


def _fail(field: str, text: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, text)])


def _owners_with_pin() -> list[int]:
    query = Staff.select(Staff.id).where(
        Staff.role == OWNER, Staff.pin_hash != "", Staff.active == True)  # noqa: E712
    return [r.id for r in query]


def shop_secured() -> bool:
    """True once an active owner has a PIN: roles apply and PINs are asked."""
    return bool(_owners_with_pin())


@dataclass(frozen=True)
class SignInState:
    """What the sign-in dialog asks of one person."""

    staff_id: int
    has_pin: bool
    must_choose_pin: bool  # the shop is secured and this person has no PIN yet
    wait_until: dt.datetime | None  # wrong PINs: no PIN is checked before this


def sign_in_state(staff_id: int, *, now: dt.datetime) -> SignInState:
    row = _member(staff_id)
    wait = row.pin_wait_until if row.pin_wait_until and row.pin_wait_until > now else None
    return SignInState(row.id, bool(row.pin_hash), not row.pin_hash and shop_secured(), wait)


def _member(staff_id: int) -> Staff:
    row = Staff.get_or_none((Staff.id == staff_id) & (Staff.active == True))  # noqa: E712
    if row is None:
        raise _fail("name", translate("SignIn", "This person is not on the staff list."))
    return row


def actor_for(row: Staff, *, via: str = "") -> Actor:
    """The rights of a staff member: their role once the shop is secured, the owner's
    before (a shop without PINs works as it always did)."""
    role = row.role if shop_secured() else OWNER
    return Actor(staff_id=row.id, name=row.name, role=role, via=via)


def _wait_text(until: dt.datetime, now: dt.datetime) -> str:
    seconds = max(1, int((until - now).total_seconds()))
    if seconds < 120:
        return translate("SignIn", "Too many wrong PINs. Try again in {n} seconds.").format(
            n=seconds)
    return translate("SignIn", "Too many wrong PINs. Try again in {n} minutes.").format(
        n=(seconds + 59) // 60)


def check_pin(staff_id: int, pin: str, *, now: dt.datetime) -> None:
    """Raise ValidationFailed unless `pin` is the person's PIN; wrong PINs make them wait
    (3 free tries, then 30 s, doubling up to 15 minutes), kept in the database so that
    restarting the program does not reset the count."""
    row = _member(staff_id)
    if row.pin_wait_until and row.pin_wait_until > now:
        raise _fail("pin", _wait_text(row.pin_wait_until, now))
    if pin_rules.pin_matches(pin, row.pin_salt, row.pin_hash):
        if row.failed_pins:
            Staff.update(failed_pins=0, pin_wait_until=None).where(Staff.id == row.id).execute()
        return
    failures = row.failed_pins + 1
    wait = pin_rules.wait_after(failures)
    with atomic():
        Staff.update(failed_pins=failures, pin_wait_until=now + wait if wait else None).where(
            Staff.id == row.id).execute()
        audit.record_event("sign_in_failed", "staff", row_id=row.id, now=now,
                           detail={"name": row.name, "failures": failures})
    if wait:
        raise _fail("pin", _wait_text(now + wait, now))
    raise _fail("pin", translate("SignIn", "Wrong PIN."))


def sign_in(staff_id: int, pin: str = "", *, now: dt.datetime, via: str = "") -> Actor:
    """Check the person's PIN (when they have one) and make them the person signed in.

    A person without a PIN in a secured shop must choose one first (`set_pin`).
    """
    row = _member(staff_id)
    if row.pin_hash:
        check_pin(staff_id, pin, now=now)
    elif shop_secured():
        raise _fail("pin", translate("SignIn", "Please choose your PIN first."))
    actor = actor_for(row, via=via)
    access.set_actor(actor)
    audit.record_event("sign_in", "staff", row_id=row.id, now=now,
                       detail={"name": row.name, "role": actor.role})
    return actor


def set_pin(*, staff_id: int, new_pin: str, old_pin: str = "", now: dt.datetime) -> Changes:
    """Set or change a person's PIN. Changing it needs the old one. The first PIN of a
    shop makes its person the owner."""
    row = _member(staff_id)
    try:
        new_pin = pin_rules.check_pin_format(new_pin)
    except RuleError as exc:
        raise _fail("new_pin", str(exc)) from exc
    if row.pin_hash:
        check_pin(staff_id, old_pin, now=now)
    salt = pin_rules.new_salt()
    values = {"pin_salt": salt, "pin_hash": pin_rules.hash_pin(new_pin, salt),
              "failed_pins": 0, "pin_wait_until": None}
    with atomic():
        first = not shop_secured()
        if first:
            values["role"] = OWNER
        Staff.update(**values).where(Staff.id == row.id).execute()
        audit.record_event("pin_set", "staff", row_id=row.id, now=now,
                           detail={"name": row.name, "owner": first})
    return CHANGED


def clear_pin(*, staff_id: int, now: dt.datetime) -> Changes:
    """The owner clears a forgotten PIN; the person chooses a new one at next sign-in."""
    access.require("staff")
    row = _member(staff_id)
    if _owners_with_pin() == [row.id]:
        raise _fail("pin", translate(
            "SignIn", "This is the only owner with a PIN: make someone else owner first."))
    with atomic():
        Staff.update(pin_hash="", pin_salt="", failed_pins=0, pin_wait_until=None).where(
            Staff.id == row.id).execute()
        audit.record_event("pin_cleared", "staff", row_id=row.id, now=now,
                           detail={"name": row.name})
    return CHANGED


def set_role(*, staff_id: int, role: str, now: dt.datetime) -> Changes:
    """Make a person owner or salesperson (the owner's right)."""
    access.require("staff")
    if role not in (OWNER, SALESPERSON):
        raise _fail("role", translate("SignIn", "Choose owner or salesperson."))
    row = _member(staff_id)
    if role != OWNER and _owners_with_pin() == [row.id]:
        raise _fail("role", translate(
            "SignIn", "The shop needs an owner with a PIN: make someone else owner first."))
    with atomic():
        Staff.update(role=role).where(Staff.id == row.id).execute()
        audit.record_event("role", "staff", row_id=row.id, now=now,
                           detail={"name": row.name, "role": role})
    if access.current().staff_id == row.id:
        access.set_actor(actor_for(Staff.get_by_id(row.id), via=access.current().via))
    return CHANGED


def check_may_leave(staff_id: int) -> None:
    """Refuse to deactivate the last owner with a PIN (nobody could manage the shop)."""
    if _owners_with_pin() == [staff_id]:
        raise _fail("active", translate(
            "SignIn", "The shop needs an owner with a PIN: make someone else owner first."))
