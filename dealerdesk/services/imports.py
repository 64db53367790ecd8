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
from dataclasses import dataclass
from pathlib import Path

from dealerdesk import clock
from dealerdesk.db.api import (
    INTEGRITY_ERRORS,
    JOIN,
    atomic,
    import_load,
    one_writer,
    waiting,
)
from dealerdesk.db.models import ImportBatch, Staff
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.records import Changes, VehicleInput
from dealerdesk.excel.columns import IMPORT_COLUMNS, auto_mapping
from dealerdesk.excel.mapping import (
    LONG_TEXT_KEYS,
    CutCell,
    column_letter,
    first_columns,
    repeated_columns,
    too_long_text,
)
from dealerdesk.excel.reader import Table, read_table
from dealerdesk.excel.rows import ParsedRow, clear_cache, guess_orders, parse_row
from dealerdesk.i18n import translate
from dealerdesk.services import access, import_store
from dealerdesk.services.import_plan import (  # noqa: F401 - the plan's shapes, used here
    Doubled,
    ImportPlan,
    PlannedCustomer,
    Rejected,
    Warned,
    add_followup,
    add_vehicle,
    fold_fields,
)
from dealerdesk.services.import_preview import (  # noqa: F401 - the wizard's preview
    PreviewRow,
    column_warnings,
    date_orders,
    preview_rows,
    year_last_columns,
)
from dealerdesk.services.import_recheck import adopt, recheck
from dealerdesk.services.store import release_thread_connection

CTX = "Import"
COLUMNS = IMPORT_COLUMNS  # the fields a column can fill, as the wizard offers them
ON_MATCH = ("skip", "fill", "overwrite", "merge")
CHANGED = Changes.of("customers", "vehicles", "followups", "reminders", "staff", "imports")
Progress = Callable[[int, int], None]
Notice = Callable[[str], None]
Cancel = Callable[[], bool]


class ImportCancelledError(Exception):
    """The user cancelled; nothing was written."""


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
    repeated = repeated_columns(table.headers, keys)
    keys = first_columns(keys)
    if not mapping_complete(keys):
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
    plan = ImportPlan(Path(path), table, keys, guessed, on_match, [], [], [], repeated=repeated)
    _Planner(plan, get_setting("levels"), today).run(progress, cancel)
    return plan


def _field_error(field_name: str, text: str) -> FieldError:
    return FieldError(field_name, text)


def refused(exc: BaseException) -> ValidationFailed:
    """The one line for an import (of customers or visits) the database refused: nothing
    of it was written."""
    return ValidationFailed([_field_error("file", translate(
        "Import", "The database refused this import, and nothing was written: {}"
    ).format(exc))])


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
        cut: dict[int, list[tuple[int, int]]] = {}
        for (number, column), chars in self.plan.table.cut.items():
            cut.setdefault(number, []).append((column, chars))
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
            if cut and number in cut:
                reason = "; ".join(filter(None, [self._cut(number, cut[number]), reason]))
            if reason:
                self.plan.rejected.append(Rejected(number, values, reason))
                continue
            rejected = len(self.plan.rejected)
            self._place(parsed, values)
            if parsed.warnings and len(self.plan.rejected) == rejected:
                self.plan.warnings.append(Warned(number, "; ".join(parsed.warnings)))
        if self.plan.cut:  # a cut is reported only for rows that are imported
            refused = {r.row for r in self.plan.rejected}
            self.plan.cut = [c for c in self.plan.cut if c.row not in refused]

    def _cut(self, number: int, cells: list[tuple[int, int]]) -> str:
        """Long notes are kept up to Excel's limit and reported; elsewhere the row is refused."""
        reasons = []
        for column, chars in sorted(cells):
            key = self.plan.mapping[column] if column < len(self.plan.mapping) else None
            if not key:
                continue
            if key in LONG_TEXT_KEYS:
                header = self.plan.table.headers[column]
                self.plan.cut.append(CutCell(number, column_letter(column), header, chars))
            else:
                reasons.append(too_long_text(key, chars))
        return "; ".join(reasons)

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
            earlier.duplicate_rows = [*earlier.duplicate_rows, row.number]
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
        self.plan.cells.add(row.number, values)
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
        clean = validate_vehicle(vehicle_input(vehicle), today=today, accept_unusual_plate=True,
                                 suggest_inspection=True)
    except ValidationFailed as exc:
        return [e.message for e in exc.errors]
    vehicle["_clean"] = import_store.checked_vehicle(clean)
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
    fold_fields(into.fields, row.customer)
    _add_children(into, row)


