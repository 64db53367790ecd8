"""Gathering what the printed documents show, and writing them to PDF files.

The documents in dealerdesk.printing draw from plain data only; this module reads the
customer, vehicles, follow-ups, cards and reminders and hands them over. Reminders come
from services.reminders when that module is present; without it the profile leaves its
reminders section out and the call list lists the follow-ups that are due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dealerdesk.db.api import JOIN
from dealerdesk.db.models import Customer as CustomerModel
from dealerdesk.db.models import FollowUp, MembershipCard, Staff
from dealerdesk.db.models import MembershipLevel as Level
from dealerdesk.domain import choices
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.lunar import format_lunar_md
from dealerdesk.domain.phone import normalize_phone
from dealerdesk.domain.records import Customer, Vehicle
from dealerdesk.i18n import translate
from dealerdesk.printing.data import (
    CallListData,
    CallListRow,
    CardData,
    CardLine,
    FollowUpLine,
    PackageLine,
    ProfileData,
    ReminderLine,
    VehicleLine,
)
from dealerdesk.services import access, audit, call_facts
from dealerdesk.services.customers import find_by_phone, get_customer
from dealerdesk.services.settings import customer_levels, get_setting, shop_info
from dealerdesk.services.staff import list_staff
from dealerdesk.services.vehicles import list_vehicles

CTX = "Printing"
PROFILE_REMINDER_DAYS = 90


def _fail(field: str, text: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, text)])


# --- finding what to print ----------------------------------------------------------------


def find_customer(text: str) -> int:
    """The id of the customer named by an id ("42") or a phone number ("138 1234 5678")."""
    text = (text or "").strip()
    if text.isdigit() and len(text) < 8:
        customer = get_customer(int(text))
        if customer is None or customer.deleted_at:
            raise _fail("customer", translate("Printing", "There is no customer with number {id}.")
                        .format(id=text))
        return customer.id
    try:
        phone = normalize_phone(text)
    except RuleError as exc:
        raise _fail("customer", translate(
            "Printing", "Give a customer number or a phone number, not \"{text}\".").format(
                text=text)) from exc
    found = find_by_phone(phone)
    if found is None:
        raise _fail("customer", translate("Printing", "No customer has the phone number {phone}.")
                    .format(phone=phone))
    return found[0]


def find_staff(name: str) -> tuple[int, str]:
    """(id, name) of the salesperson called `name` (inactive ones included)."""
    wanted = (name or "").strip()
    for member in list_staff(include_inactive=True):
        if member.name == wanted:
            return member.id, member.name
    raise _fail("staff", translate("Printing", "There is no salesperson called {name}.").format(
        name=wanted))


# --- the customer profile -----------------------------------------------------------------


def _birthday(c: Customer) -> str:
    if c.lunar_birthday and c.lunar_month and c.lunar_day:
        text = format_lunar_md(c.lunar_month, c.lunar_day, leap=c.lunar_leap)
        year = f"{c.birthday.year} " if c.birthday else ""
        return year + text + " (" + translate("Printing", "lunar") + ")"
    return c.birthday.isoformat() if c.birthday else ""


def _vehicle_line(v: Vehicle) -> VehicleLine:
    return VehicleLine(
        title=v.title, plate=v.plate, vin=v.vin, colour=v.colour,
        relation=choices.label(choices.VEHICLE_RELATIONS, v.relation),
        registered_on=v.registered_on, deal_on=v.deal_on,
        compulsory_ins_expiry=v.compulsory_ins_expiry,
        commercial_ins_expiry=v.commercial_ins_expiry, inspection_due=v.inspection_due,
        disposed_on=v.disposed_on, deal_price_cents=v.deal_price_cents)


def _followups(customer_id: int) -> tuple[FollowUpLine, ...]:
    query: Any = (FollowUp.select(FollowUp, Staff.name.alias("staff_name"))
             .join(Staff, on=(FollowUp.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(FollowUp.customer == customer_id)
             .order_by(FollowUp.at.desc(), FollowUp.id.desc()).dicts())
    return tuple(FollowUpLine(
        at=f["at"], channel=choices.label(choices.CHANNELS, f["channel"]),
        staff=f["staff_name"] or "", outcome=_outcome(f["outcome"], f["lost_reason"]),
        content=f["content"], next_action=f["next_action"], next_action_on=f["next_action_on"])
        for f in query)


def _outcome(outcome: str, lost_reason: str) -> str:
    text = choices.label(choices.OUTCOMES, outcome)
    if lost_reason:
        text += f" ({choices.label(choices.LOST_REASONS, lost_reason)})"
    return text


def _cards(customer_id: int, today: dt.date) -> tuple[CardLine, ...]:
    """The customer's cards with the balances, points and uses left the Members screen shows
    (one rule: sums of the ledger, in services.membership_queries)."""
    from dealerdesk.domain.membership import status_label
    from dealerdesk.services.membership_queries import cards_of_customer

    return tuple(CardLine(
        card_no=c.card_no, level=c.level_name, colour=c.level_colour,
        status=str(status_label(c.status)), issued_on=c.issued_on, expires_on=c.expires_on,
        balance_cents=c.balance_cents, points=c.points,
        packages=tuple(PackageLine(p.name, p.uses_left, p.uses_total, p.expires_on)
                       for p in c.packages))
        for c in cards_of_customer(customer_id, today=today))


def reminder_label(kind: str) -> str:
    """The translated name of a reminder kind, or the code when it is unknown."""
    from dealerdesk.domain.reminders import KINDS

    found = KINDS.get(kind)
    return str(found.title) if found is not None else kind.replace("_", " ")


def _profile_reminders(customer_id: int, today: dt.date) -> tuple[ReminderLine, ...]:
    from dealerdesk.services.reminders import reminders_for_customer

    found = reminders_for_customer(customer_id=customer_id, today=today,
                                   days=PROFILE_REMINDER_DAYS)
    return tuple(ReminderLine(r.due, reminder_label(r.kind), _detail(r), r.overdue)
                 for r in found)


def _detail(r: Any) -> str:
    """What the reminder is about: a written reminder's text, else the car."""
    if r.kind == "manual":
        return str(r.detail)
    return " ".join(x for x in (r.plate, r.car) if x)


