"""Any list of customers as a starting point: a call list to print and copy-ready messages
from the shop's templates (customers without marketing consent are left out and counted).

A list is its customer ids in order, each with the reason it is on the list ("High value,
remaining value ¥52,000"). Its Excel export is services.exports.export_customers with
CustomerFilter(ids=...), the one export the Customers table uses too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dealerdesk.db.api import JOIN
from dealerdesk.db.models import Customer, Staff, Vehicle
from dealerdesk.domain import reminders as reminder_rules
from dealerdesk.printing.data import CallListData, CallListRow
from dealerdesk.services import access, audit, call_facts
from dealerdesk.services.settings import get_setting, shop_info

C: Any = Customer
V: Any = Vehicle
# Message kinds a list can fill from each customer's car: the template's {date} is the
# car's own date of that kind.
CAR_DATES = {
    "maintenance": "next_maintenance_on",
    "compulsory_insurance": "compulsory_ins_expiry",
    "commercial_insurance": "commercial_ins_expiry",
    "inspection": "inspection_due",
    "warranty": "warranty_expiry",
}


@dataclass(frozen=True)
class ListEntry:
    """A customer on a list and why they are on it."""

    customer_id: int
    reason: str = ""


@dataclass(frozen=True)
class ListMessage:
    """One ready message for one customer."""

    customer_id: int
    name: str
    phone: str
    text: str


@dataclass(frozen=True)
class ListMessages:
    """The messages of a list, and who was left out and why."""

    messages: tuple[ListMessage, ...]
    without_consent: int  # no marketing consent: left out
    without_date: int  # no current car with a date of the template's kind: left out


def message_kinds() -> list[tuple[str, str]]:
    """(kind, shown name) of the templates a list can use."""
    return [(code, reminder_rules.KINDS[code].label) for code in CAR_DATES]


def _people(ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """id -> (name, phone, owner id, owner name, consent, language) of the live ones."""
    found: dict[int, tuple[Any, ...]] = {}
    for chunk in call_facts.chunks(ids):
        query = (C.select(C.id, C.name, C.phone, C.owner, Staff.name, C.marketing_consent,
                          C.language)
                 .join(Staff, JOIN.LEFT_OUTER, on=(C.owner == Staff.id))
                 .where(C.id.in_(chunk), C.deleted_at.is_null()).tuples())
        found.update({r[0]: r[1:] for r in query})
    return found


def list_messages(*, ids: Sequence[int], kind: str, language: str | None = None
                  ) -> ListMessages:
    """One message per customer of the list from the shop's `kind` template, in the
    customer's language (or `language`). Customers without marketing consent, and those
    with no current car giving the template its date, are left out and counted."""
    people = _people(ids)
    cars = call_facts.current_cars(list(people), CAR_DATES[kind])
    shop = shop_info()
    default = get_setting("message_language")
    templates: dict[str, dict[str, str]] = {}
    messages: list[ListMessage] = []
    no_consent = no_date = 0
    for cid in ids:
        if cid not in people:
            continue
        name, phone, owner, _owner_name, consent, spoken = people[cid]
        if not consent:
            no_consent += 1
            continue
        if cid not in cars:
            no_date += 1
            continue
        lang = reminder_rules.message_language(language or spoken or default)
        if lang not in templates:
            from dealerdesk.services.reminder_notes import templates as shop_templates

            templates[lang] = shop_templates(lang)
        title, plate, day = cars[cid]
        values = {"name": name, "shop": shop.name, "shop_phone": shop.phone, "car": title,
                  "plate": plate, "date": reminder_rules.format_message_date(day, lang)}
        messages.append(ListMessage(cid, name, access.visible_phone(phone, owner),
                                    reminder_rules.render_message(templates[lang][kind], values)))
    audit.record_list("copy", "messages", len(messages))
    return ListMessages(tuple(messages), no_consent, no_date)


def gather_list_call_list(*, title: str, entries: Sequence[ListEntry], today: dt.date,
                          now: dt.datetime, mask_phones: bool = False) -> CallListData:
    """A printable call list of the list's customers, in its order, each with its reason.
    A salesperson's list keeps their own customers (and those nobody owns) only."""
    ids = [e.customer_id for e in entries]
    people = _people(ids)
    mine = [e for e in entries if e.customer_id in people
            and access.owns(people[e.customer_id][2])]
    listed = [e.customer_id for e in mine]
    last, about = call_facts.last_contacts(listed), call_facts.levels_and_wants(listed)
    cars = call_facts.current_cars(listed)
    rows = []
    for e in mine:
        name, phone, _owner, owner_name, _consent, _lang = people[e.customer_id]
        car, plate, _day = cars.get(e.customer_id, ("", "", None))
        level, wanted = about.get(e.customer_id, ("", ""))
        rows.append(CallListRow(
            customer_id=e.customer_id, name=name, phone=phone,
            reasons=(e.reason,) if e.reason else (), car=car, plate=plate,
            last_contact=last.get(e.customer_id, ""), owner=owner_name or "", level=level,
            wanted=wanted))
    audit.record_list("print", "call_list", len(rows))
    return CallListData(shop=shop_info(), printed_at=now, date_from=today, date_to=today,
                        rows=tuple(rows), mask_phones=mask_phones, title=title)

