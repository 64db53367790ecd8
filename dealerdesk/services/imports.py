"""Importing a customer sheet: plan (dry run), run in one transaction, undo as a batch.

A plan reads the file, maps its columns, parses every row and decides what each row does:
a new customer, an update of one already stored (matched by normalised phone, then by
plate), a duplicate of an earlier row of the same file (folded into it), or a rejection
with its reason. Running the plan writes everything in one transaction and records a
batch with the values it replaced, so that the whole import can be undone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk import clock
from dealerdesk.db.api import JOIN, atomic, scalar
from dealerdesk.db.models import ImportBatch, Staff
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.records import Changes, VehicleInput
from dealerdesk.excel.columns import auto_mapping
from dealerdesk.excel.reader import Table, read_table
from dealerdesk.excel.rows import ParsedRow, clear_cache, guess_orders, parse_row
from dealerdesk.i18n import translate
from dealerdesk.services import access, import_store
from dealerdesk.services.store import release_thread_connection

CTX = "Import"
ON_MATCH = ("skip", "fill", "overwrite", "merge")
CHANGED = Changes.of("customers", "vehicles", "followups", "reminders", "staff", "imports")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ImportCancelledError(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be imported, with its original values and the reason."""

    row: int
    values: tuple[object, ...]
    reason: str


@dataclass
class PlannedCustomer:
    """One customer of the file (its duplicates folded in) and what the import does with it."""

    row: int
    fields: dict[str, object]
    vehicles: list[dict[str, object]] = field(default_factory=list)
    followups: list[dict[str, object]] = field(default_factory=list)
    match_id: int | None = None
    duplicate_rows: list[int] = field(default_factory=list)


@dataclass
class ImportPlan:
    """The dry run: what the import would do, row by row, and the counts."""

    path: Path
    table: Table
    mapping: tuple[str | None, ...]
    orders: dict[str, str]
    on_match: str
    customers: list[PlannedCustomer]
    rejected: list[Rejected]
    ignored: list[int]
    row_count: int = 0

    @property
    def counts(self) -> dict[str, int]:
        matched = sum(1 for p in self.customers if p.match_id)
        skip = self.on_match == "skip"
        return {
            "rows": self.row_count,
            "new": len(self.customers) - matched,
            "updated": 0 if skip else matched,
            "skipped": matched if skip else 0,
            "duplicates": sum(len(p.duplicate_rows) for p in self.customers),
            "rejected": len(self.rejected),
            "ignored": len(self.ignored),
        }


@dataclass(frozen=True)
class ImportResult:
    """A finished import: its batch id, the counts and what changed."""

    batch_id: int
    counts: dict[str, int]
    changes: Changes


def open_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    header_row: int | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Table:
    """Read a sheet (see excel.reader.read_table); progress gets (rows read, 0)."""
    report = (lambda n: progress(n, 0)) if progress else None
    return read_table(
        path, sheet, header_row=header_row, limit=limit, progress=report, cancel=cancel
    )


