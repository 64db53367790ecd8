"""Tests for dealerdesk.domain.phone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.phone import (
    is_mobile,
    mask_phone,
    normalize_phone,
    phone_digits,
    split_phones,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        (13812345678, "13812345678"),
        (13812345678.0, "13812345678"),
        (1.3812345678e10, "13812345678"),
        ("1.3812345678E10", "13812345678"),
        ("1.3812345678E+10", "13812345678"),
        ("1.3812345678e10", "13812345678"),
        ("13812345678.0", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("＋８６　１３８－１２３４－５６７８", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("138.1234.5678", "13812345678"),
        ("(138)12345678", "13812345678"),
        ("  13812345678  ", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("86 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        (8613812345678, "13812345678"),
        ("013812345678", "13812345678"),
        ("19912345678", "19912345678"),
        ("0571-88886666", "057188886666"),
        ("(0571) 8888 6666", "057188886666"),
        ("0571.88886666", "057188886666"),
        ("010-88886666", "01088886666"),
        ("021 6888 6666", "02168886666"),
        ("0571-8888666", "05718888666"),
        ("+86 571 88886666", "057188886666"),
        ("+86 0571 88886666", "057188886666"),
        ("0086 10 88886666", "01088886666"),
        (57188886666, "057188886666"),  # a number cell lost the area code's 0
        (1088886666.0, "01088886666"),
        (2168886666, "02168886666"),
        ("88886666", "88886666"),
        ("8888666", "8888666"),
        (88886666, "88886666"),
        ("400-812-3123", "4008123123"),
        ("800 810 8888", "8008108888"),
        ("+852 9123 4567", "+85291234567"),
        ("+44 20 7946 0958", "+442079460958"),
        ("00852 9123 4567", "+85291234567"),
        ("+1 (415) 555-0100", "+14155550100"),
        ("+12345678", "+12345678"),
        ("+123456789012345", "+123456789012345"),
        ("", ""),
        ("   ", ""),
        ("\u3000", ""),
        (None, ""),
    ],
)
def test_normalize_phone(raw: object, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("12345678901", "a mobile number has 11 digits starting with 1"),
        ("1381234567", "a mobile number has 11 digits starting with 1"),
        ("138123456789", "a mobile number has 11 digits starting with 1"),
        ("1234", "a mobile number has 11 digits starting with 1"),
        ("0571", "a landline is an area code starting with 0"),
        ("0571-888", "a landline is an area code starting with 0"),
        ("05718888666666", "a landline is an area code starting with 0"),
        ("012345678901", "a landline is an area code starting with 0"),
        ("057101234567", "a landline is an area code starting with 0"),
        ("+123", "+ followed by 8 to 15 digits"),
        ("+1234567890123456", "+ followed by 8 to 15 digits"),
        ("+86 12345", "after +86"),
        ("+86 12345678901", "after +86"),
        ("0086 1381234567", "after +86"),
        ("8612345678901", "expected an 11-digit mobile number"),
        ("555", "expected an 11-digit mobile number"),
        ("abc", "use only digits"),
        ("138-1234-567a", "use only digits"),
        ("手机13812345678", "use only digits"),
        ("13812345678/13987654321", "use only digits"),
        ("1+3812345678", "use only digits"),
        ("１２", "a mobile number has 11 digits"),
        (12.5, "12.5 is not a whole number"),
        (float("nan"), "not a whole number"),
        (float("inf"), "not a whole number"),
        ("1.38123E+10", "scientific notation (1.38123E+10)"),
        ("1.3812345678E3", "scientific notation"),
        (True, "This is not a valid phone number"),
    ],
)
def test_normalize_phone_rejects(raw: object, message: str) -> None:
    with pytest.raises(RuleError, match=None) as caught:
        normalize_phone(raw)
    assert message in str(caught.value)
    assert str(caught.value).startswith("This ")


def test_rule_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        normalize_phone("nonsense")


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("13812345678", True),
        ("19912345678", True),
        ("12812345678", False),
        ("1381234567", False),
        ("057188886666", False),
        ("+85291234567", False),
        ("", False),
        ("138 1234 5678", False),  # only canonical numbers
    ],
)
def test_is_mobile(phone: str, expected: bool) -> None:
    assert is_mobile(phone) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", ["13812345678"]),
        ("138 1234 5678", ["138 1234 5678"]),
        ("0571 88886666", ["0571 88886666"]),
        ("+86 138 1234 5678", ["+86 138 1234 5678"]),
        ("13812345678/13987654321", ["13812345678", "13987654321"]),
        ("13812345678 / 13987654321", ["13812345678", "13987654321"]),
        ("13812345678,13987654321", ["13812345678", "13987654321"]),
        ("13812345678，13987654321", ["13812345678", "13987654321"]),
        ("13812345678;13987654321", ["13812345678", "13987654321"]),
        ("13812345678；13987654321；", ["13812345678", "13987654321"]),
        ("13812345678、13987654321", ["13812345678", "13987654321"]),
        ("13812345678\n13987654321", ["13812345678", "13987654321"]),
        ("13812345678\r\n13987654321", ["13812345678", "13987654321"]),
        ("13812345678 13987654321", ["13812345678", "13987654321"]),
        ("13812345678  0571-88886666", ["13812345678", "0571-88886666"]),
        ("13812345678／13987654321", ["13812345678", "13987654321"]),
        (
            "138 1234 5678 / 0571-8888 6666\n+86 139 8765 4321",
            ["138 1234 5678", "0571-8888 6666", "+86 139 8765 4321"],
        ),
        ("13,812,345,678", ["13812345678"]),  # a thousands separator, not a list
        (" 13812345678 ", ["13812345678"]),
        (13812345678, ["13812345678"]),
        (13812345678.0, ["13812345678"]),
        (57188886666, ["057188886666"]),
        (12.5, ["12.5"]),
        ("", []),
        ("  ", []),
        (" / ; ", []),
        (None, []),
    ],
)
def test_split_phones(raw: object, expected: list[str]) -> None:
    assert split_phones(raw) == expected


def test_split_parts_normalise() -> None:
    cell = "138 1234 5678、（0571）8888-6666；＋86 139-8765-4321"
    assert [normalize_phone(p) for p in split_phones(cell)] == [
        "13812345678",
        "057188886666",
        "13987654321",
    ]


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("13812345678", "138****5678"),
        ("057188886666", "057*****6666"),
        ("01088886666", "010****6666"),
        ("+85291234567", "+85*****4567"),
        ("4008123123", "400***3123"),
        ("88886666", "888***66"),
        ("8888666", "888**66"),
        ("123456", "123*56"),
        ("12345", "*****"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, expected: str) -> None:
    assert mask_phone(phone) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("138-1234-5678", "13812345678"),
        ("１３８ １２３４", "1381234"),
        ("+86 (0571) 8888", "8605718888"),
        ("张三", ""),
        ("", ""),
        ("٣٤", ""),  # other scripts' digits are not phone digits
    ],
)
def test_phone_digits(text: str, expected: str) -> None:
    assert phone_digits(text) == expected


_mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
_landlines = st.from_regex(r"0(10|2[0-9]|[3-9][0-9]{2})[2-9][0-9]{6,7}", fullmatch=True)
_foreign = st.from_regex(r"\+[1-79][0-9]{7,14}", fullmatch=True)
_phone_alphabet = "0123456789 +-.()（）＋－０１３８６"


@given(_mobiles, st.sampled_from(["", "+86", "+86 ", "0086", "86", "0"]), st.booleans())
def test_mobile_in_any_dress_normalises_to_itself(mobile: str, prefix: str, spaced: bool) -> None:
    text = prefix + (f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}" if spaced else mobile)
    assert normalize_phone(text) == mobile
    assert normalize_phone(int(mobile)) == mobile
    assert normalize_phone(float(mobile)) == mobile
    assert normalize_phone(f"{float(mobile):.10E}") == mobile
    assert is_mobile(normalize_phone(text))


@given(st.one_of(_mobiles, _landlines, _foreign))
def test_canonical_numbers_are_fixed_points(phone: str) -> None:
    assert normalize_phone(phone) == phone


@given(st.one_of(st.text(alphabet=_phone_alphabet, max_size=20), st.integers(), st.floats()))
def test_normalize_phone_is_idempotent(raw: object) -> None:
    try:
        phone = normalize_phone(raw)
    except RuleError:
        return
    assert normalize_phone(phone) == phone
    assert phone == "" or phone_digits(phone) == phone.lstrip("+")


@given(
    st.lists(_mobiles, min_size=1, max_size=5),
    st.sampled_from(["/", ",", "，", "；", "、", "\n", " "]),
)
def test_split_phones_finds_every_number(mobiles: list[str], separator: str) -> None:
    assert split_phones(separator.join(mobiles)) == mobiles


@given(st.text(alphabet="0123456789+", max_size=16))
def test_mask_keeps_length(phone: str) -> None:
    masked = mask_phone(phone)
    assert len(masked) == len(phone)
    assert "*" in masked or not phone


# --- extensions and the numbering plan ---------------------------------------------------

from dealerdesk.domain.phone import phone_warning, split_extension  # noqa: E402


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0571-88886666 ext 801", "057188886666,801"),
        ("0571-88886666 EXT. 801", "057188886666,801"),
        ("010-34167211x801", "01034167211,801"),
        ("0571-88886666转801", "057188886666,801"),
        ("0571-88886666 转 801", "057188886666,801"),
        ("0571-88886666分机801", "057188886666,801"),
        ("0571-88886666#801", "057188886666,801"),
        ("057188886666,801", "057188886666,801"),  # the stored form reads back
        ("400-123-4567转2", "4001234567,2"),
        ("88886666转12", "88886666,12"),
        ("+1 212 555 0100 ext 12", "+12125550100,12"),
    ],
)
def test_extensions_are_kept_as_their_own_part(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected
    number, extension = split_extension(expected)
    assert number + "," + extension == expected


def test_a_mobile_has_no_extension() -> None:
    with pytest.raises(RuleError, match="no extension"):
        normalize_phone("13812345678转801")


def test_an_extension_in_its_own_part_of_a_cell_stays_with_its_number() -> None:
    assert split_phones("0571-88886666, 801 / 13812345678") == [
        "0571-88886666,801", "13812345678"]
    assert split_phones("13812345678,13912345678") == ["13812345678", "13912345678"]


def test_masking_keeps_the_extension() -> None:
    assert mask_phone("057188886666,801") == "057*****6666,801"


@pytest.mark.parametrize(
    "phone",
    ["13812345678", "14712345678", "16612345678", "19912345678", "057188886666",
     "01034167211", "075523456789", "4001234567", "8001234567", "+12125550100",
     "057188886666,801", "88886666", "8888666"],
)
def test_numbers_in_the_numbering_plan_get_no_warning(phone: str) -> None:
    assert phone_warning(phone) is None


@pytest.mark.parametrize(
    "block", ["140", "141", "142", "143", "144", "146", "148", "149", "154", "160", "163",
              "164", "168", "169", "179", "194"])
def test_unallocated_mobile_blocks_are_stored_with_a_warning(block: str) -> None:
    phone = normalize_phone(block + "12345678")  # still accepted...
    assert phone == block + "12345678"
    assert phone_warning(phone) == f"No mobile numbers start with {block} yet: check the number"


@pytest.mark.parametrize(
    ("raw", "warning"),
    [
        ("0755-2345678", "Numbers in area 0755 have 8 digits after the area code, this one "
                         "has 7: check it"),
        ("010-3416721", "Numbers in area 010 have 8 digits after the area code, this one "
                        "has 7: check it"),
        ("+44 20 7946 001", "This number does not fit the numbering plan of its country: "
                            "check it"),
    ],
)
def test_wrong_digit_counts_get_a_precise_warning(raw: str, warning: str) -> None:
    assert phone_warning(normalize_phone(raw)) == warning


def test_a_local_number_starting_with_1_is_still_refused() -> None:
    with pytest.raises(RuleError):
        normalize_phone("021-1234567")


def test_the_quick_validity_check_agrees_with_the_library_parse():
    """Chinese numbers are checked without phonenumbers.parse (it is most of an import's
    phone time); the answer must be the one parse gives."""
    import random

    import phonenumbers

    from dealerdesk.domain.phone import _valid

    rng = random.Random(5)
    numbers = [f"+86{p}{rng.randrange(10**8):08d}" for p in range(100, 200) for _ in range(5)]
    numbers += [f"+86{a}{rng.randrange(10**7, 10**8)}" for a in (10, 21, 571, 755, 898, 351)]
    numbers += ["+8695555", "+864008123456", "+86800810888", "+8612345", "+1 6502530000"]
    for number in numbers:
        expected = phonenumbers.is_valid_number(phonenumbers.parse(number, None))
        assert _valid(number) == expected, number


def test_the_answer_remembered_for_a_mobile_block_is_the_library_answer_for_each_number():
    """Mobile numbers are checked once per 7-digit block; every number must get the answer
    phonenumbers gives for that number itself: one number of every 5-digit prefix, and
    several numbers of blocks taken at random."""
    import random

    import phonenumbers

    rng = random.Random(12)
    numbers = [f"{p}{rng.randrange(10**6):06d}" for p in range(13000, 20000)]
    blocks = [f"{rng.randrange(1300000, 2000000)}" for _ in range(300)]
    numbers += [f"{b}{rng.randrange(10**4):04d}" for b in blocks for _ in range(4)]
    numbers += [f"{b}{tail}" for b in ("1740000", "1740599", "1740699", "1940799", "1941999")
                for tail in ("0000", "5555", "9999")]
    for number in numbers:
        expected = phonenumbers.is_valid_number(phonenumbers.parse("+86" + number, None))
        assert (phone_warning(number) is None) == expected, number


def test_numbers_of_one_mobile_block_are_looked_up_once(monkeypatch):
    from dealerdesk.domain import phone

    phone._mobile_block_valid.cache_clear()
    looked_up = []
    real = phone._valid
    monkeypatch.setattr(phone, "_valid", lambda n: looked_up.append(n) or real(n))
    for tail in ("0001", "2345", "9999"):
        assert phone_warning("1381234" + tail) is None
    assert len(looked_up) == 1
