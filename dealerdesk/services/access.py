"""Who may do what: the two roles, their rights in one table, and the person signed in.

Every rule about roles lives here. Services call `require(...)` before they do something
only the owner may do, and mask phone numbers through `visible_phone(...)`, so a screen,
a script or a test that calls a service meets the same rule; screens call `can(...)` and
`why_not(...)` to hide or disable what the person signed in may not do, with the reason
as a tooltip rather than an error after the click.

Until the shop has an owner with a PIN (a one-person shop that never set one), everyone
signs in with the owner's rights: DealerDesk works as it always did. The command line
acts as the owner: whoever runs it can copy the database file anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from dealerdesk.domain.errors import FieldError, ValidationFailed
from dealerdesk.domain.phone import mask_phone
from dealerdesk.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Access"
OWNER = "owner"
SALESPERSON = "salesperson"
ROLES: dict[str, str] = {
    OWNER: QT_TRANSLATE_NOOP("Access", "Owner"),
    SALESPERSON: QT_TRANSLATE_NOOP("Access", "Salesperson"),
}

# What each right is, who has it, and the reason shown to those who have not.
RULES: dict[str, tuple[frozenset[str], str]] = {
    "export": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can export lists: the customer list belongs to the shop.")),
    "backup": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can make or restore backups.")),
    "restore": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can make or restore backups.")),
    "import": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can import or undo an import.")),
    "erase": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can erase a customer's data.")),
    "merge": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can merge customers.")),
    "settings": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can change the settings.")),
    "reverse": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can reverse a ledger entry.")),
    "staff": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can manage staff, roles and PINs.")),
    "handover": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can hand customers over to colleagues.")),
    "audit": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "Only the owner can read the audit trail.")),
    # A salesperson has these for their own customers (and those nobody owns yet) only.
    "any_customer": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "This is a colleague's customer: ask the owner to reassign them to you.")),
    "any_calls": (frozenset({OWNER}), QT_TRANSLATE_NOOP(
        "Access", "You can print call lists of your own customers only.")),
}


@dataclass(frozen=True)
class Actor:
    """The person the program works for now: a staff member, or the command line."""

    staff_id: int | None
    name: str
    role: str = OWNER
    via: str = ""  # "cli" when acting from the command line

    @property
    def is_owner(self) -> bool:
        return self.role == OWNER


# Nobody signed in (tests, a freshly made file, start-up before the sign-in dialog):
# the owner's rights, as before staff had roles.
NOBODY = Actor(staff_id=None, name="", role=OWNER)
_actor: Actor = NOBODY


class NotAllowed(ValidationFailed):
    """The person signed in may not do this; the message says why."""

    def __init__(self, reason: str) -> None:
        super().__init__([FieldError("permission", reason)])


def current() -> Actor:
    """Who the program works for now."""
    return _actor


def set_actor(actor: Actor | None) -> None:
    """Make `actor` the person signed in (None: nobody, with the owner's rights)."""
    global _actor
    _actor = actor or NOBODY


@contextmanager
def acting_as(actor: Actor) -> Iterator[None]:
    """Within the block the program works for `actor` (scripts and tests)."""
    before = _actor
    set_actor(actor)
    try:
        yield
    finally:
        set_actor(before)


def can(action: str, *, actor: Actor | None = None) -> bool:
    """True when `actor` (default: the person signed in) has the right `action`."""
    roles, _reason = RULES[action]
    return (actor or _actor).role in roles


def why_not(action: str) -> str:
    """Why someone without the right `action` cannot do it (translated, for a tooltip)."""
    return translate(CTX, RULES[action][1])


def require(action: str, *, actor: Actor | None = None) -> None:
    """Raise NotAllowed unless `actor` (default: the person signed in) has the right."""
    if not can(action, actor=actor):
        raise NotAllowed(why_not(action))


def owns(owner_id: int | None, *, actor: Actor | None = None) -> bool:
    """True when a customer owned by `owner_id` is the actor's to see and edit in full:
    the owner's are all, a salesperson's are their own and those nobody owns yet."""
    actor = actor or _actor
    return can("any_customer", actor=actor) or owner_id is None or owner_id == actor.staff_id


def require_customer(owner_id: int | None) -> None:
    """Raise NotAllowed unless the person signed in may change this customer's records."""
    if not owns(owner_id):
        raise NotAllowed(why_not("any_customer"))


def masks_phones() -> bool:
    """True when some customers' phones are hidden from the person signed in."""
    return not can("any_customer")


def visible_phone(phone: str, owner_id: int | None, *, actor: Actor | None = None) -> str:
    """`phone` as the actor may see it: whole for their own customers, 138****5678 else."""
    return phone if owns(owner_id, actor=actor) else mask_phone(phone)


def visible_wechat(wechat: str, owner_id: int | None) -> str:
    """A WeChat id is a way to reach the customer too: hidden like the phone."""
    return wechat if owns(owner_id) or not wechat else "****"


def calls_owner_filter(owner_id: int | None) -> int | None:
    """The salesperson a call list may cover: anyone's for the owner, else their own."""
    return owner_id if can("any_calls") else _actor.staff_id


def role_label(role: str) -> str:
    return translate(CTX, ROLES.get(role, ROLES[SALESPERSON]))
