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


def test_printing_cards_from_the_command_line_is_recorded(tmp_path, capsys):
    from dealerdesk.db.models import MembershipCard, MembershipLevel
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.store import close_store, open_store

    db = tmp_path / "shop.db"
    open_store(db, backup_dir=tmp_path / "backups")
    level = MembershipLevel.create(name="金卡", colour="#d4a017")
    for number, name, phone in (("VIP0001", "王建国", "13812345678"),
                                ("VIP0002", "钱七", "13987654321")):
        cid, _ = create_customer(CustomerInput(name=name, phone=phone),
                                 today=dt.date(2026, 11, 26))
        MembershipCard.create(card_no=number, customer=cid, level=level,
                              issued_on=dt.date(2026, 1, 1), expires_on=dt.date(2027, 1, 1))
    close_store()
    assert main(["print", "card", "VIP0001", "VIP0002", str(tmp_path / "sheet.pdf"),
                 "--db", str(db), "--operator", "会计小周"]) == 0
    capsys.readouterr()
    con = sqlite3.connect(db)
    rows = con.execute("SELECT a.operator, a.via, a.table_name, a.rows, c.name, a.changes "
                       "FROM audit_log a JOIN customer c ON c.id = a.customer_id "
                       "WHERE a.action = 'print' ORDER BY a.id").fetchall()
    con.close()
    assert rows == [("会计小周", "cli", "card", 1, "王建国", '{"card_no": "VIP0001"}'),
                    ("会计小周", "cli", "card", 1, "钱七", '{"card_no": "VIP0002"}')]
