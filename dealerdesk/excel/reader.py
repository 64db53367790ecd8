"""Reading .xlsx and .csv files as plain rows: sheets, header row, encodings, size limits.

openpyxl is used read-only with data_only=True (formulas come as their saved result) and
defusedxml installed (openpyxl then parses through it). Files that are too big are refused
before they fill memory; every failure is a ReadError with one sentence for the user.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.excel.cells import NO_VALUE
from dealerdesk.excel.columns import match_header
from dealerdesk.i18n import translate

CTX = "ExcelReader"
MAX_ROWS = 200_000
MAX_SHEET_BYTES = 200 * 1024 * 1024
MAX_CSV_BYTES = 200 * 1024 * 1024
HEADER_SCAN_ROWS = 30
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ReadError(Exception):
    """The file cannot be read; the message is one sentence ready to show."""


class ReadCancelledError(Exception):
    """The user cancelled while the file was being read."""


@dataclass
class Table:
    """One sheet as plain values: the header row and the data rows below it."""

    sheet: str
    header_row: int  # 1-based row number in the file
    headers: list[str]
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)  # (row number, values)
    title_rows: list[tuple[object, ...]] = field(default_factory=list)


def _fail(text: str, **values: object) -> ReadError:
    return ReadError(text.format(**values))


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
        raise _locked(path) from None
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


def _locked(path: Path) -> ReadError:
    return _fail(
        translate(
            "ExcelReader",
            "{name} is open in Excel or another program: close it there and try again.",
        ),
        name=path.name,
    )


def _open_workbook(path: Path, data_only: bool = True):  # noqa: ANN202 - openpyxl type
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except PermissionError:
        raise _locked(path) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _fail(
            translate("ExcelReader", "{name} is not an Excel workbook or is damaged ({why})."),
            name=path.name,
            why=type(exc).__name__,
        ) from None
    except Exception as exc:  # defusedxml refusals and other parser errors
        raise _fail(
            translate("ExcelReader", "{name} cannot be read safely ({why})."),
            name=path.name,
            why=type(exc).__name__,
        ) from None


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook ([file name] for a CSV file)."""
    path = Path(path)
    if _check_file(path) == "csv":
        return [path.stem]
    wb = _open_workbook(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    header_row: int | None = None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Table:
    """Read one sheet: header found automatically (or `header_row`), rows below it.

    `limit` stops after that many data rows (for a preview). Blank rows are left out;
    each kept row carries its row number in the file.
    """
    path = Path(path)
    kind = _check_file(path)
    if kind == "csv":
        name, rows = path.stem, _csv_rows(path)
        return _build_table(name, rows, header_row, limit, progress, cancel)
    wb = _open_workbook(path)
    try:
        name = sheet or wb.sheetnames[0]
        if name not in wb.sheetnames:
            raise _fail(
                translate("ExcelReader", "The workbook has no sheet called {sheet}."), sheet=name
            )
        ws = wb[name]
        _check_sheet_size(path, wb, ws)
        rows = _xlsx_rows(path, ws)
        return _build_table(name, rows, header_row, limit, progress, cancel)
    finally:
        wb.close()


# ---- xlsx --------------------------------------------------------------------------


def _sheet_member(ws) -> str | None:  # noqa: ANN001
    member = getattr(ws, "_worksheet_path", None)
    return member.lstrip("/") if member else None


def _check_sheet_size(path: Path, wb, ws) -> None:  # noqa: ANN001
    member = _sheet_member(ws)
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if member is None or i.filename == member]
        size = max((i.file_size for i in infos), default=0)
    if size > MAX_SHEET_BYTES:
        raise _fail(
            translate(
                "ExcelReader",
                "This sheet holds {mb} MB of data, more than DealerDesk can import at once "
                "(200 MB): split it into smaller files.",
            ),
            mb=size // (1024 * 1024),
        )
    max_row = _declared_rows(path, member)
    if max_row > MAX_ROWS:
        raise _too_many_rows(max_row)


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"')


def _declared_rows(path: Path, member: str | None) -> int:
    """Rows the sheet says it has (its <dimension>), read from the first bytes only.

    Asking openpyxl (ws.max_row) would parse the whole sheet when the tag is missing.
    """
    if not member:
        return 0
    with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
        match = _DIMENSION.search(fh.read(4096))
    return int(match.group(1)) if match else 0


