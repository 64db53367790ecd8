"""Reading .xlsx and .csv files as plain rows: sheets, header row, encodings, size limits.

The sheet itself is read by excel.xlsx_source (python-calamine, or openpyxl as the fallback)
or excel.csv_source; both refuse what excel.limits does not allow before reading cells.
Every failure is a ReadError with one sentence for the user. A cell longer than Excel's own
limit (32,767 characters) is cut here, and the cut is kept on the table for its row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.domain.text import strip_controls
from dealerdesk.excel import limits
from dealerdesk.excel.columns import match_header
from dealerdesk.excel.limits import ReadCancelledError, ReadError
from dealerdesk.excel.mapping import column_letter
from dealerdesk.i18n import translate

__all__ = ["ReadCancelledError", "ReadError", "Table", "column_letter", "read_table",
           "sheet_names"]

CTX = "ExcelReader"
HEADER_SCAN_ROWS = 30
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Table:
    """One sheet as plain values: the header row and the data rows below it.

    `cut` holds {(row number, column index): characters the cell had} for each cell
    longer than Excel's limit, which was cut to limits.MAX_CELL_CHARS characters.
    """

    sheet: str
    header_row: int  # 1-based row number in the file
    headers: list[str]
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)  # (row number, values)
    title_rows: list[tuple[object, ...]] = field(default_factory=list)
    cut: dict[tuple[int, int], int] = field(default_factory=dict)


_fail = limits.fail


def _check_file(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _fail(
            translate(
                "ExcelReader",
                "{name} is an old .xls file: open it in Excel or WPS and save it as .xlsx "
                "(Excel workbook) first.",
            ),
            name=path.name,
        )
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise _fail(
            translate("ExcelReader", "{name} is not an Excel workbook (.xlsx) or a CSV file."),
            name=path.name,
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise _fail(translate("ExcelReader", "{name} does not exist."), name=path.name) from None
    except PermissionError:
        raise limits.locked(path.name) from None
    except OSError as exc:
        raise _fail(
            translate("ExcelReader", "{name} cannot be opened: {why}"),
            name=path.name,
            why=exc.strerror,
        ) from None
    if suffix in (".csv", ".txt"):
        return "csv"
    if head == _OLE_MAGIC:
        raise _fail(
            translate(
                "ExcelReader",
                "{name} is protected by a password (or is an old .xls file renamed): remove "
                "the password in Excel or WPS and save it as .xlsx first.",
            ),
            name=path.name,
        )
    if not head.startswith(b"PK"):
        raise _fail(
            translate(
                "ExcelReader",
                "{name} is not an Excel workbook: it may be damaged, or another kind of "
                "file with an .xlsx name.",
            ),
            name=path.name,
        )
    return "xlsx"


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook ([file name] for a CSV file)."""
    from dealerdesk.excel.xlsx_source import sheet_members

    path = Path(path)
    if _check_file(path) == "csv":
        return [path.stem]
    return list(sheet_members(path))


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    header_row: int | None = None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    match: HeaderMatch = match_header,
) -> Table:
    """Read one sheet: header found automatically (or `header_row`), rows below it.

    `limit` stops after that many data rows (for a preview). Blank rows are left out;
    each kept row carries its row number in the file. `match` names the column a header
    stands for (the customer sheet's by default), which is how the header row is found.
    """
    path = Path(path)
    name, rows, long_cells = _open_rows(path, sheet)
    try:
        return _build_table(name, rows, header_row, limit, progress, cancel, long_cells, match)
    finally:
        close = getattr(rows, "close", None)
        if close:
            close()


LongCheck = Callable[[tuple[object, ...]], bool]
HeaderMatch = Callable[[object], "str | None"]


def _any_long(row: tuple[object, ...]) -> bool:
    return any(isinstance(v, str) and len(v) > limits.MAX_CELL_CHARS for v in row)


def _any_long_text(row: tuple[object, ...]) -> bool:
    return max(map(len, row), default=0) > limits.MAX_CELL_CHARS  # type: ignore[arg-type]


def _open_rows(
    path: Path, sheet: str | None
) -> tuple[str, Iterator[tuple[object, ...]], LongCheck | None]:
    """The sheet's name, its rows, and how to spot a cell past Excel's limit (None when the
    scan showed that no cell can be that long)."""
    from dealerdesk.excel import xlsx_source

    if _check_file(path) == "csv":
        from dealerdesk.excel.csv_source import csv_rows

        return path.stem, csv_rows(path), _any_long_text  # CSV rows are all text
    members = xlsx_source.sheet_members(path)
    if not members:
        raise xlsx_source.damaged(path, "no sheets")
    name = sheet or next(iter(members))
    if name not in members:
        raise _fail(
            translate("ExcelReader", "The workbook has no sheet called {sheet}."), sheet=name
        )
    scan = xlsx_source.scan_sheet(path, members[name])
    long_check = _any_long if scan.longest_text > limits.MAX_CELL_CHARS else None
    return name, xlsx_source.sheet_rows(path, name, scan), long_check