def plan_import(
    path: str | Path,
    *,
    today: dt.date,
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Sequence[str | None] | None = None,
    orders: dict[str, str] | None = None,
    on_match: str = "fill",
    table: Table | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Read and check the whole file without writing anything (the dry run).

    A `table` passed in is consumed: its rows move into the plan.
    """
    with _bulk():
        return _plan(
            path, today, sheet, header_row, mapping, orders, on_match, table, progress, cancel
        )


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cycle collector while tens of thousands of rows are held and built.

    Every collection would walk all the rows read so far (nothing here makes cycles), which
    costs a quarter of the reading time on a 10,000-row sheet.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _plan(
    path: str | Path,
    today: dt.date,
    sheet: str | None,
    header_row: int | None,
    mapping: Sequence[str | None] | None,
    orders: dict[str, str] | None,
    on_match: str,
    table: Table | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ImportPlan:
    from dealerdesk.services.settings import get_setting

    if on_match not in ON_MATCH:
        raise ValueError(f"on_match must be one of {ON_MATCH}")
    if table is None:
        table = open_table(path, sheet, header_row=header_row, progress=progress, cancel=cancel)
    keys = tuple(mapping) if mapping is not None else auto_mapping(table.headers)
    keys = keys + (None,) * (len(table.headers) - len(keys))
    if "name" not in keys and "phone" not in keys and "plate" not in keys:
        raise ValidationFailed(
            [
                _field_error(
                    "mapping",
                    translate(
                        "Import", "Choose at least the column with the customer's name or phone."
                    ),
                )
            ]
        )
    clear_cache()
    guessed = guess_orders(table.rows, keys)
    guessed.update(orders or {})
    plan = ImportPlan(Path(path), table, keys, guessed, on_match, [], [], [])
    _Planner(plan, get_setting("levels"), today).run(progress, cancel)
    return plan


def _field_error(field_name: str, text: str) -> FieldError:
    return FieldError(field_name, text)


class _Planner:
    """Parses every row and matches it against the file so far and the database."""

    def __init__(self, plan: ImportPlan, levels: list[str], today: dt.date):
        self.plan, self.levels, self.today = plan, levels, today
        self.by_phone, self.by_plate = import_store.live_keys()
        self.file_keys: dict[str, PlannedCustomer] = {}
        self.by_match: dict[int, PlannedCustomer] = {}

    def run(self, progress: Progress | None, cancel: Cancel | None) -> None:
        # The raw rows are handed over one by one and let go once placed, so that the file's
        # values and the plan are not both held whole (rejected rows keep theirs).
        rows = self.plan.table.rows
        total = self.plan.row_count = len(rows)
        rows.reverse()
        done = 0
        while rows:
            number, values = rows.pop()
            done += 1
            if done % 500 == 0:
                if cancel and cancel():
                    raise ImportCancelledError()
                if progress:
                    progress(done, total)
            parsed = parse_row(number, values, self.plan.mapping, self.plan.orders, self.levels)
            if parsed.is_total:
                self.plan.ignored.append(number)
                continue
            reason = self._problems(parsed)
            if reason:
                self.plan.rejected.append(Rejected(number, values, reason))
                continue
            self._place(parsed, values)

    def _problems(self, row: ParsedRow) -> str:
        errors = list(row.errors)
        birthday = row.customer.get("birthday")
        if isinstance(birthday, dt.date) and birthday > self.today:
            errors.append(translate("Import", "Birthday: the birthday cannot be in the future."))
        if row.vehicle:
            errors.extend(_vehicle_problems(row.vehicle, self.today))
        return "; ".join(errors)

    def _find(self, row: ParsedRow) -> tuple[PlannedCustomer | None, int | None]:
        keys = [f"p:{p}" for p in row.phones] + ([f"v:{row.plate}"] if row.plate else [])
        for key in keys:
            if key in self.file_keys:
                return self.file_keys[key], None
        for phone in row.phones:
            if phone in self.by_phone:
                return self.by_match.get(self.by_phone[phone]), self.by_phone[phone]
        if row.plate and row.plate in self.by_plate:
            cid = self.by_plate[row.plate]
            return self.by_match.get(cid), cid
        return None, None

    def _place(self, row: ParsedRow, values: tuple[object, ...]) -> None:
        earlier, match_id = self._find(row)
        other = self._phone_taken(row, match_id or (earlier.match_id if earlier else None))
        if other:
            self.plan.rejected.append(Rejected(row.number, values, other))
            return
        if earlier is not None:
            _fold(earlier, row)
            earlier.duplicate_rows.append(row.number)
        else:
            if match_id is None:
                reason = _new_customer_problem(row)
                if reason:
                    self.plan.rejected.append(Rejected(row.number, values, reason))
                    return
            earlier = PlannedCustomer(row.number, dict(row.customer), match_id=match_id)
            _add_children(earlier, row)
            self.plan.customers.append(earlier)
            if match_id:
                self.by_match[match_id] = earlier
        for phone in row.phones:
            self.file_keys.setdefault(f"p:{phone}", earlier)
        if row.plate:
            self.file_keys.setdefault(f"v:{row.plate}", earlier)

    def _phone_taken(self, row: ParsedRow, match_id: int | None) -> str:
        for phone in row.phones:
            owner = self.by_phone.get(phone)
            if owner and owner != match_id:
                return translate(
                    "Import", "Phone: {phone} already belongs to another customer (no. {id})."
                ).format(phone=phone, id=owner)
        return ""


def _new_customer_problem(row: ParsedRow) -> str:
    if not row.customer.get("name"):
        return translate("Import", "Name: the customer's name is missing.")
    if not (row.phones or row.customer.get("wechat")):
        return translate("Import", "Phone: a new customer needs a phone number or a WeChat id.")
    return ""


def _vehicle_problems(vehicle: dict[str, object], today: dt.date) -> list[str]:
    from dealerdesk.services.vehicles import validate_vehicle

    try:
        clean = validate_vehicle(vehicle_input(vehicle), today=today, accept_unusual_plate=True)
    except ValidationFailed as exc:
        return [e.message for e in exc.errors]
    vehicle["_clean"] = clean
    return []


_VEHICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(VehicleInput))


def vehicle_input(vehicle: dict[str, object]) -> VehicleInput:
    """The parsed vehicle cells as the vehicle service's input."""
    names = _VEHICLE_FIELDS
    values = {k: v for k, v in vehicle.items() if k in names and k != "_clean"}
    if "deal_price" in vehicle:
        values["deal_price_cents"] = vehicle["deal_price"]
    relation = "bought" if vehicle.get("deal_on") or vehicle.get("deal_price") else "owned"
    return VehicleInput(relation=relation, **values)  # type: ignore[arg-type]


def _fold(into: PlannedCustomer, row: ParsedRow) -> None:
    """A later row of the same customer fills what the first one left blank."""
    for key, value in row.customer.items():
        if key == "phone" and into.fields.get("phone") and value != into.fields["phone"]:
            into.fields.setdefault("phone2", value)
        elif key == "notes" and into.fields.get("notes") and value not in str(into.fields["notes"]):
            into.fields["notes"] = f"{into.fields['notes']}\n{value}"
        else:
            into.fields.setdefault(key, value)
    _add_children(into, row)


def _add_children(into: PlannedCustomer, row: ParsedRow) -> None:
    if row.vehicle:
        same = next((v for v in into.vehicles if _same_vehicle(v, row.vehicle)), None)
        if same is None:
            into.vehicles.append(dict(row.vehicle))
        else:
            for key, value in row.vehicle.items():
                same.setdefault(key, value)
            same.pop("_clean", None)  # checked again when written
    if row.followup.get("followup"):
        if all(f["followup"] != row.followup["followup"] for f in into.followups):
            into.followups.append({**row.followup, "owner": row.customer.get("owner")})


def _same_vehicle(a: dict[str, object], b: dict[str, object]) -> bool:
    if a.get("plate") or b.get("plate"):
        return a.get("plate") == b.get("plate")
    return (a.get("brand"), a.get("model")) == (b.get("brand"), b.get("model"))


# ---- running -------------------------------------------------------------------------


def run_import(
    plan: ImportPlan,
    *,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Write the plan in one transaction and record it as a batch that can be undone.

    The owner's right, like undoing it.
    """
    access.require("import")
    now = (now or clock.now()).replace(microsecond=0)
    counts = plan.counts
    try:
        with _bulk(), atomic():
            batch = ImportBatch.create(
                at=now, file_name=plan.path.name, staff=staff_id, summary=json.dumps(counts)
            )
            writer = import_store.BatchWriter(batch.id, plan.on_match, staff_id, now)
            total = len(plan.customers)
            for done, planned in enumerate(plan.customers, start=1):
                if done % 500 == 0:
                    if cancel and cancel():
                        raise ImportCancelledError()
                    if progress:
                        progress(done, total)
                writer.add(planned)
            writer.flush()
    finally:
        release_thread_connection()
    if progress:
        progress(len(plan.customers), len(plan.customers))
    return ImportResult(batch.id, counts, CHANGED)


# ---- batches and undo ------------------------------------------------------------------


@dataclass(frozen=True)
class BatchInfo:
    """A finished import as listed in Settings."""

    id: int
    at: dt.datetime
    file_name: str
    staff_name: str
    counts: dict[str, int]
    undone_at: dt.datetime | None


def list_batches(limit: int = 50) -> list[BatchInfo]:
    """Recent imports, newest first."""
    query = (
        ImportBatch.select(ImportBatch, Staff.name)
        .join(Staff, JOIN.LEFT_OUTER, on=(ImportBatch.staff == Staff.id))
        .where(ImportBatch.kind == "import")
        .order_by(ImportBatch.id.desc())
        .limit(limit)
    )
    return [
        BatchInfo(
            b.id,
            b.at,
            b.file_name,
            b.staff.name if b.staff_id else "",
            json.loads(b.summary or "{}"),
            b.undone_at,
        )
        for b in query
    ]


def undo_conflicts(batch_id: int) -> list[str]:
    """Names of customers changed after the import (undo would lose those changes)."""
    return import_store.later_edits(batch_id)


def undo_import(batch_id: int, *, force: bool = False, now: dt.datetime | None = None) -> Changes:
    """Remove what the import created and put back what it replaced, in one transaction.

    Raises ValidationFailed listing the customers edited since, unless `force`.
    """
    access.require("import")
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None or batch.undone_at is not None:
        raise ValidationFailed(
            [_field_error("batch", translate("Import", "This import was already undone."))]
        )
    conflicts = undo_conflicts(batch_id)
    if conflicts and not force:
        names = ", ".join(conflicts[:5]) + ("…" if len(conflicts) > 5 else "")
        text = translate(
            "Import",
            "These customers were changed after the import; undoing it "
            "would also undo those changes: {}",
        ).format(names)
        raise ValidationFailed([FieldError("batch", text)])
    with atomic():
        import_store.undo_rows(batch_id)
        stamp = (now or clock.now()).replace(microsecond=0)
        ImportBatch.update(undone_at=stamp).where(ImportBatch.id == batch_id).execute()
    return CHANGED


def live_customer_count() -> int:
    return int(scalar("SELECT count(*) FROM customer WHERE deleted_at IS NULL") or 0)


# ---- preview ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewRow:
    """What one row of the file becomes, as text for the wizard's preview table."""

    row: int
    values: dict[str, str]
    problem: str


def date_orders(table: Table, mapping: Sequence[str | None]) -> dict[str, str]:
    """Day/month order guessed for each mapped date column ("dmy" or "mdy")."""
    return guess_orders(table.rows, mapping)


def preview_rows(
    table: Table,
    mapping: Sequence[str | None],
    orders: dict[str, str],
    *,
    today: dt.date,
    limit: int = 20,
) -> list[PreviewRow]:
    """The first rows as they would be imported, with each row's problem if any."""
    from dealerdesk.services.settings import get_setting

    levels = get_setting("levels")
    clear_cache()
    result = []
    for number, values in table.rows[:limit]:
        parsed = parse_row(number, values, mapping, orders, levels)
        shown = {
            k: _shown(k, v)
            for part in (parsed.customer, parsed.vehicle, parsed.followup)
            for k, v in part.items()
            if not k.startswith("_")
        }
        if parsed.phones:
            shown["phone"] = " / ".join(parsed.phones)
        if "source_detail" in parsed.customer:
            shown["source"] = f"{shown.get('source', '')} ({parsed.customer['source_detail']})"
        problem = "; ".join(parsed.errors)
        if parsed.is_total:
            problem = translate("Import", "A total line: left out.")
        elif not problem and not parsed.customer.get("name"):
            problem = translate("Import", "Name: the customer's name is missing.")
        result.append(PreviewRow(number, shown, problem))
    return result


def _shown(key: str, value: object) -> str:
    from dealerdesk.domain import choices

    if isinstance(value, dt.date):
        return value.isoformat()
    if key == "gender":
        return choices.label(choices.GENDERS, str(value))
    if key == "source":
        return choices.label(choices.SOURCES, str(value))
    if key == "status":
        return choices.label(choices.STATUSES, str(value))
    if key in ("deal_price",) and isinstance(value, int):
        return f"{value / 100:,.2f}"
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)
