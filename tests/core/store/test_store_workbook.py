"""What a person notices about saving: drafts resume, edits keep history, nothing is lost."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import (
    AlreadyOpen,
    NotFound,
    Workbook,
    create_workbook,
    list_workbooks,
    open_workbook,
)


def test_a_draft_resumes_on_the_page_it_was_left(wb: Workbook, module: FakeModule) -> None:
    """Closing the app mid-module and reopening brings back the answers and the page."""
    entry = wb.start_entry(module)
    wb.save_draft(entry.id, {"q1": 2, "why": "Work was hard"}, page_index=3)
    path = wb.path
    wb.close()
    with open_workbook(path, PASSPHRASE) as again:
        resumed = again.entry(entry.id)
    assert resumed.status == "draft"
    assert resumed.page_index == 3
    assert resumed.answers == {"q1": 2, "why": "Work was hard"}
    assert (resumed.module_id, resumed.module_version, resumed.module_hash) == (
        module.id,
        module.version,
        module.source_hash,
    )


def test_editing_a_finished_entry_keeps_every_earlier_answer(
    wb: Workbook, module: FakeModule
) -> None:
    """Changing an answer later never destroys what was written first."""
    entry = wb.start_entry(module)
    wb.save_draft(entry.id, {"why": "first thought"})
    wb.complete_entry(entry.id, {"why": "second thought"}, {"scores": []})
    wb.revise_entry(entry.id, {"why": "third thought"}, {"scores": []})
    history = wb.answer_history(entry.id, "why")
    assert [r.value for r in history] == ["first thought", "second thought", "third thought"]
    assert wb.entry(entry.id).answers["why"] == "third thought"
    assert history[0].saved_at <= history[-1].saved_at


def test_autosaving_the_same_answers_adds_no_history(wb: Workbook, module: FakeModule) -> None:
    """Autosave repeating unchanged answers doesn't pile up copies."""
    entry = wb.start_entry(module)
    for _ in range(5):
        wb.save_draft(entry.id, {"q1": 1, "note": "same"})
    assert len(wb.answer_history(entry.id, "note")) == 1


def test_clearing_an_answer_is_recorded_and_the_old_value_kept(
    wb: Workbook, module: FakeModule
) -> None:
    """Emptying a field removes it from the answers, and history still shows the old text."""
    entry = wb.start_entry(module)
    wb.save_draft(entry.id, {"note": "something"})
    saved = wb.save_draft(entry.id, {"note": None})
    assert "note" not in saved.answers
    assert [r.value for r in wb.answer_history(entry.id, "note")] == ["something", None]


def test_answers_to_fields_a_newer_module_dropped_still_load(wb: Workbook) -> None:
    """An entry made under an older module version keeps answers the module no longer asks."""
    old = FakeModule(version="1.0", source_hash="1" * 64)
    entry = wb.start_entry(old)
    wb.complete_entry(entry.id, {"retired_field": "still mine", "q1": 3}, {"scores": []})
    # The new module version only knows q1; a screen saving it must not drop the other.
    wb.revise_entry(entry.id, {"q1": 4}, {"scores": []})
    loaded = wb.entry(entry.id)
    assert loaded.answers == {"retired_field": "still mine", "q1": 4}
    assert loaded.module_version == "1.0"


def test_the_callers_answers_are_never_changed(wb: Workbook, module: FakeModule) -> None:
    """The screen's own copy of unsaved answers is left exactly as it was."""
    answers = {"table": [{"when": "Monday", "what": "walk"}], "tags": ["a", "b"]}
    snapshot = copy.deepcopy(answers)
    entry = wb.start_entry(module)
    saved = wb.save_draft(entry.id, answers)
    saved.answers["tags"].append("mutated")
    assert answers == snapshot
    assert wb.entry(entry.id).answers == snapshot


