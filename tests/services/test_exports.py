"""Exports: typed cells, text that never turns into a formula, safe files, a true round trip."""

import datetime as dt

import openpyxl
import pytest

from dealerdesk.domain.records import CustomerFilter, CustomerInput, VehicleInput
from dealerdesk.excel.columns import CUSTOMER_EXPORT, TEMPLATE_COLUMNS
from dealerdesk.services.customers import create_customer
from dealerdesk.services.exports import (
    ExportCancelledError,
    export_customers,
    export_kind,
    write_template,
)
from dealerdesk.services.vehicles import add_vehicle

NOW = dt.datetime(2026, 11, 26, 10, 30)
RISKY = ["=SUM(A1:A9)", "+1 hello", "-minus", "@home", "=HYPERLINK(\"x\")"]


@pytest.fixture
def shop(store):
    from dealerdesk.services.settings import set_settings

    set_settings({"shop_name": "鑫达二手车行"})


def _add(name, phone, today, **kw):
    cid, _ = create_customer(CustomerInput(name=name, phone=phone, **kw), today=today)
    return cid


def test_user_text_is_never_a_formula(tmp_path, today, shop):
    for i, text in enumerate(RISKY):
        _add(f"客户{i}", f"1381234560{i}", today, notes=text, address=text)
    out = tmp_path / "c.xlsx"
    export_customers(out, now=NOW)
    ws = openpyxl.load_workbook(out).active
    notes_col = [c.key for c in CUSTOMER_EXPORT].index("notes") + 1
    for row in range(2, 2 + len(RISKY)):
        cell = ws.cell(row=row, column=notes_col)
        assert cell.data_type == "s"
        assert cell.value in RISKY
        assert cell.quotePrefix
    assert sorted(ws.cell(row=r, column=notes_col).value for r in range(2, 7)) == sorted(RISKY)


def test_sheet_writer_quotes_every_risky_start(tmp_path):
    from dealerdesk.excel.columns import Column
    from dealerdesk.excel.files import SheetWriter, atomic_save, new_workbook

    texts = [*RISKY, "\tTabbed", "\nnew line", "plain", "=", "中文=不是公式"]

    def write(temp):
        wb = new_workbook(title="t", shop_name="", when=NOW)
        sheet = SheetWriter(wb, "t", [Column("x", "备注", "Notes")], ["备注"])
        for text in texts:
            sheet.append([text])
        wb.save(temp)

    out = atomic_save(tmp_path / "t.xlsx", write)
    cells = [row[0] for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2)]
    assert [c.value for c in cells] == texts
    assert all(c.data_type == "s" for c in cells)
    assert [bool(c.quotePrefix) for c in cells] == [True] * 7 + [False, True, False]


def test_customer_sheet_is_typed_sized_frozen_and_signed(tmp_path, today, shop):
    _add("张三", "13812345678", today, birthday=dt.date(1985, 6, 18), gender="M",
         source="walk_in", level="A", status="following")
    out = tmp_path / "c.xlsx"
    result = export_customers(out, now=NOW)
    assert result.rows == 1
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.title == "客户"
    assert ws.freeze_panes == "A2"
    assert all(c.font.b for c in ws[1])
    assert [c.value for c in ws[1]] == [c.zh for c in CUSTOMER_EXPORT]
    row = {c.zh: cell for c, cell in zip(CUSTOMER_EXPORT, ws[2], strict=False)}
    assert row["生日"].value == dt.datetime(1985, 6, 18) and row["生日"].is_date
    assert row["生日"].number_format == "yyyy-mm-dd"
    assert row["手机"].data_type == "s" and row["手机"].value == "13812345678"
    assert (row["性别"].value, row["来源"].value, row["状态"].value) == ("男", "到店", "跟进中")
    notes = openpyxl.utils.get_column_letter([c.key for c in CUSTOMER_EXPORT].index("notes") + 1)
    assert ws.column_dimensions["A"].width >= 10 and ws.column_dimensions[notes].width >= 30
    assert wb.properties.creator == "鑫达二手车行"
    assert wb.properties.created == NOW
    assert "鑫达二手车行" in wb.properties.description and "2026-11-26" in wb.properties.description


def test_filtered_list_or_all(tmp_path, today, shop):
    _add("张三", "13812345678", today, status="lead")
    _add("李四", "13812345679", today, status="customer")
    out = tmp_path / "c.xlsx"
    only = CustomerFilter(statuses=("customer",))
    assert export_customers(out, now=NOW, customer_filter=only).rows == 1
    assert openpyxl.load_workbook(out).active["A2"].value == "李四"
    assert export_customers(out, now=NOW).rows == 2


