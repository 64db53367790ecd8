"""A UI context on the test database, with the operator 李明 and today fixed."""

import pytest

# The offscreen platform says these when windows and popups are shown; they are harmless.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def ctx(store, staff, today, qtbot):
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    return UiContext(signals=AppSignals(), db_path=store, operator=staff)


@pytest.fixture
def customer(staff, today):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer

    cid, _ = create_customer(CustomerInput(name="王大伟", phone="13812345678", owner_id=staff.id),
                             today=today)
    return cid
