"""Two PCs on one database: processes of their own spending from one card at once never
take the balance below zero (the card is locked while each spends). Runs on the file and,
with DEALERDESK_TEST_BACKEND=postgresql, on the server."""

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap

from dealerdesk.domain.records import CustomerInput
from dealerdesk.services import membership as m
from dealerdesk.services import membership_setup as setup
from dealerdesk.services.customers import create_customer
from dealerdesk.services.store import close_store

SPENDER = textwrap.dedent("""
    import datetime as dt, json, sys
    from dealerdesk import clock
    from dealerdesk.domain.errors import ValidationFailed
    from dealerdesk.services import membership as m
    from dealerdesk.services.store import open_store, set_operator
    from pathlib import Path
    location, card_id, times = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    where = location if location.startswith("postgresql") else Path(location)
    with clock.use_clock(clock.fixed_at(dt.datetime(2026, 11, 26, 15, 0))):
        open_store(where, backup_dir=Path(sys.argv[4]))
        set_operator("pc")
        done = refused = 0
        for _ in range(times):
            try:
                m.spend(card_id=card_id, amount_cents=700, staff_id=None,
                        today=dt.date(2026, 11, 26))
                done += 1
            except ValidationFailed:
                refused += 1
    print(json.dumps([done, refused]))
""")


def test_two_processes_spending_from_one_card_never_go_below_zero(store, staff, today,
                                                                  tmp_path):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    gold = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = m.issue_card(customer_id=cid, level_id=gold, staff_id=staff.id, today=today,
                           now=dt.datetime(2026, 11, 26, 14, 0))
    card_id = done.card.id
    m.top_up(card_id=card_id, amount_cents=10_000, staff_id=staff.id, today=today)
    close_store()
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    procs = [subprocess.Popen([sys.executable, "-c", SPENDER, str(store), str(card_id), "25",
                               str(tmp_path / f"bk{i}")], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for i in range(2)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    spent = sum(r[0] for r in results)
    assert spent == 14  # 100 yuan pays 14 purchases of 7 yuan, whoever made them
    assert sum(r[1] for r in results) == 36
    from dealerdesk.services.store import open_store

    open_store(store, backup_dir=tmp_path / "bk")
    from dealerdesk.services.membership_ledger import balances

    assert balances(card_id).balance_cents == 10_000 - 14 * 700
