"""Shared fixtures: a fresh database per test built by the real migrations, a fixed today."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

TODAY = dt.date(2026, 11, 26)
START = dt.datetime(2026, 11, 26, 14, 0, 0)


def pytest_collection_modifyitems(items):
    """Tests that use qtbot are GUI tests: `pytest -m "not gui"` is the fast core run."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


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


@pytest.fixture
def store(data_dir):
    """A new, migrated database file, open for the test and closed after it."""
    from dealerdesk.services.store import close_store, open_store, set_operator

    path = data_dir / "test.db"
    open_store(path, backup_dir=data_dir / "backups")
    set_operator("tester")
    yield path
    close_store()


@pytest.fixture
def staff(store):
    from dealerdesk.services.staff import add_staff

    member, _ = add_staff(name="李明", phone="13900001111")
    return member
