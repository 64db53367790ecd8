"""The customer profile (A4 portrait): contact, intent, vehicles, membership, history."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.printing.data import CardLine, FollowUpLine, ProfileData, VehicleLine
from dealerdesk.printing.files import write_atomically
from dealerdesk.printing.fonts import PdfFont
from dealerdesk.printing.layout import (
    RULE,
    Page,
    Styles,
    build,
    content_width,
    fmt_date,
    fmt_moment,
    fmt_money,
    make_styles,
    section,
)

CTX = "Printing"
WIDTH = content_width(A4)
VEHICLE_HEADS = (
    QT_TRANSLATE_NOOP("Printing", "Car"), QT_TRANSLATE_NOOP("Printing", "Plate"),
    QT_TRANSLATE_NOOP("Printing", "Registered"), QT_TRANSLATE_NOOP("Printing", "Deal"),
    QT_TRANSLATE_NOOP("Printing", "Compulsory ins."),
    QT_TRANSLATE_NOOP("Printing", "Commercial ins."), QT_TRANSLATE_NOOP("Printing", "Inspection"))
PACKAGE_HEADS = (QT_TRANSLATE_NOOP("Printing", "Package"),
                 QT_TRANSLATE_NOOP("Printing", "Uses left"),
                 QT_TRANSLATE_NOOP("Printing", "Expires"))
FOLLOWUP_HEADS = (
    QT_TRANSLATE_NOOP("Printing", "When"), QT_TRANSLATE_NOOP("Printing", "Channel"),
    QT_TRANSLATE_NOOP("Printing", "By"), QT_TRANSLATE_NOOP("Printing", "Outcome"),
    QT_TRANSLATE_NOOP("Printing", "What was said"))
# The time takes one line ("2026-11-19 09:00"): a history of eight contacts fits one page.
FOLLOWUP_WIDTHS = [27 * mm, 16 * mm, 16 * mm, 19 * mm]
REMINDER_HEADS = (QT_TRANSLATE_NOOP("Printing", "Due"), QT_TRANSLATE_NOOP("Printing", "Reminder"),
                  QT_TRANSLATE_NOOP("Printing", "Details"))


def grid_style(s: Styles, header: bool = True) -> TableStyle:
    """Light rules, a shaded header row, cells aligned at the top."""
    commands: list[tuple[Any, ...]] = s.table_font() + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#52606d")))
    return TableStyle(commands)


def table(s: Styles, rows: list[list[Any]], widths: list[float], *, header: bool = True
          ) -> Table:
    """A table with a header row repeated on each page; long rows split across pages."""
    t = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                  hAlign="LEFT")
    t.setStyle(grid_style(s, header))
    return t


def _facts(s: Styles, pairs: list[tuple[str, str]]) -> Table:
    """Label/value pairs two to a row; a long value (address) takes a whole row."""
    rows: list[list[Any]] = []
    pending: list[Any] = []
    spans = []
    for label, value in pairs:
        cells = [s.p(translate(CTX, label), s.label), s.p(value or "—")]
        if len(value) > 24:
            if pending:
                rows.append(pending + ["", ""])
                pending = []
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
            rows.append(cells + ["", ""])
        elif pending:
            rows.append(pending + cells)
            pending = []
        else:
            pending = cells
    if pending:
        rows.append(pending + ["", ""])
    w = WIDTH / 2
    t = Table(rows, colWidths=[26 * mm, w - 26 * mm, 26 * mm, w - 26 * mm], hAlign="LEFT",
              splitInRow=1)
    style = grid_style(s, header=False)
    for span in spans:
        style.add(*span)
    t.setStyle(style)
    return t


def _contact(d: ProfileData, s: Styles) -> list[Flowable]:
    pairs = [
        (QT_TRANSLATE_NOOP("Printing", "Phone"), d.phone),
        (QT_TRANSLATE_NOOP("Printing", "Second phone"), d.phone2),
        (QT_TRANSLATE_NOOP("Printing", "WeChat"), d.wechat),
        (QT_TRANSLATE_NOOP("Printing", "Gender"), d.gender),
        (QT_TRANSLATE_NOOP("Printing", "Birthday"), d.birthday),
        (QT_TRANSLATE_NOOP("Printing", "Source"), d.source),
        (QT_TRANSLATE_NOOP("Printing", "Level"), d.level),
        (QT_TRANSLATE_NOOP("Printing", "Status"), d.status),
        (QT_TRANSLATE_NOOP("Printing", "Salesperson"), d.owner),
        (QT_TRANSLATE_NOOP("Printing", "Customer since"), fmt_date(d.created_on)),
        (QT_TRANSLATE_NOOP("Printing", "Last contact"), fmt_moment(d.last_contact)),
        (QT_TRANSLATE_NOOP("Printing", "Next follow-up"), fmt_date(d.next_followup_on)),
        (QT_TRANSLATE_NOOP("Printing", "Tags"), "、".join(d.tags)),
        (QT_TRANSLATE_NOOP("Printing", "Address"), d.address),
    ]
    return [Paragraph(s.text(d.name), s.title), Spacer(1, 4), _facts(s, pairs)]


def _budget(d: ProfileData) -> str:
    low, high = d.budget_min_cents, d.budget_max_cents
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f"{fmt_money(low)} – {fmt_money(high)}"
    if low is not None:
        return translate("Printing", "from {amount}").format(amount=fmt_money(low))
    return translate("Printing", "up to {amount}").format(amount=fmt_money(high))


def _intent(d: ProfileData, s: Styles) -> list[Flowable]:
    pairs = [(QT_TRANSLATE_NOOP("Printing", "Model wanted"), d.intent_model),
             (QT_TRANSLATE_NOOP("Printing", "Body type"), d.intent_body_type),
             (QT_TRANSLATE_NOOP("Printing", "Budget"), _budget(d)),
             (QT_TRANSLATE_NOOP("Printing", "Payment"), d.payment),
             (QT_TRANSLATE_NOOP("Printing", "Trade-in"), d.trade_in)]
    out = section(s, translate("Printing", "Intent")) + [_facts(s, pairs)]
    if d.notes.strip():
        out += [Spacer(1, 4), s.p(translate("Printing", "Notes"), s.label)]
        out += [s.p(part) for part in d.notes.strip().split("\n\n")]
    return out


def _vehicle_row(v: VehicleLine, s: Styles) -> list[Any]:
    grey = "<font size=7 color='#616e7c'>{}</font>"
    lines = [s.text(v.title or "—")]
    extra = " · ".join(x for x in (v.relation, v.colour) if x)
    if v.disposed_on:
        sold = translate("Printing", "sold or scrapped {date}")
        extra = " · ".join(x for x in (extra, sold.format(date=fmt_date(v.disposed_on))) if x)
    if extra:
        lines.append(grey.format(s.text(extra)))
    if v.vin:
        lines.append(grey.format(s.text(f"VIN {v.vin}")))
    deal = [s.text(fmt_date(v.deal_on))] if v.deal_on else []
    if v.deal_price_cents is not None:
        deal.append(grey.format(s.text(fmt_money(v.deal_price_cents))))
    dates = (v.compulsory_ins_expiry, v.commercial_ins_expiry, v.inspection_due)
    return ([Paragraph("<br/>".join(lines), s.body), s.p(v.plate), s.p(fmt_date(v.registered_on)),
             Paragraph("<br/>".join(deal), s.body)] + [s.p(fmt_date(x)) for x in dates])


def _vehicles(d: ProfileData, s: Styles) -> list[Flowable]:
    out = section(s, translate("Printing", "Vehicles"))
    if not d.vehicles:
        return out + [s.p(translate("Printing", "No vehicles on record."), s.label)]
    heads = [translate(CTX, h) for h in VEHICLE_HEADS]
    rows = [[s.p(h, s.head) for h in heads]] + [_vehicle_row(v, s) for v in d.vehicles]
    date_w = 20 * mm
    widths = [WIDTH - 22 * mm - 24 * mm - 4 * date_w, 22 * mm, date_w, 24 * mm] + [date_w] * 3
    return out + [table(s, rows, widths)]


def _card(c: CardLine, s: Styles) -> list[Flowable]:
    until = translate("Printing", "valid until {date}")
    head = " · ".join(x for x in (
        translate("Printing", "Card {number}").format(number=c.card_no), c.level, c.status,
        c.expires_on and until.format(date=fmt_date(c.expires_on))) if x)
    money = translate("Printing", "Stored balance {amount}   Points {points}").format(
        amount=fmt_money(c.balance_cents), points=c.points)
    swatch = Table([[""]], colWidths=[3 * mm], rowHeights=[9 * mm])
    swatch.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), _colour(c.colour))]))
    block = Table([[swatch, [s.p(head), s.p(money)]]], colWidths=[5 * mm, WIDTH - 5 * mm],
                  hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out: list[Flowable] = [block]
    if c.packages:
        heads = [translate(CTX, h) for h in PACKAGE_HEADS]
        rows = [[s.p(h, s.head) for h in heads]] + [
            [s.p(p.name), s.p(f"{p.uses_left} / {p.uses_total}", s.right),
             s.p(fmt_date(p.expires_on))] for p in c.packages]
        out += [Spacer(1, 2), table(s, rows, [WIDTH - 55 * mm, 25 * mm, 30 * mm])]
    return out + [Spacer(1, 5)]


def _colour(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#888888")


def _membership(d: ProfileData, s: Styles) -> list[Flowable]:
    if d.cards is None:
        return []
    out = section(s, translate("Printing", "Membership"))
    if not d.cards:
        return out + [s.p(translate("Printing", "No membership card."), s.label)]
    for card in d.cards:
        out += _card(card, s)
    return out


def _followup_row(f: FollowUpLine, s: Styles) -> list[Any]:
    w = FOLLOWUP_WIDTHS
    last = WIDTH - sum(w)
    if f.next_action or f.next_action_on:
        nxt = " ".join(x for x in (fmt_date(f.next_action_on), f.next_action) if x)
        nxt = s.text(translate("Printing", "Next: {action}").format(action=nxt))
        content = Paragraph(f"{s.text(f.content)}<br/><font color='#1565c0'>{nxt}</font>",
                            s.body)
    else:
        content = s.cell(f.content, last)
    return [s.cell(f"{f.at:%Y-%m-%d %H:%M}", w[0]), s.cell(f.channel, w[1]),
            s.cell(f.staff, w[2]), s.cell(f.outcome, w[3]), content]


def _followups(d: ProfileData, s: Styles) -> list[Flowable]:
    title = translate("Printing", "Follow-up history ({count})")
    out = section(s, title.format(count=len(d.followups)))
    if not d.followups:
        return out + [s.p(translate("Printing", "No follow-ups yet."), s.label)]
    heads = [translate(CTX, h) for h in FOLLOWUP_HEADS]
    rows = [[s.p(h, s.head) for h in heads]] + [_followup_row(f, s) for f in d.followups]
    return out + [table(s, rows, FOLLOWUP_WIDTHS + [WIDTH - sum(FOLLOWUP_WIDTHS)])]


def _reminders(d: ProfileData, s: Styles) -> list[Flowable]:
    if d.reminders is None:
        return []
    out = section(s, translate("Printing", "Upcoming reminders"))
    if not d.reminders:
        return out + [s.p(translate("Printing", "Nothing due."), s.label)]
    heads = [translate(CTX, h) for h in REMINDER_HEADS]
    rows = [[s.p(h, s.head) for h in heads]]
    for r in d.reminders:
        due = fmt_date(r.due) + (" " + translate("Printing", "(overdue)") if r.overdue else "")
        rows.append([s.cell(due, 40 * mm), s.cell(r.kind, 32 * mm), s.p(r.detail)])
    return out + [table(s, rows, [40 * mm, 32 * mm, WIDTH - 72 * mm])]


def profile_story(d: ProfileData, s: Styles) -> list[Flowable]:
    return (_contact(d, s) + _intent(d, s) + _vehicles(d, s) + _membership(d, s)
            + _followups(d, s) + _reminders(d, s))


def render_profile(data: ProfileData, stream: BinaryIO, font: PdfFont) -> int:
    """Draw the profile into `stream`; return the number of pages."""
    s = make_styles(font)
    title = translate("Printing", "Customer profile")
    page = Page(shop=data.shop, title=title, subtitle=data.name, printed_at=data.printed_at,
                font=font)
    return build(stream, profile_story(data, s), page=page, pagesize=A4,
                 title=f"{title} {data.name}")


def save_profile(data: ProfileData, target: Path | str, font: PdfFont) -> int:
    """Write the profile PDF to `target` atomically; return the number of pages."""
    pages = [0]

    def write(stream: BinaryIO) -> None:
        pages[0] = render_profile(data, stream, font)

    write_atomically(target, write)
    return pages[0]

