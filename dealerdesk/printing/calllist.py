"""The call list (A4 landscape): who to call, why, what they want, their car, the last
contact in full, and room to write. A list holds what one morning can call; how many more
there are (and how many wait on the other list) is printed below it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from dealerdesk.domain.phone import mask_phone
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.printing.data import CallListData, CallListRow
from dealerdesk.printing.files import write_atomically
from dealerdesk.printing.fonts import PdfFont
from dealerdesk.printing.layout import (
    FRAME_PAD,
    INK,
    MUTED,
    RULE,
    SHADE,
    Page,
    Styles,
    content_width,
    fit_line,
    fmt_date,
    make_styles,
)
from dealerdesk.printing.layout import build as build_pages

PAGE = landscape(A4)
WIDTH = content_width(PAGE)
HEAD_H = 16
# Number, customer, level, phone, car wanted, car and plate, why, last contact; the rest
# is for writing.
WIDTHS = [7 * mm, 26 * mm, 12 * mm, 24 * mm, 28 * mm, 32 * mm, 46 * mm, 50 * mm]
WIDTHS.append(WIDTH - sum(WIDTHS))
LAST = 7  # the column of the last contact
ROW_MIN = 10 * mm
CHUNK = 25  # rows per table: reportlab re-measures the rest of a table at each page break
RED = "#c62828"
MUTED_HEX = "#616e7c"
OVERDUE = colors.HexColor(RED)
HEAD = colors.HexColor("#52606d")
HEADS = (QT_TRANSLATE_NOOP("Printing", "Customer"), QT_TRANSLATE_NOOP("Printing", "Level"),
         QT_TRANSLATE_NOOP("Printing", "Phone"), QT_TRANSLATE_NOOP("Printing", "Wants"),
         QT_TRANSLATE_NOOP("Printing", "Car and plate"), QT_TRANSLATE_NOOP("Printing", "Why call"),
         QT_TRANSLATE_NOOP("Printing", "Last contact"),
         QT_TRANSLATE_NOOP("Printing", "Result (write here)"))
SIZE = 8.5
SMALL = 7.5


def _phone(row: CallListRow, masked: bool) -> str:
    return mask_phone(row.phone) if masked and row.phone else row.phone


def _cell(lines: list[str], width: float, s: Styles, size: float = SIZE,
          colour: str = "") -> Any:
    """Plain text when every line fits the column (fast to lay out), else a wrapping
    paragraph, so that long names and reasons wrap instead of running over."""
    lines = [s.font.clean(x) for x in lines if x]
    if all(stringWidth(x, s.font.regular, size) <= width - 6 for x in lines):
        return "\n".join(lines)
    style = s.body if size == SIZE else s.small
    text = "<br/>".join(escape(x) for x in lines)
    return Paragraph(f"<font color='{colour}'>{text}</font>" if colour else text, style)


def _reasons(r: CallListRow) -> list[str]:
    reasons = list(r.reasons)
    if r.overdue and reasons:  # red does not show on a black-and-white printer
        reasons[0] = reasons[0] + " " + translate("Printing", "(overdue)")
    return reasons


def _row(n: int, r: CallListRow, d: CallListData, s: Styles) -> list[Any]:
    name = [r.name] + ([r.owner] if r.owner and not d.staff_name else [])
    return [str(n), _cell(name, WIDTHS[1], s), r.level, _phone(r, d.mask_phones),
            _cell([r.wanted], WIDTHS[4], s), _cell([r.plate, r.car], WIDTHS[5], s),
            _cell(_reasons(r), WIDTHS[6], s, colour=RED if r.overdue else ""),
            _cell([r.last_contact], WIDTHS[LAST], s, SMALL, colour=MUTED_HEX), ""]


def _style(rows: list[CallListRow], first: int, font: PdfFont) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font.regular, SIZE, SIZE * 1.3),
        ("FONT", (0, 0), (0, -1), font.regular, SMALL, SMALL * 1.3),
        ("FONT", (LAST, 0), (LAST, -1), font.regular, SMALL, SMALL * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (LAST, 0), (LAST, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, r in enumerate(rows):
        if (first + i) % 2 == 1:
            commands.append(("BACKGROUND", (0, i), (-1, i), SHADE))
        if r.overdue:
            commands.append(("TEXTCOLOR", (6, i), (6, i), OVERDUE))
    return TableStyle(commands)


def _tables(d: CallListData, s: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for first in range(0, len(d.rows), CHUNK):
        part = d.rows[first:first + CHUNK]
        rows = [_row(first + i + 1, r, d, s) for i, r in enumerate(part)]
        t = Table(rows, colWidths=WIDTHS, minRowHeights=[ROW_MIN] * len(part), hAlign="LEFT")
        t.setStyle(_style(list(part), first, s.font))
        out.append(t)
    return out


def _column_heads(font: PdfFont) -> Callable[[Canvas, Any], None]:
    """Draws the column titles at the top of every page (the rows come in several tables,
    so that a long list lays out in linear time)."""
    heads = ["#"] + [translate("Printing", h) for h in HEADS]

    def draw(canv: Canvas, doc: Any) -> None:
        x = doc.leftMargin + FRAME_PAD
        y = doc.pagesize[1] - doc.topMargin - FRAME_PAD
        canv.saveState()
        canv.setFillColor(HEAD)
        canv.rect(x, y, WIDTH, HEAD_H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(font.bold, SIZE)
        for head, width in zip(heads, WIDTHS, strict=True):
            canv.drawString(x + 3, y + 5, fit_line(head, font.bold, SIZE, width - 6))
            x += width
        canv.restoreState()

    return draw


def _subtitle(d: CallListData) -> str:
    who = (translate("Printing", "Salesperson: {name}").format(name=d.staff_name) if d.staff_name
           else translate("Printing", "Whole shop"))
    span = fmt_date(d.date_from) if d.date_from == d.date_to else \
        f"{fmt_date(d.date_from)} – {fmt_date(d.date_to)}"
    count = len(d.rows) + d.left_over
    return translate("Printing", "{span} · {who} · {count} customers").format(
        span=span, who=who, count=count)


def _title(d: CallListData) -> str:
    if d.title:
        return d.title
    return translate("Printing", "Not contacted for too long") if d.long_tail \
        else translate("Printing", "Call list")


def _notes(d: CallListData, s: Styles) -> list[Flowable]:
    """What the list leaves out: the customers beyond its length, and the other list."""
    lines = []
    if d.left_over:
        lines.append(translate("Printing", "{count} more customers are not printed here: print "
                               "the list again when these are done.").format(count=d.left_over))
    if d.other_list and d.long_tail:
        lines.append(translate("Printing", "{count} customers with a reason to call today are on "
                               "the call list.").format(count=d.other_list))
    elif d.other_list:
        lines.append(translate("Printing", "{count} customers not contacted for too long are on "
                               "a list of their own.").format(count=d.other_list))
    return [Spacer(1, 4)] + [s.p(line, s.label) for line in lines] if lines else []


def render_call_list(data: CallListData, stream: BinaryIO, font: PdfFont) -> int:
    """Draw the call list into `stream`; return the number of pages."""
    s = make_styles(font, size=SIZE)
    title = _title(data)
    page = Page(shop=data.shop, title=title, subtitle=_subtitle(data),
                printed_at=data.printed_at, font=font)
    story: list[Flowable] = _tables(data, s)
    if not data.rows:
        story = [s.p(translate("Printing", "Nobody to call in this period."), s.label)]
    story += _notes(data, s)
    return build_pages(stream, story, page=page, pagesize=PAGE, title=title,
                       top_extra=HEAD_H + 2, after_page=_column_heads(font) if data.rows else None)


def save_call_list(data: CallListData, target: Path | str, font: PdfFont) -> int:
    """Write the call list PDF to `target` atomically; return the number of pages."""
    pages = [0]

    def write(stream: BinaryIO) -> None:
        pages[0] = render_call_list(data, stream, font)

    write_atomically(target, write)
    return pages[0]
