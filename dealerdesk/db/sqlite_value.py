"""SQLite's SQL for the customer value figures (day arithmetic with julianday(), window
functions): one statement per figure, each a GROUP BY over indexed columns, so that a
shop of 100,000 customers is answered without a loop over customers in Python.

What counts as a purchase ("an event"), for every figure: a car sold (vehicle.deal_on, its
price), a service visit (its amount; a package use is worth nothing here, as the package
was counted when it was sold) and card spending that no visit accounts for (spend and
package sales; top-ups are money kept, not spent). A card entry that was reversed never
happened: it and its reversal are both left out, whenever the reversal was made, so a
mistake undone (or a card-paid visit deleted) is no purchase, neither in money nor in
count nor in day. Only live customers count. See services/value.py for the rules in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peewee import Database, DatabaseProxy

# SK: the kinds of visit that are service (the rest of a visit's money is related business).
SK = "('maintenance', 'repair')"

EVENTS = f"""
SELECT v.customer_id AS customer_id, v.deal_on AS day, COALESCE(v.deal_price_cents, 0) AS cents,
       1 AS n, 0 AS service, 0 AS related, 0 AS visit
  FROM vehicle v WHERE v.deal_on IS NOT NULL AND v.deal_on <= :as_of
UNION ALL
SELECT s.customer_id, s.visited_on,
       CASE WHEN s.paid_by = 'package' THEN 0 ELSE s.amount_cents END, 1,
       CASE WHEN s.paid_by != 'package' AND s.kind IN {SK} THEN s.amount_cents ELSE 0 END,
       CASE WHEN s.paid_by != 'package' AND s.kind NOT IN {SK} THEN s.amount_cents
            ELSE 0 END,
       1
  FROM service_visit s WHERE s.visited_on <= :as_of
UNION ALL
SELECT c.customer_id, date(e.at), e.paid_cents - e.amount_cents, 1, 0,
       e.paid_cents - e.amount_cents, 0
  FROM ledger_entry e JOIN membership_card c ON c.id = e.card_id
 WHERE e.kind IN ('spend', 'package_sale') AND date(e.at) <= :as_of
   AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id)
   AND e.id NOT IN (SELECT ledger_entry_id FROM service_visit WHERE ledger_entry_id > 0)
"""

# Cars a customer drives now: not sold on or scrapped, not traded in. Held since the deal,
# else since registration, else since the car was recorded.
CARS = """
SELECT customer_id, COUNT(*) AS cars,
       SUM(MAX(0.0, julianday(date(start, :holding)) - julianday(:as_of))) / 365.25 AS years_left,
       MIN(date(start, :holding)) AS replace_from
  FROM (SELECT customer_id, COALESCE(deal_on, registered_on, date(created_at)) AS start
          FROM vehicle WHERE disposed_on IS NULL AND relation != 'traded_in')
 GROUP BY customer_id
"""

# Scores are ranked among the customers who ever bought (a few in ten), then joined to
# every live customer: three window sorts over all 100,000 would take seconds.
VALUE = f"""
WITH ev AS ({EVENTS}),
agg AS MATERIALIZED (
  SELECT customer_id, MAX(day) AS last_day,
         SUM(CASE WHEN day > :window_start THEN n ELSE 0 END) AS f,
         SUM(CASE WHEN day > :window_start THEN cents ELSE 0 END) AS m,
         SUM(cents) AS lifetime, SUM(service + related) AS own_spend, SUM(visit) AS visits,
         MIN(CASE WHEN visit = 1 THEN day END) AS first_visit,
         1 + 5 * (RANK() OVER (ORDER BY MAX(day)) - 1) / COUNT(*) OVER () AS r,
         RANK() OVER (PARTITION BY SUM(CASE WHEN day > :window_start THEN n ELSE 0 END) > 0
                      ORDER BY SUM(CASE WHEN day > :window_start THEN n ELSE 0 END)) AS f_rank,
         RANK() OVER (PARTITION BY SUM(CASE WHEN day > :window_start THEN n ELSE 0 END) > 0
                      ORDER BY SUM(CASE WHEN day > :window_start THEN cents ELSE 0 END))
           AS m_rank,
         COUNT(*) OVER (PARTITION BY SUM(CASE WHEN day > :window_start THEN n ELSE 0 END) > 0)
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
         date(COALESCE(c.last_followup_at, c.created_at)) AS heard, a.last_day, a.f, a.m,
         a.lifetime, a.own_spend, a.visits, a.first_visit, a.r, a.fs, a.ms,
         COALESCE(k.cars, 0) AS cars, COALESCE(k.years_left, 0) AS years_left, k.replace_from,
         CAST(julianday(:as_of) - julianday(a.last_day) AS INTEGER) AS recency
    FROM known a JOIN customer c ON c.id = a.id
    LEFT JOIN cars k ON k.customer_id = c.id),
