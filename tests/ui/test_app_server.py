"""The window on the shop's server: chosen in Settings -> Storage (or --db postgresql://),
no lock file, the server's checks, the day's backup in the data folder. Skipped without a
server (DEALERDESK_TEST_PG, see tools/pg_test_cluster.sh)."""

import os
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QMessageBox

from dealerdesk import app


@pytest.fixture
def no_loop(monkeypatch):
    from dealerdesk.services import staff

    started = {}

    def run(self):
        started["window"] = self.window
        started["title"] = self.window.windowTitle()
        return 0

    def choose(self):
        if not self.await_check():
            return None
        return staff.find_or_add_staff("店长")

    monkeypatch.setattr(app.Startup, "run", run)
    monkeypatch.setattr(app.Startup, "choose_operator", choose)
    return started


def _choose_server(url, monkeypatch):
    """Settings -> Storage: the shop's server, the password in the credential store."""
    from dealerdesk.db import postgres_only
    from dealerdesk.services import storage_choice

    parts = urlsplit(url)
    kept = {}
    monkeypatch.setattr(postgres_only, "with_stored_password",
                        lambda address: address if urlsplit(address).password else
                        address.replace("@", ":" + kept.get("pw", "") + "@", 1))
    kept["pw"] = parts.password
    storage_choice.save_choice(storage_choice.StorageChoice(
        kind=storage_choice.SERVER, host=parts.hostname, port=parts.port,
        database=parts.path.lstrip("/"), user=parts.username))


def test_the_window_opens_the_shops_server_chosen_in_settings(
        qtbot, data_dir, server_url, monkeypatch, no_loop):
    _choose_server(server_url, monkeypatch)
    assert app.main(["--lang", "en"]) == 0
    window = no_loop["window"]
    qtbot.addWidget(window)
    assert window.ctx.server and window.ctx.operator.name == "店长"
    from dealerdesk.db import postgres_only

    assert postgres_only.server_problems(server_url) == []
    # The day's backup, a DealerDesk file, went to the data folder's backups.
    assert list((data_dir / "backups").glob("dealerdesk-*.db"))
    # No lock file, no folder or file named after the address, no password anywhere.
    password = urlsplit(server_url).password
    for root, dirs, files in os.walk(data_dir):
        for name in dirs + files:
            assert "postgres" not in name and not name.endswith(".lock"), name
            path = os.path.join(root, name)
            if name.endswith((".json", ".txt", ".ini")):
                with open(path, encoding="utf-8", errors="replace") as f:
                    assert password not in f.read(), path
    assert not any(p.name.startswith("postgres") for p in app.Path.cwd().iterdir())
    # What the window wrote is on the server.
    import psycopg

    with psycopg.connect(server_url) as con:
        assert con.execute("SELECT count(*) FROM staff WHERE name = '店长'").fetchone()[0] == 1


def test_two_copies_may_work_on_one_server_at_once(qtbot, data_dir, server_url, monkeypatch):
    _choose_server(server_url, monkeypatch)
    first = app.Startup(*app.parse_args(["--lang", "en"]))
    second = app.Startup(*app.parse_args(["--lang", "en"]))
    try:
        assert first.take_lock() and second.take_lock()
    finally:
        first.release_lock()
        second.release_lock()


def test_a_missing_trigger_is_found_by_the_start_check(server_url, data_dir):
    from dealerdesk.db import postgres_only
    from dealerdesk.services.store import close_store, open_store

    open_store(server_url, backup_dir=data_dir / "backups")
    close_store()
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as con:
        con.execute("DROP TRIGGER audit_service_visit ON service_visit")
    [problem] = postgres_only.server_problems(server_url)
    assert "audit_service_visit" in problem


def test_an_unreachable_server_is_said_in_plain_words_and_nothing_is_made(
        qtbot, data_dir, monkeypatch):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    url = f"postgresql://shop:secret@127.0.0.1:{port}/dealerdesk"
    assert app.main(["--db", url, "--lang", "en"]) == 1
    assert len(shown) == 1 and "secret" not in shown[0] and "Nothing was changed" in shown[0]
    assert not any(p.name.startswith("postgres") for p in app.Path.cwd().iterdir())
    assert not list(data_dir.rglob("*.db"))
