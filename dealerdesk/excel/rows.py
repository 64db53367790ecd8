"""One sheet row as field values for a customer, a vehicle and a follow-up, with its problems."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dealerdesk.domain.dates import guess_day_month_order
from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.phone import phone_warning
from dealerdesk.domain.plate import normalize_plate
from dealerdesk.domain.text import clean_text
from dealerdesk.domain.vin import normalize_vin
from dealerdesk.excel import cells
from dealerdesk.excel.columns import BY_KEY, Column
from dealerdesk.i18n import translate

CTX = "ExcelRows"
TOTAL_WORDS = {"合计", "总计", "小计", "total", "合 计", "总 计"}
MAX_NAME = 50
MAX_TEXT = 200  # any one-line field (address, WeChat, model...); notes hold far more


@dataclass
class ParsedRow:
    """What one row says, split by record; `errors` are ready-to-show reasons."""

    number: int
    customer: dict[str, object] = field(default_factory=dict)
    vehicle: dict[str, object] = field(default_factory=dict)
    followup: dict[str, object] = field(default_factory=dict)
    phones: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # imported anyway, but worth a look
    is_total: bool = False

    @property
    def plate(self) -> str:
        return str(self.vehicle.get("plate") or "")


def guess_orders(
    rows: Sequence[tuple[int, tuple[object, ...]]],
    mapping: Sequence[str | None],
    columns: Mapping[str, Column] = BY_KEY,
) -> dict[str, str]:
    """Day/month order ("dmy" or "mdy") for each mapped date column, from all its values
    (`columns`: the sheet's column spec, the customer sheet's by default)."""
    orders = {}
    for index, key in enumerate(mapping):
        if key and columns[key].kind == "date":
            orders[key] = guess_day_month_order(v[index] for _, v in rows if index < len(v))
    return orders


_CACHED_KINDS = {"date", "choice", "staff"}
_cache: dict[tuple[str, object, str | None], object] = {}


def _remembered(key: str, value: object, orders: dict[str, str], levels: list[str]) -> object:
    memo = (key, value, orders.get(key))
    if memo not in _cache:
        if len(_cache) > 20_000:
            _cache.clear()
        try:
            _cache[memo] = _convert(key, value, orders, levels)
        except RuleError as exc:
            _cache[memo] = exc
    result = _cache[memo]
    if isinstance(result, RuleError):
        raise result
    return result


def clear_cache() -> None:
    """Forget remembered cell answers (levels or orders may differ in the next file)."""
    _cache.clear()


def _convert(key: str, value: object, orders: dict[str, str], levels: list[str]) -> object:
    kind = BY_KEY[key].kind
    if kind == "date":
        return cells.to_date(value, orders.get(key))
    if kind == "phone":
        return cells.to_phones(value)
    if kind == "lunar":
        return cells.to_lunar(value)
    if kind == "plate":
        return normalize_plate(cells.to_text(value))
    if kind == "vin":
        return normalize_vin(cells.to_text(value))
    if kind == "int":
        return cells.to_int(value)
    if kind == "money":
        return cells.to_cents(value)
    if key == "gender":
        return cells.to_gender(value)
    if key == "source":
        return cells.to_source(value)
    if key == "status":
        return cells.to_status(value)
    if key == "level":
        return cells.to_level(value, levels)
    if key == "tags":
        return cells.to_tags(value)
    if key in ("notes", "followup"):
        return cells.to_long_text(value)
    text = cells.to_text(value)
    if len(text) > MAX_TEXT:
        raise RuleError(
            translate("ExcelRows", "Too long: at most {} characters.").format(MAX_TEXT)
        )
    return text


def parse_row(
    number: int,
    values: tuple[object, ...],
    mapping: Sequence[str | None],
    orders: dict[str, str],
    levels: list[str],
) -> ParsedRow:
    """Read every mapped cell of one row; a cell that cannot be read adds an error."""
    row = ParsedRow(number)
    read: dict[str, object] = {}
    width = len(values)
    for index, key, remembered in _mapped(tuple(mapping)):
        if index >= width:
            continue
        cell = values[index]
        if cell is None or (cell.__class__ is str and not cell.strip()):  # type: ignore[union-attr]
            continue
        try:
            if remembered and isinstance(cell, (str, dt.date, int)):
                value = _remembered(key, cell, orders, levels)
            else:
                value = _convert(key, cell, orders, levels)
        except RuleError as exc:
            row.errors.append(f"{BY_KEY[key].label}: {exc}")
            continue
        if value not in (None, "", [], ()):
            read[key] = value
    _split(row, read)
    name = str(row.customer.get("name", ""))
    row.is_total = name.lower() in TOTAL_WORDS and not row.phones and not row.plate
    return row


@functools.lru_cache(maxsize=16)
def _mapped(mapping: tuple[str | None, ...]) -> tuple[tuple[int, str, bool], ...]:
    """(column, field, answers kept) for each mapped column, worked out once per mapping."""
    return tuple((i, key, BY_KEY[key].kind in _CACHED_KINDS)
                 for i, key in enumerate(mapping) if key)


def _split(row: ParsedRow, read: dict[str, object]) -> None:
    phones = list(read.pop("phone", [])) + list(read.pop("phone2", []))  # type: ignore[call-overload]
    phones = list(dict.fromkeys(phones))
    row.phones = phones
    for phone in phones:
        warning = phone_warning(phone)
        if warning:
            row.warnings.append(f"{BY_KEY['phone'].label}: {phone}: {warning}")
    customer = row.customer
    if phones:
        customer["phone"] = phones[0]
    if len(phones) > 1:
        customer["phone2"] = phones[1]
    if len(phones) > 2:
        extra = translate("ExcelRows", "Other phones: {}").format(", ".join(phones[2:]))
        read["notes"] = (str(read.get("notes", "")) + "\n" + extra).strip()
    if "lunar_birthday" in read:
        lunar: tuple[int, int, bool] = read.pop("lunar_birthday")  # type: ignore[assignment]
        customer.update(lunar_birthday=True, lunar_month=lunar[0], lunar_day=lunar[1],
                        lunar_leap=lunar[2])
    if "source" in read:
        customer["source"], detail = read.pop("source")  # type: ignore[misc]
        if detail:
            customer["source_detail"] = detail
    for key, value in read.items():
        target = BY_KEY[key].target
        if target == "customer":
            customer[key] = value
        elif target == "vehicle":
            row.vehicle[key] = value
        else:
            row.followup[key] = value
    if "model" in row.vehicle and "brand" not in row.vehicle:
        brand, model = cells.split_vehicle_name(str(row.vehicle["model"]))
        if brand:
            row.vehicle["brand"], row.vehicle["model"] = brand, model
    _check_customer(row)


def _check_customer(row: ParsedRow) -> None:
    name = clean_text(row.customer.get("name", ""))
    if len(name) > MAX_NAME:
        row.errors.append(translate("ExcelRows", "The name is too long (at most 50 characters)."))
    birthday = row.customer.get("birthday")
    if isinstance(birthday, dt.date) and birthday.year < 1900:
        row.errors.append(translate("ExcelRows", "Birthday: please check the year of birth."))