tiered AS (
  SELECT *,
    CASE WHEN (last_day IS NOT NULL AND recency > :lost_days)
           OR (last_day IS NULL AND (status = 'lost'
               OR julianday(:as_of) - julianday(heard) > :lost_days)) THEN 'lost'
         WHEN ms >= :min_m AND r >= :min_r THEN 'high_value'
         WHEN f >= :loyal_f THEN 'loyal'
         ELSE 'general' END AS tier,
    CASE WHEN cars = 0 THEN 0 ELSE CAST(ROUND(
      years_left * (CASE WHEN visits >= :min_visits
        THEN own_spend / MAX(1.0, (julianday(:as_of) - julianday(first_visit)) / 365.25) / cars
        ELSE :shop_yearly END)
      + cars * :repurchase_value) AS INTEGER) END AS psv
  FROM base)
"""

VALUE_ROWS = VALUE + """
SELECT id, name, recency, f, m, r, fs, ms, tier, psv, replace_from, lifetime, owner_id
  FROM tiered ORDER BY id
"""

TIER_SUMS = VALUE + """
SELECT tier, COUNT(*), SUM(m), SUM(lifetime), SUM(psv) FROM tiered GROUP BY tier
"""

# Shop-wide figures the per-customer ones lean on.
SHOP = f"""
WITH live AS (SELECT id FROM customer WHERE deleted_at IS NULL),
ev AS ({EVENTS}),
car AS (SELECT * FROM vehicle WHERE customer_id IN live)
SELECT (SELECT SUM(service + related) FROM ev WHERE day > :year_start AND customer_id IN live),
       (SELECT COUNT(*) FROM car WHERE disposed_on IS NULL AND relation != 'traded_in'),
       (SELECT AVG(deal_price_cents) FROM car
         WHERE deal_on IS NOT NULL AND deal_price_cents IS NOT NULL AND deal_on <= :as_of)
"""

# Buyers, and buyers who came back for another car, with how long they held the first.
REPEAT = """
WITH d AS (SELECT customer_id, deal_on,
                  LAG(deal_on) OVER (PARTITION BY customer_id ORDER BY deal_on) AS before
             FROM vehicle WHERE deal_on IS NOT NULL AND deal_on <= :as_of
              AND customer_id IN (SELECT id FROM customer WHERE deleted_at IS NULL))
SELECT COUNT(DISTINCT customer_id),
       COUNT(DISTINCT CASE WHEN before IS NOT NULL THEN customer_id END),
       AVG(CASE WHEN before IS NOT NULL AND deal_on > before
                THEN julianday(deal_on) - julianday(before) END),
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
   WHERE prev IS NULL OR julianday(day) - julianday(prev) > :lost_days
  UNION ALL
  SELECT date(day, :lapse), -1 FROM seq
   WHERE (next IS NULL OR julianday(next) - julianday(day) > :lost_days)
     AND date(day, :lapse) <= :as_of)
SELECT substr(at, 1, 7) AS month, SUM(d > 0), SUM(d < 0) FROM moves GROUP BY month ORDER BY month
"""

# Sources: per (source, platform) the leads recorded, the customers who came to the shop,
# the cars sold and the money spent in a period.
SOURCES = f"""
WITH ev AS ({EVENTS}),
money AS (SELECT customer_id, SUM(cents) AS cents FROM ev
           WHERE day >= :start AND day < :end GROUP BY customer_id),
deals AS (SELECT customer_id, COUNT(*) AS n FROM vehicle
           WHERE deal_on >= :start AND deal_on < :end GROUP BY customer_id),
visits AS (SELECT DISTINCT customer_id FROM follow_up
            WHERE at >= :start AND at < :end
              AND outcome IN ('visited', 'test_drive', 'deal')
           UNION SELECT customer_id FROM service_visit
            WHERE visited_on >= :start AND visited_on < :end)
SELECT c.source, CASE WHEN c.source = 'online' THEN c.source_detail ELSE '' END AS platform,
       SUM(c.created_at >= :start AND c.created_at < :end), COUNT(v.customer_id),
       COALESCE(SUM(d.n), 0), COALESCE(SUM(mo.cents), 0)
  FROM customer c LEFT JOIN visits v ON v.customer_id = c.id
  LEFT JOIN deals d ON d.customer_id = c.id LEFT JOIN money mo ON mo.customer_id = c.id
 WHERE c.deleted_at IS NULL
 GROUP BY 1, 2 ORDER BY 1, 2
