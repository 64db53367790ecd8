"""The scriptable surface: demo, check, backup, restore; errors are one line and exit 1."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dealerdesk import clock
from dealerdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


def test_demo_then_check(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--customers", "200"]) == 0
    assert "200 customers" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "customer: 200 rows" in out and "healthy" in out


def test_demo_refuses_existing_file(tmp_path, capsys):
    db = tmp_path / "shop.db"
    db.write_bytes(b"")
    assert main(["demo", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err


def test_check_missing_and_foreign_files(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "none.db")]) == 1
    assert "does not exist" in capsys.readouterr().err
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    assert main(["check", "--db", str(other)]) == 1
    assert "another program" in capsys.readouterr().err


def test_check_reports_damage(tmp_path, capsys):
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "300"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    data = bytearray(db.read_bytes())
    # Overwrite a page in the middle of the file with garbage.
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xff" * page
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    assert capsys.readouterr().err.startswith("dealerdesk: ")


def test_backup_and_restore_round_trip(tmp_path, capsys):
    db = tmp_path / "shop.db"
    main(["demo", "--db", str(db), "--customers", "50"])
    capsys.readouterr()
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "bk")]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.exists() and backup.parent == tmp_path / "bk"
    con = sqlite3.connect(db)
    con.execute("UPDATE customer SET name = 'changed'")
    con.commit()
    con.close()
    assert main(["restore", str(backup), "--db", str(db), "--yes"]) == 0
    assert "kept as" in capsys.readouterr().out
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM customer WHERE name = 'changed'").fetchone()[0] == 0
    con.close()
    assert list(tmp_path.glob("shop.db.before-restore-*"))


def test_restore_refuses_a_non_backup(tmp_path, capsys):
    db = tmp_path / "shop.db"
    main(["demo", "--db", str(db), "--customers", "20"])
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    capsys.readouterr()
    assert main(["restore", str(junk), "--db", str(db), "--yes"]) == 1
    assert "dealerdesk:" in capsys.readouterr().err
    assert main(["check", "--db", str(db)]) == 0  # the shop's file is untouched


def test_module_entry_point_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "dealerdesk", "--version"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "DealerDesk" in result.stdout


def test_check_finds_a_ledger_that_does_not_add_up(tmp_path, capsys):
    """A ledger row written around the services (and its guard) is reported by check."""
    db = tmp_path / "shop.db"
    main(["demo", "--db", str(db), "--customers", "20"])
    from dealerdesk.services import membership as m
    from dealerdesk.services.membership_setup import list_levels
    from dealerdesk.services.staff import list_staff
    from dealerdesk.services.store import close_store, open_store

    close_store()
    open_store(db, backup_dir=tmp_path / "b")

    today = clock.today()
    done, _ = m.issue_card(customer_id=1, level_id=list_levels()[0].id,
                           staff_id=list_staff()[0].id, today=today)
    m.top_up(card_id=done.card.id, amount_cents=10_000, staff_id=list_staff()[0].id,
             today=today)
    close_store()
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER ledger_entry_no_update")
    con.execute("UPDATE ledger_entry SET balance_after_cents = 99 WHERE kind = 'top_up'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    assert "ledger" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["reminders --days 365", "report value --json"])
def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path, command):
    """`dealerdesk ... | head -1`: the reader leaves early, the command ends quietly."""
    db = tmp_path / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "1000"]) == 0  # more than a pipe holds
    from dealerdesk.services.store import close_store

    close_store()
    shell = (f"{sys.executable} -m dealerdesk {command} --db {db} | head -1; "
             "exit ${PIPESTATUS[0]}")
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed")
def test_backup_with_the_clock_set_back_to_2000_stays(tmp_path):
    """22 dated backups in the folder; a backup made on a clock that says 2000 is kept."""
    import datetime as dt

    db = tmp_path / "shop.db"
    folder = tmp_path / "bk"
    assert main(["demo", "--db", str(db), "--customers", "20"]) == 0
    assert main(["backup", "--db", str(db), "--to", str(folder)]) == 0
    made = next(folder.glob("*.db"))
    for i in range(1, 23):
        day = dt.date(2026, 11, 26) - dt.timedelta(days=i)
        shutil.copyfile(made, folder / f"dealerdesk-{day:%Y%m%d}-120000.db")
    made.unlink()
    from dealerdesk.services.store import close_store

    close_store()
    result = subprocess.run(
        ["faketime", "2000-01-01 10:00:00", sys.executable, "-m", "dealerdesk", "backup",
         "--db", str(db), "--to", str(folder)],
        capture_output=True, text=True, cwd=ROOT, env=_env())
    assert result.returncode == 0, result.stderr
    new = Path(result.stdout.strip())
    assert new.name.startswith("dealerdesk-20000101-") and new.parent == folder
    assert new.exists()


def _env():
    """The environment for a child under its own `faketime`: without the settings of a
    `faketime` the suite itself may run under, whose offset would add to the child's."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("FAKETIME")}
    preload = [p for p in env.pop("LD_PRELOAD", "").split(":") if p and "faketime" not in p]
    if preload:
        env["LD_PRELOAD"] = ":".join(preload)
    return dict(env, PYTHONPATH=str(ROOT))
