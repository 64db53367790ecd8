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

from dealerdesk.db.api import atomic, bulk_load, execute_many, ids_continue, scalar
from dealerdesk.domain.choices import CHANNELS, LOST_REASONS, ONLINE_PLATFORMS
from dealerdesk.domain.dates import add_years
from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.funnel import revisit_due
from dealerdesk.domain.pinyin import name_index
from dealerdesk.i18n import translate
from dealerdesk.services.settings import set_settings
from dealerdesk.services.vehicles import suggest_inspection_due

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
# Status weights by the age of the record. A shop that has kept customers for years holds
# mostly old buyers and dead leads; the live pipeline (lead, following, visited) is the
# last weeks' leads plus a few slow ones. About one lead in six buys.
STATUS_BY_AGE: tuple[tuple[int, dict[str, float]], ...] = (  # (younger than N days, weights)
    (60, {"lead": 35, "following": 30, "visited": 12, "customer": 8, "lost": 12,
          "dormant": 3}),
    (365, {"lead": 3, "following": 4, "visited": 2, "customer": 17, "lost": 44,
           "dormant": 30}),
    (10**6, {"lead": 0.4, "following": 0.6, "visited": 0.3, "customer": 17, "lost": 48,
             "dormant": 33}),
)
LIVE = ("lead", "following", "visited")
CONTACT_LIMITS = {"H": 3, "A": 7, "B": 15, "C": 30, "N": 60}  # the default settings
HISTORY_DAYS = 6 * 365  # how far back a large demo shop's records go
SOURCE_WEIGHTS = {"walk_in": 25, "phone_in": 15, "online": 35, "referral": 12, "returning": 8,
                  "other": 5}
LEVELS = ["H", "A", "B", "C", "N"]
OUTCOMES_BY_STATUS = {
    "lead": ["no_answer", "contacted"], "following": ["contacted", "visit_booked"],
    "visited": ["visited", "test_drive"], "customer": ["deal", "after_sale"],
    "lost": ["lost"], "dormant": ["no_answer"],
}
# What a salesperson writes, by outcome: an after-sale call is only about a car sold here,
# "no answer" says nothing was said.
TEXTS_BY_OUTCOME = {
    "no_answer": ["电话未接", "电话未接，晚点再打", "关机", "占线，稍后再打"],
    "contacted": ["想要一台白色SUV，预算15万左右", "关心贷款方案，首付三成", "嫌价格高，再跟进",
                  "想置换旧车，需要评估", "问了几台车的车况和里程", "家里商量后再定"],
    "visit_booked": ["已约周六到店看车", "约了周日上午来店", "下班后过来看车"],
    "visited": ["到店看了两台车，比较中意第一台", "带家人来看车，还在比较", "看车后觉得价格偏高"],
    "test_drive": ["试驾了一圈，感觉不错，回去和家人商量", "试驾后对动力满意，关心油耗"],
    "lost": ["已在别家买车", "预算不够，暂时不买", "贷款没批下来", "联系不上"],
    "after_sale": ["回访：车辆使用正常，很满意", "回访：提醒首保时间", "问了保险续保的事情",
                   "回访：客户介绍了一位朋友想看车"],
}
NEXT_ACTIONS = ["", "", "约到店看车", "发报价单", "确认贷款方案", "问家人意见"]


