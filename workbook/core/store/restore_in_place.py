"""Restoring a backup into the open workbook, and the checks every restore makes first.

Opens no workbook (``restoring`` does, for a damaged one or a new computer), so the
open workbook's ``restore_backup`` can use it without an import cycle. Every restore
checks the backup (right workbook, intact, not from a newer app) and the free space
before changing anything; restoring into an open workbook backs up its current state
first, and the person has been told what it loses (``restore_loses``).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from workbook.core.store import backups, migrate
from workbook.core.store.database_copy import copy_database
from workbook.core.store.engine.connection import integrity_problems, raw_connection
from workbook.core.store.errors import CorruptWorkbook, DiskFull, NewerVersion, NotAWorkbook
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.keys.which_key import key_that_opens
from workbook.core.wording.dates import date_time_in_words

if TYPE_CHECKING:
    from workbook.core.store.records import BackupInfo
    from workbook.core.store.unlocked import UnlockedWorkbook
    from workbook.core.store.workbook import Workbook


def backup_revision(path: Path, key: bytes) -> str | None:
    with raw_connection(path, key) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


#: Room beyond the copies themselves: SQLite's -wal/-shm files when the result is opened.
RESTORE_HEADROOM = 1024 * 1024


def need_space(folder: Path, needed: int) -> None:
    """Refuse before writing anything when the disk can't hold what a restore writes."""
    free = shutil.disk_usage(folder).free
    if free < needed + RESTORE_HEADROOM:
        megabytes = max(1, -(-(needed + RESTORE_HEADROOM - free) // (1024 * 1024)))
        raise DiskFull(
            "There isn't enough free space on this disk to restore the backup safely.",
            f"Nothing was changed. Free at least {megabytes} MB on that disk, then try again.",
        )


def check_backup(backup_path: Path, key: bytes, *, damaged_too: bool = False) -> None:
    """The backup is intact, opens with this workbook's key, and isn't from a newer app."""
    problems = integrity_problems(backup_path, key)
    if problems:
        raise CorruptWorkbook(
            f"That backup is {'damaged too' if damaged_too else 'damaged'} ({problems[0]}).",
            "Nothing was changed. Choose an older backup.",
            problems=tuple(problems),
        )
    if backup_revision(backup_path, key) not in migrate.known_revisions():
        raise NewerVersion("That backup was made by a newer version of Workbook.")


def restore_loses(workbook: Workbook, backup: BackupInfo) -> str:
    """What restoring ``backup`` over the open workbook takes away, in one plain paragraph."""
    since = backup.created
    lost = [
        (sum(e.updated_at > since for e in workbook.entries()), "entry", "entries"),
        (sum(c.updated_at > since for c in workbook.checkins()), "check-in", "check-ins"),
        (sum(g.updated_at > since for g in workbook.goals()), "goal", "goals"),
    ]
    parts = [f"{n} {one if n == 1 else many}" for n, one, many in lost if n]
    local = since.astimezone()
    when = date_time_in_words(local, month="long", weekday="long")
    if not parts:
        return (
            f"This puts the workbook back as it was on {when}. Nothing was written or changed "
            "after that, so nothing will be lost."
        )
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return (
        f"This puts the workbook back as it was on {when}. {listed} written or changed after "
        "that will no longer be in it. How things are now is kept as a backup first, so you "
        "can go back."
    )


def restore_into(workbook: UnlockedWorkbook, backup_path: Path) -> BackupInfo:
    """Put a backup's contents into the open workbook, after backing up the current state.

    The caller has shown ``restore_loses`` and the person chose to go ahead. On any
    failure (a full disk included) the workbook is as it was: the safety backup is
    written first, and the contents go in through SQLite in one transaction.
    """
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
    check_backup(backup_path, backup_key)
    # The safety backup (as big as the workbook) plus the restored pages in the WAL.
    need_space(files.folder, files.db.stat().st_size + backup_path.stat().st_size)
    before = backups.take_backup(workbook, "pre-restore")
    # Through SQLite into the live file (not a file copy): one transaction, so a crash
    # leaves the old or the restored contents; an older backup is re-encrypted as it goes.
    copy_database(backup_path, backup_key, files.db, key, live=True)
    if migrate.needs_upgrade(workbook._engine) is not None:
        migrate.upgrade(workbook._engine)
    return before
