"""Encrypted backups made with SQLite's online backup API, and restoring them.

A backup is a consistent copy of the live database (never a file copy of a file in
use), encrypted with the same data key, plus a copy of the envelope so it can be
opened on another computer with the passphrase of the day or the recovery key.
On unlock at most one a day is made; the last 7 are kept, plus the latest one taken
before each migration.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from workbook.core.store import clock, migrate
from workbook.core.store.database_copy import copy_database
from workbook.core.store.engine.connection import integrity_problems
from workbook.core.store.errors import SaveFailed
from workbook.core.store.failures import classify, translated
from workbook.core.store.fsutil import (
    atomic_write,
    fsync_dir,
    make_private_dir,
)
from workbook.core.store.keys.which_key import key_that_opens
from workbook.core.store.layout import WorkbookFiles
from workbook.core.store.models import BackupRecord
from workbook.core.store.records import BackupInfo

if TYPE_CHECKING:
    from workbook.core.store.unlocked import UnlockedWorkbook

KEEP_ROLLING = 7
DAILY = timedelta(hours=24)
KINDS = ("daily", "manual", "pre-migration", "pre-restore")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(
    files: WorkbookFiles,
    data_key: bytes,
    envelope_json: dict[str, Any],
    kind: str,
    schema_revision: str | None,
    moment: datetime,
) -> BackupInfo:
    """Copy the live database into ``backups/`` and return what was written.

    The copy is written under a temporary name, synced, then renamed, so a crash part
    way never leaves a half backup that looks whole.
    """
    assert kind in KINDS
    make_private_dir(files.backups)
    target = files.backups / f"{_stamp(moment)}-{kind}.db"
    partial = target.with_name(f".partial-{target.name}")
    partial.unlink(missing_ok=True)
    try:
        copy_database(files.db, data_key, partial, data_key)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sidecar = {
        **envelope_json,
        "backup": {
            "kind": kind,
            "created": moment.astimezone(UTC).isoformat(),
            "schema_revision": schema_revision,
        },
    }
    atomic_write(target.with_suffix(".key"), (json.dumps(sidecar, indent=2) + "\n").encode())
    fsync_dir(files.backups)
    return _info(target)


def _info(path: Path) -> BackupInfo:
    meta: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        meta = json.loads(path.with_suffix(".key").read_text("utf-8")).get("backup", {})
    kind = str(meta.get("kind") or path.stem.rpartition("Z-")[2] or "daily")
    try:
        created = datetime.fromisoformat(str(meta["created"]))
    except (KeyError, ValueError):
        created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(
        path=path,
        created=created,
        kind=kind,
        schema_revision=meta.get("schema_revision"),
        size=path.stat().st_size,
    )


def list_backups(files: WorkbookFiles) -> list[BackupInfo]:
    """Backups on disk, newest first."""
    if not files.backups.is_dir():
        return []
    found = [
        _info(path)
        for path in files.backups.glob("*.db")
        if not path.name.startswith(".") and path.with_suffix(".key").exists()
    ]
    return sorted(found, key=lambda b: b.created, reverse=True)


def prune(files: WorkbookFiles) -> list[Path]:
    """Delete all but the last 7 rolling backups and the latest pre-migration one."""
    backups = list_backups(files)
    rolling = [b for b in backups if b.kind != "pre-migration"]
    migration = [b for b in backups if b.kind == "pre-migration"]
    doomed = rolling[KEEP_ROLLING:] + migration[1:]
    for backup in doomed:
        backup.path.unlink(missing_ok=True)
        backup.path.with_suffix(".key").unlink(missing_ok=True)
    return [b.path for b in doomed]


def due(files: WorkbookFiles, moment: datetime) -> bool:
    """True when no backup has been made in the last day."""
    backups = list_backups(files)
    return not backups or moment - backups[0].created >= DAILY


def newest_good(files: WorkbookFiles, keys: Sequence[bytes]) -> BackupInfo | None:
    """The newest backup that passes its integrity check (offered when the workbook is damaged).

    ``keys`` are the workbook's data key and those retired by passphrase changes: a
    backup keeps the key of its day.
    """
    for backup in list_backups(files):
        key = key_that_opens(backup.path, keys)
        if key is not None and not integrity_problems(backup.path, key):
            return backup
    return None


def take_backup(workbook: UnlockedWorkbook, kind: str) -> BackupInfo:
    """Back up ``workbook`` now, note it in the workbook, and prune old backups."""
    files, key, engine = workbook._files, workbook._data_key, workbook._engine
    with engine.connect() as conn:
        revision = migrate.current_revision(conn)
    moment = clock.now()
    try:
        info = make_backup(files, key, workbook._envelope.to_json(), kind, revision, moment)
    except Exception as error:
        mapped = classify(error, files.folder)
        raise (mapped or SaveFailed("The backup couldn't be written.")) from error
    with translated(files.folder), engine.begin() as conn:
        conn.execute(
            insert(BackupRecord).values(
                filename=info.path.name, kind=kind, created_at=moment, schema_revision=revision
            )
        )
    prune(files)
    return info