def _cut_long_cells(table: Table, number: int, values: tuple[object, ...]) -> tuple[object, ...]:
    """Cells past Excel's limit, cut to it; each cut is remembered for the row's report."""
    cells = list(values)
    for i, v in enumerate(cells):
        if isinstance(v, str) and len(v) > limits.MAX_CELL_CHARS:
            table.cut[(number, i)] = len(v)
            cells[i] = v[: limits.MAX_CELL_CHARS]
    return tuple(cells)


# ---- header and rows ---------------------------------------------------------------

_EMPTY = re.compile(r"^\s*$")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and _EMPTY.match(value) is not None)


def header_score(row: tuple[object, ...], match: HeaderMatch = match_header) -> int:
    """How many cells of a row are known header names."""
    return sum(1 for v in row if isinstance(v, str) and match(v))


def _find_header(rows: list[tuple[object, ...]], match: HeaderMatch = match_header) -> int:
    """Index of the first row that looks like headers, past titles and blank rows."""
    for i, row in enumerate(rows):
        if header_score(row, match) >= 2:
            return i
    for i, row in enumerate(rows):
        filled = [v for v in row if not _blank(v)]
        if len(filled) >= 2 and all(isinstance(v, str) for v in filled):
            return i
    return next((i for i, row in enumerate(rows) if any(not _blank(v) for v in row)), 0)


def _build_table(
    name: str,
    rows: Iterator[tuple[object, ...]],
    header_row: int | None,
    limit: int | None,
    progress: Callable[[int], None] | None,
    cancel: Callable[[], bool] | None,
    long_cells: LongCheck | None = None,
    match: HeaderMatch = match_header,
) -> Table:
    head: list[tuple[object, ...]] = []
    for row in rows:
        head.append(row)
        if len(head) >= max(HEADER_SCAN_ROWS, header_row or 0):
            break
    index = header_row - 1 if header_row else _find_header(head, match)
    if index >= len(head):
        raise _fail(translate("ExcelReader", "The sheet has no row {row}."), row=index + 1)
    raw_headers = head[index]
    width = max((i + 1 for i, v in enumerate(raw_headers) if not _blank(v)), default=0)
    headers = [_header_text(v, i) for i, v in enumerate(raw_headers[:width])]
    table = Table(name, index + 1, headers,
                  title_rows=[_cut_title_cells(r) for r in head[:index]])
    number = index + 1
    texts = _SharedTexts()

    def take(row: tuple[object, ...]) -> bool:
        nonlocal number
        number += 1
        if long_cells is not None and long_cells(row):
            row = _cut_long_cells(table, number, row)
        values = tuple(row[:width]) if len(row) >= width else tuple(row) + (None,) * (
            width - len(row)
        )
        values = texts.same(values)
        for v in values:
            if v is not None and (v.__class__ is not str or v.strip()):
                table.rows.append((number, values))
                break
        if number > limits.MAX_ROWS:
            raise limits.too_many_rows(number)
        if number % 1000 == 0:
            if cancel and cancel():
                raise ReadCancelledError()
            if progress:
                progress(number)
        return limit is not None and len(table.rows) >= limit

    for row in head[index + 1 :]:
        if take(row):
            return table
    for row in rows:
        if take(row):
            break
    return table


class _SharedTexts:
    """One object for each text that recurs down a column (a source, a salesperson, a car
    model...): the reader makes a new string for every cell, and a sheet's rows are held
    whole until planned. Remembers the first few thousand texts seen, the recurring ones
    among them (types are kept apart: 1, 1.0 and True are equal but not the same cell)."""

    LIMIT = 8192

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def same(self, values: tuple[object, ...]) -> tuple[object, ...]:
        seen = self.seen
        if len(seen) < self.LIMIT:
            keep = seen.setdefault
            return tuple([keep(v, v) if v.__class__ is str else v for v in values])
        known = seen.get
        return tuple([known(v, v) if v.__class__ is str else v for v in values])


def _cut_title_cells(row: tuple[object, ...]) -> tuple[object, ...]:
    """Titles above the headers are only shown: long cells are simply cut."""
    if any(isinstance(v, str) and len(v) > limits.MAX_CELL_CHARS for v in row):
        return tuple(v[:200] if isinstance(v, str) else v for v in row)
    return row


def _header_text(value: object, index: int) -> str:
    if _blank(value):
        return translate("ExcelReader", "(column {})").format(column_letter(index))
    return " ".join(strip_controls(str(value)).split())
