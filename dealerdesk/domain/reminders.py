"""Reminder rules: the kinds, their windows, occurrence keys, birthdays in a window, messages.

Reminders are computed from the data every time. What a user answers (done, snoozed,
stopped) is stored against an occurrence key, so that next year's birthday comes back
and a changed insurance date moves its reminder. A new kind is one entry in KINDS (and,
for a new source of dates, one query in services/reminders.py).
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dealerdesk.domain.errors import RuleError
from dealerdesk.domain.lunar import leap_month, month_days, solar_to_lunar
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Reminders"
MAX_DAYS = 366
ACTIONS = ("done", "snoozed", "stopped")
SNOOZE_CHOICES = (1, 3, 7)


@dataclass(frozen=True)
class Kind:
    """One kind of reminder: where its dates come from and how long it is shown."""

    code: str
    label: str  # QT_TRANSLATE_NOOP text, translated when shown
    source: str  # which query finds it: "vehicle", "birthday", "followup", ...
    field: str = ""  # for source "vehicle": the vehicle's date column
    lead_key: str = ""  # key in the lead_days setting; "" means it is called on its day
    default_lead: int = 0
    overdue_days: int | None = 30  # shown this long after its date; None: until answered
    has_message: bool = False  # a message template can be copied for it

    @property
    def title(self) -> str:
        return translate(CTX, self.label)


KINDS: dict[str, Kind] = {
    k.code: k
    for k in (
        Kind("birthday", QT_TRANSLATE_NOOP("Reminders", "Birthday"), "birthday",
             lead_key="birthday", default_lead=7, overdue_days=7, has_message=True),
        Kind("compulsory_insurance", QT_TRANSLATE_NOOP("Reminders", "Compulsory insurance"),
             "vehicle", "compulsory_ins_expiry", "compulsory_ins", 30, has_message=True),
        Kind("commercial_insurance", QT_TRANSLATE_NOOP("Reminders", "Commercial insurance"),
             "vehicle", "commercial_ins_expiry", "commercial_ins", 30, has_message=True),
        Kind("inspection", QT_TRANSLATE_NOOP("Reminders", "Annual inspection"),
             "vehicle", "inspection_due", "inspection", 30, has_message=True),
        Kind("followup", QT_TRANSLATE_NOOP("Reminders", "Follow-up"), "followup",
             overdue_days=None),
        Kind("revisit", QT_TRANSLATE_NOOP("Reminders", "After-sale revisit"), "revisit",
             overdue_days=30),
        Kind("membership_expiry", QT_TRANSLATE_NOOP("Reminders", "Membership expiry"),
             "membership", lead_key="membership", default_lead=30, has_message=True),
        Kind("maintenance", QT_TRANSLATE_NOOP("Reminders", "Maintenance"), "vehicle",
             "next_maintenance_on", "maintenance", 7, has_message=True),
        Kind("warranty", QT_TRANSLATE_NOOP("Reminders", "Warranty expiry"), "vehicle",
             "warranty_expiry", "warranty", 30, overdue_days=7, has_message=True),
        Kind("manual", QT_TRANSLATE_NOOP("Reminders", "Manual reminder"), "manual",
             overdue_days=None),
        Kind("not_contacted", QT_TRANSLATE_NOOP("Reminders", "Not contacted"), "not_contacted",
             overdue_days=None),
    )
}


def kind(code: str) -> Kind:
    """The kind called `code`; RuleError for a code that is not a reminder kind."""
    found = KINDS.get(code)
    if found is None:
        raise RuleError(translate("Reminders", "{} is not a kind of reminder").format(code))
    return found


def check_days(days: int) -> int:
    """A number of days ahead that a list may cover (0 to 366)."""
    if not 0 <= days <= MAX_DAYS:
        raise RuleError(translate("Reminders", "Choose between 0 and 366 days ahead"))
    return days


# --- occurrence keys -------------------------------------------------------------------


def occurrence_key(
    kind_code: str, customer_id: int, vehicle_id: int | None, occurrence: str
) -> str:
    """The stable id "kind:customer:vehicle:occurrence" (vehicle 0 when there is none)."""
    return f"{kind_code}:{customer_id}:{vehicle_id or 0}:{occurrence}"


def occurrence_of(due: date, record_id: int | None = None) -> str:
    """The occurrence part of a key: the due date, plus the record id for manual reminders."""
    return due.isoformat() + (f"#{record_id}" if record_id is not None else "")


@dataclass(frozen=True)
class ParsedKey:
    """An occurrence key taken apart."""

    kind: str
    customer_id: int
    vehicle_id: int | None
    occurrence: str

    @property
    def due(self) -> date:
        return date.fromisoformat(self.occurrence.split("#")[0])


def parse_key(key: str) -> ParsedKey:
    """Take an occurrence key apart; RuleError when it is not one."""
    parts = key.split(":")
    try:
        code, customer, vehicle, occurrence = parts
        parsed = ParsedKey(kind(code).code, int(customer), int(vehicle) or None, occurrence)
        parsed.due  # noqa: B018 - the date must be readable
    except (ValueError, RuleError):
        raise RuleError(translate("Reminders", "This reminder no longer exists")) from None
    return parsed


# --- windows ---------------------------------------------------------------------------


def window_start(k: Kind, today: date, *, include_overdue: bool = True) -> date | None:
    """The earliest due date still shown for `k` (None: no limit)."""
    if not include_overdue:
        return today
    if k.overdue_days is None:
        return None
    return today - timedelta(days=k.overdue_days)


def call_date(due: date, lead_days: int) -> date:
    """The day a reminder becomes a call to make: `lead_days` before its date."""
    return due - timedelta(days=max(0, lead_days))


def snooze_until(today: date, days: int) -> date:
    """The day a reminder snoozed for `days` comes back (at least tomorrow)."""
    if days < 1:
        raise RuleError(translate("Reminders", "Snooze for at least one day"))
    return today + timedelta(days=days)


def check_snooze_date(today: date, until: date) -> date:
    """A chosen snooze date: after today and within a year."""
    if until <= today:
        raise RuleError(translate("Reminders", "Choose a day after today"))
    if until > today + timedelta(days=MAX_DAYS):
        raise RuleError(translate("Reminders", "Snooze for at most a year"))
    return until


def as_local_date(moment: datetime | date | None) -> date | None:
    """The calendar day of a moment in this computer's time zone (naive means local)."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return moment.date()
    return moment


