"""Follow-up figures at 100,000 customers / ~500,000 follow-ups, beside bare sqlite3.

    PYTHONPATH=. python benchmarks/bench_followups.py [--db PATH] [--runs N]

Builds the demo database once (about a minute) in /tmp and reuses it. Each figure is the
median of several runs of the service call; its baseline replays exactly the SQL that call
sent, through a bare sqlite3 connection to the same file, in the same run. Targets: the
due/overdue list for one salesperson under 50 ms, one year's funnel under 300 ms.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dealerdesk import clock

DEFAULT_DB = Path("/tmp/dealerdesk-bench/followups-100k.db")


class _Recorder(logging.Handler):
    """Collects the (sql, params) peewee sends while a call runs."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[tuple[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            self.statements.append(record.msg)


def _median_ms(call: Callable[[], Any], runs: int) -> float:
    call()  # warm the page cache and statement cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _statements(call: Callable[[], Any]) -> list[tuple[str, Any]]:
    recorder = _Recorder()
    logger = logging.getLogger("peewee")
    logger.addHandler(recorder)
    logger.setLevel(logging.DEBUG)
    try:
        call()
    finally:
        logger.removeHandler(recorder)
        logger.setLevel(logging.WARNING)
    return recorder.statements


def _replay(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    def run() -> None:
        for sql, params in statements:
            conn.execute(sql, tuple(params or ())).fetchall()
    return run


def _ensure_db(path: Path, customers: int) -> None:
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {customers} customers ...", flush=True)
    started = time.perf_counter()
    open_store(path, backup_dir=path.parent / "backups")
    fill_demo(customers=customers, seed=7, today=clock.today())
    close_store()
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    _ensure_db(args.db, args.customers)

    from dealerdesk.db.api import scalar
    from dealerdesk.domain.funnel import period_of
    from dealerdesk.services import followups, reports
    from dealerdesk.services.search import search
    from dealerdesk.services.store import open_store

    open_store(args.db, backup_dir=args.db.parent / "backups", check=False)
    today = clock.today()
    counts = (scalar("SELECT count(*) FROM customer"), scalar("SELECT count(*) FROM follow_up"))
    print(f"{args.db}: {counts[0]:,} customers, {counts[1]:,} follow-ups; today {today}")
    staff_id = int(scalar("SELECT id FROM staff ORDER BY id LIMIT 1"))
    year = period_of("year", today)
    cases: list[tuple[str, Callable[[], Any], float | None]] = [
        ("overdue list, one salesperson", lambda: followups.due_items(
            bucket="overdue", today=today, staff_id=staff_id), 50),
        ("due today, one salesperson", lambda: followups.due_items(
            bucket="today", today=today, staff_id=staff_id), 50),
        ("upcoming 7 days, one salesperson", lambda: followups.due_items(
            bucket="upcoming", today=today, staff_id=staff_id, days=7), 50),
        ("tab counts, one salesperson", lambda: followups.due_counts(
            today=today, staff_id=staff_id), 50),
        ("funnel, shop, one year", lambda: reports.funnel_report(period=year, today=today), 300),
        ("funnel, one salesperson, one year", lambda: reports.funnel_report(
            period=year, staff_id=staff_id, today=today), 300),
        ("search note '白色SUV'", lambda: search("白色SUV"), 50),
        ("search note '预算15万'", lambda: search("预算15万"), 50),
        ("search '王' (no note search)", lambda: search("王"), 50),
    ]
    conn = sqlite3.connect(args.db)
    print(f"{'what':38} {'rows':>6} {'service ms':>11} {'bare ms':>9} {'ratio':>6}  target")
    failed = False
    for name, call, target in cases:
        rows = call()
        size = len(rows) if isinstance(rows, list) else 1
        ms = _median_ms(call, args.runs)
        bare = _median_ms(_replay(conn, _statements(call)), args.runs)
        ok = target is None or ms <= target
        failed |= not ok
        print(f"{name:38} {size:>6} {ms:>11.1f} {bare:>9.1f} {ms / bare if bare else 0:>6.1f}"
              f"  {'<' if ok else '>'} {target} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
