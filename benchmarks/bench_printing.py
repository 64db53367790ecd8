"""Printed documents beside bare reportlab laying out a table of the same size.

    python benchmarks/bench_printing.py

Targets (issue "printing"): a profile with 200 follow-ups under 300 ms, a call list of
1,000 rows under 3 s. The one-time loading of the Chinese font (a few hundred ms for a
.ttc) is measured separately; both sides use the same loaded font.
"""

from __future__ import annotations

import datetime as dt
import io
import time

from common import report, timed

NOW = dt.datetime(2026, 11, 26, 9, 30)


def _shop():
    from dealerdesk.services.settings import ShopInfo

    return ShopInfo("鑫源二手车行", "杭州市西湖区文三路 88 号", "0571-88886666", "")


def _profile(count: int):
    from dealerdesk.printing.data import FollowUpLine, ProfileData, VehicleLine

    followups = tuple(
        FollowUpLine(NOW - dt.timedelta(days=i), "电话", "李明", "已联系",
                     "想要一台白色SUV，预算15万左右，试驾了凯美瑞，回去和家人商量" * (1 + i % 2))
        for i in range(count))
    return ProfileData(
        shop=_shop(), printed_at=NOW, name="王建国", phone="13812345678",
        address="杭州市西湖区文三路 88 号", source="网络平台", level="A", status="跟进中",
        owner="李明", vehicles=(VehicleLine("丰田 凯美瑞 2019", "浙A12345"),), cards=(),
        followups=followups, reminders=())


def _calls(count: int):
    from dealerdesk.printing.data import CallListData, CallListRow

    rows = tuple(CallListRow(
        customer_id=i, name="王建国" if i % 3 else "欧阳" + "建国" * 8, phone=f"138{i:08d}",
        reasons=("交强险到期 12-05", "待跟进 11-28")[: 1 + i % 2], car="丰田 凯美瑞 2019",
        plate=f"浙A{i:05d}", last_contact="2026-11-20 电话 想要一台白色SUV，预算15万左右",
        owner="李明", due=dt.date(2026, 11, 28), overdue=i % 7 == 0) for i in range(count))
    return CallListData(shop=_shop(), printed_at=NOW, date_from=dt.date(2026, 11, 26),
                        date_to=dt.date(2026, 12, 3), rows=rows)


def bare_table(font, rows: int, cols: int, *, paragraphs: bool, landscape_page: bool) -> None:
    """reportlab alone: a document with one table of `rows` x `cols` cells."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = ParagraphStyle("b", fontName=font.regular, fontSize=9, wordWrap="CJK")
    text = "想要一台白色SUV，预算15万左右，试驾了凯美瑞"
    data = [[Paragraph(text, style) if paragraphs and c == cols - 1 else f"单元{r}-{c}"
             for c in range(cols)] for r in range(rows)]
    table = Table(data, repeatRows=1)
    table.setStyle([("FONT", (0, 0), (-1, -1), font.regular, 9)])
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4) if landscape_page else A4)
    doc.build([table])


def main() -> None:
    from dealerdesk.printing import fonts
    from dealerdesk.printing.calllist import render_call_list
    from dealerdesk.printing.profile import render_profile

    start = time.perf_counter()
    font = fonts.pdf_font("")
    print(f"font {font.source}: loaded in {(time.perf_counter() - start) * 1000:.0f} ms "
          f"(once per process)")
    profile, calls = _profile(200), _calls(1000)
    rows = [
        ("profile, 200 follow-ups (A4)", timed(lambda: render_profile(
            profile, io.BytesIO(), font), repeat=9),
         timed(lambda: bare_table(font, 201, 5, paragraphs=True, landscape_page=False),
               repeat=9)),
        ("call list, 1,000 rows (A4 landscape)", timed(lambda: render_call_list(
            calls, io.BytesIO(), font), repeat=3),
         timed(lambda: bare_table(font, 1001, 7, paragraphs=False, landscape_page=True),
               repeat=3)),
    ]
    pages = (render_profile(profile, io.BytesIO(), font),
             render_call_list(calls, io.BytesIO(), font))
    report(rows)
    print(f"pages: profile {pages[0]}, call list {pages[1]}; targets 300 ms and 3,000 ms")


if __name__ == "__main__":
    main()
