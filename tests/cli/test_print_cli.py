"""`print profile|calls|card` on a demo database: files written, errors one line."""

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from dealerdesk.cli import main


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


@pytest.fixture(autouse=True)
def english_computer(monkeypatch):
    """The computer speaks English unless a test says otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    from dealerdesk.i18n import set_backend

    set_backend(None)  # a Chinese document leaves the next test in English


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["demo", "--db", str(db), "--customers", "60"]) == 0
    from dealerdesk.db.models import (
        Customer,
        MembershipCard,
        MembershipLevel,
    )

    level = MembershipLevel.create(name="金卡", colour="#d4a017")
    for cid, number in ((1, "VIP0001"), (2, "VIP0002")):
        MembershipCard.create(card_no=number, customer=cid, level=level,
                              issued_on=dt.date(2026, 1, 1), expires_on=dt.date(2027, 1, 1))
    phone = Customer.get_by_id(3).phone
    from dealerdesk.services.store import close_store

    close_store()
    return db, phone


def _text(path):
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_profile_by_number_and_by_phone(demo, tmp_path, capsys):
    db, phone = demo
    out = tmp_path / "p.pdf"
    assert main(["print", "profile", "3", str(out), "--db", str(db), "--lang", "en"]) == 0
    assert f"{out}: 1 page(s)" in capsys.readouterr().out
    by_id = _text(out)
    out2 = tmp_path / "p2.pdf"
    assert main(["print", "profile", phone, str(out2), "--db", str(db)]) == 0
    assert _text(out2).split("Printed")[0] == by_id.split("Printed")[0]
    assert phone in by_id and "Customerprofile" in by_id


def test_call_list_for_a_salesperson_with_masked_phones(demo, tmp_path, capsys):
    db, _ = demo
    out = tmp_path / "calls.pdf"
    assert main(["print", "calls", str(out), "--db", str(db), "--from", "2020-01-01",
                 "--to", "2030-12-31", "--staff", "李明", "--mask-phones", "--lang", "en"]) == 0
    text = _text(out)
    assert "Salesperson:李明" in text and "2020-01-01–2030-12-31" in text
    assert re.search(r"1\d\d\*\*\*\*\d{4}", text) and not re.search(r"1\d{10}", text)


def test_cards_one_or_a_sheet(demo, tmp_path):
    db, _ = demo
    one, sheet = tmp_path / "one.pdf", tmp_path / "sheet.pdf"
    assert main(["print", "card", "VIP0001", str(one), "--db", str(db)]) == 0
    assert main(["print", "card", "VIP0001", "VIP0002", str(sheet), "--db", str(db)]) == 0
    assert len(PdfReader(str(one)).pages) == 1 and "VIP0002" in _text(sheet)
    assert PdfReader(str(sheet)).pages[0].mediabox.height > 800  # A4


@pytest.mark.parametrize("args, message", [
    (["print", "profile", "9999", "{out}"], "There is no customer with number 9999."),
    (["print", "profile", "13900000000", "{out}"], "No customer has the phone number"),
    (["print", "card", "NOPE", "{out}"], "There is no membership card numbered NOPE."),
    (["print", "calls", "{out}", "--staff", "无此人"], "There is no salesperson called 无此人."),
    (["print", "calls", "{out}", "--from", "2026-12-01", "--to", "2026-11-01"],
     "The end date is before the start date."),
    (["print", "profile", "1", "{missing}/x.pdf"], "does not exist"),
])
def test_bad_input_is_one_line_and_writes_nothing(demo, tmp_path, capsys, args, message):
    db, _ = demo
    out = tmp_path / "x.pdf"
    argv = [a.format(out=out, missing=tmp_path / "no-such-folder") for a in args]
    assert main(argv + ["--db", str(db), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert list(tmp_path.iterdir()) == []


def test_missing_database_is_refused(tmp_path, capsys):
    assert main(["print", "calls", str(tmp_path / "c.pdf"), "--db", str(tmp_path / "no.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def _set_language(db, code):
    from dealerdesk.services.settings import set_settings
    from dealerdesk.services.store import close_store, open_store

    open_store(db, backup_dir=db.parent / "backups")
    set_settings({"language": code})
    close_store()


def test_document_language_is_lang_then_shop_setting_then_computer(demo, tmp_path,
                                                                  monkeypatch):
    db, _ = demo
    out = tmp_path / "p.pdf"

    def printed(*extra):
        assert main(["print", "profile", "3", str(out), "--db", str(db), *extra]) == 0
        return "客户档案" if "客户档案" in _text(out) else "Customerprofile"

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    try:
        assert printed() == "客户档案"  # no shop setting: the computer's language
        _set_language(db, "en")
        assert printed() == "Customerprofile"  # the shop's setting beats the computer
        assert printed("--lang", "zh_CN") == "客户档案"  # --lang beats both
        monkeypatch.setenv("LANG", "en_US.UTF-8")
        _set_language(db, "zh_CN")
        assert printed() == "客户档案"  # a shop set up in Chinese prints Chinese
    finally:
        _set_language(db, "")


def test_system_language_reads_the_environment_as_posix_does():
    from dealerdesk.i18n import choose_language, system_language

    assert system_language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert system_language({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}) == "en"
    assert system_language({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}) == "zh_CN"
    assert system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert choose_language(override="", setting="", system="zh_CN") == "zh_CN"
    assert choose_language(override="en", setting="zh_CN", system="zh_CN") == "en"
    assert choose_language(setting="nonsense", system="") == "en"
