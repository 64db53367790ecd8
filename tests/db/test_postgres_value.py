"""The customer value statements give the same rows on the shop's server as on the file:
one demo shop, moved to the server, every statement of sqlite_value beside its namesake in
postgres_value. Skipped without a server (DEALERDESK_TEST_PG)."""

import datetime as dt
from decimal import Decimal

import pytest

from dealerdesk.db import postgres_value, sqlite_value, transfer


@pytest.fixture
def shop_file(tmp_path):
    """A demo shop with deals, service visits, cards and referrals, as a file."""
    from dealerdesk import clock
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    path = tmp_path / "shop.db"
    open_store(path, backup_dir=tmp_path / "backups")
    fill_demo(customers=400, seed=11, today=clock.today())
    _undo_some_card_entries(clock.today())
    close_store()
    return path


def _undo_some_card_entries(today):
    """Card spending and package sales reversed, a visit paid by card deleted and another
    changed to cash: entries that both engines must leave out alike."""
    from dealerdesk.db.api import fetch_all
    from dealerdesk.services import membership_money as money
    from dealerdesk.services import service_visits as sv

    open_cards = "SELECT id FROM membership_card WHERE status != 'cancelled'"
    for (entry,) in fetch_all(
            f"SELECT id FROM ledger_entry WHERE kind = 'spend' AND card_id IN ({open_cards}) "
            "ORDER BY id LIMIT 6"):
        money.reverse_entry(entry_id=entry, staff_id=None, today=today, note="录错了")
    for (entry,) in fetch_all(
            f"SELECT id FROM ledger_entry e WHERE kind = 'package_sale' AND card_id IN "
            f"({open_cards}) AND NOT EXISTS (SELECT 1 FROM ledger_entry u WHERE u.package_id "
            "= e.package_id AND u.kind = 'package_use') ORDER BY id LIMIT 3"):
        money.reverse_entry(entry_id=entry, staff_id=None, today=today, note="退了")
    cards = fetch_all("SELECT id, customer_id FROM membership_card WHERE status = 'active' "
                      "AND expires_on > ? ORDER BY id LIMIT 2", (today,))
    assert len(cards) == 2
    visits = []
    for card, customer in cards:
        money.top_up(card_id=card, amount_cents=100_000, staff_id=None, today=today)
        data = sv.VisitInput(customer_id=customer, visited_on=today - dt.timedelta(days=40),
                             kind="repair", amount_cents=30_000, paid_by="stored_value",
                             card_id=card)
        visits.append((sv.record_visit(data, staff_id=None, today=today)[0], data))
    (gone, _), (changed, data) = visits
    sv.delete_visit(visit_id=gone, staff_id=None, today=today, reason="录重了")
    sv.update_visit(changed, sv.VisitInput(**{**data.__dict__, "paid_by": "cash",
                                              "card_id": None}), staff_id=None, today=today)
    kinds = fetch_all("SELECT o.kind, COUNT(*) FROM ledger_entry e JOIN ledger_entry o "
                      "ON o.id = e.reverses_id GROUP BY o.kind ORDER BY o.kind")
    assert kinds == [("package_sale", 3), ("spend", 8)]


def _params(today):
    as_of = today.isoformat()
    return {
        "value": {"as_of": as_of, "window_start": (today - dt.timedelta(days=365)).isoformat(),
                  "holding": "+30 months", "lost_days": 365, "min_m": 4, "min_r": 3,
                  "loyal_f": 2, "min_visits": 2, "shop_yearly": 150_000,
                  "repurchase_value": 1234.5},
        "shop": {"as_of": as_of, "year_start": (today - dt.timedelta(days=365)).isoformat()},
        "repeat": {"as_of": as_of},
        "pool": {"as_of": as_of, "lost_days": 365, "lapse": "+365 days"},
        "sources": {"start": (today - dt.timedelta(days=730)).isoformat(),
                    "end": today.isoformat(), "as_of": today.isoformat()},
        "referrers": {"limit": 50},
        "replacement": {"holding": "+30 months",
                        "last": (today + dt.timedelta(days=90)).isoformat()},
        "spend_by_month": {"as_of": as_of, "start": (today - dt.timedelta(days=365)).isoformat()},
        "score_basis": {"as_of": as_of,
                        "window_start": (today - dt.timedelta(days=365)).isoformat()},
        "customer_events": {"as_of": as_of, "cid": 0},  # a buyer's id, chosen in the test
        "customer_contacts": {"as_of": as_of, "cid": 0},
        "tier_moves": {"as_of": as_of, "points": _points(today), "min_m": 4, "min_r": 3,
                       "loyal_f": 2, "contacts_from": (today - dt.timedelta(days=730)).isoformat()},
    }


