"""The value and pool reports on a 100,000-customer shop, beside bare-SQL aggregates.

    PYTHONPATH=. python benchmarks/bench_value.py [--db PATH] [--customers 100000]

Uses the demo database given with --db (or DEALERDESK_BENCH_DB), else builds one with the
demo generator (dated 2026-11-26) in the temporary folder. Times, as medians of a few runs:
- customer_values() (every live customer's R/F/M, scores, tier, remaining value) and
  tier_report(), pool_report(36 months), source_report(12 months), replacement_due(),
  trend_report(12 months), score_limits() and one customer's tier_change(), as the screens
  call them;
- the same statements run on a bare sqlite3 connection (the floor for that SQL);
- bare aggregates of the same data: money and last purchase per customer from deals,
  visits and card spending (one GROUP BY, no scores), and first purchases per month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

AS_OF = dt.date(2026, 11, 26)
RUNS = 5

BARE_PER_CUSTOMER = """
SELECT customer_id, MAX(day), SUM(cents) FROM (
  SELECT customer_id, deal_on AS day, deal_price_cents AS cents FROM vehicle
   WHERE deal_on IS NOT NULL
  UNION ALL SELECT customer_id, visited_on, amount_cents FROM service_visit
  UNION ALL SELECT c.customer_id, date(e.at), e.paid_cents - e.amount_cents
    FROM ledger_entry e JOIN membership_card c ON c.id = e.card_id WHERE e.kind = 'spend')
GROUP BY customer_id
"""
BARE_FIRST_BY_MONTH = """
SELECT substr(first, 1, 7), COUNT(*) FROM (
  SELECT customer_id, MIN(day) AS first FROM (
    SELECT customer_id, deal_on AS day FROM vehicle WHERE deal_on IS NOT NULL
    UNION ALL SELECT customer_id, visited_on FROM service_visit)
  GROUP BY customer_id) GROUP BY 1
"""


def median(call: Callable[[], Any]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def database(args: argparse.Namespace) -> Path:
    path = Path(args.db or os.environ.get("DEALERDESK_BENCH_DB") or
                Path(tempfile.gettempdir()) / f"dealerdesk-bench-value-{args.customers}.db")
    if not path.exists():
        from dealerdesk.services.demo import fill_demo
        from dealerdesk.services.store import close_store, open_store

        print(f"building {path} ...", flush=True)
        open_store(path, backup_dir=path.parent / "bench-backups")
        fill_demo(customers=args.customers, seed=7, today=AS_OF)
        close_store()
    return path


def captured(path: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, SQL, parameters) of every statement the services send, from one run."""
    from dealerdesk.db import sqlite_value

    sent: list[tuple[str, str, dict[str, Any]]] = []
    real = sqlite_value.run

    def spy(database: Any, name: str, params: Any) -> Any:
        sent.append((name, sqlite_value.STATEMENTS[name], dict(params)))
        return real(database, name, params)

    sqlite_value.run = spy  # type: ignore[assignment]
    try:
        service_calls()
    finally:
        sqlite_value.run = real  # type: ignore[assignment]
    return sent


def service_calls() -> dict[str, Callable[[], Any]]:
    from dealerdesk.services import value

    calls = {
        "value (every customer)": lambda: value.customer_values(as_of=AS_OF),
        "tiers": lambda: value.tier_report(as_of=AS_OF),
        "pool, 36 months": lambda: value.pool_report(as_of=AS_OF, months=36),
        "sources, 12 months": lambda: value.source_report(
            start=dt.date(2025, 11, 27), end=dt.date(2026, 11, 27)),
        "replacement window, 90 days": lambda: value.replacement_due(as_of=AS_OF, days=90),
        "trends, 12 months": lambda: value.trend_report(as_of=AS_OF, months=12),
        "score thresholds": lambda: value.score_limits(as_of=AS_OF),
        "tier moves, 12 months": lambda: value.tier_moves(as_of=AS_OF, months=12),
    }
    limits = value.score_limits(as_of=AS_OF)
    buyer = value.customer_values(as_of=AS_OF)[-1].customer_id
    calls["tier change, one customer"] = lambda: value.tier_change(
        buyer, as_of=AS_OF, limits=limits)
    for call in calls.values():
        call()
    return calls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    path = database(args)
    from dealerdesk.services.store import close_store, open_store

    open_store(path, backup_dir=path.parent / "bench-backups")
    con = sqlite3.connect(path)
    customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
    visits = con.execute("SELECT count(*) FROM service_visit").fetchone()[0]
    print(f"{path}: {customers:,} customers, {visits:,} service visits; medians of {RUNS} runs")
    for label, call in service_calls().items():
        print(f"  {label:<28} service {median(call):6.3f} s")
    for name, sql, params in captured(path):
        used = {k: params[k] for k in set(re.findall(r":(\w+)", sql))}
        took = median(lambda s=sql, p=used: con.execute(s, p).fetchall())
        print(f"  bare sqlite3, statement {name:<17} {took:6.3f} s")
    print(f"  bare aggregate per customer (no scores)   "
          f"{median(lambda: con.execute(BARE_PER_CUSTOMER).fetchall()):6.3f} s")
    print(f"  bare first purchases per month            "
          f"{median(lambda: con.execute(BARE_FIRST_BY_MONTH).fetchall()):6.3f} s")
    con.close()
    close_store()


if __name__ == "__main__":
    main()
