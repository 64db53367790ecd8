"""Plain, frozen data shapes passed between services, screens, Excel and PDF code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class CustomerInput:
    """What a person typed for a customer; the service validates and normalises it."""

    name: str = ""
    phone: str = ""
    phone2: str = ""
    wechat: str = ""
    gender: str = ""
    birthday: dt.date | None = None
    lunar_birthday: bool = False
    lunar_month: int | None = None
    lunar_day: int | None = None
    lunar_leap: bool = False  # born in a leap month
    lunar_leap_kept: bool = False  # ...and celebrates in the leap month, not the ordinary one
    address: str = ""
    source: str = ""
    source_detail: str = ""
    referrer_id: int | None = None
    level: str = ""
    status: str = "lead"
    owner_id: int | None = None
    intent_model: str = ""
    intent_body_type: str = ""
    budget_min_cents: int | None = None
    budget_max_cents: int | None = None
    payment: str = ""
    trade_in: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    marketing_consent: bool = False


@dataclass(frozen=True)
class Customer(CustomerInput):
    """A stored customer with everything its page shows."""

    id: int = 0
    owner_name: str = ""
    referrer_name: str = ""
    created_by_name: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    last_followup_at: dt.datetime | None = None
    next_followup_on: dt.date | None = None
    marketing_consent_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    version: int = 1  # raised with every change; a form saves over the one it opened


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer table."""

    id: int
    name: str
    phone: str
    gender: str
    level: str
    status: str
    source: str
    owner_name: str
    plates: str
    intent_model: str
    tags: tuple[str, ...]
    last_followup_at: dt.datetime | None
    next_followup_on: dt.date | None
    created_at: dt.datetime | None


@dataclass(frozen=True)
class CustomerFilter:
    """What the customer table is narrowed to; empty fields do not filter."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    owner_id: int | None = None
    source: str = ""
    tag: str = ""
    deleted: bool = False  # True: the recycle bin
    # Only these customers (a list from Reports, named `list_title`); None: no such limit.
    ids: tuple[int, ...] | None = None
    list_title: str = ""


@dataclass(frozen=True)
class VehicleInput:
    """What a person typed for a vehicle."""

    relation: str = "owned"
    brand: str = ""
    model: str = ""
    year: int | None = None
    vin: str = ""
    plate: str = ""
    colour: str = ""
    registered_on: dt.date | None = None
    deal_on: dt.date | None = None
    deal_price_cents: int | None = None
    salesperson_id: int | None = None
    mileage_km: int | None = None
    compulsory_ins_expiry: dt.date | None = None
    commercial_ins_expiry: dt.date | None = None
    inspection_due: dt.date | None = None
    warranty_expiry: dt.date | None = None
    next_maintenance_on: dt.date | None = None
    disposed_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Vehicle(VehicleInput):
    """A stored vehicle."""

    id: int = 0
    customer_id: int = 0
    salesperson_name: str = ""
    version: int = 1  # raised with every change; a form saves over the one it opened

    @property
    def title(self) -> str:
        """Brand, model and year as one line ("丰田 凯美瑞 2019")."""
        parts = [self.brand, self.model, str(self.year) if self.year else ""]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class StaffMember:
    """A person working in the shop."""

    id: int
    name: str
    phone: str = ""
    active: bool = True
    role: str = "salesperson"  # or "owner" (services/access.py)
    has_pin: bool = False


@dataclass(frozen=True)
class SearchHit:
    """One customer found by the global search, with what matched."""

    customer_id: int
    name: str
    phone: str
    matched: str  # "name", "pinyin", "phone", "plate", "card", "note"
    detail: str = ""


NEW_DAY = "day"
EVERY_KIND = "all"  # a restore, a reconnect, another person signed in: reload everything


@dataclass(frozen=True)
class Changes:
    """Which kinds of records a service call changed, for screens to refresh."""

    kinds: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def new_day(cls) -> Changes:
        """Midnight passed: what is due, overdue and "this month" moved for every kind."""
        return cls(frozenset({NEW_DAY}))

    @classmethod
    def everything(cls) -> Changes:
        """Any record may have changed: every screen reloads what it shows."""
        return cls(frozenset({EVERY_KIND}))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & {NEW_DAY, EVERY_KIND}) or bool(self.kinds & set(kinds))


def with_values(record: R, changes: dict[str, object]) -> R:
    """`record` with some fields changed, like dataclasses.replace but without running
    __init__ again (most of the time of checking a vehicle on import): the records here
    have no __post_init__ to skip. The record itself when nothing changes."""
    if not changes:
        return record
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__)
    new.__dict__.update(changes)
    return new
