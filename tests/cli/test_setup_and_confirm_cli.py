"""A shop starting on the command line, and the commands that ask before changing data."""

import io
import json
import sqlite3

import openpyxl
import pytest

from dealerdesk.cli import main


@pytest.fixture(autouse=True)
def _closed_db(data_dir):
    yield
    from dealerdesk.services.store import close_store

    close_store()


class _Terminal(io.StringIO):
    """Standard input or error that says it is a terminal."""

    def isatty(self):
        return True


@pytest.fixture
def terminal(monkeypatch):
    """Answer the next question with the text given; what was asked is kept."""
    asked = _Terminal()

    def answer(text):
        monkeypatch.setattr("sys.stdin", _Terminal(text + "\n"))
        monkeypatch.setattr("sys.stderr", asked)
        return asked
    return answer


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def _sheet(tmp_path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / "customers.xlsx"
    wb.save(path)
    return path


def _count(db, sql="SELECT count(*) FROM customer WHERE deleted_at IS NULL"):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_init_makes_an_empty_database_and_says_so(tmp_path, capsys):
    db = tmp_path / "shop.db"
    assert main(["init", "--db", str(db), "--shop-name", "鑫源二手车行", "--lang", "zh_CN"]) == 0
    captured = capsys.readouterr()
    assert "created a new DealerDesk database" in captured.err and str(db) in captured.out
    assert _count(db) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert _count(db, "SELECT value FROM setting WHERE key = 'language'") == '"zh_CN"'
    capsys.readouterr()
    assert main(["init", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err


def test_import_into_a_missing_file_creates_the_database(tmp_path, capsys):
    sheet = _sheet(tmp_path, [["姓名", "手机"], ["张三", "13812345601"], ["李四", "13812345602"]])
    db = tmp_path / "shop.db"
    assert main(["import", str(sheet), "--db", str(db), "--dry-run", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["new"] == 2 and "does not exist yet" in captured.err
    assert not db.exists()  # a dry run writes nothing
    assert main(["import", str(sheet), "--db", str(db), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["new"] == 2
    assert "created a new DealerDesk database" in captured.err
    assert _count(db) == 2


def _shop(tmp_path, capsys):
    db = tmp_path / "shop.db"
    sheet = _sheet(tmp_path, [["姓名", "手机"], ["张三", "13812345601"], ["张叁", "13812345602"]])
    assert main(["import", str(sheet), "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "bk")]) == 0
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    return db, backup


def test_without_a_terminal_and_without_yes_nothing_changes(tmp_path, capsys):
    db, backup = _shop(tmp_path, capsys)
    for argv in (["restore", backup], ["erase", "13812345601"],
                 ["merge", "13812345601", "13812345602"]):
        assert main([*argv, "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "pass --yes" in err, argv
    assert _count(db) == 2
    assert not list(tmp_path.glob("shop.db.before-restore-*"))


def test_a_terminal_is_asked_and_no_changes_nothing(tmp_path, capsys, terminal):
    db, _ = _shop(tmp_path, capsys)
    asked = terminal("n")
    assert main(["erase", "13812345601", "--db", str(db)]) == 1
    assert "Erase 张三 (13812345601) for good?" in asked.getvalue()
    assert "nothing was changed" in asked.getvalue()
    assert _count(db) == 2
    asked = terminal("y")
    assert main(["merge", "13812345601", "13812345602", "--db", str(db)]) == 0
    assert "Merge 张叁 (13812345602) into 张三 (13812345601)?" in asked.getvalue()
    assert _count(db) == 1


def test_yes_lets_a_script_restore_and_erase(tmp_path, capsys):
    db, backup = _shop(tmp_path, capsys)
    assert main(["erase", "13812345602", "--db", str(db), "--yes"]) == 0
    assert _count(db) == 1
    assert main(["restore", backup, "--db", str(db), "--yes"]) == 0
    assert "kept as" in capsys.readouterr().out
    assert _count(db) == 2


def test_import_that_may_overwrite_asks_first(tmp_path, capsys):
    db, _ = _shop(tmp_path, capsys)
    sheet = _sheet(tmp_path, [["姓名", "手机"], ["张三丰", "13812345601"]])
    assert main(["import", str(sheet), "--db", str(db), "--on-match", "overwrite"]) == 1
    assert "pass --yes" in capsys.readouterr().err
    assert main(["import", str(sheet), "--db", str(db), "--on-match", "overwrite",
                 "--dry-run"]) == 0  # counting changes nothing: no question
    assert main(["import", str(sheet), "--db", str(db), "--on-match", "overwrite", "--yes"]) == 0
    assert _count(db, "SELECT name FROM customer WHERE phone = '13812345601'") == "张三丰"


@pytest.mark.parametrize("command", [["demo", "--customers", "5"], ["init"]])
def test_file_only_commands_refuse_a_server_address_in_one_line(command, tmp_path,
                                                                   monkeypatch, capsys):
    """A file-only command given a server address makes no file named after the address
    (its password in the name): one line, and nothing in the folder."""
    monkeypatch.chdir(tmp_path)
    url = "postgresql://dealer:secret@127.0.0.1:1/shop"
    assert main([*command, "--db", url]) != 0
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not on the shop's server" in err and "secret" not in err
    assert not [f for f in tmp_path.rglob("*") if "secret" in str(f) or "postgresql" in str(f)]
