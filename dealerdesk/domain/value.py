"""Customer value rules: service kinds, mileage pace, next maintenance, quintile scores,
tiers and their rules in plain words, and the parameters behind them (see README,
"Customer value").

Pure functions over plain values; the services feed them what the database holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from dealerdesk.domain.dates import add_months
from dealerdesk.domain.errors import RuleError
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Value"

# Built-in kinds of service visit (the editable list starts with these); a kind the shop
# adds is stored and shown as typed.
SERVICE_KINDS: dict[str, str] = {
    "maintenance": QT_TRANSLATE_NOOP("Value", "Maintenance"),
    "repair": QT_TRANSLATE_NOOP("Value", "Repair"),
    "detailing": QT_TRANSLATE_NOOP("Value", "Detailing"),
    "insurance": QT_TRANSLATE_NOOP("Value", "Insurance renewal"),
    "accessories": QT_TRANSLATE_NOOP("Value", "Accessories"),
    "other": QT_TRANSLATE_NOOP("Value", "Other"),
}
# Kinds that keep the car running (service value); every other kind is related business.
SERVICE_VALUE_KINDS = ("maintenance", "repair")
PAID_BY: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("Value", "Paid at the desk"),
    "stored_value": QT_TRANSLATE_NOOP("Value", "Card stored value"),
    "package": QT_TRANSLATE_NOOP("Value", "Package use"),
}
TIERS: dict[str, str] = {
    "high_value": QT_TRANSLATE_NOOP("Value", "High value"),
    "loyal": QT_TRANSLATE_NOOP("Value", "Loyal"),
    "general": QT_TRANSLATE_NOOP("Value", "General"),
    "lost": QT_TRANSLATE_NOOP("Value", "Lost"),
}
TIER_ORDER = ("high_value", "loyal", "general", "lost")
MAX_MILEAGE_KM = 2_000_000  # the one limit of an odometer reading, for cars and visits
MAX_VISIT_CENTS = 100_000_000  # ¥1,000,000 in one visit


MOVE_KINDS = ("new", "up", "down", "lost")  # how a customer's move between tiers reads


def move_kind(source: str, target: str) -> str:
    """What a move from tier `source` to tier `target` means to the manager: "new" (the
    customer was recorded meanwhile, `source` "new"), "lost" (into lost), "up" (to a
    better tier, back from lost included) or "down" (to a lower tier, short of lost)."""
    if source not in TIER_ORDER:
        return "new"
    if target == "lost":
        return "lost"
    return "up" if TIER_ORDER.index(target) < TIER_ORDER.index(source) else "down"


def kind_label(code: str) -> str:
    """The shown name of a service kind: translated for a built-in one, else as typed."""
    return translate("Value", SERVICE_KINDS[code]) if code in SERVICE_KINDS else code


# The words a repair sheet writes for each built-in kind, checked in this order (维修 before
# 保险, so that 保险杠维修 is a repair); Chinese and English, lower case.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("maintenance", ("保养", "机油", "机滤", "maintenance", "oil change")),
    ("repair", ("维修", "修理", "钣金", "喷漆", "补胎", "换胎", "更换", "repair")),
    ("detailing", ("美容", "洗车", "打蜡", "镀晶", "镀膜", "内饰清洗", "detailing", "wash",
                   "wax")),
    ("insurance", ("续保", "保险", "交强险", "商业险", "insurance")),
    ("accessories", ("精品", "加装", "脚垫", "贴膜", "accessor")),
)


def kind_from_words(text: str, kinds: Sequence[str]) -> str | None:
    """The shop's kind a sheet's words name: a kind's code or shown name exactly, else the
    first built-in kind whose words appear (保养 -> maintenance), else "other"; None when
    that kind is not on the shop's list (and "other" is not either)."""
    words = " ".join(text.split()).lower()
    if not words:
        return "other" if "other" in kinds else None
    for code in kinds:
        if words in (code.lower(), kind_label(code).lower(), SERVICE_KINDS.get(code, "").lower()):
            return code
    found = next((code for code, keys in KIND_WORDS if any(k in words for k in keys)), "other")
    if found in kinds:
        return found
    return "other" if "other" in kinds else None


def paid_by_label(code: str) -> str:
    return translate("Value", PAID_BY[code]) if code in PAID_BY else code


def tier_label(code: str) -> str:
    return translate("Value", TIERS[code]) if code in TIERS else code


