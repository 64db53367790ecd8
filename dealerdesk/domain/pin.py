"""PIN rules: what a PIN looks like, how it is stored (scrypt, per-person salt), how long a
person waits after wrong guesses.

A shop PIN is short (4 to 8 digits), so the hash alone would not stop someone who has
copied the database file: scrypt makes each guess cost memory and time, and the wait
after wrong guesses makes guessing at the shop PC slow. What the PIN protects against is
a colleague at that PC, not someone holding the file (README, "Staff and PINs").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from dealerdesk.domain.errors import RuleError
from dealerdesk.i18n import translate

MIN_DIGITS = 4
MAX_DIGITS = 8
# scrypt cost: 16 MB of memory and about 50 ms a check on a small office PC.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
SALT_BYTES = 16
# Free guesses before the first wait; each further wrong PIN doubles the wait.
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 30
LONGEST_WAIT_SECONDS = 15 * 60


def check_pin_format(pin: str) -> str:
    """The PIN as stored-to-be (digits only), or RuleError saying what is wrong."""
    pin = (pin or "").strip()
    if not pin.isdigit() or not pin.isascii():
        raise RuleError(translate("Pin", "A PIN is made of digits only."))
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise RuleError(translate("Pin", "A PIN has 4 to 8 digits."))
    if len(set(pin)) == 1:
        raise RuleError(translate("Pin", "Choose a PIN that is not one digit repeated."))
    return pin


def new_salt() -> str:
    """A fresh random salt (hex), one per person and per PIN."""
    return secrets.token_hex(SALT_BYTES)


def hash_pin(pin: str, salt: str) -> str:
    """The scrypt hash (hex) of `pin` with `salt`."""
    key = hashlib.scrypt(pin.encode("ascii"), salt=bytes.fromhex(salt), n=SCRYPT_N,
                         r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES)
    return key.hex()


def pin_matches(pin: str, salt: str, stored_hash: str) -> bool:
    """True when `pin` hashes to `stored_hash`; compared in constant time."""
    if not stored_hash or not salt or not (pin or "").isdigit() or not pin.isascii():
        return False
    return hmac.compare_digest(hash_pin(pin, salt), stored_hash)


def wait_after(failures: int) -> dt.timedelta:
    """How long to wait before the next try after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    seconds = FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES)
    return dt.timedelta(seconds=min(seconds, LONGEST_WAIT_SECONDS))

