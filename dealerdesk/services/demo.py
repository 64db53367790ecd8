"""Realistic generated data for a demo database and for benchmarks.

Chinese names weighted like real surnames, mobile numbers, addresses, plates of real
formats (8-character plates for new-energy cars), cars of real brands, staff, sources,
levels, statuses, insurance and inspection dates spread around today, and follow-ups.
Rows go in with executemany inside one transaction: 100,000 customers take seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from dealerdesk.db.api import atomic, execute_many, scalar
from dealerdesk.domain.choices import CHANNELS, LOST_REASONS, ONLINE_PLATFORMS
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.inspection import next_inspection_due
from dealerdesk.domain.pinyin import name_keys
from dealerdesk.services.settings import set_settings

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
            "顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇查")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌海波红梅玉兰晓东"
         "子涵浩然欣怡宇轩梓萱俊杰思远嘉怡雨萱博文一鸣佳琪晨阳雅婷鹏飞立新春燕")
CITIES = {
    "浙": ("杭州市", ["西湖区", "拱墅区", "滨江区", "萧山区", "余杭区"], "A"),
    "苏": ("苏州市", ["姑苏区", "吴中区", "相城区", "工业园区"], "E"),
    "沪": ("上海市", ["浦东新区", "闵行区", "徐汇区", "宝山区"], "A"),
    "粤": ("广州市", ["天河区", "海珠区", "白云区", "番禺区"], "A"),
}
STREETS = ["文三路", "莫干山路", "解放路", "人民路", "建设路", "中山路", "新华路", "和平路",
           "长江路"]
CARS = [
    ("丰田", "凯美瑞", "sedan", 180000), ("丰田", "RAV4荣放", "suv", 170000),
    ("本田", "雅阁", "sedan", 160000), ("本田", "CR-V", "suv", 165000),
    ("大众", "帕萨特", "sedan", 150000), ("大众", "朗逸", "sedan", 80000),
    ("大众", "途观L", "suv", 160000), ("日产", "轩逸", "sedan", 70000),
    ("别克", "GL8", "mpv", 200000), ("别克", "英朗", "sedan", 60000),
    ("宝马", "3系", "sedan", 220000), ("宝马", "X3", "suv", 300000),
    ("奔驰", "C级", "sedan", 250000), ("奥迪", "A4L", "sedan", 210000),
    ("奥迪", "Q5L", "suv", 280000), ("吉利", "星越L", "suv", 110000),
    ("长安", "CS75 PLUS", "suv", 80000), ("哈弗", "H6", "suv", 70000),
    ("比亚迪", "秦PLUS DM-i", "sedan", 90000), ("比亚迪", "汉EV", "sedan", 160000),
    ("特斯拉", "Model 3", "sedan", 190000), ("理想", "L7", "suv", 260000),
]
NEW_ENERGY = {"秦PLUS DM-i", "汉EV", "Model 3", "L7"}
COLOURS = ["白色", "黑色", "银色", "灰色", "红色", "蓝色"]
STAFF = ["李明", "王芳", "张伟", "陈静", "刘洋"]
TAGS = ["老客户", "换车", "家用", "商务", "首购", "贷款", "急需"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
STATUS_WEIGHTS = {"lead": 30, "following": 25, "visited": 10, "customer": 25, "lost": 7,
                  "dormant": 3}
SOURCE_WEIGHTS = {"walk_in": 25, "phone_in": 15, "online": 35, "referral": 12, "returning": 8,
                  "other": 5}
LEVELS = ["H", "A", "B", "C", "N"]
OUTCOMES_BY_STATUS = {
    "lead": ["no_answer", "contacted"], "following": ["contacted", "visit_booked"],
    "visited": ["visited", "test_drive"], "customer": ["deal", "after_sale"],
    "lost": ["lost"], "dormant": ["no_answer"],
}
FOLLOWUP_TEXTS = ["想要一台白色SUV，预算15万左右", "电话未接，明天再打", "已约周六到店看车",
                  "试驾了凯美瑞，感觉不错，回去和家人商量", "关心贷款方案，首付三成",
                  "嫌价格高，再跟进", "已成交，交车顺利", "回访：车辆使用正常，很满意",
                  "想置换旧车，需要评估", "问了保险续保的事情"]


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Gen:
    """One generator run: a seeded random source and the shared 'today'."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.used_phones: set[str] = set()

    def name(self) -> str:
        r = self.rng
        given = "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))
        return r.choice(SURNAMES) + given

    def phone(self) -> str:
        while True:
            p = "1" + self.rng.choice("3456789") + f"{self.rng.randrange(10**9):09d}"
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p

    def plate(self, province: str, letter: str, new_energy: bool) -> str:
        r = self.rng
        if new_energy:
            return province + letter + r.choice("DF") + f"{r.randrange(10**5):05d}"
        tail = "".join(r.choice(PLATE_LETTERS + "0123456789" * 3) for _ in range(5))
        return province + letter + tail

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "L" + "".join(self.rng.choice(chars) for _ in range(16))

    def day_around(self, before: int, after: int) -> dt.date:
        return self.today + dt.timedelta(days=self.rng.randint(-before, after))


