"""Hand-built document data and a PDF reader shared by the printing tests."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from dealerdesk.printing.data import (
    CallListData,
    CallListRow,
    CardData,
    FollowUpLine,
    ProfileData,
    ReminderLine,
    VehicleLine,
)
from dealerdesk.services.settings import ShopInfo

NOW = dt.datetime(2026, 11, 26, 9, 30)
SHOP = ShopInfo(name="鑫源二手车行", address="杭州市西湖区文三路 88 号", phone="0571-88886666",
                logo="")


def profile(**kw) -> ProfileData:
    values = dict(
        shop=SHOP, printed_at=NOW, name="王建国", phone="13812345678", address="杭州市西湖区",
        source="Walk-in", level="A", status="Following", owner="李明",
        vehicles=(VehicleLine("丰田 凯美瑞 2019", plate="浙A·12345",
                              registered_on=dt.date(2019, 5, 1),
                              compulsory_ins_expiry=dt.date(2026, 12, 5)),),
        followups=(FollowUpLine(NOW - dt.timedelta(days=3), "Phone", "李明", "Contacted",
                                "想要一台白色SUV"),),
        reminders=(ReminderLine(dt.date(2026, 12, 5), "Compulsory insurance", "浙A·12345"),),
    )
    values.update(kw)
    return ProfileData(**values)


def followups(count: int) -> tuple[FollowUpLine, ...]:
    """`count` follow-ups, most recent first, each with a marker #001... in its text."""
    return tuple(
        FollowUpLine(NOW - dt.timedelta(days=i), "Phone", "李明", "Contacted",
                     f"第{i + 1:03d}次跟进 #{i + 1:03d} 客户说再考虑一下，下周再联系。")
        for i in range(count))


def call_rows(count: int) -> tuple[CallListRow, ...]:
    return tuple(
        CallListRow(customer_id=i + 1, name=f"客户{i + 1:04d}", phone=f"138{i:08d}",
                    reasons=("Compulsory insurance 12-05", "Follow-up 11-28"),
                    car="丰田 凯美瑞 2019", plate=f"浙A·{i:05d}",
                    last_contact="2026-11-20 Phone 想要一台白色SUV，预算15万左右", owner="李明",
                    due=dt.date(2026, 11, 28), overdue=i % 5 == 0)
        for i in range(count))


def call_list(rows=None, **kw) -> CallListData:
    values = dict(shop=SHOP, printed_at=NOW, date_from=dt.date(2026, 11, 26),
                  date_to=dt.date(2026, 12, 3), rows=call_rows(3) if rows is None else rows)
    values.update(kw)
    return CallListData(**values)


def card(**kw) -> CardData:
    values = dict(shop=SHOP, card_no="VIP000123", customer_name="王建国", level="金卡",
                  colour="#d4a017", expires_on=dt.date(2027, 11, 30))
    values.update(kw)
    return CardData(**values)


def text_of(path: Path) -> str:
    """All text of a PDF with white space removed (wrapped lines joined again)."""
    reader = PdfReader(str(path))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def pages_of(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def embedded_font_files(path: Path) -> list[str]:
    """The names of fonts whose program is embedded (/FontFile2: TrueType)."""
    found = []
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for desc in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                descriptor = desc.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found.append(str(font["/BaseFont"]))
    return found
