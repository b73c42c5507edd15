"""Putting backups back: into an open workbook, over a damaged one, or onto a new computer.

Every path checks the backup (right workbook, intact, not from a newer app) before
changing anything, and keeps what it replaces: an open workbook is backed up first,
a damaged file is renamed aside, never deleted.

A restore can't make things worse. The free space it needs is checked first; over a
damaged file, the restored copy is written beside it, synced and verified (intact,
opens with the key) before anything is moved, and a failure at any step leaves the
current file exactly where and what it was. ``restore_damaged`` refuses a workbook
that isn't damaged: replacing a healthy one happens only from an open workbook
(``restore_in_place.restore_into``), after the person has been told what it loses.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC
from pathlib import Path

from workbook.core.store import clock
from workbook.core.store.database_copy import copy_database
from workbook.core.store.engine.connection import integrity_problems
from workbook.core.store.errors import DiskError, StoreError
from workbook.core.store.failures import translated
from workbook.core.store.fsutil import fsync_dir, make_private_dir, touch_private
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.keys.which_key import key_that_opens
from workbook.core.store.layout import DB_NAME, STAGED_PREFIX, WorkbookFiles, new_folder
from workbook.core.store.opening import _lock, _unlock, open_workbook, recover_workbook
from workbook.core.store.restore_in_place import backup_revision, check_backup, need_space
from workbook.core.store.workbook import Workbook


def import_backup(
    backup_path: Path | str,
    *,
    recovery_key: str | None = None,
    passphrase: str | None = None,
    new_passphrase: str | None = None,
) -> Workbook:
    """Make a new workbook on this computer from a backup file and its .key copy.

    With the recovery key, ``new_passphrase`` becomes the passphrase; with the
    passphrase that was in use when the backup was made, it simply opens.
    """
    source = Path(backup_path)
    sidecar = source.with_suffix(".key")
    envelope = Envelope.read(sidecar)
    # Check the key before copying anything, so a wrong key leaves no stray folder.
    if recovery_key is not None:
        envelope.unwrap_recovery(recovery_key)
    elif passphrase is not None:
        envelope.unwrap(passphrase)
    else:
        raise ValueError("a recovery key or a passphrase is needed to import a backup")
    folder = new_folder(envelope.name)
    make_private_dir(folder.parent)
    folder.mkdir(mode=0o700)
    files = WorkbookFiles(folder, folder / DB_NAME)
    try:
        touch_private(files.db)
        shutil.copyfile(source, files.db)
        envelope.write(files.envelope)
        if recovery_key is not None:
            return recover_workbook(folder, recovery_key, new_passphrase or "")
        assert passphrase is not None
        return open_workbook(folder, passphrase)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def restore_damaged(path: Path | str, passphrase: str, backup_path: Path | str) -> Workbook:
    """Replace a workbook that won't open because it is damaged with one of its backups.

    Refused (nothing changed) when the workbook isn't damaged: a full disk, a
    read-only folder or another program's lock is named instead, and a healthy
    workbook is restored from inside, where the person is told what it loses. The
    damaged file is kept beside it, renamed, never deleted: it is still the person's
    data, and someone may be able to rescue more from it later.
    """
    files = WorkbookFiles.at(path)
    envelope = Envelope.read(files.envelope)
    backup = Path(backup_path)
    lock = _lock(files)
    try:
        data_key = envelope.unwrap(passphrase)
        keys = (data_key, *envelope.retired_keys(data_key))
        with translated(files.folder):
            if files.db.is_file() and not integrity_problems(files.db, data_key):
                raise NotDamaged()
            backup_key = key_that_opens(backup, keys) or data_key
            check_backup(backup, backup_key, damaged_too=True)
            staged = _staged_copy(files, backup, data_key, backup_key)
            try:
                _swap_in(files, staged)
            finally:
                _remove_staged(staged)
        return _unlock(files, envelope, data_key, lock)
    except BaseException:
        lock.release()
        raise


class NotDamaged(StoreError):
    """restore_damaged was asked to replace a workbook that passes its integrity check."""

    message = "This workbook isn't damaged, so it wasn't replaced."
    advice = (
        "Nothing was changed. Open it and restore a backup from there: you will see what the "
        "restore would take away, and how things are now is backed up first."
    )


def _staged_copy(files: WorkbookFiles, backup: Path, data_key: bytes, backup_key: bytes) -> Path:
    """The backup copied beside the workbook, synced and verified; nothing else touched.

    A backup made before a passphrase change (``backup_key`` is a retired key) is
    re-encrypted under the current ``data_key`` as it is copied.
    """
    need_space(files.folder, backup.stat().st_size)
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    staged = files.folder / f"{STAGED_PREFIX}{stamp}.db"
    try:
        copy_database(backup, backup_key, staged, data_key)
        fsync_dir(files.folder)
        problems = integrity_problems(staged, data_key)
        if problems or backup_revision(staged, data_key) is None:
            raise DiskError(
                "The restored copy didn't read back correctly, so nothing was replaced.",
            )
    except BaseException:
        _remove_staged(staged)
        raise
    return staged


def _remove_staged(staged: Path) -> None:
    for part in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        part.unlink(missing_ok=True)


def _swap_in(files: WorkbookFiles, staged: Path) -> None:
    """Move the damaged files aside and the verified copy into place; undo on failure."""
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved: list[tuple[Path, Path]] = []
    try:
        for part in (files.db, *files.sidecars):
            if part.exists():
                aside = part.with_name(part.name.replace(".db", f".damaged-{stamp}.db"))
                os.replace(part, aside)
                moved.append((part, aside))
        os.replace(staged, files.db)
    except BaseException:
        for part, aside in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(aside, part)
        raise
    fsync_dir(files.folder)