def _pick(rng: random.Random, weights: dict[str, float] | dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


WORK_START, WORK_END = dt.time(9, 0), dt.time(18, 30)  # when the shop records things


class _Gen:
    """One generator run: a seeded random source, 'today' and the latest moment a record
    may carry (never after now, never outside the shop's working hours)."""

    def __init__(self, seed: int, today: dt.date, now: dt.datetime | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.latest = min(now or dt.datetime.combine(today, WORK_END),
                          dt.datetime.combine(today, WORK_END))
        self.used_phones: set[str] = set()

    def moment_on(self, day: dt.date) -> dt.datetime:
        """A minute of the working day `day` that has already passed (else of the day before)."""
        start = dt.datetime.combine(day, WORK_START)
        end = min(dt.datetime.combine(day, WORK_END), self.latest)
        if end <= start:
            return self.moment_on(day - dt.timedelta(days=1))
        minutes = int((end - start).total_seconds()) // 60
        return start + dt.timedelta(minutes=self.rng.randint(0, max(minutes - 1, 0)))

    def moment_between(self, first: dt.datetime, last: dt.datetime) -> dt.datetime:
        """A working-hours moment from `first` to `last` (both within working hours)."""
        days = max(0, (last.date() - first.date()).days)
        for _ in range(4):
            found = self.moment_on(first.date() + dt.timedelta(days=self.rng.randint(0, days)))
            if first <= found <= last:
                return found
        return last

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


def _customer_row(g: _Gen, cid: int, staff_ids: list[int], created: dt.datetime,
                  status: str) -> tuple[Any, ...]:
    r = g.rng
    name = g.name()
    keys = name_index(name)
    province = r.choice(list(CITIES))
    city, districts, _ = CITIES[province]
    address = f"{city}{r.choice(districts)}{r.choice(STREETS)}{r.randint(1, 999)}号"
    # Buyers show an ID card at the deal; most leads never tell their birthday.
    known = r.random() < (0.8 if status == "customer" else 0.1)
    birthday = dt.date(r.randint(1960, 2002), r.randint(1, 12), r.randint(1, 28)) if known \
        else None
    lunar = known and r.random() < 0.15
    source = _pick(r, SOURCE_WEIGHTS)
    detail = r.choice(ONLINE_PLATFORMS) if source == "online" else ""
    car = r.choice(CARS)
    tags = "," + ",".join(r.sample(TAGS, r.randint(1, 2))) + "," if r.random() < 0.4 else ""
    budget = car[3] * 100
    return (
        cid, name, keys.full, keys.initials, keys.everyday_full, keys.everyday_initials,
        g.phone(), r.choice(["M", "M", "F"]), birthday,
        birthday.month * 100 + birthday.day if birthday else None, int(lunar),
        birthday.month if birthday and lunar else None,
        birthday.day if birthday and lunar else None, address, source, detail, r.choice(LEVELS),
        status, r.choice(staff_ids), r.choice(staff_ids), created, created,
        f"{car[0]} {car[1]}", car[2], budget * 8 // 10, budget * 12 // 10,
        r.choice(["full", "loan", ""]), tags, int(r.random() < 0.6),
    )


CUSTOMER_SQL = (
    "INSERT INTO customer (id, name, name_pinyin, name_initials, name_pinyin_alt, "
    "name_initials_alt, phone, gender, birthday, "
    "birthday_md, lunar_birthday, lunar_month, lunar_day, address, source, source_detail, level, "
    "status, owner_id, created_by_id, created_at, updated_at, intent_model, intent_body_type, "
    "budget_min_cents, budget_max_cents, payment, tags, marketing_consent, phone2, wechat, "
    "lunar_leap, trade_in, notes) VALUES "
    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','',0,'','')"
)
# Where each column of CUSTOMER_SQL is in a row of _customer_row().
_AT = {name.strip(): i for i, name in enumerate(
    CUSTOMER_SQL.split("(", 1)[1].split(")", 1)[0].split(","))}

VEHICLE_SQL = (
    "INSERT INTO vehicle (id, customer_id, relation, brand, model, year, vin, plate, plate_key, "
    "colour, registered_on, deal_on, deal_price_cents, salesperson_id, mileage_km, "
    "compulsory_ins_expiry, commercial_ins_expiry, inspection_due, warranty_expiry, "
    "next_maintenance_on, disposed_on, notes, created_at, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'',?,?)"
)


def _vehicle_row(g: _Gen, vid: int, cid: int, staff_id: int, address: str,
                 deal: dt.date | None) -> tuple[Any, ...]:
    """A car bought here on `deal`, or (deal None) one the customer drives now."""
    r = g.rng
    brand, model, _, price = r.choice(CARS)
    province = next((p for p in CITIES if CITIES[p][0] in address), "浙")
    plate = g.plate(province, CITIES[province][2], model in NEW_ENERGY)
    since = deal or g.day_around(365, 0)
    # Used cars: most a few years old; a car a customer drives or trades in may be 15.
    oldest = 365 * (15 if deal is None or r.random() < 0.15 else 8)
    registered = since - dt.timedelta(days=r.randint(200, oldest))
    age = max(0, (g.today - registered).days // 365)
    held = (g.today - since).days
    # Dates the shop keeps up to date: insurance it renewed in the last year, or (half of
    # the older buyers) renews every year; otherwise the date typed at the deal, long past.
    current = deal is not None and (held < 365 or r.random() < 0.5) or (
        deal is None and r.random() < 0.3)
    ins = g.day_around(30, 335) if current else (
        since + dt.timedelta(days=r.randint(180, 365)) if deal else None)
    if current and ins is not None and ins < g.today and r.random() < 0.7:
        ins = add_years(ins, 1)  # expired lately and already renewed: next year's date
    commercial = ins if ins and r.random() < 0.8 else None
    inspection = suggest_inspection_due(registered, g.today)
    warranty = add_years(deal, 1) if deal and r.random() < 0.5 else None
    maintenance = g.day_around(20, 160) if deal and held < 3 * 365 and r.random() < 0.4 \
        else None
    disposed = since + dt.timedelta(days=r.randint(700, held)) if held > 730 and \
        r.random() < 0.15 else None
    now = g.moment_on(min(since, g.today))
    return (
        vid, cid, "bought" if deal else "owned", brand, model, registered.year, g.vin(), plate,
        plate, r.choice(COLOURS), registered, deal,
        price * 100 * max(3, 10 - age) // 10 if deal else None, staff_id if deal else None,
        age * r.randint(8000, 20000), ins, commercial, inspection, warranty, maintenance,
        disposed, now, now,
    )


FOLLOWUP_SQL = (
    "INSERT INTO follow_up (customer_id, staff_id, at, channel, content, outcome, lost_reason, "
    "next_action, next_action_on, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
REVISIT_SQL = "INSERT INTO revisit (customer_id, vehicle_id, due_on, label, done_at) VALUES " \
    "(?,?,?,?,?)"
BEFORE_DEAL = ("contacted", "visit_booked", "visited", "test_drive", "no_answer")


def _plan(g: _Gen, status: str) -> dt.date | None:
    """The next follow-up planned for a live lead: mostly within 2 weeks, some a few days late."""
    r = g.rng
    if status not in LIVE or r.random() < 0.15:
        return None
    if r.random() < 0.2:
        return g.today - dt.timedelta(days=r.randint(1, 4))
    return g.today + dt.timedelta(days=r.randint(0, 14))


def _last_contact(g: _Gen, status: str, level: str, created: dt.datetime,
                  deal: dt.datetime | None, plan: dt.date | None) -> dt.datetime:
    """When the customer was last contacted: live leads lately, the others when they faded.

    Most live leads were called within their level's limit and most recent buyers within
    the after-sale one; the rest slipped (they make the "not contacted" list). A lost lead
    was lost some time after it came in; a dormant customer has not been heard of for
    months. Never before the record was made, never after now.
    """
    r = g.rng
    days = dt.timedelta
    kept = r.random() < 0.85
    age = max(0, (g.today - created.date()).days)
    if status in LIVE:
        limit = CONTACT_LIMITS.get(level, 60)
        gap = r.randint(0, limit) if kept else r.randint(limit + 1, limit + 20)
        day = min(plan or g.today, g.today) - days(days=gap)
    elif deal is not None and (g.today - deal.date()).days < 730 and kept:
        # A shop that keeps in touch with its buyers calls them every few months.
        day = g.today - days(days=r.randint(1, 88))
    elif deal is not None:
        day = deal.date() + days(days=r.randint(3, 400))
    elif status == "lost":
        day = created.date() + days(days=r.randint(0, min(age, 120)))
    else:  # dormant: the last word was months ago
        day = created.date() + days(days=r.randint(0, max(0, min(age - 90, 300))))
    day = max(created.date(), min(day, g.today))
    last = g.moment_on(day)
    if deal is not None and last < deal:
        last = deal
    return max(created, min(last, g.latest))


COUNTS = {"lead": (0, 1, 1, 2, 3, 4), "following": (1, 2, 3, 4, 5, 6, 8),
          "visited": (2, 3, 4, 5, 6, 8), "customer": (2, 3, 4, 5, 6, 7, 8, 10, 14, 16),
          "lost": (0, 1, 2, 3, 4, 5, 6), "dormant": (1, 2, 3, 4, 6, 8)}


def _entry(g: _Gen, cid: int, staff_id: int, at: dt.datetime, outcome: str,
           channel: str | None = None, plan: dt.date | None = None) -> tuple[Any, ...]:
    r = g.rng
    reason = r.choice(list(LOST_REASONS)) if outcome == "lost" else ""
    content = r.choice(TEXTS_BY_OUTCOME[outcome]) if outcome != "deal" else "已成交，交车顺利"
    action = r.choice(NEXT_ACTIONS) if plan else ""
    return (cid, staff_id, at, channel or r.choice(list(CHANNELS)), content, outcome, reason,
            action, plan, at)


def _followups(g: _Gen, cid: int, status: str, level: str, staff_id: int,
               created: dt.datetime, deals: list[dt.datetime]) -> Iterator[tuple[Any, ...]]:
    """A customer's contacts spread over the record's life, in working hours; only the live
    pipeline's last contact plans a next one. Calls after a deal are after-sale care of
    the car sold."""
    r = g.rng
    count = r.choice(COUNTS[status])
    if not count and not deals:
        return
    plan = _plan(g, status)
    last = _last_contact(g, status, level, created, deals[-1] if deals else None, plan)
    moments = sorted(g.moment_between(created, last) for _ in range(max(count - 1, 0)))
    moments.append(last)
    for i, at in enumerate(moments):
        final = i == len(moments) - 1
        if deals and at > deals[0]:
            outcome = "after_sale"
        elif final and not deals:
            outcome = r.choice(OUTCOMES_BY_STATUS[status])
        else:
            outcome = r.choice(BEFORE_DEAL)
        yield _entry(g, cid, staff_id, at, outcome, plan=plan if final else None)
    for deal_at in deals:
        yield _entry(g, cid, staff_id, deal_at, "deal", channel="shop_visit")


def _revisits(g: _Gen, cid: int, vid: int, deal: dt.date) -> Iterator[tuple[Any, ...]]:
    """After-sale revisits of a recent deal; most of those already due were made."""
    for days in (3, 30, 90):
        due = revisit_due(deal, days)
        made = due < g.today and g.rng.random() < 0.9
        done = g.moment_on(due) if made else None
        yield cid, vid, due, str(days), done


def fill_demo(*, customers: int, seed: int, today: dt.date,
              now: dt.datetime | None = None) -> dict[str, int]:
    """Fill an empty database with demo data; return how many of each were made.

    Nothing is dated after `now` (default: the end of `today`'s working day) or outside
    the shop's working hours. Checked inside the write transaction: two demo commands
    started on the same new file at once make one set of demo data, and the second stops
    with one line.
    """
    g = _Gen(seed, today, now)
    history = _history_days(customers)
    with atomic():
        if scalar("SELECT count(*) FROM customer") or scalar("SELECT count(*) FROM staff"):
            raise ValidationFailed([FieldError("database", translate(
                "Demo", "This database already holds customers or staff; demo data goes into "
                "a new file only."))])
        set_settings({"shop_name": "鑫源二手车行", "shop_address": "杭州市西湖区文三路 88 号",
                      "shop_phone": "0571-88886666"})
        opened = g.moment_on(today - dt.timedelta(days=history + 30))
        execute_many("INSERT INTO staff (name, phone, active, created_at) VALUES (?,?,1,?)",
                     [(n, g.phone(), opened) for n in STAFF])
        staff_ids = [r for r in range(1, len(STAFF) + 1)]
        with bulk_load():
            _fill_people(g, customers, staff_ids)
        _link_referrals(g, customers)
        from dealerdesk.services.demo_members import fill_members

        fill_members(g.rng, today=today, latest=g.latest, moment_on=g.moment_on)
        from dealerdesk.services.demo_visits import fill_visits

        fill_visits(g.rng, today=today, latest=g.latest)
        ids_continue()  # the rows were written with their ids
    return {k: int(scalar(f"SELECT count(*) FROM {t}")) for k, t in (
        ("customers", "customer"), ("vehicles", "vehicle"), ("follow-ups", "follow_up"),
        ("revisits", "revisit"), ("cards", "membership_card"),
        ("service visits", "service_visit"))}


def _history_days(customers: int) -> int:
    """How far back the records go: six years for a large shop, three for a small demo
    (long enough for repeat buyers and old cars)."""
    return max(3 * 365, min(HISTORY_DAYS, customers // 15))


def _status(g: _Gen, age: int) -> str:
    status = _pick(g.rng, next(w for limit, w in STATUS_BY_AGE if age < limit))
    # Dormant means not heard of for months: a record of a few weeks is still a lead.
    return "lead" if status == "dormant" and age < 120 else status


def _deals(g: _Gen, created: dt.datetime, age: int) -> list[dt.datetime]:
    """When a buyer bought: soon after coming in, and for one long-standing customer in
    four again a year or more later (a repeat buyer, who traded the first car in)."""
    r = g.rng
    first = g.moment_on(created.date() + dt.timedelta(days=r.randint(0, min(age, 45))))
    first = max(first, created)
    if age > 450 and r.random() < 0.25:
        again = first.date() + dt.timedelta(days=r.randint(365, max(365, age - 60)))
        return [first, max(g.moment_on(min(again, g.today)), first)]
    return [first]


def _fill_people(g: _Gen, customers: int, staff_ids: list[int]) -> None:
    start = int(scalar("SELECT COALESCE(MAX(id), 0) FROM customer")) + 1
    vid = int(scalar("SELECT COALESCE(MAX(id), 0) FROM vehicle")) + 1
    history = _history_days(customers)
    r = g.rng
    batch = 5000
    for first in range(start, start + customers, batch):
        rows: list[tuple[Any, ...]] = []
        vehicles: list[tuple[Any, ...]] = []
        followups: list[tuple[Any, ...]] = []
        revisits: list[tuple[Any, ...]] = []
        for cid in range(first, min(first + batch, start + customers)):
            # Numbers follow the order customers were recorded in: the oldest first. A shop
            # records more customers each year than the year before.
            share = (start + customers - cid) / customers
            age = max(0, int(history * share ** 1.5) - r.randint(0, 3))
            created = g.moment_on(g.today - dt.timedelta(days=age))
            age = (g.today - created.date()).days
            status = _status(g, age)
            row = _customer_row(g, cid, staff_ids, created, status)
            rows.append(row)
            owner, address = row[_AT["owner_id"]], row[_AT["address"]]
            deals = _deals(g, created, age) if status == "customer" else []
            cars: list[dt.date | None] = [d.date() for d in deals]
            cars += [None] * (r.random() < (0.25 if deals else 0.1))
            for n, bought in enumerate(cars):
                car = _vehicle_row(g, vid, cid, owner, address, bought)
                stamp = max(car[21], created)  # a car is recorded with or after its owner
                car = car[:21] + (stamp, stamp)
                if bought and n < len(deals) - 1:  # traded in when the next one was bought
                    car = car[:2] + ("traded_in",) + car[3:20] + (cars[n + 1],) + car[21:]
                vehicles.append(car)
                if bought and (g.today - bought).days <= 100:
                    revisits.extend(_revisits(g, cid, vid, bought))
                vid += 1
            followups.extend(_followups(g, cid, status, row[_AT["level"]], owner, created, deals))
        execute_many(CUSTOMER_SQL, rows)
        execute_many(VEHICLE_SQL, vehicles)
        execute_many(FOLLOWUP_SQL, followups)
        execute_many(REVISIT_SQL, revisits)
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
