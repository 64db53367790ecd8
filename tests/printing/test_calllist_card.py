"""The call list and the membership card PDFs, read back with pypdf."""

import re

from print_helpers import call_list, call_rows, card, embedded_font_files, pages_of, text_of
from pypdf import PdfReader

from dealerdesk.printing.calllist import save_call_list
from dealerdesk.printing.card import CARD_H, CARD_W, save_cards


def test_call_list_is_landscape_with_names_plates_and_reasons(tmp_path, font):
    out = tmp_path / "calls.pdf"
    save_call_list(call_list(), out, font)
    page = PdfReader(str(out)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = text_of(out)
    assert "客户0001" in text and "浙A·00000" in text and "Compulsoryinsurance12-05" in text
    assert "13800000000" in text and "Result(writehere)" in text
    assert embedded_font_files(out)


def test_masked_phones_hide_the_middle_digits(tmp_path, font):
    out = tmp_path / "masked.pdf"
    save_call_list(call_list(mask_phones=True), out, font)
    text = text_of(out)
    assert "138****0001" in text and "13800000001" not in text


def test_a_long_call_list_repeats_column_titles_and_counts_pages(tmp_path, font):
    out = tmp_path / "long.pdf"
    pages = save_call_list(call_list(rows=call_rows(120)), out, font)
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) > 3
    for page in reader.pages:
        assert "Whycall" in re.sub(r"\s+", "", page.extract_text())
    assert "客户0120" in text_of(out)


def test_an_empty_call_list_says_so(tmp_path, font):
    out = tmp_path / "empty.pdf"
    assert save_call_list(call_list(rows=()), out, font) == 1
    assert "Nobodytocallinthisperiod." in text_of(out)


def test_card_has_its_size_number_name_and_a_qr_code(tmp_path, font):
    out = tmp_path / "card.pdf"
    assert save_cards([card(customer_name="王建国😊")], out, font) == 1
    page = PdfReader(str(out)).pages[0]
    assert abs(float(page.mediabox.width) - CARD_W) < 0.5
    assert abs(float(page.mediabox.height) - CARD_H) < 0.5
    text = text_of(out)
    assert "VIP000123" in text and "王建国" in text and "金卡" in text
    assert embedded_font_files(out)


def test_qr_code_is_drawn_as_many_small_squares(tmp_path, font):
    out = tmp_path / "card.pdf"
    save_cards([card()], out, font)
    content = PdfReader(str(out)).pages[0].get_contents().get_data()
    assert content.count(b" re") > 100  # the QR modules


def test_twelve_cards_fill_two_a4_sheets_and_long_names_wrap(tmp_path, font):
    out = tmp_path / "sheet.pdf"
    name = "欧阳" + "建国" * 19
    cards = [card(card_no=f"VIP{i:06d}", customer_name=name) for i in range(12)]
    assert save_cards(cards, out, font, sheet=True) == 2 == pages_of(out)
    text = text_of(out)
    assert "VIP000011" in text and name in text


def test_a_sheet_has_cut_marks_in_the_margin_and_labels_the_shop_phone(tmp_path, font):
    from dealerdesk.printing.card import CARD_H, CARD_W, MARK_GAP, _grid

    out = tmp_path / "three.pdf"
    assert save_cards([card(card_no=f"VIP{i:06d}") for i in range(3)], out, font,
                      sheet=True) == 1
    page = PdfReader(str(out)).pages[0]
    lines = []
    page.get_contents()  # the marks are lines ("m ... l S") outside the block of cards

    def visit(op, args, cm, tm):
        if op in (b"m", b"l"):
            lines.append((op, [float(a) for a in args]))

    page.extract_text(visitor_operand_before=visit)
    left, bottom, right, top = _grid()
    starts = [xy for op, xy in lines if op == b"m"]
    above = [x for x, y in starts if round(y) == round(top + MARK_GAP)]
    beside = [y for x, y in starts if round(x) == round(left - MARK_GAP)]
    assert sorted({round(x) for x in above}) == [round(left + i * CARD_W) for i in range(3)]
    assert sorted({round(y) for y in beside}) == sorted(round(top - j * CARD_H)
                                                         for j in range(3))  # two rows used
    assert "Tel.0571-88886666" in text_of(out)


def test_call_list_prints_level_wanted_car_and_the_last_contact_in_full(tmp_path, font):
    import dataclasses

    said = "2026-11-20 电话 客户说周六带太太来看车，想要白色的，预算十五万以内，最好能贷款三成首付"
    rows = tuple(dataclasses.replace(r, level="H", wanted="本田 雅阁", last_contact=said)
                 for r in call_rows(2))
    out = tmp_path / "calls.pdf"
    save_call_list(call_list(rows, left_over=12, other_list=40), out, font)
    text = text_of(out)
    assert "Level" in text and "Wants" in text and "本田雅阁" in text
    assert text.count(said.replace(" ", "")) == 2  # every word of it, nothing cut with "…"
    assert "…" not in text
    assert "12morecustomersarenotprintedhere" in text
    assert "40customersnotcontactedfortoolongareonalistoftheirown" in text
    assert "14customers" in text  # the subtitle counts the whole list


def test_the_long_tail_has_its_own_title(tmp_path, font):
    out = tmp_path / "tail.pdf"
    save_call_list(call_list(long_tail=True, other_list=3), out, font)
    text = text_of(out)
    assert text.count("Notcontactedfortoolong") >= 1 and "Calllist" not in text
    assert "3customerswithareasontocalltodayareonthecalllist" in text
