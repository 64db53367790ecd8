"""Membership set-up: card levels, package types, the card-number prefix, default levels.

Default levels are stored with their Chinese names (普卡/银卡/金卡/钻石卡): a level name is
the shop's own product name, printed on the customer's card and read by other screens
as plain data, so it is not translated on display; the shop renames it in Settings.
"""

from __future__ import annotations

import re
from typing import Any

from dealerdesk.db.api import atomic
from dealerdesk.db.models import MembershipLevel, PackageType
from dealerdesk.domain.cardno import normalize_prefix
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.membership import MAX_FEE_CENTS, MAX_USES, Level, PackageKind
from dealerdesk.domain.records import Changes
from dealerdesk.domain.text import clean_text
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate
from dealerdesk.services.access import require

CTX = "MembershipSetup"
CHANGED = Changes.of("membership_setup")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# name, fee (cents), term (years), parts %, labour %, points per 100 yuan, benefits, colour
DEFAULT_LEVELS: list[tuple[str, int, int, int, int, int, str, str]] = [
    ("普卡", 0, 1, 0, 5, 1, "免费洗车每月1次；保养预约优先", "#7B8794"),
    ("银卡", 50_000, 1, 5, 10, 1, "配件95折、工时9折；免费检测；道路救援", "#9AA5B1"),
    (
        "金卡",
        100_000,
        2,
        10,
        15,
        2,
        "配件9折、工时85折；延保1年；合作商户优惠；道路救援",
        "#C9A227",
    ),
    (
        "钻石卡",
        300_000,
        3,
        15,
        20,
        3,
        "配件85折、工时8折；延保2年；代步车；合作商户专享优惠",
        "#3D4C8F",
    ),
]
DEFAULT_PACKAGES: list[tuple[str, int, int, int]] = [
    ("常规保养5次", 5, 150_000, 24),
    ("精洗10次", 10, 30_000, 12),
]


def _err(field: str, text: str) -> FieldError:
    return FieldError(field, translate(CTX, text))


def seed_defaults() -> Changes:
    """Create the default levels and package types in a database that has none."""
    with atomic():
        if not MembershipLevel.select().exists():
            for order, row in enumerate(DEFAULT_LEVELS):
                name, fee, term, parts, labour, points, benefits, colour = row
                MembershipLevel.create(
                    name=name,
                    fee_cents=fee,
                    term_years=term,
                    parts_discount_pct=parts,
                    labour_discount_pct=labour,
                    points_per_100_yuan=points,
                    benefits=benefits,
                    colour=colour,
                    sort_order=order,
                )
        if not PackageType.select().exists():
            for name, uses, price, months in DEFAULT_PACKAGES:
                PackageType.create(name=name, uses=uses, price_cents=price, term_months=months)
    return CHANGED


def to_level(row: MembershipLevel) -> Level:
    return Level(
        id=row.id,
        name=row.name,
        fee_cents=row.fee_cents,
        term_years=row.term_years,
        parts_discount_pct=row.parts_discount_pct,
        labour_discount_pct=row.labour_discount_pct,
        points_per_100_yuan=row.points_per_100_yuan,
        benefits=row.benefits,
        colour=row.colour,
        sort_order=row.sort_order,
        active=bool(row.active),
    )


def to_package_kind(row: PackageType) -> PackageKind:
    return PackageKind(
        id=row.id,
        name=row.name,
        uses=row.uses,
        price_cents=row.price_cents,
        term_months=row.term_months,
        active=bool(row.active),
    )


def list_levels(*, include_inactive: bool = False) -> list[Level]:
    """Levels in their display order (cheapest first by default)."""
    query = MembershipLevel.select().order_by(MembershipLevel.sort_order, MembershipLevel.id)
    if not include_inactive:
        query = query.where(MembershipLevel.active == True)  # noqa: E712 - peewee expression
    return [to_level(r) for r in query]


def list_package_types(*, include_inactive: bool = False) -> list[PackageKind]:
    query = PackageType.select().order_by(PackageType.name)
    if not include_inactive:
        query = query.where(PackageType.active == True)  # noqa: E712 - peewee expression
    return [to_package_kind(r) for r in query]


def _whole(value: Any, field: str, low: int, high: int, text: str, errors: list[FieldError]) -> int:
    if type(value) is not int or not low <= value <= high:
        errors.append(_err(field, text))
        return 0
    return value


def _name(value: str, model: Any, row_id: int | None, errors: list[FieldError]) -> str:
    name = clean_text(value)
    if not name:
        errors.append(_err("name", QT_TRANSLATE_NOOP("MembershipSetup", "Please enter a name.")))
    elif len(name) > 20:
        errors.append(
            _err(
                "name",
                QT_TRANSLATE_NOOP(
                    "MembershipSetup", "The name is too long (at most 20 characters)."
                ),
            )
        )
    else:
        same = model.select().where((model.name == name) & (model.active == True))  # noqa: E712
        if row_id:
            same = same.where(model.id != row_id)
        if same.exists():
            errors.append(
                _err(
                    "name",
                    QT_TRANSLATE_NOOP("MembershipSetup", "Another one already has this name."),
                )
            )
    return name


