"""Importing a shop's repair sheet: one service visit per row, planned without writing (the
dry run), written in one transaction as an import batch, and undone as a whole.

A row finds its car by plate among the live customers' cars; a row whose plate is not
stored (or blank) takes the car of the one live customer its phone names, when that
customer has exactly one car. Each visit is checked by service_visits.validate_visit (day,
kind, amount, mileage against the car's readings), and the same visit (car, day, kind,
amount) is never stored twice. Visits from a sheet are paid at the desk: money on a card
moves only through the membership ledger, never from a spreadsheet.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dealerdesk import clock
from dealerdesk.db import models
from dealerdesk.db.api import INTEGRITY_ERRORS, atomic, one_writer, waiting
from dealerdesk.domain import value as rules
from dealerdesk.domain.dates import stored_day
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.money import format_cents
from dealerdesk.domain.records import Changes
from dealerdesk.excel.columns import auto_mapping as _auto_mapping
from dealerdesk.excel.mapping import (
    RepeatedColumn,
    first_columns,
    repeated_columns,
    too_long_text,
)
from dealerdesk.excel.reader import Table, read_table
from dealerdesk.excel.rows import guess_orders
from dealerdesk.excel.visit_columns import VISIT_BY_KEY, VISIT_COLUMNS, match_visit_header
from dealerdesk.excel.visit_rows import SheetVisit, is_total, label, read_row, row_plate
from dealerdesk.i18n import translate
from dealerdesk.services import access
from dealerdesk.services.import_preview import PreviewRow
from dealerdesk.services.import_preview import year_last_columns as _year_last
from dealerdesk.services.imports import (
    Cancel,
    ImportCancelledError,
    ImportResult,
    Notice,
    Progress,
    Rejected,
    Warned,
    refused,
)
from dealerdesk.services.service_visits import (
    MAX_NOTES,
    VisitFacts,
    VisitInput,
    refresh_vehicle,
    service_kinds,
    validate_visit,
    visit_facts,
)
from dealerdesk.services.store import release_thread_connection

C: Any = models.Customer
V: Any = models.Vehicle
SV: Any = models.ServiceVisit
R: Any = models.ImportBatchRow
CTX = "VisitImport"
BATCH_KIND = "visits"
CHANGED = Changes.of("visits", "vehicles", "reminders", "customers", "imports")
COLUMNS = VISIT_COLUMNS
__all__ = ["ImportCancelledError", "plan_visits", "run_visits", "undo_visits"]


def auto_mapping(headers: Sequence[str]) -> tuple[str | None, ...]:
    """The field each header of a repair sheet names, each field to its first column."""
    return _auto_mapping(list(headers), match_visit_header)


def mapping_complete(keys: Sequence[str | None]) -> bool:
    """A visit needs its day, and its plate or the customer's phone to find the car."""
    chosen = set(keys)
    return "visited_on" in chosen and bool(chosen & {"plate", "phone"})


def open_table(path: str | Path, sheet: str | None = None, *, header_row: int | None = None,
               limit: int | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None) -> Table:
    """Read a repair sheet, its header row found by the repair sheet's column names."""
    report = (lambda n: progress(n, 0)) if progress else None
    return read_table(path, sheet, header_row=header_row, limit=limit, progress=report,
                      cancel=cancel, match=match_visit_header)


def column_warnings(table: Table, mapping: Sequence[str | None]) -> list[str]:
    return [r.text for r in _repeated(table, mapping)]


def date_orders(table: Table, mapping: Sequence[str | None]) -> dict[str, str]:
    return guess_orders(table.rows, mapping, VISIT_BY_KEY)


def year_last_columns(table: Table, mapping: Sequence[str | None]) -> list[str]:
    return _year_last(table, mapping, VISIT_BY_KEY)


def _repeated(table: Table, mapping: Sequence[str | None]) -> list[RepeatedColumn]:
    return repeated_columns(table.headers, mapping, VISIT_BY_KEY, match_visit_header)


# ---- the plan --------------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedVisit:
    """A visit the import writes: the row it comes from and the car it found."""

    row: int
    customer_id: int
    vehicle_id: int
    visited_on: dt.date
    mileage_km: int | None
    kind: str
    amount_cents: int
    notes: str


