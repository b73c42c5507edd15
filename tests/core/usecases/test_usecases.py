"""The app's use cases without a window: what each writes and which topics it announces."""

from __future__ import annotations

import errno
from datetime import date
from typing import Any

import pytest

from workbook.core.language.model import Program
from workbook.core.store import SaveFailed, Workbook
from workbook.core.usecases import TOPICS, Done
from workbook.core.usecases.checkin import Ratings, quick_checkin
from workbook.core.usecases.entries import Draft, finish_entry, start_and_finish
from workbook.core.usecases.goals import ReviewAnswers, review_goal, save_goal
from workbook.core.usecases.unsaved import UnsavedWrites


def test_topics_are_one_list() -> None:
    assert TOPICS == ("entries", "goals", "checkins", "settings", "progress")


def test_a_retried_draft_never_starts_a_second_entry(
    program: Program, workbook: Workbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry is started, then the disk fills before the answers land: the retry saves
    into the same entry, and only the save that created it announces it."""
    module = program.module("intake")
    assert module is not None
    draft = Draft(module)
    real_save = workbook.save_draft

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise SaveFailed()

    monkeypatch.setattr(workbook, "save_draft", full)
    with pytest.raises(SaveFailed):
        draft.save(workbook, {"reason": "Sleep"}, 0)
    monkeypatch.setattr(workbook, "save_draft", real_save)
    first = draft.save(workbook, {"reason": "Sleep"}, 0)
    again = draft.save(workbook, {"reason": "Sleep badly"}, 1)
    assert [e.id for e in workbook.entries("intake")] == [first.value.id]
    assert first.topics == ("entries", "progress") and again.topics == ()
    assert workbook.entry(first.value.id).answers == {"reason": "Sleep badly"}


def test_finishing_scores_and_names_what_changed(program: Program, workbook: Workbook) -> None:
    module = program.module("phq9")
    assert module is not None
    answers = {f"q{i}": "nearly-every-day" for i in range(1, 10)}
    done = start_and_finish(program, workbook, module, answers)
    assert done.value.is_complete and done.value.results is not None
    assert done.topics == ("entries", "progress")
    revised = finish_entry(program, workbook, done.value.id, {**answers, "q1": "not-at-all"})
    assert revised.value.id == done.value.id


def test_the_quick_check_in_is_a_check_in_entry(program: Program, workbook: Workbook) -> None:
    done = quick_checkin(program, workbook, date.today(), Ratings(7, 3, 6, 5, "Calm day"))
    assert done.value is not None and done.value.module_id == "checkin"
    assert "checkins" in done.topics
    [today] = workbook.checkins(date.today(), date.today())
    assert (today.mood, today.note) == (7, "Calm day")


def test_goals_and_reviews(workbook: Workbook) -> None:
    goal = save_goal(workbook, None, {"goal": "Walk", "plan": "Indoors if it rains"}).value
    save_goal(workbook, goal.id, {"obstacles": "Rain"})
    review = review_goal(workbook, goal.id, ReviewAnswers(day=date.today(), helped="Sam"))
    assert review.topics == ("goals",)
    saved = workbook.goal(goal.id)
    assert (saved.plan, saved.obstacles, saved.reviews[0].helped) == (
        "Indoors if it rains",
        "Rain",
        "Sam",
    )
    with pytest.raises(ValueError):
        save_goal(workbook, None, {"goal": "  "})


def test_waiting_writes_are_saved_once_the_disk_has_room(
    program: Program, workbook: Workbook
) -> None:
    unsaved = UnsavedWrites()
    full = [True]

    def write(_program: Program, wb: Workbook) -> Done[object]:
        if full[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return save_goal(wb, None, {"goal": "Walk"})

    unsaved.keep("goal:new", "your goal “Walk”", write, "The disk is full.")
    first = unsaved.replay(program, workbook, lambda error: "Still full.")
    assert first.unsaved == ["your goal “Walk”"] and first.reason == "Still full."
    assert unsaved and workbook.goals() == []
    full[0] = False
    second = unsaved.replay(program, workbook, str)
    assert second.saved == ["your goal “Walk”"] and second.topics == ("goals",)
    assert not unsaved and [g.goal for g in workbook.goals()] == ["Walk"]


def test_a_waiting_write_is_only_saved_into_its_own_workbook(
    program: Program, workbook: Workbook
) -> None:
    """Unlocking another workbook leaves the words for their own one."""
    unsaved = UnsavedWrites()

    def write(_program: Program, wb: Workbook) -> Done[object]:
        return save_goal(wb, None, {"goal": "Walk"})

    elsewhere = workbook.path.parent / "another"
    unsaved.keep("goal:new", "your goal “Walk”", write, "Full.", workbook_path=elsewhere)
    replayed = unsaved.replay(program, workbook, str)
    assert replayed.saved == [] and workbook.goals() == []
    assert unsaved.workbook_path == elsewhere