def _customer_row(g: _Gen, cid: int, staff_ids: list[int]) -> tuple[Any, ...]:
    r = g.rng
    name = g.name()
    full, initials = name_keys(name)
    province = r.choice(list(CITIES))
    city, districts, _ = CITIES[province]
    address = f"{city}{r.choice(districts)}{r.choice(STREETS)}{r.randint(1, 999)}号"
    birthday = dt.date(r.randint(1960, 2002), r.randint(1, 12), r.randint(1, 28))
    lunar = r.random() < 0.15
    status = _pick(r, STATUS_WEIGHTS)
    source = _pick(r, SOURCE_WEIGHTS)
    detail = r.choice(ONLINE_PLATFORMS) if source == "online" else ""
    created = dt.datetime.combine(g.day_around(900, 0), dt.time(r.randint(9, 18), r.randint(0, 59)))
    car = r.choice(CARS)
    tags = "," + ",".join(r.sample(TAGS, r.randint(1, 2))) + "," if r.random() < 0.4 else ""
    budget = car[3] * 100
    return (
        cid, name, full, initials, g.phone(), r.choice(["M", "M", "F"]), birthday,
        birthday.month * 100 + birthday.day, int(lunar), birthday.month if lunar else None,
        birthday.day if lunar else None, address, source, detail, r.choice(LEVELS), status,
        r.choice(staff_ids), r.choice(staff_ids), created, created, f"{car[0]} {car[1]}", car[2],
        budget * 8 // 10, budget * 12 // 10, r.choice(["full", "loan", ""]), tags,
        int(r.random() < 0.6),
    )


CUSTOMER_SQL = (
    "INSERT INTO customer (id, name, name_pinyin, name_initials, phone, gender, birthday, "
    "birthday_md, lunar_birthday, lunar_month, lunar_day, address, source, source_detail, level, "
    "status, owner_id, created_by_id, created_at, updated_at, intent_model, intent_body_type, "
    "budget_min_cents, budget_max_cents, payment, tags, marketing_consent, phone2, wechat, "
    "lunar_leap, trade_in, notes) VALUES "
    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','',0,'','')"
)

VEHICLE_SQL = (
    "INSERT INTO vehicle (customer_id, relation, brand, model, year, vin, plate, plate_key, "
    "colour, "
    "registered_on, deal_on, deal_price_cents, salesperson_id, mileage_km, compulsory_ins_expiry, "
    "commercial_ins_expiry, inspection_due, warranty_expiry, next_maintenance_on, notes, "
    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'',?,?)"
)