def _add_children(into: PlannedCustomer, row: ParsedRow) -> None:
    if row.vehicle:
        add_vehicle(into, row.vehicle)
    if row.followup.get("followup"):
        add_followup(into, {**row.followup, "owner": row.customer.get("owner")})


# ---- running -------------------------------------------------------------------------


def run_import(
    plan: ImportPlan,
    *,
    staff_id: int | None,
    today: dt.date,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    notice: Notice | None = None,
) -> ImportResult:
    """Write the plan in one transaction and record it as a batch that can be undone.

    The transaction holds the database's write lock: another import (another window, a
    script) finishes first, and `notice` is told that this one waits. Inside, the plan is
    matched again against the customers stored by then, so that nothing is added twice;
    the plan takes over what that changed only once the transaction has committed.
    Raises ValidationFailed (one line) when the database still refuses a row, WriterBusy
    or DiskFull (one line) when it cannot be written; in every case nothing was written.

    The owner's right, like undoing it.
    """
    access.require("import")
    now = (now or clock.now()).replace(microsecond=0)
    try:
        with _bulk(), waiting(notice=notice), atomic(), import_load():
            checked = recheck(plan)
            counts = checked.counts
            batch = ImportBatch.create(
                at=now, file_name=plan.path.name, staff=staff_id, summary=json.dumps(counts)
            )
            writer = import_store.BatchWriter(batch.id, plan.on_match, staff_id, now)
            total = len(checked.customers)
            for done, planned in enumerate(checked.customers, start=1):
                if done % 500 == 0:
                    if cancel and cancel():
                        raise ImportCancelledError()
                    if progress:
                        progress(done, total)
                writer.add(planned)
            writer.flush()
    except INTEGRITY_ERRORS as exc:
        raise refused(exc) from None
    finally:
        release_thread_connection()
    adopt(plan, checked)
    if progress:
        progress(total, total)
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
    kind: str = "import"  # "import" (customers) or "visits" (a repair sheet)


def list_batches(limit: int = 50) -> list[BatchInfo]:
    """Recent imports of customers and of service visits, newest first."""
    query = (
        ImportBatch.select(ImportBatch, Staff.name)
        .join(Staff, JOIN.LEFT_OUTER, on=(ImportBatch.staff == Staff.id))
        .where(ImportBatch.kind.in_(("import", "visits")))
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
            b.kind,
        )
        for b in query
    ]


def undo_conflicts(batch_id: int) -> list[str]:
    """Names of customers changed after the import (undo would lose those changes); none
    for an import of service visits, which changes no customer's own values."""
    if _batch_kind(batch_id) == "visits":
        return []
    return import_store.later_edits(batch_id)


def _batch_kind(batch_id: int) -> str:
    return str(ImportBatch.select(ImportBatch.kind).where(ImportBatch.id == batch_id).scalar()
               or "import")


def undo_import(batch_id: int, *, force: bool = False, now: dt.datetime | None = None) -> Changes:
    """Remove what the import created and put back what it replaced, in one transaction.

    Raises ValidationFailed listing the customers edited since, unless `force`. An import
    of service visits is undone by visit_import.undo_visits.
    """
    if _batch_kind(batch_id) == "visits":
        from dealerdesk.services.visit_import import undo_visits

        return undo_visits(batch_id, now=now)
    access.require("import")
    with atomic():
        one_writer()  # one import, merge or hand-over at a time, on every PC
        # Checked under the write lock: another program may have undone or edited meanwhile.
        _check_undo(batch_id, force=force)
        import_store.undo_rows(batch_id)
        stamp = (now or clock.now()).replace(microsecond=0)
        ImportBatch.update(undone_at=stamp).where(ImportBatch.id == batch_id).execute()
    return CHANGED


def _check_undo(batch_id: int, *, force: bool) -> None:
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


def mapping_complete(keys: Sequence[str | None]) -> bool:
    """A customer row is found or added by its name, phone or plate."""
    return bool(set(keys) & {"name", "phone", "plate"})