def test_every_kind_of_answer_round_trips(wb: Workbook, module: FakeModule) -> None:
    """Text, numbers, choices, lists, dates and tables come back exactly as given."""
    answers = {
        "text": "Ünïcødé ✓ and emoji 🌱",
        "number": 7.5,
        "scale": 3,
        "choice": "often",
        "multi": ["a", "c"],
        "yes": True,
        "date": "2026-03-01",
        "time": "21:30",
        "list": ["one", "two"],
        "table": [{"col": 1, "other": "x"}],
    }
    entry = wb.start_entry(module)
    wb.complete_entry(entry.id, answers, {"scores": [{"id": "total", "value": 10}]})
    loaded = wb.entry(entry.id)
    assert loaded.answers == answers
    assert loaded.results == {"scores": [{"id": "total", "value": 10}]}
    assert loaded.status == "complete" and loaded.completed_at is not None


def test_entries_are_listed_newest_first_and_filter(wb: Workbook) -> None:
    """The history screen shows the latest first and can narrow to one module or status."""
    a = wb.start_entry(FakeModule(id="a"))
    b = wb.start_entry(FakeModule(id="b"))
    wb.complete_entry(b.id, {}, None)
    assert [e.id for e in wb.entries()] == [b.id, a.id]
    assert [e.id for e in wb.entries(module_id="a")] == [a.id]
    assert [e.id for e in wb.entries(status="complete")] == [b.id]


def test_progress_follows_starting_and_finishing(wb: Workbook) -> None:
    """Opening a module marks it in progress; finishing marks it completed and counts it."""
    first = wb.start_entry(FakeModule(id="skills"))
    assert wb.progress()["skills"].status == "in_progress"
    wb.complete_entry(first.id, {}, None)
    second = wb.start_entry(FakeModule(id="skills"))
    wb.complete_entry(second.id, {}, None)
    progress = wb.progress()["skills"]
    assert progress.status == "completed" and progress.times_completed == 2
    assert "never-opened" not in wb.progress()


def test_unknown_entry_is_a_clear_error(wb: Workbook) -> None:
    """Asking for an entry that isn't there says so instead of crashing."""
    with pytest.raises(NotFound) as caught:
        wb.entry("no-such-id")
    assert caught.value.message and caught.value.advice


def test_checkin_saved_twice_a_day_keeps_the_first(wb: Workbook) -> None:
    """One check-in per day; saving it again keeps the earlier values in history."""
    day = date(2026, 5, 4)
    wb.save_checkin(day, mood=3, anxiety=7, sleep=5, energy=2, note="rough morning")
    wb.save_checkin(day, mood=6, anxiety=4, sleep=5, energy=5, note="better by evening")
    (checkin,) = wb.checkins()
    assert (checkin.mood, checkin.note) == (6, "better by evening")
    (earlier,) = wb.checkin_history(day)
    assert (earlier["mood"], earlier["note"]) == (3, "rough morning")


def test_checkins_come_back_in_day_order_within_a_range(wb: Workbook) -> None:
    """Charts get days oldest first, and a date range narrows them."""
    for day in (3, 1, 2):
        wb.save_checkin(date(2026, 1, day), mood=day)
    assert [c.day.day for c in wb.checkins()] == [1, 2, 3]
    assert [c.day.day for c in wb.checkins(date(2026, 1, 2), date(2026, 1, 2))] == [2]


def test_a_checkin_rating_out_of_range_is_refused(wb: Workbook) -> None:
    """Ratings are 0–10; anything else is refused before saving."""
    with pytest.raises(ValueError):
        wb.save_checkin(date(2026, 1, 1), mood=11)
    assert wb.checkins() == []


def test_goals_keep_reviews_and_earlier_wording(wb: Workbook) -> None:
    """A goal shows its dated reviews, and rewording it keeps the old version."""
    goal = wb.add_goal("Walk more", specific="20 minutes", target_date="2026-09-01")
    wb.add_goal_review(goal.id, "Twice this week", progress=4, day=date(2026, 6, 1))
    wb.update_goal(goal.id, specific="30 minutes")
    wb.add_goal_review(goal.id, "Done it!", progress=10, day=date(2026, 8, 1), status="achieved")
    (loaded,) = wb.goals()
    assert loaded.specific == "30 minutes" and loaded.status == "achieved"
    assert loaded.target_date == date(2026, 9, 1)
    assert [r.note for r in loaded.reviews] == ["Twice this week", "Done it!"]
    assert wb.goal_history(goal.id)[0]["specific"] == "20 minutes"


