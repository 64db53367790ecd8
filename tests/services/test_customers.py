"""Customer use cases on a fresh database: validation, duplicates, recycle bin, erase."""

import dataclasses

import pytest

from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerFilter, CustomerInput
from dealerdesk.services import customers as svc


def new(name="张三", phone="138 1234 5678", **kw):
    return CustomerInput(name=name, phone=phone, **kw)


def test_create_normalises_and_reads_back(store, staff, today):
    cid, changes = svc.create_customer(
        new(phone="+86 138-1234-5678", tags=("vip", "换车，家用")), created_by_id=staff.id,
        today=today)
    assert changes.touches("customers")
    c = svc.get_customer(cid)
    assert c.phone == "13812345678"
    assert c.tags == ("vip", "换车", "家用")
    assert c.created_by_name == "李明"


def test_every_problem_is_reported_at_once(store, today):
    bad = CustomerInput(name="", phone="12345", status="nonsense")
    with pytest.raises(ValidationFailed) as info:
        svc.create_customer(bad, today=today)
    fields = {e.field for e in info.value.errors}
    assert {"name", "phone", "status"} <= fields
    assert svc.count_customers() == 0


def test_needs_a_way_to_reach(store, today):
    with pytest.raises(ValidationFailed) as info:
        svc.create_customer(CustomerInput(name="王五"), today=today)
    assert info.value.for_field("phone")
    cid, _ = svc.create_customer(CustomerInput(name="王五", wechat="wangwu88"), today=today)
    assert svc.get_customer(cid).wechat == "wangwu88"


def test_duplicate_phone_is_refused_with_link_to_first(store, today):
    first, _ = svc.create_customer(new(), today=today)
    with pytest.raises(ValidationFailed) as info:
        svc.create_customer(new(name="张三丰", phone="13812345678"), today=today)
    err = info.value.for_field("phone")
    assert err.related_id == first
    assert "张三" in err.message


def test_second_phone_also_counts_as_duplicate(store, today):
    svc.create_customer(new(phone2="13900002222"), today=today)
    with pytest.raises(ValidationFailed):
        svc.create_customer(new(name="李四", phone="139-0000-2222"), today=today)


def test_birthday_in_future_and_bad_lunar(store, today):
    future = today.replace(year=today.year + 1)
    with pytest.raises(ValidationFailed) as info:
        svc.create_customer(new(birthday=future, lunar_birthday=True, lunar_month=13,
                                lunar_day=1), today=today)
    assert {"birthday", "lunar_birthday"} <= {e.field for e in info.value.errors}


def test_budget_order(store, today):
    with pytest.raises(ValidationFailed) as info:
        svc.create_customer(new(budget_min_cents=20_000_000, budget_max_cents=10_000_000),
                            today=today)
    assert info.value.for_field("budget")


def test_update_keeps_own_phone(store, today):
    cid, _ = svc.create_customer(new(), today=today)
    c = svc.get_customer(cid)
    edited = dataclasses.replace(CustomerInput(**{f.name: getattr(c, f.name) for f in
                                                   dataclasses.fields(CustomerInput)}),
                                 notes="喜欢钓鱼")
    svc.update_customer(cid, edited, today=today)
    assert svc.get_customer(cid).notes == "喜欢钓鱼"


def test_recycle_bin_and_restore(store, today):
    cid, _ = svc.create_customer(new(), today=today)
    svc.delete_customer(cid)
    assert svc.query_customer_ids(CustomerFilter()) == []
    assert svc.query_customer_ids(CustomerFilter(deleted=True)) == [cid]
    # The phone is free again while the customer is in the bin...
    other, _ = svc.create_customer(new(name="另一个"), today=today)
    # ...so restoring would make a duplicate: refused with a clear message.
    with pytest.raises(ValidationFailed):
        svc.restore_customer(cid)
    svc.delete_customer(other)
    svc.restore_customer(cid)
    assert svc.query_customer_ids(CustomerFilter()) == [cid]


def test_erase_removes_personal_data(store, today):
    from dealerdesk.db.api import scalar

    cid, _ = svc.create_customer(new(address="杭州市西湖区"), today=today)
    svc.erase_customer(cid)
    assert svc.get_customer(cid) is None
    assert scalar("SELECT count(*) FROM customer WHERE name = '张三'") == 0


def test_filters_and_sort(store, staff, today):
    a, _ = svc.create_customer(new("张三", "13800000001", level="H", status="lead",
                                   owner_id=staff.id, tags=("vip",)), today=today)
    b, _ = svc.create_customer(new("李四", "13800000002", level="A", status="visited",
                                   source="referral", referrer_id=a), today=today)
    c, _ = svc.create_customer(new("王五", "13800000003", level="H", status="customer"),
                               today=today)
    assert set(svc.query_customer_ids(CustomerFilter(levels=("H",)))) == {a, c}
    assert svc.query_customer_ids(CustomerFilter(statuses=("visited",))) == [b]
    assert svc.query_customer_ids(CustomerFilter(owner_id=staff.id)) == [a]
    assert svc.query_customer_ids(CustomerFilter(source="referral")) == [b]
    assert svc.query_customer_ids(CustomerFilter(tag="vip")) == [a]
    by_name = svc.query_customer_ids(CustomerFilter(), sort="name", descending=False)
    assert by_name == [b, c, a]  # li, wang, zhang
    rows = svc.fetch_rows([c, a])
    assert [r.name for r in rows] == ["王五", "张三"]
    assert rows[1].owner_name == "李明"
    assert svc.all_tags() == ["vip"]
    assert svc.get_customer(b).referrer_name == "张三"
