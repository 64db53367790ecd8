"""`python -m dealerdesk reminders` against a database whose reminders are listed by hand."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dealerdesk.cli import main
from dealerdesk.db.models import Customer
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services.customers import create_customer, delete_customer
from dealerdesk.services.store import close_store
from dealerdesk.services.vehicles import add_vehicle

D = dt.date
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop_db(store, today):
    """Three customers: a birthday on 12-01, an insurance on 12-20, one in the recycle bin."""
    moment = dt.datetime(2026, 11, 25, 10)
    a, _ = create_customer(CustomerInput(name="王伟", phone="13800000001", status="customer",
                                         birthday=D(1980, 12, 1)), today=today)
    b, _ = create_customer(CustomerInput(name="赵强", phone="13800000003", status="customer"),
                           today=today)
    add_vehicle(b, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345",
                                compulsory_ins_expiry=D(2026, 12, 20)), today=today)
    c, _ = create_customer(CustomerInput(name="周离", phone="13800000006",
                                         birthday=D(1970, 11, 28)), today=today)
    Customer.update(created_at=moment, last_followup_at=moment).execute()
    delete_customer(c)
    close_store()
    return store, a, b


def _run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_lists_the_hand_listed_reminders(shop_db, capsys):
    path, wang, zhao = shop_db
    code, out, err = _run(capsys, "reminders", "--db", str(path), "--json", "--today", "2026-11-26")
    assert code == 0 and err == ""
    items = json.loads(out)
    assert [{k: i[k] for k in ("kind", "customer_id", "customer_name", "phone", "due", "detail")}
            for i in items] == [
        {"kind": "birthday", "customer_id": wang, "customer_name": "王伟", "phone": "13800000001",
         "due": "2026-12-01", "detail": "Birthday 2026-12-01, turns 46"},
        {"kind": "compulsory_insurance", "customer_id": zhao, "customer_name": "赵强",
         "phone": "13800000003", "due": "2026-12-20",
         "detail": "浙A12345 Compulsory insurance expires 2026-12-20"},
    ]
    assert items[1]["plate"] == "浙A12345" and items[1]["overdue"] is False


def test_days_narrow_the_list_and_text_output_is_one_line_each(shop_db, capsys):
    path = str(shop_db[0])
    code, out, _ = _run(capsys, "reminders", "--db", path, "--days", "10", "--today", "2026-11-26")
    assert code == 0
    assert out.splitlines() == ["2026-12-01\tbirthday\t王伟\t13800000001\t"
                                "Birthday 2026-12-01, turns 46\t"]
    code, out, _ = _run(capsys, "reminders", "--db", path, "--days", "0", "--json",
                        "--today", "2026-11-26")
    assert json.loads(out) == []
    code, out, _ = _run(capsys, "reminders", "--db", path, "--kind", "compulsory_insurance",
                        "--json", "--today", "2026-12-25")
    assert [i["due"] for i in json.loads(out)] == ["2026-12-20"]  # overdue, still listed
    code, out, _ = _run(capsys, "reminders", "--db", path, "--kind", "compulsory_insurance",
                        "--json", "--today", "2026-12-25", "--no-overdue")
    assert json.loads(out) == []


@pytest.mark.parametrize(("args", "message"), [
    (["--days", "-3"], "--days: Choose between 0 and 366 days ahead"),
    (["--days", "1000"], "--days: Choose between 0 and 366 days ahead"),
    (["--kind", "horoscope"], "unknown kind 'horoscope'"),
])
def test_bad_options_are_one_line_on_stderr(shop_db, capsys, args, message):
    code, out, err = _run(capsys, "reminders", "--db", str(shop_db[0]), *args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("dealerdesk: ") and message in err


def test_missing_database_is_an_error(tmp_path, capsys):
    code, _, err = _run(capsys, "reminders", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "none.db").exists()


def test_the_command_runs_as_a_program(shop_db):
    result = subprocess.run(
        [sys.executable, "-m", "dealerdesk", "reminders", "--db", str(shop_db[0]), "--json",
         "--today", "2026-11-26", "--days", "5"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
        check=False)
    assert result.returncode == 0, result.stderr
    assert [i["kind"] for i in json.loads(result.stdout)] == ["birthday"]


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2100-01-01"])
def test_a_day_out_of_range_is_one_line(shop_db, capsys, day):
    with pytest.raises(SystemExit) as stop:
        main(["reminders", "--db", str(shop_db[0]), "--today", day])
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert f"{day} is outside the dates DealerDesk works with" in err


@pytest.mark.parametrize("day", ["2099-12-31", "1900-01-01", "2027-02-06", "2028-02-29"])
def test_the_edges_of_the_range_and_the_calendar_work(shop_db, capsys, day):
    code, out, _ = _run(capsys, "reminders", "--db", str(shop_db[0]), "--json", "--today", day)
    assert code == 0
    assert all(item["due"] for item in json.loads(out))
