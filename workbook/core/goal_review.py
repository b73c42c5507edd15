"""When a goal is due for a look back, and how a review's answers are headed wherever shown.

The one rule for "due" (Home and Goals both ask here): a goal being worked on is due
when its target date has come (today or earlier) and it has not been looked back at
since, or when a week has passed since it was last looked at (or set). A target date
still ahead is not a reason on its own: a goal set yesterday for five days' time has
had no time to be worked on yet, and reviewing it on or after its target clears it.

A review answers three gentle questions (what helped, what got in the way, the next
step), each stored in its own field; the Goals screen and the printed report show
them under the same words, in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Generic, Protocol, TypeVar

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate
from workbook.core.wording.dates import date_in_words

#: A goal the person is working on is due for a look back this long after the last one.
REVIEW_EVERY = timedelta(days=7)

#: The store's status values and the kind words the screens use for them.
STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("GoalReview", "Working on it"),
    "achieved": QT_TRANSLATE_NOOP("GoalReview", "Reached it"),
    "paused": QT_TRANSLATE_NOOP("GoalReview", "Resting for now"),
    "dropped": QT_TRANSLATE_NOOP("GoalReview", "Let go"),
}

#: A review's answers by ``GoalReview`` attribute, with the words shown above each one.
REVIEW_QUESTIONS = (
    ("helped", QT_TRANSLATE_NOOP("GoalReview", "What helped")),
    ("hindered", QT_TRANSLATE_NOOP("GoalReview", "What got in the way")),
    ("next_step", QT_TRANSLATE_NOOP("GoalReview", "Next step")),
)
#: The heading over a review's free note (older reviews may hold everything there).
NOTE_HEADING = QT_TRANSLATE_NOOP("GoalReview", "Note")


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
    parts = [
        (translate("GoalReview", heading), getattr(review, key).strip())
        for key, heading in REVIEW_QUESTIONS
    ]
    parts.append((translate("GoalReview", NOTE_HEADING), review.note.strip()))
    return [(heading, words) for heading, words in parts if words]


def last_looked_at(goal: GoalLike) -> date:
    """The day of the latest review, or the day the goal was set."""
    days = [review.day for review in goal.reviews]
    return max(days) if days else goal.created_at.date()


def due_reason(goal: GoalLike, today: date | None = None) -> str | None:
    """Why ``goal`` is due for a look back, in a few words; None when it is not due."""
    if goal.status != "active":
        return None
    today = today or date.today()
    last = last_looked_at(goal)
    target = goal.target_date
    if target is not None and target <= today and (not goal.reviews or last < target):
        if target == today:
            return translate("GoalReview", "Target date is today")
        return translate("GoalReview", "Target date was {date}").format(
            date=date_in_words(target, year=False)
        )
    if today - last >= REVIEW_EVERY:
        days = (today - last).days
        if goal.reviews:
            return translate("GoalReview", "Last reviewed — %n day(s) ago", None, days)
        return translate("GoalReview", "Not reviewed yet — %n day(s) ago", None, days)
    return None


def due_for_review(goal: GoalLike, today: date | None = None) -> bool:
    """True for a goal being worked on whose target date has come since it was last looked
    at, or that has not been looked at for a week (see the module docstring)."""
    return due_reason(goal, today) is not None


G = TypeVar("G", bound=GoalLike)


@dataclass(frozen=True)
class DueGoal(Generic[G]):
    goal: G
    why: str


def goals_due(goals: Sequence[G], today: date | None = None) -> list[DueGoal[G]]:
    """The goals due for a look back, in the order given, each with why."""
    today = today or date.today()
    found = []
    for goal in goals:
        why = due_reason(goal, today)
        if why is not None:
            found.append(DueGoal(goal, why))
    return found


def status_words(status: str) -> str:
    return translate("GoalReview", STATUS_WORDS.get(status, status.capitalize()))
