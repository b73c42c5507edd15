"""Joining: a second computer builds its own copy of a workbook from the sync folder.

The folder carries the sealed key file, so the passphrase (or the recovery key)
is all the new computer needs: it unseals the data key, makes an empty local
database under it with a device id of its own, and merges every journal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbook.core.store.errors import NewerVersion, NotAWorkbook
from workbook.core.store.registry import list_workbooks
from workbook.core.store.sync import engine, folder_key
from workbook.core.store.sync.errors import AlreadyHere, SyncError

if TYPE_CHECKING:
    from workbook.core.store.workbook import Workbook


def join(
    folder: Path,
    device_name: str,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> tuple[Workbook, engine.SyncReport]:
    """This computer's copy of the workbook synced through ``folder``, open and merged."""
    from workbook.core.store.keys.envelope import Envelope
    from workbook.core.store.opening import create_with_key

    folder = folder.expanduser().resolve()
    envelope = folder_key.read(folder) if folder.is_dir() else None
    if envelope is None:
        raise SyncError(
            "There's no workbook in that sync folder.",
            "Choose the folder the other computer syncs (it holds a workbook.key file and a "
            "journal folder), and wait until the sync tool has finished copying it.",
        )
    for info in list_workbooks():
        try:
            here = Envelope.read(info.path / "workbook.key")
        except (NotAWorkbook, NewerVersion):  # an unreadable neighbour is not this one
            continue
        if here.workbook_id == envelope.workbook_id:
            raise AlreadyHere()
    if passphrase is not None:
        data_key = envelope.unwrap(passphrase)
    elif recovery_key is not None:
        data_key = envelope.unwrap_recovery(recovery_key)
    else:
        raise ValueError("a passphrase or a recovery key is needed to join")
    workbook = create_with_key(envelope, data_key)
    try:
        engine.configure(workbook, folder, device_name)
        report = engine.sync_now(workbook)
    except BaseException:
        workbook.close()
        raise
    return workbook, report


def join_with_secret(
    folder: Path, device_name: str, secret: str
) -> tuple[Workbook, engine.SyncReport]:
    """``join`` with what the person typed: their passphrase, or their recovery key (tried
    when the passphrase doesn't fit and the text has a recovery key's shape)."""
    from workbook.core.store.errors import MistypedRecoveryKey, WrongPassphrase
    from workbook.core.store.keys.recovery import parse_key

    try:
        return join(folder, device_name, passphrase=secret)
    except WrongPassphrase:
        try:
            parse_key(secret)
        except (MistypedRecoveryKey, ValueError):
            raise WrongPassphrase() from None
        return join(folder, device_name, recovery_key=secret)
