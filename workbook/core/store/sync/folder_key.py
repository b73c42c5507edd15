"""The sealed key file that travels in the sync folder, so another computer can join.

It is the same ``workbook.key`` as beside the database: the data key sealed under
the passphrase and to the recovery key, never in the clear. Only its display name
differs: the folder's copy says ``FOLDER_NAME``, because the name a person gives a
workbook (often their own) is in the clear in a key file and a synced folder
should reveal nothing; the real name travels sealed in the change files instead. After a passphrase
change the computer that made it puts its new key file in the folder; the others
notice that the folder's key file no longer belongs to their data key and ask for
the new passphrase.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from enum import Enum
from pathlib import Path

from workbook.core.store.fsutil import atomic_write
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.sync.errors import OtherWorkbookFolder

KEY_FILE = "workbook.key"
#: the display name in the folder's key file (see the module docstring)
FOLDER_NAME = "Workbook"


class KeyState(Enum):
    SAME = "same"  # the folder's key file seals this computer's data key
    MISSING = "missing"
    OURS_NEWER = "ours newer"  # it seals a data key this computer has since replaced
    THEIRS_NEWER = "theirs newer"  # another computer changed the passphrase


def path_in(folder: Path) -> Path:
    return folder / KEY_FILE


def read(folder: Path) -> Envelope | None:
    path = path_in(folder)
    return Envelope.read(path) if path.is_file() else None


def fingerprint(folder: Path) -> str | None:
    path = path_in(folder)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def state(folder: Path, ours: Envelope, data_key: bytes, last_seen: str | None) -> KeyState:
    """How the folder's key file relates to this computer's. ``last_seen`` is the
    fingerprint of the folder's key file when this computer last synced."""
    theirs = read(folder)
    if theirs is None:
        return KeyState.MISSING
    if theirs.workbook_id != ours.workbook_id:
        raise OtherWorkbookFolder()
    if theirs.recovery_intact(data_key):
        return KeyState.SAME
    if last_seen is not None and fingerprint(folder) == last_seen:
        return KeyState.OURS_NEWER  # the folder is as this computer left it
    if any(theirs.recovery_intact(old) for old in ours.retired_keys(data_key)):
        return KeyState.OURS_NEWER
    return KeyState.THEIRS_NEWER


def publish(folder: Path, local_key_file: Path) -> None:
    """Put this computer's key file in the folder, under the neutral name (atomically:
    never half a key file)."""
    envelope = Envelope.read(local_key_file)
    atomic_write(path_in(folder), replace(envelope, name=FOLDER_NAME).to_bytes())