def _points(today):
    """Thirteen month ends, each with its window start and lost_days before it, as JSON."""
    import json

    ends = [today - dt.timedelta(days=30 * k) for k in range(12, -1, -1)]
    return json.dumps([[e.isoformat(), (e - dt.timedelta(days=365)).isoformat(),
                        (e - dt.timedelta(days=365)).isoformat()] for e in ends])


def _plain(value):
    """A value as both engines can agree on it: numbers as floats rounded to 6 places."""
    if isinstance(value, (Decimal, float)):
        return round(float(value), 6)
    return value


def _sorted(rows):
    return sorted(rows, key=lambda row: tuple((v is None, str(v)) for v in row))


def _rows(database, module, name, params):
    return [tuple(_plain(v) for v in row) for row in module.run(database, name, params)]


def test_every_value_statement_gives_the_same_rows_on_both(shop_file, server_url, today):
    transfer.move(shop_file, server_url)
    params = _params(today)
    params["tiers"] = params["value"]
    assert params.keys() == sqlite_value.STATEMENTS.keys() == postgres_value.STATEMENTS.keys()
    file_db = transfer.open_plain(shop_file, read_only=True)
    server_db = transfer.open_plain(server_url, read_only=True)
    try:
        buyer = file_db.execute_sql("SELECT customer_id FROM service_visit GROUP BY customer_id "
                                    "ORDER BY COUNT(*) DESC, customer_id LIMIT 1").fetchone()[0]
        params["customer_events"]["cid"] = params["customer_contacts"]["cid"] = buyer
        for name, values in params.items():
            on_file = _rows(file_db, sqlite_value, name, values)
            on_server = _rows(server_db, postgres_value, name, values)
            unordered = ("tiers", "score_basis", "customer_contacts", "tier_moves")
            if name in unordered:  # no order asked for
                on_file, on_server = _sorted(on_file), _sorted(on_server)
            assert on_file, name
            assert on_server == on_file, name
    finally:
        file_db.close()
        server_db.close()


def test_the_figures_are_of_the_same_kinds_on_both(shop_file, server_url, today):
    """Integers where SQLite gives integers, so the services read both alike."""
    transfer.move(shop_file, server_url)
    values = _params(today)["value"]
    file_db = transfer.open_plain(shop_file, read_only=True)
    server_db = transfer.open_plain(server_url, read_only=True)
    try:
        for name in ("value", "shop", "repeat", "pool", "sources"):
            params = _params(today).get(name, values)
            for a, b in zip(sqlite_value.run(file_db, name, params),
                            postgres_value.run(server_db, name, params), strict=True):
                assert [type(x) for x in a] == [type(x) for x in b], (name, a, b)
    finally:
        file_db.close()
        server_db.close()


def test_a_date_moved_by_months_overflows_as_sqlite_does(server_url):
    import sqlite3

    import psycopg

    days = ["2024-01-31", "2024-02-29", "2025-03-31", "2025-12-31", "2026-05-15"]
    modifiers = ["+1 months", "+12 months", "+30 months", "+365 days", "+6 months"]
    con = sqlite3.connect(":memory:")
    with psycopg.connect(server_url) as server:
        for day in days:
            for modifier in modifiers:
                expected = con.execute("SELECT date(?, ?)", (day, modifier)).fetchone()[0]
                sql = "SELECT " + postgres_value.shifted("CAST(%(d)s AS date)", "%(m)s")
                got = server.execute(sql, {"d": day, "m": modifier}).fetchone()[0]
                assert got.isoformat() == expected, (day, modifier)
    con.close()
