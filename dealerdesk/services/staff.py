"""The shop's people: salespeople, front desk, owner."""

from __future__ import annotations

from dealerdesk.db.api import atomic
from dealerdesk.db.models import Staff
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.phone import normalize_phone
from dealerdesk.domain.records import Changes, StaffMember
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import translate
from dealerdesk.services.access import require


def _to_member(row: Staff) -> StaffMember:
    return StaffMember(id=row.id, name=row.name, phone=row.phone, active=bool(row.active),
                       role=row.role, has_pin=bool(row.pin_hash))


def list_staff(*, include_inactive: bool = False) -> list[StaffMember]:
    """Staff ordered by name; only active ones unless asked."""
    query = Staff.select().order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    return [_to_member(r) for r in query]


def _validate(name: str, phone: str, staff_id: int | None) -> tuple[str, str]:
    errors = []
    name = clean_text(name)
    if not name:
        errors.append(FieldError("name", translate("Staff", "Please enter a name.")))
    elif len(name) > 30:
        errors.append(FieldError("name", translate("Staff", "The name is too long.")))
    else:
        same = Staff.select().where(Staff.name == name, Staff.active == True)  # noqa: E712
        if staff_id:
            same = same.where(Staff.id != staff_id)
        if same.exists():
            errors.append(FieldError("name", translate(
                "Staff", "Someone with this name is already on the staff list.")))
    try:
        phone = normalize_phone(phone)
    except RuleError as exc:
        errors.append(FieldError("phone", str(exc)))
    if errors:
        raise ValidationFailed(errors)
    return name, phone


def add_staff(*, name: str, phone: str = "") -> tuple[StaffMember, Changes]:
    require("staff")
    name, phone = _validate(name, phone, None)
    with atomic():
        row = Staff.create(name=name, phone=phone)
    return _to_member(row), Changes.of("staff")


def update_staff(*, staff_id: int, name: str, phone: str, active: bool) -> Changes:
    require("staff")
    name, phone = _validate(name, phone, staff_id)
    if not active:
        from dealerdesk.services.signin import check_may_leave

        check_may_leave(staff_id)
    with atomic():
        Staff.update(name=name, phone=phone, active=active).where(Staff.id == staff_id).execute()
    return Changes.of("staff")


def has_customers(staff_id: int) -> bool:
    """True when someone still looks after customers (hand them over before they leave)."""
    from dealerdesk.db.models import Customer

    return Customer.select().where(Customer.owner == staff_id).exists()


def get_staff(staff_id: int) -> StaffMember | None:
    row = Staff.get_or_none(Staff.id == staff_id)
    return _to_member(row) if row else None


def find_or_add_staff(name: str) -> StaffMember:
    """The active staff member called `name`, added if there is none (first start, import)."""
    name = clean_text(name)
    row = Staff.get_or_none((Staff.name == name) & (Staff.active == True))  # noqa: E712
    if row is not None:
        return _to_member(row)
    member, _ = add_staff(name=name)
    return member