@dataclass(frozen=True)
class ValueParams:
    """Every number the value figures depend on; stored as the "value" setting."""

    window_months: int = 12  # R, F, M are counted over this many months
    lost_days: int = 365  # no purchase, visit or spending for longer: lost, out of the pool
    loyal_min_frequency: int = 2  # purchases/visits in the window that make a customer loyal
    high_value_min_m: int = 5  # the M score (1-5) that makes a customer high value ...
    high_value_min_r: int = 3  # ... when their R score is at least this
    service_interval_km: int = 5000  # maintenance every 5,000 km ...
    service_interval_months: int = 6  # ... or every 6 months, whichever comes first
    holding_months: int = 61  # how long an owner keeps a car (5.1 years) until learned
    min_repeat_buyers: int = 20  # repeat buyers needed to learn the holding time
    min_own_visits: int = 3  # visits needed to use a customer's own yearly spend
    repurchase_pct: int = 20  # chance of buying the next car here, until learned
    margin_pct: int = 8  # the shop's margin on a deal, in % of the price

    @classmethod
    def from_setting(cls, stored: Mapping[str, Any] | None) -> ValueParams:
        """The parameters from the stored setting; missing or unreadable ones keep the
        default."""
        params = cls()
        known = {f.name for f in fields(cls)}
        for key, value in (stored or {}).items():
            if key in known and type(value) is int and value >= 0:
                params = replace(params, **{key: value})
        return params

    def as_setting(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# Each parameter's name on the Settings page, its unit and the values it may take.
PARAMETERS: dict[str, tuple[str, str, int, int]] = {
    "window_months": (QT_TRANSLATE_NOOP("Value", "Window for R, F and M"),
                      QT_TRANSLATE_NOOP("Value", "months"), 1, 60),
    "lost_days": (QT_TRANSLATE_NOOP("Value", "Lost after no purchase for"),
                  QT_TRANSLATE_NOOP("Value", "days"), 30, 3650),
    "loyal_min_frequency": (QT_TRANSLATE_NOOP("Value", "Loyal from purchases in the window"),
                            QT_TRANSLATE_NOOP("Value", "times"), 1, 100),
    "high_value_min_m": (QT_TRANSLATE_NOOP("Value", "High value from money score (M)"),
                         "", 1, 5),
    "high_value_min_r": (QT_TRANSLATE_NOOP("Value", "... and recency score (R)"), "", 1, 5),
    "holding_months": (QT_TRANSLATE_NOOP("Value", "Holding time until learned"),
                       QT_TRANSLATE_NOOP("Value", "months"), 6, 360),
    "min_repeat_buyers": (QT_TRANSLATE_NOOP("Value", "Repeat buyers needed to learn it"),
                          "", 1, 100_000),
    "repurchase_pct": (QT_TRANSLATE_NOOP("Value", "Chance of buying again until learned"),
                       "%", 0, 100),
    "margin_pct": (QT_TRANSLATE_NOOP("Value", "Margin on a deal"), "%", 0, 100),
    "min_own_visits": (QT_TRANSLATE_NOOP("Value", "Visits needed for a customer's own spend"),
                       "", 1, 100),
    "service_interval_km": (QT_TRANSLATE_NOOP("Value", "Maintenance every"), "km", 500, 100_000),
    "service_interval_months": (QT_TRANSLATE_NOOP("Value", "... or every"),
                                QT_TRANSLATE_NOOP("Value", "months"), 1, 36),
}


def parameter_problems(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(parameter, the problem in words) for each value that is unknown or out of range."""
    problems = []
    for key, value in values.items():
        if key not in PARAMETERS:
            problems.append((key, translate("Value", "Unknown value parameter.")))
            continue
        label, _unit, low, high = PARAMETERS[key]
        if type(value) is not int or not low <= value <= high:
            problems.append((key, translate(
                "Value", "{name}: a whole number from {low} to {high}.").format(
                    name=translate("Value", label), low=low, high=high)))
    return problems


def tier_rules(params: ValueParams) -> list[tuple[str, str]]:
    """(tier, the rule in plain words), in the order they are applied."""
    words = {
        "lost": translate(
            "Value", "Lost: no purchase, service visit or card spending for more than {days} days, "
            "or never any and not contacted for that long or marked lost.").format(
                days=params.lost_days),
        "high_value": translate(
            "Value", "High value: not lost, money score (M) at least {m} and recency score (R) at "
            "least {r}.").format(m=params.high_value_min_m, r=params.high_value_min_r),
        "loyal": translate(
            "Value", "Loyal: not lost, and at least {n} purchases or visits in the last {months} "
            "months.").format(n=params.loyal_min_frequency, months=params.window_months),
        "general": translate("Value", "General: everyone else."),
    }
    return [(code, words[code]) for code in ("lost", "high_value", "loyal", "general")]


def quintile_score(rank: int, count: int) -> int:
    """Score 1-5 of a value whose rank (1 = lowest, ties share the lowest rank of their
    group) is `rank` among `count` values: the fifth of the list it falls in."""
    if count <= 0 or not 1 <= rank <= count:
        raise RuleError(translate("Value", "A rank must be between 1 and the number of values."))
    return 1 + (5 * (rank - 1)) // count


def quintile_scores(values: Sequence[float]) -> list[int]:
    """Scores 1-5 of each value, higher values scoring higher; equal values score alike."""
    ordered = sorted(values)
    first_rank = {}
    for i, v in enumerate(ordered, start=1):
        first_rank.setdefault(v, i)
    return [quintile_score(first_rank[v], len(values)) for v in values]


def km_per_day(readings: Sequence[tuple[dt.date, int]]) -> float | None:
    """How far a car goes a day, from its (date, odometer km) readings: the first and the
    last reading at least 30 days apart; None without two such readings."""
    points = sorted((d, km) for d, km in readings if km is not None)
    if len(points) < 2:
        return None
    (first_day, first_km), (last_day, last_km) = points[0], points[-1]
    days = (last_day - first_day).days
    if days < 30 or last_km < first_km:
        return None
    return (last_km - first_km) / days


def next_maintenance(last_on: dt.date, pace: float | None, params: ValueParams) -> dt.date:
    """When the next maintenance is due after one on `last_on`: after the interval's
    kilometres at the car's pace, or after the interval's months, whichever comes first."""
    by_months = add_months(last_on, params.service_interval_months)
    if not pace or pace <= 0:
        return by_months
    by_km = last_on + dt.timedelta(days=int(params.service_interval_km / pace))
    return min(by_km, by_months)
