"""Putting backups back: into an open workbook, over a damaged one, or onto a new computer.

Every path checks the backup (right workbook, intact, not from a newer app) before
changing anything, and keeps what it replaces: an open workbook is backed up first,
a damaged file is renamed aside, never deleted.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC
from pathlib import Path

from workbook.core.store import backups, clock, migrate
from workbook.core.store.engine.connection import integrity_problems, raw_connection
from workbook.core.store.errors import CorruptWorkbook, NewerVersion, NotAWorkbook
from workbook.core.store.fsutil import fsync_dir, make_private_dir, touch_private
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.keys.rekey import key_that_opens
from workbook.core.store.layout import DB_NAME, WorkbookFiles, new_folder
from workbook.core.store.opening import _lock, _unlock, open_workbook, recover_workbook
from workbook.core.store.records import BackupInfo
from workbook.core.store.unlocked import UnlockedWorkbook
from workbook.core.store.workbook import Workbook


def _backup_revision(path: Path, key: bytes) -> str | None:
    with raw_connection(path, key) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def restore_into(workbook: UnlockedWorkbook, backup_path: Path) -> BackupInfo:
    """Put a backup's contents into the open workbook, after backing up the current state."""
    files, key = workbook._files, workbook._data_key
    if not backup_path.is_file():
        raise NotAWorkbook("That backup file isn't there.", "Choose another backup from the list.")
    sidecar = backup_path.with_suffix(".key")
    if sidecar.is_file() and Envelope.read(sidecar).workbook_id != workbook._envelope.workbook_id:
        raise NotAWorkbook(
            "That backup belongs to a different workbook.",
            "Nothing was changed. Open that workbook instead, or choose another backup.",
        )
    backup_key = key_that_opens(backup_path, workbook.backup_keys) or key
    problems = integrity_problems(backup_path, backup_key)
    if problems:
        raise CorruptWorkbook(
            f"That backup is damaged ({problems[0]}).",
            "Nothing was changed. Choose an older backup.",
            problems=tuple(problems),
        )
    revision = _backup_revision(backup_path, backup_key)
    if revision not in migrate.known_revisions():
        raise NewerVersion("That backup was made by a newer version of Workbook.")
    before = backups.take_backup(workbook, "pre-restore")
    backups.copy_into(backup_path, files.db, key, source_key=backup_key)
    if migrate.needs_upgrade(workbook._engine) is not None:
        migrate.upgrade(workbook._engine)
    return before


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
    """Replace a workbook that won't open (damaged) with one of its backups, then open it.

    The damaged file is kept beside it, renamed, never deleted: it is still the
    person's data, and someone may be able to rescue more from it later.
    """
    files = WorkbookFiles.at(path)
    envelope = Envelope.read(files.envelope)
    backup = Path(backup_path)
    lock = _lock(files)
    try:
        data_key = envelope.unwrap(passphrase)
        keys = (data_key, *envelope.retired_keys(data_key))
        backup_key = key_that_opens(backup, keys) or data_key
        problems = integrity_problems(backup, backup_key)
        if problems:
            raise CorruptWorkbook(
                f"That backup is damaged too ({problems[0]}).",
                "Nothing was changed. Choose an older backup.",
                problems=tuple(problems),
            )
        stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        for part in (files.db, *files.sidecars):
            if part.exists():
                os.replace(part, part.with_name(part.name.replace(".db", f".damaged-{stamp}.db")))
        touch_private(files.db)
        if backup_key == data_key:
            shutil.copyfile(backup, files.db)
        else:  # made before a passphrase change: re-encrypt under the current key
            backups.copy_into(backup, files.db, data_key, source_key=backup_key)
        with files.db.open("rb+") as handle:
            os.fsync(handle.fileno())
        fsync_dir(files.folder)
        return _unlock(files, envelope, data_key, lock)
    except BaseException:
        lock.release()
        raise
