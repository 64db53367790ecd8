"""The surname rules checked against a full list: every 百家姓 surname (and other surnames
read specially) with its 《现代汉语词典》 reading, in tests/data/surnames.tsv; and that list
checked against pypinyin's dictionary of readings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dealerdesk.domain.pinyin import name_index

DATA = Path(__file__).resolve().parent.parent / "data" / "surnames.tsv"
ROWS = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")]


def _pypinyin(character: str, heteronym: bool) -> list[str]:
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, pinyin

    return pinyin(character, style=Style.NORMAL, heteronym=heteronym)[0]


def test_the_list_is_the_whole_baijiaxing() -> None:
    baijiaxing = [row for row in ROWS if row[3] == "百家姓"]
    # As printed: 437 single surnames (郁 once, though the text names it twice) and 62
    # compound ones.
    assert len([row for row in baijiaxing if len(row[0]) == 1]) == 437
    assert len([row for row in baijiaxing if len(row[0]) == 2]) == 62
    assert len({row[0] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("surname", "reading", "everyday", "_source"), ROWS)
def test_a_surname_is_indexed_by_both_readings(
    surname: str, reading: str, everyday: str, _source: str
) -> None:
    keys = name_index(surname + "建国")
    assert keys.full == reading.replace(" ", "") + "jianguo"
    expected_everyday = everyday.replace(" ", "") + "jianguo"
    assert (keys.everyday_full or keys.full) == expected_everyday
    initials = "".join(s[0] for s in reading.split()) + "jg"
    assert keys.initials == initials


@pytest.mark.parametrize(("surname", "reading", "everyday", "_source"), ROWS)
def test_the_readings_are_pypinyins_readings_of_the_characters(
    surname: str, reading: str, everyday: str, _source: str
) -> None:
    for character, as_surname, as_word in zip(surname, reading.split(), everyday.split(),
                                              strict=True):
        assert as_surname in _pypinyin(character, heteronym=True)
        assert as_word == _pypinyin(character, heteronym=False)[0]
