"""`python -m dealerdesk import/export`: JSON counts, exit codes, one clear line on errors."""

import json

import openpyxl
import pytest

from dealerdesk.cli import main


@pytest.fixture
def db(tmp_path, data_dir):
    path = tmp_path / "shop.db"
    assert main(["demo", "--db", str(path), "--customers", "5"]) == 0
    return path


def _sheet(tmp_path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / "in.xlsx"
    wb.save(path)
    return path


def test_import_json_counts_and_errors_file(tmp_path, db, capsys):
    path = _sheet(tmp_path, [["姓名", "手机"], ["甲", "13812345601"], ["甲", "138 1234 5601"],
                             ["乙", "bad"], ["丙", None]])
    errors = tmp_path / "errors.xlsx"
    code = main(["import", str(path), "--db", str(db), "--json", "--errors", str(errors)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (out["new"], out["updated"], out["duplicates"], out["rejected"]) == (1, 0, 1, 2)
    rows = list(openpyxl.load_workbook(errors).active.values)
    assert [r[0] for r in rows[1:]] == [4, 5]


def test_dry_run_then_skip(tmp_path, db, capsys):
    path = _sheet(tmp_path, [["姓名", "手机"], ["甲", "13812345601"]])
    main(["import", str(path), "--db", str(db), "--dry-run", "--json"])
    assert json.loads(capsys.readouterr().out)["new"] == 1
    main(["import", str(path), "--db", str(db), "--json"])
    assert json.loads(capsys.readouterr().out)["new"] == 1
    main(["import", str(path), "--db", str(db), "--json", "--on-match", "skip"])
    out = json.loads(capsys.readouterr().out)
    assert (out["new"], out["updated"], out["skipped"]) == (0, 0, 1)


def test_unreadable_file_is_one_line_and_non_zero(tmp_path, db, capsys):
    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    assert main(["import", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not an Excel workbook" in err
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" * 10)
    assert main(["import", str(old), "--db", str(db)]) == 1
    assert ".xlsx" in capsys.readouterr().err


def test_export_each_kind(tmp_path, db, capsys):
    for kind in ("customers", "vehicles", "followups", "members", "ledger"):
        out = tmp_path / f"{kind}.xlsx"
        assert main(["export", kind, str(out), "--db", str(db)]) == 0
        assert openpyxl.load_workbook(out).active.freeze_panes == "A2"
    assert main(["export", "customers", str(tmp_path / "x.csv"), "--db", str(db)]) == 1


def test_template_command(tmp_path, db):
    out = tmp_path / "t.xlsx"
    assert main(["template", str(out), "--db", str(db)]) == 0
    assert openpyxl.load_workbook(out).active["A1"].value == "姓名"
