"""Printing a membership card from the Members screen."""

from pathlib import Path

from pypdf import PdfReader


def test_print_button_previews_the_selected_card(ctx, card, qtbot, monkeypatch, tmp_path):
    from dealerdesk.ui.members.card_view import CardView
    from dealerdesk.ui.printing import actions

    shown = {}

    def fake_preview(parent, *, title, file_name, save):
        from dealerdesk.printing.fonts import pdf_font

        target = tmp_path / file_name
        save(target, pdf_font())
        shown.update(title=title, path=target)

    monkeypatch.setattr(actions, "_render_and_preview", fake_preview)
    view = CardView(ctx)
    qtbot.addWidget(view)
    assert not view.print_button.isEnabled()
    view.show_card(card.id)
    assert view.print_button.isEnabled()
    view.print_button.click()
    assert card.card_no in shown["title"]
    text = PdfReader(Path(shown["path"])).pages[0].extract_text()
    assert "张三" in text


def test_several_chosen_cards_print_on_one_sheet(ctx, card, qtbot, monkeypatch, tmp_path,
                                                  staff, today):
    from PySide6.QtCore import QItemSelectionModel

    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services import membership as m
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.membership_setup import list_levels
    from dealerdesk.ui.members.screen import MembersScreen
    from dealerdesk.ui.printing import actions

    other, _ = create_customer(CustomerInput(name="李四", phone="13900002222"), today=today)
    second, _ = m.issue_card(customer_id=other, level_id=list_levels()[0].id,
                             staff_id=staff.id, today=today)
    shown = {}

    def fake_preview(parent, *, title, file_name, save):
        from dealerdesk.printing.fonts import pdf_font

        target = tmp_path / file_name
        pages = save(target, pdf_font())
        shown.update(title=title, path=target, pages=pages)

    monkeypatch.setattr(actions, "_render_and_preview", fake_preview)
    screen = MembersScreen(ctx)
    qtbot.addWidget(screen)
    selection = screen.table.selectionModel()
    for row in range(screen.table.model().rowCount()):
        selection.select(screen.table.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(screen.selected_card_numbers()) == sorted([card.card_no, second.card.card_no])
    screen.sheet_button.click()
    assert shown["pages"] == 1 and "(2)" in shown["title"]
    text = PdfReader(Path(shown["path"])).pages[0].extract_text()
    assert "张三" in text and "李四" in text
