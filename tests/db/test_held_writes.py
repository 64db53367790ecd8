"""Holding writes holds them for the whole database: every connection the program has or
opens (a worker thread's, the one reopened after the server dropped it), until released.
Run on the server too (DEALERDESK_TEST_BACKEND=postgresql)."""

import threading

import pytest

from dealerdesk.db import engine
from dealerdesk.db.database import DATABASE_ERRORS, db, hold_writes, writes_held
from dealerdesk.services.staff import add_staff, list_staff
from dealerdesk.services.store import release_thread_connection


def _in_thread(action, *, before=None, go=None):
    """Run `action` on a worker thread (its own connection); return what it raised.
    With `before`, that runs first on the thread, which then waits for `go`."""
    raised = []

    def run():
        try:
            if before is not None:
                before()
                go.wait(30)
            action()
        except Exception as exc:  # noqa: BLE001 - handed to the test
            raised.append(exc)
        finally:
            release_thread_connection()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, raised


@pytest.fixture
def held(store, staff):
    hold_writes(True)
    yield
    hold_writes(False)


def test_a_worker_threads_new_connection_cannot_write_while_writes_are_held(held):
    thread, raised = _in_thread(lambda: add_staff(name="王芳", phone="13900002222"))
    thread.join(60)
    assert raised and isinstance(raised[0], DATABASE_ERRORS)
    assert [s.name for s in list_staff()] == ["李明"]


def test_a_connection_opened_before_the_hold_cannot_write_after_it(store, staff):
    go = threading.Event()
    thread, raised = _in_thread(lambda: add_staff(name="王芳", phone="13900002222"),
                                before=list_staff, go=go)
    try:
        hold_writes(True)
        go.set()
        thread.join(60)
        assert raised and isinstance(raised[0], DATABASE_ERRORS)
        assert [s.name for s in list_staff()] == ["李明"]
    finally:
        go.set()
        hold_writes(False)


def test_the_connection_reopened_after_a_drop_stays_held(held):
    if engine.is_server():
        db.obj._state.conn.close()  # the server restarted, the network dropped
    else:
        db.obj.close()
    assert writes_held()  # and the next use reconnects, held
    with pytest.raises(DATABASE_ERRORS):
        add_staff(name="王芳", phone="13900002222")
    assert [s.name for s in list_staff()] == ["李明"]


def test_released_writes_go_on_from_every_connection(store, staff):
    hold_writes(True)
    hold_writes(False)
    assert not writes_held()
    thread, raised = _in_thread(lambda: add_staff(name="王芳", phone="13900002222"))
    thread.join(60)
    assert raised == []
    db.obj.close()
    add_staff(name="赵六", phone="13900003333")
    assert sorted(s.name for s in list_staff()) == sorted(["李明", "王芳", "赵六"])