@dataclass
class VisitPlan:
    """The dry run of a repair sheet: the visits it adds, and every row left out with why."""

    path: Path
    table: Table
    mapping: tuple[str | None, ...]
    orders: dict[str, str]
    rows: list[SheetVisit]  # rows read without a problem, matched again when written
    unreadable: list[Rejected]  # rows whose cells could not be read
    ignored: list[int]  # total lines
    row_count: int = 0
    repeated: list[RepeatedColumn] = field(default_factory=list)
    visits: list[PlannedVisit] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Warned] = field(default_factory=list)  # already stored, or twice in the file
    warnings: list[Warned] = field(default_factory=list)
    already: int = 0
    duplicates: int = 0

    @property
    def counts(self) -> dict[str, int]:
        return {"rows": self.row_count, "new": len(self.visits), "already": self.already,
                "duplicates": self.duplicates, "rejected": len(self.rejected),
                "ignored": len(self.ignored), "warnings": len(self.warnings),
                "ignored_columns": len(self.repeated)}

    @property
    def notices(self) -> list[str]:
        return [r.text for r in self.repeated]


def plan_visits(path: str | Path, *, today: dt.date, sheet: str | None = None,
                header_row: int | None = None, mapping: Sequence[str | None] | None = None,
                orders: dict[str, str] | None = None, table: Table | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None) -> VisitPlan:
    """Read and check the whole sheet without writing anything (the dry run)."""
    if table is None:
        table = open_table(path, sheet, header_row=header_row, progress=progress, cancel=cancel)
    keys = tuple(mapping) if mapping is not None else auto_mapping(table.headers)
    keys = keys + (None,) * (len(table.headers) - len(keys))
    repeated = _repeated(table, keys)
    keys = first_columns(keys)
    if not mapping_complete(keys):
        raise ValidationFailed([FieldError("mapping", translate(
            "VisitImport", "Choose at least the column with the day of the visit, and the one "
                           "with the plate or the customer's phone."))])
    guessed = guess_orders(table.rows, keys, VISIT_BY_KEY)
    guessed.update(orders or {})
    plan = VisitPlan(Path(path), table, keys, guessed, [], [], [], repeated=repeated)
    _read_rows(plan, progress, cancel)
    _Matcher(plan, today).run(progress, cancel)
    return plan


def _read_rows(plan: VisitPlan, progress: Progress | None, cancel: Cancel | None) -> None:
    plan.row_count = total = len(plan.table.rows)
    cut: dict[int, list[tuple[int, int]]] = {}  # the cells past the limit, by row
    for (number, column), chars in plan.table.cut.items():
        cut.setdefault(number, []).append((column, chars))
    for done, (number, values) in enumerate(plan.table.rows, start=1):
        if done % 500 == 0:
            if cancel and cancel():
                raise ImportCancelledError()
            if progress:
                progress(done, total)
        # A total line: 合计 in some cell, and no plate beside it, or 合计 as the plate.
        plate = row_plate(values, plan.mapping)
        if is_total(values) and (not plate or is_total((plate,))):
            plan.ignored.append(number)
            continue
        row = read_row(number, values, plan.mapping, plan.orders, MAX_NOTES)
        row.errors += _cut_cells(plan, cut.get(number, ()))
        if row.errors:
            plan.unreadable.append(Rejected(number, values, "; ".join(row.errors)))
        else:
            plan.rows.append(row)


def _cut_cells(plan: VisitPlan, cells: Iterable[tuple[int, int]]) -> list[str]:
    """A row's cells past a spreadsheet's limit: kept in the notes (cut later), refused
    elsewhere."""
    reasons = []
    for column, chars in cells:
        key = plan.mapping[column] if column < len(plan.mapping) else None
        if key and key != "notes":
            reasons.append(too_long_text(key, chars, label(key)))
    return reasons


