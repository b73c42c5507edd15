"""The envelope: the workbook's data key, wrapped twice, in a small JSON file beside the database.

A random 256-bit data key opens the database (as a raw SQLCipher key). It is never
stored in the clear: it is sealed with AES-256-GCM under a key derived from the
passphrase (Argon2id), and sealed to the recovery key's X25519 public key (see
recovery_box). Changing the passphrase makes a new data key (rekey.py re-encrypts
the database with it) and seals that one the same two ways; the recovery key stays
the same. Older data keys are kept sealed under the new one, so the workbook can
still check and restore backups made before the change.

The file also carries what the unlock screen shows before any key is known: the
workbook's display name and creation time. Nothing a person wrote is ever in it.
Every value is checked on reading (see fields.py); each slot is read on its own.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbook.core.store.errors import (
    KeyFileDamaged,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryKey,
)
from workbook.core.store.fsutil import atomic_write
from workbook.core.store.keys import recovery_box
from workbook.core.store.keys.fields import BadField, section
from workbook.core.store.keys.header import FORMAT, FORMAT_VERSION, load_key_file, parse_header
from workbook.core.store.keys.kdf import calibrate, derive_key
from workbook.core.store.keys.recovery import new_recovery_key, parse_key
from workbook.core.store.keys.slots import (
    DATA_KEY_BYTES,
    SALT_BYTES,
    LegacyRecoverySlot,
    PassphraseSlot,
    RecoverySlot,
    RetiredKeys,
)

log = logging.getLogger(__name__)


def passphrase_part_damaged() -> KeyFileDamaged:
    return KeyFileDamaged(
        "The passphrase part of this workbook's key file is damaged, so no passphrase can "
        "be checked against it.",
        "Nothing was changed, and your passphrase is probably right. Use your recovery key "
        "to set a new passphrase, or restore a backup (each backup carries its own key file).",
    )


def recovery_part_damaged() -> KeyFileDamaged:
    return KeyFileDamaged(
        "The recovery part of this workbook's key file is damaged, so no recovery key can "
        "be checked against it.",
        "Nothing was changed. Unlock with your passphrase instead; Workbook will then offer "
        "to make a new recovery key.",
    )


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise PassphraseRejected()


def _new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


@dataclass(frozen=True)
class Envelope:
    """Everything in the key file. A slot is None when it was found damaged on reading."""

    workbook_id: str
    name: str
    created: datetime
    passphrase: PassphraseSlot | None
    recovery: RecoverySlot | LegacyRecoverySlot | None
    retired: RetiredKeys | None = None
    version: int = FORMAT_VERSION
    #: What reading found damaged, for logs and tests (never shown as a traceback).
    problems: tuple[str, ...] = ()

    # -- creating -------------------------------------------------------------------------

    @classmethod
    def create(cls, name: str, passphrase: str) -> tuple[Envelope, bytes, str]:
        """A new envelope, its data key, and the recovery key to show the person once."""
        _check_new_passphrase(passphrase)
        blank = cls(str(uuid.uuid4()), name, datetime.now(UTC), None, None)
        data_key = _new_data_key()
        slot = blank.passphrase_slot(data_key, passphrase)
        envelope, recovery_text = blank.rekeyed(data_key, data_key, slot)
        assert recovery_text is not None
        return envelope, data_key, recovery_text

    def passphrase_slot(self, data_key: bytes, passphrase: str) -> PassphraseSlot:
        """``data_key`` sealed under ``passphrase`` (the slow part: calibration and Argon2)."""
        _check_new_passphrase(passphrase)
        kdf = calibrate()  # re-tuned for this computer whenever a passphrase is set
        return PassphraseSlot.seal(self.workbook_id, derive_key(passphrase, kdf), kdf, data_key)

    def _recovery_slot(
        self, old_key: bytes, new_key: bytes, secret: bytes | None
    ) -> tuple[RecoverySlot, str | None]:
        """A recovery slot for ``new_key``, and the new recovery key's text if one was needed."""
        recovery_text = None
        current = self.recovery
        if (
            secret is None
            and isinstance(current, RecoverySlot)
            and current.intact(self.workbook_id, old_key)
        ):
            slot = RecoverySlot.seal(self.workbook_id, current.salt, current.public_key, new_key)
            return slot, None
        if secret is None:
            # A version-1 slot can't be re-sealed without the recovery key itself, and a
            # damaged one must not be trusted: the person gets a new key and sheet.
            secret, recovery_text = new_recovery_key()
        salt = os.urandom(SALT_BYTES)
        public = recovery_box.public_key(secret, salt)
        return RecoverySlot.seal(self.workbook_id, salt, public, new_key), recovery_text

    def rekeyed(
        self,
        old_key: bytes,
        new_key: bytes,
        passphrase: PassphraseSlot,
        *,
        recovery_secret: bytes | None = None,
        retired: Sequence[bytes] = (),
    ) -> tuple[Envelope, str | None]:
        """This workbook's envelope for a new data key sealed in ``passphrase`` (see
        ``passphrase_slot``, made beforehand because it is slow).

        The recovery key is kept (re-sealed to its public key, or from
        ``recovery_secret`` when the person just typed it); the recovery key's text
        is returned only when a new one had to be made. ``retired`` are the older
        data keys backups may still need.
        """
        recovery, recovery_text = self._recovery_slot(old_key, new_key, recovery_secret)
        envelope = replace(
            self,
            passphrase=passphrase,
            recovery=recovery,
            retired=RetiredKeys.seal(self.workbook_id, new_key, retired) if retired else None,
            version=FORMAT_VERSION,
            problems=(),
        )
        return envelope, recovery_text

    def with_new_recovery_key(self, data_key: bytes) -> tuple[Envelope, str]:
        """The same envelope with a fresh recovery key (for a damaged or lost one)."""
        secret, recovery_text = new_recovery_key()
        salt = os.urandom(SALT_BYTES)
        slot = RecoverySlot.seal(
            self.workbook_id, salt, recovery_box.public_key(secret, salt), data_key
        )
        return replace(self, recovery=slot, version=FORMAT_VERSION, problems=()), recovery_text

    # -- unwrapping -----------------------------------------------------------------------

    def unwrap(self, passphrase: str) -> bytes:
        """The data key, or ``WrongPassphrase`` (decided by the GCM tag; the database is untouched)."""
        if self.passphrase is None:
            raise passphrase_part_damaged()
        key = self.passphrase.open(self.workbook_id, derive_key(passphrase, self.passphrase.kdf))
        if key is None:
            raise WrongPassphrase()
        return key

    def recovery_secret(self, recovery_key: str) -> bytes:
        """The secret in a typed recovery key, once it is known to open this workbook."""
        secret = parse_key(recovery_key)
        self._open_recovery(secret)
        return secret

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        """The data key from the recovery key; typos and wrong keys are told apart."""
        return self._open_recovery(parse_key(recovery_key))

    def _open_recovery(self, secret: bytes) -> bytes:
        if self.recovery is None:
            raise recovery_part_damaged()
        key = self.recovery.open(self.workbook_id, secret)
        if key is None:
            raise WrongRecoveryKey()
        return key

    def recovery_intact(self, data_key: bytes) -> bool:
        """Whether the recovery slot is whole and belongs with ``data_key`` (checked at unlock)."""
        return self.recovery is not None and self.recovery.intact(self.workbook_id, data_key)

    def retired_keys(self, data_key: bytes) -> tuple[bytes, ...]:
        """Data keys from before passphrase changes (backups made then need them)."""
        return () if self.retired is None else self.retired.open(self.workbook_id, data_key)

    # -- the file -------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        if self.passphrase is None or self.recovery is None:
            raise ValueError("a key file with a damaged slot is never written back")
        kdf, passphrase = self.passphrase.to_json(self.workbook_id)
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "workbook_id": self.workbook_id,
            "name": self.name,
            "created": self.created.isoformat(),
            "kdf": kdf,
            "passphrase": passphrase,
            "recovery": self.recovery.to_json(self.workbook_id),
        }
        if self.version == 1:
            del data["passphrase"]["check"]  # a version-1 copy stays readable by version 1
        if self.retired is not None:
            data["retired"] = self.retired.to_json()
        return data

    @classmethod
    def from_json(cls, data: Any) -> Envelope:
        """The envelope in ``data``; ``KeyFileDamaged`` or ``NewerVersion`` when it can't be."""
        header = parse_header(data)
        workbook_id, version = header.workbook_id, header.version
        problems: list[str] = []
        passphrase: PassphraseSlot | None = None
        try:
            passphrase = PassphraseSlot.from_json(
                workbook_id,
                section(data, "kdf"),
                section(data, "passphrase"),
                checked=version >= 2,
            )
        except BadField as error:
            problems.append(f"passphrase slot: {error}")
        recovery: RecoverySlot | LegacyRecoverySlot | None = None
        slot_type = RecoverySlot if version >= 2 else LegacyRecoverySlot
        try:
            recovery = slot_type.from_json(workbook_id, section(data, "recovery"))
        except BadField as error:
            problems.append(f"recovery slot: {error}")
        retired = None
        if "retired" in data:
            try:
                retired = RetiredKeys.from_json(section(data, "retired"))
            except BadField as error:
                problems.append(f"retired keys: {error}")
        for problem in problems:
            log.warning("key file damaged: %s", problem)
        return cls(
            workbook_id,
            header.name,
            header.created,
            passphrase,
            recovery,
            retired,
            version,
            tuple(problems),
        )

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2) + "\n").encode("utf-8")

    def write(self, path: Path) -> None:
        """Atomically replace the key file: a crash leaves the old or the new one, whole."""
        atomic_write(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> Envelope:
        return cls.from_json(load_key_file(path))
