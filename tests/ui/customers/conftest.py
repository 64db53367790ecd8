"""Fixtures for the Customers screen: a UI context on the test database, quick customers."""

import pytest

from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import customers as customer_service
from dealerdesk.ui.app_signals import AppSignals
from dealerdesk.ui.context import UiContext


@pytest.fixture
def ctx(store, staff, today):
    return UiContext(signals=AppSignals(), db_path=store, operator=staff)


@pytest.fixture
def add_customer(store, today):
    """Store a customer through the service; returns its id."""
    counter = iter(range(10_000))

    def add(name="张三", phone=None, **fields):
        phone = phone if phone is not None else f"1390000{next(counter):04d}"
        cid, _ = customer_service.create_customer(
            CustomerInput(name=name, phone=phone, **fields), today=today)
        return cid

    return add


@pytest.fixture
def screen(qtbot, ctx):
    from dealerdesk.ui.customers.screen import CustomersScreen

    widget = CustomersScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def answer(monkeypatch):
    """Answer every yes/no question with `answer.value` and record the questions asked."""
    from dealerdesk.ui.customers import ask

    class Answer:
        value = True
        asked: list = []

    def confirm(parent, title, text, yes, no):
        Answer.asked.append(text)
        return Answer.value

    Answer.asked = []
    monkeypatch.setattr(ask, "confirm", confirm)
    return Answer


def type_text(qtbot, widget, text):
    """Type `text` key by key, Chinese characters included (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