class _Cars:
    """The live customers' cars by plate, and their phones, read once per check."""

    def __init__(self) -> None:
        self.by_plate: dict[str, list[tuple[int, int, bool]]] = {}
        self.cars_of: dict[int, list[int]] = {}
        query = (V.select(V.plate_key, V.customer, V.id, V.disposed_on)
                 .join(C, on=(V.customer == C.id)).where(C.deleted_at.is_null()))
        for plate, cid, vid, disposed in query.tuples().iterator():
            if plate:
                self.by_plate.setdefault(plate, []).append((cid, vid, disposed is not None))
            if disposed is None:
                self.cars_of.setdefault(cid, []).append(vid)
        self.by_phone: dict[str, set[int]] = {}
        for cid, phone, phone2 in (C.select(C.id, C.phone, C.phone2)
                                   .where(C.deleted_at.is_null()).tuples().iterator()):
            for number in {phone, phone2} - {None, ""}:
                self.by_phone.setdefault(number, set()).add(cid)

    def by_plate_only(self, plate: str) -> tuple[int, int] | None | str:
        """(customer, car) of a stored plate; None when unknown; a reason when ambiguous."""
        found = self.by_plate.get(plate, [])
        kept = [(c, v) for c, v, disposed in found if not disposed] or \
            [(c, v) for c, v, _ in found]
        if len({c for c, _ in kept}) > 1:
            return translate(
                "VisitImport", "Plate {plate} is on the cars of several customers: keep it on "
                "the one who has the car now (mark the others' cars as sold), then import "
                "again.").format(plate=plate)
        return kept[0] if kept else None

    def by_phone_only(self, row: SheetVisit) -> tuple[int, int] | str:
        """The only car of the one customer the row's phone names, or what to fix."""
        owners = set().union(*(self.by_phone.get(p, set()) for p in row.phones))
        plate = row.plate or translate("VisitImport", "(none)")
        if not row.phones:
            return translate(
                "VisitImport", "Plate {plate} is not on any customer's car: correct the plate, "
                "add the car to its customer first, or give the customer's phone.").format(
                    plate=plate) if row.plate else translate(
                "VisitImport", "Neither a plate nor a phone: give the car's plate.")
        phone = row.phones[0]
        if not owners:
            return translate(
                "VisitImport", "Plate {plate} is not stored and phone {phone} is no customer's: "
                "add the customer and the car first, or correct the row.").format(
                    plate=plate, phone=phone)
        if len(owners) > 1:
            return translate(
                "VisitImport", "Plate {plate} is not stored and phone {phone} belongs to "
                "several customers: give the car's plate.").format(plate=plate, phone=phone)
        cid = next(iter(owners))
        cars = self.cars_of.get(cid, [])
        if len(cars) != 1:
            return translate(
                "VisitImport", "Plate {plate} is not stored and customer no. {id} (phone "
                "{phone}) has {n} cars: give the plate of the car, or add it to the customer "
                "first.").format(plate=plate, id=cid, phone=phone, n=len(cars))
        return cid, cars[0]


