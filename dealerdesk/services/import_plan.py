"""What an import plan holds: the customers of the file (their repeated rows folded in), the
rows refused or worth a look, and the counts shown before and after the import."""

from __future__ import annotations

import bisect
import pickle
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.excel.mapping import CutCell, RepeatedColumn
from dealerdesk.excel.reader import Table
from dealerdesk.i18n import translate

CTX = "Import"
Cells = tuple[object, ...]
PICKLE = pickle.HIGHEST_PROTOCOL


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be imported, with its original values and the reason."""

    row: int
    values: Cells
    reason: str


@dataclass(frozen=True)
class Warned:
    """A row that is imported, with something worth checking (a number not in use...)."""

    row: int
    reason: str


@dataclass(frozen=True)
class Doubled:
    """A row written into the same stored customer as an earlier row of the file: both
    matched, at the import, a customer stored by someone else after the dry run."""

    row: int
    first_row: int
    customer_id: int

    @property
    def text(self) -> str:
        return translate(
            "Import",
            "Row {row} is the same customer (no. {id}) as row {first}: that customer was "
            "stored by someone else after the check, and both rows were written into it.",
        ).format(row=self.row, id=self.customer_id, first=self.first_row)

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "first_row": self.first_row, "customer_id": self.customer_id,
                "text": self.text}


@dataclass(slots=True)  # tens of thousands are held: no __dict__ each
class PlannedCustomer:
    """One customer of the file (its duplicates folded in) and what the import does with it."""

    row: int
    fields: dict[str, object]
    vehicles: list[dict[str, object]] = field(default_factory=list)
    followups: list[dict[str, object]] = field(default_factory=list)
    match_id: int | None = None
    # Most customers have no repeated row: they share one empty tuple, until a first one.
    duplicate_rows: list[int] | tuple[()] = ()

    def copy(self) -> PlannedCustomer:
        """A copy that can be folded into without touching this one."""
        return PlannedCustomer(
            self.row, dict(self.fields), [dict(v) for v in self.vehicles],
            [dict(f) for f in self.followups], self.match_id, list(self.duplicate_rows) or (),
        )


class PackedCells:
    """The cells of rows, in the order of the file, packed by blocks of rows: a refused row
    is rare and looked up once, while every row is kept (a tenth of the memory the cells
    take as objects; dates, numbers and texts come back as they were read)."""

    BLOCK = 256

    def __init__(self) -> None:
        self.firsts: list[int] = []  # first row number of each block
        self.blocks: list[bytes] = []
        self.pending: list[tuple[int, Cells]] = []

    def add(self, row: int, values: Cells) -> None:
        """Keep the cells of `row` (rows come in increasing order)."""
        self.pending.append((row, values))
        if len(self.pending) >= self.BLOCK:
            self.firsts.append(self.pending[0][0])
            self.blocks.append(zlib.compress(pickle.dumps(self.pending, PICKLE), 1))
            self.pending = []

    def get(self, row: int) -> Cells:
        """The cells kept for `row`; () for a row never added."""
        block = bisect.bisect_right(self.firsts, row) - 1
        rows = self.pending
        if block >= 0 and (not self.pending or row < self.pending[0][0]):
            rows = pickle.loads(zlib.decompress(self.blocks[block]))
        return next((values for number, values in rows if number == row), ())


@dataclass
class ImportPlan:
    """The dry run: what the import would do, row by row, and the counts.

    `cells` keeps the cells of every row that a planned customer stands on, so that
    a row refused when the plan is matched again under the write lock goes to the error
    workbook as it was (refused rows keep theirs in `rejected`)."""

    path: Path
    table: Table
    mapping: tuple[str | None, ...]
    orders: dict[str, str]
    on_match: str
    customers: list[PlannedCustomer]
    rejected: list[Rejected]
    ignored: list[int]
    row_count: int = 0
    warnings: list[Warned] = field(default_factory=list)
    repeated: list[RepeatedColumn] = field(default_factory=list)
    cut: list[CutCell] = field(default_factory=list)
    doubled: list[Doubled] = field(default_factory=list)
    cells: PackedCells = field(default_factory=PackedCells)

    def cells_of(self, row: int) -> Cells:
        """The cells of a row the plan placed, as they were read."""
        return self.cells.get(row)

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
            "duplicate_rows": len(self.doubled),
            "rejected": len(self.rejected),
            "ignored": len(self.ignored),
            "warnings": len(self.warnings),
            "ignored_columns": len(self.repeated),
            "cut": len(self.cut),
        }

    @property
    def notices(self) -> list[str]:
        """Lines the user must see besides the counts: columns left out, cells cut, rows
        that went into the same customer."""
        return ([r.text for r in self.repeated] + [c.text for c in self.cut]
                + [d.text for d in self.doubled])


def fold_fields(into: dict[str, object], fields: dict[str, object]) -> None:
    """A later row of the same customer fills what the first one left blank."""
    for key, value in fields.items():
        if key == "phone" and into.get("phone") and value != into["phone"]:
            into.setdefault("phone2", value)
        elif key == "notes" and into.get("notes") and str(value) not in str(into["notes"]):
            into["notes"] = f"{into['notes']}\n{value}"
        else:
            into.setdefault(key, value)


def add_vehicle(into: PlannedCustomer, vehicle: dict[str, object]) -> None:
    """A vehicle of the customer: a new one, or what is known of one already listed."""
    same = next((v for v in into.vehicles if _same_vehicle(v, vehicle)), None)
    if same is None:
        into.vehicles.append(dict(vehicle))
    else:
        for key, value in vehicle.items():
            same.setdefault(key, value)
        same.pop("_clean", None)  # checked again when written


def add_followup(into: PlannedCustomer, item: dict[str, object]) -> None:
    if all(f["followup"] != item["followup"] for f in into.followups):
        into.followups.append(item)


def fold_customer(into: PlannedCustomer, other: PlannedCustomer) -> None:
    """Another planned customer found to be the same one: everything it brings goes in,
    the rows folded into it at the dry run too."""
    fold_fields(into.fields, other.fields)
    if other.duplicate_rows:
        into.duplicate_rows = [*into.duplicate_rows, *other.duplicate_rows]
    for vehicle in other.vehicles:
        add_vehicle(into, vehicle)
    for item in other.followups:
        add_followup(into, item)


def _same_vehicle(a: dict[str, object], b: dict[str, object]) -> bool:
    if a.get("plate") or b.get("plate"):
        return a.get("plate") == b.get("plate")
    return (a.get("brand"), a.get("model")) == (b.get("brand"), b.get("model"))
