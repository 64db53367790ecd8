"""Importing a repair sheet as service visits: the car found by plate or by phone, bad cells,
mileage, duplicates, one batch that undo removes, and a dry run that writes nothing."""

import datetime as dt

import openpyxl
import pytest

from dealerdesk.db.models import ImportBatch, ServiceVisit, Vehicle
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services import imports
from dealerdesk.services import service_visits as sv
from dealerdesk.services import visit_import as vi
from dealerdesk.services.customers import create_customer, delete_customer
from dealerdesk.services.vehicles import add_vehicle

NOW = dt.datetime(2026, 11, 26, 10, 0)
HEAD = ["进厂日期", "车牌号", "车主电话", "车主", "进厂里程", "维修项目", "结算金额", "备注"]


def _xlsx(tmp_path, rows, head=HEAD, name="维修单.xlsx", title=None):
    wb = openpyxl.Workbook()
    if title:
        wb.active.append([title])
    for row in [head, *rows]:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _csv_gbk(tmp_path, rows, head=HEAD):
    lines = [",".join("" if v is None else str(v) for v in r) for r in [head, *rows]]
    path = tmp_path / "repairs.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


@pytest.fixture
def shop(store, today):
    """Two customers: 张三 with one car, 李四 with two."""
    zhang, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    camry, _ = add_vehicle(zhang, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345"),
                           today=today)
    li, _ = create_customer(CustomerInput(name="李四", phone="13900000002"), today=today)
    golf, _ = add_vehicle(li, VehicleInput(brand="大众", model="高尔夫", plate="浙B22222"),
                          today=today)
    add_vehicle(li, VehicleInput(brand="本田", model="雅阁", plate="浙B33333"), today=today)
    return {"zhang": zhang, "camry": camry, "li": li, "golf": golf}


def _run(path, today, **kw):
    plan = vi.plan_visits(path, today=today, **kw)
    return plan, vi.run_visits(plan, staff_id=None, today=today, now=NOW)


def _visits():
    return list(ServiceVisit.select().order_by(ServiceVisit.visited_on, ServiceVisit.id))


def test_rows_find_their_car_by_plate_and_kinds_follow_the_words(tmp_path, today, shop):
    path = _xlsx(tmp_path, [
        ["2026-03-01", "浙a 12345", None, "张三", 10000, "小保养", 380, "换机油"],
        ["2026/06/15", "浙A·12345", None, None, "15,000", "钣金喷漆", "1,200.50", None],
        [dt.date(2026, 7, 1), "浙B22222", None, None, None, "洗车", 30, None],
        ["2026-08-01", "浙B33333", None, None, None, "续保", 4500, None],
        ["2026-09-01", "浙B33333", None, None, None, "精品脚垫", 200, None],
        ["2026-10-01", "浙B33333", None, None, None, "年检代办", 100, None],
    ])
    plan, result = _run(path, today)
    assert plan.counts["new"] == 6 and plan.counts["rejected"] == 0, plan.rejected
    visits = _visits()
    assert [v.kind for v in visits] == ["maintenance", "repair", "detailing", "insurance",
                                        "accessories", "other"]
    assert [v.amount_cents for v in visits[:2]] == [38000, 120050]
    assert {v.paid_by for v in visits} == {"cash"} and not any(v.ledger_entry_id for v in visits)
    assert visits[0].customer_id == shop["zhang"] and visits[0].vehicle_id == shop["camry"]
    assert visits[0].notes == "换机油"
    car = Vehicle.get_by_id(shop["camry"])
    assert car.mileage_km == 15000 and car.next_maintenance_on is not None
    batch = ImportBatch.get_by_id(result.batch_id)
    assert batch.kind == "visits" and batch.file_name == "维修单.xlsx"


