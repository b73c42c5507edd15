"""The envelope: the workbook's data key, wrapped twice, in a small JSON file beside the database.

A random 256-bit data key opens the database (as a raw SQLCipher key). It is never
stored in the clear: it is sealed with AES-256-GCM once under a key derived from
the passphrase (Argon2id) and once under the recovery key (HKDF; the recovery key
already has 128 random bits). Changing the passphrase re-seals the same data key,
so it takes the same time for a ten-year workbook as for an empty one, and an
atomic rewrite of this file leaves either the old or the new passphrase working.

The file also carries what the unlock screen shows before any key is known: the
workbook's display name and creation time. Nothing a person wrote is ever in it.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbook.core.store.errors import (
    NotAWorkbook,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryKey,
)
from workbook.core.store.fsutil import atomic_write
from workbook.core.store.keys.kdf import KdfParams, calibrate, derive_key
from workbook.core.store.keys.recovery import new_recovery_key, parse_key

FORMAT = "workbook-envelope"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Sealed:
    """The data key sealed under one wrapping key."""

    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sealed:
        return cls(base64.b64decode(data["nonce"]), base64.b64decode(data["ciphertext"]))


def _aad(workbook_id: str, purpose: str) -> bytes:
    # Binding the workbook id and purpose stops a sealed key being moved between
    # workbooks or between the passphrase and recovery slots unnoticed.
    return f"{FORMAT}/{FORMAT_VERSION}/{workbook_id}/{purpose}".encode()


# cryptography is imported where it is used: listing workbooks (the unlock window)
# reads key files without it, and that window should appear without waiting for it.


def _seal(wrapping_key: bytes, data_key: bytes, aad: bytes) -> Sealed:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return Sealed(nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, aad))


def _open(wrapping_key: bytes, sealed: Sealed, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except InvalidTag:
        return None


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"workbook-recovery")
    return hkdf.derive(secret)


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise PassphraseRejected()


@dataclass(frozen=True)
class Envelope:
    """Everything in the key file."""

    workbook_id: str
    name: str
    created: datetime
    kdf: KdfParams
    by_passphrase: Sealed
    recovery_salt: bytes
    by_recovery: Sealed

    # -- creating and unwrapping -------------------------------------------------

    @classmethod
    def create(cls, name: str, passphrase: str) -> tuple[Envelope, bytes, str]:
        """A new envelope, its data key, and the recovery key to show the person once."""
        _check_new_passphrase(passphrase)
        workbook_id = str(uuid.uuid4())
        data_key = os.urandom(DATA_KEY_BYTES)
        kdf = calibrate()
        secret, recovery_text = new_recovery_key()
        salt = os.urandom(16)
        envelope = cls(
            workbook_id=workbook_id,
            name=name,
            created=datetime.now(UTC),
            kdf=kdf,
            by_passphrase=_seal(
                derive_key(passphrase, kdf), data_key, _aad(workbook_id, "passphrase")
            ),
            recovery_salt=salt,
            by_recovery=_seal(
                _recovery_wrapping_key(secret, salt), data_key, _aad(workbook_id, "recovery")
            ),
        )
        return envelope, data_key, recovery_text

    def unwrap(self, passphrase: str) -> bytes:
        """The data key, or ``WrongPassphrase`` (decided by the GCM tag; the database is untouched)."""
        key = _open(
            derive_key(passphrase, self.kdf),
            self.by_passphrase,
            _aad(self.workbook_id, "passphrase"),
        )
        if key is None:
            raise WrongPassphrase()
        return key

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        """The data key from the recovery key; typos and wrong keys are told apart."""
        secret = parse_key(recovery_key)
        key = _open(
            _recovery_wrapping_key(secret, self.recovery_salt),
            self.by_recovery,
            _aad(self.workbook_id, "recovery"),
        )
        if key is None:
            raise WrongRecoveryKey()
        return key

    def with_passphrase(self, data_key: bytes, passphrase: str) -> Envelope:
        """The same envelope with the data key re-sealed under a new passphrase (fresh salt)."""
        _check_new_passphrase(passphrase)
        kdf = calibrate()
        sealed = _seal(derive_key(passphrase, kdf), data_key, _aad(self.workbook_id, "passphrase"))
        return replace(self, kdf=kdf, by_passphrase=sealed)

    # -- the file ---------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "workbook_id": self.workbook_id,
            "name": self.name,
            "created": self.created.isoformat(),
            "kdf": self.kdf.to_json(),
            "passphrase": self.by_passphrase.to_json(),
            "recovery": {"salt": _b64(self.recovery_salt), **self.by_recovery.to_json()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Envelope:
        if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a workbook key file")
        return cls(
            workbook_id=str(data["workbook_id"]),
            name=str(data["name"]),
            created=datetime.fromisoformat(data["created"]),
            kdf=KdfParams.from_json(data["kdf"]),
            by_passphrase=Sealed.from_json(data["passphrase"]),
            recovery_salt=base64.b64decode(data["recovery"]["salt"]),
            by_recovery=Sealed.from_json(data["recovery"]),
        )

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2) + "\n").encode("utf-8")

    def write(self, path: Path) -> None:
        """Atomically replace the key file: a crash leaves the old or the new one, whole."""
        atomic_write(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> Envelope:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotAWorkbook(
                "This workbook's key file is missing, so it can't be opened.",
                f"Nothing was changed. Put {path.name} back beside the workbook, or restore "
                "a backup (each backup carries its own copy).",
            ) from None
        try:
            return cls.from_json(json.loads(raw.decode("utf-8")))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise NotAWorkbook(
                "This workbook's key file is damaged, so it can't be opened.",
                "Nothing was changed. Restore a backup; each backup carries its own key file.",
            ) from None