"""

REFERRERS = """
SELECT r.id, r.name, COUNT(c.id),
       SUM(EXISTS (SELECT 1 FROM vehicle v WHERE v.customer_id = c.id AND v.deal_on IS NOT NULL))
  FROM customer c JOIN customer r ON r.id = c.referrer_id
 WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL
 GROUP BY r.id ORDER BY COUNT(c.id) DESC, r.id LIMIT :limit
"""

# Cars whose replacement window is open by :last (the day the holding time is reached), with
# the customer and the salesperson (the car's, else the customer's own).
REPLACEMENT = """
SELECT v.customer_id, c.name,
       date(COALESCE(v.deal_on, v.registered_on, date(v.created_at)), :holding) AS opens,
       v.brand, v.model, v.plate, COALESCE(s.name, o.name, '')
  FROM vehicle v JOIN customer c ON c.id = v.customer_id
  LEFT JOIN staff s ON s.id = v.salesperson_id LEFT JOIN staff o ON o.id = c.owner_id
 WHERE v.disposed_on IS NULL AND v.relation != 'traded_in' AND c.deleted_at IS NULL
   AND date(COALESCE(v.deal_on, v.registered_on, date(v.created_at)), :holding) <= :last
 ORDER BY v.customer_id, opens DESC
"""

# Money spent per month by live customers (the purchases above), from :start on.
SPEND_BY_MONTH = f"""
WITH ev AS ({EVENTS})
SELECT substr(ev.day, 1, 7), SUM(ev.cents) FROM ev JOIN customer c ON c.id = ev.customer_id
 WHERE c.deleted_at IS NULL AND ev.day >= :start GROUP BY 1 ORDER BY 1
"""

# Each buyer's last purchase, and purchases and money in the window: the quintile
# thresholds one customer's scores are read against (services/value.tier_change).
SCORE_BASIS = f"""
WITH ev AS ({EVENTS})
SELECT MAX(day), SUM(CASE WHEN day > :window_start THEN n ELSE 0 END),
       SUM(CASE WHEN day > :window_start THEN cents ELSE 0 END)
  FROM ev WHERE customer_id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)
 GROUP BY customer_id
"""

# One customer's purchases (day, money, count), and what the tier of one who never bought
# rests on: when they were recorded, their status, their contacts and lost entries.
CUSTOMER_EVENTS = f"""
SELECT day, cents, n FROM ({EVENTS}) WHERE customer_id = :cid ORDER BY day
"""
CUSTOMER_CONTACTS = """
SELECT date(created_at), status, NULL, 0 FROM customer WHERE id = :cid
UNION ALL
SELECT NULL, NULL, date(at), outcome = 'lost' FROM follow_up
 WHERE customer_id = :cid AND date(at) <= :as_of
"""

# Each live customer's tier at the end of each given day (:points, a JSON list of [day,
# window start, day - lost_days], oldest first), by the rules of VALUE with the scores ranked
# among the buyers of that day, packed 3 bits a day (0 not yet recorded, 1 lost, 2 general,
# 3 loyal, 4 high value) into one number per customer; customers counted per number.
# What keeps it quick on 100,000 customers, each step giving the same numbers as the plain
# reading of the rules:
# - the purchases before the first window start count for no F or M, only for the last
#   day: one row per customer stands for them all (ev);
# - a score of at least S means at least ceil((S - 1) n / 5) of the n values below it
#   (services/value._limit): the value to beat per day is read from running counts (limits)
#   instead of ranking every buyer of every day: the buyers per day and value are
#   counted once (days, money) and every other count is summed from those;
# - contacts are read only for the customers whose tier may rest on them: not lost by then,
#   recorded before the last cut, without a purchase at one of the days at least;
# - customers alike at every day are counted together, then coded once (alike): the same
#   purchases and contacts, recorded on the same day (any day before the first cut is
#   alike) and lost on the same day (any day up to the first day is alike), and each
#   group's number is worked out once (coded is materialized: else SQLite works it out
#   again for the WHERE, the GROUP BY and the SELECT).
TIER_MOVES = f"""
WITH pt AS MATERIALIZED (
  SELECT CAST(key AS INTEGER) AS k, json_extract(value, '$[0]') AS e,
         json_extract(value, '$[1]') AS ws, json_extract(value, '$[2]') AS cut
    FROM json_each(:points)),