def test_phone_finds_the_only_car_of_one_customer(tmp_path, today, shop):
    path = _xlsx(tmp_path, [
        ["2026-05-01", None, "138 1234 5678", None, None, "保养", 300, None],
        ["2026-05-02", "沪C99999", "13812345678", None, None, "保养", 300, None],
        ["2026-05-03", None, "13900000002", None, None, "保养", 300, None],
        ["2026-05-04", "沪C99999", None, None, None, "保养", 300, None],
        ["2026-05-05", None, "13700000000", None, None, "保养", 300, None],
        ["2026-05-06", None, None, "王五", None, "保养", 300, None],
    ])
    plan, _ = _run(path, today)
    assert [v.row for v in plan.visits] == [2, 3]
    assert {v.vehicle_id for v in plan.visits} == {shop["camry"]}
    assert [w.row for w in plan.warnings] == [3] and "沪C99999" in plan.warnings[0].reason
    reasons = {r.row: r.reason for r in plan.rejected}
    assert set(reasons) == {4, 5, 6, 7}
    assert "2 cars" in reasons[4] and "give the plate" in reasons[4]
    assert "沪C99999" in reasons[5] and "correct the plate" in reasons[5]
    assert "13700000000" in reasons[6]
    assert "Neither a plate nor a phone" in reasons[7]


def test_cars_of_deleted_customers_are_not_matched(tmp_path, today, shop):
    delete_customer(shop["zhang"])
    plan = vi.plan_visits(_xlsx(tmp_path, [["2026-05-01", "浙A12345", None, None, None,
                                            "保养", 300, None]]), today=today)
    assert plan.counts["rejected"] == 1 and "浙A12345" in plan.rejected[0].reason


def test_bad_dates_amounts_and_mileage_are_rejected_with_a_line(tmp_path, today, shop):
    sv.record_visit(sv.VisitInput(customer_id=shop["zhang"], visited_on=dt.date(2026, 6, 1),
                                  kind="maintenance", amount_cents=30000,
                                  vehicle_id=shop["camry"], mileage_km=20000),
                    staff_id=None, today=today)
    path = _xlsx(tmp_path, [
        ["下周", "浙A12345", None, None, None, "保养", 300, None],
        [None, "浙A12345", None, None, None, "保养", 300, None],
        ["2026-07-01", "浙A12345", None, None, None, "保养", "三百", None],
        ["2027-01-05", "浙A12345", None, None, None, "保养", 300, None],
        ["2026-07-02", "浙A12345", None, None, 18000, "保养", 300, None],
        ["2026-07-03", "浙A12345", None, None, None, "保养", -5, None],
        ["2026-08-01", "浙A12345", None, None, 30000, "维修", 800, None],
        ["2026-09-01", "浙A12345", None, None, 25000, "维修", 900, None],
        ["2026-09-02", "浙A12345", None, None, "1万2", "维修", 900, None],
        ["合计", None, None, None, None, None, 4000, None],
    ])
    plan, _ = _run(path, today)
    reasons = {r.row: r.reason for r in plan.rejected}
    assert [v.row for v in plan.visits] == [8]
    assert set(reasons) == {2, 3, 4, 5, 6, 7, 9, 10}
    assert reasons[2].startswith("Visit date:")
    assert "missing" in reasons[3]
    assert reasons[4].startswith("Visit amount (yuan):")
    assert "future" in reasons[5]
    assert "18,000 km" in reasons[6] and "20,000 km" in reasons[6]
    assert "between 0 and" in reasons[7]
    assert "25,000 km" in reasons[9] and "30,000 km" in reasons[9] and "earlier row" in reasons[9]
    assert reasons[10].startswith("Mileage (km):")
    assert plan.counts["ignored"] == 1
    assert Vehicle.get_by_id(shop["camry"]).mileage_km == 30000


