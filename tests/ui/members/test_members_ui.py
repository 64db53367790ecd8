"""What a front-desk clerk does on the Members screen and a customer's Membership tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from dealerdesk.services import membership as m
from dealerdesk.services.membership_queries import card_ledger, card_summary, day_summary
from dealerdesk.ui.members import card_view, screen
from dealerdesk.ui.members.dialogs import CardOperationDialog, IssueCardDialog, ReverseEntryDialog
from dealerdesk.ui.members.models import (
    CardTableModel,
    DaySummaryModel,
    LedgerTableModel,
)
from dealerdesk.ui.members.screen import MembersScreen


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def fill_and_save(fill):
    """A stand-in for the modal run: fill the dialog, press Save, return its result."""
    def run(dialog, parent=None):
        fill(dialog)
        save(dialog)
        return dialog.done_result
    return run


def test_issue_card_by_finding_the_customer(ctx, customer, qtbot, today):
    seen = []
    ctx.signals.changed.connect(seen.append)
    dialog = IssueCardDialog(ctx)
    qtbot.addWidget(dialog)
    save(dialog)
    assert "Choose a customer" in dialog.error.text()
    dialog.find.setText("1381234")
    assert dialog.customer.count() == 1
    dialog.level.setCurrentIndex(dialog.level.findText("银卡", Qt.MatchFlag.MatchStartsWith))
    assert "¥500.00" in dialog.preview.text()
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.done_result.card.level_name == "银卡"
    assert seen and seen[0].touches("cards")


def test_screen_lists_cards_and_tops_up_spends_and_reverses(ctx, card, qtbot, monkeypatch):
    view = MembersScreen(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert view.card_view.card.id == card.id

    def top_up(d):
        d.amount.setText("１,000")
        d.bonus.setText("100")
        assert "¥1,100.00" in d.preview.text()

    monkeypatch.setattr(card_view, "run_dialog", fill_and_save(top_up))
    view.card_view.buttons["top_up"].click()
    assert "¥1,100.00" in view.notice.text()
    assert view.card_view.balance.text() == "¥1,100.00"
    assert view.model.row_at(0).balance_cents == 110000

    monkeypatch.setattr(card_view, "run_dialog",
                        fill_and_save(lambda d: d.amount.setText("¥250.50")))
    view.card_view.buttons["spend"].click()
    assert view.card_view.balance.text() == "¥849.50"
    assert view.card_view.points.text() == "4"

    view.card_view.ledger.selectRow(0)
    assert view.card_view.reverse_button.isEnabled()
    monkeypatch.setattr(card_view, "run_dialog",
                        fill_and_save(lambda d: d.note.setText("输错金额")))
    view.card_view.reverse_button.click()
    assert view.card_view.balance.text() == "¥1,100.00"
    assert card_ledger(card.id)[0].kind == "reversal"
    assert view.card_view.ledger_model.rowCount() == 4


def test_spending_too_much_shows_why_and_writes_nothing(ctx, card, qtbot, today):
    dialog = CardOperationDialog(ctx, card, "spend")
    qtbot.addWidget(dialog)
    dialog.amount.setText("100")
    assert "not enough" in dialog.preview.text()
    save(dialog)
    assert "not enough to pay ¥100.00" in dialog.error.text()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    dialog.amount.setText("12.345")
    save(dialog)
    assert "two decimals" in dialog.error.text()
    dialog.amount.setText("-5")
    save(dialog)
    assert "negative" in dialog.error.text()
    assert len(card_ledger(card.id)) == 1


def test_frozen_card_only_offers_unfreeze_and_cancel(ctx, card, qtbot, today, staff):
    m.freeze_card(card_id=card.id, staff_id=staff.id, today=today)
    view = card_view.CardView(ctx)
    qtbot.addWidget(view)
    view.show_card(card.id)
    enabled = {op for op, b in view.buttons.items() if b.isEnabled()}
    assert enabled == {"unfreeze", "cancel"}


def test_reverse_requires_a_reason(ctx, card, qtbot, today, staff):
    done, _ = m.top_up(card_id=card.id, amount_cents=5000, staff_id=staff.id, today=today)
    entry = card_ledger(card.id)[0]
    dialog = ReverseEntryDialog(ctx, entry)
    qtbot.addWidget(dialog)
    save(dialog)
    assert "why" in dialog.error.text()
    assert card_summary(card.id, today=today).balance_cents == 5000


def test_filters_and_empty_state(ctx, card, qtbot):
    view = MembersScreen(ctx)
    qtbot.addWidget(view)
    view.expiring.setChecked(True)
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty
    assert "No card matches" in view.empty.text()
    view.expiring.setChecked(False)
    view.status.setCurrentIndex(view.status.findData("active"))
    assert view.model.rowCount() == 1


def test_empty_screen_explains_the_next_step(ctx, qtbot):
    view = MembersScreen(ctx)
    qtbot.addWidget(view)
    assert "Issue card" in view.empty.text()


def test_customer_tab(ctx, customer, qtbot, monkeypatch):
    from dealerdesk.ui.members import customer_tab
    from dealerdesk.ui.members.customer_tab import CustomerMembershipTab

    tab = CustomerMembershipTab(ctx)
    qtbot.addWidget(tab)
    tab.set_customer(customer)
    assert not tab.issue_button.isHidden()
    assert tab.card_view.isHidden()
    monkeypatch.setattr(customer_tab, "run_dialog", fill_and_save(lambda d: None))
    tab.issue_button.click()
    assert tab.issue_button.isHidden()
    assert tab.card_view.card is not None and tab.card_view.card.level_name == "普卡"
    assert "VIP 000001 2" in tab.headline.text()


def test_table_models_pass_the_model_tester(ctx, card, qtbot, qtmodeltester, today, staff):
    from dealerdesk.services.membership_queries import list_cards
    from dealerdesk.services.membership_setup import list_levels, list_package_types
    from dealerdesk.ui.members.settings_page import LevelTableModel, PackageTableModel

    m.top_up(card_id=card.id, amount_cents=5000, staff_id=staff.id, today=today)
    for model, rows in ((CardTableModel(), list_cards(today=today)),
                        (LedgerTableModel(), card_ledger(card.id)),
                        (DaySummaryModel(), day_summary(today)),
                        (LevelTableModel(), list_levels()),
                        (PackageTableModel(), list_package_types())):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_settings_page_refuses_a_bad_fee_and_saves_a_level(ctx, qtbot):
    from dealerdesk.services.membership_setup import list_levels
    from dealerdesk.ui.members.settings_page import LevelDialog, MembershipSettingsPage

    page = MembershipSettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.levels_model.rowCount() == 4
    dialog = LevelDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("黑卡")
    dialog.fee.setText("abc")
    save(dialog)
    assert "in yuan" in dialog.error.text()
    dialog.fee.setText("8,800")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert list_levels()[-1].fee_cents == 880000
    assert page.levels_model.rowCount() == 5
    page.prefix.setText("会员")
    page.findChild(QPushButton, "save_prefix").click()
    assert "Latin letters" in page.prefix_message.text()


def test_day_summary_dialog(ctx, card, qtbot, today):
    dialog = screen.DaySummaryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.day.setDate(dialog.day.date().fromString(today.isoformat(), "yyyy-MM-dd"))
    assert dialog.model.rowCount() == 2


def test_spend_dialog_applies_the_member_discount(ctx, card, qtbot, staff, today):
    m.top_up(card_id=card.id, amount_cents=500000, staff_id=staff.id, today=today)
    dialog = CardOperationDialog(ctx, card_summary(card.id, today=today), "spend")
    qtbot.addWidget(dialog)
    dialog.parts.setText("1000")  # 金卡: parts 10% off, labour 15% off
    dialog.labour.setText("200")
    assert dialog.amount.text() == "1070"
    save(dialog)
    assert dialog.done_result.card.balance_cents == 500000 - 107000


def test_switching_language_retranslates_what_is_shown(ctx, card, qtbot):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from dealerdesk import i18n
    from dealerdesk.ui.members.customer_tab import CustomerMembershipTab
    from dealerdesk.ui.members.settings_page import MembershipSettingsPage

    view = MembersScreen(ctx)
    tab = CustomerMembershipTab(ctx)
    page = MembershipSettingsPage(ctx)
    for w in (view, tab, page):
        qtbot.addWidget(w)
    tab.set_customer(card.customer_id)
    view.table.selectRow(0)
    translator = QTranslator()
    qm = Path(__file__).resolve().parents[3] / "resources/i18n/members_zh_CN.qm"
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.set_backend(lambda c, s: QCoreApplication.translate(c, s))
    try:
        ctx.signals.language_changed.emit("zh_CN")
        assert view.issue_button.text() == "办理会员卡…"
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "卡号"
        assert view.model.data(view.model.index(0, 4)) == "正常"
        assert view.card_view.buttons["top_up"].text() == "充值"
        assert tab.card_view.ledger_model.data(tab.card_view.ledger_model.index(0, 2)) == "开卡"
        assert page.level_box.title() == "会员等级"
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_backend(None)