live AS MATERIALIZED (
  SELECT id, date(created_at) AS made,
         CASE WHEN status = 'lost' THEN COALESCE(
           (SELECT MAX(date(f.at)) FROM follow_up f WHERE f.customer_id = customer.id
               AND f.outcome = 'lost' AND date(f.at) <= :as_of), date(created_at)) END AS lost_on
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
   GROUP BY pt.k, ev.id),
days AS MATERIALIZED (
  SELECT k, last_day AS v, COUNT(*) AS n FROM per_point GROUP BY k, last_day),
money AS MATERIALIZED (
  SELECT k, m AS v, COUNT(*) AS n FROM per_point WHERE f > 0 GROUP BY k, m),
counted AS (
  SELECT d.k, ((:min_r - 1) * d.n + 4) / 5 AS r_below,
         ((:min_m - 1) * COALESCE(o.n, 0) + 4) / 5 AS m_below
    FROM (SELECT k, SUM(n) AS n FROM days GROUP BY k) d
    LEFT JOIN (SELECT k, SUM(n) AS n FROM money GROUP BY k) o ON o.k = d.k),
day_limit AS (
  SELECT d.k, MIN(d.v) AS v
    FROM (SELECT k, v, SUM(n) OVER (PARTITION BY k ORDER BY v) AS upto FROM days) d
    JOIN counted c ON c.k = d.k WHERE d.upto >= c.r_below GROUP BY d.k),
money_limit AS (
  SELECT o.k, MIN(o.v) AS v
    FROM (SELECT k, v, SUM(n) OVER (PARTITION BY k ORDER BY v) AS upto FROM money) o
    JOIN counted c ON c.k = o.k WHERE o.upto >= c.m_below GROUP BY o.k),
limits AS MATERIALIZED (
  SELECT c.k, c.r_below, c.m_below, d.v AS day_above, o.v AS m_above
    FROM counted c LEFT JOIN day_limit d ON d.k = c.k LEFT JOIN money_limit o ON o.k = c.k),
bought AS MATERIALIZED (
  SELECT p.id, SUM(1 << p.k) AS mask,
         SUM((CASE WHEN p.gone THEN 1
                   WHEN p.f > 0 AND (q.m_below <= 0 OR p.m > q.m_above)
                        AND (q.r_below <= 0 OR p.last_day > q.day_above) THEN 4
                   WHEN p.f >= :loyal_f THEN 3 ELSE 2 END) << (3 * p.k)) AS code
    FROM per_point p JOIN limits q ON q.k = p.k GROUP BY p.id),
contact AS (
  SELECT customer_id AS id, day, LEAD(day) OVER (PARTITION BY customer_id ORDER BY day) AS next
    FROM (SELECT DISTINCT customer_id, date(at) AS day FROM follow_up
           WHERE date(at) >= :contacts_from AND date(at) <= :as_of
             AND customer_id IN (SELECT id FROM live
                                  WHERE made < (SELECT MAX(cut) FROM pt)
                                    AND (lost_on IS NULL OR lost_on > (SELECT MIN(e) FROM pt)))
             AND customer_id NOT IN (SELECT id FROM bought
                                      WHERE mask = (SELECT (1 << COUNT(*)) - 1 FROM pt)))),
kept AS MATERIALIZED (
  SELECT c.id, SUM(1 << pt.k) AS mask FROM contact c JOIN pt
      ON c.day <= pt.e AND (c.next IS NULL OR c.next > pt.e) AND c.day >= pt.cut
   GROUP BY c.id),
alike AS (
  SELECT CASE WHEN l.made < (SELECT MIN(cut) FROM pt) THEN '0001-01-01' ELSE l.made END
           AS made,
         CASE WHEN l.lost_on <= (SELECT MIN(e) FROM pt) THEN '0001-01-01' ELSE l.lost_on END
           AS lost_on,
         b.mask AS bm, b.code AS bc, k2.mask AS km, COUNT(*) AS n
    FROM live l LEFT JOIN bought b ON b.id = l.id LEFT JOIN kept k2 ON k2.id = l.id
   GROUP BY 1, 2, 3, 4, 5),
coded AS MATERIALIZED (
  SELECT a.n, (SELECT SUM(CASE WHEN ((a.bm >> pt.k) & 1) = 1 THEN ((a.bc >> (3 * pt.k)) & 7)
                               WHEN a.lost_on <= pt.e THEN 1
                               WHEN a.made >= pt.cut OR ((a.km >> pt.k) & 1) = 1 THEN 2
                               ELSE 1 END << (3 * pt.k))
                 FROM pt WHERE a.made <= pt.e) AS code
    FROM alike a)
SELECT code, SUM(n) FROM coded WHERE code IS NOT NULL GROUP BY code
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
