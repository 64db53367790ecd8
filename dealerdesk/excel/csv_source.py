"""A CSV file as rows of text: its encoding found strictly, line by line, never guessed loosely.

Shops save CSV files from Excel (GBK on a Chinese Windows), WPS (UTF-8), or paste lines
from one into the other. Each line is decoded on its own: UTF-8 when it is valid UTF-8,
else GBK (GB18030); a line that is neither is refused with its line number, so that a
garbled name ("鏉庡洓" for 李四) is never stored. UTF-16 is read when the file starts
with its byte-order mark, or when the pattern of zero bytes shows it without one.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from dealerdesk.excel import limits
from dealerdesk.i18n import translate

CTX = "ExcelReader"
SAMPLE_LINES = 20


def csv_rows(path: Path) -> Iterator[tuple[object, ...]]:
    """The file's rows; ReadError (one sentence) when it is too big or cannot be decoded."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_CSV_BYTES:
            raise limits.fail(
                translate(
                    "ExcelReader",
                    "This file holds {mb} MB of data, more than DealerDesk can import at "
                    "once (200 MB): split it into smaller files.",
                ),
                mb=size // (1024 * 1024),
            )
        fh = path.open("rb")
    except PermissionError:
        raise limits.locked(path.name) from None
    return _rows(fh)


def _rows(fh: BinaryIO) -> Iterator[tuple[object, ...]]:
    with fh:
        lines = _text_lines(fh)
        sample = [line for _, line in zip(range(SAMPLE_LINES), lines, strict=False)]
        delimiter = _delimiter("".join(sample))
        limit = csv.field_size_limit()
        csv.field_size_limit(limits.MAX_RAW_CELL_BYTES)
        try:
            reader = csv.reader(chain(sample, lines), delimiter=delimiter)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error:
                    raise limits.giant_cell(limits.MAX_RAW_CELL_BYTES + 1) from None
                yield tuple(row)
        finally:
            csv.field_size_limit(limit)


def _text_lines(fh: BinaryIO) -> Iterator[str]:
    head = fh.read(4096)
    fh.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        fh.read(len(codecs.BOM_UTF8))
        return _decoded_lines(fh, ("utf-8",))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16_lines(fh, "utf-16")
    wide = _utf16_without_bom(head)
    if wide:
        return _utf16_lines(fh, wide)
    return _decoded_lines(fh, ("utf-8", "gb18030"))


def _decoded_lines(fh: BinaryIO, encodings: tuple[str, ...]) -> Iterator[str]:
    number = 0
    while True:
        raw = fh.readline(limits.MAX_RAW_CELL_BYTES)
        if not raw:
            return
        number += 1
        if len(raw) >= limits.MAX_RAW_CELL_BYTES and not raw.endswith(b"\n"):
            raise limits.giant_cell(len(raw))
        yield _decode_line(raw, number, encodings)


def _decode_line(raw: bytes, number: int, encodings: tuple[str, ...]) -> str:
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise limits.fail(
        translate(
            "ExcelReader",
            "Line {line} of this CSV file is neither UTF-8 nor GBK text; nothing was read. "
            "Save the file again as CSV (UTF-8).",
        ),
        line=number,
    )


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when zero bytes sit on one side of each character."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if even + odd < len(head) // 10:
        return None
    if odd >= 9 * even:
        return "utf-16-le"
    if even >= 9 * odd:
        return "utf-16-be"
    return None


def _utf16_lines(fh: BinaryIO, encoding: str) -> Iterator[str]:
    text = io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline="")
    number = 0
    try:
        while True:
            line = text.readline(limits.MAX_RAW_CELL_BYTES)
            if not line:
                return
            number += 1
            yield line
    except UnicodeDecodeError:
        raise limits.fail(
            translate(
                "ExcelReader",
                "This file looks like UTF-16 text but line {line} cannot be read as such; "
                "nothing was read. Save the file again as CSV (UTF-8).",
            ),
            line=number + 1,
        ) from None


def _delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:SAMPLE_LINES] if line.strip()]
    best, best_score = ",", -1
    for delim in (",", ";", "\t", "|"):
        counts = [line.count(delim) for line in lines]
        score = min(counts[1:] or counts or [0]) if counts else 0
        score = max(score, max(counts, default=0) // 2 if counts else 0)
        if score > best_score:
            best, best_score = delim, score
    return best