def _level(code: str) -> str:
    return dict(customer_levels()).get(code, code)


def gather_profile(*, customer_id: int, today: dt.date, now: dt.datetime) -> ProfileData:
    """Everything the profile of `customer_id` prints, labels in the user's language."""
    c = get_customer(customer_id)
    if c is None:
        raise _fail("customer", translate("Printing", "There is no customer with number {id}.")
                    .format(id=customer_id))
    followups = _followups(customer_id)
    audit.record_event("print", "profile", rows=1, customer_id=customer_id)
    source = choices.label(choices.SOURCES, c.source) if c.source else ""
    if c.source_detail:
        source = f"{source} · {c.source_detail}" if source else c.source_detail
    return ProfileData(
        shop=shop_info(), printed_at=now, name=c.name, phone=c.phone, phone2=c.phone2,
        wechat=c.wechat, gender=choices.label(choices.GENDERS, c.gender) if c.gender else "",
        birthday=_birthday(c), address=c.address, source=source, level=_level(c.level),
        status=choices.label(choices.STATUSES, c.status), owner=c.owner_name,
        created_on=c.created_at.date() if c.created_at else None,
        last_contact=max((x for x in (c.last_followup_at, followups[0].at if followups else None)
                          if x is not None), default=None),
        next_followup_on=c.next_followup_on,
        intent_model=c.intent_model,
        intent_body_type=choices.label(choices.BODY_TYPES, c.intent_body_type)
        if c.intent_body_type else "",
        budget_min_cents=c.budget_min_cents, budget_max_cents=c.budget_max_cents,
        payment=choices.label(choices.PAYMENTS, c.payment) if c.payment else "",
        trade_in=c.trade_in, tags=c.tags, notes=c.notes,
        vehicles=tuple(_vehicle_line(v) for v in list_vehicles(customer_id)),
        cards=_cards(customer_id, today), followups=followups,
        reminders=_profile_reminders(customer_id, today))


