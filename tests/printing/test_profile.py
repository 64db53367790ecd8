"""The customer profile PDF, read back with pypdf."""

import re

from print_helpers import embedded_font_files, followups, pages_of, profile, text_of
from pypdf import PdfReader

from dealerdesk.printing.profile import save_profile


def test_chinese_name_and_plate_are_in_the_text_in_an_embedded_font(tmp_path, font):
    out = tmp_path / "p.pdf"
    pages = save_profile(profile(), out, font)
    text = text_of(out)
    assert pages == 1 == pages_of(out)
    assert "王建国" in text and "浙A·12345" in text and "鑫源二手车行" in text
    assert "想要一台白色SUV" in text and "Page1of1" in text and "Printed2026-11-2609:30" in text
    assert embedded_font_files(out)


def test_a_long_history_runs_over_pages_whole_and_newest_first(tmp_path, font):
    out = tmp_path / "long.pdf"
    pages = save_profile(profile(followups=followups(200)), out, font)
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) >= 5
    last = re.sub(r"\s+", "", reader.pages[-1].extract_text())
    assert f"Page{pages}of{pages}" in last
    markers = [int(m) for m in re.findall(r"#(\d{3})", text_of(out))]
    assert markers == list(range(1, 201))  # every one of them, most recent first


def test_a_forty_character_name_wraps_instead_of_being_cut(tmp_path, font):
    name = "欧阳" + "建国" * 19  # 40 characters
    out = tmp_path / "name.pdf"
    save_profile(profile(name=name), out, font)
    first = PdfReader(str(out)).pages[0].extract_text()
    assert name in re.sub(r"\s+", "", first)
    assert name not in first  # it is on more than one line


def test_emoji_in_notes_do_not_break_the_document(tmp_path, font):
    out = tmp_path / "emoji.pdf"
    save_profile(profile(notes="很满意😊👍 下次再来🚗", followups=followups(1)), out, font)
    text = text_of(out)
    assert "很满意" in text and "下次再来" in text


def test_missing_or_broken_logo_and_no_vehicles_still_print(tmp_path, font):
    broken = tmp_path / "logo.png"
    broken.write_text("not an image")
    for logo in (str(tmp_path / "gone.png"), str(broken)):
        shop = profile().shop.__class__(name="鑫源", address="", phone="", logo=logo)
        out = tmp_path / "nologo.pdf"
        save_profile(profile(shop=shop, vehicles=(), cards=None, reminders=None), out, font)
        text = text_of(out)
        assert "Novehiclesonrecord." in text
        assert "Membership" not in text and "Upcomingreminders" not in text


def test_a_real_logo_is_drawn(tmp_path, font):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(logo)
    shop = profile().shop.__class__(name="鑫源", address="", phone="", logo=str(logo))
    out = tmp_path / "logo.pdf"
    save_profile(profile(shop=shop), out, font)
    xobjects = PdfReader(str(out)).pages[0]["/Resources"]["/XObject"]
    assert len(xobjects) == 1


def test_membership_section_shows_balance_points_and_packages(tmp_path, font):
    import datetime as dt

    from dealerdesk.printing.data import CardLine, PackageLine

    cards = (CardLine("VIP0001", "金卡", "#d4a017", "Active", dt.date(2025, 1, 1),
                      dt.date(2027, 1, 1), 123456, 880, (PackageLine("保养套餐", 3, 5),)),)
    out = tmp_path / "card.pdf"
    save_profile(profile(cards=cards), out, font)
    text = text_of(out)
    assert "¥1,234.56" in text and "880" in text and "保养套餐" in text and "3/5" in text


def test_eight_follow_ups_with_two_cars_fit_one_page_each_time_on_one_line(tmp_path, font):
    import datetime as dt

    from dealerdesk.printing.data import ReminderLine, VehicleLine

    cars = (VehicleLine("奔驰 C级 2022", plate="沪A99234", vin="LL6XU6BVYZ8EE5A3H",
                        relation="Bought here", colour="蓝色", registered_on=dt.date(2022, 3, 7),
                        deal_on=dt.date(2026, 9, 21), deal_price_cents=15_000_000,
                        inspection_due=dt.date(2028, 3, 7)),
            VehicleLine("本田 CR-V 2019", plate="沪ATA0F9", vin="LS2RHXA3LAFMRRMXY",
                        relation="Owned", registered_on=dt.date(2019, 1, 28)))
    due = dt.date(2026, 12, 5)
    reminders = tuple(ReminderLine(due, "Maintenance", "沪A99234 奔驰 C级 2022", True)
                      for _ in range(2))
    out = tmp_path / "eight.pdf"
    pages = save_profile(profile(vehicles=cars, followups=followups(8), reminders=reminders),
                         out, font)
    assert pages == 1
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "VIN LL6XU6BVYZ8EE5A3H" in text and "¥150,000.00" in text and "2026-09-21" in text
    times = re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d", text)
    assert len(times) >= 8  # date and time side by side, not wrapped
