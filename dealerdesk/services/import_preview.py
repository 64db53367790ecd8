"""The import wizard's preview: what the first rows become, and the columns left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dealerdesk.excel.columns import Column
from dealerdesk.excel.mapping import first_columns, repeated_columns
from dealerdesk.excel.reader import Table
from dealerdesk.excel.rows import clear_cache, guess_orders, parse_row
from dealerdesk.i18n import translate

CTX = "Import"


@dataclass(frozen=True)
class PreviewRow:
    """What one row of the file becomes, as text for the wizard's preview table."""

    row: int
    values: dict[str, str]
    problem: str


def column_warnings(table: Table, mapping: Sequence[str | None]) -> list[str]:
    """One line for each column left out because an earlier column fills the same field."""
    return [r.text for r in repeated_columns(table.headers, mapping)]


def date_orders(table: Table, mapping: Sequence[str | None]) -> dict[str, str]:
    """Day/month order guessed for each mapped date column ("dmy" or "mdy")."""
    return guess_orders(table.rows, mapping)


def year_last_columns(table: Table, mapping: Sequence[str | None],
                      columns: Mapping[str, Column] | None = None) -> list[str]:
    """The mapped date columns holding dates written with the year last (3/5/2024)
    (`columns`: the sheet's column spec, the customer sheet's by default)."""
    from dealerdesk.domain.dates import has_year_last
    from dealerdesk.excel.columns import BY_KEY

    spec = columns or BY_KEY
    return [key for index, key in enumerate(mapping)
            if key and spec[key].kind == "date"
            and has_year_last(v[index] for _, v in table.rows if index < len(v))]


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
    mapping = first_columns(mapping)
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
