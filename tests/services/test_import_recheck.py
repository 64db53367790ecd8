"""The second match, inside the write lock: the plan is left as it was until the import has
committed, a row refused then keeps its cells, and two rows that turn out to be the same
stored customer are reported."""

import copy
import csv
import datetime as dt
import json

import openpyxl
import pytest

from dealerdesk.db.models import Customer, FollowUp, ImportBatch, Vehicle
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services.customers import create_customer
from dealerdesk.services.exports import write_error_workbook
from dealerdesk.services.imports import ImportCancelledError, plan_import, run_import
from dealerdesk.services.vehicles import add_vehicle

NOW = dt.datetime(2026, 11, 26, 10, 0)
HEAD = ["姓名", "手机", "微信", "车牌", "地址", "备注"]


def _xlsx(tmp_path, rows, name="in.xlsx"):
    wb = openpyxl.Workbook()
    for row in [HEAD, *rows]:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _csv(tmp_path, rows, name="in.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([HEAD, *rows])
    return path


def _snapshot(plan):
    """Everything of the plan the wizard shows or reuses, as plain values."""
    return (
        copy.deepcopy([(p.row, p.match_id, p.fields, p.vehicles, p.followups, p.duplicate_rows)
                       for p in plan.customers]),
        [(r.row, r.values, r.reason) for r in plan.rejected],
        dict(plan.counts),
    )


def _another_program_adds(name, phone, phone2="", plate=""):
    """What another import or a colleague's form stores between the dry run and the import."""
    cid, _ = create_customer(CustomerInput(name=name, phone=phone, phone2=phone2),
                             today=NOW.date())
    if plate:
        add_vehicle(cid, VehicleInput(plate=plate), today=NOW.date())
    return cid


def _many_rows(count):
    return [[f"客户{i}", f"139{i:08d}", None, None, "杭州", None] for i in range(count)]


def test_a_cancelled_import_leaves_the_plan_as_it_was_and_can_be_run_again(tmp_path, today,
                                                                          store):
    # Row 2's customer is stored meanwhile (matched again: an update); row 3 has two
    # phones that now belong to two customers (refused at the second match).
    rows = [["张三", "13800000001", None, None, "宁波", None],
            ["王五", "13800000011, 13800000012", None, None, "杭州", None],
            *_many_rows(600)]
    plan = plan_import(_xlsx(tmp_path, rows), today=today)
    assert plan.counts["new"] == 602
    _another_program_adds("张三", "13800000001")
    _another_program_adds("甲", "13800000011")
    _another_program_adds("乙", "13800000012")
    before = _snapshot(plan)
    with pytest.raises(ImportCancelledError):
        run_import(plan, staff_id=None, today=today, now=NOW, cancel=lambda: True)
    assert _snapshot(plan) == before
    assert Customer.select().count() == 3 and ImportBatch.select().count() == 0
    result = run_import(plan, staff_id=None, today=today, now=NOW)
    # Once committed, the plan says what was written.
    counts = result.counts
    assert (counts["new"], counts["updated"], counts["rejected"]) == (600, 1, 1)
    assert plan.counts == result.counts
    assert [r.row for r in plan.rejected] == [3]
    assert Customer.select().count() == 603


def test_a_failed_import_leaves_the_plan_as_it_was(tmp_path, today, store, monkeypatch):
    from dealerdesk.services import import_store

    plan = plan_import(_xlsx(tmp_path, [["王五", "13800000011, 13800000012", None, None,
                                         "杭州", None],
                                        ["赵六", "13800000021", None, None, None, None]]),
                       today=today)
    _another_program_adds("甲", "13800000011")
    _another_program_adds("乙", "13800000021")
    before = _snapshot(plan)

    def broken(self):
        raise OSError("the disk went away")

    monkeypatch.setattr(import_store.BatchWriter, "flush", broken)
    with pytest.raises(OSError):
        run_import(plan, staff_id=None, today=today, now=NOW)
    assert _snapshot(plan) == before


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_row_refused_at_the_second_match_keeps_its_cells(tmp_path, today, store, kind):
    first = ["王五", "13800000011, 13800000012", "wangwu", "浙A11111", "杭州", "老客户介绍"]
    again = ["王五", "13800000011", None, None, None, "第二次来店"]
    write = _xlsx if kind == "xlsx" else _csv
    plan = plan_import(write(tmp_path, [first, ["李四", "13800000031", None, None, None, None],
                                        again]), today=today)
    assert plan.counts["duplicates"] == 1 and plan.counts["rejected"] == 0
    _another_program_adds("甲", "13800000011")
    _another_program_adds("乙", "13800000012")
    result = run_import(plan, staff_id=None, today=today, now=NOW)
    assert result.counts["rejected"] == 2 and result.counts["new"] == 1
    assert [r.row for r in plan.rejected] == [2, 4]
    assert "another customer" in plan.rejected[0].reason
    cells = [tuple("" if v is None else str(v) for v in r.values) for r in plan.rejected]
    assert cells == [tuple(first), tuple("" if v is None else v for v in again)]
    out = tmp_path / "errors.xlsx"
    write_error_workbook(out, headers=plan.table.headers, rejected=plan.rejected, now=NOW)
    written = list(openpyxl.load_workbook(out).active.values)
    assert written[1][:7] == (2, *first)
    assert written[2][:3] == (4, "王五", "13800000011") and written[2][6] == "第二次来店"


def test_two_rows_that_are_now_one_stored_customer_are_reported(tmp_path, today, store,
                                                                  capsys):
    # Row 2 (by phone) and row 3 (by plate) were two new customers at the dry run; meanwhile
    # another import stored one customer with that phone and that plate.
    plan = plan_import(_xlsx(tmp_path, [["张三", "13800000001", None, None, "宁波", "买过车"],
                                        ["张三", None, "zhangsan", "浙A22222", None, "想换车"],
                                        ["李四", "13800000031", None, None, None, None]]),
                       today=today)
    assert plan.counts["new"] == 3
    cid = _another_program_adds("张三", "13800000001", plate="浙A22222")
    result = run_import(plan, staff_id=None, today=today, now=NOW)
    assert result.counts["duplicate_rows"] == 1
    assert (result.counts["new"], result.counts["updated"]) == (1, 1)
    assert plan.counts == result.counts
    [line] = plan.doubled
    assert line.row == 3 and line.first_row == 2 and line.customer_id == cid
    assert "row 2" in line.text and "3" in line.text and str(cid) in line.text
    stored = Customer.get_by_id(cid)
    assert (stored.address, stored.wechat) == ("宁波", "zhangsan")
    assert Vehicle.select().where(Vehicle.customer == cid).count() == 1
    assert FollowUp.select().count() == 0
    assert Customer.select().count() == 2
    summary = json.loads(ImportBatch.get().summary)
    assert summary["duplicate_rows"] == 1


def test_import_json_lists_the_rows_that_became_one_customer(tmp_path, monkeypatch, capsys):
    from dealerdesk.cli import main
    from dealerdesk.services import imports

    book = _xlsx(tmp_path, [["张三", "13800000001", None, None, "宁波", None],
                            ["张三", None, "zhangsan", "浙A22222", None, None]])
    planned = imports.plan_import

    def plan_then_another_program_writes(*args, **kwargs):
        plan = planned(*args, **kwargs)
        _another_program_adds("张三", "13800000001", plate="浙A22222")
        return plan

    monkeypatch.setattr(imports, "plan_import", plan_then_another_program_writes)
    assert main(["import", str(book), "--db", str(tmp_path / "shop.db"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["duplicate_rows"] == 1 and out["new"] == 0 and out["updated"] == 1
    [line] = out["duplicate_row_list"]
    assert (line["row"], line["first_row"]) == (3, 2) and "row 2" in line["text"]


def test_packed_cells_come_back_as_they_were_read():
    from dealerdesk.excel.cells import NO_VALUE
    from dealerdesk.services.import_plan import PackedCells

    packed = PackedCells()
    rows = {n: (f"客户{n}", 13800000000 + n, float(n), dt.date(2020, 1, 1 + n % 28),
                dt.datetime(2027, 3, 5, 9, 30), None, NO_VALUE, True, "")
            for n in range(2, 1500, 3)}
    for n, values in rows.items():
        packed.add(n, values)
    for n in (2, 5, 767, 770, 1496, 1499):
        if n in rows:
            got = packed.get(n)
            assert got == rows[n] and [type(v) for v in got] == [type(v) for v in rows[n]]
            assert got[6] is NO_VALUE
    assert packed.get(3) == () and packed.get(1) == () and packed.get(5000) == ()


def test_rows_folded_into_one_stored_customer_keep_their_own_duplicates_counted(
        tmp_path, today, store):
    """Row 3 repeats row 2's plate (a duplicate in the file, folded at the dry run); rows 2
    and 4 then turn out to be one stored customer: row 3 is still counted as a duplicate."""
    plan = plan_import(_xlsx(tmp_path, [["张三", "13800000001", None, None, None, None],
                                        ["张三", None, "zhangsan", "浙A22222", None, None],
                                        ["张三", None, "zhangsan", "浙A22222", "宁波", None]]),
                       today=today)
    assert (plan.counts["new"], plan.counts["duplicates"]) == (2, 1)
    _another_program_adds("张三", "13800000001", plate="浙A22222")
    result = run_import(plan, staff_id=None, today=today, now=NOW)
    assert (result.counts["duplicate_rows"], result.counts["duplicates"]) == (1, 1)