def test_the_same_visit_is_not_stored_twice(tmp_path, today, shop):
    sv.record_visit(sv.VisitInput(customer_id=shop["zhang"], visited_on=dt.date(2026, 6, 1),
                                  kind="maintenance", amount_cents=30000,
                                  vehicle_id=shop["camry"]), staff_id=None, today=today)
    row = ["2026-06-01", "浙A12345", None, None, None, "保养", 300, None]
    other = ["2026-06-02", "浙A12345", None, None, None, "保养", 300, None]
    path = _xlsx(tmp_path, [row, other, other, ["2026-06-02", "浙A12345", None, None, None,
                                                 "维修", 300, None]])
    plan, _ = _run(path, today)
    assert (plan.counts["new"], plan.counts["already"], plan.counts["duplicates"]) == (2, 1, 1)
    assert [s.row for s in plan.skipped] == [2, 4]
    assert "Already stored" in plan.skipped[0].reason
    assert ServiceVisit.select().count() == 3
    again, _ = _run(path, today)  # the same sheet a second time adds nothing
    assert again.counts["new"] == 0 and again.counts["already"] == 4
    assert ServiceVisit.select().count() == 3


def test_undo_removes_the_batch_and_puts_the_car_back(tmp_path, today, shop):
    Vehicle.update(mileage_km=5000).where(Vehicle.id == shop["camry"]).execute()
    path = _xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, 10000, "保养", 380, None],
                            ["2026-04-01", "浙B22222", None, None, 800, "保养", 380, None]])
    _, result = _run(path, today)
    assert Vehicle.get_by_id(shop["camry"]).next_maintenance_on is not None
    [batch] = imports.list_batches()
    assert (batch.kind, batch.counts["new"]) == ("visits", 2)
    assert imports.undo_conflicts(batch.id) == []
    changes = imports.undo_import(batch.id, now=NOW)
    assert changes.touches("visits", "imports")
    assert ServiceVisit.select().count() == 0
    car = Vehicle.get_by_id(shop["camry"])
    assert (car.mileage_km, car.next_maintenance_on) == (5000, None)
    assert imports.list_batches()[0].undone_at is not None
    with pytest.raises(ValidationFailed):
        vi.undo_visits(result.batch_id)


def test_undo_keeps_visits_recorded_by_hand(tmp_path, today, shop):
    _, result = _run(_xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, 10000, "保养",
                                       380, None]]), today)
    sv.record_visit(sv.VisitInput(customer_id=shop["zhang"], visited_on=dt.date(2026, 9, 1),
                                  kind="repair", amount_cents=100, vehicle_id=shop["camry"],
                                  mileage_km=14000), staff_id=None, today=today)
    vi.undo_visits(result.batch_id, now=NOW)
    assert [v.kind for v in _visits()] == ["repair"]
    assert Vehicle.get_by_id(shop["camry"]).mileage_km == 14000


def test_dry_run_writes_nothing(tmp_path, today, shop):
    path = _xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, 10000, "保养", 380, None]],
                 title="2026年维修登记表")
    plan = vi.plan_visits(path, today=today)
    assert plan.table.header_row == 2 and plan.counts["new"] == 1
    assert ServiceVisit.select().count() == 0 and ImportBatch.select().count() == 0
    assert Vehicle.get_by_id(shop["camry"]).mileage_km is None


def test_rows_are_checked_again_when_written(tmp_path, today, shop):
    path = _xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, None, "保养", 380, None]])
    plan = vi.plan_visits(path, today=today)
    sv.record_visit(sv.VisitInput(customer_id=shop["zhang"], visited_on=dt.date(2026, 3, 1),
                                  kind="maintenance", amount_cents=38000,
                                  vehicle_id=shop["camry"]), staff_id=None, today=today)
    result = vi.run_visits(plan, staff_id=None, today=today, now=NOW)
    assert result.counts["new"] == 0 and result.counts["already"] == 1
    assert ServiceVisit.select().count() == 1