# --- the call list ------------------------------------------------------------------------


# How many customers a printed call list holds unless asked otherwise: what one
# salesperson calls in a morning. The rest is counted on the list, not printed.
MORNING_CALLS = 30


@dataclass
class _Entry:
    """A customer on the call list while it is being put together."""

    customer_id: int
    name: str
    phone: str
    owner: str
    due: dt.date
    rank: tuple[int, int, str]
    overdue: bool = False
    reasons: list[str] | None = None
    car: str = ""
    plate: str = ""
    only_not_contacted: bool = True


def _reason(label: str, due: dt.date, today: dt.date, detail: str = "") -> str:
    """"Birthday 11-28": the month and day, with the year when it is another year."""
    text = f"{label} {due.strftime('%m-%d' if due.year == today.year else '%Y-%m-%d')}"
    return f"{text} · {detail}" if detail else text


def _from_reminders(*, date_from: dt.date, date_to: dt.date, today: dt.date,
                    owner_id: int | None) -> dict[int, _Entry]:
    from dealerdesk.domain.reminders import call_rank
    from dealerdesk.services.reminders import list_reminders

    days = max(0, min((date_to - today).days, 366))
    found = list_reminders(today=today, days=days, owner_id=owner_id,
                                  include_overdue=date_from <= today)
    entries: dict[int, _Entry] = {}
    for r in found:
        if not (date_from <= r.due <= date_to or (r.overdue and date_from <= today)):
            continue
        rank = call_rank(r.kind, r.due, today, r.customer_name)
        e = entries.setdefault(r.customer_id, _Entry(
            r.customer_id, r.customer_name, r.phone, r.owner_name, r.due, rank, reasons=[]))
        if rank < e.rank:  # the row's date is that of its most urgent reason
            e.rank, e.due = rank, r.due
        # A missed date or promise; not being called for long is a list of its own.
        e.overdue = e.overdue or (r.overdue and r.kind != "not_contacted")
        e.only_not_contacted = e.only_not_contacted and r.kind == "not_contacted"
        if r.plate and not e.plate:
            e.plate, e.car = r.plate, r.car
        # Only a written reminder says more than its kind and date; another car's plate
        # tells which car it is about.
        extra = r.detail if r.kind == "manual" else ""
        if r.plate and r.plate != e.plate:
            extra = " ".join(x for x in (r.plate, extra) if x)
        e.reasons.append(_reason(reminder_label(r.kind), r.due, today, extra))  # type: ignore[union-attr]
    return entries


def gather_call_list(*, date_from: dt.date, date_to: dt.date, today: dt.date,
                     now: dt.datetime, staff: str = "", mask_phones: bool = False,
                     long_tail: bool = False, limit: int | None = MORNING_CALLS
                     ) -> CallListData:
    """The customers to call between two dates (for one salesperson, or everyone), why,
    and their last contact, the most urgent first (domain.reminders.call_rank).

    Customers whose only reason is that nobody called them for too long make a list of
    their own (`long_tail`), the longest silence first. At most `limit` customers are
    listed (None: all); how many were left out is stated on the list. A salesperson's
    list holds their own customers only, whatever was asked. The audit trail records the
    print.
    """
    if date_to < date_from:
        raise _fail("date_to", translate("Printing", "The end date is before the start date."))
    owner_id, staff_name = find_staff(staff) if staff else (None, "")
    if not access.can("any_calls"):
        owner_id, staff_name = access.current().staff_id, access.current().name
    entries = _from_reminders(date_from=date_from, date_to=date_to, today=today,
                              owner_id=owner_id)
    chosen = sorted((e for e in entries.values() if e.only_not_contacted == long_tail),
                    key=lambda e: e.rank)
    other = len(entries) - len(chosen)
    listed = chosen if limit is None or limit <= 0 else chosen[:limit]
    ids = [e.customer_id for e in listed]
    last, about = call_facts.last_contacts(ids), call_facts.levels_and_wants(ids)
    cars = {cid: found[:2] for cid, found in call_facts.current_cars(ids).items()}
    rows = []
    for e in listed:
        car, plate = (e.car, e.plate) if e.plate else cars.get(e.customer_id, ("", ""))
        level, wanted = about.get(e.customer_id, ("", ""))
        rows.append(CallListRow(
            customer_id=e.customer_id, name=e.name, phone=e.phone,
            reasons=tuple(e.reasons or ()), car=car, plate=plate,
            last_contact=last.get(e.customer_id, ""), owner=e.owner, due=e.due,
            overdue=e.overdue, level=level, wanted=wanted))
    audit.record_list("print", "call_list", len(rows))
    return CallListData(shop=shop_info(), printed_at=now, date_from=date_from,
                        date_to=date_to, rows=tuple(rows), staff_name=staff_name,
                        mask_phones=mask_phones, long_tail=long_tail,
                        left_over=len(chosen) - len(listed), other_list=other)


