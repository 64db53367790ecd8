"""Each kind of mess real dealer sheets contain, written to a real file and imported."""

import datetime as dt

from dealerdesk.db.models import Customer, FollowUp, Staff, Vehicle

HEAD = ["姓名", "手机", "车牌", "生日", "备注"]


def _customer(phone):
    return Customer.get(Customer.phone == phone)


def test_phone_spellings_all_become_the_same_number(write_xlsx, do_import):
    rows = [HEAD,
            ["甲", 13812345670.0, None, None, None],
            ["乙", "1.3812345671E10", None, None, None],
            ["丙", "+86 138 1234 5672", None, None, None],
            ["丁", "138-1234-5673", None, None, None],
            ["戊", "１３８１２３４５６７４", None, None, None],
            ["己", 13812345675, None, None, None]]
    plan, _ = do_import(write_xlsx(rows))
    assert plan.counts["new"] == 6 and plan.counts["rejected"] == 0
    phones = sorted(c.phone for c in Customer.select())
    assert phones == [f"1381234567{i}" for i in range(6)]


def test_several_phones_in_one_cell(write_xlsx, do_import):
    cell = "13812345678/13987654321、0571-88886666"
    do_import(write_xlsx([HEAD, ["张三", cell, None, None, None]]))
    c = _customer("13812345678")
    assert c.phone2 == "13987654321"
    assert "057188886666" in c.notes


def test_dates_in_every_spelling(write_xlsx, do_import):
    rows = [HEAD]
    spellings = [45356, dt.datetime(2024, 3, 5), "2024/3/5", "2024-03-05", "2024.3.5",
                 "2024年3月5日", "20240305", "3/5/2024"]
    for i, value in enumerate(spellings):
        rows.append([f"客户{i}", f"1381234560{i}", None, value, None])
    plan, _ = do_import(write_xlsx(rows))
    assert plan.counts["rejected"] == 0
    assert {c.birthday for c in Customer.select()} == {dt.date(2024, 3, 5)}


def test_day_month_order_is_guessed_from_the_whole_column(write_xlsx, plan):
    rows = [HEAD, ["甲", "13812345601", None, "3/5/2024", None],
            ["乙", "13812345602", None, "25/12/1990", None]]
    planned = plan(write_xlsx(rows))
    assert planned.orders["birthday"] == "dmy"
    birthdays = sorted(p.fields["birthday"] for p in planned.customers)
    assert birthdays == [dt.date(1990, 12, 25), dt.date(2024, 5, 3)]


def test_unreadable_date_is_reported_not_replaced_by_today(write_xlsx, do_import):
    plan, _ = do_import(write_xlsx([HEAD, ["甲", "13812345601", None, "明年春天", None]]))
    assert plan.counts["rejected"] == 1
    assert "明年春天" in plan.rejected[0].reason
    assert Customer.select().count() == 0


def test_full_width_plates_with_spaces(write_xlsx, do_import):
    do_import(write_xlsx([HEAD, ["甲", "13812345601", "浙Ａ　１２３ ４５", None, None],
                          ["乙", "13812345602", "沪c gk2e6", None, None]]))
    assert sorted(v.plate for v in Vehicle.select()) == ["沪CGK2E6", "浙A12345"]


def test_title_merged_cells_blank_rows_and_trailing_columns(write_xlsx, plan):
    rows = [["制表：张经理"], [], HEAD + [None, None, None],
            ["甲", "13812345601", None, None, None, None, None, None], [], [],
            ["乙", "13812345602", None, None, None, None, None]]
    planned = plan(write_xlsx(rows, title="鑫达二手车行 客户登记表"))
    assert planned.table.header_row == 5
    assert planned.table.headers == HEAD
    assert planned.counts["new"] == 2
    assert [p.row for p in planned.customers] == [6, 9]


def test_row_with_only_a_name_is_rejected_with_its_reason(write_xlsx, do_import):
    plan, _ = do_import(write_xlsx([HEAD, ["孤零零", None, None, None, None]]))
    assert plan.counts["rejected"] == 1
    assert "phone" in plan.rejected[0].reason.lower()
    assert plan.rejected[0].row == 2


def test_same_customer_twice_with_different_phone_spellings(write_xlsx, do_import):
    rows = [HEAD, ["王秀英", "184-0640-2752", None, None, "首次"],
            ["王秀英", 18406402752, "皖D 2dg0f", None, "重复录入"]]
    plan, _ = do_import(write_xlsx(rows))
    assert plan.counts == {**plan.counts, "new": 1, "duplicates": 1, "rejected": 0}
    c = _customer("18406402752")
    assert "首次" in c.notes and "重复录入" in c.notes
    assert [v.plate for v in c.vehicles] == ["皖D2DG0F"]


