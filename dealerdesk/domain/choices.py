"""The fixed vocabularies of DESIGN.md: codes stored in the database, labels shown to people.

Labels are marked with QT_TRANSLATE_NOOP and translated when shown (`label()`), so the
same code reads 潜在 in Chinese and "Lead" in English.
"""

from __future__ import annotations

from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Choices"

STATUSES: dict[str, str] = {
    "lead": QT_TRANSLATE_NOOP("Choices", "Lead"),
    "following": QT_TRANSLATE_NOOP("Choices", "Following"),
    "visited": QT_TRANSLATE_NOOP("Choices", "Visited"),
    "customer": QT_TRANSLATE_NOOP("Choices", "Customer"),
    "lost": QT_TRANSLATE_NOOP("Choices", "Lost"),
    "dormant": QT_TRANSLATE_NOOP("Choices", "Dormant"),
}

SOURCES: dict[str, str] = {
    "walk_in": QT_TRANSLATE_NOOP("Choices", "Walk-in"),
    "phone_in": QT_TRANSLATE_NOOP("Choices", "Phone-in"),
    "online": QT_TRANSLATE_NOOP("Choices", "Online platform"),
    "referral": QT_TRANSLATE_NOOP("Choices", "Referral"),
    "returning": QT_TRANSLATE_NOOP("Choices", "Returning customer"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

GENDERS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Choices", "Not given"),
    "M": QT_TRANSLATE_NOOP("Choices", "Male"),
    "F": QT_TRANSLATE_NOOP("Choices", "Female"),
}

PAYMENTS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Choices", "Not decided"),
    "full": QT_TRANSLATE_NOOP("Choices", "Full payment"),
    "loan": QT_TRANSLATE_NOOP("Choices", "Loan"),
}

BODY_TYPES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Choices", "Any"),
    "sedan": QT_TRANSLATE_NOOP("Choices", "Sedan"),
    "suv": QT_TRANSLATE_NOOP("Choices", "SUV"),
    "mpv": QT_TRANSLATE_NOOP("Choices", "MPV"),
    "hatchback": QT_TRANSLATE_NOOP("Choices", "Hatchback"),
    "pickup": QT_TRANSLATE_NOOP("Choices", "Pickup"),
    "sports": QT_TRANSLATE_NOOP("Choices", "Sports car"),
    "van": QT_TRANSLATE_NOOP("Choices", "Van"),
}

VEHICLE_RELATIONS: dict[str, str] = {
    "bought": QT_TRANSLATE_NOOP("Choices", "Bought here"),
    "traded_in": QT_TRANSLATE_NOOP("Choices", "Traded in"),
    "owned": QT_TRANSLATE_NOOP("Choices", "Owns"),
}

CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Choices", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("Choices", "WeChat"),
    "sms": QT_TRANSLATE_NOOP("Choices", "SMS"),
    "shop_visit": QT_TRANSLATE_NOOP("Choices", "Shop visit"),
    "home_visit": QT_TRANSLATE_NOOP("Choices", "Home visit"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

OUTCOMES: dict[str, str] = {
    "no_answer": QT_TRANSLATE_NOOP("Choices", "No answer"),
    "contacted": QT_TRANSLATE_NOOP("Choices", "Contacted"),
    "visit_booked": QT_TRANSLATE_NOOP("Choices", "Visit booked"),
    "visited": QT_TRANSLATE_NOOP("Choices", "Visited"),
    "test_drive": QT_TRANSLATE_NOOP("Choices", "Test drive"),
    "deal": QT_TRANSLATE_NOOP("Choices", "Deal"),
    "lost": QT_TRANSLATE_NOOP("Choices", "Lost"),
    "after_sale": QT_TRANSLATE_NOOP("Choices", "After-sale care"),
}

LOST_REASONS: dict[str, str] = {
    "price": QT_TRANSLATE_NOOP("Choices", "Price"),
    "condition": QT_TRANSLATE_NOOP("Choices", "Car condition"),
    "financing": QT_TRANSLATE_NOOP("Choices", "Financing refused"),
    "elsewhere": QT_TRANSLATE_NOOP("Choices", "Bought elsewhere"),
    "no_response": QT_TRANSLATE_NOOP("Choices", "No response"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}

# Default customer levels (客户级别) by how soon they will buy; configurable in Settings.
DEFAULT_LEVELS: dict[str, str] = {
    "H": QT_TRANSLATE_NOOP("Choices", "H: buys within 7 days"),
    "A": QT_TRANSLATE_NOOP("Choices", "A: buys within 15 days"),
    "B": QT_TRANSLATE_NOOP("Choices", "B: buys within 30 days"),
    "C": QT_TRANSLATE_NOOP("Choices", "C: buys within 3 months"),
    "N": QT_TRANSLATE_NOOP("Choices", "N: no plan yet"),
}

ONLINE_PLATFORMS = ["瓜子二手车", "二手车之家", "懂车帝", "汽车之家", "58同城", "抖音", "微信"]


def label(vocabulary: dict[str, str], code: str) -> str:
    """The translated label of `code`, or the code itself when it is not in the list."""
    text = vocabulary.get(code)
    return translate(CTX, text) if text is not None else code
