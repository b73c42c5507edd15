"""The ``Workbook`` facade: everything the app, the printer and the CLI do with an open workbook.

Each public method is one transaction that has committed before it returns, so a
save that returned is on disk. Arguments are copied, never kept or mutated, so a
failed save leaves the caller's unsaved answers exactly as they were. Reads return
frozen records detached from the database.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from workbook.core.store import backups as backup_files
from workbook.core.store import checkins, clock, entries, goals
from workbook.core.store.engine.connection import close_keeper, integrity_problems, open_keeper
from workbook.core.store.entries import ModuleLike, detached_answers
from workbook.core.store.errors import NotFound, SaveFailed
from workbook.core.store.failures import translated
from workbook.core.store.keys.envelope import Envelope
from workbook.core.store.layout import WorkbookFiles
from workbook.core.store.locking import WorkbookLock
from workbook.core.store.models import EntryRow, Setting, WorkbookMeta
from workbook.core.store.records import (
    AnswerRevision,
    BackupInfo,
    CheckIn,
    Entry,
    Goal,
    GoalReview,
    ModuleProgress,
)


class Workbook:
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

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workbook {self.name!r} at {self.path}>"

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def _session(self, write: bool) -> Iterator[Session]:
        with self._mutex, translated():
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

    # -- entries ------------------------------------------------------------------------

    def start_entry(self, module: ModuleLike) -> Entry:
        """A new draft entry for ``module`` (remembering its version and source hash)."""
        with self._write() as s:
            row = entries.start(s, module, clock.now())
            return entries.to_record(row, {})

    def save_draft(self, entry_id: str, answers: Mapping[str, Any], page_index: int = 0) -> Entry:
        """Autosave: record changed answers and where the person is; committed on return."""
        answers = detached_answers(answers)
        with self._write() as s:
            return entries.save_draft(s, entry_id, answers, page_index, clock.now())

    def complete_entry(
        self, entry_id: str, answers: Mapping[str, Any], results_json: Mapping[str, Any] | None
    ) -> Entry:
        """Finish an entry with its computed results. A ``records`` module also writes its
        check-in or goal, in the same transaction."""
        answers = detached_answers(answers)
        results = None if results_json is None else detached_answers(results_json)
        with self._write() as s:
            row = entries.get_row(s, entry_id)
            moment = clock.now()
            current = entries.record_answers(s, row, answers, moment)
            entries.mark_complete(s, row, moment)
            row.results = results
            self._write_records(s, row, current, moment)
            return entries.to_record(row, current)

    def revise_entry(
        self, entry_id: str, answers: Mapping[str, Any], results_json: Mapping[str, Any] | None
    ) -> Entry:
        """Edit a completed entry; every earlier value stays in ``answer_history``."""
        return self.complete_entry(entry_id, answers, results_json)

    def _write_records(
        self, s: Session, row: EntryRow, answers: dict[str, Any], moment: datetime
    ) -> None:
        if row.records == "checkin":
            day = goals.as_date(answers.get("date")) or moment.date()
            note = str(answers.get("note") or "")
            checkins.save(s, day, answers, note, moment, entry_id=row.id)
        elif row.records == "goal":
            goals.add(s, answers, moment, entry_id=row.id)

    def entry(self, entry_id: str) -> Entry:
        with self._read() as s:
            return entries.load(s, entry_id)

    def entries(
        self, module_id: str | None = None, status: str | None = None, limit: int | None = None
    ) -> list[Entry]:
        """Entries newest first, optionally for one module and/or status, at most ``limit``."""
        with self._read() as s:
            return entries.load_many(s, module_id, status, limit)

    def answer_history(self, entry_id: str, field_id: str) -> list[AnswerRevision]:
        """Every value a field has had in an entry, oldest first."""
        with self._read() as s:
            return entries.history(s, entry_id, field_id)

    def progress(self) -> dict[str, ModuleProgress]:
        """Progress by module id; modules never opened are absent (treat as not started)."""
        with self._read() as s:
            return entries.progress(s)

    # -- goals ---------------------------------------------------------------------------

    def add_goal(
        self, goal: str, *, entry_id: str | None = None, **parts: date | str | None
    ) -> Goal:
        """A new SMART goal; parts: specific, measurable, achievable, relevant, target_date,
        first_step, obstacles, plan, status."""
        values = {"goal": goal, **parts}
        with self._write() as s:
            row = goals.add(s, values, clock.now(), entry_id)
            s.flush()
            return goals.load(s, row.id)

    def update_goal(self, goal_id: str, **changes: date | str | None) -> Goal:
        """Change parts of a goal (or its status); the earlier wording is kept in history."""
        with self._write() as s:
            goals.update(s, goals.get_row(s, goal_id), changes, clock.now())
            return goals.load(s, goal_id)

    def goal(self, goal_id: str) -> Goal:
        with self._read() as s:
            return goals.load(s, goal_id)

    def goals(self, status: str | None = None) -> list[Goal]:
        """Goals newest first, each with its reviews."""
        with self._read() as s:
            return goals.load_many(s, status)

    def goal_history(self, goal_id: str) -> list[dict[str, Any]]:
        with self._read() as s:
            return goals.history(s, goal_id)

    def add_goal_review(
        self,
        goal_id: str,
        note: str = "",
        *,
        progress: int | None = None,
        day: date | None = None,
        status: str | None = None,
    ) -> GoalReview:
        """A dated review of a goal; ``status`` (e.g. "achieved") also updates the goal."""
        with self._write() as s:
            moment = clock.now()
            review = goals.add_review(
                s,
                goals.get_row(s, goal_id),
                day=day or moment.date(),
                progress=progress,
                note=note,
                status=status,
                moment=moment,
            )
            s.flush()
            return next(r for r in goals.load(s, goal_id).reviews if r.id == review.id)

    # -- check-ins -----------------------------------------------------------------------

    def save_checkin(
        self,
        day: date,
        mood: int | None = None,
        anxiety: int | None = None,
        sleep: int | None = None,
        energy: int | None = None,
        note: str = "",
    ) -> CheckIn:
        """Save a day's check-in; saving the same day again keeps the earlier values."""
        ratings = {"mood": mood, "anxiety": anxiety, "sleep": sleep, "energy": energy}
        with self._write() as s:
            row = checkins.save(s, day, ratings, note, clock.now())
            return checkins.to_record(row)

    def checkins(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """Check-ins oldest day first, ``start`` and ``end`` inclusive."""
        with self._read() as s:
            return checkins.load_many(s, start, end)

    def checkin_history(self, day: date) -> list[dict[str, Any]]:
        with self._read() as s:
            return checkins.history(s, day)

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

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under ``new``; the database itself is not rewritten."""
        with self._mutex:
            self._envelope.unwrap(old)
            updated = self._envelope.with_passphrase(self._data_key, new)
            try:
                updated.write(self._files.envelope)
            except OSError as error:
                raise SaveFailed(
                    "The new passphrase couldn't be saved.",
                    "Your old passphrase still opens this workbook. Check the disk and try again.",
                ) from error
            self._envelope = updated

    # -- backups and integrity -----------------------------------------------------------

    def backup_now(self, kind: str = "manual") -> BackupInfo:
        """Make an encrypted backup now (and drop ones beyond what is kept)."""
        from workbook.core.store.opening import take_backup

        with self._mutex, translated():
            return take_backup(self, kind)

    def backups(self) -> list[BackupInfo]:
        """Backups on disk, newest first."""
        return backup_files.list_backups(self._files)

    def restore_backup(self, backup: BackupInfo | Path | str) -> BackupInfo:
        """Replace the contents with a backup's; the current state is backed up first.

        Returns the backup of the state just replaced, so a restore can be undone.
        """
        from workbook.core.store.opening import restore_into

        with self._mutex, translated():
            return restore_into(
                self, Path(backup.path if isinstance(backup, BackupInfo) else backup)
            )

    def check_integrity(self) -> list[str]:
        """What SQLCipher and SQLite find wrong with the file ([] when healthy)."""
        with self._mutex:
            return integrity_problems(self._files.db, self._data_key)
