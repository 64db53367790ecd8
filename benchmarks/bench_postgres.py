"""The 100,000-customer demo on the shop's PostgreSQL server, beside bare psycopg.

    eval "$(tools/pg_test_cluster.sh start)"
    python benchmarks/bench_postgres.py [--db DEMO.db] [--server postgresql://...]

The demo file (benchmarks/common.py) is moved to the server (an empty database; the
server of DEALERDESK_TEST_PG by default) once, then DealerDesk's search, 30-day reminders
and the customer table's first page are timed beside the same queries sent with bare
psycopg on a connection of its own. Targets (issue #16): search under 50 ms, reminders
under 300 ms, first page under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from common import DEFAULT_DB, demo_db, report, timed

from dealerdesk import clock


def _server_ready(url: str, path: Path) -> None:
    """Move the demo file to the server unless it already holds DealerDesk's tables."""
    import psycopg

    with psycopg.connect(url) as con:
        found = con.execute("SELECT to_regclass('customer') IS NOT NULL").fetchone()[0]
    if not found:
        from dealerdesk.db import transfer

        print(f"moving {path} to the server ...", flush=True)
        transfer.move(path, url)


def _captured(run: Any, modules: list[Any]) -> list[tuple[str, list[Any]]]:
    """Run `run()` once, keeping the SQL and parameters it sent through the api helpers."""
    sent: list[tuple[str, list[Any]]] = []
    originals = {(m, n): getattr(m, n) for m in modules for n in ("raw_rows", "fetch_all")
                 if hasattr(m, n)}

    def spy_query(query: Any, _orig: Any = None) -> list[tuple[Any, ...]]:
        sql, params = query.sql()
        sent.append((sql, list(params)))
        return originals[next(k for k in originals if k[1] == "raw_rows")](query)

    def spy_sql(sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        sent.append((sql, list(params)))
        return originals[next(k for k in originals if k[1] == "fetch_all")](sql, params)

    for m, n in originals:
        setattr(m, n, spy_query if n == "raw_rows" else spy_sql)
    try:
        run()
    finally:
        for (m, n), original in originals.items():
            setattr(m, n, original)
    return sent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--server", default=os.environ.get("DEALERDESK_TEST_PG", ""))
    args = parser.parse_args()
    if not args.server:
        sys.exit("no server: pass --server postgresql://... or start tools/pg_test_cluster.sh")
    import psycopg

    from dealerdesk.db.postgres_only import _adapt, _has_question_marks, _translate
    from dealerdesk.domain.records import CustomerFilter
    from dealerdesk.services import reminder_sources, reminders
    from dealerdesk.services.customers import fetch_rows, query_customer_ids
    from dealerdesk.services.search import search
    from dealerdesk.services.store import open_store

    path = demo_db(path=args.db)
    _server_ready(args.server, path)
    open_store(args.server, backup_dir=path.parent / "bench-backups", now=clock.now())
    raw = psycopg.connect(args.server, autocommit=True)
    _adapt(raw)  # the same value conversions as DealerDesk's connection (1/0 for true/false)

    def bare(sql: str, *params: object) -> list[tuple]:
        return raw.execute(sql, params).fetchall()

    def resend(queries: list[tuple[str, list[Any]]]) -> int:
        return sum(len(raw.execute(
            _translate(sql) if _has_question_marks(sql) else sql, params).fetchall())
                   for sql, params in queries)

    def two_step(ids_sql: str, *params: object) -> list[tuple]:
        ids = [r[0] for r in bare(ids_sql + " LIMIT 60", *params)]
        return bare("SELECT name_pinyin, id, name, phone FROM customer "
                    "WHERE id = ANY(%s) AND deleted_at IS NULL", ids)

    name_part = bare("SELECT substr(name, 2, 2) FROM customer WHERE length(name) = 3 "
                     "LIMIT 1")[0][0]
    phone_part = bare("SELECT substr(phone, 5, 5) FROM customer LIMIT 1 OFFSET 500")[0][0]
    plate_part = bare("SELECT substr(plate_key, 2, 4) FROM vehicle LIMIT 1 OFFSET 700")[0][0]
    rows = [
        (f"search name part {name_part!r}", timed(lambda: search(name_part)),
         timed(lambda: two_step("SELECT id FROM customer WHERE name LIKE %s",
                                f"%{name_part}%"))),
        ("search pinyin initials 'zw'", timed(lambda: search("zw")),
         timed(lambda: two_step("SELECT id FROM customer WHERE (name_initials >= %s AND "
                                "name_initials < %s) OR (name_pinyin >= %s AND "
                                "name_pinyin < %s)", "zw", "zw\uffff", "zw", "zw\uffff"))),
        (f"search phone digits {phone_part!r}", timed(lambda: search(phone_part)),
         timed(lambda: two_step("SELECT id FROM customer WHERE (phone || ' ' || phone2) "
                                "LIKE %s", f"%{phone_part}%"))),
        (f"search plate {plate_part!r}", timed(lambda: search(plate_part.lower())),
         timed(lambda: two_step("SELECT customer_id FROM vehicle WHERE plate_key LIKE %s",
                                f"%{plate_part}%"))),
    ]
    today = clock.today()
    queries = _captured(lambda: reminders.list_reminders(today=today, days=30),
                        [reminder_sources, reminders])
    remind = [("reminders for 30 days", timed(
        lambda: reminders.list_reminders(today=today, days=30), repeat=5),
        timed(lambda: resend(queries), repeat=5))]
    flt = CustomerFilter()
    page = [("customer table: all ids + first page of 100",
             timed(lambda: fetch_rows(query_customer_ids(flt)[:100]), repeat=7),
             timed(lambda: bare(
                 "SELECT c.id, c.name, c.phone, c.level, c.status, s.name FROM customer c "
                 "LEFT JOIN staff s ON s.id = c.owner_id WHERE c.id = ANY(%s)",
                 [r[0] for r in bare("SELECT id FROM customer WHERE deleted_at IS NULL "
                                     "ORDER BY created_at DESC, id DESC")][:100]), repeat=7))]
    count = bare("SELECT count(*) FROM customer")[0][0]
    print(f"{count:,} customers on {args.server.split('@')[-1]} (baseline: bare psycopg)")
    report(rows, target_ms=50)
    report(remind, target_ms=300)
    report(page, target_ms=100)


if __name__ == "__main__":
    main()
