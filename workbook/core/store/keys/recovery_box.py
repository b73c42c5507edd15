"""Sealing a data key so only the recovery key opens it, without knowing the recovery key.

The recovery key (128 random bits, on the person's printed sheet) deterministically
gives an X25519 key pair; the key file keeps only the public half. Sealing is an
ECIES-style box: a fresh ephemeral X25519 key, HKDF-SHA256 of the shared secret,
AES-256-GCM. So a passphrase change can seal a brand-new data key to the same
recovery key (the sheet stays valid) though the recovery key is never stored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography loads on first use (the unlock window shows sooner)
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

RECOVERY_INFO = b"workbook-recovery-x25519"
SEAL_INFO = b"workbook-recovery-seal"
NONCE_BYTES = 12
PUBLIC_BYTES = 32


@dataclass(frozen=True)
class Box:
    """A data key sealed to a recovery public key."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _private(secret: bytes, salt: bytes) -> X25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(_hkdf(secret, salt, RECOVERY_INFO))


def _raw_public(key: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key(secret: bytes, salt: bytes) -> bytes:
    """The public half of the key pair the recovery key ``secret`` gives (with ``salt``)."""
    return _raw_public(_private(secret, salt).public_key())


def seal(recipient: bytes, data_key: bytes, aad: bytes) -> Box:
    """``data_key`` sealed so only the holder of ``recipient``'s recovery key can open it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    wrapping = _hkdf(shared, ephemeral_public + recipient, SEAL_INFO)
    nonce = os.urandom(NONCE_BYTES)
    return Box(ephemeral_public, nonce, AESGCM(wrapping).encrypt(nonce, data_key, aad))


def open_box(secret: bytes, salt: bytes, box: Box, aad: bytes) -> bytes | None:
    """The sealed data key, or None when ``secret`` is not the recovery key it was sealed to."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    private = _private(secret, salt)
    recipient = _raw_public(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(box.ephemeral))
    except ValueError:  # a damaged ephemeral key can be a point with no shared secret
        return None
    wrapping = _hkdf(shared, box.ephemeral + recipient, SEAL_INFO)
    try:
        return AESGCM(wrapping).decrypt(box.nonce, box.ciphertext, aad)
    except InvalidTag:
        return None