def test_a_reviews_three_answers_come_back_as_written(wb: Workbook) -> None:
    """What helped, what got in the way and the next step are kept apart, exactly as typed,
    even when an answer contains another question's heading."""
    goal = wb.add_goal("Walk more")
    helped = "Walking with Sam\n\nNext step: that's what Sam called it"
    review = wb.add_goal_review(
        goal.id, helped=helped, hindered="Rain", next_step="Umbrella", progress=5
    )
    (loaded,) = wb.goal(goal.id).reviews
    assert loaded == review
    assert (loaded.helped, loaded.hindered, loaded.next_step) == (helped, "Rain", "Umbrella")
    assert loaded.note == ""


def test_finishing_a_checkin_module_records_the_checkin(wb: Workbook) -> None:
    """A module marked records: checkin adds the day's check-in when finished."""
    entry = wb.start_entry(FakeModule(id="daily-checkin", records="checkin"))
    answers = {"mood": 4, "anxiety": 6, "sleep": 7, "energy": 3, "note": "tired"}
    done = wb.complete_entry(entry.id, answers, None)
    (checkin,) = wb.checkins()
    assert checkin.day == done.completed_at.date()  # type: ignore[union-attr]
    assert (checkin.mood, checkin.anxiety, checkin.note) == (4, 6, "tired")


def test_finishing_a_goal_module_adds_one_goal_even_if_revised(wb: Workbook) -> None:
    """A module marked records: goal adds a goal; editing the entry updates, not duplicates."""
    entry = wb.start_entry(FakeModule(id="smart-goal", records="goal"))
    wb.complete_entry(entry.id, {"goal": "Sleep by 11", "target_date": "2026-10-01"}, None)
    wb.revise_entry(entry.id, {"goal": "Sleep by 11:30"}, None)
    (goal,) = wb.goals()
    assert goal.goal == "Sleep by 11:30" and goal.entry_id == entry.id


def test_settings_hold_json_values(wb: Workbook) -> None:
    """Crisis contacts and preferences come back as saved; unknown keys give the default."""
    contacts = [{"name": "Jo", "phone": "+44 7700 900123"}]
    wb.set_setting("crisis_contacts", contacts)
    wb.set_setting("reminder_time", "20:00")
    assert wb.get_setting("crisis_contacts") == contacts
    assert wb.get_setting("missing", default="fallback") == "fallback"
    wb.set_setting("reminder_time", None)
    assert wb.get_setting("reminder_time", "x") is None


def test_a_second_window_on_the_same_workbook_is_told_it_is_open(wb: Workbook) -> None:
    """Opening a workbook that is already open says so, and works once the first closes."""
    with pytest.raises(AlreadyOpen) as caught:
        open_workbook(wb.path, PASSPHRASE)
    assert "already open" in caught.value.message
    wb.close()
    open_workbook(wb.path, PASSPHRASE).close()


def test_several_workbooks_are_listed_by_name(wb: Workbook) -> None:
    """A shared computer lists each person's workbook by its name."""
    other, _ = create_workbook("Alex", "another passphrase")
    other.close()
    assert [info.name for info in list_workbooks()] == ["Sam", "Alex"]
    assert wb.path in [info.path for info in list_workbooks()]


def test_the_program_folder_is_remembered(wb: Workbook, tmp_path: object) -> None:
    """The workbook remembers which program folder it used and its fingerprint."""
    from pathlib import Path

    from workbook.core.store import program_fingerprint
    from workbook.core.store.program_ref import compare

    folder = Path(str(tmp_path)) / "program"
    folder.mkdir()
    (folder / "one.md").write_text("# One\n", encoding="utf-8")
    wb.set_program(folder, program_fingerprint(folder))
    assert compare(*wb.program_record()) == "same"
    (folder / "one.md").write_text("# One, changed\n", encoding="utf-8")
    assert compare(*wb.program_record()) == "changed"
    (folder / "one.md").unlink()
    folder.rmdir()
    assert compare(*wb.program_record()) == "missing"
