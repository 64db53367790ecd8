"""What a call list shows beside each customer: the current car, the last contact, the level
and the car wanted. Printed call lists and the Reports lists read them from here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from dealerdesk.db.api import fn
from dealerdesk.db.models import Customer, FollowUp, Vehicle
from dealerdesk.domain import choices

C: Any = Customer
V: Any = Vehicle
CHUNK = 500  # ids per IN (...): well under every engine's limit on bound values


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for first in range(0, len(ids), CHUNK):
        yield list(ids[first:first + CHUNK])


def current_cars(ids: Sequence[int], date_field: str | None = None
                 ) -> dict[int, tuple[Any, ...]]:
    """id -> (title, plate, date) of each customer's current car: the latest registered,
    or, when `date_field` is named, the one with the earliest such date."""
    found: dict[int, tuple[Any, ...]] = {}
    when = getattr(V, date_field) if date_field else V.registered_on
    for chunk in chunks(ids):
        query = V.select(V.customer, V.brand, V.model, V.year, V.plate, when).where(
            V.customer.in_(chunk), V.disposed_on.is_null())
        if date_field:
            query = query.where(when.is_null(False)).order_by(when, V.id)
        else:
            query = query.order_by(when.desc(nulls="LAST"), V.id)
        for cid, brand, model, year, plate, day in query.tuples():
            title = " ".join(str(x) for x in (brand, model, year or "") if x)
            found.setdefault(cid, (title, plate, day))
    return found


def last_contacts(ids: Sequence[int]) -> dict[int, str]:
    """What was said at each customer's latest follow-up, with its date and channel."""
    found: dict[int, str] = {}
    for chunk in chunks(ids):
        latest = (FollowUp.select(FollowUp.customer, fn.MAX(FollowUp.at).alias("at"))
                  .where(FollowUp.customer.in_(chunk)).group_by(FollowUp.customer))
        rows: Any = (FollowUp.select(FollowUp.customer, FollowUp.at, FollowUp.channel,
                                     FollowUp.content, FollowUp.outcome)
                     .join(latest, on=((FollowUp.customer == latest.c.customer_id)
                                       & (FollowUp.at == latest.c.at)))
                     .order_by(FollowUp.id).dicts())
        for f in rows:
            said = f["content"] or choices.label(choices.OUTCOMES, f["outcome"])
            found[f["customer"]] = " ".join(x for x in (
                f["at"].strftime("%Y-%m-%d"), choices.label(choices.CHANNELS, f["channel"]),
                said) if x)
    return found


def levels_and_wants(ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Each customer's level code and the car they want."""
    found: dict[int, tuple[str, str]] = {}
    for chunk in chunks(ids):
        query: Any = C.select(C.id, C.level, C.intent_model).where(C.id.in_(chunk)).tuples()
        found.update({cid: (level or "", wanted or "") for cid, level, wanted in query})
    return found
