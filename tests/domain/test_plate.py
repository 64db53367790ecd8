"""Tests for dealerdesk.domain.plate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.plate import (
    is_chinese_plate,
    normalize_plate,
    plate_issue,
    plate_problem,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("浙A12345", "浙A12345"),
        ("浙a12345", "浙A12345"),
        ("浙A 12345", "浙A12345"),
        (" 浙 A 123 45 ", "浙A12345"),
        ("浙A·12345", "浙A12345"),
        ("浙A-12345", "浙A12345"),
        ("浙A.12345", "浙A12345"),
        ("浙Ａ１２３４５", "浙A12345"),
        ("浙ａ－１２３４５", "浙A12345"),
        ("浙A\u300012345", "浙A12345"),
        ("浙ad12345", "浙AD12345"),
        ("粤b1234学", "粤B1234学"),
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_normalize_plate(raw: object, expected: str) -> None:
    assert normalize_plate(raw) == expected


@pytest.mark.parametrize(
    "plate",
    [
        "浙A12345",  # ordinary, 7 characters
        "京A88888",
        "沪AB1234",
        "粤BX9Z99",
        "琼A12345",
        "藏A12345",
        "浙AD12345",  # new energy, small car, 8 characters
        "浙AF12345",
        "浙AA12345",
        "浙AKA1345",
        "浙AK12345",
        "浙A1234应急",
        "民航A1234",
        "粤BD12345",
        "浙A12345D",  # new energy, large vehicle
        "浙A12345F",
        "浙A1234挂",
        "粤B1234学",
        "浙A1234警",
        "粤Z1234港",
        "粤Z1234澳",
        "沪A1234领",
        "使123456",
    ],
)
def test_chinese_plates(plate: str) -> None:
    assert is_chinese_plate(plate)
    assert plate_problem(plate) is None


@pytest.mark.parametrize(
    "plate",
    [
        "",
        "A12345",  # no province
        "浙12345",  # no issuing-office letter
        "浙A1234",  # too short
        "浙A123456",  # 8 characters without an energy letter
        "浙AI2345",  # I is never used
        "浙A1O345",  # O is never used
        "浙AX12345",  # X is not an energy letter
        "浙A12345X",
        "浙A1234567",
        "浙A12345挂",  # 挂 after 5 characters
        "浙A1234港",  # 港 outside 粤Z
        "浙AK1A345",  # a letter among the last 4 of a small new-energy plate
        "浙A1234D5",  # D misplaced
        "使12345",  # 使 with 5 digits
        "台A12345",  # not a mainland province abbreviation
        "浙a12345",  # not normalised
        "浙A 12345",
        "ABC-123",
    ],
)
def test_not_chinese_plates(plate: str) -> None:
    assert not is_chinese_plate(plate)


@pytest.mark.parametrize(
    ("raw", "issue"),
    [
        ("浙AI2345", "Plates never use the letters I and O after the second character (they "
                     "would be read as 1 and 0)"),
        ("浙A1O345", "Plates never use the letters I and O after the second character (they "
                     "would be read as 1 and 0)"),
        ("浙A12345挂", "A plate ending in 挂 has 4 letters or digits before it (浙A1234挂)"),
        ("沪A12345领", "A plate ending in 领 has 4 letters or digits before it (沪A1234领)"),
        ("浙A1234港", "港 and 澳 plates are issued only as 粤Z (粤Z1234港)"),
        ("沪B1234澳", "港 and 澳 plates are issued only as 粤Z (粤Z1234港)"),
        ("浙A1234D5", "A small new-energy car's D/F is the 3rd character (浙AD12345), a large "
                      "vehicle's the last, after 5 digits (浙A12345D)"),
        ("浙A1D2345", "A small new-energy car's D/F is the 3rd character (浙AD12345), a large "
                      "vehicle's the last, after 5 digits (浙A12345D)"),
        ("浙AD1234X", "On a small new-energy car's plate the last 4 characters are digits "
                      "(浙AD12345)"),
        ("浙AX12345", "X is not a new-energy letter: a small new-energy car's plate has D, A, "
                      "B, C, E, F, G, H, J or K third (浙AD12345)"),
        ("使12345", "An embassy plate is 使 and 6 digits (使014578)"),
        ("使1234567", "An embassy plate is 使 and 6 digits (使014578)"),
        ("ABC123", "A plate starts with a province's short name and a letter (浙A, 粤B...)"),
        ("浙A1234", "A plate has 7 characters, 8 on a new-energy car: this one has 6"),
        ("Temp plate", "A plate starts with a province's short name and a letter (浙A, 粤B...)"),
    ],
)
def test_unusual_plates_are_named_precisely(raw: str, issue: str) -> None:
    assert plate_issue(raw) == issue
    assert plate_problem(raw) == issue + ". Keep it anyway?"


@pytest.mark.parametrize("raw", ["", "  ", "浙a 123·45", "浙ａｄ１２３４５"])
def test_plate_problem_accepts_blank_and_unnormalised(raw: str) -> None:
    assert plate_problem(raw) is None


_provinces = st.sampled_from("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
_alnum = st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


@given(
    _provinces,
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.lists(_alnum, min_size=5, max_size=5),
)
def test_every_ordinary_plate_is_accepted(province: str, letter: str, rest: list[str]) -> None:
    plate = province + letter + "".join(rest)
    assert is_chinese_plate(plate)
    assert normalize_plate(f" {plate[:2].lower()}·{plate[2:]} ") == plate


@given(st.text(max_size=12))
def test_normalize_plate_is_idempotent(raw: str) -> None:
    plate = normalize_plate(raw)
    assert normalize_plate(plate) == plate
    assert " " not in plate
