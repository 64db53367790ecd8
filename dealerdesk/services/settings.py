"""Shop-wide settings stored in the database, so that they travel with every backup."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dealerdesk.db.api import atomic, locked
from dealerdesk.db.models import Setting
from dealerdesk.domain.choices import DEFAULT_LEVELS
from dealerdesk.domain.errors import Conflict, FieldError, ValidationFailed
from dealerdesk.domain.records import Changes
from dealerdesk.i18n import translate
from dealerdesk.services.versions import raise_conflict

DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "shop_address": "",
    "shop_phone": "",
    "shop_logo": "",
    "language": "",  # "" follows the system
    "levels": list(DEFAULT_LEVELS),
    "level_labels": {},  # code -> custom label; empty uses the built-in label
    "revisit_days": [3, 30, 90],
    "lead_days": {
        "birthday": 7,
        "compulsory_ins": 30,
        "commercial_ins": 30,
        "inspection": 30,
        "membership": 30,
        "maintenance": 7,
        "warranty": 30,
    },
    "contact_limits": {"H": 3, "A": 7, "B": 15, "C": 30, "N": 60, "after_sale": 90},
    "message_language": "zh_CN",  # language of reminder messages to customers without one
    "reminder_templates": {},  # language -> kind -> text; missing ones use the built-in texts
    "backup_folder": "",
    "pdf_font": "",
    "card_prefix": "VIP",  # membership card numbers: VIP0000012
    "lock_minutes": 10,  # lock the window after this long without use (0: never)
    # Kinds of service visit, in the order offered: built-in codes (domain/value.py) or
    # names the shop added.
    "service_kinds": ["maintenance", "repair", "detailing", "insurance", "accessories", "other"],
    "value": {},  # customer value parameters; missing ones use domain.value.ValueParams
    # Given once to each database (and carried by its backups): tells this database's
    # backups from another's kept in the same folder.
    "database_id": "",
}


def get_setting(key: str) -> Any:
    """The stored value of `key`, or its default."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        default = DEFAULTS.get(key)
        return json.loads(json.dumps(default))  # a copy the caller may change
    return json.loads(row.value)


def setting_versions(keys: list[str] | tuple[str, ...]) -> dict[str, int]:
    """The version of each stored setting among `keys` (0: never stored), for a page that
    saves later with set_settings(..., versions=...)."""
    found = dict(Setting.select(Setting.key, Setting.version)
                 .where(Setting.key.in_(list(keys))).tuples())
    return {key: int(found.get(key, 0)) for key in keys}


def set_settings(values: dict[str, Any], *, versions: dict[str, int] | None = None) -> Changes:
    """Store several settings in one transaction.

    With `versions` (as setting_versions gave them when the page opened): a setting
    another PC saved since, to another value than this one, raises EditConflict and
    nothing is written.
    """
    from dealerdesk.services.access import require

    require("settings")
    unknown = [k for k in values if k not in DEFAULTS]
    if unknown:
        raise ValidationFailed([FieldError(k, "unknown setting") for k in unknown])
    with atomic():
        stored = {key: (version, json.loads(text)) for key, version, text in locked(
            Setting.select(Setting.key, Setting.version, Setting.value)
            .where(Setting.key.in_(list(values)))).tuples()}
        _refuse_lost_changes(values, versions or {}, stored)
        for key, value in values.items():
            version = stored.get(key, (0, None))[0] + 1
            Setting.replace(key=key, value=json.dumps(value, ensure_ascii=False),
                            version=version).execute()
    return Changes.of("settings")


def _refuse_lost_changes(values: dict[str, Any], versions: dict[str, int],
                         stored: dict[str, tuple[int, Any]]) -> None:
    conflicts = [Conflict(key, values[key], stored.get(key, (0, None))[1])
                 for key, opened in versions.items() if key in values
                 and stored.get(key, (0, None))[0] != opened
                 and stored.get(key, (0, None))[1] != values[key]]
    if conflicts:
        raise_conflict(conflicts, max(stored.get(c.field, (0, None))[0] for c in conflicts))


@dataclass(frozen=True)
class ShopInfo:
    """What every printed page and exported file carries about the shop."""

    name: str
    address: str
    phone: str
    logo: str


def shop_info() -> ShopInfo:
    return ShopInfo(
        name=get_setting("shop_name"),
        address=get_setting("shop_address"),
        phone=get_setting("shop_phone"),
        logo=get_setting("shop_logo"),
    )


def save_shop(*, name: str, address: str, phone: str, logo: str = "") -> Changes:
    """Validate and store the shop's details."""
    name = name.strip()
    errors = []
    if len(name) > 60:
        errors.append(FieldError("shop_name", translate("Settings", "The shop name is too long.")))
    if errors:
        raise ValidationFailed(errors)
    return set_settings(
        {"shop_name": name, "shop_address": address.strip(), "shop_phone": phone.strip(),
         "shop_logo": logo.strip()}
    )


def customer_levels() -> list[tuple[str, str]]:
    """(code, label) of each customer level, in order; labels translated."""
    from dealerdesk.domain.choices import label

    custom: dict[str, str] = get_setting("level_labels")
    codes = get_setting("levels")
    return [(code, custom.get(code) or label(DEFAULT_LEVELS, code)) for code in codes]
