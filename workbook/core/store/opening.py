"""Creating, unlocking and recovering workbooks, and the backup steps that go with opening.

Order matters for "change nothing on failure": the key file is read and the
passphrase checked against its AES-GCM tag before the database is touched, so a
wrong passphrase leaves the database byte-identical. The database is integrity
checked before anything is written, and a workbook from a newer app is refused
before any migration could run.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from sqlalchemy import Engine, insert, text

from workbook import __version__
from workbook.core.store import backups, clock, migrate
from workbook.core.store.engine.connection import (
    integrity_problems,
    looks_like_plain_sqlite,
    make_engine,
)
from workbook.core.store.errors import (
    CorruptWorkbook,
    NotAWorkbook,
    SaveFailed,
    StoreError,
)
from workbook.core.store.failures import classify, translated
from workbook.core.store.fsutil import make_private_dir, touch_private
from workbook.core.store.keys import rekey
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.layout import DB_NAME, STAGED_PREFIX, WorkbookFiles, new_folder
from workbook.core.store.locking import WorkbookLock
from workbook.core.store.models import WorkbookMeta
from workbook.core.store.program_ref import fingerprint
from workbook.core.store.workbook import Workbook

log = logging.getLogger(__name__)


def _check_database_file(files: WorkbookFiles) -> None:
    """Refuse what isn't an encrypted workbook database, without writing to it."""
    if not files.db.is_file():
        raise NotAWorkbook(
            f"There's no workbook at {files.folder}.",
            "Nothing was changed. Check the folder, or restore the workbook from a backup.",
        )
    wal = Path(f"{files.db}-wal")
    if files.db.stat().st_size == 0 and not (wal.is_file() and wal.stat().st_size):
        raise NotAWorkbook("This workbook's database file is empty.")
    if looks_like_plain_sqlite(files.db):
        raise NotAWorkbook(
            "This is a plain, unencrypted database, not a Workbook workbook.",
            "Nothing was changed. Workbook only opens the encrypted workbooks it makes.",
        )


def _sweep_leftovers(files: WorkbookFiles) -> None:
    """Remove temp files a crash left (a half-written key file or backup; never plaintext)."""
    leftovers = [
        *files.folder.glob(f".{files.envelope.name}.*.tmp"),
        *files.folder.glob(f"{STAGED_PREFIX}*.db"),
    ]
    if files.backups.is_dir():
        leftovers += [*files.backups.glob(".partial-*"), *files.backups.glob(".*.tmp")]
    for path in leftovers:
        path.unlink(missing_ok=True)


def _lock(files: WorkbookFiles) -> WorkbookLock:
    lock = WorkbookLock(files.lock)
    try:
        lock.acquire()
    except OSError as error:
        raise classify(error, files.folder) or SaveFailed(
            "This workbook's folder can't be written to, so it can't be opened safely.",
            "Check that the folder isn't read-only and the disk has space, then try again.",
        ) from error
    return lock


def _corrupt(files: WorkbookFiles, keys: tuple[bytes, ...], problems: list[str]) -> CorruptWorkbook:
    shown = "; ".join(problems[:3]) + ("…" if len(problems) > 3 else "")
    good = backups.newest_good(files, keys)
    return CorruptWorkbook(
        f"This workbook is damaged and can't be opened safely ({shown}).",
        None
        if good
        else "Nothing was changed. No good backup was found; keep this folder and ask for help.",
        problems=tuple(problems),
        newest_backup=None if good is None else (good.path, good.created),
    )


def _note_app_version(engine: Engine) -> None:
    """Record which app opened the workbook last; no write when it is already this one.

    Skipping the unchanged write means a workbook opens (to read) even while another
    program holds a write lock on it or the disk is too full to append to the WAL.
    """
    with engine.connect() as conn:
        last = conn.execute(text("SELECT last_opened_app_version FROM workbook_meta")).scalar()
    if last == __version__:
        return
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE workbook_meta SET last_opened_app_version = :v"), {"v": __version__}
        )


