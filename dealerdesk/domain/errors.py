"""Validation errors shared by forms, import and the command line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, in words a dealer understands (already translated)."""

    field: str
    message: str
    # Optional id of a record the message refers to (e.g. the customer who already
    # has this phone number), so a screen can offer a link to it.
    related_id: int | None = None


class ValidationFailed(Exception):
    """Raised by a rule or a service when input cannot be saved; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, field: str) -> FieldError | None:
        """The first error about `field`, if any."""
        return next((e for e in self.errors if e.field == field), None)


class RuleError(ValueError):
    """A single value broke a domain rule; the message is ready to show to the user."""


@dataclass(frozen=True)
class Conflict:
    """A field another PC changed, since the form was opened, to something other than
    what is being saved."""

    field: str
    mine: object
    theirs: object


class EditConflict(ValidationFailed):
    """Another PC saved the record after this form was opened, and both changed the same
    fields: nothing was written. Carries both values of each field and the record's
    version now; saving again with that version (after choosing) goes through."""

    def __init__(self, errors: list[FieldError], conflicts: list[Conflict], *,
                 version: int) -> None:
        super().__init__(errors)
        self.conflicts = list(conflicts)
        self.version = version

    def theirs(self) -> dict[str, object]:
        """Field -> the value the other PC saved."""
        return {c.field: c.theirs for c in self.conflicts}
