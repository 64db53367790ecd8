"""Demo service visits: cars that come back for maintenance with rising mileage, a repair
or detailing now and then, insurance renewed here, and customers who drift away.

Generated from the demo's cars in one pass and written with executemany, so that the
100,000-customer demo stays quick.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from dealerdesk.db.api import execute_many, execute_sql, fetch_all

VISIT_SQL = ("INSERT INTO service_visit (customer_id, vehicle_id, visited_on, mileage_km, kind, "
             "amount_cents, paid_by, notes, staff_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
# (kind, share of the visits, lowest and highest price in yuan)
KINDS = (("maintenance", 0.6, 300, 1200), ("repair", 0.15, 500, 8000),
         ("detailing", 0.12, 100, 1500), ("insurance", 0.08, 3000, 9000),
         ("accessories", 0.05, 200, 5000))
NOTES = {"maintenance": "更换机油机滤", "repair": "更换刹车片", "detailing": "精洗打蜡",
         "insurance": "续保商业险", "accessories": "加装行车记录仪"}


def _kind(rng: random.Random) -> tuple[str, int]:
    pick = rng.random()
    for kind, share, low, high in KINDS:
        if pick < share:
            return kind, rng.randint(low, high) * 100
        pick -= share
    return "maintenance", 50000


def _visits(rng: random.Random, car: tuple[Any, ...], today: dt.date,
            stamp: str) -> Iterator[tuple[Any, ...]]:
    """One car's visits from when it came to the shop: every 3 to 8 months, the odometer
    rising by the car's own pace; one owner in three drifts away at some point."""
    vid, cid, start, km, staff = car
    day = dt.date.fromisoformat(str(start)[:10]) + dt.timedelta(days=rng.randint(30, 200))
    pace = rng.uniform(20, 70)
    km = int(km or 0)
    stop = today if rng.random() < 0.67 else day + dt.timedelta(days=rng.randint(0, 1500))
    while day <= min(today, stop):
        km += int(pace * rng.uniform(90, 240))
        kind, cents = _kind(rng)
        yield (cid, vid, day, km, kind, cents, "cash", NOTES[kind], staff, stamp)
        day += dt.timedelta(days=rng.randint(90, 240))


def fill_visits(rng: random.Random, *, today: dt.date, latest: dt.datetime) -> int:
    """Visits for the demo's cars (call inside the demo's transaction); return how many."""
    cars = fetch_all(
        "SELECT id, customer_id, COALESCE(deal_on, date(created_at)), mileage_km, "
        "salesperson_id FROM vehicle WHERE disposed_on IS NULL AND relation != 'traded_in'")
    stamp = latest.replace(microsecond=0).isoformat(sep=" ")
    rows = [v for car in cars if rng.random() < 0.7 for v in _visits(rng, car, today, stamp)]
    execute_many(VISIT_SQL, rows)
    # The cars' mileage is their latest reading (as recording the visits would have set it).
    execute_sql("UPDATE vehicle SET mileage_km = (SELECT s.mileage_km FROM service_visit s "
                "WHERE s.vehicle_id = vehicle.id ORDER BY s.visited_on DESC LIMIT 1) "
                "WHERE id IN (SELECT vehicle_id FROM service_visit)")
    return len(rows)
