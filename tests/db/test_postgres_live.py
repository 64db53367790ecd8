"""Live updates on the shop's server: every change of a record table is told to the other
connections when it commits, naming its kinds. Skipped without a server (DEALERDESK_TEST_PG)."""

import pytest

from dealerdesk.domain.records import CustomerInput


@pytest.fixture
def on_server(server_url, data_dir):
    from dealerdesk.services.store import close_store, open_store

    open_store(server_url, backup_dir=data_dir / "backups")
    yield server_url
    close_store()


def test_a_saved_customer_is_told_to_a_listener_with_its_kinds(on_server):
    from dealerdesk.services import customers, live

    listener = live.listen_for_changes(on_server)
    try:
        assert listener.wait(0.05) == set()
        customers.create_customer(CustomerInput(name="王芳", phone="13812345678"))
        kinds = set()
        for _ in range(50):
            kinds |= listener.wait(0.2)
            if kinds:
                break
        assert {"customers", "reminders"} <= kinds
        assert live.as_changes(kinds).touches("customers")
    finally:
        listener.close()


def test_nothing_is_told_before_the_transaction_commits(on_server):
    from dealerdesk.db.api import atomic
    from dealerdesk.services import customers, live

    listener = live.listen_for_changes(on_server)
    try:
        with atomic():
            customers.create_customer(CustomerInput(name="李强", phone="13912345678"))
            assert listener.wait(0.3) == set()
        assert "customers" in listener.wait(5)
    finally:
        listener.close()


def test_a_server_made_before_the_notices_gets_them_when_opened(on_server, data_dir):
    import psycopg

    from dealerdesk.services.store import close_store, open_store

    close_store()
    with psycopg.connect(on_server, autocommit=True) as con:
        con.execute("DROP TRIGGER customer_notify ON customer")
    open_store(on_server, backup_dir=data_dir / "backups")
    with psycopg.connect(on_server) as con:
        assert con.execute("SELECT count(*) FROM pg_trigger WHERE tgname = "
                           "'customer_notify'").fetchone()[0] == 1


def test_a_lost_server_is_said_as_server_gone(on_server):
    import psycopg

    from dealerdesk.services import live

    listener = live.listen_for_changes(on_server)
    try:
        with psycopg.connect(on_server, autocommit=True) as con:
            con.execute("SELECT pg_terminate_backend(%s)", (listener.pid,))
        with pytest.raises(live.ServerGone):
            for _ in range(50):
                listener.wait(0.1)
    finally:
        listener.close()


def test_an_unreachable_server_is_server_gone():
    import socket

    from dealerdesk.services import live

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(live.ServerGone):
        live.listen_for_changes(f"postgresql://shop:x@127.0.0.1:{port}/dealerdesk")


def _drop_connections(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")


def test_a_write_while_the_server_is_gone_fails_as_lost_and_the_next_reconnects(on_server):
    from dealerdesk.services import customers, live

    customers.create_customer(CustomerInput(name="王芳", phone="13812345678"))
    _drop_connections(on_server)
    with pytest.raises(Exception) as failed:
        customers.create_customer(CustomerInput(name="李强", phone="13912345678"))
    assert live.is_lost_server(failed.value)
    # The server is back: the next save opens a new connection, the lost one left nothing.
    customers.create_customer(CustomerInput(name="赵敏", phone="13712345678"))
    import psycopg

    with psycopg.connect(on_server) as con:
        names = {r[0] for r in con.execute("SELECT name FROM customer").fetchall()}
    assert "李强" not in names and {"王芳", "赵敏"} <= names


def test_a_refusal_of_the_server_is_not_a_lost_server(on_server):
    from dealerdesk.services import customers, live

    with pytest.raises(Exception) as failed:
        customers.get_customer("not a number")
    assert not live.is_lost_server(failed.value)