def _vehicle_row(g: _Gen, cid: int, status: str, staff_id: int, address: str) -> tuple[Any, ...]:
    r = g.rng
    brand, model, _, price = r.choice(CARS)
    registered = g.day_around(365 * 16, -30)
    province = next((p for p in CITIES if CITIES[p][0] in address), "浙")
    plate = g.plate(province, CITIES[province][2], model in NEW_ENERGY)
    bought = status == "customer"
    deal_on = g.day_around(700, 0) if bought else None
    ins = g.day_around(30, 335)
    age = max(0, (g.today - registered).days // 365)
    mileage = age * r.randint(8000, 20000)
    deal_price = price * 100 * max(3, 10 - age) // 10 if bought else None
    now = dt.datetime.combine(g.today, dt.time(9))
    return (
        cid, "bought" if bought else "owned", brand, model, registered.year, g.vin(), plate, plate,
        r.choice(COLOURS), registered, deal_on, deal_price, staff_id if bought else None, mileage,
        ins, ins if r.random() < 0.8 else None, next_inspection_due(registered, g.today),
        add_years(registered, 3) if age < 3 else None, g.day_around(20, 160), now, now,
    )


FOLLOWUP_SQL = (
    "INSERT INTO follow_up (customer_id, staff_id, at, channel, content, outcome, lost_reason, "
    "next_action, next_action_on, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


def _followups(g: _Gen, cid: int, status: str, staff_id: int, created: dt.datetime
               ) -> Iterator[tuple[Any, ...]]:
    r = g.rng
    count = r.choice((0, 1, 2, 3, 4, 5, 6, 7, 8, 14))
    span = max(1, (g.today - created.date()).days)
    moments = sorted(created + dt.timedelta(days=r.randint(0, span), hours=r.randint(0, 5))
                     for _ in range(count))
    for i, at in enumerate(moments):
        at = min(at, dt.datetime.combine(g.today, dt.time(8)))
        last = i == count - 1
        outcome = r.choice(OUTCOMES_BY_STATUS[status]) if last else "contacted"
        reason = r.choice(list(LOST_REASONS)) if outcome == "lost" else ""
        nxt = g.today + dt.timedelta(days=r.randint(-10, 20)) if last and status not in (
            "lost", "dormant") else None
        yield (cid, staff_id, at, r.choice(list(CHANNELS)), r.choice(FOLLOWUP_TEXTS), outcome,
               reason, "再次联系" if nxt else "", nxt, at)


def fill_demo(*, customers: int, seed: int, today: dt.date) -> dict[str, int]:
    """Fill an empty database with demo data; return how many of each were made."""
    g = _Gen(seed, today)
    with atomic():
        set_settings({"shop_name": "鑫源二手车行", "shop_address": "杭州市西湖区文三路 88 号",
                      "shop_phone": "0571-88886666"})
        execute_many("INSERT INTO staff (name, phone, active, created_at) VALUES (?,?,1,?)",
                     [(n, g.phone(), dt.datetime.now().replace(microsecond=0)) for n in STAFF])
        staff_ids = [r for r in range(1, len(STAFF) + 1)]
        _fill_people(g, customers, staff_ids)
        _link_referrals(g, customers)
    return {k: int(scalar(f"SELECT count(*) FROM {t}")) for k, t in (
        ("customers", "customer"), ("vehicles", "vehicle"), ("follow-ups", "follow_up"))}


def _fill_people(g: _Gen, customers: int, staff_ids: list[int]) -> None:
    start = int(scalar("SELECT COALESCE(MAX(id), 0) FROM customer")) + 1
    batch = 5000
    for first in range(start, start + customers, batch):
        rows: list[tuple[Any, ...]] = []
        vehicles: list[tuple[Any, ...]] = []
        followups: list[tuple[Any, ...]] = []
        for cid in range(first, min(first + batch, start + customers)):
            row = _customer_row(g, cid, staff_ids)
            rows.append(row)
            status, owner, address, created = row[15], row[16], row[11], row[18]
            for _ in range(g.rng.choice((0, 1, 1, 1, 2)) if status == "customer" else
                           g.rng.choice((0, 0, 1))):
                vehicles.append(_vehicle_row(g, cid, status, owner, address))
            followups.extend(_followups(g, cid, status, owner, created))
        execute_many(CUSTOMER_SQL, rows)
        execute_many(VEHICLE_SQL, vehicles)
        execute_many(FOLLOWUP_SQL, followups)
    _derive_followup_dates(start)


def _derive_followup_dates(first_id: int) -> None:
    """Set each customer's last/next follow-up from their log (as logging one would)."""
    from dealerdesk.db.api import execute_sql

    execute_sql(
        "UPDATE customer SET last_followup_at = (SELECT MAX(at) FROM follow_up f "
        "WHERE f.customer_id = customer.id), first_followup_at = (SELECT MIN(at) "
        "FROM follow_up f WHERE f.customer_id = customer.id), "
        "next_followup_on = (SELECT f.next_action_on "
        "FROM follow_up f WHERE f.customer_id = customer.id ORDER BY f.at DESC LIMIT 1) "
        "WHERE id >= ?", (first_id,))


def _link_referrals(g: _Gen, customers: int) -> None:
    """Give each referred customer an earlier customer as the one who referred them."""
    from dealerdesk.db.api import fetch_all

    referred = fetch_all("SELECT id FROM customer WHERE source = 'referral' AND id > 1")
    execute_many("UPDATE customer SET referrer_id = ? WHERE id = ?",
                 [(g.rng.randrange(1, cid), cid) for (cid,) in referred])
