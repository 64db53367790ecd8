"""Live updates between PCs on the shop's server: what another PC saves appears in the
window's lists; a lost server shows a banner until it is back. Skipped without a server
(DEALERDESK_TEST_PG, see tools/pg_test_cluster.sh)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dealerdesk import app
from tests.ui.test_app_server import _choose_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def inside_window(monkeypatch):
    """app.main with the event loop replaced by the test's body (given the window and
    the start-up)."""
    from dealerdesk.services import staff

    def choose(self):
        if not self.await_check():
            return None
        return staff.find_or_add_staff("店长")

    def start(body):
        done = {}

        def run(self):
            body(self.window, self)
            done["ran"] = True
            return 0

        monkeypatch.setattr(app.Startup, "run", run)
        monkeypatch.setattr(app.Startup, "choose_operator", choose)
        assert app.main(["--lang", "en"]) == 0
        assert done.get("ran")

    return start


def _save_on_another_pc(url, folder, name, phone):
    """A second program (its own process and data folder) saves a customer on the server."""
    code = textwrap.dedent(f"""
        from pathlib import Path
        from dealerdesk.domain.records import CustomerInput
        from dealerdesk.services import customers
        from dealerdesk.services.store import close_store, open_store
        open_store({url!r}, backup_dir=Path({str(folder)!r}))
        customers.create_customer(CustomerInput(name={name!r}, phone={phone!r}))
        close_store()
    """)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60,
                   env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


def test_a_customer_saved_on_another_pc_appears_in_the_list(
        qtbot, data_dir, server_url, monkeypatch, inside_window, tmp_path):
    _choose_server(server_url, monkeypatch)

    def body(window, _startup):
        qtbot.addWidget(window)
        assert window.live is not None
        window.navigate("customers")
        screen = window.get_screen("customers")
        assert screen.model.rowCount() == 0
        _save_on_another_pc(server_url, tmp_path / "other-pc", "王芳", "13812345678")
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=15000)
        assert not window.server_banner.isVisible()

    inside_window(body)


def test_a_lost_server_shows_a_banner_until_it_is_back(
        qtbot, data_dir, server_url, monkeypatch, inside_window):
    import psycopg

    from dealerdesk.services import live
    from dealerdesk.ui import live_updates

    _choose_server(server_url, monkeypatch)
    down = {"now": False}
    real = live.listen_for_changes

    def listen(url):
        if down["now"]:
            raise live.ServerGone("server not found")
        return real(url)

    monkeypatch.setattr(live_updates, "RETRY_S", 0.2)
    monkeypatch.setattr(live_updates.live, "listen_for_changes", listen)

    def body(window, _startup):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.live.reachable and window.live._thread.is_alive())
        down["now"] = True
        with psycopg.connect(server_url, autocommit=True) as con:
            con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        "query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
        qtbot.waitUntil(window.server_banner.isVisible, timeout=10000)
        assert "cannot be reached" in window.server_banner.text()
        with qtbot.waitSignal(window.ctx.signals.changed, timeout=10000) as reloaded:
            down["now"] = False
        assert reloaded.args[0].touches("customers", "cards")
        qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=10000)

    inside_window(body)


def test_a_save_while_the_server_is_away_says_so_in_one_line_and_the_next_works(
        qtbot, data_dir, server_url, monkeypatch, inside_window):
    import psycopg
    from PySide6.QtWidgets import QMessageBox

    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services import customers

    _choose_server(server_url, monkeypatch)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))

    def body(window, startup):
        qtbot.addWidget(window)
        window.live.stop()  # no refresh from the listener meets the dropped connection first
        with psycopg.connect(server_url, autocommit=True) as con:
            con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        "datname = current_database() AND pid <> pg_backend_pid() "
                        "AND query NOT LIKE 'LISTEN%'")
        with pytest.raises(Exception) as failed:
            customers.create_customer(CustomerInput(name="李强", phone="13912345678"))
        startup.on_storage_error(failed.value)
        assert len(shown) == 1 and "\n" not in shown[0] and "cannot be reached" in shown[0]
        assert not startup.damaged  # writes are not held: the server is away, not damaged
        customers.create_customer(CustomerInput(name="李强", phone="13912345678"))

    inside_window(body)


def test_typing_in_an_open_customer_form_is_kept_when_another_pc_saves(
        qtbot, data_dir, server_url, monkeypatch, inside_window, tmp_path):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services import customers

    _choose_server(server_url, monkeypatch)

    def body(window, _startup):
        qtbot.addWidget(window)
        window.show()
        customer_id, _ = customers.create_customer(
            CustomerInput(name="王芳", phone="13812345678"))
        window.open_customer(customer_id)
        form = window.get_screen("customers").page.form
        form.ui.nameEdit.setText("王芳芳")
        assert form.is_dirty()
        seen = []
        window.ctx.signals.changed.connect(seen.append)
        _save_on_another_pc(server_url, tmp_path / "other-pc", "李强", "13912345678")
        qtbot.waitUntil(lambda: any(c.touches("customers") for c in seen), timeout=15000)
        assert form.ui.nameEdit.text() == "王芳芳"

    inside_window(body)
