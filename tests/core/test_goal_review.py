"""Goal reviews: when a goal is due for a look back, and how its answers are headed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from workbook.core.goal_review import answered_parts, due_for_review, due_reason, status_words


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


def test_a_target_still_ahead_is_not_a_reason_on_its_own() -> None:
    """A goal set yesterday for five days' time has had no time to be worked on yet."""
    goal = Goal(created_at=datetime(2026, 3, 9, 9, tzinfo=UTC), target_date=date(2026, 3, 15))
    assert due_reason(goal, date(2026, 3, 10)) is None


def test_a_look_back_on_or_after_the_target_clears_it() -> None:
    """Once the person has looked back at a goal whose target came, it stops nagging
    (until a week has passed again); a look back before the target does not count."""
    target = date(2026, 3, 5)
    before = Goal(target_date=target, reviews=(Review(date(2026, 3, 4)),))
    after = Goal(target_date=target, reviews=(Review(date(2026, 3, 5)),))
    assert due_reason(before, date(2026, 3, 6)) == "Target date was 5 March"
    assert due_reason(after, date(2026, 3, 6)) is None
    assert due_reason(after, date(2026, 3, 12)) == "Last reviewed — 7 days ago"


def test_goals_not_being_worked_on_are_never_due() -> None:
    """Reached, resting or let-go goals never nag."""
    for status in ("achieved", "paused", "dropped"):
        assert not due_for_review(Goal(status=status), date(2027, 1, 1))


@dataclass(frozen=True)
class Words:
    helped: str = ""
    hindered: str = ""
    next_step: str = ""
    note: str = ""


def test_a_reviews_answers_show_under_their_questions_in_order() -> None:
    """Answered parts show under their question, in the order asked, a free note last."""
    words = Words(helped="Sam\nand music", next_step="Walk Tuesday", note="Older words")
    assert answered_parts(words) == [
        ("What helped", "Sam\nand music"),
        ("Next step", "Walk Tuesday"),
        ("Note", "Older words"),
    ]


def test_a_heading_typed_in_an_answer_is_just_words() -> None:
    """Typing another question's heading inside an answer never splits it."""
    words = Words(helped="Rest.\n\nWhat got in the way: nothing")
    assert answered_parts(words) == [("What helped", "Rest.\n\nWhat got in the way: nothing")]


def test_an_empty_review_shows_no_parts() -> None:
    """Blank answers are left out rather than shown as empty headings."""
    assert answered_parts(Words(hindered="  \n")) == []


def test_status_words_are_kind() -> None:
    """Statuses read as kind words, e.g. a dropped goal is one you let go."""
    assert status_words("dropped") == "Let go"
    assert status_words("paused") == "Resting for now"
