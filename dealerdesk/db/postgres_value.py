"""PostgreSQL's SQL for the customer value figures: the statements of db/sqlite_value.py,
with the same names, columns and results, in the server's dialect.

What differs from SQLite's: days between two dates are `a - b` on date values (not
julianday()), a date moved by months or days
is shifted() (SQLite's own overflow at the month's end), the larger of two values is
GREATEST, a count of matching rows is COUNT(*) FILTER (WHERE ...), and the parameters are
psycopg's `%(name)s`, each cast to its type where the server could not tell it. Sums and
averages are cast to what SQLite returns (integers, floating point), text is sorted by code
point and NULL first, as SQLite sorts, so the services read the same rows from both.
See sqlite_value.py for what counts as a purchase.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peewee import Database, DatabaseProxy

# SK: the kinds of visit that are service (the rest of a visit's money is related business).
SK = "('maintenance', 'repair')"

AS_OF = "CAST(%(as_of)s AS date)"


def shifted(day: str, modifier: str) -> str:
    """SQLite's date(day, modifier) for a modifier such as '+30 months' or '+365 days': the
    months are added to the first of the month and the day of the month counted on from
    there, so 31 March + 6 months is 1 October (SQLite's overflow), not 30 September."""
    return (f"(CAST(date_trunc('month', CAST({day} AS timestamp)) + CAST({modifier} AS interval)"
            f" AS date) + (CAST(EXTRACT(DAY FROM {day}) AS integer) - 1))")


EVENTS = f"""
SELECT v.customer_id AS customer_id, v.deal_on AS day,
       CAST(COALESCE(v.deal_price_cents, 0) AS bigint) AS cents,
       1 AS n, CAST(0 AS bigint) AS service, CAST(0 AS bigint) AS related, 0 AS visit
  FROM vehicle v WHERE v.deal_on IS NOT NULL AND v.deal_on <= {AS_OF}
UNION ALL
SELECT s.customer_id, s.visited_on,
       CASE WHEN s.paid_by = 'package' THEN 0 ELSE s.amount_cents END, 1,
       CASE WHEN s.paid_by != 'package' AND s.kind IN {SK} THEN s.amount_cents ELSE 0 END,
       CASE WHEN s.paid_by != 'package' AND s.kind NOT IN {SK} THEN s.amount_cents
            ELSE 0 END,
       1
  FROM service_visit s WHERE s.visited_on <= {AS_OF}
UNION ALL
SELECT c.customer_id, CAST(e.at AS date), e.paid_cents - e.amount_cents, 1, 0,
       e.paid_cents - e.amount_cents, 0
  FROM ledger_entry e JOIN membership_card c ON c.id = e.card_id
 WHERE e.kind IN ('spend', 'package_sale') AND CAST(e.at AS date) <= {AS_OF}
   AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id)
   AND e.id NOT IN (SELECT ledger_entry_id FROM service_visit WHERE ledger_entry_id > 0)
"""

# Cars a customer drives now: not sold on or scrapped, not traded in. Held since the deal,
# else since registration, else since the car was recorded.
CARS = f"""
SELECT customer_id, COUNT(*) AS cars,
       SUM(GREATEST(0, {shifted("start", "%(holding)s")} - {AS_OF})) / 365.25 AS years_left,
       MIN({shifted("start", "%(holding)s")}) AS replace_from
  FROM (SELECT customer_id, COALESCE(deal_on, registered_on, CAST(created_at AS date)) AS start
          FROM vehicle WHERE disposed_on IS NULL AND relation != 'traded_in') AS held
 GROUP BY customer_id
"""

WINDOW_START = "CAST(%(window_start)s AS date)"
LOST_DAYS = "CAST(%(lost_days)s AS integer)"

# Scores are ranked among the customers who ever bought (a few in ten), then joined to
# every live customer: three window sorts over all 100,000 would take seconds.
VALUE = f"""
WITH ev AS ({EVENTS}),
agg AS MATERIALIZED (
  SELECT customer_id, MAX(day) AS last_day,
         SUM(CASE WHEN day > {WINDOW_START} THEN n ELSE 0 END) AS f,
         SUM(CASE WHEN day > {WINDOW_START} THEN cents ELSE 0 END) AS m,
         SUM(cents) AS lifetime, SUM(service + related) AS own_spend, SUM(visit) AS visits,
         MIN(CASE WHEN visit = 1 THEN day END) AS first_visit,
         1 + 5 * (RANK() OVER (ORDER BY MAX(day)) - 1) / COUNT(*) OVER () AS r,
         RANK() OVER (PARTITION BY SUM(CASE WHEN day > {WINDOW_START} THEN n ELSE 0 END) > 0
                      ORDER BY SUM(CASE WHEN day > {WINDOW_START} THEN n ELSE 0 END)) AS f_rank,
         RANK() OVER (PARTITION BY SUM(CASE WHEN day > {WINDOW_START} THEN n ELSE 0 END) > 0
                      ORDER BY SUM(CASE WHEN day > {WINDOW_START} THEN cents ELSE 0 END))
           AS m_rank,
         COUNT(*) OVER (PARTITION BY SUM(CASE WHEN day > {WINDOW_START} THEN n ELSE 0 END) > 0)
           AS spenders
    FROM ev
   WHERE customer_id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)
   GROUP BY customer_id),
cars AS MATERIALIZED ({CARS}),
known AS (
  SELECT a.customer_id AS id, a.last_day, a.f, a.m, a.lifetime, a.own_spend, a.visits,
         a.first_visit, a.r,
         CASE WHEN a.f > 0 THEN 1 + 5 * (a.f_rank - 1) / a.spenders END AS fs,
         CASE WHEN a.f > 0 THEN 1 + 5 * (a.m_rank - 1) / a.spenders END AS ms
    FROM agg a
  UNION ALL
  SELECT id, NULL, 0, 0, 0, 0, 0, NULL, NULL, NULL, NULL FROM customer
   WHERE deleted_at IS NULL AND id NOT IN (SELECT customer_id FROM agg)),
base AS (
  SELECT c.id, c.name, c.status, c.owner_id,
         CAST(COALESCE(c.last_followup_at, c.created_at) AS date) AS heard, a.last_day, a.f,
         a.m, a.lifetime, a.own_spend, a.visits, a.first_visit, a.r, a.fs, a.ms,
         COALESCE(k.cars, 0) AS cars, COALESCE(k.years_left, 0) AS years_left, k.replace_from,
         {AS_OF} - a.last_day AS recency
    FROM known a JOIN customer c ON c.id = a.id
    LEFT JOIN cars k ON k.customer_id = c.id),
tiered AS (
  SELECT *,
    CASE WHEN (last_day IS NOT NULL AND recency > {LOST_DAYS})
           OR (last_day IS NULL AND (status = 'lost' OR {AS_OF} - heard > {LOST_DAYS}))
           THEN 'lost'
         WHEN ms >= %(min_m)s AND r >= %(min_r)s THEN 'high_value'
         WHEN f >= %(loyal_f)s THEN 'loyal'
         ELSE 'general' END AS tier,
    CASE WHEN cars = 0 THEN 0 ELSE CAST(ROUND(
      years_left * (CASE WHEN visits >= %(min_visits)s
        THEN own_spend / GREATEST(1.0, ({AS_OF} - first_visit) / 365.25) / cars
        ELSE CAST(%(shop_yearly)s AS numeric) END)
      + cars * CAST(%(repurchase_value)s AS numeric)) AS bigint) END AS psv
  FROM base)
"""

VALUE_ROWS = VALUE + """
SELECT id, name, recency, CAST(f AS bigint), CAST(m AS bigint), r, fs, ms, tier, psv,
       replace_from, CAST(lifetime AS bigint), owner_id
  FROM tiered ORDER BY id
"""

TIER_SUMS = VALUE + """
SELECT tier, COUNT(*), CAST(SUM(m) AS bigint), CAST(SUM(lifetime) AS bigint),
       CAST(SUM(psv) AS bigint)
  FROM tiered GROUP BY tier
"""

# Shop-wide figures the per-customer ones lean on.
SHOP = f"""
WITH live AS (SELECT id FROM customer WHERE deleted_at IS NULL),
ev AS ({EVENTS}),
car AS (SELECT * FROM vehicle WHERE customer_id IN (SELECT id FROM live))
SELECT (SELECT CAST(SUM(service + related) AS bigint) FROM ev
         WHERE day > CAST(%(year_start)s AS date) AND customer_id IN (SELECT id FROM live)),
       (SELECT COUNT(*) FROM car WHERE disposed_on IS NULL AND relation != 'traded_in'),
       (SELECT CAST(AVG(deal_price_cents) AS double precision) FROM car
         WHERE deal_on IS NOT NULL AND deal_price_cents IS NOT NULL AND deal_on <= {AS_OF})
"""

# Buyers, and buyers who came back for another car, with how long they held the first.
REPEAT = f"""
WITH d AS (SELECT customer_id, deal_on,
                  LAG(deal_on) OVER (PARTITION BY customer_id ORDER BY deal_on) AS before
             FROM vehicle WHERE deal_on IS NOT NULL AND deal_on <= {AS_OF}
              AND customer_id IN (SELECT id FROM customer WHERE deleted_at IS NULL))
SELECT COUNT(DISTINCT customer_id),
       COUNT(DISTINCT CASE WHEN before IS NOT NULL THEN customer_id END),
       CAST(AVG(CASE WHEN before IS NOT NULL AND deal_on > before
                     THEN deal_on - before END) AS double precision),
       COUNT(CASE WHEN before IS NOT NULL AND deal_on > before THEN 1 END)
  FROM d
"""

# Entering the pool: a first purchase, or one after more than lost_days without any.
# Leaving it: lost_days after a purchase not followed by another within lost_days.
POOL = f"""
WITH ev AS (SELECT DISTINCT e.customer_id, e.day FROM ({EVENTS}) e
             JOIN customer c ON c.id = e.customer_id WHERE c.deleted_at IS NULL),
seq AS (SELECT day, LAG(day) OVER w AS prev, LEAD(day) OVER w AS next FROM ev
         WINDOW w AS (PARTITION BY customer_id ORDER BY day)),
moves AS (
  SELECT day AS at, 1 AS d FROM seq
   WHERE prev IS NULL OR day - prev > {LOST_DAYS}
  UNION ALL
  SELECT {shifted("day", "%(lapse)s")}, -1 FROM seq
   WHERE (next IS NULL OR next - day > {LOST_DAYS})
     AND {shifted("day", "%(lapse)s")} <= {AS_OF})
SELECT to_char(at, 'YYYY-MM') AS month, COUNT(*) FILTER (WHERE d > 0),
       COUNT(*) FILTER (WHERE d < 0)
  FROM moves GROUP BY 1 ORDER BY 1
"""

# Sources: per (source, platform) the leads recorded, the customers who came to the shop,
# the cars sold and the money spent in a period.
START, END = "CAST(%(start)s AS date)", "CAST(%(end)s AS date)"
SOURCES = f"""
WITH ev AS ({EVENTS}),
money AS (SELECT customer_id, SUM(cents) AS cents FROM ev
           WHERE day >= {START} AND day < {END} GROUP BY customer_id),
deals AS (SELECT customer_id, COUNT(*) AS n FROM vehicle
           WHERE deal_on >= {START} AND deal_on < {END} GROUP BY customer_id),
visits AS (SELECT DISTINCT customer_id FROM follow_up
            WHERE at >= {START} AND at < {END}
              AND outcome IN ('visited', 'test_drive', 'deal')
           UNION SELECT customer_id FROM service_visit
            WHERE visited_on >= {START} AND visited_on < {END}),
grouped AS (
  SELECT c.source AS source,
         CASE WHEN c.source = 'online' THEN c.source_detail ELSE '' END AS platform,
         COUNT(*) FILTER (WHERE c.created_at >= {START} AND c.created_at < {END}) AS leads,
         COUNT(v.customer_id) AS came, CAST(COALESCE(SUM(d.n), 0) AS bigint) AS deals,
         CAST(COALESCE(SUM(mo.cents), 0) AS bigint) AS cents
    FROM customer c LEFT JOIN visits v ON v.customer_id = c.id
    LEFT JOIN deals d ON d.customer_id = c.id LEFT JOIN money mo ON mo.customer_id = c.id
   WHERE c.deleted_at IS NULL
   GROUP BY 1, 2)
SELECT source, platform, leads, came, deals, cents FROM grouped
 ORDER BY source COLLATE "C" NULLS FIRST, platform COLLATE "C" NULLS FIRST
"""

REFERRERS = """
SELECT r.id, r.name, COUNT(c.id),
       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM vehicle v
                                       WHERE v.customer_id = c.id AND v.deal_on IS NOT NULL))
  FROM customer c JOIN customer r ON r.id = c.referrer_id
 WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL
 GROUP BY r.id ORDER BY COUNT(c.id) DESC, r.id LIMIT %(limit)s
"""

# Cars whose replacement window is open by %(last)s, with the customer and the salesperson.
HELD_FROM = "COALESCE(v.deal_on, v.registered_on, CAST(v.created_at AS date))"
REPLACEMENT = f"""
SELECT v.customer_id, c.name, {shifted(HELD_FROM, "%(holding)s")} AS opens,
       v.brand, v.model, v.plate, COALESCE(s.name, o.name, '')
  FROM vehicle v JOIN customer c ON c.id = v.customer_id
  LEFT JOIN staff s ON s.id = v.salesperson_id LEFT JOIN staff o ON o.id = c.owner_id
 WHERE v.disposed_on IS NULL AND v.relation != 'traded_in' AND c.deleted_at IS NULL
   AND {shifted(HELD_FROM, "%(holding)s")} <= CAST(%(last)s AS date)
 ORDER BY v.customer_id, opens DESC
"""

# Money spent per month by live customers, from %(start)s on.
SPEND_BY_MONTH = f"""
WITH ev AS ({EVENTS})
SELECT to_char(ev.day, 'YYYY-MM'), CAST(SUM(ev.cents) AS bigint)
  FROM ev JOIN customer c ON c.id = ev.customer_id
 WHERE c.deleted_at IS NULL AND ev.day >= {START} GROUP BY 1 ORDER BY 1
"""

# Each buyer's last purchase, and purchases and money in the window.
SCORE_BASIS = f"""
WITH ev AS ({EVENTS})
SELECT MAX(day), CAST(SUM(CASE WHEN day > {WINDOW_START} THEN n ELSE 0 END) AS bigint),
       CAST(SUM(CASE WHEN day > {WINDOW_START} THEN cents ELSE 0 END) AS bigint)
  FROM ev WHERE customer_id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)
 GROUP BY customer_id
"""

# One customer's purchases, and what the tier of one who never bought rests on.
CUSTOMER_EVENTS = f"""
SELECT day, cents, n FROM ({EVENTS}) AS ev WHERE customer_id = %(cid)s ORDER BY day
"""
CUSTOMER_CONTACTS = f"""
SELECT CAST(created_at AS date), status, CAST(NULL AS date), 0 FROM customer
 WHERE id = %(cid)s
UNION ALL
SELECT NULL, NULL, CAST(at AS date), CAST(outcome = 'lost' AS integer) FROM follow_up
 WHERE customer_id = %(cid)s AND CAST(at AS date) <= {AS_OF}
"""

# Each live customer's tier at the end of each given day, packed 3 bits a day into one
# number per customer, by the same steps (see sqlite_value.TIER_MOVES); %(points)s is the
# same JSON list.
TIER_MOVES = f"""
WITH pt AS MATERIALIZED (
  SELECT CAST(ord - 1 AS integer) AS k, CAST(value ->> 0 AS date) AS e,
         CAST(value ->> 1 AS date) AS ws, CAST(value ->> 2 AS date) AS cut
    FROM jsonb_array_elements(CAST(%(points)s AS jsonb)) WITH ORDINALITY AS j(value, ord)),
live AS MATERIALIZED (
  SELECT id, CAST(created_at AS date) AS made,
         CASE WHEN status = 'lost' THEN COALESCE(
           (SELECT MAX(CAST(f.at AS date)) FROM follow_up f WHERE f.customer_id = customer.id
               AND f.outcome = 'lost' AND CAST(f.at AS date) <= {AS_OF}),
           CAST(created_at AS date)) END AS lost_on
    FROM customer WHERE deleted_at IS NULL),
ev AS MATERIALIZED (
  SELECT x.customer_id AS id, MIN(l.made) AS made, MAX(x.day) AS day, SUM(x.cents) AS cents,
         SUM(x.n) AS n
    FROM ({EVENTS}) x JOIN live l ON l.id = x.customer_id
   GROUP BY x.customer_id, CASE WHEN x.day > (SELECT MIN(ws) FROM pt) THEN x.day END),
per_point AS MATERIALIZED (
  SELECT pt.k, ev.id, MAX(ev.day) < pt.cut AS gone,
         SUM(CASE WHEN ev.day > pt.ws THEN ev.n ELSE 0 END) AS f,
         SUM(CASE WHEN ev.day > pt.ws THEN ev.cents ELSE 0 END) AS m, MAX(ev.day) AS last_day
    FROM pt JOIN ev ON ev.day <= pt.e AND ev.made <= pt.e
   GROUP BY pt.k, pt.cut, ev.id),
counted AS MATERIALIZED (
  SELECT k, ((CAST(%(min_r)s AS integer) - 1) * COUNT(*) + 4) / 5 AS r_below,
         ((CAST(%(min_m)s AS integer) - 1) * COUNT(*) FILTER (WHERE f > 0) + 4) / 5 AS m_below
    FROM per_point GROUP BY k),
days AS (
  SELECT k, last_day AS v, SUM(COUNT(*)) OVER (PARTITION BY k ORDER BY last_day) AS upto
    FROM per_point GROUP BY k, last_day),
money AS (
  SELECT k, m AS v, SUM(COUNT(*)) OVER (PARTITION BY k ORDER BY m) AS upto
    FROM per_point WHERE f > 0 GROUP BY k, m),
day_limit AS (
  SELECT d.k, MIN(d.v) AS v FROM days d JOIN counted c ON c.k = d.k
   WHERE d.upto >= c.r_below GROUP BY d.k),
money_limit AS (
  SELECT o.k, MIN(o.v) AS v FROM money o JOIN counted c ON c.k = o.k
   WHERE o.upto >= c.m_below GROUP BY o.k),
limits AS MATERIALIZED (
  SELECT c.k, c.r_below, c.m_below, d.v AS day_above, o.v AS m_above
    FROM counted c LEFT JOIN day_limit d ON d.k = c.k LEFT JOIN money_limit o ON o.k = c.k),
bought AS MATERIALIZED (
  SELECT p.id, CAST(SUM(CAST(1 AS bigint) << p.k) AS bigint) AS mask,
         CAST(SUM(CAST(CASE WHEN p.gone THEN 1
                            WHEN p.f > 0 AND (q.m_below <= 0 OR p.m > q.m_above)
                                 AND (q.r_below <= 0 OR p.last_day > q.day_above) THEN 4
                            WHEN p.f >= %(loyal_f)s THEN 3 ELSE 2 END AS bigint) << (3 * p.k))
              AS bigint) AS code
    FROM per_point p JOIN limits q ON q.k = p.k GROUP BY p.id),
contact AS (
  SELECT customer_id AS id, day, LEAD(day) OVER (PARTITION BY customer_id ORDER BY day) AS next
    FROM (SELECT DISTINCT customer_id, CAST(at AS date) AS day FROM follow_up
           WHERE CAST(at AS date) >= CAST(%(contacts_from)s AS date)
             AND CAST(at AS date) <= {AS_OF}
             AND customer_id IN (SELECT id FROM live
                                  WHERE made < (SELECT MAX(cut) FROM pt)
                                    AND (lost_on IS NULL OR lost_on > (SELECT MIN(e) FROM pt)))
             AND customer_id NOT IN (
               SELECT id FROM bought
                WHERE mask = (SELECT (CAST(1 AS bigint) << CAST(COUNT(*) AS integer)) - 1
                                FROM pt))) AS d),
kept AS MATERIALIZED (
  SELECT c.id, CAST(SUM(CAST(1 AS bigint) << pt.k) AS bigint) AS mask FROM contact c JOIN pt
      ON c.day <= pt.e AND (c.next IS NULL OR c.next > pt.e) AND c.day >= pt.cut
   GROUP BY c.id),
alike AS MATERIALIZED (
  SELECT CASE WHEN l.made < (SELECT MIN(cut) FROM pt) THEN DATE '0001-01-01' ELSE l.made END
           AS made,
         CASE WHEN l.lost_on <= (SELECT MIN(e) FROM pt) THEN DATE '0001-01-01'
              ELSE l.lost_on END AS lost_on,
         b.mask AS bm, b.code AS bc, k2.mask AS km, COUNT(*) AS n
    FROM live l LEFT JOIN bought b ON b.id = l.id LEFT JOIN kept k2 ON k2.id = l.id
   GROUP BY 1, 2, 3, 4, 5),
coded AS (
  SELECT a.n, (SELECT CAST(SUM(CAST(
                 CASE WHEN ((a.bm >> pt.k) & 1) = 1 THEN ((a.bc >> (3 * pt.k)) & 7)
                      WHEN a.lost_on <= pt.e THEN 1
                      WHEN a.made >= pt.cut OR ((a.km >> pt.k) & 1) = 1 THEN 2
                      ELSE 1 END AS bigint) << (3 * pt.k)) AS bigint)
                 FROM pt WHERE a.made <= pt.e) AS code
    FROM alike a)
SELECT code, CAST(SUM(n) AS bigint) FROM coded WHERE code IS NOT NULL GROUP BY code
"""

STATEMENTS = {
    "value": VALUE_ROWS, "tiers": TIER_SUMS, "shop": SHOP, "repeat": REPEAT, "pool": POOL,
    "sources": SOURCES, "referrers": REFERRERS, "replacement": REPLACEMENT,
    "spend_by_month": SPEND_BY_MONTH, "score_basis": SCORE_BASIS,
    "customer_events": CUSTOMER_EVENTS, "customer_contacts": CUSTOMER_CONTACTS,
    "tier_moves": TIER_MOVES,
}


def run(database: Database | DatabaseProxy, name: str,
        params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """Rows of the named statement with its named parameters."""
    return list(database.execute_sql(STATEMENTS[name], dict(params)).fetchall())
