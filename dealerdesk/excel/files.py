"""Writing workbooks safely: a temporary file beside the target, flushed, then moved into place.

Text cells are always written as text (never as formulas), with Excel's quote prefix when
they start like a formula, so that what a customer typed reads back unchanged.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from dealerdesk import fileops
from dealerdesk.domain.text import strip_controls
from dealerdesk.excel.cells import needs_quote
from dealerdesk.excel.columns import Column
from dealerdesk.i18n import translate
from dealerdesk.paths import NotARegularFile, check_output_file, with_file_name

CTX = "ExcelFiles"


class WriteError(Exception):
    """The file could not be written; the message is one sentence ready to show."""


def atomic_save(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temp_path)`, flush it to disk and move it over `target` in one step."""
    target = Path(target)
    folder = target.parent
    try:
        check_output_file(target)
    except NotARegularFile as exc:
        raise WriteError(str(exc)) from None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".~" + target.stem, suffix=target.suffix, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WriteError(
            translate("ExcelFiles", "Cannot write into {folder}: {why}").format(
                folder=folder, why=exc.strerror
            )
        ) from None
    temp = Path(name)
    try:
        write(temp)
        fileops.move_into_place(temp, target)
    except PermissionError:
        temp.unlink(missing_ok=True)
        raise WriteError(
            translate(
                "ExcelFiles",
                "{name} is open in Excel or another program: close it there and try again.",
            ).format(name=target.name)
        ) from None
    except OSError as exc:
        temp.unlink(missing_ok=True)
        named = with_file_name(exc, target)
        if named is exc:
            raise
        raise named from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def new_workbook(*, title: str, shop_name: str, when: dt.datetime) -> Any:
    """A write-only workbook whose properties carry the shop name and the export date."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    props = wb.properties
    props.title = title
    props.creator = shop_name or "DealerDesk"
    props.lastModifiedBy = shop_name or "DealerDesk"
    props.company = shop_name  # type: ignore[attr-defined]
    props.subject = title
    props.description = translate("ExcelFiles", "{shop}, exported {date}").format(
        shop=shop_name or "DealerDesk", date=when.strftime("%Y-%m-%d %H:%M")
    )
    props.created = when
    props.modified = when
    return wb


class SheetWriter:
    """Writes rows of plain values under a bold, frozen header with the spec's widths."""

    def __init__(self, wb: Any, name: str, columns: Sequence[Column], headers: Sequence[str]):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._cell = WriteOnlyCell
        self.ws = wb.create_sheet(title=name[:31])
        self.kinds = [c.kind for c in columns]
        for i, column in enumerate(columns, start=1):
            width = max(column.width, min(len(headers[i - 1]) * 2 + 2, 40))
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        bold = Font(bold=True)
        header_cells = []
        for text in headers:
            cell = WriteOnlyCell(self.ws, value=text)
            cell.font = bold
            header_cells.append(cell)
        self.ws.append(header_cells)
        self.count = 0

    def append(self, values: Iterable[object]) -> None:
        row: list[object] = []
        for value in values:
            if value == "":
                row.append(None)  # an empty cell, not an empty text
                continue
            if isinstance(value, str) and not value.isprintable():
                # Control characters stored before they were refused at every way in:
                # no .xlsx file can hold them.
                value = strip_controls(value)
                if not value:
                    row.append(None)
                    continue
            if isinstance(value, str) and (value[0] == "=" or needs_quote(value)):
                row.append(self._text_cell(value))
            elif isinstance(value, dt.datetime):
                cell = self._cell(self.ws, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                row.append(cell)
            else:
                row.append(value)
        self.ws.append(row)
        self.count += 1

    def close(self) -> None:
        """Finish the sheet's stream after a failure, so nothing is left half open."""
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001 - the original error matters, not this one
            pass

    def _text_cell(self, text: str) -> Any:
        cell = self._cell(self.ws, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
