"""Goals: set one, change its words or status, and look back at it with a dated review."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from workbook.core.usecases.topics import Done

if TYPE_CHECKING:
    from workbook.core.store import Goal, GoalReview, Workbook

#: A goal's parts as the store takes them: words, a target date, a status.
GoalParts = Mapping[str, "date | str | None"]


def save_goal(workbook: Workbook, goal_id: str | None, parts: GoalParts) -> Done[Goal]:
    """A new goal (``goal_id`` None; ``parts`` must hold its few words under "goal"), or
    the changed ``parts`` of an existing one (earlier wording is kept in its history)."""
    if goal_id is None:
        values: dict[str, Any] = dict(parts)  # goal parts only: words, dates, a status
        words = values.pop("goal", None)
        if not isinstance(words, str) or not words.strip():
            raise ValueError("a new goal needs a few words")
        return Done(workbook.add_goal(words, **values), ("goals",))
    return Done(workbook.update_goal(goal_id, **parts), ("goals",))


@dataclass(frozen=True)
class ReviewAnswers:
    """What a person said when looking back at a goal; ``status`` None leaves it as it is."""

    day: date
    progress: int | None = None
    helped: str = ""
    hindered: str = ""
    next_step: str = ""
    note: str = ""
    status: str | None = None


def review_goal(workbook: Workbook, goal_id: str, review: ReviewAnswers) -> Done[GoalReview]:
    """Store a dated review of a goal (and its new status, if one was chosen)."""
    saved = workbook.add_goal_review(
        goal_id,
        review.note,
        progress=review.progress,
        day=review.day,
        status=review.status,
        helped=review.helped,
        hindered=review.hindered,
        next_step=review.next_step,
    )
    return Done(saved, ("goals",))