def test_gbk_csv_with_english_headers(tmp_path, today, shop):
    head = ["Date", "Plate", "Phone", "Customer", "Mileage", "Service", "Amount", "Notes"]
    path = _csv_gbk(tmp_path, [["2026-03-01", "浙A12345", "", "张三", "9000", "保养", "380",
                                "换机油，检查刹车"]], head=head)
    plan, _ = _run(path, today)
    assert plan.mapping == ("visited_on", "plate", "phone", "name", "mileage_km", "kind",
                            "amount", "notes")
    [visit] = _visits()
    assert (visit.kind, visit.mileage_km, visit.notes) == ("maintenance", 9000, "换机油，检查刹车")


def test_a_mapping_without_day_or_car_is_refused(tmp_path, today, shop):
    path = _xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, None, "保养", 380, None]])
    with pytest.raises(ValidationFailed):
        vi.plan_visits(path, today=today, mapping=(None, "plate", None, None, None, "kind",
                                                   "amount", None))


def test_a_kind_the_shop_took_off_its_list(tmp_path, today, shop):
    sv.set_service_kinds(["maintenance", "repair"])
    path = _xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, None, "洗车", 30, None]])
    plan = vi.plan_visits(path, today=today)
    assert plan.counts["rejected"] == 1 and "洗车" in plan.rejected[0].reason


def test_a_total_line_written_under_the_plate_is_left_out(tmp_path, today, shop):
    """A sheet whose plate column comes first writes 合计 there: a total line, not a
    visit refused for its missing day."""
    head = ["车牌号", "进厂日期", "维修项目", "结算金额"]
    path = _xlsx(tmp_path, [["浙A12345", "2026-03-01", "保养", 380],
                            ["合计", None, None, 380]], head=head)
    plan = vi.plan_visits(path, today=today)
    assert (plan.counts["new"], plan.counts["ignored"], plan.counts["rejected"]) == (1, 1, 0)


def test_undo_follows_a_visit_moved_to_another_car_since(tmp_path, today, shop):
    """An imported visit later moved to 张三's second car: undo removes it there too, and
    that car's mileage and next maintenance, which came from it, go with it."""
    _, result = _run(_xlsx(tmp_path, [["2026-03-01", "浙A12345", None, None, 10000, "保养",
                                       380, None]]), today)
    second, _ = add_vehicle(shop["zhang"], VehicleInput(brand="本田", model="飞度",
                                                        plate="浙A77777"), today=today)
    [visit] = _visits()
    sv.update_visit(visit.id, sv.VisitInput(
        customer_id=shop["zhang"], visited_on=visit.visited_on, kind="maintenance",
        amount_cents=visit.amount_cents, vehicle_id=second, mileage_km=10000),
        staff_id=None, today=today)
    car = Vehicle.get_by_id(second)
    assert car.mileage_km == 10000 and car.next_maintenance_on is not None
    vi.undo_visits(result.batch_id, now=NOW)
    assert _visits() == []
    car = Vehicle.get_by_id(second)
    assert (car.mileage_km, car.next_maintenance_on) == (None, None)


def test_undo_names_a_batch_that_is_no_visit_import(tmp_path, today, shop):
    """A customer import's number, or no import at all, is not 'already undone'."""
    with pytest.raises(ValidationFailed) as refused:
        vi.undo_visits(999, now=NOW)
    assert "999" in str(refused.value) and "already" not in str(refused.value)


def test_cells_past_the_limit_refuse_their_row_except_in_the_notes(tmp_path, today, shop):
    path = _csv_gbk(tmp_path, [
        ["2026-03-01", "浙A12345", None, None, None, "保养" * 20_000, 380, None],
        ["2026-03-02", "浙A12345", None, None, None, "保养", 380, "换机油" * 12_000]])
    plan = vi.plan_visits(path, today=today)
    assert (plan.counts["new"], plan.counts["rejected"]) == (1, 1)
    assert plan.rejected[0].row == 2 and "40,000" in plan.rejected[0].reason
