"""The global search: one place that decides what a typed text can match.

Name (any part), pinyin initials ("zs" for 张三) and full pinyin ("zhangsan") in the name's
reading and in the everyday one ("sgm" and "dgm" for 单国梅, surname reading first), any 4 or
more digits of a phone number, a plate regardless of case and spaces, a card number.
Every match is a plain indexed range or a LIKE scan, which answers in milliseconds at
100,000 customers; the storage layer stays free to move to another database. Words in
follow-up notes (3 or more characters: "白色SUV") are found through the note index that
db/sqlite_only.py keeps, and the matching note is shown as the hit's detail.
"""

from __future__ import annotations

import re
from typing import Any

from dealerdesk.db.api import phones_contain, search_notes, text_contains
from dealerdesk.db.models import Customer as C
from dealerdesk.db.models import MembershipCard, Vehicle
from dealerdesk.domain.phone import phone_digits
from dealerdesk.domain.plate import normalize_plate
from dealerdesk.domain.records import SearchHit
from dealerdesk.domain.text import clean_text
from dealerdesk.services.access import visible_phone

_LETTERS = re.compile(r"^[a-z]+$")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_ALNUM = re.compile(r"[0-9a-z]")
MIN_PHONE_DIGITS = 4
BOX_LIMIT = 12  # hits the search box shows (and `dealerdesk search` prints)


def _prefix(field: Any, text: str) -> Any:
    """`field` starts with `text`, as an index range (works with any collation)."""
    return (field >= text) & (field < text + "\uffff")


def _contains(field: Any, text: str) -> Any:
    return text_contains(field, text)


def _queries(text: str) -> list[tuple[str, Any]]:
    """(what matched, select of customer ids) for each way `text` could match.

    Only the kinds that the text can be are searched: digits are not a name, letters
    alone are not a plate, so most keystrokes cost one scan or one index range.
    """
    lowered = clean_text(text).lower()
    squashed = lowered.replace(" ", "")
    if not squashed:
        return []
    found: list[tuple[str, Any]] = []
    letters_only = bool(_LETTERS.match(squashed))
    if letters_only:
        # The reading as a name first (单 Shan), then the everyday reading (单 dan).
        found.append(("pinyin", C.select(C.id).where(
            _prefix(C.name_initials, squashed) | _prefix(C.name_pinyin, squashed))))
        found.append(("pinyin", C.select(C.id).where(
            _prefix(C.name_initials_alt, squashed) | _prefix(C.name_pinyin_alt, squashed))))
    if not re.search(r"\d", squashed):  # digits are a phone, a plate or a card, not a name
        found.append(("name", C.select(C.id).where(_contains(C.name, lowered))))
    digits = phone_digits(lowered)
    if len(digits) >= MIN_PHONE_DIGITS and len(digits) >= len(squashed) - 1:
        found.append(("phone", C.select(C.id).where(phones_contain(C.id, digits))))
    plate = normalize_plate(text)
    if len(plate) >= 3 and (_HAS_CJK.match(plate[:1]) or re.search(r"\d", plate)):
        found.append(("plate", Vehicle.select(Vehicle.customer).where(
            _contains(Vehicle.plate_key, plate))))
    if len(squashed) >= 4 and re.search(r"\d", squashed) and _HAS_ALNUM.search(squashed):
        found.append(("card", MembershipCard.select(MembershipCard.customer).where(
            _contains(MembershipCard.card_no, squashed.upper()))))
    return found


def customer_id_query(text: str, *, include_deleted: bool = False) -> Any:
    """A select of the ids of customers matching `text` (for use inside other queries)."""
    parts = [q for _, q in _queries(text)]
    if not parts:
        return C.select(C.id).where(C.id < 0)
    union = parts[0]
    for part in parts[1:]:
        union = union | part
    return union


def matching_customer_ids(text: str, *, include_deleted: bool = False) -> Any:
    """Ids matching `text`, as a subquery the customer table narrows itself with."""
    return customer_id_query(text, include_deleted=include_deleted)


def search(text: str, *, limit: int = 20) -> list[SearchHit]:
    """Live customers matching `text`, best kinds of match first, at most `limit`."""
    hits: dict[int, SearchHit] = {}
    for matched, query in _queries(text):
        if len(hits) >= limit:
            break
        ids = [r[0] for r in query.limit(limit * 3).tuples()]
        # Sorted here, not in SQL: an ORDER BY would lead SQLite to walk the whole
        # name index instead of looking up these few ids.
        rows: Any = sorted(C.select(C.name_pinyin, C.id, C.name, C.phone, C.owner)
                            .where(C.id.in_(ids), C.deleted_at.is_null()).tuples())
        for _key, cid, name, phone, owner in rows:
            if cid not in hits and len(hits) < limit:
                hits[cid] = SearchHit(customer_id=cid, name=name,
                                      phone=visible_phone(phone, owner), matched=matched)
    if len(hits) < limit:
        _add_note_hits(clean_text(text), hits, limit)
    return list(hits.values())


def _snippet(note: str, text: str, width: int = 40) -> str:
    """The part of `note` around `text`, on one line."""
    flat = " ".join(note.split())
    at = max(0, flat.lower().find(text.lower()))
    start = max(0, at - width // 3)
    part = flat[start:start + width]
    return ("…" if start else "") + part + ("…" if start + width < len(flat) else "")


def _add_note_hits(text: str, hits: dict[int, SearchHit], limit: int) -> None:
    notes = search_notes(text, limit * 3)
    fresh = {cid: note for _, cid, note in reversed(notes) if cid not in hits}
    if not fresh:
        return
    rows: Any = C.select(C.id, C.name, C.phone, C.owner).where(C.id.in_(list(fresh))).tuples()
    names = {cid: (name, visible_phone(phone, owner)) for cid, name, phone, owner in rows}
    for _, cid, _note in notes:
        if cid in fresh and cid not in hits and cid in names and len(hits) < limit:
            hits[cid] = SearchHit(customer_id=cid, name=names[cid][0], phone=names[cid][1],
                                  matched="note", detail=_snippet(fresh[cid], text))
