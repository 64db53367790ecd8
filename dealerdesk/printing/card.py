"""The membership card: 85.6 x 54 mm, one per page, or ten on an A4 sheet of card stock.

On the sheet the cards sit edge to edge in two columns of five, so one straight cut
separates two cards; cut marks in the page margin show where each cut goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from dealerdesk.i18n import translate
from dealerdesk.printing.data import CardData
from dealerdesk.printing.files import write_atomically
from dealerdesk.printing.fonts import PdfFont
from dealerdesk.printing.layout import fit_line, fmt_date, load_logo

CARD_W, CARD_H = 85.6 * mm, 54 * mm
BAND_H = 15 * mm
PAD = 4 * mm
QR = 21 * mm
COLUMNS, ROWS = 2, 5  # on an A4 sheet
MARK_GAP, MARK_LEN = 2 * mm, 5 * mm  # cut marks stop this far from the cards, and are this long
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")


def _colour(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#888888")


def _on(colour: colors.Color) -> colors.Color:
    """White or near-black text, whichever reads better on `colour`."""
    luminance = 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue
    return colors.white if luminance < 0.6 else INK


def _shrink(text: str, font: str, size: float, width: float, smallest: float) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _band(c: Canvas, card: CardData, font: PdfFont) -> None:
    colour = _colour(card.colour)
    c.setFillColor(colour)
    c.rect(0, CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
    left = PAD
    logo = load_logo(card.shop.logo)
    if logo is not None:
        iw, ih = logo.getSize()
        h = BAND_H - 4 * mm
        w = min(h * iw / ih, 22 * mm)
        c.drawImage(logo, left, CARD_H - BAND_H + 2 * mm, w, h, preserveAspectRatio=True,
                    mask="auto", anchor="sw")
        left += w + 2.5 * mm
    level = font.clean(card.level)
    level_w = min(stringWidth(level, font.regular, 8), 26 * mm)
    width = CARD_W - left - PAD - level_w - 3 * mm
    name = font.clean(card.shop.name) or translate("Printing", "Membership card")
    size = _shrink(name, font.bold, 12, width, 7)
    c.setFillColor(_on(colour))
    c.setFont(font.bold, size)
    c.drawString(left, CARD_H - BAND_H / 2 - size * 0.35, fit_line(name, font.bold, size, width))
    c.setFont(font.regular, 8)
    c.drawRightString(CARD_W - PAD, CARD_H - BAND_H / 2 - 3,
                      fit_line(level, font.regular, 8, 26 * mm))


def _qr(c: Canvas, value: str) -> None:
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(QR, QR, transform=[QR / (x1 - x0), 0, 0, QR / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, CARD_W - PAD - QR, PAD)


def wrap_chars(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width`, broken between any two characters (Chinese
    has no spaces), preferring a space when there is one."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if line and stringWidth(line + ch, font, size) > width:
            head, space, tail = line.rpartition(" ")
            if space and head and stringWidth(tail + ch, font, size) <= width:
                lines.append(head)
                line = tail
            else:
                lines.append(line.rstrip())
                line = ""
            if ch == " ":
                continue
        line += ch
    return lines + [line] if line else lines


def _name_lines(name: str, font: str, width: float, height: float) -> tuple[float, list[str]]:
    """The largest size (13 pt down to 7) at which the whole name fits the space."""
    size = 13.0
    while True:
        lines = wrap_chars(name, font, size, width)
        if len(lines) * size * 1.2 <= height or size <= 7:
            return size, lines
        size -= 0.5


def _body(c: Canvas, card: CardData, font: PdfFont) -> None:
    width = CARD_W - 2 * PAD - QR - 3 * mm
    top = CARD_H - BAND_H - 3.5 * mm
    size, lines = _name_lines(font.clean(card.customer_name), font.bold, width,
                              top - (PAD + 20 * mm))
    c.setFillColor(INK)
    c.setFont(font.bold, size)
    for i, line in enumerate(lines):
        c.drawString(PAD, top - size - i * size * 1.2, line)
    c.setFont(font.regular, 6.5)
    c.setFillColor(MUTED)
    c.drawString(PAD, PAD + 15 * mm, translate("Printing", "Card number"))
    number = font.clean(card.card_no)
    c.setFillColor(INK)
    c.setFont(font.bold, _shrink(number, font.bold, 12, width, 7))
    c.drawString(PAD, PAD + 10 * mm, fit_line(number, font.bold, 12, width))
    c.setFont(font.regular, 7)
    c.setFillColor(MUTED)
    until = (translate("Printing", "Valid until {date}").format(date=fmt_date(card.expires_on))
             if card.expires_on else "")
    c.drawString(PAD, PAD + 4.5 * mm, fit_line(until, font.regular, 7, width))
    if card.shop.phone:
        phone = translate("Printing", "Tel. {phone}").format(phone=font.clean(card.shop.phone))
        c.setFont(font.regular, 6.5)
        c.drawString(PAD, PAD, fit_line(phone, font.regular, 6.5, width))


def draw_card(c: Canvas, card: CardData, font: PdfFont) -> None:
    """Draw one card with its lower left corner at the canvas origin."""
    c.saveState()
    path = c.beginPath()
    path.roundRect(0, 0, CARD_W, CARD_H, 3 * mm)
    c.clipPath(path, stroke=0)
    c.setFillColor(colors.white)
    c.rect(0, 0, CARD_W, CARD_H, stroke=0, fill=1)
    _band(c, card, font)
    _body(c, card, font)
    _qr(c, card.card_no)
    c.restoreState()
    c.setStrokeColor(colors.HexColor("#cbd2d9"))
    c.setLineWidth(0.4)
    c.roundRect(0, 0, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)


def _grid() -> tuple[float, float, float, float]:
    """Left, bottom, right and top of the block of cards on an A4 sheet."""
    page_w, page_h = A4
    left = (page_w - COLUMNS * CARD_W) / 2
    bottom = (page_h - ROWS * CARD_H) / 2
    return left, bottom, left + COLUMNS * CARD_W, bottom + ROWS * CARD_H


def _sheet_origin(slot: int) -> tuple[float, float]:
    left, _, _, top = _grid()
    col, row = slot % COLUMNS, slot // COLUMNS
    return left + col * CARD_W, top - (row + 1) * CARD_H


def draw_cut_marks(c: Canvas, rows: int) -> None:
    """Short lines in the margin, in line with every cut of the first `rows` rows."""
    left, _, right, top = _grid()
    bottom = top - rows * CARD_H
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    for i in range(COLUMNS + 1):  # vertical cuts: marks above and below the block
        x = left + i * CARD_W
        c.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LEN)
        c.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LEN)
    for j in range(rows + 1):  # horizontal cuts: marks left and right of the block
        y = top - j * CARD_H
        c.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LEN, y)
        c.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y)
    c.restoreState()


def render_cards(cards: Sequence[CardData], stream: BinaryIO, font: PdfFont, *,
                 sheet: bool = False) -> int:
    """Draw the cards, one per card-sized page or ten to an A4 sheet with cut marks;
    return the number of pages."""
    title = translate("Printing", "Membership card")
    c = Canvas(stream, pagesize=A4 if sheet else (CARD_W, CARD_H), invariant=False)
    c.setTitle(title)
    c.setCreator("DealerDesk")
    pages = 0
    per_page = COLUMNS * ROWS if sheet else 1
    for first in range(0, max(len(cards), 1), per_page):
        on_page = cards[first:first + per_page]
        if sheet:
            draw_cut_marks(c, rows=max(1, -(-len(on_page) // COLUMNS)))
        for slot, card in enumerate(on_page):
            c.saveState()
            if sheet:
                c.translate(*_sheet_origin(slot))
            draw_card(c, card, font)
            c.restoreState()
        c.showPage()
        pages += 1
    c.save()
    return pages


def save_cards(cards: Sequence[CardData], target: Path | str, font: PdfFont, *,
               sheet: bool = False) -> int:
    """Write the cards to `target` atomically; return the number of pages."""
    pages = [0]

    def write(stream: BinaryIO) -> None:
        pages[0] = render_cards(cards, stream, font, sheet=sheet)

    write_atomically(target, write)
    return pages[0]
