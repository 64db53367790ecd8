"""The global search: name, pinyin, phone digits, plates."""

from dealerdesk.domain.records import CustomerFilter, CustomerInput, VehicleInput
from dealerdesk.services import customers, vehicles
from dealerdesk.services.search import search


def _people(today):
    ids = {}
    for name, phone in (("张三", "13812345678"), ("单田芳", "13900001111"),
                        ("曾小贤", "0571-88886666"), ("Tom Lee", "13700002222")):
        ids[name], _ = customers.create_customer(CustomerInput(name=name, phone=phone),
                                                 today=today)
    vehicles.add_vehicle(ids["张三"], VehicleInput(brand="丰田", plate="浙a 12345"), today=today)
    return ids


def names(text):
    return {h.name for h in search(text)}


def test_pinyin_initials_and_full(store, today):
    _people(today)
    assert names("zs") == {"张三"}
    assert names("zhangsan") == {"张三"}
    assert names("ZhangSan") == {"张三"}
    assert names("stf") == {"单田芳"}
    assert names("shan") == {"单田芳"}
    assert names("zxx") == {"曾小贤"}


def test_name_part(store, today):
    _people(today)
    assert names("田芳") == {"单田芳"}
    assert names("tom") == {"Tom Lee"}


def test_phone_digits_anywhere(store, today):
    _people(today)
    assert names("5678") == {"张三"}
    assert names("1234 5678") == {"张三"}
    assert names("8888") == {"曾小贤"}
    assert names("567") == set()  # fewer than 4 digits is not a phone search


def test_plate_case_and_spaces(store, today):
    _people(today)
    assert names("浙A12345") == {"张三"}
    assert names("浙 a1 2345") == {"张三"}
    assert names("a123") == {"张三"}


def test_deleted_are_not_found_and_table_filter_agrees(store, today):
    ids = _people(today)
    customers.delete_customer(ids["张三"])
    assert names("zs") == set()
    assert customers.query_customer_ids(CustomerFilter(text="zs")) == []
    assert customers.query_customer_ids(CustomerFilter(text="zs", deleted=True)) == [ids["张三"]]


def test_odd_input_does_not_crash(store, today):
    _people(today)
    for text in ['"', "'", "%", "_", "浙A-12", "\\", "   ", "😀", "a" * 500]:
        search(text)


def test_phone_digit_index_follows_edits_and_erasure(store, today):
    import dataclasses

    ids = _people(today)
    c = customers.get_customer(ids["张三"])
    fields = dataclasses.fields(CustomerInput)
    edited = CustomerInput(**{f.name: getattr(c, f.name) for f in fields})
    customers.update_customer(ids["张三"], dataclasses.replace(edited, phone="13955554444",
                                                              phone2="13812345678"), today=today)
    assert names("5555") == {"张三"}
    assert names("2345678") == {"张三"}  # the old number is now the second phone
    customers.update_customer(ids["张三"], dataclasses.replace(edited, phone="13955554444"),
                              today=today)
    assert names("2345678") == set()
    customers.erase_customer(ids["张三"])
    assert names("5555") == set()
