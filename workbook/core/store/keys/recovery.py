"""The recovery key: 128 random bits a person can write down, read back and type without error.

Shown once at creation, it wraps the data key a second time, so a forgotten
passphrase is not a lost workbook. It is written in Crockford base32 (no I, L, O
or U; those letters are read as 1, 1 and 0 when typed) in groups of four, with a
two-character checksum at the end so a typo is caught before anything is tried.
"""

from __future__ import annotations

import hashlib
import os

from workbook.core.store.errors import MistypedRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
SECRET_BYTES = 16
DATA_CHARS = 26  # 130 bits hold the 128-bit secret
CHECK_CHARS = 2
GROUP = 4


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _checksum(data_chars: str) -> str:
    digest = hashlib.sha256(b"workbook-recovery-key:" + data_chars.encode("ascii")).digest()
    return _encode(int.from_bytes(digest[:2], "big") >> 6, CHECK_CHARS)


def format_key(secret: bytes) -> str:
    """``secret`` as the grouped text the person writes down."""
    data = _encode(int.from_bytes(secret, "big"), DATA_CHARS)
    text = data + _checksum(data)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def new_recovery_key() -> tuple[bytes, str]:
    """A fresh secret and its printable form."""
    secret = os.urandom(SECRET_BYTES)
    return secret, format_key(secret)


def parse_key(text: str) -> bytes:
    """The secret in a typed recovery key; raises ``MistypedRecoveryKey`` on any typo.

    Spaces, dashes and lower case are forgiven, and the look-alike letters O, I and L
    are read as the digits they resemble.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != DATA_CHARS + CHECK_CHARS or any(ch not in _DECODE for ch in cleaned):
        raise MistypedRecoveryKey()
    canonical = "".join(ALPHABET[_DECODE[ch]] for ch in cleaned)
    data, check = canonical[:DATA_CHARS], canonical[DATA_CHARS:]
    if _checksum(data) != check:
        raise MistypedRecoveryKey()
    value = 0
    for ch in data:
        value = (value << 5) | _DECODE[ch]
    if value >> (SECRET_BYTES * 8):
        raise MistypedRecoveryKey()
    return value.to_bytes(SECRET_BYTES, "big")
