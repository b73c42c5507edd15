"""The key file's slots: the data key under the passphrase, under the recovery key, and retired keys.

Each slot is read on its own, so damage to one (a flipped bit, an edited value)
is reported for that slot and never blocks the others: a damaged recovery slot
still lets the passphrase in, and a damaged passphrase slot leaves the recovery key.
Each carries a plain ``check`` digest so damage is told apart from a wrong key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

from workbook.core.store.keys import recovery_box
from workbook.core.store.keys.fields import BadField, b64, checksum, encode, integer
from workbook.core.store.keys.header import FORMAT
from workbook.core.store.keys.kdf import KdfParams

#: The domain tag in every slot's associated data; fixed, whatever the file's version.
AAD_VERSION = 1
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16
SEALED_KEY_BYTES = DATA_KEY_BYTES + TAG_BYTES
MAX_RETIRED_KEYS = 64


def aad(workbook_id: str, purpose: str) -> bytes:
    # Binding the workbook id and purpose stops a sealed key being moved between
    # workbooks or between slots unnoticed.
    return f"{FORMAT}/{AAD_VERSION}/{workbook_id}/{purpose}".encode()


def _hkdf(key: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def aes_seal(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def aes_open(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        return None


def _verified(workbook_id: str, data: Mapping[str, Any], fields: dict[str, Any]) -> None:
    if data.get("check") != checksum(workbook_id, fields):
        raise BadField("check", "the slot does not match its checksum")


# -- the passphrase slot ------------------------------------------------------------------


@dataclass(frozen=True)
class PassphraseSlot:
    """The data key sealed under the Argon2id key of the passphrase."""

    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def seal(cls, workbook_id: str, wrapping: bytes, kdf: KdfParams, data_key: bytes) -> Self:
        nonce, ciphertext = aes_seal(wrapping, data_key, aad(workbook_id, "passphrase"))
        return cls(kdf, nonce, ciphertext)

    def open(self, workbook_id: str, wrapping: bytes) -> bytes | None:
        return aes_open(wrapping, self.nonce, self.ciphertext, aad(workbook_id, "passphrase"))

    def _fields(self) -> dict[str, Any]:
        return {
            "kdf": self.kdf.to_json(),
            "nonce": encode(self.nonce),
            "ct": encode(self.ciphertext),
        }

    def to_json(self, workbook_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The file's ``kdf`` and ``passphrase`` objects."""
        slot = {"nonce": encode(self.nonce), "ciphertext": encode(self.ciphertext)}
        return self.kdf.to_json(), {**slot, "check": checksum(workbook_id, self._fields())}

    @classmethod
    def from_json(
        cls, workbook_id: str, kdf: Mapping[str, Any], data: Mapping[str, Any], *, checked: bool
    ) -> Self:
        slot = cls(
            KdfParams.from_json(kdf),
            b64(data, "nonce", NONCE_BYTES),
            b64(data, "ciphertext", SEALED_KEY_BYTES),
        )
        if checked:
            _verified(workbook_id, data, slot._fields())
        return slot


# -- the recovery slot ----------------------------------------------------------------------


def _recovery_mac_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, b"workbook-recovery-mac")


