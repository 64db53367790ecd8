"""Tests for dealerdesk.domain.text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.text import clean_text, to_halfwidth


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１３８１２３４５６７８", "13812345678"),
        ("ＡＢＣｘｙｚ", "ABCxyz"),
        ("！～", "!~"),
        ("（０５７１）－８８８８", "(0571)-8888"),
        ("浙Ａ１２３４５", "浙A12345"),
        ("a\u3000b", "a b"),
        ("张三，李四；王五", "张三,李四;王五"),
        ("plain ascii", "plain ascii"),
        ("", ""),
        ("、。·", "、。·"),  # not in the full-width ASCII block: unchanged
    ],
)
def test_to_halfwidth(raw: str, expected: str) -> None:
    assert to_halfwidth(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("  张三  ", "张三"),
        ("张\u3000\u3000三", "张 三"),
        ("a \t\n b", "a b"),
        ("\xa0x\xa0", "x"),
        (12, "12"),
        (1.5, "1.5"),
        ("Ｔｏｍ　Ｌｉ", "Tom Li"),
    ],
)
def test_clean_text(raw: object, expected: str) -> None:
    assert clean_text(raw) == expected


@given(st.text())
def test_clean_text_is_idempotent_and_trimmed(raw: str) -> None:
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert "\u3000" not in cleaned


@given(st.text(alphabet=st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)))
def test_every_fullwidth_ascii_character_becomes_ascii(raw: str) -> None:
    converted = to_halfwidth(raw)
    assert converted.isascii()
    assert len(converted) == len(raw)
