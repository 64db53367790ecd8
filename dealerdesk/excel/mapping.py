"""What a column mapping leaves out, said out loud: repeated columns and cells cut to fit.

A sheet with two 手机 (or two 姓名) columns imports only the first; a cell longer than
Excel's limit is cut. Neither may happen silently: the wizard, the dry run and the
command line's JSON all show the lines made here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from dealerdesk.excel.columns import BY_KEY, Column, match_header
from dealerdesk.excel.limits import MAX_CELL_CHARS
from dealerdesk.i18n import translate

CTX = "ExcelMapping"
# Fields whose long text is kept up to Excel's limit (and the cut reported); in any other
# field a cell that long is a mistake, and its row is refused.
LONG_TEXT_KEYS = frozenset({"notes", "followup"})


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class RepeatedColumn:
    """A column left out because an earlier column fills the same field."""

    column: str  # letter of the column left out
    header: str
    key: str
    same_as: str  # letter of the column that is imported
    field_label: str = ""  # the field's shown name (else the customer sheet's)

    @property
    def text(self) -> str:
        return translate(
            "ExcelMapping",
            "Column {column} ({header}) fills {field} like column {first}: only column "
            "{first} is imported. Choose another field for it, or leave it out.",
        ).format(column=self.column, header=self.header,
                 field=self.field_label or BY_KEY[self.key].label, first=self.same_as)

    def as_json(self) -> dict[str, str]:
        return {"column": self.column, "header": self.header, "field": self.key,
                "same_as": self.same_as}


def repeated_columns(
    headers: Sequence[str],
    mapping: Sequence[str | None],
    columns: Mapping[str, Column] = BY_KEY,
    match: Callable[[object], str | None] = match_header,
) -> list[RepeatedColumn]:
    """Columns that would fill a field already filled by an earlier column: those mapped to
    it twice, and those whose header names a field taken by an earlier header (`columns`
    and `match`: the sheet's column spec, the customer sheet's by default)."""
    first: dict[str, int] = {}
    found = []
    for index, header in enumerate(headers):
        key = mapping[index] if index < len(mapping) else None
        named = key or match(header)
        if not named or named not in columns:
            continue
        if named in first:
            found.append(RepeatedColumn(column_letter(index), header, named,
                                        column_letter(first[named]), columns[named].label))
        elif key:
            first[named] = index
    return found


def first_columns(mapping: Sequence[str | None]) -> tuple[str | None, ...]:
    """The mapping with each field given to its first column only (what is imported)."""
    seen: set[str] = set()
    result: list[str | None] = []
    for key in mapping:
        if key and key in seen:
            result.append(None)
            continue
        if key:
            seen.add(key)
        result.append(key)
    return tuple(result)


@dataclass(frozen=True)
class CutCell:
    """A long text kept up to Excel's limit: which row and column, and how long it was."""

    row: int
    column: str
    header: str
    chars: int

    @property
    def text(self) -> str:
        return translate(
            "ExcelMapping",
            "Row {row}, column {column} ({header}): {chars} characters, cut to the first "
            "{kept} (the most a spreadsheet cell holds).",
        ).format(row=self.row, column=self.column, header=self.header,
                 chars=f"{self.chars:,}", kept=f"{MAX_CELL_CHARS:,}")

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "header": self.header,
                "chars": self.chars, "kept": MAX_CELL_CHARS}


def too_long_text(key: str, chars: int, label: str = "") -> str:
    """The reason a row is refused when a field other than notes holds a huge cell."""
    return translate(
        "ExcelMapping",
        "{field}: {chars} characters, far more than this field can hold.",
    ).format(field=label or BY_KEY[key].label, chars=f"{chars:,}")
