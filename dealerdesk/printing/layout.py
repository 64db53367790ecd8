"""The page every document shares: shop header, "page X of Y" and print date, styles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Spacer

from dealerdesk.domain.money import format_cents
from dealerdesk.i18n import translate
from dealerdesk.printing.fonts import PdfFont

if TYPE_CHECKING:
    from dealerdesk.services.settings import ShopInfo

CTX = "Printing"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")
ACCENT = colors.HexColor("#1565c0")
MARGIN = 14 * mm
HEADER_H = 22 * mm
FOOTER_H = 6 * mm
FRAME_PAD = 6  # reportlab's frame keeps this much inside the margins on each side


def content_width(pagesize: tuple[float, float]) -> float:
    """The width flowables get on a page of this size."""
    return pagesize[0] - 2 * MARGIN - 2 * FRAME_PAD


def tr(text: str) -> str:
    return translate("Printing", text)


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def fmt_moment(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def fmt_money(cents: int | None) -> str:
    """ "¥1,234.50"; "" for no amount (the rule itself is domain.money's)."""
    return "" if cents is None else format_cents(cents)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one document, all in its Chinese font, wrapping anywhere."""

    font: PdfFont
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    section: ParagraphStyle
    right: ParagraphStyle

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped, cleaned of glyphs the font lacks)."""
        return Paragraph(self.text(text), style or self.body)

    def cell(self, text: str, width: float) -> Any:
        """Plain text when each line fits `width` (quick to lay out), else a paragraph
        that wraps; for table cells whose style sets the font (see table_font)."""
        lines = self.font.clean(text or "").split("\n")
        size = self.body.fontSize
        if all(stringWidth(x, self.font.regular, size) <= width - 6 for x in lines):
            return "\n".join(lines)
        return Paragraph(self.text(text), self.body)

    def table_font(self) -> list[tuple[Any, ...]]:
        """Table style commands giving plain cells the body font and colour."""
        size = self.body.fontSize
        return [("FONT", (0, 0), (-1, -1), self.font.regular, size, self.body.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK)]

    def text(self, text: str) -> str:
        return escape(self.font.clean(text or "")).replace("\n", "<br/>")


def make_styles(font: PdfFont, size: float = 9) -> Styles:
    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": font.regular, "fontSize": size,
                                "leading": size * 1.35, "textColor": INK, "wordWrap": "CJK"}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        font=font,
        body=style("body"),
        small=style("small", fontSize=size - 1.5, leading=(size - 1.5) * 1.3, textColor=MUTED),
        label=style("label", textColor=MUTED),
        head=style("head", fontName=font.bold, textColor=colors.white),
        title=style("title", fontName=font.bold, fontSize=size + 9, leading=(size + 9) * 1.25),
        section=style("section", fontName=font.bold, fontSize=size + 2.5,
                      leading=(size + 2.5) * 1.3, textColor=ACCENT, spaceBefore=10,
                      spaceAfter=4),
        right=style("right", alignment=TA_RIGHT),
    )


def fit_line(text: str, font_name: str, size: float, width: float) -> str:
    """`text` on one line, shortened with "…" when it is wider than `width` points."""
    text = " ".join((text or "").split())
    if stringWidth(text, font_name, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font_name, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low] + "…"


class SectionRule(Flowable):
    """A thin line under a section title."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 3

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2, self.width, 2)


def section(styles: Styles, title: str) -> list[Flowable]:
    """A section title; it starts a new page rather than stand alone at a page's foot."""
    # Room for the title, a table header and a row or two (about 20 mm).
    return [CondPageBreak(20 * mm), Paragraph(styles.text(title), styles.section),
            SectionRule(), Spacer(1, 3)]


def load_logo(path: str) -> Any:
    """The shop logo as an image reader, or None when the file is missing or unreadable."""
    if not path or not Path(path).is_file():
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(path)
        reader.getSize()
        return reader
    except Exception:  # any undecodable image: the header is printed without it
        return None


def _title_room(canv: Canvas) -> float:
    """Width kept on the right of the header for the title and subtitle."""
    width, height = canv._pagesize
    return 68 * mm if width < height else 110 * mm


