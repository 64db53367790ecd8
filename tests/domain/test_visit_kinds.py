"""A repair sheet's words for a visit, read into the shop's kinds."""

import pytest

from dealerdesk.domain.value import kind_from_words

SHOP = ["maintenance", "repair", "detailing", "insurance", "accessories", "other"]


@pytest.mark.parametrize("words, kind", [
    ("小保养", "maintenance"), ("更换机油机滤", "maintenance"), ("Maintenance", "maintenance"),
    ("保险杠维修", "repair"), ("钣金喷漆", "repair"), ("car wash", "detailing"),
    ("洗车", "detailing"), ("美容打蜡", "detailing"), ("商业险续保", "insurance"),
    ("精品脚垫", "accessories"), ("年检代办", "other"), ("", "other"), ("other", "other"),
])
def test_words_to_kinds(words, kind):
    assert kind_from_words(words, SHOP) == kind


def test_a_kind_the_shop_added_and_one_it_removed():
    assert kind_from_words("轮胎", [*SHOP, "轮胎"]) == "轮胎"
    assert kind_from_words("洗车", ["maintenance", "other"]) == "other"
    assert kind_from_words("洗车", ["maintenance"]) is None
