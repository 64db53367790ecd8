"""The command line acts as the owner and marks what it does as from the command line."""

import datetime as dt
import sqlite3

import pytest

from dealerdesk.cli import main


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


def test_cli_entries_carry_the_operator_and_the_command_line_mark(tmp_path, capsys):
    from dealerdesk.services import signin
    from dealerdesk.services.staff import add_staff
    from dealerdesk.services.store import close_store, open_store

    db = tmp_path / "shop.db"
    open_store(db, backup_dir=tmp_path / "backups")
    boss, _ = add_staff(name="王经理")
    signin.set_pin(staff_id=boss.id, new_pin="2468", now=dt.datetime(2026, 11, 26, 14))
    close_store()
    # a secured shop: the command line still acts as the owner
    assert main(["export", "customers", str(tmp_path / "all.xlsx"), "--db", str(db),
                 "--operator", "会计小周"]) == 0
    capsys.readouterr()
    con = sqlite3.connect(db)
    row = con.execute("SELECT operator, via, action, table_name, rows FROM audit_log "
                      "WHERE action = 'export'").fetchone()
    con.close()
    assert row == ("会计小周", "cli", "export", "customers", 0)
