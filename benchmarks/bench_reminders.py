"""Reminders for 30 days on 100,000 customers, beside bare sqlite3 running the same queries.

    PYTHONPATH=. python benchmarks/bench_reminders.py [--customers 100000] [--db PATH]

Builds (once) a demo database with vehicles and follow-ups, adds revisits, membership
cards, manual reminders and user answers, then times list_reminders() for 30 days, the
Today screen's calls for one salesperson and for the whole shop, and the bare-sqlite3
baseline of the underlying queries in the same run. Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 26)
RUNS = 7


def build(path: Path, customers: int) -> None:
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    open_store(path, backup_dir=path.parent / "bench-backups")
    fill_demo(customers=customers, seed=7, today=TODAY)
    close_store()
    con = sqlite3.connect(path)
    rng = random.Random(3)
    day = lambda a, b: (TODAY + dt.timedelta(days=rng.randint(a, b))).isoformat()  # noqa: E731
    with con:
        con.execute("INSERT INTO membership_level (name) VALUES ('金卡')")
        con.executemany("INSERT INTO revisit (customer_id, due_on, label) VALUES (?,?,?)",
                        [(rng.randint(1, customers), day(-60, 90), "1 month") for _ in
                         range(customers // 10)])
        con.executemany(
            "INSERT INTO membership_card (card_no, customer_id, level_id, issued_on, expires_on,"
            " status, created_at) VALUES (?,?,1,?,?,'active',?)",
            [(f"VIP{i:07d}", rng.randint(1, customers), day(-700, -1), day(-60, 700),
              "2026-01-01 00:00:00") for i in range(customers // 20)])
        con.executemany(
            "INSERT INTO manual_reminder (customer_id, due_on, text, created_at) VALUES (?,?,?,?)",
            [(rng.randint(1, customers), day(-30, 120), "回访", "2026-01-01 00:00:00")
             for _ in range(customers // 50)])
        con.executemany(
            "INSERT INTO reminder_answer (kind, customer_id, occurrence, action, snoozed_until, at)"
            " VALUES (?,?,?,?,?,?)",
            [(rng.choice(["birthday", "followup", "not_contacted"]), rng.randint(1, customers),
              day(-400, 30), rng.choice(["done", "done", "snoozed"]), day(1, 10),
              "2026-01-01 00:00:00") for _ in range(customers // 5)])
    con.close()


BASELINE = [
    # the same rows the services read, written by hand for sqlite3
    "SELECT v.id, v.customer_id, c.name, c.phone, c.owner_id, v.brand, v.model, v.year, v.plate, "
    "v.{field} FROM vehicle v JOIN customer c ON c.id = v.customer_id WHERE v.{field} BETWEEN "
    "'{start}' AND '{end}' AND v.relation != 'traded_in' AND (v.disposed_on IS NULL OR "
    "v.disposed_on > '{today}') AND c.deleted_at IS NULL",
    "SELECT id, name, phone, owner_id, birthday, birthday_md FROM customer WHERE (birthday_md "
    "BETWEEN 1119 AND 1231) AND NOT (lunar_birthday = 1 AND lunar_month IS NOT NULL AND "
    "lunar_day IS NOT NULL) AND deleted_at IS NULL",
    "SELECT id, name, phone, owner_id, lunar_month, lunar_day, lunar_leap FROM customer WHERE "
    "lunar_birthday = 1 AND lunar_month IS NOT NULL AND lunar_day IS NOT NULL AND lunar_month IN "
    "(9, 10, 11) AND deleted_at IS NULL",
    "SELECT id, name, phone, owner_id, next_followup_on FROM customer WHERE next_followup_on <= "
    "'{end}' AND deleted_at IS NULL",
    "SELECT r.id, r.customer_id, c.name, c.phone, c.owner_id, r.due_on, r.label FROM revisit r "
    "JOIN customer c ON c.id = r.customer_id WHERE r.done_at IS NULL AND r.due_on BETWEEN "
    "'{m30}' AND '{end}' AND c.deleted_at IS NULL",
    "SELECT m.id, m.customer_id, c.name, c.phone, c.owner_id, m.card_no, m.expires_on FROM "
    "membership_card m JOIN customer c ON c.id = m.customer_id WHERE m.status = 'active' AND "
    "m.expires_on BETWEEN '{m30}' AND '{end}' AND c.deleted_at IS NULL",
    "SELECT m.id, m.customer_id, c.name, c.phone, c.owner_id, m.due_on, m.text FROM "
    "manual_reminder m JOIN customer c ON c.id = m.customer_id WHERE m.due_on <= '{end}' AND "
    "c.deleted_at IS NULL",
    "SELECT id, name, phone, owner_id, level, status, last_followup_at, created_at FROM customer "
    "WHERE status IN ('lead','following','visited','customer') AND last_followup_at <= "
    "'{contact} 23:59:59' AND deleted_at IS NULL",
    "SELECT id, name, phone, owner_id, level, status, last_followup_at, created_at FROM customer "
    "WHERE status IN ('lead','following','visited','customer') AND last_followup_at IS NULL AND "
    "created_at <= '{contact} 23:59:59' AND deleted_at IS NULL",
    "SELECT kind, customer_id, vehicle_id, occurrence, action, snoozed_until FROM reminder_answer",
]
FIELDS = ["compulsory_ins_expiry", "commercial_ins_expiry", "inspection_due",
          "next_maintenance_on", "warranty_expiry"]


def baseline(path: Path) -> int:
    con = sqlite3.connect(path)
    values = dict(today=TODAY, end=TODAY + dt.timedelta(days=30),
                  start=TODAY - dt.timedelta(days=30), m30=TODAY - dt.timedelta(days=30),
                  contact=TODAY - dt.timedelta(days=3))
    rows = 0
    for sql in BASELINE:
        for field in FIELDS if "{field}" in sql else [""]:
            rows += len(con.execute(sql.format(field=field, **values)).fetchall())
    con.close()
    return rows


def timed(func, runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    path = args.db or Path(tempfile.gettempdir()) / f"bench-reminders-{args.customers}.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.customers)
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    from dealerdesk.services import reminders
    from dealerdesk.services.store import close_store, open_store

    open_store(path, backup_dir=path.parent / "bench-backups", check=False)
    base_ms, base_rows = timed(lambda: baseline(path))
    ms, found = timed(lambda: reminders.list_reminders(today=TODAY, days=30))
    print(f"customers: {args.customers:,}   sqlite {sqlite3.sqlite_version}   median of {RUNS}")
    print(f"bare sqlite3, same queries:     {base_ms:8.1f} ms  ({base_rows:,} rows)")
    print(f"list_reminders(days=30):        {ms:8.1f} ms  ({len(found):,} reminders)"
          f"  x{ms / base_ms:.1f} of bare")
    for code in reminders.rules.KINDS:
        kind_ms, some = timed(lambda c=code: reminders.list_reminders(today=TODAY, kinds=[c]), 3)
        print(f"  {code:<22} {kind_ms:8.1f} ms  ({len(some):,})")
    mine_ms, mine = timed(lambda: reminders.todays_calls(today=TODAY, owner_id=1))
    shop_ms, shop = timed(lambda: reminders.todays_calls(today=TODAY))
    print(f"todays_calls(one salesperson):  {mine_ms:8.1f} ms  ({len(mine):,} calls)")
    print(f"todays_calls(whole shop):       {shop_ms:8.1f} ms  ({len(shop):,} calls)")
    today_screen(path)
    close_store()
    return 0


def today_screen(path: Path) -> None:
    """How long the Today screen holds up start-up: it reads its list off the GUI thread."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dealerdesk.services.staff import list_staff
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext
    from dealerdesk.ui.today.screen import TodayScreen

    app = QApplication.instance() or QApplication([])
    staff = next(s for s in list_staff() if s.id == 1)
    ctx = UiContext(signals=AppSignals(), db_path=path, operator=staff, clock=lambda: TODAY)
    started = time.perf_counter()
    screen = TodayScreen(ctx)
    screen.resize(1200, 700)
    app.processEvents()
    shown = (time.perf_counter() - started) * 1000
    while screen.loader.busy:
        app.processEvents()
        time.sleep(0.005)
    loaded = (time.perf_counter() - started) * 1000
    print(f"Today screen: built and painted in {shown:.1f} ms (GUI thread); its "
          f"{screen.model.rowCount():,} calls arrived after {loaded:.0f} ms (worker thread)")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