def save_level(
    *,
    level_id: int | None = None,
    name: str,
    fee_cents: int,
    term_years: int,
    parts_discount_pct: int,
    labour_discount_pct: int,
    points_per_100_yuan: int,
    benefits: str = "",
    colour: str = "#888888",
    sort_order: int | None = None,
    active: bool = True,
) -> tuple[int, Changes]:
    """Validate and store a level (new when `level_id` is None); return its id."""
    require("settings")
    errors: list[FieldError] = []
    values = {
        "name": _name(name, MembershipLevel, level_id, errors),
        "fee_cents": _whole(
            fee_cents,
            "fee",
            0,
            MAX_FEE_CENTS,
            QT_TRANSLATE_NOOP("MembershipSetup", "The fee must be between 0 and 100,000 yuan."),
            errors,
        ),
        "term_years": _whole(
            term_years,
            "term",
            1,
            3,
            QT_TRANSLATE_NOOP("MembershipSetup", "The term is 1, 2 or 3 years."),
            errors,
        ),
        "parts_discount_pct": _whole(
            parts_discount_pct,
            "parts_discount",
            0,
            100,
            QT_TRANSLATE_NOOP("MembershipSetup", "A discount is between 0 and 100 percent."),
            errors,
        ),
        "labour_discount_pct": _whole(
            labour_discount_pct,
            "labour_discount",
            0,
            100,
            QT_TRANSLATE_NOOP("MembershipSetup", "A discount is between 0 and 100 percent."),
            errors,
        ),
        "points_per_100_yuan": _whole(
            points_per_100_yuan,
            "points",
            0,
            1000,
            QT_TRANSLATE_NOOP("MembershipSetup", "Points per 100 yuan are between 0 and 1000."),
            errors,
        ),
        "benefits": benefits.strip()[:1000],
        "colour": colour if _COLOUR.match(colour or "") else "",
        "active": bool(active),
    }
    if not values["colour"]:
        errors.append(
            _err(
                "colour",
                QT_TRANSLATE_NOOP("MembershipSetup", "Choose a colour for the printed card."),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    with atomic():
        if level_id is None:
            last = MembershipLevel.select().order_by(MembershipLevel.sort_order.desc()).first()
            values["sort_order"] = (
                sort_order if sort_order is not None else (last.sort_order + 1 if last else 0)
            )
            level_id = MembershipLevel.create(**values).id
        else:
            if sort_order is not None:
                values["sort_order"] = sort_order
            MembershipLevel.update(**values).where(MembershipLevel.id == level_id).execute()
    return level_id, CHANGED


def save_package_type(
    *,
    package_type_id: int | None = None,
    name: str,
    uses: int,
    price_cents: int,
    term_months: int,
    active: bool = True,
) -> tuple[int, Changes]:
    """Validate and store a package type; a term of 0 months means it never expires."""
    require("settings")
    errors: list[FieldError] = []
    values = {
        "name": _name(name, PackageType, package_type_id, errors),
        "uses": _whole(
            uses,
            "uses",
            1,
            MAX_USES,
            QT_TRANSLATE_NOOP("MembershipSetup", "The number of services is 1 to 1000."),
            errors,
        ),
        "price_cents": _whole(
            price_cents,
            "price",
            0,
            MAX_FEE_CENTS,
            QT_TRANSLATE_NOOP("MembershipSetup", "The price must be between 0 and 100,000 yuan."),
            errors,
        ),
        "term_months": _whole(
            term_months,
            "term",
            0,
            120,
            QT_TRANSLATE_NOOP("MembershipSetup", "The term is 0 (no limit) to 120 months."),
            errors,
        ),
        "active": bool(active),
    }
    if errors:
        raise ValidationFailed(errors)
    with atomic():
        if package_type_id is None:
            package_type_id = PackageType.create(**values).id
        else:
            PackageType.update(**values).where(PackageType.id == package_type_id).execute()
    return package_type_id, CHANGED


def card_prefix() -> str:
    from dealerdesk.services.settings import get_setting

    return str(get_setting("card_prefix") or "VIP")


def set_card_prefix(prefix: str) -> Changes:
    """Store the letters new card numbers start with (cards already issued keep theirs)."""
    from dealerdesk.services.settings import set_settings

    try:
        value = normalize_prefix(prefix)
    except RuleError as exc:
        raise ValidationFailed([FieldError("prefix", str(exc))]) from exc
    set_settings({"card_prefix": value})
    return Changes.of("membership_setup", "settings")