class _Matcher:
    """Finds each row's car and decides: a new visit, already stored, repeated, or refused."""

    def __init__(self, plan: VisitPlan, today: dt.date):
        self.plan, self.today = plan, today
        self.kinds = [code for code, _ in service_kinds()]

    def run(self, progress: Progress | None = None, cancel: Cancel | None = None) -> None:
        plan = self.plan
        plan.visits, plan.skipped, plan.warnings = [], [], []
        plan.rejected = list(plan.unreadable)
        plan.already = plan.duplicates = 0
        cars = _Cars()
        found = [(row, *self._car(cars, row)) for row in plan.rows]
        stored = _stored_keys({car[1] for _, car, _ in found if isinstance(car, tuple)})
        in_file: set[tuple[int, dt.date, str, int]] = set()
        readings: dict[int, list[tuple[dt.date, int]]] = {}
        for done, (row, car, warning) in enumerate(found, start=1):
            if done % 200 == 0 and cancel and cancel():
                raise ImportCancelledError()
            self._decide(row, car, warning, stored, in_file, readings)
        plan.rejected.sort(key=lambda r: r.row)

    @staticmethod
    def _car(cars: _Cars, row: SheetVisit) -> tuple[tuple[int, int] | str, str]:
        """The row's (customer, car) or why none; and a line worth a look, if any."""
        by_plate = cars.by_plate_only(row.plate) if row.plate else None
        if by_plate is not None:
            return by_plate, ""
        car = cars.by_phone_only(row)
        if isinstance(car, tuple) and row.plate:
            return car, translate(
                "VisitImport", "Plate {plate} is not stored: taken as the only car of the "
                "customer with phone {phone}.").format(plate=row.plate, phone=row.phones[0])
        return car, ""

    def _decide(self, row: SheetVisit, car: tuple[int, int] | str, warning: str,
                stored: set[tuple[int, dt.date, str, int]],
                in_file: set[tuple[int, dt.date, str, int]],
                readings: dict[int, list[tuple[dt.date, int]]]) -> None:
        plan = self.plan
        if isinstance(car, str):
            plan.rejected.append(Rejected(row.row, row.values, car))
            return
        kind = rules.kind_from_words(row.kind_words, self.kinds)
        if kind is None:
            plan.rejected.append(Rejected(row.row, row.values, translate(
                "VisitImport", "Kind: {words} is not one of the shop's kinds of visit: add it "
                "in Settings, or change the cell.").format(words=row.kind_words)))
            return
        assert row.visited_on is not None
        key = (car[1], row.visited_on, kind, row.amount_cents)
        if key in stored or key in in_file:
            self._skip(row, kind, key in stored)
            return
        problem = self._problems(row, car, kind, readings.get(car[1], []))
        if problem:
            plan.rejected.append(Rejected(row.row, row.values, problem))
            return
        in_file.add(key)
        if row.mileage_km is not None:
            readings.setdefault(car[1], []).append((row.visited_on, row.mileage_km))
        plan.visits.append(PlannedVisit(row.row, car[0], car[1], row.visited_on, row.mileage_km,
                                        kind, row.amount_cents, row.notes))
        lines = [*row.warnings, warning] if warning else row.warnings
        if lines:
            plan.warnings.append(Warned(row.row, "; ".join(lines)))

    def _skip(self, row: SheetVisit, kind: str, stored: bool) -> None:
        what = (translate("VisitImport", "Already stored: {kind} on {day}, {amount}; left out.")
                if stored else translate(
                    "VisitImport", "Same visit as an earlier row ({kind} on {day}, {amount}); "
                    "left out."))
        assert row.visited_on is not None
        self.plan.skipped.append(Warned(row.row, what.format(
            kind=rules.kind_label(kind), day=row.visited_on.isoformat(),
            amount=format_cents(row.amount_cents))))
        if stored:
            self.plan.already += 1
        else:
            self.plan.duplicates += 1

    def _problems(self, row: SheetVisit, car: tuple[int, int], kind: str,
                  earlier: list[tuple[dt.date, int]]) -> str:
        data = VisitInput(customer_id=car[0], visited_on=row.visited_on, kind=kind,
                          amount_cents=row.amount_cents, paid_by="cash", vehicle_id=car[1],
                          mileage_km=row.mileage_km, notes=row.notes)
        try:
            validate_visit(data, today=self.today)
        except ValidationFailed as exc:
            return "; ".join(e.message for e in exc.errors)
        clash = _file_clash(row, earlier)
        if clash is None:
            return ""
        return translate(
            "VisitImport", "Mileage: {km} km does not fit the {before} km an earlier row gives "
            "for this car on {day}: correct the reading in the sheet.").format(
                km=f"{row.mileage_km:,}", before=f"{clash[1]:,}", day=clash[0].isoformat())


def _file_clash(row: SheetVisit, earlier: list[tuple[dt.date, int]]) -> tuple[dt.date, int] | None:
    """A reading of the same car, from an earlier row, that this row's reading contradicts."""
    km, day = row.mileage_km, row.visited_on
    if km is None or day is None:
        return None
    return next(((d, k) for d, k in earlier if (d <= day and k > km) or (d > day and k < km)),
                None)


def _stored_keys(vehicle_ids: set[int]) -> set[tuple[int, dt.date, str, int]]:
    """(car, day, kind, amount) of the visits already stored for these cars."""
    keys = set()
    ids = sorted(vehicle_ids)
    for start in range(0, len(ids), 500):
        query = (SV.select(SV.vehicle, SV.visited_on, SV.kind, SV.amount_cents)
                 .where(SV.vehicle.in_(ids[start:start + 500])))
        keys |= {(v, stored_day(d), k, a) for v, d, k, a in query.tuples().iterator()}
    return keys


