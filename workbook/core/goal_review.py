"""When a goal is due for a look back, and how a review's three answers are kept in one note.

The store keeps one free-text ``note`` per goal review. The Goals screen asks three
gentle questions (what helped, what got in the way, the next step); they are kept in
that note under plain headings, so the note still reads well in an export or a
printed report, and can be split back into its parts for editing and display.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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

HEADINGS = (
    ("helped", "What helped"),
    ("in_the_way", "What got in the way"),
    ("next_step", "Next step"),
)


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


@dataclass(frozen=True)
class ReviewParts:
    """The three answers of a goal review."""

    helped: str = ""
    in_the_way: str = ""
    next_step: str = ""

    def to_note(self) -> str:
        """One readable note: each answered part under its heading."""
        blocks = []
        for key, heading in HEADINGS:
            text = getattr(self, key).strip()
            if text:
                blocks.append(f"{heading}: {text}")
        return "\n\n".join(blocks)


def parse_note(note: str) -> ReviewParts:
    """Split a review note back into its parts; a note without headings is "what helped"."""
    parts: dict[str, list[str]] = {key: [] for key, _ in HEADINGS}
    current: str | None = None
    loose: list[str] = []
    for line in note.splitlines():
        for key, heading in HEADINGS:
            if line.startswith(f"{heading}:"):
                current = key
                line = line[len(heading) + 1 :].lstrip()
                break
        (parts[current] if current is not None else loose).append(line)
    if loose and any(text.strip() for text in loose):
        parts["helped"] = loose + parts["helped"]
    return ReviewParts(**{key: "\n".join(lines).strip() for key, lines in parts.items()})


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
