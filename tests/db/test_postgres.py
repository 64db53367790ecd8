"""The shop's server: moving a shop to PostgreSQL and back, backups from the server, and
what the server's own SQL does. Skipped without a server (DEALERDESK_TEST_PG)."""

import sqlite3

import pytest

from dealerdesk.db import transfer


@pytest.fixture
def shop_file(tmp_path, monkeypatch):
    """A small shop with customers, cars, follow-ups, cards and a ledger, as a file."""
    from dealerdesk import clock
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    path = tmp_path / "shop.db"
    open_store(path, backup_dir=tmp_path / "backups")
    fill_demo(customers=60, seed=7, today=clock.today())
    close_store()
    return path


def _tables(path):
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "AND name NOT LIKE 'sqlite%' AND name != 'session_operator' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
    finally:
        con.close()


def test_a_shop_moved_to_the_server_and_back_is_identical_in_every_table(
        shop_file, server_url, tmp_path):
    there = transfer.move(shop_file, server_url)
    assert there.rows["customer"] == 60 and there.ledger[0] > 0
    back = tmp_path / "back.db"
    again = transfer.move(server_url, back)
    assert again == there
    before, after = _tables(shop_file), _tables(back)
    assert before.keys() == after.keys()
    for table in before:
        assert before[table] == after[table], table


def test_a_move_into_a_server_that_holds_data_is_refused(shop_file, server_url, tmp_path):
    transfer.move(shop_file, server_url)
    with pytest.raises(transfer.StorageError, match="already holds data"):
        transfer.move(shop_file, server_url)
    with pytest.raises(transfer.StorageError, match="already exists"):
        transfer.move(server_url, shop_file)


def _cli(*args, env_extra=None):
    import os
    import subprocess
    import sys

    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "dealerdesk", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_the_command_line_moves_backs_up_and_restores_a_server(shop_file, server_url, tmp_path):
    moved = _cli("move", "--db", str(shop_file), "--to", server_url)
    assert moved.returncode == 0, moved.stderr
    assert "row counts and ledger totals agree" in moved.stderr
    found = _cli("search", "138", "--db", server_url, "--json")
    assert found.returncode == 0, found.stderr
    made = _cli("backup", "--db", server_url, "--to", str(tmp_path / "bk"))
    assert made.returncode == 0, made.stderr
    backup_file = made.stdout.strip().splitlines()[-1]
    checked = _cli("check", "--db", backup_file)  # a backup opens like any DealerDesk file
    assert checked.returncode == 0, checked.stderr
    restored = _cli("restore", backup_file, "--db", server_url, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "60 customers" in restored.stdout


def test_the_password_may_come_from_pgpassword(shop_file, server_url):
    from urllib.parse import urlsplit

    parts = urlsplit(server_url)
    bare = parts._replace(netloc=f"{parts.username}@{parts.hostname}:{parts.port}").geturl()
    assert _cli("move", "--db", str(shop_file), "--to", bare,
                env_extra={"PGPASSWORD": parts.password}).returncode == 0
    wrong = _cli("search", "x", "--db", bare, env_extra={"PGPASSWORD": "wrong"})
    assert wrong.returncode != 0
    assert "refused the user name or password" in wrong.stderr


def test_backups_of_a_server_never_go_to_a_folder_named_after_its_address(data_dir):
    from pathlib import Path

    from dealerdesk import paths

    url = "postgresql://shop:secret@192.168.1.10:5432/dealerdesk"
    for given in (url, Path(url)):
        assert paths.backup_dir(given) == paths.data_dir() / "backups"


def test_a_backup_of_the_server_leaves_the_models_bound_to_the_open_database(
        shop_file, server_url, tmp_path, monkeypatch):
    """The window backs the server up on a worker thread while it works: the copy must not
    point the models elsewhere meanwhile (the window's writes would land in the backup)."""
    from dealerdesk.db.database import db
    from dealerdesk.db.models import Customer

    transfer.move(shop_file, server_url)
    seen = []
    copy = transfer._copy_table

    def watching(source, target, model):
        seen.append(Customer._meta.database)
        return copy(source, target, model)

    monkeypatch.setattr(transfer, "_copy_table", watching)
    transfer.server_to_file(server_url, tmp_path / "copy.db")
    assert seen and all(d is db for d in seen)


def test_a_restore_to_the_server_tells_the_other_pcs_to_reload_everything(shop_file, server_url):
    from dealerdesk.db import postgres_live
    from dealerdesk.domain.records import EVERY_KIND

    transfer.move(shop_file, server_url)
    listener = postgres_live.listen_for_changes(server_url)
    try:
        transfer.file_to_server(shop_file, server_url)
        assert EVERY_KIND in listener.wait(30)
    finally:
        listener.close()


def test_a_shop_moved_or_restored_to_the_server_has_the_planners_statistics(
        shop_file, server_url):
    """Without them the server guesses until autovacuum comes by: a plate search of 300 ms
    instead of one at 100,000 customers (benchmarks/bench_postgres.py)."""
    import psycopg

    def analysed():
        with psycopg.connect(server_url) as con:
            return con.execute("SELECT count(*) FROM pg_stats WHERE schemaname = "
                               "current_schema() AND tablename = 'vehicle'").fetchone()[0]

    transfer.move(shop_file, server_url)
    assert analysed() > 0
    transfer.file_to_server(shop_file, server_url)
    assert analysed() > 0


def test_the_programs_sessions_plan_for_a_database_in_memory_or_on_an_ssd(server_url, data_dir):
    from dealerdesk.db.api import scalar
    from dealerdesk.db.postgres_only import RANDOM_PAGE_COST
    from dealerdesk.services.store import close_store, open_store

    open_store(server_url, backup_dir=data_dir / "backups")
    try:
        assert float(scalar("SHOW random_page_cost")) == RANDOM_PAGE_COST < 2
    finally:
        close_store()


def test_text_without_case_is_matched_with_like_and_latin_text_ignores_case(
        server_url, data_dir):
    from dealerdesk.db.api import text_contains
    from dealerdesk.db.models import Customer as C
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.store import close_store, open_store

    open_store(server_url, backup_dir=data_dir / "backups")
    try:
        for name, phone in (("张怡兰", "13800000001"), ("Anna 李", "13800000002"),
                            ("王100%", "13800000003")):
            create_customer(CustomerInput(name=name, phone=phone))

        def found(text):
            query = C.select(C.name).where(text_contains(C.name, text))
            return query.sql()[0], sorted(r[0] for r in query.tuples())

        sql, names = found("怡兰")
        assert " LIKE " in sql and "ILIKE" not in sql and names == ["张怡兰"]
        sql, names = found("aNNA")
        assert "ILIKE" in sql and names == ["Anna 李"]
        assert found("0%")[1] == ["王100%"] and found("1_0")[1] == []
    finally:
        close_store()
