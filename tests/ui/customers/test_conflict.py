"""Saving a customer another PC changed since the form opened: both values are shown, the
user chooses, nothing is overwritten unseen."""

import dataclasses

import pytest

from dealerdesk.services import customers as customer_service
from dealerdesk.ui.customers import conflict


def _other_pc_saves(cid, today, **fields):
    record = customer_service.get_customer(cid)
    customer_service.update_customer(
        cid, dataclasses.replace(customer_service.input_of(record), **fields), today=today)


@pytest.fixture
def opened(screen, add_customer):
    cid = add_customer(name="张三", notes="老客户")
    screen.show_customer(cid)
    return cid


@pytest.fixture
def chooses(monkeypatch):
    """Answer the conflict question with `chooses.value`; record what was shown."""
    class Chooses:
        value = conflict.MINE
        shown: list = []

    def choose(parent, conflicts, names=None):
        Chooses.shown.append([(c.field, c.mine, c.theirs) for c in conflicts])
        return Chooses.value

    Chooses.shown = []
    monkeypatch.setattr(conflict, "choose_side", choose)
    return Chooses


@pytest.mark.parametrize("side, kept", [(conflict.MINE, "想换SUV"), (conflict.THEIRS, "已到店")])
def test_a_conflict_shows_both_values_and_saves_the_side_chosen(
        screen, opened, chooses, today, side, kept):
    chooses.value = side
    form = screen.page.form
    form.ui.notesEdit.setPlainText("想换SUV")
    form.ui.addressEdit.setText("杭州")
    _other_pc_saves(opened, today, notes="已到店", wechat="zs88")
    assert screen.page.save()
    assert chooses.shown == [[("notes", "想换SUV", "已到店")]]
    saved = customer_service.get_customer(opened)
    # The chosen note, this form's address, and the other PC's WeChat id: nothing lost.
    assert (saved.notes, saved.address, saved.wechat) == (kept, "杭州", "zs88")
    assert form.ui.notesEdit.toPlainText() == kept


def test_cancelling_the_choice_writes_nothing_and_keeps_the_typing(
        screen, opened, chooses, today):
    chooses.value = None
    form = screen.page.form
    form.ui.notesEdit.setPlainText("想换SUV")
    _other_pc_saves(opened, today, notes="已到店")
    assert not screen.page.save()
    assert customer_service.get_customer(opened).notes == "已到店"
    assert form.ui.notesEdit.toPlainText() == "想换SUV"
    assert "another PC" in screen.page.profile.message.text()


def test_changes_to_other_fields_save_without_a_question(screen, opened, chooses, today):
    screen.page.form.ui.addressEdit.setText("杭州")
    _other_pc_saves(opened, today, notes="已到店")
    assert screen.page.save()
    assert chooses.shown == []
    saved = customer_service.get_customer(opened)
    assert (saved.notes, saved.address) == ("已到店", "杭州")


def test_the_dialog_lists_each_field_with_both_values(qtbot, store):
    from PySide6.QtWidgets import QLabel

    from dealerdesk.domain.errors import Conflict

    dialog = conflict.ConflictDialog([Conflict("notes", "想换SUV", "已到店"),
                                      Conflict("budget_max_cents", 15_000_000, None)])
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert {"Notes", "想换SUV", "已到店", "—"} <= set(texts)
    dialog.theirs_button.click()
    assert dialog.choice == conflict.THEIRS