def _unlock(
    files: WorkbookFiles, envelope: Envelope, data_key: bytes, lock: WorkbookLock
) -> Workbook:
    with translated(files.folder):
        _sweep_leftovers(files)
        rekey.reconcile(files, data_key)
        problems = integrity_problems(files.db, data_key)
        if problems:
            raise _corrupt(files, (data_key, *envelope.retired_keys(data_key)), problems)
        engine = make_engine(files.db, data_key)
        workbook = Workbook(files, envelope, data_key, engine, lock)
    try:
        with translated(files.folder):
            pending = migrate.needs_upgrade(engine)
            if pending == "empty":
                raise NotAWorkbook("This database has no workbook in it.")
            if pending is not None:
                backups.take_backup(workbook, "pre-migration")
                migrate.upgrade(engine)
            _note_app_version(engine)
        if backups.due(files, clock.now()):
            try:
                backups.take_backup(workbook, "daily")
            except (StoreError, OSError) as error:
                # A missed daily backup must not keep someone out of their workbook.
                log.warning("daily backup skipped: %s", type(error).__name__)
    except BaseException:
        workbook.close()
        raise
    return workbook


def open_workbook(path: Path | str, passphrase: str) -> Workbook:
    """Unlock the workbook at ``path`` (its folder or database file)."""
    files = WorkbookFiles.at(path)
    with translated(files.folder):
        _check_database_file(files)
        envelope = Envelope.read(files.envelope)
    lock = _lock(files)
    try:
        data_key = envelope.unwrap(passphrase)
        return _unlock(files, envelope, data_key, lock)
    except BaseException:
        lock.release()
        raise


def recover_workbook(path: Path | str, recovery_key: str, new_passphrase: str) -> Workbook:
    """Unlock with the recovery key and set a new passphrase (the recovery key stays valid).

    Like a passphrase change, this re-keys the database: copies of the key file from
    before no longer open it with the forgotten passphrase.
    """
    files = WorkbookFiles.at(path)
    _check_database_file(files)
    envelope = Envelope.read(files.envelope)
    lock = _lock(files)
    try:
        secret = envelope.recovery_secret(recovery_key)
        data_key = envelope.unwrap_recovery(recovery_key)
        workbook = _unlock(files, envelope, data_key, lock)
    except BaseException:
        lock.release()
        raise
    try:
        rekey.rekey(
            workbook,
            new_passphrase,
            recovery_secret=secret,
            still_works="Your recovery key still opens this workbook.",
        )
    except BaseException:
        workbook.close()
        raise
    return workbook


def create_workbook(
    name: str, passphrase: str, *, program_path: Path | str | None = None
) -> tuple[Workbook, str]:
    """A new, empty workbook, open, and its recovery key (show it once; it is not stored)."""
    name = name.strip() or "My workbook"
    envelope, data_key, recovery_key = Envelope.create(name, passphrase)
    return create_with_key(envelope, data_key, program_path=program_path), recovery_key


def create_with_key(
    envelope: Envelope, data_key: bytes, *, program_path: Path | str | None = None
) -> Workbook:
    """An empty workbook sealed by an existing key file (a new one, or one that joins an
    existing workbook from its sync folder), open."""
    folder = new_folder(envelope.name)
    try:
        make_private_dir(folder.parent)
        folder.mkdir(mode=0o700)
        touch_private(folder / DB_NAME)
    except OSError as error:
        raise SaveFailed(
            "A new workbook couldn't be created here.",
            f"Check that {folder.parent} can be written to and the disk has space.",
        ) from error
    files = WorkbookFiles(folder, folder / DB_NAME)
    lock = _lock(files)
    try:
        with translated():
            engine = make_engine(files.db, data_key)
            migrate.upgrade(engine)
            moment = clock.now()
            program = None if program_path is None else Path(program_path)
            with engine.begin() as conn:
                conn.execute(
                    insert(WorkbookMeta).values(
                        id=1,
                        schema_version=migrate.schema_version(),
                        created_at=moment,
                        created_app_version=__version__,
                        last_opened_app_version=__version__,
                        program_path=None if program is None else str(program),
                        program_fingerprint=None if program is None else fingerprint(program),
                    )
                )
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            # The key file last: until it exists the folder is not listed as a workbook.
            envelope.write(files.envelope)
    except BaseException:
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Workbook(files, envelope, data_key, make_engine(files.db, data_key), lock)
