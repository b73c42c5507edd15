"""Goal reviews: when a goal is due for a look back, and how review answers are kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from workbook.core.goal_review import ReviewParts, due_for_review, parse_note, status_words


@dataclass(frozen=True)
class Review:
    day: date


@dataclass(frozen=True)
class Goal:
    status: str = "active"
    target_date: date | None = None
    created_at: datetime = datetime(2026, 3, 1, 9, tzinfo=UTC)
    reviews: tuple[Review, ...] = field(default=())


def test_new_goal_is_due_a_week_after_it_was_set() -> None:
    """A goal set a week ago and never reviewed is due for a look back."""
    assert not due_for_review(Goal(), date(2026, 3, 7))
    assert due_for_review(Goal(), date(2026, 3, 8))


def test_a_recent_review_resets_the_clock() -> None:
    """Reviewing a goal means it is not due again for another week."""
    goal = Goal(reviews=(Review(date(2026, 3, 10)),))
    assert not due_for_review(goal, date(2026, 3, 16))
    assert due_for_review(goal, date(2026, 3, 17))


def test_reaching_the_target_date_makes_it_due() -> None:
    """When the target date comes, the goal is due for a look back."""
    assert due_for_review(Goal(target_date=date(2026, 3, 3)), date(2026, 3, 3))


def test_goals_not_being_worked_on_are_never_due() -> None:
    """Reached, resting or let-go goals never nag."""
    for status in ("achieved", "paused", "dropped"):
        assert not due_for_review(Goal(status=status), date(2027, 1, 1))


def test_review_parts_round_trip_through_one_note() -> None:
    """What helped, what got in the way and the next step come back exactly, even multi-line."""
    parts = ReviewParts("Walking with Sam\nand music", "Rain", "Walk Tuesday")
    note = parts.to_note()
    assert note.startswith("What helped: Walking with Sam")
    assert parse_note(note) == parts


def test_a_plain_note_is_kept_as_what_helped() -> None:
    """A review written elsewhere without headings still shows, as what helped."""
    assert parse_note("Just a note") == ReviewParts(helped="Just a note")
    assert parse_note("") == ReviewParts()


def test_status_words_are_kind() -> None:
    """Statuses read as kind words, e.g. a dropped goal is one you let go."""
    assert status_words("dropped") == "Let go"
    assert status_words("paused") == "Resting for now"
