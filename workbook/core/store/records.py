"""What the store hands back: plain frozen dataclasses, detached from any database session.

Screens, printing and export read these; none of them ever sees a SQLAlchemy object,
so nothing they do can write to the workbook by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

EntryStatus = Literal["draft", "complete"]
ProgressStatus = Literal["not_started", "in_progress", "completed"]
GOAL_STATUSES = ("active", "achieved", "paused", "dropped")


@dataclass(frozen=True)
class WorkbookInfo:
    """A workbook on this computer, as the unlock screen lists it (no key needed)."""

    path: Path
    name: str
    created: datetime


@dataclass(frozen=True)
class Entry:
    """One go at a module. Times are aware datetimes in the person's local offset at the time."""

    id: str
    module_id: str
    module_version: str
    module_hash: str
    status: EntryStatus
    created_at: datetime
    updated_at: datetime
    answers: dict[str, Any]
    results: dict[str, Any] | None
    page_index: int
    completed_at: datetime | None = None

    @property
    def is_complete(self) -> bool:
        return self.status == "complete"


@dataclass(frozen=True)
class AnswerRevision:
    """One saved value of a field (``None`` means the answer was cleared)."""

    value: Any
    saved_at: datetime
    entry_status: EntryStatus = "draft"
    #: The name of the computer that saved it ("" before sync is set up).
    device: str = ""


@dataclass(frozen=True)
class ModuleProgress:
    """Where the person is with one module."""

    module_id: str
    status: ProgressStatus
    started_at: datetime | None = None
    completed_at: datetime | None = None
    times_completed: int = 0


@dataclass(frozen=True)
class GoalReview:
    """A dated look back at a goal: what helped, what got in the way, the next step,
    and ``note`` for anything else said (older reviews may hold everything there)."""

    id: str
    goal_id: str
    day: date
    progress: int | None
    note: str
    status: str | None
    created_at: datetime
    helped: str = ""
    hindered: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class Goal:
    """A SMART goal with its reviews, oldest review first."""

    id: str
    goal: str
    specific: str
    measurable: str
    achievable: str
    relevant: str
    target_date: date | None
    first_step: str
    obstacles: str
    plan: str
    status: str
    created_at: datetime
    updated_at: datetime
    entry_id: str | None = None
    reviews: tuple[GoalReview, ...] = field(default=())


@dataclass(frozen=True)
class CheckIn:
    """One day's check-in: 0-10 ratings (None when skipped) and a note."""

    day: date
    mood: int | None
    anxiety: int | None
    sleep: int | None
    energy: int | None
    note: str
    updated_at: datetime


@dataclass(frozen=True)
class BackupInfo:
    """An encrypted backup on disk, restorable with the passphrase or the recovery key."""

    path: Path
    created: datetime
    kind: str  # daily | manual | pre-migration | pre-restore
    schema_revision: str | None
    size: int
