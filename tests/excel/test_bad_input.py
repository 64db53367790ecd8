"""Bad input that used to be kept silently or to break later: each is now cleaned, reported
per row, or refused with one line, and nothing half-read is stored."""

import datetime as dt
import json
import tracemalloc

import openpyxl
import pytest

from dealerdesk.db.models import Customer
from dealerdesk.excel import limits
from dealerdesk.excel.reader import ReadError, read_table

NOW = dt.datetime(2026, 11, 26, 15, 0)


def _names():
    return sorted(c.name for c in Customer.select())


def _put_text(path, placeholder, text):
    """Put `text` where `placeholder` is in the workbook's XML (openpyxl itself cuts every
    text it writes to 32,767 characters, as Excel does; other programs do not)."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data.replace(placeholder.encode(), text.encode()))
    return path


# ---- control characters ------------------------------------------------------------------


def test_control_characters_in_a_csv_are_removed_and_exports_still_work(
        tmp_path, write_csv, do_import):
    from dealerdesk.services.exports import export_customers

    path = write_csv([["姓名", "手机", "地址", "备注"],
                      ["张\x00三", "13812345601", "杭州\x1b市", "喜欢\x07SUV\x0b"]])
    plan, _ = do_import(path)
    assert plan.counts["new"] == 1
    c = Customer.get()
    assert (c.name, c.address, c.notes) == ("张三", "杭州市", "喜欢SUV")
    out = export_customers(tmp_path / "out.xlsx", now=NOW)
    assert out.rows == 1
    rows = list(openpyxl.load_workbook(out.path).active.values)
    assert rows[1][0] == "张三"


def test_control_characters_typed_in_the_form_are_removed(store, today):
    from dealerdesk.domain.records import CustomerInput
    from dealerdesk.services.customers import create_customer, get_customer

    typed = CustomerInput(name="李\x00四", phone="13812345601", address="\x01路",
                          notes="第一行\r\n第\x02二行")
    cid, _ = create_customer(typed, today=today)
    c = get_customer(cid)
    assert (c.name, c.address, c.notes) == ("李四", "路", "第一行\n第二行")


@pytest.mark.sqlite_only  # PostgreSQL never stores a NUL: only old files hold one
def test_records_stored_by_older_versions_export_without_control_characters(tmp_path, store):
    from dealerdesk.services.exports import export_customers

    Customer.create(name="王\x00五", phone="13812345601", notes="a\x1fb")
    out = export_customers(tmp_path / "out.xlsx", now=NOW)
    rows = list(openpyxl.load_workbook(out.path).active.values)
    assert rows[1][0] == "王五"
    assert "ab" in rows[1]


@pytest.mark.sqlite_only  # PostgreSQL never stores a NUL: only old files hold one
def test_a_merge_leaves_no_control_characters(store, today):
    from dealerdesk.services.duplicates import merge_customers

    keep = Customer.create(name="赵六", phone="13812345601", notes="老客户\x00")
    other = Customer.create(name="赵\x07六", phone="13812345602", notes="换车\x01")
    merge_customers(keep_id=keep.id, other_id=other.id, take_from_other=("name",))
    kept = Customer.get_by_id(keep.id)
    assert kept.name == "赵六"
    assert kept.notes == "老客户\n换车"


# ---- encodings -----------------------------------------------------------------------------


def test_mixed_gbk_and_utf8_lines_are_each_decoded_right(tmp_path, do_import):
    lines = ["姓名,手机".encode("gbk"), "张三,13812345601".encode("gbk"),
             "李四,13812345602".encode(), "王五,13812345603".encode("gbk")]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    plan, _ = do_import(path)
    assert plan.counts["new"] == 3
    assert _names() == sorted(["张三", "李四", "王五"])  # never "鏉庡洓"


def test_a_line_in_no_known_encoding_is_refused_with_its_number(tmp_path, store, today):
    from dealerdesk.services.imports import plan_import

    path = tmp_path / "bad.csv"
    path.write_bytes("姓名,手机\r\n张三,13812345601\r\n".encode("gbk") + b"\xff\xfe\xff,1\r\n")
    with pytest.raises(ReadError, match="Line 3"):
        plan_import(path, today=today)
    assert Customer.select().count() == 0


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read(tmp_path, do_import, encoding):
    path = tmp_path / "wide.csv"
    path.write_bytes("姓名,手机\r\n张三,13812345601\r\n李四,13812345602\r\n".encode(encoding))
    plan, _ = do_import(path)
    assert plan.counts["new"] == 2
    assert _names() == sorted(["张三", "李四"])


# ---- repeated columns ------------------------------------------------------------------------


def test_a_repeated_header_is_reported_not_dropped_silently(write_xlsx, plan):
    path = write_xlsx([["姓名", "手机", "手机", "姓名"],
                       ["张三", "13812345601", "13912345601", "张老三"]])
    planned = plan(path)
    assert planned.counts["ignored_columns"] == 2
    assert [(r.column, r.same_as) for r in planned.repeated] == [("C", "B"), ("D", "A")]
    assert any("Column C" in line for line in planned.notices)


def test_a_field_chosen_twice_reads_the_first_column_and_says_so(write_xlsx, plan):
    path = write_xlsx([["客户", "联系人", "手机"], ["张三", "李四", "13812345601"]])
    planned = plan(path, mapping=["name", "name", "phone"])
    assert planned.customers[0].fields["name"] == "张三"
    assert [(r.column, r.same_as) for r in planned.repeated] == [("B", "A")]


def test_repeated_columns_in_the_command_line_json(tmp_path, data_dir, capsys):
    from dealerdesk.cli import main

    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "手机", "手机"])
    wb.active.append(["张三", "13812345601", "13912345601"])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "1"]) == 0
    capsys.readouterr()
    assert main(["import", str(path), "--db", str(db), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ignored_columns"] == 1
    assert out["ignored_column_list"][0]["column"] == "C"
    assert out["notices"]


# ---- long cells --------------------------------------------------------------------------------


def test_a_note_longer_than_a_cell_holds_is_cut_and_the_cut_reported(write_xlsx, do_import):
    path = write_xlsx([["姓名", "手机", "备注"], ["张三", "13812345601", "NOTE"],
                       ["李四", "13812345602", "短"]])
    _put_text(path, "NOTE", "很长的备注" * 10_000)  # 50,000 characters
    plan, _ = do_import(path)
    assert plan.counts["new"] == 2 and plan.counts["rejected"] == 0
    assert plan.counts["cut"] == 1
    assert (plan.cut[0].row, plan.cut[0].column, plan.cut[0].chars) == (2, "C", 50_000)
    assert len(Customer.get(Customer.name == "张三").notes) == limits.MAX_CELL_CHARS


def test_a_csv_cell_past_the_csv_field_limit_is_reported_per_row(write_csv, do_import):
    huge = "x" * 200_000  # past the csv module's own 128 KB limit
    path = write_csv([["姓名", "手机", "备注"], [huge, "13812345601", "a"],
                      ["李四", "13812345602", huge], ["王五", "13812345603", "b"]])
    plan, _ = do_import(path)
    assert [r.row for r in plan.rejected] == [2]
    assert "200,000" in plan.rejected[0].reason
    assert [c.row for c in plan.cut] == [3]
    assert _names() == sorted(["李四", "王五"])


def test_a_long_address_is_refused_for_its_row(write_xlsx, do_import):
    path = write_xlsx([["姓名", "手机", "地址"], ["张三", "13812345601", "路" * 300],
                       ["李四", "13812345602", "杭州"]])
    plan, _ = do_import(path)
    assert [r.row for r in plan.rejected] == [2]
    assert _names() == ["李四"]


# ---- huge files ----------------------------------------------------------------------------------


def test_a_sheet_without_dimension_is_refused_before_its_rows_are_read(tmp_path, monkeypatch):
    wb = openpyxl.Workbook(write_only=True)  # write-only files carry no <dimension>
    ws = wb.create_sheet("客户")
    ws.append(["姓名", "手机"])
    for i in range(3000):
        ws.append([f"客户{i}", 13800000000 + i])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    monkeypatch.setattr(limits, "MAX_ROWS", 1000)
    seen = []
    with pytest.raises(ReadError, match="split it"):
        read_table(path, progress=seen.append)
    assert seen == []  # refused before the first thousand rows were read


@pytest.mark.slow
def test_one_giant_cell_is_refused_without_filling_memory(tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(["姓名", "手机", "备注"])
    ws.append(["张三", "13812345601", "GIANT"])
    path = tmp_path / "giant.xlsx"
    wb.save(path)
    _put_text(path, "GIANT", "x" * (20 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    with pytest.raises(ReadError, match="single cell"):
        read_table(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_csv_line_longer_than_any_cell_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RAW_CELL_BYTES", 100_000)
    path = tmp_path / "long.csv"
    path.write_bytes(b"name,phone\r\n" + b"x" * 300_000 + b",1\r\n")
    with pytest.raises(ReadError, match="single cell"):
        read_table(path)
