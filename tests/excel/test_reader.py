"""Files that cannot be read get one clear sentence; big files are refused early."""

import pytest

from dealerdesk.excel import limits
from dealerdesk.excel.reader import ReadError, read_table, sheet_names


def test_xls_must_be_saved_as_xlsx_first(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ReadError, match=r"save it as \.xlsx"):
        read_table(path)


def test_not_a_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("just some text")
    with pytest.raises(ReadError, match="not an Excel workbook"):
        read_table(path)


def test_damaged_zip(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 50)
    with pytest.raises(ReadError, match="damaged"):
        read_table(path)


def test_password_protected(tmp_path):
    # Excel stores an encrypted .xlsx as an OLE compound file.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    with pytest.raises(ReadError, match="password"):
        read_table(path)


def test_locked_by_excel(tmp_path, monkeypatch, write_xlsx):
    path = write_xlsx([["姓名", "手机"]])
    original = type(path).open

    def locked(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(path), "open", locked)
    with pytest.raises(ReadError, match="open in Excel"):
        read_table(path)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="does not exist"):
        read_table(tmp_path / "gone.xlsx")


def test_other_file_types_are_refused(tmp_path):
    path = tmp_path / "list.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ReadError, match="not an Excel workbook"):
        read_table(path)


def test_too_many_rows_refused_before_reading_them_all(write_xlsx, monkeypatch):
    path = write_xlsx([["姓名", "手机"]] + [["x", "13812345678"]] * 150)
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    with pytest.raises(ReadError, match="split it into smaller files"):
        read_table(path)


def test_too_many_rows_in_a_sheet_without_dimensions(write_csv, monkeypatch):
    path = write_csv([["姓名", "手机"]] + [["x", "13812345678"]] * 150)
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    with pytest.raises(ReadError, match="split it into smaller files"):
        read_table(path)


def test_too_much_sheet_data_refused(write_xlsx, write_csv, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SHEET_BYTES", 1000)
    monkeypatch.setattr(limits, "MAX_CSV_BYTES", 1000)
    with pytest.raises(ReadError, match="MB of data"):
        read_table(write_xlsx([["姓名", "手机"]] + [["张三" * 20, "13812345678"]] * 50))
    with pytest.raises(ReadError, match="MB of data"):
        read_table(write_csv([["姓名", "手机"]] + [["张三" * 20, "13812345678"]] * 50))


def test_hostile_xml_is_refused(tmp_path, write_xlsx):
    import zipfile

    path = write_xlsx([["姓名", "手机"]])
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = bomb + sheet[sheet.index(b"<worksheet"):]
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(evil, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with pytest.raises(ReadError):
        read_table(evil)


def test_sheets_are_listed_and_chosen(write_xlsx):
    path = write_xlsx([["姓名", "手机"], ["甲", "13812345678"]], extra_sheets=["说明"])
    assert sheet_names(path) == ["客户", "说明"]
    assert read_table(path, "客户").rows[0][1] == ("甲", "13812345678")
    with pytest.raises(ReadError, match="no sheet"):
        read_table(path, "不存在")


def test_header_row_can_be_chosen_by_hand(write_xlsx):
    path = write_xlsx([["甲", "乙"], ["姓名", "手机"], ["张三", "13812345678"]])
    table = read_table(path, header_row=1)
    assert table.headers == ["甲", "乙"] and len(table.rows) == 2
