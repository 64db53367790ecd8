"""The plain, frozen data each printed document is drawn from (gathered by services)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the shop header comes from settings; only its fields are read here
    from dealerdesk.services.settings import ShopInfo


@dataclass(frozen=True)
class VehicleLine:
    """One of the customer's cars as the profile prints it."""

    title: str
    plate: str = ""
    vin: str = ""
    colour: str = ""
    relation: str = ""  # label, e.g. "Bought here"
    registered_on: dt.date | None = None
    deal_on: dt.date | None = None
    compulsory_ins_expiry: dt.date | None = None
    commercial_ins_expiry: dt.date | None = None
    inspection_due: dt.date | None = None
    disposed_on: dt.date | None = None
    deal_price_cents: int | None = None


@dataclass(frozen=True)
class PackageLine:
    """A prepaid package on a card and the uses it has left."""

    name: str
    uses_left: int
    uses_total: int
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class CardLine:
    """A membership card with its balances (derived from the ledger)."""

    card_no: str
    level: str
    colour: str = "#888888"
    status: str = ""  # label
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    balance_cents: int = 0
    points: int = 0
    packages: tuple[PackageLine, ...] = ()


@dataclass(frozen=True)
class FollowUpLine:
    """One logged contact."""

    at: dt.datetime
    channel: str = ""  # label
    staff: str = ""
    outcome: str = ""  # label
    content: str = ""
    next_action: str = ""
    next_action_on: dt.date | None = None


@dataclass(frozen=True)
class ReminderLine:
    """An upcoming (or overdue) reminder for the customer."""

    due: dt.date
    kind: str  # label
    detail: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class ProfileData:
    """Everything the customer profile prints; labels already in the user's language.

    `cards` and `reminders` are None when the feature is not available, and their
    sections are then left out; an empty tuple prints "none".
    """

    shop: ShopInfo
    printed_at: dt.datetime
    name: str
    phone: str = ""
    phone2: str = ""
    wechat: str = ""
    gender: str = ""
    birthday: str = ""
    address: str = ""
    source: str = ""
    level: str = ""
    status: str = ""
    owner: str = ""
    created_on: dt.date | None = None
    last_contact: dt.datetime | None = None
    next_followup_on: dt.date | None = None
    intent_model: str = ""
    intent_body_type: str = ""
    budget_min_cents: int | None = None
    budget_max_cents: int | None = None
    payment: str = ""
    trade_in: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    vehicles: tuple[VehicleLine, ...] = ()
    cards: tuple[CardLine, ...] | None = None
    followups: tuple[FollowUpLine, ...] = ()  # most recent first
    reminders: tuple[ReminderLine, ...] | None = None


@dataclass(frozen=True)
class CallListRow:
    """One customer to call and why."""

    customer_id: int
    name: str
    phone: str
    reasons: tuple[str, ...]  # e.g. ("Compulsory insurance 12-05", "Follow-up due 11-28")
    car: str = ""
    plate: str = ""
    last_contact: str = ""  # date, channel, what was said (printed in full)
    owner: str = ""
    due: dt.date | None = None
    overdue: bool = False
    level: str = ""  # the level code, e.g. "H"
    wanted: str = ""  # the car the customer wants


@dataclass(frozen=True)
class CallListData:
    """A call list: who to call in a date range, for one salesperson or the whole shop."""

    shop: ShopInfo
    printed_at: dt.datetime
    date_from: dt.date
    date_to: dt.date
    rows: tuple[CallListRow, ...]
    staff_name: str = ""  # "" for the whole shop
    mask_phones: bool = False
    long_tail: bool = False  # the list of customers not contacted for too long
    left_over: int = 0  # customers of the list not printed (beyond the limit)
    other_list: int = 0  # customers on the other list (the long tail, or the calls)
    title: str = ""  # a list's own title (a Reports list); "" for the call list by dates


@dataclass(frozen=True)
class CardData:
    """One membership card to print."""

    shop: ShopInfo
    card_no: str
    customer_name: str
    level: str
    colour: str = "#888888"
    expires_on: dt.date | None = None
    issued_on: dt.date | None = None
    extra: tuple[str, ...] = field(default=())  # optional short lines (benefits)