def test_number_past_15_digits_is_damaged(write_xlsx, do_import):
    plan, _ = do_import(write_xlsx([HEAD, ["甲", 138123456781234000000, None, None, None]]))
    assert plan.counts["rejected"] == 1
    assert "15 digits" in plan.rejected[0].reason


def test_formula_cells_read_for_their_saved_value(tmp_path, store, today):
    import openpyxl

    from dealerdesk.services.imports import plan_import

    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    ws.append(["甲", '="1381234"&"5601"', None, None, None])
    ws.append(["乙", "13812345602", None, None, '=A3&"的备注"'])
    wb.save(path)
    # Give the first formula a saved value, as Excel would; the second has none.
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    saved = '"1381234"&amp;"5601"</f><v>13812345601</v>'
    sheet = sheet.replace('"1381234"&amp;"5601"</f><v />', saved)
    assert saved in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    planned = plan_import(path, today=today)
    assert [p.fields["phone"] for p in planned.customers] == ["13812345601"]
    assert planned.counts["rejected"] == 1
    assert "open and save the file in Excel or WPS first" in planned.rejected[0].reason


def test_csv_gbk_semicolons_and_tabs(write_csv, plan):
    rows = [["姓名", "手机", "生日"], ["张三", "1.3812345601E+10", "1990年1月2日"],
            ["李四", "13812345602", "1991/2/3"]]
    for encoding in ("gbk", "gb18030", "utf-8-sig", "utf-8"):
        for delimiter in (",", ";", "\t"):
            planned = plan(write_csv(rows, encoding=encoding, delimiter=delimiter))
            assert planned.counts["new"] == 2, (encoding, delimiter)
            names = [p.fields["name"] for p in planned.customers]
            assert names == ["张三", "李四"]


def test_follow_up_notes_and_salespeople(write_xlsx, do_import, staff):
    rows = [["客户名称", "联系电话", "销售顾问", "跟进情况", "跟进日期"],
            ["甲", "13812345601", "李明", "想换SUV", "2026-11-01"],
            ["乙", "13812345602", "小王", "电话未接，下周再打", None]]
    do_import(write_xlsx(rows))
    a, b = _customer("13812345601"), _customer("13812345602")
    assert a.owner_id == staff.id
    assert b.owner.name == "小王" and Staff.select().count() == 2
    fa = FollowUp.get(FollowUp.customer == a.id)
    assert fa.content == "想换SUV" and fa.at == dt.datetime(2026, 11, 1, 9, 0)
    fb = FollowUp.get(FollowUp.customer == b.id)
    assert fb.at == dt.datetime(2026, 11, 26, 10, 0)
    assert fb.content == "电话未接，下周再打"  # Chinese punctuation kept as typed
    assert a.last_followup_at == dt.datetime(2026, 11, 1, 9, 0)


def test_sources_genders_and_vehicle_columns(write_xlsx, do_import):
    rows = [["客户名称", "性别", "联系电话", "购买车型", "车牌", "上牌时间", "交强险到期",
             "年检到期", "客户来源"],
            ["甲", "女", "13812345601", "比亚迪 秦PLUS 2021款", "沪C6F2J7", "2021/11/19",
             dt.datetime(2027, 5, 6), "20271208", "懂车帝"],
            ["乙", "男", "13812345602", "", "", None, None, None, "到店"]]
    do_import(write_xlsx(rows))
    a = _customer("13812345601")
    assert (a.gender, a.source, a.source_detail) == ("F", "online", "懂车帝")
    v = a.vehicles.get()
    assert (v.brand, v.model, v.plate) == ("比亚迪", "秦PLUS 2021款", "沪C6F2J7")
    assert v.registered_on == dt.date(2021, 11, 19)
    assert v.compulsory_ins_expiry == dt.date(2027, 5, 6)
    assert v.inspection_due == dt.date(2027, 12, 8)
    assert _customer("13812345602").source == "walk_in"


def test_total_row_is_ignored(write_xlsx, plan):
    planned = plan(write_xlsx([HEAD, ["甲", "13812345601", None, None, None],
                               ["合计", None, None, None, "1人"]]))
    assert planned.counts["ignored"] == 1 and planned.counts["rejected"] == 0
