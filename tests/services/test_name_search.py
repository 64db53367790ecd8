"""Search finds every customer of tests/data/names.tsv (2,000+ real-pattern names) by the
reading of their name as a name and by its everyday reading, initials and full pinyin;
the reading as a name ranks first."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dealerdesk.db.api import atomic
from dealerdesk.domain.records import CustomerInput
from dealerdesk.services.customers import create_customer
from dealerdesk.services.search import customer_id_query, search

DATA = Path(__file__).resolve().parent.parent / "data"


def _rows() -> list[tuple[str, str, str]]:
    lines = (DATA / "names.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if not line.startswith("#")]  # type: ignore[misc]


def _keys(reading: str) -> tuple[str, str]:
    syllables = reading.split()
    return "".join(syllables), "".join(s[0] for s in syllables)


def test_the_names_file_is_what_its_script_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_names", DATA / "make_names.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert [tuple(r) for r in module.make_names()] == _rows()
    assert len(_rows()) >= 2000


@pytest.fixture
def shop(store, today):
    """Every name of the file as a customer: {name: customer id}."""
    ids = {}
    with atomic():
        for number, (name, _, _) in enumerate(_rows()):
            ids[name], _ = create_customer(
                CustomerInput(name=name, phone=f"139{number:08d}"), today=today)
    return ids


def _found(text: str, cache: dict[str, set[int]]) -> set[int]:
    if text not in cache:
        cache[text] = {cid for (cid,) in customer_id_query(text).tuples()}
    return cache[text]


def test_every_customer_is_found_by_both_readings_the_name_reading_first(shop):
    cache: dict[str, set[int]] = {}
    missed = []
    for name, reading, everyday in _rows():
        for text in (*_keys(reading), *_keys(everyday)):
            if shop[name] not in _found(text, cache):
                missed.append((name, text))
    assert missed == []
    # 单 reads Shan as a surname and dan in everyday words: typed "dan", the names that
    # read dan as names come first (但, 丹, 党...), then those whose everyday reading does.
    hits = search("dan", limit=1000)
    first = [h.name[0] for h in hits].index("单")
    assert all(not h.name.startswith("单") for h in hits[:first])
    assert all(h.name.startswith(("单", "澹台")) for h in hits[first:])
    assert all(h.matched == "pinyin" for h in hits)


def test_typed_as_heard(store, today):
    """The issue's examples: what staff type when they hear the name."""
    for number, name in enumerate(("单国梅", "曾国", "翟杰", "阚飞", "佴伟", "乜红", "卜伟")):
        create_customer(CustomerInput(name=name, phone=f"1370000000{number}"), today=today)
    for text, name in (("dgm", "单国梅"), ("sgm", "单国梅"), ("cg", "曾国"), ("zg", "曾国"),
                       ("zj", "翟杰"), ("dj", "翟杰"), ("kf", "阚飞"), ("hf", "阚飞"),
                       ("nw", "佴伟"), ("ew", "佴伟"), ("nh", "乜红"), ("mh", "乜红"),
                       ("bw", "卜伟"), ("buwei", "卜伟"), ("bowei", "卜伟")):
        assert name in [h.name for h in search(text)], text
