"""Saving over another PC's change: row versions, a three-way merge, and the conflict.

A form remembers the record as it opened it (the original) and its version. When the
version has moved on by the time it saves, each field is looked at: what only the other PC
changed is kept, what only this form changed is saved, and a field both changed to
different values is a conflict: nothing is written, and the form shows both values.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from dealerdesk.domain.errors import Conflict, EditConflict, FieldError
from dealerdesk.i18n import translate

T = TypeVar("T")


def conflict_text() -> str:
    return translate("Versions", "Another PC changed this after you opened it.")


def merge(original: T | None, mine: T, theirs: T) -> tuple[T, list[Conflict]]:
    """`mine` with the other PC's changes to fields this form left alone; the fields both
    changed differently. Without an original every difference is a conflict."""
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for field in dataclasses.fields(mine):  # type: ignore[arg-type]
        name = field.name
        m, t = getattr(mine, name), getattr(theirs, name)
        if m == t:
            continue
        o = getattr(original, name) if original is not None else None
        if original is not None and t == o:
            continue  # only this form changed it
        if original is not None and m == o:
            merged[name] = t  # only the other PC changed it
            continue
        conflicts.append(Conflict(name, m, t))
    return dataclasses.replace(mine, **merged), conflicts  # type: ignore[type-var]


def raise_conflict(conflicts: list[Conflict], version: int) -> None:
    """Raise EditConflict for `conflicts` (the record's version is now `version`)."""
    errors = [FieldError(c.field, conflict_text()) for c in conflicts]
    raise EditConflict(errors, conflicts, version=version)


def saved_over(data: T, *, original: T | None, theirs: T, version: int | None,
               current_version: int) -> T:
    """What to store when the form opened `version` and the row is at `current_version`:
    `data` itself when nothing changed meanwhile, the merge otherwise; EditConflict when
    both changed one field. `version` None (scripts, imports) saves `data` as it is."""
    if version is None or version == current_version:
        return data
    merged, conflicts = merge(original, data, theirs)
    if conflicts:
        raise_conflict(conflicts, current_version)
    return merged