def test_english_headers(tmp_path, today, shop):
    _add("张三", "13812345678", today, gender="F")
    out = tmp_path / "c.xlsx"
    export_customers(out, now=NOW, language="en")
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "Name" and ws["E2"].value == "Female"


def test_every_kind_exports(tmp_path, today, shop):
    cid = _add("张三", "13812345678", today)
    add_vehicle(cid, VehicleInput(brand="丰田", model="卡罗拉", plate="浙A12345",
                                  compulsory_ins_expiry=dt.date(2027, 1, 2)), today=today)
    for kind in ("customers", "vehicles", "followups", "members", "ledger"):
        out = tmp_path / f"{kind}.xlsx"
        export_kind(kind, out, now=NOW)
        ws = openpyxl.load_workbook(out).active
        assert ws.freeze_panes == "A2"
    ws = openpyxl.load_workbook(tmp_path / "vehicles.xlsx").active
    assert [c.value for c in ws[2]][:5] == ["张三", "13812345678", "丰田", "卡罗拉", "浙A12345"]


def test_failed_export_keeps_the_previous_file(tmp_path, today, shop, monkeypatch):
    out = tmp_path / "c.xlsx"
    out.write_bytes(b"previous")
    _add("张三", "13812345678", today)
    with pytest.raises(ExportCancelledError):
        export_customers(out, now=NOW, cancel=lambda: True)
    assert out.read_bytes() == b"previous"
    assert list(tmp_path.glob(".~*")) == []


def test_export_to_a_locked_file_says_so(tmp_path, today, shop, monkeypatch):
    import os

    from dealerdesk.excel.files import WriteError

    def locked(src, dst):
        raise PermissionError(13, "in use")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WriteError, match="open in Excel"):
        export_customers(tmp_path / "c.xlsx", now=NOW)
    assert list(tmp_path.glob(".~*")) == []


def test_template_has_every_column_and_an_example_that_imports(tmp_path, today, shop):
    from dealerdesk.db.models import Customer, Vehicle
    from dealerdesk.services.imports import plan_import, run_import

    out = tmp_path / "template.xlsx"
    write_template(out, now=NOW)
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]] == [c.zh for c in TEMPLATE_COLUMNS]
    plan = plan_import(out, today=today)
    assert plan.counts["new"] == 1 and plan.counts["rejected"] == 0
    assert all(key is not None for key in plan.mapping)
    run_import(plan, staff_id=None, today=today)
    assert Customer.get().name == "张伟" and Vehicle.get().plate == "浙A12345"


def test_round_trip_export_import_export(tmp_path, today, shop, data_dir):
    from dealerdesk.services.imports import plan_import, run_import
    from dealerdesk.services.staff import add_staff
    from dealerdesk.services.store import close_store, open_store, set_operator

    owner, _ = add_staff(name="小王")
    notes = ["喜欢SUV\n家住城西", "=1+1", "+86 备注", ""]
    for i, note in enumerate(notes):
        cid = _add(f"客户{i}", f"1381234567{i}", today, notes=note, gender="MF"[i % 2],
                   birthday=dt.date(1980 + i, 1 + i, 2), source=["walk_in", "online", "other",
                   "referral"][i], source_detail=["", "懂车帝", "车展", ""][i], level="AB"[i % 2],
                   status="following", owner_id=owner.id, tags=("vip", "老朋友"),
                   address="杭州 西湖区", wechat=f"wx{i}", phone2="057188886666" if i == 0 else "")
        add_vehicle(cid, VehicleInput(brand="丰田", model=f"卡罗拉 {i}", plate=f"浙A1234{i}",
                                      registered_on=dt.date(2019, 5, 20), deal_price_cents=12345600,
                                      mileage_km=32000, inspection_due=dt.date(2027, 5, 1)),
                    today=today)
    first_c, first_v = tmp_path / "c1.xlsx", tmp_path / "v1.xlsx"
    export_kind("customers", first_c, now=NOW)
    export_kind("vehicles", first_v, now=NOW)
    close_store()
    open_store(data_dir / "empty.db", backup_dir=data_dir / "b2")
    set_operator("tester")
    from dealerdesk.services.settings import set_settings

    set_settings({"shop_name": "鑫达二手车行"})
    for path in (first_c, first_v):
        plan = plan_import(path, today=today)
        assert plan.counts["rejected"] == 0, plan.rejected
        run_import(plan, staff_id=None, today=today)
    second_c, second_v = tmp_path / "c2.xlsx", tmp_path / "v2.xlsx"
    export_kind("customers", second_c, now=NOW)
    export_kind("vehicles", second_v, now=NOW)

    def rows(path):
        return list(openpyxl.load_workbook(path).active.values)

    assert rows(first_c) == rows(second_c)
    assert rows(first_v) == rows(second_v)
    assert len(rows(first_c)) == 5
