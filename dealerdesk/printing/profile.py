"""The customer profile (A4 portrait): contact, intent, vehicles, membership, history."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

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
    tr,
)

WIDTH = content_width(A4)


def grid_style(header: bool = True) -> TableStyle:
    """Light rules, a shaded header row, cells aligned at the top."""
    commands: list[tuple[Any, ...]] = [
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


def table(rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
              hAlign="LEFT")
    t.setStyle(grid_style(header))
    return t


def _facts(s: Styles, pairs: list[tuple[str, str]]) -> Table:
    """Label/value pairs two to a row; a long value (address) takes a whole row."""
    rows: list[list[Any]] = []
    pending: list[Any] = []
    spans = []
    for label, value in pairs:
        cells = [s.p(label, s.label), s.p(value or "—")]
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
    style = grid_style(header=False)
    for span in spans:
        style.add(*span)
    t.setStyle(style)
    return t


def _contact(d: ProfileData, s: Styles) -> list[Flowable]:
    pairs = [
        (tr("Phone"), d.phone), (tr("Second phone"), d.phone2), (tr("WeChat"), d.wechat),
        (tr("Gender"), d.gender), (tr("Birthday"), d.birthday), (tr("Source"), d.source),
        (tr("Level"), d.level), (tr("Status"), d.status), (tr("Salesperson"), d.owner),
        (tr("Customer since"), fmt_date(d.created_on)),
        (tr("Last contact"), fmt_moment(d.last_contact)),
        (tr("Next follow-up"), fmt_date(d.next_followup_on)),
        (tr("Tags"), "、".join(d.tags)), (tr("Address"), d.address),
    ]
    return [Paragraph(s.text(d.name), s.title), Spacer(1, 4), _facts(s, pairs)]


def _budget(d: ProfileData) -> str:
    low, high = d.budget_min_cents, d.budget_max_cents
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f"{fmt_money(low)} – {fmt_money(high)}"
    return tr("from {amount}").format(amount=fmt_money(low)) if low is not None else tr(
        "up to {amount}").format(amount=fmt_money(high))


def _intent(d: ProfileData, s: Styles) -> list[Flowable]:
    pairs = [(tr("Model wanted"), d.intent_model), (tr("Body type"), d.intent_body_type),
             (tr("Budget"), _budget(d)), (tr("Payment"), d.payment),
             (tr("Trade-in"), d.trade_in)]
    out = section(s, tr("Intent")) + [_facts(s, pairs)]
    if d.notes.strip():
        out += [Spacer(1, 4), s.p(tr("Notes"), s.label)]
        out += [s.p(part) for part in d.notes.strip().split("\n\n")]
    return out


def _vehicle_row(v: VehicleLine, s: Styles) -> list[Any]:
    car = s.text(v.title or "—")
    extra = " · ".join(x for x in (v.relation, v.colour, v.vin and f"VIN {v.vin}") if x)
    if v.disposed_on:
        extra += " · " + tr("sold or scrapped {date}").format(date=fmt_date(v.disposed_on))
    cell = Paragraph(car + (f"<br/><font size=7 color='#616e7c'>{s.text(extra)}</font>"
                            if extra else ""), s.body)
    dates = (v.registered_on, v.deal_on, v.compulsory_ins_expiry, v.commercial_ins_expiry,
             v.inspection_due)
    return [cell, s.p(v.plate)] + [s.p(fmt_date(x)) for x in dates]


def _vehicles(d: ProfileData, s: Styles) -> list[Flowable]:
    out = section(s, tr("Vehicles"))
    if not d.vehicles:
        return out + [s.p(tr("No vehicles on record."), s.label)]
    heads = [tr("Car"), tr("Plate"), tr("Registered"), tr("Bought"), tr("Compulsory ins."),
             tr("Commercial ins."), tr("Inspection")]
    rows = [[s.p(h, s.head) for h in heads]] + [_vehicle_row(v, s) for v in d.vehicles]
    date_w = 20 * mm
    widths = [WIDTH - 22 * mm - 5 * date_w, 22 * mm] + [date_w] * 5
    return out + [table(rows, widths)]


def _card(c: CardLine, s: Styles) -> list[Flowable]:
    head = " · ".join(x for x in (
        tr("Card {number}").format(number=c.card_no), c.level, c.status,
        c.expires_on and tr("valid until {date}").format(date=fmt_date(c.expires_on))) if x)
    money = tr("Stored balance {amount}   Points {points}").format(
        amount=fmt_money(c.balance_cents), points=c.points)
    swatch = Table([[""]], colWidths=[3 * mm], rowHeights=[9 * mm])
    swatch.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), _colour(c.colour))]))
    block = Table([[swatch, [s.p(head), s.p(money)]]], colWidths=[5 * mm, WIDTH - 5 * mm],
                  hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out: list[Flowable] = [block]
    if c.packages:
        heads = [tr("Package"), tr("Uses left"), tr("Expires")]
        rows = [[s.p(h, s.head) for h in heads]] + [
            [s.p(p.name), s.p(f"{p.uses_left} / {p.uses_total}", s.right),
             s.p(fmt_date(p.expires_on))] for p in c.packages]
        out += [Spacer(1, 2), table(rows, [WIDTH - 55 * mm, 25 * mm, 30 * mm])]
    return out + [Spacer(1, 5)]


def _colour(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#888888")


def _membership(d: ProfileData, s: Styles) -> list[Flowable]:
    if d.cards is None:
        return []
    out = section(s, tr("Membership"))
    if not d.cards:
        return out + [s.p(tr("No membership card."), s.label)]
    for card in d.cards:
        out += _card(card, s)
    return out


def _followup_row(f: FollowUpLine, s: Styles) -> list[Any]:
    text = s.text(f.content)
    if f.next_action or f.next_action_on:
        nxt = " ".join(x for x in (fmt_date(f.next_action_on), f.next_action) if x)
        nxt = s.text(tr("Next: {action}").format(action=nxt))
        text += f"<br/><font color='#1565c0'>{nxt}</font>"
    return [s.p(fmt_moment(f.at)), s.p(f.channel), s.p(f.staff), s.p(f.outcome),
            Paragraph(text, s.body)]


def _followups(d: ProfileData, s: Styles) -> list[Flowable]:
    out = section(s, tr("Follow-up history ({count})").format(count=len(d.followups)))
    if not d.followups:
        return out + [s.p(tr("No follow-ups yet."), s.label)]
    heads = [tr("When"), tr("Channel"), tr("By"), tr("Outcome"), tr("What was said")]
    rows = [[s.p(h, s.head) for h in heads]] + [_followup_row(f, s) for f in d.followups]
    widths = [26 * mm, 17 * mm, 17 * mm, 20 * mm]
    return out + [table(rows, widths + [WIDTH - sum(widths)])]


def _reminders(d: ProfileData, s: Styles) -> list[Flowable]:
    if d.reminders is None:
        return []
    out = section(s, tr("Upcoming reminders"))
    if not d.reminders:
        return out + [s.p(tr("Nothing due."), s.label)]
    heads = [tr("Due"), tr("Reminder"), tr("Details")]
    rows = [[s.p(h, s.head) for h in heads]]
    for r in d.reminders:
        due = fmt_date(r.due) + (" " + tr("(overdue)") if r.overdue else "")
        rows.append([s.p(due), s.p(r.kind), s.p(r.detail)])
    return out + [table(rows, [32 * mm, 40 * mm, WIDTH - 72 * mm])]


def profile_story(d: ProfileData, s: Styles) -> list[Flowable]:
    return (_contact(d, s) + _intent(d, s) + _vehicles(d, s) + _membership(d, s)
            + _followups(d, s) + _reminders(d, s))


def render_profile(data: ProfileData, stream: BinaryIO, font: PdfFont) -> int:
    """Draw the profile into `stream`; return the number of pages."""
    s = make_styles(font)
    title = tr("Customer profile")
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