@dataclass(frozen=True)
class RecoverySlot:
    """The data key sealed to the recovery key's public key, and a MAC under the data key.

    The MAC lets an unlock with the passphrase notice a damaged or swapped recovery
    slot long before the day the recovery key is needed, and stops a passphrase
    change from sealing the new data key to a public key someone slipped in.
    """

    salt: bytes
    public_key: bytes
    box: recovery_box.Box
    mac: bytes

    @classmethod
    def seal(cls, workbook_id: str, salt: bytes, public_key: bytes, data_key: bytes) -> Self:
        box = recovery_box.seal(public_key, data_key, aad(workbook_id, "recovery"))
        unsigned = cls(salt, public_key, box, b"")
        return cls(salt, public_key, box, unsigned._mac(workbook_id, data_key))

    def _fields(self) -> dict[str, Any]:
        return {
            "salt": encode(self.salt),
            "public_key": encode(self.public_key),
            "ephemeral": encode(self.box.ephemeral),
            "nonce": encode(self.box.nonce),
            "ciphertext": encode(self.box.ciphertext),
        }

    def _mac(self, workbook_id: str, data_key: bytes) -> bytes:
        message = json.dumps({"workbook_id": workbook_id, **self._fields()}, sort_keys=True)
        return hmac.digest(_recovery_mac_key(data_key), message.encode(), hashlib.sha256)

    def intact(self, workbook_id: str, data_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self._mac(workbook_id, data_key))

    def open(self, workbook_id: str, secret: bytes) -> bytes | None:
        return recovery_box.open_box(secret, self.salt, self.box, aad(workbook_id, "recovery"))

    def to_json(self, workbook_id: str) -> dict[str, Any]:
        fields = {**self._fields(), "mac": encode(self.mac)}
        return {**fields, "check": checksum(workbook_id, fields)}

    @classmethod
    def from_json(cls, workbook_id: str, data: Mapping[str, Any]) -> Self:
        slot = cls(
            b64(data, "salt", SALT_BYTES),
            b64(data, "public_key", recovery_box.PUBLIC_BYTES),
            recovery_box.Box(
                b64(data, "ephemeral", recovery_box.PUBLIC_BYTES),
                b64(data, "nonce", NONCE_BYTES),
                b64(data, "ciphertext", SEALED_KEY_BYTES),
            ),
            b64(data, "mac", 32),
        )
        _verified(workbook_id, data, {**slot._fields(), "mac": encode(slot.mac)})
        return slot


@dataclass(frozen=True)
class LegacyRecoverySlot:
    """Version 1: the data key sealed under HKDF(recovery key) - it can't be re-sealed
    to the same recovery key without the key itself, so it is replaced when it must be."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def open(self, workbook_id: str, secret: bytes) -> bytes | None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        hkdf = HKDF(hashes.SHA256(), length=32, salt=self.salt, info=b"workbook-recovery")
        wrapping = hkdf.derive(secret)
        return aes_open(wrapping, self.nonce, self.ciphertext, aad(workbook_id, "recovery"))

    def intact(self, workbook_id: str, data_key: bytes) -> bool:
        return True  # nothing to compare against; its lengths were checked on reading

    def to_json(self, workbook_id: str) -> dict[str, Any]:
        return {
            "salt": encode(self.salt),
            "nonce": encode(self.nonce),
            "ciphertext": encode(self.ciphertext),
        }

    @classmethod
    def from_json(cls, workbook_id: str, data: Mapping[str, Any]) -> Self:
        return cls(
            b64(data, "salt", SALT_BYTES),
            b64(data, "nonce", NONCE_BYTES),
            b64(data, "ciphertext", SEALED_KEY_BYTES),
        )


# -- retired data keys ------------------------------------------------------------------------


@dataclass(frozen=True)
class RetiredKeys:
    """Data keys replaced by passphrase changes, sealed under the current data key.

    Backups keep the data key of their day (so they open with the passphrase of
    their day); the live workbook needs these to check and restore them.
    """

    nonce: bytes
    ciphertext: bytes

    @classmethod
    def seal(cls, workbook_id: str, data_key: bytes, keys: Sequence[bytes]) -> Self:
        wrapping = _hkdf(data_key, b"workbook-retired-keys")
        nonce, ciphertext = aes_seal(wrapping, b"".join(keys), aad(workbook_id, "retired"))
        return cls(nonce, ciphertext)

    def open(self, workbook_id: str, data_key: bytes) -> tuple[bytes, ...]:
        wrapping = _hkdf(data_key, b"workbook-retired-keys")
        joined = aes_open(wrapping, self.nonce, self.ciphertext, aad(workbook_id, "retired"))
        if joined is None:
            return ()
        return tuple(joined[i : i + DATA_KEY_BYTES] for i in range(0, len(joined), DATA_KEY_BYTES))

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "nonce": encode(self.nonce),
            "ciphertext": encode(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        count = integer(data, "count", 0, MAX_RETIRED_KEYS)
        return cls(
            b64(data, "nonce", NONCE_BYTES),
            b64(data, "ciphertext", count * DATA_KEY_BYTES + TAG_BYTES),
        )

    @property
    def count(self) -> int:
        return (len(self.ciphertext) - TAG_BYTES) // DATA_KEY_BYTES
