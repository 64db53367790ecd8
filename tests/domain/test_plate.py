"""Tests for dealerdesk.domain.plate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.plate import is_chinese_plate, normalize_plate, plate_problem


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
        "浙AK1A345",
        "粤BD12345",
        "浙A12345D",  # new energy, large vehicle
        "浙A12345F",
        "浙A1234挂",
        "浙A12345挂",
        "粤B1234学",
        "浙A1234警",
        "粤Z1234港",
        "粤Z1234澳",
        "沪A1234领",
        "使123456",
        "使12345",
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
        "台A12345",  # not a mainland province abbreviation
        "浙a12345",  # not normalised
        "浙A 12345",
        "ABC-123",
    ],
)
def test_not_chinese_plates(plate: str) -> None:
    assert not is_chinese_plate(plate)


@pytest.mark.parametrize("raw", ["ABC123", "浙A1234", "浙AX12345", "Temp plate"])
def test_plate_problem_asks(raw: str) -> None:
    problem = plate_problem(raw)
    assert problem is not None
    assert "浙A12345" in problem
    assert problem.endswith("Keep it anyway?")


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
