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
