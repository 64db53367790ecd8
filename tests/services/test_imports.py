"""Import as a batch: matches (skip, fill, overwrite, merge), one transaction, cancel, undo."""

import datetime as dt

import openpyxl
import pytest

from dealerdesk.db.models import Customer, FollowUp, ImportBatch, Vehicle
from dealerdesk.domain.errors import ValidationFailed
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services.customers import create_customer, update_customer
from dealerdesk.services.imports import (
    ImportCancelledError,
    list_batches,
    plan_import,
    run_import,
    undo_conflicts,
    undo_import,
)

NOW = dt.datetime(2026, 11, 26, 10, 0)
HEAD = ["姓名", "手机", "车牌", "地址", "备注", "跟进情况"]


def _xlsx(tmp_path, rows, name="in.xlsx"):
    wb = openpyxl.Workbook()
    for row in [HEAD, *rows]:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _run(path, today, **kw):
    plan = plan_import(path, today=today, **kw)
    return plan, run_import(plan, staff_id=None, today=today, now=NOW)


@pytest.fixture
def existing(store, today):
    cid, _ = create_customer(CustomerInput(name="老王", phone="13800000001", notes="老客户"),
                             today=today)
    return cid


@pytest.mark.parametrize("on_match, address, notes", [
    ("skip", "", "老客户"),
    ("fill", "杭州", "老客户"),
    ("overwrite", "杭州", "新备注"),
    ("merge", "杭州", "老客户\n新备注"),
])
def test_matches_by_phone(tmp_path, today, existing, on_match, address, notes):
    path = _xlsx(tmp_path, [["王建国", "138 0000 0001", None, "杭州", "新备注", None]])
    plan, _ = _run(path, today, on_match=on_match)
    counts = plan.counts
    assert counts["new"] == 0
    assert (counts["updated"], counts["skipped"]) == ((0, 1) if on_match == "skip" else (1, 0))
    row = Customer.get_by_id(existing)
    assert (row.address, row.notes) == (address, notes)
    assert row.name == ("王建国" if on_match == "overwrite" else "老王")


def test_matches_by_plate_when_no_phone(tmp_path, today, store):
    from dealerdesk.domain.records import VehicleInput
    from dealerdesk.services.vehicles import add_vehicle

    cid, _ = create_customer(CustomerInput(name="车主", phone="13800000002"), today=today)
    add_vehicle(cid, VehicleInput(plate="浙A12345"), today=today)
    plan, _ = _run(_xlsx(tmp_path, [["车主", None, "浙a 12345", "宁波", None, None]]), today)
    assert plan.counts["updated"] == 1 and plan.customers[0].match_id == cid
    assert Customer.get_by_id(cid).address == "宁波"
    assert Vehicle.select().count() == 1


def test_phone_of_another_customer_is_rejected(tmp_path, today, existing):
    create_customer(CustomerInput(name="别人", phone="13800000009"), today=today)
    plan, _ = _run(_xlsx(tmp_path, [["老王", "13800000001, 13800000009", None, None, None, None]]),
                   today)
    assert plan.counts["rejected"] == 1 and "another customer" in plan.rejected[0].reason


def test_dry_run_writes_nothing(tmp_path, today, store):
    plan = plan_import(_xlsx(tmp_path, [["甲", "13812345601", "浙A12345", None, None, "聊过"]]),
                       today=today)
    assert plan.counts["new"] == 1
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_cancel_leaves_nothing_behind(tmp_path, today, store):
    rows = [[f"客户{i}", f"138{i:08d}", None, None, None, None] for i in range(1200)]
    plan = plan_import(_xlsx(tmp_path, rows), today=today)
    with pytest.raises(ImportCancelledError):
        run_import(plan, staff_id=None, today=today, cancel=lambda: True)
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_progress_is_reported(tmp_path, today, store):
    rows = [[f"客户{i}", f"138{i:08d}", None, None, None, None] for i in range(1200)]
    seen = []
    plan = plan_import(_xlsx(tmp_path, rows), today=today)
    run_import(plan, staff_id=None, today=today, progress=lambda done, total: seen.append(done))
    assert seen[-1] == 1200 and seen == sorted(seen)


