"""Re-encrypting the database under a new data key so that a crash leaves old or new, never neither.

Two files must change together: the database (encrypted with the data key) and
the key file (which seals it). Neither rename can include the other, so the order
makes one step the commit point:

1. a complete copy of the database under the new key is written beside it
   (``.workbook.db.rekey``), synced and checked; the live files are untouched;
2. the new key file replaces the old one atomically - the commit point;
3. the copy is renamed over the database.

Killed before 2, the old key file opens the old database and the copy is deleted
at the next unlock. Killed after 2, only the new passphrase (or the recovery key)
opens the key file, its data key opens the copy but not the database, and the
next unlock finishes step 3. The key that was unwrapped decides which, by trying
it: nothing else needs to be written down.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from workbook.core.store.backups import list_backups
from workbook.core.store.database_copy import copy_database
from workbook.core.store.engine.connection import integrity_problems, raw_connection
from workbook.core.store.errors import SaveFailed, StaleKeyFile
from workbook.core.store.fsutil import fsync_dir
from workbook.core.store.keys.slots import DATA_KEY_BYTES
from workbook.core.store.keys.which_key import key_that_opens
from workbook.core.store.keys.which_key import opens as _opens
from workbook.core.store.layout import WorkbookFiles

if TYPE_CHECKING:
    from workbook.core.store.keys.envelope import Envelope
    from workbook.core.store.unlocked import UnlockedWorkbook


PAGE_SIZE = 4096  # SQLCipher 4's default, which every workbook uses


def pending_path(files: WorkbookFiles) -> Path:
    """Where the re-encrypted copy waits (a dot name: never listed, never a backup)."""
    return files.folder / f".{files.db.name}.rekey"


def _remove_with_sidecars(path: Path) -> None:
    for part in (path, *(Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        part.unlink(missing_ok=True)


def discard_pending(files: WorkbookFiles) -> None:
    _remove_with_sidecars(pending_path(files))


def write_copy(files: WorkbookFiles, old_key: bytes, new_key: bytes) -> None:
    """Step 1: the whole database, re-encrypted under ``new_key``, synced beside the live one.

    Every connection to the database must be closed (the caller holds the workbook's
    lock and mutex), so nothing is written to it between this copy and the swap.
    """
    pending = pending_path(files)
    discard_pending(files)
    try:
        # Read through SQLCipher's codec with one key, written with the other: a
        # page-by-page re-encryption, headers and user_version kept.
        copy_database(files.db, old_key, pending, new_key)
        fsync_dir(files.folder)
        problems = integrity_problems(pending, new_key)
    except BaseException:
        discard_pending(files)
        raise
    if problems:
        discard_pending(files)
        raise SaveFailed(
            "The re-encrypted copy of your workbook didn't check out, so the passphrase "
            "wasn't changed.",
            "Your old passphrase still opens this workbook. Try again.",
        )


def swap_in(files: WorkbookFiles) -> None:
    """Step 3: the re-encrypted copy becomes the database (the key file already matches it)."""
    pending = pending_path(files)
    # Any -wal/-shm belong to the old encryption; the copy already holds their contents.
    for sidecar in files.sidecars:
        sidecar.unlink(missing_ok=True)
    os.replace(pending, files.db)
    fsync_dir(files.folder)
    _remove_with_sidecars(pending)


def reconcile(files: WorkbookFiles, data_key: bytes) -> None:
    """At unlock, before the integrity check: settle an interrupted change, then make sure
    the key file belongs to this database (``StaleKeyFile`` if not)."""
    finish_interrupted(files, data_key)
    if _opens(files.db, data_key) is False and _every_page_fails(files.db, data_key):
        raise StaleKeyFile()


def _every_page_fails(path: Path, key: bytes) -> bool:
    """True when no page authenticates under ``key``: another key, not a damaged page or two."""
    try:
        with raw_connection(path, key) as conn:
            failures = sum(1 for _ in conn.execute("PRAGMA cipher_integrity_check"))
    except (sqlcipher3.Error, OSError):
        return False
    pages = path.stat().st_size // PAGE_SIZE
    return pages > 1 and failures >= pages


def finish_interrupted(files: WorkbookFiles, data_key: bytes) -> None:
    """At unlock: roll an interrupted passphrase change back or forward to match the key file.

    ``data_key`` came from the key file as it is now. If it opens the database, the
    change never reached its commit point and the copy is stale. If it opens only
    the copy, the key file was replaced and the copy must take the database's place.
    """
    pending = pending_path(files)
    if not pending.exists():
        return
    live = _opens(files.db, data_key)
    if live:
        discard_pending(files)
    elif live is False and _opens(pending, data_key):
        swap_in(files)
    # Otherwise nothing is certain: leave both files for the integrity check to report.


def still_needed(files: WorkbookFiles, keys: Sequence[bytes]) -> list[bytes]:
    """The keys among ``keys`` that some backup on disk is encrypted with."""
    needed = {key_that_opens(backup.path, keys) for backup in list_backups(files)}
    return [key for key in keys if key in needed]


def rekey(
    workbook: UnlockedWorkbook,
    passphrase: str,
    *,
    recovery_secret: bytes | None = None,
    still_works: str = "Your old passphrase still opens this workbook.",
) -> str | None:
    """Give ``workbook`` a new data key sealed under ``passphrase``; the new recovery key's
    text if one had to be made. The workbook stays open, under whichever key won."""
    new_key = os.urandom(DATA_KEY_BYTES)
    # Calibration and Argon2 take seconds: done before taking the workbook's lock, so
    # saves from other threads aren't held up by them.
    slot = workbook._envelope.passphrase_slot(new_key, passphrase)
    with workbook._mutex:
        if workbook.closed:
            raise RuntimeError("this workbook has been closed")
        files, old_key, envelope = workbook._files, workbook._data_key, workbook._envelope
        retired = still_needed(files, workbook.backup_keys)
        updated, recovery_text = envelope.rekeyed(
            old_key, new_key, slot, recovery_secret=recovery_secret, retired=retired
        )
        switch_key(workbook, new_key, updated, still_works)
    return recovery_text


def switch_key(
    workbook: UnlockedWorkbook, new_key: bytes, updated: Envelope, still_works: str
) -> None:
    """Re-encrypt the open ``workbook`` under ``new_key`` sealed by ``updated`` (the key
    file), crash-safely; also used when another computer's passphrase change arrives."""
    with workbook._mutex:
        files, old_key, envelope = workbook._files, workbook._data_key, workbook._envelope
        workbook._release_connections()
        try:
            _commit(files, updated, old_key, new_key, still_works)
        except BaseException:
            workbook._attach(old_key, envelope)
            raise
        try:
            swap_in(files)
        except OSError as error:
            # Committed: the next unlock finishes the swap (see finish_interrupted).
            workbook.close()
            raise SaveFailed(
                "Your new passphrase is set, but the workbook has to be unlocked again to "
                "finish the change.",
                "Unlock it with your new passphrase. Nothing you wrote was lost.",
            ) from error
        workbook._attach(new_key, updated)


def _commit(
    files: WorkbookFiles, updated: Envelope, old_key: bytes, new_key: bytes, still_works: str
) -> None:
    """Steps 1 and 2; on failure the old key file and database are as they were."""
    try:
        write_copy(files, old_key, new_key)
    except (OSError, sqlcipher3.Error) as error:
        raise SaveFailed(
            "The new passphrase couldn't be saved.",
            f"{still_works} Changing it needs free space for a second copy of the "
            "workbook; free some space and try again.",
        ) from error
    try:
        updated.write(files.envelope)
    except OSError as error:
        with contextlib.suppress(OSError):
            if files.envelope.read_bytes() == updated.to_bytes():
                return  # replaced after all (only the folder sync failed): committed
        discard_pending(files)
        raise SaveFailed(
            "The new passphrase couldn't be saved.", f"{still_works} Check the disk and try again."
        ) from error
