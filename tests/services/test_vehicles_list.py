"""Listing a customer's vehicles, with and without a salesperson."""

from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import customers, vehicles


def test_list_vehicles_with_and_without_salesperson(store, staff, today):
    cid, _ = customers.create_customer(CustomerInput(name="张三", phone="13812345678"),
                                       today=today)
    vehicles.add_vehicle(cid, VehicleInput(brand="丰田", salesperson_id=staff.id), today=today)
    vehicles.add_vehicle(cid, VehicleInput(brand="本田"), today=today)
    found = {v.brand: v.salesperson_name for v in vehicles.list_vehicles(cid)}
    assert found == {"丰田": "李明", "本田": ""}
