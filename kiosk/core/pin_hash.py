"""The staff PIN as a salted scrypt hash: made by ``kiosk set-pin``, checked by the PIN pad.

The PIN itself is never stored. The hash reads ``scrypt$<n>$<r>$<p>$<salt>$<key>`` with the
salt and key in URL-safe base64, so the file it lives in stays plain ASCII.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
# 16 MiB of memory and ~50 ms per check: slow for guessing, quick for one tap on OK.
COST_N, BLOCK_R, PARALLEL_P = 2**14, 8, 1
KEY_BYTES, SALT_BYTES = 32, 16
MIN_DIGITS, MAX_DIGITS = 4, 12
_MAX_N = 2**20  # refuse a tampered hash that would ask for gigabytes


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None when it can."""
    if not (pin.isascii() and pin.isdigit()):
        return "a PIN is digits only (0-9), so it can be typed on the touch pad"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits"
    return None


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The storable hash of ``pin`` with a fresh random salt (or the one given, for tests)."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    key = _scrypt(pin, salt, COST_N, BLOCK_R, PARALLEL_P)
    return "$".join((SCHEME, str(COST_N), str(BLOCK_R), str(PARALLEL_P), _b64(salt), _b64(key)))


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` is the PIN ``stored`` was made from (constant-time comparison)."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, key = parsed
    return hmac.compare_digest(_scrypt(pin, salt, n, r, p), key)


def is_pin_hash(stored: str) -> bool:
    """Whether ``stored`` looks like a hash this module wrote (not, say, a plain PIN)."""
    return _parse(stored) is not None


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, key = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        return None
    if n < 2 or n > _MAX_N or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
        return None
    if len(salt) < 8 or len(key) < 16:
        return None
    return n, r, p, salt, key


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    memory = 128 * r * (n + p + 2) + 1024 * 1024
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    if not text or not all(c.isalnum() or c in "-_" for c in text):
        raise ValueError("not URL-safe base64")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
