"""Settings -> Storage: this PC or the shop's server, a connection test in plain words."""

import os

import pytest

from dealerdesk.services import storage_choice as storage
from dealerdesk.ui.app_signals import AppSignals
from dealerdesk.ui.context import UiContext


@pytest.fixture
def page(qtbot, store, staff):
    from dealerdesk.ui.settings.storage_page import StoragePage

    widget = StoragePage(UiContext(signals=AppSignals(), db_path=store, operator=staff))
    qtbot.addWidget(widget)
    return widget


def test_this_pc_is_the_default_and_the_server_fields_wait(page):
    assert page.this_pc.isChecked()
    assert not page.server_box.isEnabled() and not page.test_button.isEnabled()


def test_a_server_nobody_answers_at_is_explained_and_not_saved(page):
    import socket

    with socket.socket() as s:  # a port on this PC where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    page.server.setChecked(True)
    page.host_edit.setText("127.0.0.1")
    page.port_spin.setValue(port)
    assert not page.save()
    assert "No database server answers at 127.0.0.1" in page.result.text()
    assert storage.current_choice().kind == storage.THIS_PC


def test_missing_fields_are_named(page):
    page.server.setChecked(True)
    page.host_edit.clear()
    assert not page.test_connection()
    assert "server address" in page.result.text()


def test_a_working_server_is_saved_for_the_next_start(page, monkeypatch):
    from urllib.parse import urlsplit

    url = os.environ.get("DEALERDESK_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server: set DEALERDESK_TEST_PG")
    parts = urlsplit(url)
    kept = {}
    monkeypatch.setattr(storage.postgres_only, "store_password",
                        lambda address, password: kept.update({address: password}))
    page.server.setChecked(True)
    page.host_edit.setText(parts.hostname)
    page.port_spin.setValue(parts.port)
    page.database_edit.setText(parts.path.lstrip("/"))
    page.user_edit.setText(parts.username)
    page.password_edit.setText("wrong")
    assert not page.test_connection()
    assert "refused the user name or password" in page.result.text()
    page.password_edit.setText(parts.password)
    assert page.save()
    choice = storage.current_choice()
    assert (choice.kind, choice.host, choice.port) == (storage.SERVER, parts.hostname,
                                                       parts.port)
    assert list(kept.values()) == [parts.password]  # in the credential store, not the file
    assert parts.password not in (storage.paths.data_dir() / storage.CHOICE_FILE).read_text()
