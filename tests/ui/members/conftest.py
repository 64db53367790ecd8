"""Fixtures for the membership widgets: a UI context on a fresh store, a customer, a card."""

from __future__ import annotations

import pytest

from dealerdesk.domain.records import CustomerInput


@pytest.fixture
def ctx(store, staff, today, qtbot):
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    return UiContext(signals=AppSignals(), db_path=store, operator=staff)


@pytest.fixture
def customer(store, today):
    from dealerdesk.services.customers import create_customer

    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    return cid


@pytest.fixture
def card(customer, staff, today):
    from dealerdesk.services import membership as m
    from dealerdesk.services.membership_setup import list_levels

    gold = next(lv for lv in list_levels() if lv.name == "金卡")
    done, _ = m.issue_card(customer_id=customer, level_id=gold.id, staff_id=staff.id, today=today)
    return done.card
