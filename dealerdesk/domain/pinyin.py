"""Pinyin search keys for names: full spelling and initials, surnames read as surnames."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from dealerdesk.domain.text import clean_text

# Compound surnames and their surname readings (the 百家姓 compounds and a few more), read
# as surnames only in names of 3+ characters, so that a two-character name such as 欧阳
# stays surname 欧 + given name 阳. 单于 is left out: 单 + a given name starting with 于 is
# far more common today.
_COMPOUND_SURNAMES = {
    "欧阳": "ou yang", "司马": "si ma", "上官": "shang guan", "诸葛": "zhu ge",
    "尉迟": "yu chi", "东方": "dong fang", "皇甫": "huang fu", "慕容": "mu rong",
    "令狐": "ling hu", "公孙": "gong sun", "夏侯": "xia hou", "长孙": "zhang sun",
    "宇文": "yu wen", "司徒": "si tu", "端木": "duan mu", "轩辕": "xuan yuan",
    "万俟": "mo qi", "澹台": "tan tai", "公冶": "gong ye", "宗政": "zong zheng",
    "濮阳": "pu yang", "淳于": "chun yu", "太叔": "tai shu", "申屠": "shen tu",
    "钟离": "zhong li", "闻人": "wen ren", "赫连": "he lian", "呼延": "hu yan",
    "南宫": "nan gong", "西门": "xi men", "拓跋": "tuo ba", "独孤": "du gu",
    "司空": "si kong", "左丘": "zuo qiu", "子车": "zi ju", "乐正": "yue zheng",
    "第五": "di wu", "百里": "bai li", "梁丘": "liang qiu", "公羊": "gong yang",
    "仲孙": "zhong sun", "鲜于": "xian yu", "闾丘": "lv qiu", "亓官": "qi guan",
    "司寇": "si kou", "仉督": "zhang du", "颛孙": "zhuan sun", "巫马": "wu ma",
    "公西": "gong xi", "漆雕": "qi diao", "壤驷": "rang si", "公良": "gong liang",
    "夹谷": "jia gu", "宰父": "zai fu", "谷梁": "gu liang", "段干": "duan gan",
    "东郭": "dong guo", "南门": "nan men", "归海": "gui hai", "羊舌": "yang she",
    "微生": "wei sheng", "东门": "dong men", "伯赏": "bo shang",
}
# Single-character surnames whose surname reading (《现代汉语词典》) differs from the
# character's everyday one, pypinyin's single-character default (单: everyday dan, as a
# surname Shan). Checked against every 百家姓 surname in tests/data/surnames.tsv. 乐 is also
# a Le surname (乐嘉): Yue is the 百家姓 reading, and the everyday key finds Le. 宓 keeps mi,
# the modern reading; 尉 alone is Wei (pypinyin's default), 尉迟 Yuchi.
_SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao",
    "查": "zha", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "翟": "zhai",
    "召": "shao", "繁": "po", "种": "chong", "秘": "bi", "员": "yun", "蕃": "pi",
    "折": "she", "句": "gou", "隗": "wei", "薄": "bo", "长": "chang", "都": "du",
    "角": "jue", "藏": "zang", "能": "nai", "洗": "xian", "粘": "nian", "祭": "zhai",
    "阚": "kan", "佴": "nai", "乜": "nie", "卜": "bu", "蔚": "yu", "颉": "xie",
    "重": "chong",
}
# Given-name characters with two common readings: (the usual reading in names, the other
# one). Both are indexed, the first as the name's key (长江 Changjiang, 重阳 Chongyang,
# 晟 Sheng, 淡泊 bo), the second as its everyday key.
_GIVEN_NAME_READINGS = {
    "长": ("chang", "zhang"), "重": ("chong", "zhong"), "乐": ("le", "yue"),
    "朝": ("chao", "zhao"), "行": ("xing", "hang"), "晟": ("sheng", "cheng"),
    "泊": ("bo", "po"), "觉": ("jue", "jiao"), "省": ("xing", "sheng"),
    "茜": ("qian", "xi"), "蔚": ("wei", "yu"), "柏": ("bai", "bo"),
}
_TOKENS = re.compile(r"[A-Za-z]+|\S")


@dataclass(frozen=True)
class NameKeys:
    """The search keys of one name: its reading as a name, and its everyday reading.

    `full`/`initials` read the surname as a surname and each given-name character in its
    usual name reading ("单田芳" -> "shantianfang", "stf"); `everyday_full`/
    `everyday_initials` read every character as in everyday words ("dantianfang", "dtf"),
    and are "" when they are the same as the name's keys. Both find the customer.
    """

    full: str
    initials: str
    everyday_full: str = ""
    everyday_initials: str = ""

    def columns(self) -> dict[str, str]:
        """The customer columns that hold these keys."""
        return {
            "name_pinyin": self.full,
            "name_initials": self.initials,
            "name_pinyin_alt": self.everyday_full,
            "name_initials_alt": self.everyday_initials,
        }


BLANK_KEYS = NameKeys("", "")


def name_index(name: str) -> NameKeys:
    """Both readings of `name` as search keys (see NameKeys), lower case, no spaces.

    A Latin word adds itself to the full keys and its first letter to the initials
    ("Tom李" -> "tomli", "tl"); digits and other characters are dropped.
    """
    pairs = _syllables(_TOKENS.findall(clean_text(name)))
    full = "".join(name for name, _ in pairs)
    initials = "".join(name[0] for name, _ in pairs)
    everyday = "".join(other for _, other in pairs)
    everyday_initials = "".join(other[0] for _, other in pairs)
    return NameKeys(
        full,
        initials,
        everyday if everyday != full else "",
        everyday_initials if everyday_initials != initials else "",
    )


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of the name's reading as a name: "张三" -> ("zhangsan", "zs").

    Surnames are read as surnames ("单田芳" -> "shantianfang"); see name_index() for both
    readings.
    """
    keys = name_index(name)
    return keys.full, keys.initials


Reading = tuple[str, str]  # (the reading in a name, the everyday reading)


def _syllables(tokens: list[str]) -> list[Reading]:
    if len(tokens) >= 3 and tokens[0] + tokens[1] in _COMPOUND_SURNAMES:
        head = _COMPOUND_SURNAMES[tokens[0] + tokens[1]].split()
        words = [_everyday(tokens[0]), _everyday(tokens[1])]
        return [*zip(head, words, strict=True), *_given_name(tokens[2:])]
    if not tokens or tokens[0].isascii():
        return _given_name(tokens)
    everyday = _everyday(tokens[0])
    surname = (_SURNAMES.get(tokens[0], everyday), everyday)
    return ([surname] if everyday else []) + _given_name(tokens[1:])


def _given_name(tokens: list[str]) -> list[Reading]:
    return [reading for token in tokens if (reading := _reading(token))[0]]


@lru_cache(maxsize=50000)
def _reading(token: str) -> Reading:
    """Both readings of one token outside the surname: a Latin word or one character."""
    if token.isascii():
        word = token.lower() if token.isalpha() else ""
        return word, word
    if token in _GIVEN_NAME_READINGS:
        return _GIVEN_NAME_READINGS[token]
    everyday = _everyday(token)
    return everyday, everyday


@lru_cache(maxsize=50000)
def _everyday(character: str) -> str:
    """pypinyin's reading of one character, "" for a character it does not know."""
    # Skipping the phrase dictionary cuts pypinyin's import from ~150 ms to ~30 ms, and a
    # lookup of one character at a time gives the same answer with or without it.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(character, style=Style.NORMAL, errors="ignore")
    return readings[0] if readings and readings[0].isascii() and readings[0].isalpha() else ""
