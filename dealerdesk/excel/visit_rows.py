"""One row of a repair sheet as the visit it describes: day, plate, phones, mileage, the
kind's words, amount and notes, with the problems of reading its cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.plate import normalize_plate
from dealerdesk.excel import cells
from dealerdesk.excel.rows import TOTAL_WORDS
from dealerdesk.excel.visit_columns import VISIT_BY_KEY
from dealerdesk.i18n import translate

CTX = "VisitImport"


def label(key: str) -> str:
    """A field's shown name, in the language in use now."""
    return VISIT_BY_KEY[key].label


@dataclass
class SheetVisit:
    """What one row of the sheet says, before it is matched to a car."""

    row: int
    values: tuple[object, ...]
    visited_on: dt.date | None = None
    plate: str = ""
    phones: list[str] = field(default_factory=list)
    name: str = ""
    mileage_km: int | None = None
    kind_words: str = ""
    amount_cents: int = 0
    notes: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _cell(key: str, value: object, orders: dict[str, str]) -> object:
    kind = VISIT_BY_KEY[key].kind
    if kind == "date":
        return cells.to_date(value, orders.get(key))
    if kind == "plate":
        return normalize_plate(cells.to_text(value))
    if kind == "phone":
        return cells.to_phones(value)
    if kind == "int":
        return cells.to_int(value)
    if kind == "money":
        return cells.to_cents(value)
    if key == "notes":
        return cells.to_long_text(value)
    return cells.to_text(value)


def read_row(number: int, values: tuple[object, ...], mapping: Sequence[str | None],
             orders: dict[str, str], max_notes: int) -> SheetVisit:
    """Every mapped cell of one row read; a cell that cannot be read adds an error. Notes
    longer than `max_notes` are cut, with a warning."""
    row = SheetVisit(number, values)
    read: dict[str, object] = {}
    for index, key in enumerate(mapping):
        if not key or index >= len(values) or cells.is_blank(values[index]):
            continue
        try:
            read[key] = _cell(key, values[index], orders)
        except RuleError as exc:
            row.errors.append(f"{label(key)}: {exc}")
    row.visited_on = read.get("visited_on")  # type: ignore[assignment]
    row.plate = str(read.get("plate") or "")
    row.phones = list(read.get("phone") or [])  # type: ignore[call-overload]
    row.name = str(read.get("name") or "")
    row.mileage_km = read.get("mileage_km")  # type: ignore[assignment]
    row.kind_words = str(read.get("kind") or "")
    row.amount_cents = int(read.get("amount") or 0)  # type: ignore[call-overload]
    row.notes = str(read.get("notes") or "")
    if len(row.notes) > max_notes:
        row.notes = row.notes[:max_notes]
        row.warnings.append(translate(
            "VisitImport", "Notes: cut to the first {n} characters.").format(n=max_notes))
    if row.visited_on is None and not any(e.startswith(label("visited_on")) for e in row.errors):
        row.errors.append(translate("VisitImport", "{field}: the day of the visit is missing.")
                          .format(field=label("visited_on")))
    return row


def is_total(values: tuple[object, ...]) -> bool:
    """A total line (合计, 总计...)."""
    return any(isinstance(v, str) and v.strip().lower() in TOTAL_WORDS for v in values)


def row_plate(values: tuple[object, ...], mapping: Sequence[str | None]) -> str:
    """The plate cell of a row as written (to tell a total line from a visit)."""
    index = mapping.index("plate") if "plate" in mapping else -1
    return cells.to_text(values[index]) if 0 <= index < len(values) else ""

