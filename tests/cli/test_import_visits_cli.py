"""`dealerdesk import-visits`: dry run, JSON counts, the error workbook, the write and undo."""

import json

import openpyxl
import pytest

from dealerdesk.cli import main


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


@pytest.fixture
def shop(tmp_path):
    """A shop started from its customer sheet: 张三 with 浙A12345, 李四 with 浙B22222."""
    sheet = tmp_path / "customers.csv"
    sheet.write_text("姓名,手机,车牌\n张三,13812345678,浙A12345\n李四,13900000002,浙B22222\n",
                     encoding="utf-8")
    db = tmp_path / "shop.db"
    assert main(["import", str(sheet), "--db", str(db)]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    return db


def _sheet(tmp_path):
    wb = openpyxl.Workbook()
    for row in (["日期", "车牌", "项目", "金额", "里程"],
                ["2026-05-01", "浙A12345", "保养", 380, 10000],
                ["2026-06-01", "浙B22222", "洗车", 30, None],
                ["2026-06-01", "浙B22222", "洗车", 30, None],
                ["2026-07-01", "沪C00000", "维修", 900, None]):
        wb.active.append(row)
    path = tmp_path / "repairs.xlsx"
    wb.save(path)
    return path


def _visits(db):
    import sqlite3

    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM service_visit").fetchone()[0]


def test_dry_run_then_import_then_undo(shop, tmp_path, capsys):
    sheet, errors = _sheet(tmp_path), tmp_path / "not-imported.xlsx"
    capsys.readouterr()
    assert main(["import-visits", str(sheet), "--db", str(shop), "--dry-run", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts["new"], counts["duplicates"], counts["rejected"]) == (2, 1, 1)
    assert counts["dry_run"] is True and "batch" not in counts
    assert counts["rejected_rows"][0]["row"] == 5 and "沪C00000" in counts[
        "rejected_rows"][0]["reason"]
    assert _visits(shop) == 0

    assert main(["import-visits", str(sheet), "--db", str(shop), "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "imported 2 new visits" in out and "row 5:" in out
    assert _visits(shop) == 2
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[1][0] == 5 and "沪C00000" in rows[1][-1]
    batch = int(out.split("; batch ")[1].split()[0])

    assert main(["import-visits", str(sheet), "--db", str(shop), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["already"]) == (0, 3)

    assert main(["import-visits", "--undo", str(batch), "--db", str(shop)]) == 0
    assert "removed" in capsys.readouterr().out
    assert _visits(shop) == 0
    assert main(["import-visits", "--undo", str(batch), "--db", str(shop)]) == 1
    assert "already undone" in capsys.readouterr().err


def test_a_missing_database_is_not_created(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["import-visits", str(_sheet(tmp_path)), "--db", str(db)]) == 1
    assert "does not exist" in capsys.readouterr().err and not db.exists()
