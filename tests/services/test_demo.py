"""The demo shop must be believable: its rules, checked on a generated shop."""

import datetime as dt

import pytest

from dealerdesk.db.api import fetch_all, scalar


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """A 400-customer demo made at 10:30 on the tests' day (only part of the day has passed)."""
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.store import close_store, open_store

    folder = tmp_path_factory.mktemp("demo")
    now = dt.datetime(2026, 11, 26, 10, 30)
    open_store(folder / "demo.db", backup_dir=folder / "backups")
    counts = fill_demo(customers=400, seed=11, today=now.date(), now=now)
    yield now, counts
    close_store()


def _moments(sql):
    return [dt.datetime.fromisoformat(str(v)) for (v,) in fetch_all(sql) if v is not None]


def test_no_contact_in_the_future_or_before_the_customer_existed(shop):
    now, _ = shop
    assert scalar("SELECT count(*) FROM follow_up f JOIN customer c ON c.id = f.customer_id "
                  "WHERE f.at < c.created_at") == 0
    for sql in ("SELECT at FROM follow_up", "SELECT created_at FROM customer",
                "SELECT done_at FROM revisit", "SELECT at FROM ledger_entry",
                "SELECT created_at FROM vehicle"):
        assert max(_moments(sql)) <= now, sql
    assert scalar("SELECT count(*) FROM vehicle v JOIN customer c ON c.id = v.customer_id "
                  "WHERE v.created_at < c.created_at") == 0


def test_every_after_sale_entry_has_a_car_sold_here(shop):
    assert scalar("SELECT count(*) FROM follow_up f WHERE f.outcome = 'after_sale' AND NOT "
                  "EXISTS (SELECT 1 FROM vehicle v WHERE v.customer_id = f.customer_id "
                  "AND v.relation IN ('bought', 'traded_in') AND v.deal_on <= date(f.at))") == 0
    assert scalar("SELECT count(*) FROM follow_up WHERE outcome = 'after_sale'") > 0


def test_everything_is_dated_in_working_hours(shop):
    for sql in ("SELECT at FROM follow_up", "SELECT created_at FROM customer",
                "SELECT done_at FROM revisit", "SELECT at FROM ledger_entry"):
        hours = {m.time() for m in _moments(sql)}
        assert min(hours) >= dt.time(9) and max(hours) <= dt.time(18, 30), sql


def test_dormant_customers_were_not_heard_of_lately_and_lost_deals_are_spread(shop):
    now, _ = shop
    recent = now - dt.timedelta(days=60)
    assert scalar("SELECT count(*) FROM customer WHERE status = 'dormant' "
                  "AND last_followup_at > ?", (recent,)) == 0
    month = fetch_all("SELECT date(at), count(*) FROM follow_up WHERE outcome = 'lost' "
                      "AND at > ? GROUP BY date(at)", (now - dt.timedelta(days=30),))
    assert month and max(n for _, n in month) <= max(3, sum(n for _, n in month) // 3)


def test_the_shop_has_history_cards_repeat_buyers_and_old_cars(shop):
    from dealerdesk.services.membership_queries import ledger_problems

    now, counts = shop
    assert counts["cards"] >= 10
    kinds = dict(fetch_all("SELECT kind, count(*) FROM ledger_entry GROUP BY kind"))
    assert kinds.get("top_up") and kinds.get("spend") and kinds.get("package_sale")
    assert kinds.get("package_use")
    assert ledger_problems() == []
    assert scalar("SELECT count(*) FROM (SELECT customer_id FROM follow_up WHERE outcome = "
                  "'deal' GROUP BY customer_id HAVING count(*) > 1)") >= 3
    ten_years = dt.date(now.year - 10, now.month, now.day)
    assert scalar("SELECT count(*) FROM vehicle WHERE registered_on < ?", (ten_years,)) >= 5
    months = fetch_all("SELECT strftime('%Y-%m', created_at), count(*) FROM customer "
                       "WHERE created_at > ? GROUP BY 1", (now - dt.timedelta(days=365),))
    whole = sorted(months)[1:]  # the first month of the window is only partly in it
    assert len(whole) >= 12 and min(n for _, n in whole) >= 3  # every month has leads
    deals = fetch_all("SELECT strftime('%Y-%m', at) FROM follow_up WHERE outcome = 'deal' "
                      "AND at > ? GROUP BY 1", (now - dt.timedelta(days=180),))
    assert len(deals) >= 5  # sales in nearly every month