def contact_due(last_contact: date, limit_days: int) -> date:
    """The day a customer last contacted on `last_contact` passes their contact limit."""
    return last_contact + timedelta(days=limit_days + 1)


# "Not contacted": who is still someone the shop calls, and for how long.
#
# A live lead (status lead, following or visited) may go without a contact as long as
# their level allows (H 3 days, A 7, ... "N" for a lead without a level); a buyer
# (status customer) as long as the after-sale limit (90 days). Both count from the last
# contact, or from the day the record was made when there has been none. Lost and dormant
# customers are never "not contacted". And only the last two years count: someone whose
# last contact (or record) is older than CONTACT_HORIZON_DAYS is history, to be woken up
# by a campaign, not a call on today's list; so a buyer of six years ago who was never
# called does not come back every day. The reminder shows from the day after the limit
# is used up until someone logs a contact, the occurrence is answered, or the horizon
# passes.
CONTACT_HORIZON_DAYS = 730
CONTACT_STATUSES = ("lead", "following", "visited", "customer")


def contact_limit(limits: Mapping[str, int], *, level: str, status: str) -> int | None:
    """Days a customer may go without contact: after-sale for buyers, else their level's.

    Lost and dormant customers have no limit; a live lead without a level uses N's.
    """
    if status == "customer":
        return _positive(limits.get("after_sale"))
    if status in ("lead", "following", "visited"):
        return _positive(limits.get(level) if level in limits else limits.get("N"))
    return None


def contact_horizon(today: date) -> date:
    """The oldest last contact (or record day) that can still make a "not contacted" call."""
    return today - timedelta(days=CONTACT_HORIZON_DAYS)


def latest_contact_due(limits: Mapping[str, int], status: str, on: date) -> date | None:
    """The latest last-contact day that makes someone of `status` due on or before `on`.

    For leads it is the shortest level limit (the exact level is checked per customer).
    """
    if status == "customer":
        found = [_positive(limits.get("after_sale"))]
    else:
        found = [_positive(v) for k, v in limits.items() if k != "after_sale"]
    days = [d for d in found if d is not None]
    return on - timedelta(days=min(days) + 1) if days else None


def _positive(value: object) -> int | None:
    return value if isinstance(value, int) and value > 0 else None


# --- birthdays -------------------------------------------------------------------------


