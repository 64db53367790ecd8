"""Reminders for 30 days on 100,000 customers, beside bare sqlite3 running the same queries.

    PYTHONPATH=. python benchmarks/bench_reminders.py [--customers 100000] [--db PATH] [--plans]

Builds (once) the demo database (the demo command's generator, dated 2026-11-26: vehicles,
follow-ups, after-sale revisits), adds membership cards, manual reminders and user
answers, then times list_reminders() for 30 days, each kind alone, the Today screen's
calls for one salesperson and for the whole shop. The baseline runs the very SQL the
services sent (captured from the run, with its parameters) on a bare sqlite3 connection
and fetches every row: the floor for the same work. Prints medians and ratios; --plans
prints each query's EXPLAIN QUERY PLAN. The database is DEALERDESK_BENCH_DB, --db, or a
file in the temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = dt.date(2026, 11, 26)
RUNS = 9


def build(path: Path, customers: int) -> dict[str, int]:
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    open_store(path, backup_dir=path.parent / "bench-backups")
    counts = fill_demo(customers=customers, seed=7, today=TODAY)
    close_store()
    con = sqlite3.connect(path)
    rng = random.Random(3)
    day = lambda a, b: (TODAY + dt.timedelta(days=rng.randint(a, b))).isoformat()  # noqa: E731
    with con:
        con.execute("INSERT INTO membership_level (name) VALUES ('金卡')")
        con.executemany(
            "INSERT INTO membership_card (card_no, customer_id, level_id, issued_on, expires_on,"
            " status, created_at) VALUES (?,?,1,?,?,'active',?)",
            [(f"BENCH{i:07d}", rng.randint(1, customers), day(-700, -1), day(-60, 700),
              "2026-01-01 00:00:00") for i in range(customers // 50)])
        con.executemany(
            "INSERT INTO manual_reminder (customer_id, due_on, text, created_at) VALUES (?,?,?,?)",
            [(rng.randint(1, customers), day(-30, 120), "回访", "2026-01-01 00:00:00")
             for _ in range(customers // 200)])
    add_answers(con, customers)
    con.close()
    return counts


def add_answers(con: sqlite3.Connection, customers: int) -> None:
    """Answers of the past 400 days: occurrences done, or snoozed for a few days."""
    rng = random.Random(5)
    rows = []
    for _ in range(customers // 5):
        due = TODAY + dt.timedelta(days=rng.randint(-400, 30))
        snoozed = rng.random() < 0.3
        until = due + dt.timedelta(days=rng.randint(1, 7)) if snoozed else None
        rows.append((rng.choice(["birthday", "followup", "not_contacted", "compulsory_insurance"]),
                     rng.randint(1, customers), due.isoformat(),
                     "snoozed" if snoozed else "done", until and until.isoformat(),
                     f"{due.isoformat()} 10:00:00"))
    with con:
        con.executemany(
            "INSERT INTO reminder_answer (kind, customer_id, occurrence, action, snoozed_until, at)"
            " VALUES (?,?,?,?,?,?)", rows)


def capture() -> list[tuple[str, list[Any]]]:
    """Run list_reminders once and keep the SQL and parameters each query sent."""
    from dealerdesk.services import reminder_sources, reminders

    sent: list[tuple[str, list[Any]]] = []
    originals = {(m, name): getattr(m, name) for m in (reminder_sources, reminders)
                 for name in ("raw_rows", "fetch_all")}

    def spy_query(query: Any) -> list[tuple[Any, ...]]:
        sql, params = query.sql()
        sent.append((sql, [_plain(p) for p in params]))
        return originals[reminder_sources, "raw_rows"](query)

    def spy_sql(sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        sent.append((sql, [_plain(p) for p in params]))
        return originals[reminder_sources, "fetch_all"](sql, params)

    for m, name in originals:
        setattr(m, name, spy_query if name == "raw_rows" else spy_sql)
    try:
        reminders.list_reminders(today=TODAY, days=30)
    finally:
        for (m, name), original in originals.items():
            setattr(m, name, original)
    return sent


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    return value.isoformat() if isinstance(value, dt.date) else value


def baseline(con: sqlite3.Connection, queries: list[tuple[str, list[Any]]]) -> int:
    return sum(len(con.execute(sql, params).fetchall()) for sql, params in queries)


def timed(func, runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def interleaved(first: Any, second: Any, runs: int = RUNS) -> tuple[float, Any, float, Any]:
    """Medians of two functions run in turn, so that a busy machine slows both alike."""
    a, b = [], []
    one = two = None
    for _ in range(runs):
        started = time.perf_counter()
        one = first()
        a.append(time.perf_counter() - started)
        started = time.perf_counter()
        two = second()
        b.append(time.perf_counter() - started)
    return statistics.median(a) * 1000, one, statistics.median(b) * 1000, two


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN")
    parser.add_argument("--no-screen", action="store_true", help="skip the Today screen")
    args = parser.parse_args(argv)
    env = os.environ.get("DEALERDESK_BENCH_DB")
    path = args.db or (Path(env) if env else
                       Path(tempfile.gettempdir()) / f"bench-reminders-{args.customers}.db")
    if not path.exists():
        started = time.perf_counter()
        counts = build(path, args.customers)
        print(f"built {path} in {time.perf_counter() - started:.1f} s: {counts}")
    from dealerdesk.services import reminders
    from dealerdesk.services.store import close_store, open_store

    open_store(path, backup_dir=path.parent / "bench-backups", check=False)
    queries = capture()
    con = sqlite3.connect(path)
    base_ms, base_rows, ms, found = interleaved(
        lambda: baseline(con, queries), lambda: reminders.list_reminders(today=TODAY, days=30))
    print(f"customers: {args.customers:,}   sqlite {sqlite3.sqlite_version}   median of {RUNS}")
    print(f"bare sqlite3, same {len(queries)} queries: {base_ms:8.1f} ms  ({base_rows:,} rows)")
    print(f"list_reminders(days=30):      {ms:8.1f} ms  ({len(found):,} reminders)"
          f"  x{ms / base_ms:.2f} of bare")
    counts = reminders.count_by_kind(found, TODAY)
    print(f"  {'kind':<22} {'alone':>9} {'in 30 days':>11} {'overdue':>8}")
    for code in reminders.rules.KINDS:
        kind_ms, some = timed(lambda c=code: reminders.list_reminders(today=TODAY, kinds=[c]), 5)
        c = counts[code]
        print(f"  {code:<22} {kind_ms:6.1f} ms {len(some):>11,} {c.overdue:>8,}")
    mine_ms, mine = timed(lambda: reminders.todays_calls(today=TODAY, owner_id=1))
    shop_ms, shop = timed(lambda: reminders.todays_calls(today=TODAY))
    print(f"todays_calls(one salesperson):  {mine_ms:8.1f} ms  ({len(mine):,} calls)")
    print(f"todays_calls(whole shop):       {shop_ms:8.1f} ms  ({len(shop):,} calls)")
    if args.plans:
        for sql, params in queries:
            print(sql[:110] + " ...")
            for row in con.execute("EXPLAIN QUERY PLAN " + sql, params):
                print("    " + row[-1])
    con.close()
    if not args.no_screen:
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
