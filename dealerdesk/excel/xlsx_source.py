"""One sheet of an .xlsx workbook as rows of plain values, after a cheap scan of its XML.

The scan is one streaming pass over the sheet's XML and the shared texts, 1 MB at a time:
their real unpacked size, the rows, the longest run of text, entity declarations and
formulas without a saved result. A hostile, giant or oversized file is refused from it
before a single cell is read into memory.

python-calamine (a Rust reader, about ten times faster than openpyxl) then reads the rows
when it is installed. A sheet with a formula that was never calculated goes to openpyxl
instead, which tells such a cell from an empty one (calamine gives both as "").
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dealerdesk.excel import limits
from dealerdesk.excel.cells import NO_VALUE
from dealerdesk.i18n import translate

CTX = "ExcelReader"
CHUNK = 1 << 20
_TAIL = 64
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"')
# A formula cell whose workbook was saved without calculating it: <f>..</f> followed by
# an empty <v/> or by the end of the cell.
_UNSAVED_FORMULA = re.compile(
    rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>|</(?:\w+:)?c>)"
)
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def damaged(path: Path, why: str) -> limits.ReadError:
    return limits.fail(
        translate("ExcelReader", "{name} is not an Excel workbook or is damaged ({why})."),
        name=path.name,
        why=why,
    )


def unsafe(path: Path, why: str) -> limits.ReadError:
    return limits.fail(
        translate("ExcelReader", "{name} cannot be read safely ({why})."),
        name=path.name,
        why=why,
    )


# ---- the workbook's sheets -------------------------------------------------------------


def sheet_members(path: Path) -> dict[str, str]:
    """{sheet name: its XML member in the zip}, in the workbook's order."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        with zipfile.ZipFile(path) as zf:
            book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except PermissionError:
        raise limits.locked(path.name) from None
    except DefusedXmlException as exc:
        raise unsafe(path, type(exc).__name__) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise damaged(path, type(exc).__name__) from None
    except ElementTree.ParseError:
        raise damaged(path, "ParseError") from None
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.get("Id")}
    members: dict[str, str] = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet") or sheet.get("name") is None:
            continue
        target = targets.get(sheet.get(_REL_NS), "")
        member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))
        members[str(sheet.get("name"))] = member
    return members


# ---- the scan ----------------------------------------------------------------------------


@dataclass
class SheetScan:
    """What one pass over a sheet's XML found."""

    rows: int = 0
    unsaved_formulas: bool = False
    size: int = 0
    longest_text: int = 0


def scan_sheet(path: Path, member: str) -> SheetScan:
    """Scan the sheet and the shared texts; raise ReadError for anything too big or unsafe."""
    found = SheetScan()
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if member not in names:
                raise damaged(path, "KeyError")
            _scan_member(path, zf, member, found, sheet=True)
            for shared in sorted(n for n in names if n.lower().endswith("sharedstrings.xml")):
                _scan_member(path, zf, shared, found, sheet=False)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise damaged(path, type(exc).__name__) from None
    return found


def _scan_member(path: Path, zf: zipfile.ZipFile, member: str, found: SheetScan,
                 *, sheet: bool) -> None:
    tail, run, first = b"", 0, True
    with zf.open(member) as fh:
        while chunk := fh.read(CHUNK):
            found.size += len(chunk)
            if found.size > limits.MAX_SHEET_BYTES:
                raise limits.too_much_data(found.size)
            data = tail + chunk
            if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                raise unsafe(path, "DTDForbidden")
            run = _longest_run(chunk, run, found)
            if sheet:
                if first:
                    _check_dimension(chunk)
                    first = False
                found.rows += sum(1 for m in _ROW.finditer(data) if m.end() > len(tail))
                if found.rows > limits.MAX_ROWS:
                    raise limits.too_many_rows(found.rows)
                if not found.unsaved_formulas and _has_formula(data):
                    found.unsaved_formulas = _UNSAVED_FORMULA.search(data) is not None
            tail = data[-_TAIL:]


def _has_formula(data: bytes) -> bool:
    """Whether the text may hold a formula tag (<f> or <x:f>): the search for unsaved
    formulas is a third of the scan, and most sheets have no formula at all."""
    return b"<f" in data or b":f" in data


def _check_dimension(head: bytes) -> None:
    """The rows the sheet declares (its <dimension>), before anything else is read."""
    match = _DIMENSION.search(head[:4096])
    if match and int(match.group(1)) > limits.MAX_ROWS:
        raise limits.too_many_rows(int(match.group(1)))


def _longest_run(chunk: bytes, run: int, found: SheetScan) -> int:
    """Track the longest stretch without a tag (a cell's text); return the open run."""
    first = chunk.find(b"<")
    if first < 0:
        run += len(chunk)
    else:
        found.longest_text = max(found.longest_text, run + first)
        last = chunk.rfind(b"<")
        if last > first:
            found.longest_text = max(
                found.longest_text, max(map(len, chunk[first + 1 : last].split(b"<")))
            )
        run = len(chunk) - last - 1
    found.longest_text = max(found.longest_text, run)
    if found.longest_text > limits.MAX_RAW_CELL_BYTES:
        raise limits.giant_cell(found.longest_text)
    return run


# ---- the rows ----------------------------------------------------------------------------


def calamine_available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def sheet_rows(path: Path, name: str, scan: SheetScan) -> Iterator[tuple[object, ...]]:
    """The sheet's rows from row 1, as tuples of plain values ("" or None when empty)."""
    if calamine_available() and not scan.unsaved_formulas:
        return _calamine_rows(path, name)
    return _openpyxl_rows(path, name, scan.unsaved_formulas)


def _calamine_rows(path: Path, name: str) -> Iterator[tuple[object, ...]]:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_name(name)
    except pc.PasswordError:
        raise limits.fail(
            translate(
                "ExcelReader",
                "{name} is protected by a password (or is an old .xls file renamed): remove "
                "the password in Excel or WPS and save it as .xlsx first.",
            ),
            name=path.name,
        ) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError, pc.WorksheetNotFound, OSError,
            ValueError) as exc:
        raise damaged(path, type(exc).__name__) from None
    try:
        # calamine starts each row at the sheet's first used column.
        lead = (None,) * sheet.start[1] if sheet.height else ()
        for row in sheet.iter_rows():
            yield lead + tuple(row) if lead else tuple(row)
    finally:
        book.close()


def _openpyxl_rows(path: Path, name: str, formulas: bool) -> Iterator[tuple[object, ...]]:
    book = open_workbook(path)
    try:
        values = book[name].iter_rows(values_only=True)
        if not formulas:
            yield from values
            return
        book_f = open_workbook(path, data_only=False)
        try:
            for row, frow in zip(values, book_f[name].iter_rows(values_only=True), strict=False):
                if any(isinstance(f, str) and f.startswith("=") for f in frow):
                    row = tuple(
                        NO_VALUE if v is None and isinstance(f, str) and f.startswith("=") else v
                        for v, f in zip(row, frow, strict=False)
                    )
                yield row
        finally:
            book_f.close()
    finally:
        book.close()


def open_workbook(path: Path, data_only: bool = True):  # noqa: ANN201 - openpyxl type
    """openpyxl, read-only (defusedxml installed, so it parses through it)."""
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except PermissionError:
        raise limits.locked(path.name) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise damaged(path, type(exc).__name__) from None
    except Exception as exc:  # defusedxml refusals and other parser errors
        raise unsafe(path, type(exc).__name__) from None
