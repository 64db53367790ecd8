"""The customer table model: Qt's model rules, lazy pages, sort and filter in the database."""

from PySide6.QtCore import Qt

from dealerdesk.domain.records import CustomerFilter
from dealerdesk.services import customers as customer_service
from dealerdesk.ui.customers.model import KEYS, CustomerTableModel


def test_model_passes_qt_model_tests(qtmodeltester, add_customer, staff, today):
    for i in range(50):
        add_customer(name=f"客户{i:02d}", status="following" if i % 2 else "lead",
                     level="H" if i % 3 else "B", owner_id=staff.id, tags=("vip",))
    model = CustomerTableModel(today=lambda: today)
    assert model.rowCount() == 50
    qtmodeltester.check(model)


def test_roles_give_raw_values_and_ids(add_customer, today):
    cid = add_customer(name="张三", phone="13812345678", status="lost")
    model = CustomerTableModel(today=lambda: today)
    status = model.index(0, KEYS.index("status"))
    assert model.data(status) == "Lost"
    assert model.data(status, CustomerTableModel.SortRole) == "lost"
    assert model.data(status, CustomerTableModel.IdRole) == cid
    assert model.data(model.index(0, KEYS.index("phone"))) == "13812345678"


def test_rows_are_fetched_by_page_and_old_pages_dropped(add_customer, today, monkeypatch):
    for i in range(45):
        add_customer(name=f"客户{i:02d}")
    model = CustomerTableModel(today=lambda: today)
    model.PAGE, model.MAX_PAGES = 10, 2
    fetched = []
    real = customer_service.fetch_rows
    monkeypatch.setattr(customer_service, "fetch_rows",
                        lambda ids: fetched.append(ids) or real(ids))
    model.data(model.index(0, 0))
    model.data(model.index(5, 1))
    assert len(fetched) == 1 and len(fetched[0]) == 10
    model.data(model.index(44, 0))
    model.data(model.index(25, 0))
    model.data(model.index(0, 0))  # evicted by now: fetched again
    assert [len(ids) for ids in fetched] == [10, 5, 10, 10]


def test_sort_asks_the_database(add_customer, today):
    for name in ("王五", "张三", "李四"):
        add_customer(name=name)
    model = CustomerTableModel(today=lambda: today)
    model.sort(KEYS.index("name"), Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["李四", "王五", "张三"]
    model.sort(KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "张三"


def test_filter_narrows_the_ids(add_customer, today):
    add_customer(name="张三")
    add_customer(name="李四")
    model = CustomerTableModel(today=lambda: today)
    model.set_filter(CustomerFilter(text="zs"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "张三"
    column = KEYS.index("next_followup")
    assert model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole) is None
