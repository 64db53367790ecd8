"""The name index checked against pypinyin reading whole names with its phrase dictionary.

pypinyin (0.55) has no surname mode: no style, argument or function reads a name's first
character as a surname (its Style members are spelling styles only, and the word "surname"
appears nowhere in the package; upstream issue mozillazg/python-pinyin#297 is open). What
it does have is a phrase dictionary and word segmentation, used when a whole name is read
at once. That dictionary holds some compound surnames with their surname readings (万俟
mo qi, 尉迟 yu chi, 长孙 zhang sun...), and it reads given names in context (行雨 xing yu).

So: every syllable pypinyin reads in a whole name must be one of the name's two keys (a
customer is found by what pypinyin says too), and a compound surname in pypinyin's phrase
dictionary must be the reading the index ranks first. pypinyin reads a single-character
surname as an everyday word (单 dan, 曾 ceng); the index ranks the 《现代汉语词典》 surname
reading first there and keeps pypinyin's as the everyday key.

The tests run pypinyin in a child process: tests/conftest.py turns its phrase dictionary
off for the test process (PYPINYIN_NO_PHRASES), and pypinyin reads that once, on import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from dealerdesk.domain.pinyin import name_index

DATA = Path(__file__).resolve().parent.parent / "data"

_READ_WITH_PHRASES = """
import json, sys
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT
assert PHRASES_DICT, "pypinyin's phrase dictionary is not loaded"
words = json.load(sys.stdin)
json.dump({
    "read": {w: lazy_pinyin(w, style=Style.NORMAL) for w in words},
    "phrases": [w for w in words if w in PHRASES_DICT],
}, sys.stdout)
"""


def _rows(name: str) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


NAMES = _rows("names.tsv")
SURNAMES = _rows("surnames.tsv")


@cache
def _pypinyin() -> dict:
    """pypinyin's readings of every test name and surname, without tones ("read"), and
    which of them are entries of its phrase dictionary ("phrases")."""
    words = [row[0] for row in NAMES] + [row[0] for row in SURNAMES]
    env = {key: value for key, value in os.environ.items() if key != "PYPINYIN_NO_PHRASES"}
    done = subprocess.run(
        [sys.executable, "-c", _READ_WITH_PHRASES], input=json.dumps(words), env=env,
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    return json.loads(done.stdout)


def test_every_syllable_pypinyin_reads_in_a_whole_name_is_one_of_its_keys() -> None:
    misses = []
    differs_at_surname = 0
    for name, reading, everyday in NAMES:
        ours = list(zip(reading.split(), everyday.split(), strict=True))
        keys = name_index(name)
        assert keys.full == "".join(first for first, _ in ours), name
        assert (keys.everyday_full or keys.full) == "".join(other for _, other in ours), name
        theirs = _pypinyin()["read"][name]
        if len(theirs) != len(ours):
            misses.append((name, theirs))
            continue
        misses += [(name, theirs) for said, pair in zip(theirs, ours, strict=True)
                   if said not in pair]
        differs_at_surname += theirs[0] != ours[0][0]
    assert misses == []
    # The surnames pypinyin reads as words (单 dan, 曾 ceng, 翟 di...) and the index
    # ranks second: found by both, the surname reading first.
    assert 0 < differs_at_surname < len(NAMES) // 3


def test_a_compound_surname_in_pypinyins_phrase_dictionary_is_ranked_first() -> None:
    compounds = [row[0] for row in SURNAMES if len(row[0]) == 2]
    in_dictionary = {surname: _pypinyin()["read"][surname]
                     for surname in compounds if surname in _pypinyin()["phrases"]}
    # 15 of the 62 百家姓 compounds in pypinyin 0.55; the check must not run empty.
    assert len(in_dictionary) >= 10
    disagreements = {surname: (name_index(surname + "建国").full, "".join(reading))
                     for surname, reading in in_dictionary.items()
                     if name_index(surname + "建国").full != "".join(reading) + "jianguo"}
    assert disagreements == {}


@pytest.mark.parametrize(("surname", "reading", "everyday", "_source"), SURNAMES)
def test_pypinyins_reading_of_a_surname_is_one_of_its_keys(
    surname: str, reading: str, everyday: str, _source: str
) -> None:
    theirs = _pypinyin()["read"][surname]
    ours = list(zip(reading.split(), everyday.split(), strict=True))
    assert len(theirs) == len(ours)
    for said, pair in zip(theirs, ours, strict=True):
        assert said in pair
