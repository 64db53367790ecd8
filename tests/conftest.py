"""Shared fixtures: a fresh database per test built by the real migrations, a fixed today."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

TODAY = dt.date(2026, 11, 26)
START = dt.datetime(2026, 11, 26, 14, 0, 0)


def pytest_collection_modifyitems(config, items):
    """Tests that use qtbot are GUI tests: `pytest -m "not gui"` is the fast core run.

    With DEALERDESK_TEST_BACKEND=postgresql only the tests that work on a database (the
    `store` or `server_url` fixtures) run, except those about the SQLite file itself: the
    others were run by the ordinary run and would only repeat it.
    """
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
    if os.environ.get("DEALERDESK_TEST_BACKEND", "sqlite") != "postgresql":
        return
    keep, drop = [], []
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        on_server = bool(uses & {"store", "server_url"})
        (keep if on_server and not item.get_closest_marker("sqlite_only") else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
def fixed_clock():
    """Every test runs on TODAY, from 14:00, whatever the computer's date."""
    from dealerdesk import clock

    with clock.use_clock(clock.running_from(START)):
        yield


@pytest.fixture(autouse=True)
def nobody_signed_in():
    """Each test starts and ends with nobody signed in (the owner's rights)."""
    from dealerdesk.services.access import set_actor

    set_actor(None)
    yield
    set_actor(None)


@pytest.fixture(autouse=True)
def own_user_folder(tmp_path_factory, monkeypatch):
    """No test reads or writes the real per-user data folder (remembered databases...)."""
    monkeypatch.setenv("DEALERDESK_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DEALERDESK_DATA_DIR", str(folder))
    return folder


# DEALERDESK_TEST_BACKEND=postgresql (with DEALERDESK_TEST_PG, see tools/pg_test_cluster.sh)
# runs every test that uses `store` against a PostgreSQL server instead of a SQLite file.
BACKEND = os.environ.get("DEALERDESK_TEST_BACKEND", "sqlite")
SERVER = os.environ.get("DEALERDESK_TEST_PG", "")


def empty_server_database(url: str) -> None:
    """Drop everything in the server's test database (a new one for each test)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")


@pytest.fixture
def server_url() -> str:
    """The address of an empty database on the test server; skips without a server."""
    if not SERVER:
        pytest.skip("no PostgreSQL server: set DEALERDESK_TEST_PG (tools/pg_test_cluster.sh)")
    empty_server_database(SERVER)
    return SERVER


@pytest.fixture
def store(data_dir, request):
    """A new, migrated database (a file, or the test server's database with
    DEALERDESK_TEST_BACKEND=postgresql), open for the test and closed after it."""
    from dealerdesk.services.store import close_store, open_store, set_operator

    path = data_dir / "test.db"
    if BACKEND == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("about the SQLite file itself")
        if not SERVER:
            pytest.skip("no PostgreSQL server: set DEALERDESK_TEST_PG")
        empty_server_database(SERVER)
        path = SERVER
    open_store(path, backup_dir=data_dir / "backups")
    set_operator("tester")
    yield path
    close_store()


@pytest.fixture
def staff(store):
    from dealerdesk.services.staff import add_staff

    member, _ = add_staff(name="李明", phone="13900001111")
    return member


OTHER_WRITER = """
import pathlib, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute(sys.argv[4])
pathlib.Path(sys.argv[2]).write_text("held")
release = pathlib.Path(sys.argv[3])
for _ in range(1200):
    if release.exists():
        break
    time.sleep(0.05)
con.execute("COMMIT")
"""


# The same on the shop's server: another PC's transaction holding the one-writer lock of
# imports, merges and hand-overs (postgres_only.WRITER_LOCK).
OTHER_SERVER_WRITER = """
import pathlib, sys, time
import psycopg
con = psycopg.connect(sys.argv[1])
con.execute("SELECT pg_advisory_xact_lock(%d)" % int(sys.argv[5]))
con.execute(sys.argv[4].replace("%", "%%"))
pathlib.Path(sys.argv[2]).write_text("held")
release = pathlib.Path(sys.argv[3])
for _ in range(1200):
    if release.exists():
        break
    time.sleep(0.05)
con.commit()
"""


@pytest.fixture
def another_writer(store, tmp_path):
    """another_writer(sql, action): run `action` while another program's transaction (running
    `sql`) holds the database (on the server: the one-writer lock); it commits while
    `action` waits for the lock."""

    def run(sql, action):
        import subprocess
        import sys
        import time

        from dealerdesk.db import postgres_only
        from dealerdesk.db.api import waiting

        held, release = tmp_path / "held", tmp_path / "release"
        script = OTHER_SERVER_WRITER if BACKEND == "postgresql" else OTHER_WRITER
        proc = subprocess.Popen([sys.executable, "-c", script, str(store), str(held),
                                 str(release), sql, str(postgres_only.WRITER_LOCK)])
        try:
            deadline = time.monotonic() + 60
            while not held.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            with waiting(patience=60, notice=lambda _text: release.write_text("go")):
                return action()
        finally:
            release.write_text("go")
            proc.wait(timeout=60)

    return run
