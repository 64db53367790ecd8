"""The Vehicles tab and the vehicle dialog: add, edit, bad input, unusual plates."""

import datetime as dt

import pytest

from dealerdesk.domain.records import VehicleInput
from dealerdesk.services import vehicles as vehicle_service

from .conftest import type_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(screen, add_customer):
    cid = add_customer(name="张三")
    screen.show_customer(cid)
    screen.page.tabs.setCurrentWidget(screen.page.vehicles)
    return screen.page


def test_vehicle_model_passes_qt_model_tests(qtmodeltester, page, today):
    for plate in ("浙A12345", "浙AD12345"):
        vehicle_service.add_vehicle(page.customer_id, VehicleInput(brand="丰田", plate=plate),
                                    today=today)
    page.vehicles.refresh()
    assert page.vehicles.model.rowCount() == 2
    qtmodeltester.check(page.vehicles.model)


def test_add_a_vehicle(qtbot, page):
    dialog = page.vehicles.dialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.brandEdit, "丰田")
    type_text(qtbot, dialog.ui.modelEdit, "凯美瑞")
    qtbot.keyClicks(dialog.ui.yearEdit, "2019")
    type_text(qtbot, dialog.ui.plateEdit, "浙a·123 45")
    assert dialog.save()
    cars = vehicle_service.list_vehicles(page.customer_id)
    assert [(c.title, c.plate) for c in cars] == [("丰田 凯美瑞 2019", "浙A12345")]
    assert page.vehicles.model.rowCount() == 1  # the tab refreshed itself


def test_edit_the_insurance_date(qtbot, page, today):
    vid, _ = vehicle_service.add_vehicle(
        page.customer_id, VehicleInput(brand="丰田", plate="浙A12345",
                                       compulsory_ins_expiry=dt.date(2026, 12, 1)), today=today)
    page.vehicles.refresh()
    page.vehicles.view.selectRow(0)
    dialog = page.vehicles.dialog(page.vehicles._selected())
    qtbot.addWidget(dialog)
    assert dialog.ui.compulsoryEdit.text() == "2026-12-01"
    dialog.ui.compulsoryEdit.clear()
    type_text(qtbot, dialog.ui.compulsoryEdit, "2027年12月1日")
    assert dialog.save()
    assert vehicle_service.get_vehicle(vid).compulsory_ins_expiry == dt.date(2027, 12, 1)
    assert page.vehicles.model.data(page.vehicles.model.index(0, 4)) == "1 Dec 2027"


def test_bad_vehicle_input_is_shown_and_nothing_saved(qtbot, page, answer):
    answer.value = False  # "Keep it anyway?" -> no, correct it
    dialog = page.vehicles.dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.vinEdit, "LSVOA1234567890AB")
    qtbot.keyClicks(dialog.ui.plateEdit, "ABC")
    qtbot.keyClicks(dialog.ui.yearEdit, "19x8")
    assert not dialog.save()
    assert len(answer.asked) == 1 and "ABC" in answer.asked[0]
    assert dialog.errors.text("vin")
    assert dialog.errors.text("plate")
    assert "whole number" in dialog.errors.text("year")
    assert dialog.ui.vinEdit.text() == "LSVOA1234567890AB"
    assert vehicle_service.list_vehicles(page.customer_id) == []


def test_unusual_plate_kept_when_confirmed(qtbot, page, answer):
    dialog = page.vehicles.dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.plateEdit, "ABC")
    assert dialog.save()
    assert [c.plate for c in vehicle_service.list_vehicles(page.customer_id)] == ["ABC"]


def test_inspection_date_is_suggested_until_typed(qtbot, page, today):
    dialog = page.vehicles.dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.registeredEdit, "2020-05-10")
    suggested = vehicle_service.suggest_inspection_due(dt.date(2020, 5, 10), today)
    assert dialog.ui.inspectionEdit.text() == suggested.isoformat()
    dialog.ui.inspectionEdit.clear()
    qtbot.keyClicks(dialog.ui.inspectionEdit, "2027-01-01")
    dialog.ui.registeredEdit.clear()
    qtbot.keyClicks(dialog.ui.registeredEdit, "2021-05-10")
    assert dialog.ui.inspectionEdit.text() == "2027-01-01"


def test_delete_a_vehicle(qtbot, page, today, answer):
    vehicle_service.add_vehicle(page.customer_id, VehicleInput(brand="丰田"), today=today)
    page.vehicles.refresh()
    page.vehicles.view.selectRow(0)
    page.vehicles.delete_button.click()
    assert vehicle_service.list_vehicles(page.customer_id) == []
    assert page.vehicles.empty.isVisible()
