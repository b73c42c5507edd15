"""The ``Workbook`` facade: everything the app, the printer and the CLI do with an open workbook.

This file holds what a person writes (entries, goals, check-ins); lifetime,
transactions, settings, keys and backups come from ``UnlockedWorkbook``.

Each public method is one transaction that has committed before it returns, so a
save that returned is on disk. Arguments are copied, never kept or mutated, so a
failed save leaves the caller's unsaved answers exactly as they were. Reads return
frozen records detached from the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from workbook.core.store import checkins, clock, entries, goals
from workbook.core.store.entries import ModuleLike, detached_answers
from workbook.core.store.models import EntryRow
from workbook.core.store.records import (
    AnswerRevision,
    CheckIn,
    Entry,
    Goal,
    GoalReview,
    ModuleProgress,
)
from workbook.core.store.unlocked import UnlockedWorkbook


class Workbook(UnlockedWorkbook):
    """An unlocked workbook. Use as a context manager, or call ``close()``."""

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
        helped: str = "",
        hindered: str = "",
        next_step: str = "",
    ) -> GoalReview:
        """A dated review of a goal: what ``helped``, what ``hindered`` (got in the way),
        the ``next_step``, and ``note`` for anything else. ``status`` (e.g. "achieved")
        also updates the goal."""
        parts = {"helped": helped, "hindered": hindered, "next_step": next_step}
        with self._write() as s:
            moment = clock.now()
            review = goals.add_review(
                s,
                goals.get_row(s, goal_id),
                day=day or moment.date(),
                progress=progress,
                note=note,
                parts=parts,
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
