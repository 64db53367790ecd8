"""How much of a file the importer takes, and the one-sentence error when a file is refused.

Every limit lives here so that the xlsx and CSV readers refuse the same things the same
way, and a file is refused from cheap facts (its size, its declared rows, its longest
run of text) before its cells are read into memory.
"""

from __future__ import annotations

from dealerdesk.i18n import translate

CTX = "ExcelReader"
MAX_ROWS = 200_000
MAX_SHEET_BYTES = 200 * 1024 * 1024  # the sheet's XML (and its shared texts) unpacked
MAX_CSV_BYTES = 200 * 1024 * 1024
# Excel itself holds at most 32,767 characters in a cell: a longer cell is cut to this
# and the cut is reported for its row.
MAX_CELL_CHARS = 32_767
# A single text longer than this (unpacked bytes) cannot come from Excel or WPS at all;
# the file is refused before any cell is read, so that it cannot fill the memory.
MAX_RAW_CELL_BYTES = 16 * 1024 * 1024


class ReadError(Exception):
    """The file cannot be read; the message is one sentence ready to show."""


class ReadCancelledError(Exception):
    """The user cancelled while the file was being read."""


def fail(text: str, **values: object) -> ReadError:
    return ReadError(text.format(**values))


def too_many_rows(count: int) -> ReadError:
    return fail(
        translate(
            "ExcelReader",
            "This sheet has {rows} rows, more than DealerDesk imports at once (200,000): "
            "split it into smaller files.",
        ),
        rows=f"{count:,}",
    )


def too_much_data(size: int) -> ReadError:
    return fail(
        translate(
            "ExcelReader",
            "This sheet holds {mb} MB of data, more than DealerDesk can import at once "
            "(200 MB): split it into smaller files.",
        ),
        mb=size // (1024 * 1024),
    )


def giant_cell(size: int) -> ReadError:
    return fail(
        translate(
            "ExcelReader",
            "This file holds a single cell of {mb} MB of text, far beyond Excel's own limit "
            "of 32,767 characters a cell: it was not made by Excel or WPS, or it is damaged. "
            "Nothing was read.",
        ),
        mb=max(size // (1024 * 1024), 1),
    )


def locked(name: str) -> ReadError:
    return fail(
        translate(
            "ExcelReader",
            "{name} is open in Excel or another program: close it there and try again.",
        ),
        name=name,
    )
