"""Write tests/data/names.tsv: real-pattern Chinese names with both of their readings.

    python tests/data/make_names.py

Every surname of surnames.tsv (the 百家姓 with their 《现代汉语词典》 surname readings, and
other surnames read specially) is combined with given names built from the characters
below, more often for the surnames and given-name characters that read two ways. Each
line holds the name, its reading as a name (surname reading, given names as usually read
in names) and its everyday reading (every character as in everyday words), syllables
separated by spaces. The output is deterministic.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Common given-name characters and their reading.
GIVEN = (
    "伟 wei|芳 fang|娜 na|敏 min|静 jing|丽 li|强 qiang|磊 lei|军 jun|洋 yang|勇 yong|艳 yan|"
    "杰 jie|娟 juan|涛 tao|明 ming|超 chao|秀 xiu|霞 xia|平 ping|刚 gang|桂 gui|英 ying|"
    "华 hua|玉 yu|萍 ping|红 hong|鹏 peng|辉 hui|建 jian|国 guo|梅 mei|兰 lan|林 lin|"
    "志 zhi|海 hai|波 bo|宇 yu|浩 hao|凯 kai|健 jian|俊 jun|帆 fan|帅 shuai|旭 xu|宁 ning|"
    "龙 long|博 bo|文 wen|斌 bin|东 dong|晨 chen|琳 lin|婷 ting|雪 xue|慧 hui|颖 ying|"
    "佳 jia|欣 xin|怡 yi|晓 xiao|丹 dan|倩 qian|莉 li|嘉 jia|子 zi|轩 xuan|涵 han|"
    "梓 zi|睿 rui|泽 ze|思 si|雨 yu|诗 shi|可 ke|一 yi|晨 chen|阳 yang|春 chun|秋 qiu|"
    "冬 dong|松 song|峰 feng|岩 yan|鑫 xin|淑 shu|德 de|福 fu|永 yong|庆 qing|兵 bing|"
    "金 jin|荣 rong|新 xin|飞 fei|成 cheng|光 guang|天 tian|小 xiao|家 jia|立 li|少 shao|"
    "振 zhen|宏 hong|学 xue|明 ming|美 mei|云 yun|彤 tong|晶 jing|亮 liang|瑞 rui|琪 qi"
)
# Given-name characters read two ways: (as usually read in names, the other reading).
GIVEN_TWO_WAYS = "长 chang zhang|重 chong zhong|乐 le yue|朝 chao zhao|行 xing hang"


def _given() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    plain = [(c, r, r) for c, r in (item.split() for item in GIVEN.split("|"))]
    two_ways = [tuple(item.split()) for item in GIVEN_TWO_WAYS.split("|")]
    return plain, two_ways  # type: ignore[return-value]


def _surnames() -> list[tuple[str, str, str]]:
    rows = []
    for line in (HERE / "surnames.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            surname, reading, everyday, _source = line.split("\t")
            rows.append((surname, reading, everyday))
    return rows


def make_names(seed: int = 14) -> list[tuple[str, str, str]]:
    """(name, reading as a name, everyday reading) for 2,000+ distinct names."""
    rng = random.Random(seed)
    plain, two_ways = _given()
    names: dict[str, tuple[str, str]] = {}

    def add(surname: tuple[str, str, str], given: list[tuple[str, str, str]]) -> None:
        name = surname[0] + "".join(g[0] for g in given)
        names.setdefault(name, (" ".join([surname[1], *(g[1] for g in given)]),
                                " ".join([surname[2], *(g[2] for g in given)])))

    for surname in _surnames():
        special = surname[1] != surname[2]
        for _ in range(12 if special else 3):
            add(surname, rng.sample(plain, rng.choice((1, 2, 2))))
        if special or rng.random() < 0.3:
            add(surname, [rng.choice(two_ways), rng.choice(plain)])
    return [(name, *readings) for name, readings in names.items()]


def main() -> None:
    rows = make_names()
    lines = ["# name\treading as a name\teveryday reading (made by make_names.py)"]
    lines += ["\t".join(row) for row in rows]
    (HERE / "names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names")


if __name__ == "__main__":
    main()
