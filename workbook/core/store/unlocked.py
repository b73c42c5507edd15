"""An unlocked workbook's lifetime, transactions, keys and backups (the facade's foundation).

``Workbook`` (in workbook.py) adds what a person writes on top of this. Everything
here holds the lock and the data key from unlock to ``close()``; after that the
object refuses to do anything.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from workbook.core.store import backups as backup_files
from workbook.core.store import clock
from workbook.core.store.engine.connection import (
    close_keeper,
    integrity_problems,
    make_engine,
    open_keeper,
)
from workbook.core.store.entries import detached_answers
from workbook.core.store.errors import NotFound, SaveFailed
from workbook.core.store.failures import translated
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.layout import WorkbookFiles
from workbook.core.store.locking import WorkbookLock
from workbook.core.store.models import Setting, WorkbookMeta
from workbook.core.store.records import BackupInfo


class UnlockedWorkbook:
    """An unlocked workbook. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        files: WorkbookFiles,
        envelope: Envelope,
        data_key: bytes,
        engine: Engine,
        lock: WorkbookLock,
    ) -> None:
        # Opened before anything else so a failure here leaves nothing to undo.
        self._keeper = open_keeper(files.db, data_key)
        self._files = files
        self._envelope = envelope
        self._data_key = data_key
        self._engine = engine
        self._lock = lock
        self._mutex = threading.RLock()
        self._closed = False

    # -- identity and lifetime ---------------------------------------------------------

    @property
    def name(self) -> str:
        return self._envelope.name

    @property
    def path(self) -> Path:
        """The workbook's folder (database, key file, backups)."""
        return self._files.folder

    @property
    def db_path(self) -> Path:
        return self._files.db

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Release the database and the lock; the data key is dropped."""
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            self._engine.dispose()
            close_keeper(self._keeper)
            self._data_key = b""
            self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workbook {self.name!r} at {self.path}>"

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def _session(self, write: bool) -> Iterator[Session]:
        with self._mutex, translated(self._files.folder, saving=write):
            if self._closed:
                raise RuntimeError("this workbook has been closed")
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
                if write:
                    session.flush()

    def _read(self) -> AbstractContextManager[Session]:
        return self._session(write=False)

    def _write(self) -> AbstractContextManager[Session]:
        return self._session(write=True)

    # -- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value under ``key`` (crisis contacts, reminder time, report choices)."""
        value = detached_answers({"v": value})["v"]
        with self._write() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value, updated_at=clock.now()))
            else:
                row.value = value
                row.updated_at = clock.now()

    def settings(self) -> dict[str, Any]:
        with self._read() as s:
            return {row.key: row.value for row in s.query(Setting)}

    # -- program and metadata --------------------------------------------------------------

    def program_record(self) -> tuple[str | None, str | None]:
        """The program folder and fingerprint this workbook last used (path, fingerprint)."""
        with self._read() as s:
            meta = s.get(WorkbookMeta, 1)
            return (None, None) if meta is None else (meta.program_path, meta.program_fingerprint)

    def set_program(self, program_path: Path | str | None, fingerprint: str | None) -> None:
        """Remember the program folder in use, so the app can say when it moved or changed."""
        with self._write() as s:
            meta = s.get(WorkbookMeta, 1)
            if meta is None:
                raise NotFound()
            meta.program_path = None if program_path is None else str(program_path)
            meta.program_fingerprint = fingerprint

    # -- keys ------------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> str | None:
        """Re-encrypt the workbook under a new data key sealed by ``new``.

        Old copies of the key file (a backup's, say) then no longer open the
        workbook with the old passphrase. The recovery key stays the same; a new one
        is returned (to show the person) only when it could not be kept: a key file
        from before version 2, or a damaged recovery part.
        """
        from workbook.core.store.keys.rekey import rekey

        self._envelope.unwrap(old)  # Argon2: slow, and reads nothing the lock guards
        return rekey(self, new)

    @property
    def recovery_key_damaged(self) -> bool:
        """True when the key file's recovery part is damaged or doesn't belong to it.

        Noticed at unlock, long before the day the recovery key is needed; offer
        ``replace_recovery_key``.
        """
        return not self._envelope.recovery_intact(self._data_key)

    def replace_recovery_key(self) -> str:
        """Seal the data key to a brand-new recovery key and return it (show it once).

        The old recovery key stops opening this key file (old backups keep theirs).
        """
        with self._mutex:
            updated, recovery_text = self._envelope.with_new_recovery_key(self._data_key)
            try:
                updated.write(self._files.envelope)
            except OSError as error:
                raise SaveFailed(
                    "The new recovery key couldn't be saved.",
                    "Nothing was changed. Check the disk and try again.",
                ) from error
            self._envelope = updated
            return recovery_text

    @property
    def backup_keys(self) -> tuple[bytes, ...]:
        """The data key, then keys from before passphrase changes (older backups use them)."""
        return (self._data_key, *self._envelope.retired_keys(self._data_key))

    def _release_connections(self) -> None:
        """Close every connection to the database (a re-key is about to replace it)."""
        self._engine.dispose()
        close_keeper(self._keeper)

    def _attach(self, data_key: bytes, envelope: Envelope) -> None:
        """Open connections again, under ``data_key`` (after a re-key, or a failed one)."""
        self._keeper = open_keeper(self._files.db, data_key)
        self._engine = make_engine(self._files.db, data_key)
        self._data_key = data_key
        self._envelope = envelope

    # -- backups and integrity -----------------------------------------------------------

    def backup_now(self, kind: str = "manual") -> BackupInfo:
        """Make an encrypted backup now (and drop ones beyond what is kept)."""
        with self._mutex, translated(self._files.folder):
            return backup_files.take_backup(self, kind)

    def backups(self) -> list[BackupInfo]:
        """Backups on disk, newest first."""
        return backup_files.list_backups(self._files)

    def restore_backup(self, backup: BackupInfo | Path | str) -> BackupInfo:
        """Replace the contents with a backup's; the current state is backed up first.

        Returns the backup of the state just replaced, so a restore can be undone.
        """
        from workbook.core.store.restore_in_place import restore_into

        with self._mutex, translated():
            return restore_into(
                self, Path(backup.path if isinstance(backup, BackupInfo) else backup)
            )

    def check_integrity(self) -> list[str]:
        """What SQLCipher and SQLite find wrong with the file ([] when healthy)."""
        with self._mutex:
            return integrity_problems(self._files.db, self._data_key)