# ---- preview ---------------------------------------------------------------------------

def preview_rows(table: Table, mapping: Sequence[str | None], orders: dict[str, str], *,
                 today: dt.date, limit: int = 20) -> list[PreviewRow]:
    """The first rows as they would be read (the car is found in the dry run)."""
    kinds = [code for code, _ in service_kinds()]
    mapping = first_columns(mapping)
    result = []
    for number, values in table.rows[:limit]:
        if is_total(values) and not row_plate(values, mapping):
            result.append(PreviewRow(number, {}, translate("Import", "A total line: left out.")))
            continue
        row = read_row(number, values, mapping, orders, MAX_NOTES)
        shown = {"visited_on": row.visited_on.isoformat() if row.visited_on else "",
                 "plate": row.plate, "phone": " / ".join(row.phones), "name": row.name,
                 "mileage_km": f"{row.mileage_km:,}" if row.mileage_km is not None else "",
                 "amount": format_cents(row.amount_cents), "notes": row.notes}
        kind = rules.kind_from_words(row.kind_words, kinds)
        shown["kind"] = rules.kind_label(kind) if kind else row.kind_words
        if row.visited_on and row.visited_on > today:
            row.errors.append(translate("Value", "A visit cannot be dated in the future."))
        result.append(PreviewRow(number, shown, "; ".join(row.errors)))
    return result


# ---- running and undoing ---------------------------------------------------------------

def run_visits(plan: VisitPlan, *, staff_id: int | None, today: dt.date,
               now: dt.datetime | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None, notice: Notice | None = None) -> ImportResult:
    """Write the plan's visits in one transaction as a batch that can be undone.

    Under the write lock (one import, merge or hand-over at a time, on every PC) each row is
    matched and checked again against what is stored by then, so that a visit recorded or
    a car changed since the dry run is neither doubled nor wrongly placed. Raises
    ImportCancelledError, WriterBusy or DiskFull (one line); nothing is written then.
    The owner's right, like undoing it.
    """
    access.require("import")
    now = (now or clock.now()).replace(microsecond=0)
    try:
        with waiting(notice=notice), atomic():
            one_writer()
            _Matcher(plan, today).run(cancel=cancel)
            batch = _write(plan, staff_id, now, progress, cancel)
    except INTEGRITY_ERRORS as exc:
        raise refused(exc) from None
    finally:
        release_thread_connection()
    return ImportResult(batch, plan.counts, CHANGED)


def _write(plan: VisitPlan, staff_id: int | None, now: dt.datetime,
           progress: Progress | None, cancel: Cancel | None) -> int:
    batch = models.ImportBatch.create(at=now, file_name=plan.path.name, staff=staff_id,
                                      summary=json.dumps(plan.counts), kind=BATCH_KIND)
    done_rows = []
    total = len(plan.visits)
    cars = sorted({v.vehicle_id for v in plan.visits})
    before = {car: visit_facts(car) for car in cars}
    for done, visit in enumerate(plan.visits, start=1):
        if done % 200 == 0:
            if cancel and cancel():
                raise ImportCancelledError()
            if progress:
                progress(done, total)
        row = SV.create(customer=visit.customer_id, vehicle=visit.vehicle_id,
                        visited_on=visit.visited_on, mileage_km=visit.mileage_km,
                        kind=visit.kind, amount_cents=visit.amount_cents, paid_by="cash",
                        notes=visit.notes, staff=staff_id, created_at=now)
        done_rows.append({"batch": batch.id, "table_name": "service_visit", "row_id": row.id,
                          "action": "created", "before": "{}"})
    done_rows += _car_rows(batch.id, cars)
    for start in range(0, len(done_rows), 500):
        R.insert_many(done_rows[start:start + 500]).execute()
    for vehicle in cars:
        refresh_vehicle(vehicle, before[vehicle], brings=True)
    customers = sorted({v.customer_id for v in plan.visits})
    for start in range(0, len(customers), 500):
        C.update(updated_at=now).where(C.id.in_(customers[start:start + 500])).execute()
    if progress:
        progress(total, total)
    return int(batch.id)


