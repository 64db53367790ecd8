"""Manual reminders a user writes for a customer, and the ready messages to copy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealerdesk.db.api import JOIN, atomic, raw_rows
from dealerdesk.db.models import Customer, ManualReminder, Staff, Vehicle
from dealerdesk.domain import reminders as rules
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.lunar import format_lunar_md
from dealerdesk.domain.records import Changes
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import translate
from dealerdesk.services.reminder_sources import car_title, day
from dealerdesk.services.settings import get_setting, set_settings, shop_info

CTX = "Reminders"
CHANGED = Changes.of("reminders")
MAX_TEXT = 200


@dataclass(frozen=True)
class ManualReminderRecord:
    """A reminder a user wrote: for whom, when, what, and about which car."""

    id: int
    customer_id: int
    due_on: dt.date
    text: str
    vehicle_id: int | None
    plate: str
    created_by_name: str


def _validated(customer_id: int, due_on: dt.date | None, text: str, vehicle_id: int | None,
               today: dt.date) -> str:
    errors = []
    text = clean_text(text)
    if not text:
        errors.append(FieldError("text", translate(
                "Reminders", "Write what the reminder is about.")))
    elif len(text) > MAX_TEXT:
        errors.append(FieldError("text", translate("Reminders", "Keep it under 200 characters.")))
    if due_on is None:
        errors.append(FieldError("due_on", translate(
                "Reminders", "Choose the day to be reminded.")))
    elif not today - dt.timedelta(days=rules.MAX_DAYS) <= due_on <= today + dt.timedelta(
            days=5 * 366):
        errors.append(FieldError("due_on", translate(
                "Reminders", "Choose a day within five years.")))
    live = Customer.select().where(Customer.id == customer_id, Customer.deleted_at.is_null())
    if not live.exists():
        errors.append(FieldError("customer", translate(
                "Reminders", "This customer no longer exists.")))
    if vehicle_id is not None and not Vehicle.select().where(
            Vehicle.id == vehicle_id, Vehicle.customer == customer_id).exists():
        errors.append(FieldError("vehicle", translate(
                "Reminders", "This car is not the customer's.")))
    if errors:
        raise ValidationFailed(errors)
    return text


def add_manual_reminder(*, customer_id: int, due_on: dt.date | None, text: str,
                        today: dt.date, vehicle_id: int | None = None,
                        staff_id: int | None = None) -> tuple[int, Changes]:
    """Store a reminder a user wrote ("call about the SUV they wanted, 1 March")."""
    with atomic():
        clean = _validated(customer_id, due_on, text, vehicle_id, today)
        row = ManualReminder.create(customer=customer_id, due_on=due_on, text=clean,
                                    vehicle=vehicle_id, created_by=staff_id)
    return row.id, CHANGED


def update_manual_reminder(*, reminder_id: int, due_on: dt.date | None, text: str,
                           today: dt.date, vehicle_id: int | None = None) -> Changes:
    """Change a manual reminder's day or text (a new day is a new occurrence)."""
    row = ManualReminder.get_or_none(ManualReminder.id == reminder_id)
    if row is None:
        raise RuleError(translate("Reminders", "This reminder no longer exists"))
    with atomic():
        clean = _validated(row.customer.id, due_on, text, vehicle_id, today)
        ManualReminder.update(due_on=due_on, text=clean, vehicle=vehicle_id).where(
            ManualReminder.id == reminder_id).execute()
    return CHANGED


def delete_manual_reminder(reminder_id: int) -> Changes:
    with atomic():
        ManualReminder.delete().where(ManualReminder.id == reminder_id).execute()
    return CHANGED


def list_manual_reminders(customer_id: int) -> list[ManualReminderRecord]:
    """A customer's manual reminders, latest day first."""
    query = (ManualReminder.select(ManualReminder.id, ManualReminder.due_on, ManualReminder.text,
                                   ManualReminder.vehicle, Vehicle.plate, Staff.name)
             .join(Vehicle, join_type=JOIN.LEFT_OUTER, on=(ManualReminder.vehicle == Vehicle.id))
             .switch(ManualReminder)
             .join(Staff, join_type=JOIN.LEFT_OUTER, on=(ManualReminder.created_by == Staff.id))
             .where(ManualReminder.customer == customer_id)
             .order_by(ManualReminder.due_on.desc(), ManualReminder.id.desc()))
    return [ManualReminderRecord(rid, customer_id, day(due), text, vid, plate or "", staff or "")
            for rid, due, text, vid, plate, staff in raw_rows(query)]


# --- message templates ------------------------------------------------------------------------


def templates(language: str) -> dict[str, str]:
    """The shop's message template for each kind that has one, in `language`."""
    language = rules.message_language(language)
    custom = get_setting("reminder_templates").get(language, {})
    defaults = rules.DEFAULT_TEMPLATES[language]
    return {code: custom.get(code) or defaults.get(code, "")
            for code, k in rules.KINDS.items() if k.has_message}


def set_templates(language: str, values: dict[str, str]) -> Changes:
    """Store edited templates for `language`; a blank one goes back to the built-in text."""
    language = rules.message_language(language)
    errors = []
    for code, text in values.items():
        if code not in rules.KINDS or not rules.KINDS[code].has_message:
            errors.append(FieldError(code, translate("Reminders", "This kind has no message")))
        elif problem := rules.template_problem(text):
            errors.append(FieldError(code, problem))
    if errors:
        raise ValidationFailed(errors)
    stored = get_setting("reminder_templates")
    mine = stored.setdefault(language, {})
    for code, text in values.items():
        if text.strip() and text.strip() != rules.DEFAULT_TEMPLATES[language].get(code):
            mine[code] = text.strip()
        else:
            mine.pop(code, None)
    return set_settings({"reminder_templates": stored})


def customer_language(customer_id: int) -> str:
    """The language of messages to this customer (theirs, or the shop's default)."""
    row = Customer.get_or_none(Customer.id == customer_id)
    chosen = row.language if row is not None and row.language else get_setting("message_language")
    return rules.message_language(chosen)


def message_for(*, key: str, language: str | None = None) -> str:
    """A ready message for one reminder occurrence, filled from the customer and the car.

    "" for kinds without a message. RuleError when the customer no longer exists.
    """
    parsed = rules.parse_key(key)
    k = rules.KINDS[parsed.kind]
    customer = Customer.get_or_none(Customer.id == parsed.customer_id)
    if customer is None:
        raise RuleError(translate("Reminders", "This reminder no longer exists"))
    if not k.has_message:
        return ""
    language = rules.message_language(language or customer_language(parsed.customer_id))
    vehicle = Vehicle.get_or_none(Vehicle.id == parsed.vehicle_id) if parsed.vehicle_id else None
    shop = shop_info()
    date_text = rules.format_message_date(parsed.due, language)
    if k.code == "birthday" and customer.lunar_birthday and customer.lunar_month \
            and customer.lunar_day:
        lunar = "农历" + format_lunar_md(customer.lunar_month, customer.lunar_day,
                                        leap=bool(customer.lunar_leap))
        date_text = f"{lunar}（{date_text}）" if language == "zh_CN" else f"{date_text} ({lunar})"
    values = {
        "name": customer.name, "date": date_text, "shop": shop.name, "shop_phone": shop.phone,
        "car": car_title(vehicle.brand, vehicle.model, None) if vehicle else "",
        "plate": vehicle.plate if vehicle else "",
    }
    return rules.render_message(templates(language)[k.code], values)