# --- membership cards ---------------------------------------------------------------------


def gather_cards(card_numbers: Sequence[str]) -> list[CardData]:
    """The cards with these numbers, in the order given. The audit trail records the
    print: one entry per card, under its customer, naming the card's number."""
    shop = shop_info()
    cards, found = [], []
    for number in card_numbers:
        row = (MembershipCard.select(MembershipCard, Level, CustomerModel).join(Level)
               .switch(MembershipCard).join(CustomerModel)
               .where(MembershipCard.card_no == number.strip()).first())
        if row is None:
            text = translate("Printing", "There is no membership card numbered {number}.")
            raise _fail("card", text.format(number=number.strip()))
        found.append(row)
        cards.append(CardData(
            shop=shop, card_no=row.card_no, customer_name=row.customer.name,
            level=row.level.name, colour=row.level.colour, expires_on=row.expires_on,
            issued_on=row.issued_on))
    for row in found:
        audit.record_event("print", "card", rows=1, row_id=row.id,
                           customer_id=row.customer_id, detail={"card_no": row.card_no})
    return cards


# --- writing the files --------------------------------------------------------------------


@dataclass(frozen=True)
class Printout:
    """A PDF that was written: where, how many pages, and a warning about the font."""

    path: Path
    pages: int
    warning: str = ""


def _font() -> tuple[Any, str]:
    from dealerdesk.printing.fonts import font_warning, pdf_font

    choice = get_setting("pdf_font") or ""
    font = pdf_font(choice)
    return font, font_warning(font, choice)


def write_profile(*, customer_id: int, target: Path, today: dt.date, now: dt.datetime
                  ) -> Printout:
    """Write the customer profile PDF to `target` (atomically)."""
    from dealerdesk.printing.profile import save_profile

    data = gather_profile(customer_id=customer_id, today=today, now=now)
    font, warning = _font()
    return Printout(Path(target), save_profile(data, target, font), warning)


def write_call_list(*, target: Path, date_from: dt.date, date_to: dt.date, today: dt.date,
                    now: dt.datetime, staff: str = "", mask_phones: bool = False,
                    long_tail: bool = False, limit: int | None = MORNING_CALLS) -> Printout:
    """Write the call list PDF to `target` (atomically)."""
    from dealerdesk.printing.calllist import save_call_list

    data = gather_call_list(date_from=date_from, date_to=date_to, today=today, now=now,
                            staff=staff, mask_phones=mask_phones, long_tail=long_tail,
                            limit=limit)
    font, warning = _font()
    return Printout(Path(target), save_call_list(data, target, font), warning)


def write_cards(*, card_numbers: Sequence[str], target: Path, sheet: bool = False
                ) -> Printout:
    """Write membership cards to `target`: one per page, or ten to an A4 sheet."""
    from dealerdesk.printing.card import save_cards

    cards = gather_cards(card_numbers)
    font, warning = _font()
    return Printout(Path(target), save_cards(cards, target, font, sheet=sheet), warning)
