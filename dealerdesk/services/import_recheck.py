"""The plan matched again under the write lock, on a copy that the plan takes over only once
the import has committed: a failed, cancelled or retried import finds its plan as it was."""

from __future__ import annotations

import dataclasses

from dealerdesk.i18n import translate
from dealerdesk.services import import_store
from dealerdesk.services.import_plan import (
    Doubled,
    ImportPlan,
    PlannedCustomer,
    Rejected,
    fold_customer,
)

CTX = "Import"


def recheck(plan: ImportPlan) -> ImportPlan:
    """The plan as it stands against the customers stored now (call inside the write
    transaction): since the dry run another import, a form or a merge may have added a
    customer with the same phone or plate, or removed one the plan would update.

    Returns a new plan sharing what did not change; `plan` itself is not touched.
    """
    by_phone, by_plate = import_store.live_keys()
    rejected = list(plan.rejected)
    customers: list[PlannedCustomer] = []
    doubled: list[Doubled] = []
    by_match: dict[int, int] = {}  # stored customer -> index in customers
    copied: set[int] = set()  # indices of customers that are copies of the plan's own
    for planned in plan.customers:
        reason, match = _match(planned, by_phone, by_plate)
        if reason:
            rejected.extend(_refused(plan, planned, reason))
        elif match is not None and match in by_match:
            index = by_match[match]
            if index not in copied:  # the plan's own dicts are shared, never folded into
                customers[index] = customers[index].copy()
                copied.add(index)
            first = customers[index]
            fold_customer(first, planned)
            doubled.append(Doubled(planned.row, first.row, match))
        else:
            if match != planned.match_id:
                planned = dataclasses.replace(planned, match_id=match)
            if match is not None:
                by_match[match] = len(customers)
            customers.append(planned)
    if len(rejected) == len(plan.rejected) and not doubled:
        return dataclasses.replace(plan, customers=customers)
    rejected.sort(key=lambda r: r.row)
    refused = {r.row for r in rejected}
    return dataclasses.replace(
        plan, customers=customers, rejected=rejected, doubled=[*plan.doubled, *doubled],
        cut=[c for c in plan.cut if c.row not in refused],
    )


def adopt(plan: ImportPlan, checked: ImportPlan) -> None:
    """After the commit: the plan says what was written (the wizard and the command show it)."""
    plan.customers, plan.rejected = checked.customers, checked.rejected
    plan.doubled, plan.cut = checked.doubled, checked.cut


def _refused(plan: ImportPlan, planned: PlannedCustomer, reason: str) -> list[Rejected]:
    """Every row folded into the customer, with its cells, for the error workbook."""
    rows = [planned.row, *planned.duplicate_rows]
    return [Rejected(row, plan.cells_of(row), reason) for row in rows]


def _match(planned: PlannedCustomer, by_phone: dict[str, int],
           by_plate: dict[str, int]) -> tuple[str, int | None]:
    """(why the customer cannot be written now, "" if it can; the stored customer it is)."""
    phones = [str(p) for p in (planned.fields.get("phone"), planned.fields.get("phone2")) if p]
    plates = [str(v["plate"]) for v in planned.vehicles if v.get("plate")]
    match = next((by_phone[p] for p in phones if p in by_phone), None)
    if match is None:
        match = next((by_plate[p] for p in plates if p in by_plate), None)
    for phone in phones:
        owner = by_phone.get(phone)
        if owner and owner != match:
            return translate(
                "Import", "Phone: {phone} already belongs to another customer (no. {id})."
            ).format(phone=phone, id=owner), None
    if match is None and planned.match_id is not None:
        if not planned.fields.get("name"):
            return translate("Import", "Name: the customer's name is missing."), None
        if not (phones or planned.fields.get("wechat")):
            return translate(
                "Import", "Phone: a new customer needs a phone number or a WeChat id."), None
    return "", match
