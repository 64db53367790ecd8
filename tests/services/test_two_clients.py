"""Two PCs on one database: processes of their own spending from one card at once never
take the balance below zero (the card is locked while each spends). Runs on the file and,
with DEALERDESK_TEST_BACKEND=postgresql, on the server.

Each spending process meets the other inside its transaction, just after it has read the
balance: without the card's lock both would read the same balance there and both spend it.
With the lock the second waits at the card until the first has written, the meeting never
happens, and the first goes on alone after a short wait.
"""

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
    import datetime as dt, json, sys, time
    from pathlib import Path
    from dealerdesk import clock
    from dealerdesk.domain.errors import ValidationFailed
    from dealerdesk.services import membership as m
    from dealerdesk.services import membership_money
    from dealerdesk.services.store import open_store, set_operator
    location, card_id, me, meet = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    amount, times = int(sys.argv[5]), int(sys.argv[6])
    read_balance = membership_money.balances

    def balance_then_meet(card, package=None):
        # Inside the spending transaction, the balance just read: wait (a little) for the
        # other process to reach the same point.
        found = read_balance(card, package)
        (meet / me).touch()
        deadline = time.monotonic() + 1.5
        while len(list(meet.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        return found

    membership_money.balances = balance_then_meet
    where = location if location.startswith("postgresql") else Path(location)
    with clock.use_clock(clock.fixed_at(dt.datetime(2026, 11, 26, 15, 0))):
        open_store(where, backup_dir=Path(sys.argv[7]))
        set_operator("pc" + me)
        done = refused = 0
        for _ in range(times):
            try:
                m.spend(card_id=card_id, amount_cents=amount, staff_id=None,
                        today=dt.date(2026, 11, 26))
                done += 1
            except ValidationFailed:
                refused += 1
    print(json.dumps([done, refused]))
""")


def _card_with(balance_cents, staff, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    gold = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = m.issue_card(customer_id=cid, level_id=gold, staff_id=staff.id, today=today,
                           now=dt.datetime(2026, 11, 26, 14, 0))
    m.top_up(card_id=done.card.id, amount_cents=balance_cents, staff_id=staff.id, today=today)
    return done.card.id


def _spend_from_two_processes(store, card_id, tmp_path, *, amount, times):
    meet = tmp_path / "meet"
    meet.mkdir()
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    procs = [subprocess.Popen([sys.executable, "-c", SPENDER, str(store), str(card_id), str(i),
                               str(meet), str(amount), str(times), str(tmp_path / f"bk{i}")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for i in range(2)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _reopen(store, tmp_path):
    from dealerdesk.services.store import open_store

    open_store(store, backup_dir=tmp_path / "bk")


def _running_balances(card_id):
    """The card's balance after each ledger entry, in the order they were written."""
    from dealerdesk.db.models import LedgerEntry

    total, seen = 0, []
    for (amount,) in (LedgerEntry.select(LedgerEntry.amount_cents)
                      .where(LedgerEntry.card == card_id).order_by(LedgerEntry.id).tuples()):
        total += amount
        seen.append(total)
    return seen


def test_two_processes_that_read_one_balance_at_once_cannot_both_spend_it(
        store, staff, today, tmp_path):
    card_id = _card_with(10_000, staff, today)
    close_store()
    results = _spend_from_two_processes(store, card_id, tmp_path, amount=7_000, times=1)
    assert sorted(results) == [[0, 1], [1, 0]]  # one paid 70 yuan, the other was refused
    _reopen(store, tmp_path)
    running = _running_balances(card_id)
    assert running[-1] == 3_000 and min(running) >= 0


def test_two_processes_spending_from_one_card_never_go_below_zero(store, staff, today,
                                                                  tmp_path):
    card_id = _card_with(10_000, staff, today)
    close_store()
    results = _spend_from_two_processes(store, card_id, tmp_path, amount=700, times=8)
    assert sum(r[0] for r in results) == 14  # 100 yuan pays 14 purchases of 7 yuan
    assert sum(r[1] for r in results) == 2
    _reopen(store, tmp_path)
    from dealerdesk.services.membership_ledger import balances

    assert balances(card_id).balance_cents == 10_000 - 14 * 700
    assert min(_running_balances(card_id)) >= 0
