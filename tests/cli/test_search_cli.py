"""`dealerdesk search TEXT --db PATH [--json]`: the search box's hits, in its order."""

from __future__ import annotations

import json

import pytest

from dealerdesk.cli import main


@pytest.fixture
def shop(store, today):
    from dealerdesk.domain.records import CustomerInput, VehicleInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.store import close_store
    from dealerdesk.services.vehicles import add_vehicle

    for name, phone in (("单国梅", "13800000001"), ("但丽", "13800000002"),
                        ("阚飞", "0571-88886666转801")):
        cid, _ = create_customer(CustomerInput(name=name, phone=phone), today=today)
    add_vehicle(cid, VehicleInput(brand="丰田", plate="浙A12345"), today=today)
    close_store()
    return store


def test_json_lists_what_matched_in_the_search_box_order(shop, capsys):
    from dealerdesk.services.search import BOX_LIMIT, search

    assert main(["search", "dan", "--db", str(shop), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["customer_id"], h["name"], h["matched"]) for h in hits] == [
        (2, "但丽", "pinyin"), (1, "单国梅", "pinyin")]  # the name's own reading first
    assert set(hits[0]) == {"customer_id", "name", "phone", "matched", "detail"}
    assert [h.customer_id for h in search("dan", limit=BOX_LIMIT)] == [2, 1]


@pytest.mark.parametrize(("text", "expected"), [
    ("kf", "3\t阚飞\t057188886666,801\tpinyin"),
    ("hf", "3\t阚飞\t057188886666,801\tpinyin"),
    ("8888", "3\t阚飞\t057188886666,801\tphone"),
    ("浙a 123", "3\t阚飞\t057188886666,801\tplate"),
    ("国梅", "1\t单国梅\t13800000001\tname"),
])
def test_text_output_one_hit_a_line(shop, capsys, text, expected):
    assert main(["search", text, "--db", str(shop)]) == 0
    assert capsys.readouterr().out.strip() == expected


def test_nothing_found_prints_nothing_and_succeeds(shop, capsys):
    assert main(["search", "zzzz", "--db", str(shop)]) == 0
    assert capsys.readouterr().out == ""


def test_a_missing_database_is_one_line(tmp_path, capsys):
    assert main(["search", "x", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
