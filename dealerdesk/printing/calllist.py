"""The call list (A4 landscape): who to call, why, their car, last contact, room to write."""

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
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

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
# Number, customer, phone, car and plate, why, last contact; the rest is for writing.
WIDTHS = [9 * mm, 32 * mm, 27 * mm, 40 * mm, 56 * mm, 52 * mm]
WIDTHS.append(WIDTH - sum(WIDTHS))
ROW_MIN = 10 * mm
CHUNK = 25  # rows per table: reportlab re-measures the rest of a table at each page break
RED = "#c62828"
OVERDUE = colors.HexColor(RED)
HEAD = colors.HexColor("#52606d")
HEADS = (QT_TRANSLATE_NOOP("Printing", "Customer"), QT_TRANSLATE_NOOP("Printing", "Phone"),
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
    last = fit_line(s.font.clean(r.last_contact), s.font.regular, SMALL, WIDTHS[5] - 6)
    return [str(n), _cell(name, WIDTHS[1], s), _phone(r, d.mask_phones),
            _cell([r.plate, r.car], WIDTHS[3], s),
            _cell(_reasons(r), WIDTHS[4], s, colour=RED if r.overdue else ""), last, ""]


def _style(rows: list[CallListRow], first: int, font: PdfFont) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font.regular, SIZE, SIZE * 1.3),
        ("FONT", (0, 0), (0, -1), font.regular, SMALL, SMALL * 1.3),
        ("FONT", (5, 0), (5, -1), font.regular, SMALL, SMALL * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (5, 0), (5, -1), MUTED),
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
            commands.append(("TEXTCOLOR", (4, i), (4, i), OVERDUE))
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
    span = f"{fmt_date(d.date_from)} – {fmt_date(d.date_to)}"
    return translate("Printing", "{span} · {who} · {count} customers").format(span=span, who=who,
                                                           count=len(d.rows))


def render_call_list(data: CallListData, stream: BinaryIO, font: PdfFont) -> int:
    """Draw the call list into `stream`; return the number of pages."""
    s = make_styles(font, size=SIZE)
    title = translate("Printing", "Call list")
    page = Page(shop=data.shop, title=title, subtitle=_subtitle(data),
                printed_at=data.printed_at, font=font)
    story: list[Flowable] = _tables(data, s)
    if not data.rows:
        story = [s.p(translate("Printing", "Nobody to call in this period."), s.label)]
    return build_pages(stream, story, page=page, pagesize=PAGE, title=title,
                       top_extra=HEAD_H + 2, after_page=_column_heads(font) if data.rows else None)


def save_call_list(data: CallListData, target: Path | str, font: PdfFont) -> int:
    """Write the call list PDF to `target` atomically; return the number of pages."""
    pages = [0]

    def write(stream: BinaryIO) -> None:
        pages[0] = render_call_list(data, stream, font)

    write_atomically(target, write)
    return pages[0]
