"""Who referred whom: the customers behind one row of the referrers table, as many as it
counts, with what each of them bought."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dealerdesk.db.models import Customer
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import value
from dealerdesk.services.customers import create_customer, delete_customer
from dealerdesk.services.vehicles import add_vehicle

AS_OF = dt.date(2026, 11, 26)


def _customer(name, phone, recorded, referrer=None):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone, source="referral",
                                           referrer_id=referrer), today=AS_OF)
    Customer.update(created_at=dt.datetime.combine(recorded, dt.time(10))).where(
        Customer.id == cid).execute()
    return cid


def _bought(cid, day, yuan):
    add_vehicle(cid, VehicleInput(relation="bought", brand="丰田", model="凯美瑞",
                                  deal_on=day, deal_price_cents=yuan * 100), today=AS_OF)


@pytest.fixture
def shop(store):
    """老王 referred 小李 (bought twice), 小张 (a lead) and 小赵 (in the recycle bin); 小李
    referred 小陈 (bought once); 小陈 referred nobody."""
    wang = _customer("老王", "13900000001", dt.date(2024, 1, 1))
    li = _customer("小李", "13900000002", dt.date(2025, 3, 1), wang)
    _bought(li, dt.date(2025, 3, 20), 100_000)
    _bought(li, dt.date(2026, 8, 1), 60_000)
    zhang = _customer("小张", "13900000003", dt.date(2026, 10, 5), wang)
    zhao = _customer("小赵", "13900000004", dt.date(2026, 2, 1), wang)
    _bought(zhao, dt.date(2026, 2, 10), 90_000)
    delete_customer(zhao)
    chen = _customer("小陈", "13900000005", dt.date(2026, 6, 1), li)
    _bought(chen, dt.date(2026, 6, 15), 80_000)
    return {"wang": wang, "li": li, "zhang": zhang, "chen": chen}


def test_the_customers_a_referrer_referred_agree_with_the_referrers_table(shop):
    referred = value.referred_customers(shop["wang"])
    assert [(r.name, r.recorded, r.bought, r.deals, r.deal_cents) for r in referred] == [
        ("小张", dt.date(2026, 10, 5), False, 0, 0),
        ("小李", dt.date(2025, 3, 1), True, 2, 16_000_000)]
    assert referred[0].status == "lead"
    table = {r.customer_id: r for r in value.top_referrers()}
    assert set(table) == {shop["wang"], shop["li"]}
    for referrer in table.values():
        theirs = value.referred_customers(referrer.customer_id)
        assert len(theirs) == referrer.referred
        assert sum(r.bought for r in theirs) == referrer.bought
    assert [r.name for r in value.referred_customers(shop["li"])] == ["小陈"]
    assert value.referred_customers(shop["chen"]) == []


def test_the_command_line_lists_one_referrers_customers(shop, store, capsys):
    from dealerdesk.cli import main
    from dealerdesk.services.store import close_store

    expected = [r.as_json() for r in value.referred_customers(shop["wang"])]
    close_store()
    assert main(["report", "sources", "--db", str(store), "--referrer", str(shop["wang"]),
                 "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == expected and [p["name"] for p in printed] == ["小张", "小李"]
    assert main(["report", "pool", "--db", str(store), "--referrer", "1"]) != 0
