"""A demo shop on either storage goes on like any other: new records take new ids."""


def test_records_added_after_a_demo_take_new_ids(store, today):
    """The demo writes its rows with their ids; the server's id sequences go on after them."""
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.demo import fill_demo
    from dealerdesk.services.staff import add_staff

    counts = fill_demo(customers=20, seed=3, today=today)
    cid, _ = create_customer(CustomerInput(name="新客户", phone="13800009999"))
    assert cid > counts["customers"]
    add_staff(name="新员工", phone="13900009999")
