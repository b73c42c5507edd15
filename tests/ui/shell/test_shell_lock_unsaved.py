"""Locking, idle-locking and quitting on a full disk lose nothing, and say what happened.

The screen still clears on a lock (privacy comes first), but the words that could not be
saved wait in memory and are saved the moment the same workbook is unlocked again. The
unlock page only says "your drafts were saved" when they were.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE, FullDisk

SAVED_WORDS = "your drafts were saved"
TITLE = "Getting started"  # the built-in program's "intake" module


def _type(view: Any, field_id: str, value: Any) -> None:
    widget = view.field_widget(field_id)
    widget.set_value(value)
    widget.changed.emit()


def _write_everywhere(opened: Any) -> None:
    """An answer in a module, a goal and a check-in typed (the module answer not yet saved)."""
    goals = opened.workspace.show_screen("goals")
    goals.new_goal()
    goals.editor.inputs["goal"].setText("Walk after lunch")
    goals.editor.inputs["obstacles"].setPlainText("Rain")
    program = opened.workspace.show_screen("program")
    program.open_module("intake")
    _type(program.content, "reason", "Sleeping badly since the spring")


def _unlock(opened: Any, qtbot: QtBot) -> None:
    opened.start_screen.unlock.passphrase.setText(PASSPHRASE)
    opened.start_screen.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: opened.service.is_open, timeout=10_000)


def _everything_is_in_the_workbook(opened: Any) -> None:
    workbook = opened.service.workbook
    [draft] = workbook.entries("intake")
    assert draft.answers["reason"] == "Sleeping badly since the spring"
    [goal] = workbook.goals()
    assert (goal.goal, goal.obstacles) == ("Walk after lunch", "Rain")


def test_lock_on_a_full_disk_keeps_the_words_and_saves_them_on_unlock(
    opened: Any, full_disk: FullDisk, qtbot: QtBot
) -> None:
    _write_everywhere(opened)
    full_disk.fill()
    qtbot.keyClick(opened, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not opened.service.is_open  # locked all the same: the screen must clear
    assert opened.workspace.screens == {}
    words = opened.start_screen.unlock.intro.text()
    assert SAVED_WORDS not in words
    assert "couldn't be saved" in words and TITLE in words and "disk space" in words
    assert "until" in words  # and says when it will be saved

    full_disk.clear()
    _unlock(opened, qtbot)
    _everything_is_in_the_workbook(opened)
    home = opened.workspace.current_screen()
    notices = " ".join(card.text() for card in _notice_texts(home))
    assert "Saved now" in notices and TITLE in notices
    assert not opened.service.unsaved


def test_idle_lock_on_a_full_disk_loses_nothing(
    opened: Any, full_disk: FullDisk, qtbot: QtBot
) -> None:
    _write_everywhere(opened)
    full_disk.fill()
    opened.idle_lock.set_timeout_ms(100)
    qtbot.waitUntil(lambda: not opened.service.is_open, timeout=5_000)
    assert opened.workspace.screens == {}
    assert SAVED_WORDS not in opened.start_screen.unlock.intro.text()

    full_disk.clear()
    _unlock(opened, qtbot)
    _everything_is_in_the_workbook(opened)


def test_a_lock_that_saved_everything_says_so(opened: Any, qtbot: QtBot) -> None:
    _write_everywhere(opened)
    opened.lock()
    assert SAVED_WORDS in opened.start_screen.unlock.intro.text()
    _unlock(opened, qtbot)
    _everything_is_in_the_workbook(opened)


def test_unlocking_while_the_disk_is_still_full_says_so_and_keeps_waiting(
    opened: Any, full_disk: FullDisk, qtbot: QtBot
) -> None:
    _write_everywhere(opened)
    full_disk.fill()
    opened.lock()
    _unlock(opened, qtbot)  # the disk is still full
    notices = " ".join(card.text() for card in _notice_texts(opened.workspace.current_screen()))
    assert "Still not saved" in notices and "Saved now" not in notices
    full_disk.clear()
    opened.lock()  # the next lock saves it (the write was still waiting)
    assert SAVED_WORDS in opened.start_screen.unlock.intro.text()
    _unlock(opened, qtbot)
    _everything_is_in_the_workbook(opened)


def test_quit_on_a_full_disk_says_so_and_try_again_saves(
    opened: Any, full_disk: FullDisk, problems: Any, qtbot: QtBot, monkeypatch: Any
) -> None:
    _write_everywhere(opened)
    workbook = opened.service.workbook
    full_disk.fill()
    problems.answer = None  # "Go back"
    assert not opened.close()
    assert opened.service.is_open and opened.isVisible()
    message, advice, actions = problems.shown[-1]
    assert "couldn't be saved" in message and TITLE in message
    assert "disk space" in advice
    assert "Try again" in actions and "Go back" in actions
    program = opened.workspace.screen_for("program")
    assert program.content.field_widget("reason").value() == "Sleeping badly since the spring"

    from workbook.ui.widgets import dialogs

    asked: list[str] = []

    def room_is_made_then_try_again(dialog: Any) -> int:
        asked.append("asked")
        full_disk.clear()  # the person frees some space while the question is up
        dialog.chosen = "retry"
        return 1

    monkeypatch.setattr(dialogs.ProblemDialog, "exec", room_is_made_then_try_again)
    assert opened.close()
    assert asked == ["asked"]  # one Try again was enough
    assert workbook.closed
    from workbook.core.store import open_workbook

    with open_workbook(workbook.path, PASSPHRASE) as reopened:
        [draft] = reopened.entries("intake")
        assert draft.answers["reason"] == "Sleeping badly since the spring"
        assert [g.obstacles for g in reopened.goals()] == ["Rain"]


def test_a_check_in_that_failed_is_saved_before_quitting(
    opened: Any, full_disk: FullDisk, problems: Any, qtbot: QtBot
) -> None:
    home = opened.workspace.show_screen("home")
    home.checkin.note.setText("A walk by the river")
    full_disk.fill()
    home.checkin.save_button.click()
    full_disk.clear()
    workbook = opened.service.workbook
    opened.close()
    assert problems.shown == []  # nothing left unsaved, nothing to ask
    from workbook.core.store import open_workbook

    with open_workbook(workbook.path, PASSPHRASE) as reopened:
        [today] = reopened.checkins(date.today(), date.today())
        assert today.note == "A walk by the river"


def _notice_texts(home: Any) -> list[Any]:
    from PySide6.QtWidgets import QLabel

    found = []
    for index in range(home.notices.count()):
        card = home.notices.itemAt(index).widget()
        found += card.findChildren(QLabel)
    return found


def test_a_look_back_being_written_when_the_workbook_locks_is_kept(
    opened: Any, full_disk: FullDisk, qtbot: QtBot, monkeypatch: Any
) -> None:
    """The idle lock closes the review dialog; what was written in it is saved on unlock."""
    from workbook.ui.goals.review_dialog import GoalReviewDialog

    workbook = opened.service.workbook
    goal = workbook.add_goal("Walk after lunch")
    goals = opened.workspace.show_screen("goals")
    goals.refresh()

    def writing_when_it_locks(dialog: GoalReviewDialog) -> int:
        dialog.show()
        dialog.next_step.setPlainText("Umbrella by the door")
        full_disk.fill()
        opened.lock()  # as the idle timer does
        return 0

    monkeypatch.setattr(GoalReviewDialog, "exec", writing_when_it_locks)
    goals.add_review()
    assert not opened.service.is_open
    assert SAVED_WORDS not in opened.start_screen.unlock.intro.text()

    full_disk.clear()
    _unlock(opened, qtbot)
    [review] = opened.service.workbook.goal(goal.id).reviews
    assert review.next_step == "Umbrella by the door"


def test_quitting_while_locked_with_words_waiting_asks_first(
    opened: Any, full_disk: FullDisk, problems: Any, qtbot: QtBot
) -> None:
    """Words held in memory since the lock are not dropped by quitting without a word."""
    _write_everywhere(opened)
    full_disk.fill()
    opened.lock()
    problems.answer = None  # "Go back"
    assert not opened.close()
    message, advice, actions = problems.shown[-1]
    assert "couldn't be saved" in message and "Unlock" in advice
    assert "Try again" not in actions and "Go back" in actions
    full_disk.clear()
    _unlock(opened, qtbot)
    _everything_is_in_the_workbook(opened)
