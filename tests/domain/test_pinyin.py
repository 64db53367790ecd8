"""Tests for dealerdesk.domain.pinyin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealerdesk.domain.pinyin import NameKeys, name_index, name_keys


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", ("zhangsan", "zs")),
        ("李四", ("lisi", "ls")),
        ("王小明", ("wangxiaoming", "wxm")),
        ("吕布", ("lvbu", "lb")),
        # surnames read as surnames
        ("单田芳", ("shantianfang", "stf")),
        ("曾小贤", ("zengxiaoxian", "zxx")),
        ("解晓东", ("xiexiaodong", "xxd")),
        ("仇英", ("qiuying", "qy")),
        ("区志强", ("ouzhiqiang", "ozq")),
        ("朴树", ("piaoshu", "ps")),
        ("查良镛", ("zhaliangyong", "zly")),
        ("盖聂", ("genie", "gn")),
        ("乐毅", ("yueyi", "yy")),
        ("缪杰", ("miaojie", "mj")),
        ("覃海", ("qinhai", "qh")),
        ("翟天临", ("zhaitianlin", "ztl")),
        ("召忠", ("shaozhong", "sz")),
        ("繁钦", ("poqin", "pq")),
        ("种师道", ("chongshidao", "csd")),
        ("华佗", ("huatuo", "ht")),
        ("任我行", ("renwoxing", "rwx")),
        ("纪晓岚", ("jixiaolan", "jxl")),
        ("沈腾", ("shenteng", "st")),
        ("秘红", ("bihong", "bh")),
        ("谌龙", ("chenlong", "cl")),
        ("员半千", ("yunbanqian", "ybq")),
        ("蕃向", ("pixiang", "px")),
        ("那英", ("naying", "ny")),
        ("宓妃", ("mifei", "mf")),
        ("折克行", ("shekexing", "skx")),
        ("句龙", ("goulong", "gl")),
        ("眭阳", ("suiyang", "sy")),
        ("隗嚣", ("weixiao", "wx")),
        ("曲波", ("qubo", "qb")),
        ("贾玲", ("jialing", "jl")),
        ("尉缭", ("weiliao", "wl")),
        ("薄一波", ("boyibo", "byb")),
        ("长春", ("changchun", "cc")),
        ("阚飞", ("kanfei", "kf")),
        ("佴伟", ("naiwei", "nw")),
        ("乜红", ("niehong", "nh")),
        ("卜伟", ("buwei", "bw")),
        ("蔚明", ("yuming", "ym")),
        # compound surnames
        ("欧阳娜娜", ("ouyangnana", "oynn")),
        ("司马懿", ("simayi", "smy")),
        ("上官婉儿", ("shangguanwaner", "sgwe")),
        ("诸葛亮", ("zhugeliang", "zgl")),
        ("尉迟恭", ("yuchigong", "ycg")),
        ("长孙无忌", ("zhangsunwuji", "zswj")),
        ("万俟卨", ("moqixie", "mqx")),
        ("澹台灭明", ("tantaimieming", "ttmm")),
        ("欧阳", ("ouyang", "oy")),  # two characters: surname 欧, given name 阳
        # given names that a per-character lookup would misread
        ("刘长江", ("liuchangjiang", "lcj")),
        ("王重阳", ("wangchongyang", "wcy")),
        ("李长庚", ("lichanggeng", "lcg")),
        ("张晟", ("zhangsheng", "zs")),
        ("李乐乐", ("lilele", "lll")),
        ("王朝阳", ("wangchaoyang", "wcy")),
        # Latin letters, spacing, other characters
        ("Tom李", ("tomli", "tl")),
        ("Tom Li", ("tomli", "tl")),
        ("李Tom", ("litom", "lt")),
        ("ＴＯＭ", ("tom", "t")),
        ("张 三", ("zhangsan", "zs")),
        ("张\u3000三", ("zhangsan", "zs")),
        ("张三3号", ("zhangsanhao", "zsh")),
        ("张三（老板）", ("zhangsanlaoban", "zslb")),
        ("迪丽热巴·迪力木拉提", ("dilirebadilimulati", "dlrbdlmlt")),
        ("123", ("", "")),
        ("", ("", "")),
        ("  ", ("", "")),
        ("😀", ("", "")),
    ],
)
def test_name_keys(name: str, expected: tuple[str, str]) -> None:
    assert name_keys(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("单国梅", NameKeys("shanguomei", "sgm", "danguomei", "dgm")),
        ("曾国", NameKeys("zengguo", "zg", "cengguo", "cg")),
        ("阚飞", NameKeys("kanfei", "kf", "hanfei", "hf")),
        ("盖聂", NameKeys("genie", "gn", "gainie", "")),  # same initials: stored once
        ("乐嘉", NameKeys("yuejia", "yj", "lejia", "lj")),
        ("尉迟恭", NameKeys("yuchigong", "ycg", "weichigong", "wcg")),
        ("万俟卨", NameKeys("moqixie", "mqx", "wanqixie", "wqx")),
        # given names: the reading in names first, the other common one second
        ("刘长江", NameKeys("liuchangjiang", "lcj", "liuzhangjiang", "lzj")),
        ("王重阳", NameKeys("wangchongyang", "wcy", "wangzhongyang", "wzy")),
        ("李乐", NameKeys("lile", "ll", "liyue", "ly")),
        ("单长乐", NameKeys("shanchangle", "scl", "danzhangyue", "dzy")),
        # one reading only: no second key
        ("张三", NameKeys("zhangsan", "zs", "", "")),
        ("Tom李", NameKeys("tomli", "tl", "", "")),
        ("", NameKeys("", "", "", "")),
    ],
)
def test_name_index_has_both_readings(name: str, expected: NameKeys) -> None:
    assert name_index(name) == expected


def test_name_index_columns() -> None:
    assert name_index("单田芳").columns() == {
        "name_pinyin": "shantianfang", "name_initials": "stf",
        "name_pinyin_alt": "dantianfang", "name_initials_alt": "dtf"}


def test_same_character_read_differently_as_surname() -> None:
    assert name_keys("单单")[0] == "shandan"
    assert name_keys("曾曾")[0] == "zengceng"


_han = st.sampled_from(
    "张王李赵刘陈杨黄周吴徐孙马朱胡林郭何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于"
    "余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎"
    "薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞"
    "平刚桂英华"
)


@given(st.lists(_han, min_size=1, max_size=4))
def test_one_initial_per_character(characters: list[str]) -> None:
    full, initials = name_keys("".join(characters))
    assert len(initials) == len(characters)
    assert full.isascii() and full.isalpha() and full.islower()
    assert full.startswith(initials[0])


@given(st.text(max_size=10))
def test_keys_are_lowercase_ascii_letters(name: str) -> None:
    full, initials = name_keys(name)
    assert full == "" or (full.isascii() and full.isalpha() and full.islower())
    assert len(initials) <= len(full)
    assert (full == "") == (initials == "")