def test_undo_removes_created_and_restores_updated(tmp_path, today, existing):
    rows = [["老王", "13800000001", "浙B11111", "杭州", None, "回访"],
            ["新人", "13800000003", "浙C22222", None, None, "初次"]]
    plan, result = _run(_xlsx(tmp_path, rows), today)
    assert Customer.select().count() == 2 and Vehicle.select().count() == 2
    assert FollowUp.select().count() == 2
    assert undo_conflicts(result.batch_id) == []
    undo_import(result.batch_id)
    assert [c.name for c in Customer.select()] == ["老王"]
    row = Customer.get_by_id(existing)
    assert row.address == "" and row.notes == "老客户"
    assert Vehicle.select().count() == 0 and FollowUp.select().count() == 0
    assert list_batches()[0].undone_at is not None
    with pytest.raises(ValidationFailed, match="already undone"):
        undo_import(result.batch_id)


def test_undo_warns_about_later_edits_first(tmp_path, today, existing):
    _, result = _run(_xlsx(tmp_path, [["老王", "13800000001", None, "杭州", None, None]]), today)
    update_customer(existing, CustomerInput(name="老王", phone="13800000001", address="上海"),
                    today=today)
    assert undo_conflicts(result.batch_id) == ["老王"]
    with pytest.raises(ValidationFailed, match="changed after the import"):
        undo_import(result.batch_id)
    assert Customer.get_by_id(existing).address == "上海"  # nothing was done
    undo_import(result.batch_id, force=True)
    assert Customer.get_by_id(existing).address == ""


def test_batches_are_listed(tmp_path, today, store):
    _run(_xlsx(tmp_path, [["甲", "13812345601", None, None, None, None]], "a.xlsx"), today)
    batches = list_batches()
    assert batches[0].file_name == "a.xlsx" and batches[0].counts["new"] == 1


def test_error_workbook_can_be_fixed_and_imported_again(tmp_path, today, store):
    from dealerdesk.services.exports import write_error_workbook

    path = _xlsx(tmp_path, [["甲", "13812345601", None, None, None, None],
                            ["乙", "12345", None, None, "号码错了", None]])
    plan, _ = _run(path, today)
    out = tmp_path / "errors.xlsx"
    write_error_workbook(out, headers=plan.table.headers, rejected=plan.rejected, now=NOW)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    rows = list(ws.values)
    assert rows[0] == ("原行号", *HEAD, "错误原因")
    assert rows[1][:3] == (3, "乙", "12345") and "phone" in rows[1][-1].lower()
    ws.cell(row=2, column=3, value="13812345602")
    wb.save(out)
    again, _ = _run(out, today)
    assert again.counts["new"] == 1 and again.counts["rejected"] == 0
    assert Customer.select().count() == 2


def test_an_undo_made_meanwhile_by_another_program_is_not_made_twice(tmp_path, today, existing,
                                                                     another_writer):
    _, result = _run(_xlsx(tmp_path, [["新人", "13800000003", None, None, None, None]]), today)
    with pytest.raises(ValidationFailed, match="already undone"):
        another_writer(
            "UPDATE import_batch SET undone_at = '2026-11-26 14:05:00' "
            f"WHERE id = {result.batch_id}",
            lambda: undo_import(result.batch_id))


@pytest.mark.sqlite_only
def test_the_everyday_page_cache_is_back_after_an_import(tmp_path, today, store):
    from dealerdesk.db.api import scalar

    before = scalar("PRAGMA cache_size")
    _run(_xlsx(tmp_path, [["新人", "13800000003", None, None, None, None]]), today)
    assert scalar("PRAGMA cache_size") == before
    plan = plan_import(_xlsx(tmp_path, [[f"客户{i}", f"139{i:08d}", None, None, None, None]
                                        for i in range(600)], name="more.xlsx"), today=today)
    with pytest.raises(ImportCancelledError):
        run_import(plan, staff_id=None, today=today, now=NOW, cancel=lambda: True)
    assert scalar("PRAGMA cache_size") == before