def undo_visits(batch_id: int, *, now: dt.datetime | None = None) -> Changes:
    """Remove the visits a repair-sheet import added, in one transaction, and bring their
    cars' mileage and next maintenance back in step. Refused (nothing changed) when one of
    them has since been paid from a card: its ledger entry must be reversed by hand first."""
    access.require("import")
    with atomic():
        one_writer()
        batch = models.ImportBatch.get_or_none(models.ImportBatch.id == batch_id)
        if batch is None or batch.kind != BATCH_KIND:
            raise ValidationFailed([FieldError("batch", translate(
                "VisitImport", "No import of service visits has the number {n}.").format(
                    n=batch_id))])
        if batch.undone_at is not None:
            raise ValidationFailed([FieldError("batch", translate(
                "Import", "This import was already undone."))])
        ids = [i for (i,) in R.select(R.row_id).where(
            R.batch == batch_id, R.table_name == "service_visit").tuples()]
        saved = _saved_cars(batch_id)
        # The cars the visits stand on now: a visit may have been moved to another car since.
        moved_to = _cars_of(ids) - saved.keys()
        with_import = {car: visit_facts(car) for car in saved.keys() | moved_to}
        _remove_visits(ids)
        for car, values in saved.items():
            _restore_car(car, values, with_import[car])
        for car in moved_to:
            refresh_vehicle(car, with_import[car], brings=False)
        stamp = (now or clock.now()).replace(microsecond=0)
        models.ImportBatch.update(undone_at=stamp).where(
            models.ImportBatch.id == batch_id).execute()
    return CHANGED


def _cars_of(ids: list[int]) -> set[int]:
    cars: set[int] = set()
    for start in range(0, len(ids), 500):
        cars |= {car for (car,) in SV.select(SV.vehicle).where(
            SV.id.in_(ids[start:start + 500]), SV.vehicle.is_null(False)).tuples()}
    return cars


def _remove_visits(ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        paid = SV.select(SV.id).where(SV.id.in_(chunk), SV.ledger_entry.is_null(False))
        if paid.exists():
            raise ValidationFailed([FieldError("batch", translate(
                "VisitImport", "A visit of this import was since paid from a card: change "
                "how it was paid on the customer's page first. Nothing was undone."))])
        SV.delete().where(SV.id.in_(chunk)).execute()


def _car_rows(batch_id: int, cars: list[int]) -> list[dict[str, object]]:
    """Each touched car's mileage and next maintenance before the import, for undo."""
    rows = []
    for start in range(0, len(cars), 500):
        query = (V.select(V.id, V.mileage_km, V.next_maintenance_on)
                 .where(V.id.in_(cars[start:start + 500])).tuples())
        for vid, km, due in query:
            before = {"mileage_km": km, "next_maintenance_on": due.isoformat() if due else None}
            rows.append({"batch": batch_id, "table_name": "vehicle", "row_id": vid,
                         "action": "updated", "before": json.dumps(before)})
    return rows


def _saved_cars(batch_id: int) -> dict[int, dict[str, Any]]:
    """Each touched car's mileage and next maintenance from before the import."""
    query = R.select(R.row_id, R.before).where(R.batch == batch_id, R.table_name == "vehicle")
    saved = {}
    for vid, before in query.tuples():
        values = json.loads(before or "{}")
        due = values.get("next_maintenance_on")
        values["next_maintenance_on"] = dt.date.fromisoformat(due) if due else None
        saved[vid] = values
    return saved


def _restore_car(vehicle_id: int, saved: dict[str, Any], with_import: VisitFacts) -> None:
    """After the import's visits are gone: what came from visits follows those left (or is
    cleared), what was typed since is kept, and where the car then holds nothing, the value
    it held before the import comes back."""
    refresh_vehicle(vehicle_id, with_import, brings=False)
    held = V.select(V.mileage_km, V.next_maintenance_on).where(V.id == vehicle_id).first()
    if held is None:
        return
    values = {column: saved.get(column) for column in ("mileage_km", "next_maintenance_on")
              if getattr(held, column) is None and saved.get(column) is not None}
    if values:
        V.update(**values).where(V.id == vehicle_id).execute()
