"""What the Progress screen shows: questionnaire series, a window of check-ins, goals with
their latest look back, and the modules finished."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from workbook.core import progress_data
from workbook.core.goal_review import status_words

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.progress_data import CompletedModule, MeasureSeries
    from workbook.core.store import Workbook


@dataclass(frozen=True)
class GoalProgress:
    goal: str
    status: str  # in the person's words ("Working on it")
    reviews: int
    latest_progress: int | None  # 0–10 at the latest look back
    last_reviewed: date | None


@dataclass(frozen=True)
class ProgressSummary:
    series: list[MeasureSeries]
    checkin_start: date
    checkin_end: date
    checkins: list[tuple[date, dict[str, int | None]]]
    goals: list[GoalProgress]
    modules: list[CompletedModule]


def progress_summary(
    program: Program, workbook: Workbook, checkin_days: int, today: date | None = None
) -> ProgressSummary:
    """Read and shape everything Progress shows, for a check-in window of ``checkin_days``."""
    start, end = progress_data.checkin_window(checkin_days, today)
    goals = []
    for goal in workbook.goals():
        latest = goal.reviews[-1] if goal.reviews else None
        goals.append(
            GoalProgress(
                goal=goal.goal,
                status=status_words(goal.status),
                reviews=len(goal.reviews),
                latest_progress=None if latest is None else latest.progress,
                last_reviewed=None if latest is None else latest.day,
            )
        )
    return ProgressSummary(
        series=progress_data.measure_series(program, workbook),
        checkin_start=start,
        checkin_end=end,
        checkins=progress_data.checkin_rows(workbook.checkins(start, end)),
        goals=goals,
        modules=progress_data.completed_modules(program, workbook.progress()),
    )
