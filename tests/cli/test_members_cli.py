"""The members commands: list, ledger, day summary and verify on a real file."""

from __future__ import annotations

import json

from dealerdesk import clock
from dealerdesk.cli import main


def test_members_commands(data_dir, capsys):
    db = data_dir / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "20"]) == 0
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services import membership as m
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.membership_setup import list_levels
    from dealerdesk.services.store import close_store, open_store

    today = clock.today()
    open_store(db, backup_dir=data_dir / "b")
    cid, _ = create_customer(CustomerInput(name="赵六", phone="13600001234"), today=today)
    done, _ = m.issue_card(customer_id=cid, level_id=list_levels()[1].id, staff_id=None,
                           today=today)
    m.top_up(card_id=done.card.id, amount_cents=12345, staff_id=None, today=today)
    close_store()
    capsys.readouterr()
    assert main(["members", "list", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["balance_cents"] == 12345
    assert main(["members", "ledger", "--db", str(db), done.card.card_no.lower()]) == 0
    assert "top_up" in capsys.readouterr().out
    assert main(["members", "day", "--db", str(db)]) == 0
    assert "top-ups ¥123.45" in capsys.readouterr().out
    assert main(["members", "verify", "--db", str(db)]) == 0
    assert main(["members", "ledger", "--db", str(db), "NOPE1"]) == 1
    assert "no card NOPE1" in capsys.readouterr().err