def _too_many_rows(count: int) -> ReadError:
    return _fail(
        translate(
            "ExcelReader",
            "This sheet has {rows} rows, more than DealerDesk imports at once (200,000): "
            "split it into smaller files.",
        ),
        rows=f"{count:,}",
    )


def _has_formulas(path: Path, member: str | None) -> bool:
    """True when the sheet XML holds any formula (scanned in chunks, never all in memory)."""
    with zipfile.ZipFile(path) as zf:
        names = [member] if member else [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        for name in names:
            tail = b""
            with zf.open(name) as fh:
                while chunk := fh.read(1 << 20):
                    data = tail + chunk
                    if b"<f>" in data or b"<f " in data or b":f>" in data or b":f " in data:
                        return True
                    tail = data[-4:]
    return False


def _xlsx_rows(path: Path, ws) -> Iterator[tuple[object, ...]]:  # noqa: ANN001
    values = ws.iter_rows(values_only=True)
    if not _has_formulas(path, _sheet_member(ws)):
        yield from values
        return
    wb_f = _open_workbook(path, data_only=False)
    try:
        formulas = wb_f[ws.title].iter_rows(values_only=True)
        for row, frow in zip(values, formulas, strict=False):
            if any(isinstance(f, str) and f.startswith("=") for f in frow):
                row = tuple(
                    NO_VALUE if v is None and isinstance(f, str) and f.startswith("=") else v
                    for v, f in zip(row, frow, strict=False)
                )
            yield row
    finally:
        wb_f.close()


# ---- csv ---------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _fail(
        translate(
            "ExcelReader",
            "This CSV file is neither UTF-8 nor GBK text; save it again as CSV (UTF-8).",
        )
    )


def _delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1
    for delim in (",", ";", "\t", "|"):
        counts = [line.count(delim) for line in lines]
        score = min(counts[1:] or counts or [0]) if counts else 0
        score = max(score, max(counts, default=0) // 2 if counts else 0)
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path) -> Iterator[tuple[object, ...]]:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise _fail(
                translate(
                    "ExcelReader",
                    "This file holds {mb} MB of data, more than DealerDesk can import at "
                    "once (200 MB): split it into smaller files.",
                ),
                mb=size // (1024 * 1024),
            )
        data = path.read_bytes()
    except PermissionError:
        raise _locked(path) from None
    text = _decode(data)
    del data
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text[:20000]))
    for row in reader:
        yield tuple(row)


# ---- header and rows ---------------------------------------------------------------

_EMPTY = re.compile(r"^\s*$")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and _EMPTY.match(value) is not None)


def header_score(row: tuple[object, ...]) -> int:
    """How many cells of a row are known header names."""
    return sum(1 for v in row if isinstance(v, str) and match_header(v))


def _find_header(rows: list[tuple[object, ...]]) -> int:
    """Index of the first row that looks like headers, past titles and blank rows."""
    for i, row in enumerate(rows):
        if header_score(row) >= 2:
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
) -> Table:
    head: list[tuple[object, ...]] = []
    for row in rows:
        head.append(row)
        if len(head) >= max(HEADER_SCAN_ROWS, header_row or 0):
            break
    index = header_row - 1 if header_row else _find_header(head)
    if index >= len(head):
        raise _fail(translate("ExcelReader", "The sheet has no row {row}."), row=index + 1)
    raw_headers = head[index]
    width = max((i + 1 for i, v in enumerate(raw_headers) if not _blank(v)), default=0)
    headers = [_header_text(v, i) for i, v in enumerate(raw_headers[:width])]
    table = Table(name, index + 1, headers, title_rows=head[:index])
    number = index + 1

    def take(row: tuple[object, ...]) -> bool:
        nonlocal number
        number += 1
        values = tuple(row[:width]) if len(row) >= width else tuple(row) + (None,) * (
            width - len(row)
        )
        for v in values:
            if v is not None and (v.__class__ is not str or v.strip()):
                table.rows.append((number, values))
                break
        if number > MAX_ROWS:
            raise _too_many_rows(number)
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


def _header_text(value: object, index: int) -> str:
    if _blank(value):
        return translate("ExcelReader", "(column {})").format(column_letter(index))
    return " ".join(str(value).split())


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