def month_day(d: date) -> int:
    """month*100 + day, the stored key of a solar birthday."""
    return d.month * 100 + d.day


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days(start: date, end: date) -> Iterator[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def birthday_md_keys(start: date, end: date) -> dict[int, list[date]]:
    """Each month-day key whose birthday falls between `start` and `end`, with its dates.

    29 February is celebrated on 28 February in other years.
    """
    found: dict[int, list[date]] = {}
    for d in _days(start, end):
        found.setdefault(month_day(d), []).append(d)
        if (d.month, d.day) == (2, 28) and not _is_leap(d.year):
            found.setdefault(229, []).append(d)
    return found


def md_ranges(keys: Mapping[int, object]) -> list[tuple[int, int]]:
    """Month-day keys as few inclusive ranges (two when the window crosses the year end)."""
    ranges: list[tuple[int, int]] = []
    for md in sorted(keys):
        if ranges and _next_md(ranges[-1][1]) >= md:
            ranges[-1] = (ranges[-1][0], md)
        else:
            ranges.append((md, md))
    return ranges


_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _next_md(md: int) -> int:
    month, day = divmod(md, 100)
    return (month + 1) * 100 + 1 if day >= _LONGEST_MONTH[month - 1] else md + 1


LunarKey = tuple[int, int, bool]  # lunar month, day, celebrated in the leap month


def lunar_birthday_keys(start: date, end: date) -> dict[LunarKey, list[date]]:
    """Each lunar (month, day, leap) whose birthday falls between `start` and `end`.

    `leap` is whether the birthday is kept in the leap month (lunar.celebrates_leap).
    The same fall-backs as lunar_to_solar(): a leap-month birthday in a year without that
    leap month is kept in the ordinary month, a 30th in a 29-day month on the 29th. Days
    outside lunar years 1900-2100 have no lunar birthdays.
    """
    found: dict[LunarKey, list[date]] = {}
    for d in _days(start, end):
        for key in _lunar_keys_on(d):
            found.setdefault(key, []).append(d)
    return found


def _lunar_keys_on(d: date) -> list[LunarKey]:
    try:
        year, month, day, leap = solar_to_lunar(d)
    except RuleError:
        return []
    days = [day] + ([30] if day == 29 and month_days(year, month, leap=leap) == 29 else [])
    leaps = [True] if leap else [False] + ([True] if leap_month(year) != month else [])
    return [(month, each_day, each_leap) for each_day in days for each_leap in leaps]


def age_on(birthday: date | None, on: date) -> int | None:
    """The age someone born on `birthday` turns on their birthday `on` (None if unknown)."""
    if birthday is None or birthday.year < 1900 or on.year <= birthday.year:
        return None
    return on.year - birthday.year


# --- messages --------------------------------------------------------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
PLACEHOLDERS = ("name", "car", "plate", "date", "shop", "shop_phone")
MESSAGE_LANGUAGES = ("zh_CN", "en")

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {
    "zh_CN": {
        "birthday": "{name}您好！{date}是您的生日，{shop}全体同事祝您生日快乐，"
                    "身体健康，万事如意！",
        "compulsory_insurance": "{name}您好，您的爱车{car}（{plate}）交强险将于{date}到期，"
                                "请及时续保。需要帮忙请致电{shop}：{shop_phone}。",
        "commercial_insurance": "{name}您好，您的爱车{car}（{plate}）商业险将于{date}到期，"
                                "续保可享优惠，详询{shop}：{shop_phone}。",
        "inspection": "{name}您好，您的爱车{car}（{plate}）年审将于{date}到期，请及时安排年检，"
                      "以免逾期。{shop}：{shop_phone}。",
        "membership_expiry": "{name}您好，您在{shop}的会员卡将于{date}到期，续卡可继续享受会员"
                             "权益，详询{shop_phone}。",
        "maintenance": "{name}您好，您的爱车{car}（{plate}）建议在{date}前后保养，欢迎提前预约。"
                       "{shop}：{shop_phone}。",
        "warranty": "{name}您好，您的爱车{car}（{plate}）质保将于{date}到期，如需延保请联系"
                    "{shop}：{shop_phone}。",
    },
    "en": {
        "birthday": "Dear {name}, happy birthday for {date}! Best wishes from all of us at {shop}.",
        "compulsory_insurance": "Dear {name}, the compulsory insurance of your {car} ({plate}) "
                                "expires on {date}. Call {shop} on {shop_phone} to renew it.",
        "commercial_insurance": "Dear {name}, the commercial insurance of your {car} ({plate}) "
                                "expires on {date}. Call {shop} on {shop_phone} for a renewal "
                                "offer.",
        "inspection": "Dear {name}, the annual inspection of your {car} ({plate}) is due on "
                      "{date}. {shop}, {shop_phone}.",
        "membership_expiry": "Dear {name}, your {shop} membership card expires on {date}. "
                             "Renew it to keep your benefits: {shop_phone}.",
        "maintenance": "Dear {name}, your {car} ({plate}) is due for maintenance around {date}. "
                       "Book a visit: {shop}, {shop_phone}.",
        "warranty": "Dear {name}, the warranty of your {car} ({plate}) ends on {date}. Ask "
                    "{shop} about an extended warranty: {shop_phone}.",
    },
}


def message_language(code: str) -> str:
    """A supported message language ("zh_CN" unless `code` names another one)."""
    return code if code in MESSAGE_LANGUAGES else "zh_CN"


def template_problem(text: str) -> str | None:
    """Why a message template cannot be used (a translated sentence), or None."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError:
        return translate(
                "Reminders", "A brace { or } is not closed; write placeholders like {name}")
    unknown = sorted({f for f in fields if f not in PLACEHOLDERS})
    if unknown:
        return translate("Reminders", "Unknown placeholder {{{}}}; use {}").format(
            unknown[0], ", ".join("{" + p + "}" for p in PLACEHOLDERS))
    return None


def format_message_date(d: date, language: str) -> str:
    """A date as a message in `language` writes it: 2026年12月3日 or 3 December 2026."""
    if language == "en":
        return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
    return f"{d.year}年{d.month}月{d.day}日"


def render_message(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders filled; unknown or broken ones are left as typed."""
    if template_problem(template):
        return template
    return template.format_map({p: values.get(p, "") for p in PLACEHOLDERS})