@dataclass
class Page:
    """What the header and footer of every page show."""

    shop: ShopInfo
    title: str
    subtitle: str
    printed_at: dt.datetime
    font: PdfFont
    logo: Any = None

    def draw_header(self, canv: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        top = height - MARGIN
        left = MARGIN
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            h = 14 * mm
            w = min(h * iw / ih, 40 * mm)
            canv.drawImage(self.logo, left, top - h, w, h, preserveAspectRatio=True,
                           mask="auto", anchor="sw")
            left += w + 4 * mm
        self._shop_text(canv, left, top, width - MARGIN - left - _title_room(canv) - 4 * mm)
        self._title(canv, width - MARGIN, top)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.line(MARGIN, height - MARGIN - HEADER_H + 3 * mm, width - MARGIN,
                  height - MARGIN - HEADER_H + 3 * mm)

    def _shop_text(self, canv: Canvas, left: float, top: float, width: float) -> None:
        name = self.font.clean(self.shop.name) or translate("Printing", "Shop name not set")
        size = 14.0
        while size > 8 and stringWidth(name, self.font.bold, size) > width:
            size -= 0.5
        name = fit_line(name, self.font.bold, size, width)
        canv.setFillColor(INK)
        canv.setFont(self.font.bold, size)
        canv.drawString(left, top - size, name)
        phone = translate("Printing", "Tel. {phone}").format(phone=self.shop.phone)
        phone = self.font.clean(phone) if self.shop.phone else ""
        address = self.font.clean(self.shop.address)
        style = ParagraphStyle("shop", fontName=self.font.regular, fontSize=8, leading=10,
                               textColor=MUTED, wordWrap="CJK")

        def paragraph(addr: str) -> Paragraph:
            return Paragraph(escape("  ".join(x for x in (addr, phone) if x)), style)

        para = paragraph(address)
        _, h = para.wrap(width, 30)
        if h > 20:  # more than two lines: shorten the address, keep the phone number
            room = width * 1.9 - stringWidth("  " + phone, self.font.regular, 8)
            para = paragraph(fit_line(address, self.font.regular, 8, room))
            _, h = para.wrap(width, 30)
        para.drawOn(canv, left, top - size - 3 - h)

    def _title(self, canv: Canvas, right: float, top: float) -> None:
        canv.setFillColor(ACCENT)
        canv.setFont(self.font.bold, 13)
        canv.drawRightString(right, top - 13, self.font.clean(self.title))
        canv.setFillColor(MUTED)
        canv.setFont(self.font.regular, 8)
        sub = fit_line(self.font.clean(self.subtitle), self.font.regular, 8, _title_room(canv))
        canv.drawRightString(right, top - 25, sub)

    def draw_footer(self, canv: Canvas, page: int, pages: int) -> None:
        width, _ = canv._pagesize
        y = MARGIN - 4 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, y + 10, width - MARGIN, y + 10)
        canv.setFillColor(MUTED)
        canv.setFont(self.font.regular, 7.5)
        printed = translate("Printing", "Printed {moment}")
        canv.drawString(MARGIN, y, printed.format(moment=fmt_moment(self.printed_at)))
        numbers = translate("Printing", "Page {page} of {pages}")
        canv.drawRightString(width - MARGIN, y, numbers.format(page=page, pages=pages))
        shop = fit_line(self.font.clean(self.shop.name), self.font.regular, 7.5, width / 3)
        canv.drawCentredString(width / 2, y, shop)


def _numbered_canvas(page: Page) -> type[Canvas]:
    """A canvas that keeps each page until the end, to print "page X of Y" on it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                page.draw_footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build(stream: BinaryIO, story: Sequence[Flowable], *, page: Page,
          pagesize: tuple[float, float], title: str, top_extra: float = 0,
          after_page: Callable[[Canvas, Any], None] | None = None) -> int:
    """Lay out `story` on pages with the shared header and footer; return the page count.

    `top_extra` points are kept free under the header for `after_page` to draw in."""
    page.logo = load_logo(page.shop.logo)
    doc = SimpleDocTemplate(
        stream, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H + top_extra, bottomMargin=MARGIN + FOOTER_H,
        title=page.font.clean(title), author=page.font.clean(page.shop.name),
        creator="DealerDesk", invariant=False)

    def on_page(canv: Canvas, d: Any) -> None:
        canv.saveState()
        page.draw_header(canv, d)
        canv.restoreState()
        if after_page:
            after_page(canv, d)

    doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=_numbered_canvas(page))
    return int(doc.page)
