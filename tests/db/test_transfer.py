"""Moving a shop into a new file: the copy carries everything the original has."""

import sqlite3

from dealerdesk.db import transfer


def _schema_objects(path):
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index') "
            "AND name NOT LIKE 'sqlite_autoindex%'").fetchall())
    finally:
        con.close()


def test_a_moved_file_has_every_trigger_and_index_of_the_original(tmp_path):
    """Row versions among them: without their triggers a form could save over another
    PC's change unseen."""
    from dealerdesk import clock
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    shop = tmp_path / "shop.db"
    open_store(shop, backup_dir=tmp_path / "backups")
    fill_demo(customers=20, seed=3, today=clock.today())
    close_store()
    copy = tmp_path / "copy.db"
    transfer.move(shop, copy)
    original = _schema_objects(shop)
    assert ("trigger", "customer_version") in original
    assert _schema_objects(copy) == original
