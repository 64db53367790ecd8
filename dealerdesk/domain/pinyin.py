"""Pinyin search keys for names: full spelling and initials, surnames read as surnames."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from dealerdesk.domain.text import clean_text

# Compound surnames, read as surnames. Only applied to names of 3+ characters, so that
# a two-character name such as 欧阳 stays surname 欧 + given name 阳. 单于 is left out:
# 单 + a given name starting with 于 is far more common today.
_COMPOUND_SURNAMES = {
    "欧阳": "ou yang",
    "司马": "si ma",
    "上官": "shang guan",
    "诸葛": "zhu ge",
    "尉迟": "yu chi",
    "东方": "dong fang",
    "皇甫": "huang fu",
    "慕容": "mu rong",
    "令狐": "ling hu",
    "公孙": "gong sun",
    "夏侯": "xia hou",
    "长孙": "zhang sun",
    "宇文": "yu wen",
    "司徒": "si tu",
    "端木": "duan mu",
    "轩辕": "xuan yuan",
    "万俟": "mo qi",
    "澹台": "tan tai",
    "公冶": "gong ye",
    "宗政": "zong zheng",
    "濮阳": "pu yang",
    "淳于": "chun yu",
    "太叔": "tai shu",
    "申屠": "shen tu",
    "钟离": "zhong li",
    "闻人": "wen ren",
    "赫连": "he lian",
    "呼延": "hu yan",
    "南宫": "nan gong",
    "西门": "xi men",
    "拓跋": "tuo ba",
    "独孤": "du gu",
    "司空": "si kong",
    "左丘": "zuo qiu",
    "子车": "zi ju",
    "乐正": "yue zheng",
    "第五": "di wu",
    "百里": "bai li",
    "梁丘": "liang qiu",
    "公羊": "gong yang",
}
# Single-character surnames whose surname reading differs from the character's common
# one (checked against pypinyin 0.55's single-character default, which reads e.g. 单 dan).
# 乐 is also a Le surname (乐嘉); Yue is the 百家姓 reading. 宓 keeps pypinyin's mi,
# the modern surname reading (Fu is the classical one). 尉 alone is Wei, pypinyin's default.
_SURNAMES = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "覃": "qin",
    "翟": "zhai",
    "召": "shao",
    "繁": "po",
    "种": "chong",
    "秘": "bi",
    "员": "yun",
    "蕃": "pi",
    "折": "she",
    "句": "gou",
    "隗": "wei",
    "薄": "bo",
    "长": "chang",
    "都": "du",
    "角": "jue",
    "藏": "zang",
    "能": "nai",
    "洗": "xian",
    "黑": "he",
    "粘": "nian",
    "祭": "zhai",
}
# Given-name characters whose usual reading in names is not the single-character default
# (长江 chang, 重阳 chong, 晟 sheng, 淡泊 bo). With phrases pypinyin gets 长江 right by
# context, but a per-character lookup never uses the phrase dictionary anyway.
_GIVEN_NAME_READINGS = {"长": "chang", "重": "chong", "晟": "sheng", "泊": "bo"}
_TOKENS = re.compile(r"[A-Za-z]+|\S")


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) in lower case, no tones or spaces: "张三" -> ("zhangsan", "zs").

    Surnames are read as surnames ("单田芳" -> "shantianfang"); a Latin word adds itself to
    the full key and its first letter to the initials ("Tom李" -> ("tomli", "tl")); digits
    and other characters are dropped.
    """
    syllables = _syllables(_TOKENS.findall(clean_text(name)))
    return "".join(syllables), "".join(s[0] for s in syllables)


def _syllables(tokens: list[str]) -> list[str]:
    if len(tokens) >= 3 and tokens[0] + tokens[1] in _COMPOUND_SURNAMES:
        head = _COMPOUND_SURNAMES[tokens[0] + tokens[1]].split()
        return head + _given_name(tokens[2:])
    if tokens and tokens[0] in _SURNAMES:
        return [_SURNAMES[tokens[0]], *_given_name(tokens[1:])]
    return _given_name(tokens)


def _given_name(tokens: list[str]) -> list[str]:
    return [reading for token in tokens if (reading := _reading(token))]


@lru_cache(maxsize=50000)
def _reading(token: str) -> str:
    """The reading of one token outside the surname: a Latin word or one character."""
    if token.isascii():
        return token.lower() if token.isalpha() else ""
    return _GIVEN_NAME_READINGS.get(token) or _pypinyin_reading(token)


def _pypinyin_reading(character: str) -> str:
    """pypinyin's reading of one character, "" for a character it does not know."""
    # Skipping the phrase dictionary cuts pypinyin's import from ~150 ms to ~30 ms, and a
    # lookup of one character at a time gives the same answer with or without it.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(character, style=Style.NORMAL, errors="ignore")
    return readings[0] if readings and readings[0].isascii() and readings[0].isalpha() else ""
