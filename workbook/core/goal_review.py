"""When a goal is due for a look back, and how a review's answers are headed wherever shown.

A review answers three gentle questions (what helped, what got in the way, the next
step), each stored in its own field; the Goals screen and the printed report show
them under the same words, in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Protocol

#: A goal the person is working on is due for a look back this long after the last one.
REVIEW_EVERY = timedelta(days=7)

#: The store's status values and the kind words the screens use for them.
STATUS_WORDS = {
    "active": "Working on it",
    "achieved": "Reached it",
    "paused": "Resting for now",
    "dropped": "Let go",
}

#: A review's answers by ``GoalReview`` attribute, with the words shown above each one.
REVIEW_QUESTIONS = (
    ("helped", "What helped"),
    ("hindered", "What got in the way"),
    ("next_step", "Next step"),
)
#: The heading over a review's free note (older reviews may hold everything there).
NOTE_HEADING = "Note"


class ReviewLike(Protocol):
    @property
    def day(self) -> date: ...


class GoalLike(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def target_date(self) -> date | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def reviews(self) -> Sequence[ReviewLike]: ...


class ReviewWords(Protocol):
    @property
    def helped(self) -> str: ...
    @property
    def hindered(self) -> str: ...
    @property
    def next_step(self) -> str: ...
    @property
    def note(self) -> str: ...


def answered_parts(review: ReviewWords) -> list[tuple[str, str]]:
    """(heading, words) for each part of a review that has words, in the order asked,
    then any free note."""
    parts = [(heading, getattr(review, key).strip()) for key, heading in REVIEW_QUESTIONS]
    parts.append((NOTE_HEADING, review.note.strip()))
    return [(heading, words) for heading, words in parts if words]


def last_looked_at(goal: GoalLike) -> date:
    """The day of the latest review, or the day the goal was set."""
    days = [review.day for review in goal.reviews]
    return max(days) if days else goal.created_at.date()


def due_for_review(goal: GoalLike, today: date | None = None) -> bool:
    """True for a goal being worked on that has not been looked at for a week, or whose
    target date has come."""
    if goal.status != "active":
        return False
    today = today or date.today()
    if goal.target_date is not None and goal.target_date <= today:
        return True
    return today - last_looked_at(goal) >= REVIEW_EVERY


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status.capitalize())
