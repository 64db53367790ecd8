"""Settings -> Backups on the shop's server: a backup written back to the server, after a
confirmation that says what is replaced, off the GUI thread with progress, writes held
meanwhile, the server backed up first, every screen reloaded after. Skipped without a
server (DEALERDESK_TEST_PG, see tools/pg_test_cluster.sh)."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dealerdesk import clock
from dealerdesk.db import transfer
from dealerdesk.db.api import scalar
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import customers as customer_service
from dealerdesk.services import store as store_service
from dealerdesk.services.backups import make_backup

LIVE = "SELECT count(*) FROM customer WHERE deleted_at IS NULL"


@pytest.fixture
def on_server(data_dir, server_url):
    """The window's database is the shop's server, with a small demo shop on it."""
    from dealerdesk.db.postgres_only import hide_password
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.staff import find_or_add_staff
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    shown = Path(hide_password(server_url))
    store_service.open_store(server_url, backup_dir=data_dir / "backups")
    store_service.set_operator("店长")
    fill_demo(customers=20, seed=3, today=clock.today())
    operator = find_or_add_staff("店长")
    yield UiContext(signals=AppSignals(), db_path=shown, operator=operator, server=server_url)
    store_service.close_store()


@pytest.fixture
def page(qtbot, on_server):
    from dealerdesk.ui.settings.backups_page import BackupsPage

    widget = BackupsPage(on_server)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(page, backup):
    for row, found in enumerate(page.model.rows):
        if found[0] == backup:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{backup} is not listed")


def test_a_backup_is_written_back_to_the_server_for_every_pc(
        page, on_server, qtbot, monkeypatch):
    backup = make_backup(db_file=on_server.db_path, now=clock.now())
    in_backup = int(scalar(LIVE))
    for i in range(2):
        customer_service.create_customer(CustomerInput(name=f"后来{i}", phone=f"1380000{i:04d}"))
    on_server_now = int(scalar(LIVE))
    page.refresh()
    asked, told, seen = [], [], {}

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    copy = transfer.file_to_server

    def watched(path, url, **kwargs):
        from dealerdesk.db.database import writes_held

        seen["held"] = writes_held()
        seen["before"] = sorted(p.name for p in page.folder().glob("*before-restore*"))
        return copy(path, url, **kwargs)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(a[2]))
    monkeypatch.setattr(transfer, "file_to_server", watched)
    _select(page, backup)
    with qtbot.waitSignal(on_server.signals.changed, timeout=120_000) as changed:
        page.restore_button.click()
        assert page.worker is not None and page.progress is not None  # off the GUI thread
    assert changed.args[0].touches("customers", "staff", "settings", "cards")
    text = asked[0]
    assert "every PC" in text and f"{in_backup} customers" in text
    assert f"{on_server_now} customers" in text
    assert seen["held"] and seen["before"]  # writes held; the server backed up first
    assert int(scalar(LIVE)) == in_backup
    assert told and backup.name in told[0] and f"{in_backup} customers" in told[0]
    from dealerdesk.db.database import writes_held

    assert not writes_held()
    customer_service.create_customer(CustomerInput(name="之后", phone="13800009999"))


def test_a_failed_restore_leaves_the_server_as_it_was_and_says_so(
        page, on_server, qtbot, monkeypatch):
    backup = make_backup(db_file=on_server.db_path, now=clock.now())
    customer_service.create_customer(CustomerInput(name="后来", phone="13800001234"))
    before = int(scalar(LIVE))
    page.refresh()
    warned = []

    def broken(*args, **kwargs):
        raise transfer.TransferMismatch("the copy does not hold the same rows")

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(transfer, "file_to_server", broken)
    _select(page, backup)
    page.restore_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=120_000)
    assert "unchanged" in warned[0] and "same rows" in warned[0]
    assert int(scalar(LIVE)) == before
    from dealerdesk.db.database import writes_held

    assert not writes_held()
