"""Any list as a starting point: messages that respect marketing consent, a call list in the
list's order with its reasons, and the Customers filter by a list of ids."""

import datetime as dt

from dealerdesk.domain.records import CustomerFilter, CustomerInput, VehicleInput
from dealerdesk.services import customer_lists as lists
from dealerdesk.services.customers import create_customer, query_customer_ids
from dealerdesk.services.vehicles import add_vehicle


def _person(name, phone, today, consent=True, due=None):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone, marketing_consent=consent),
                             today=today)
    if due is not None:
        add_vehicle(cid, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345",
                                      next_maintenance_on=due), today=today)
    return cid


def test_messages_leave_out_and_count_those_without_consent_or_a_date(store, today):
    due = dt.date(2026, 12, 3)
    yes = _person("张三", "13800000001", today, due=due)
    no = _person("李四", "13800000002", today, consent=False, due=due)
    carless = _person("王五", "13800000003", today)
    found = lists.list_messages(ids=[no, yes, carless], kind="maintenance", language="zh_CN")
    assert (found.without_consent, found.without_date) == (1, 1)
    [message] = found.messages
    assert message.customer_id == yes and message.phone == "13800000001"
    assert "张三" in message.text and "2026年12月3日" in message.text and "浙A12345" in message.text
    english = lists.list_messages(ids=[yes], kind="maintenance", language="en")
    assert "3 December 2026" in english.messages[0].text


def test_a_list_prints_in_its_order_with_its_reasons(store, today):
    a = _person("张三", "13800000001", today)
    b = _person("李四", "13800000002", today, due=dt.date(2027, 1, 1))
    data = lists.gather_list_call_list(
        title="高价值", entries=[lists.ListEntry(b, "剩余价值 ¥5万"), lists.ListEntry(a)],
        today=today, now=dt.datetime(2026, 11, 26, 9))
    assert [(r.name, r.reasons) for r in data.rows] == [("李四", ("剩余价值 ¥5万",)),
                                                        ("张三", ())]
    assert data.title == "高价值" and data.rows[0].plate == "浙A12345"


def test_the_customers_filter_keeps_only_the_listed_ids(store, today):
    a = _person("张三", "13800000001", today)
    _person("李四", "13800000002", today)
    c = _person("王五", "13800000003", today)
    assert sorted(query_customer_ids(CustomerFilter(ids=(a, c)))) == [a, c]
    assert query_customer_ids(CustomerFilter(ids=())) == []
    assert len(query_customer_ids(CustomerFilter())) == 3
