"""The Goals screen: goals are created, edited and reviewed, and all of it is kept in the workbook."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from screens_fakes import FakeService

from workbook.ui.goals.review_dialog import GoalReviewDialog
from workbook.ui.goals.view import GoalsScreen, describe


def make_screen(qtbot: QtBot, service: FakeService) -> GoalsScreen:
    screen = GoalsScreen(service)
    qtbot.addWidget(screen)
    return screen


def test_new_goal_is_saved_in_the_workbook(qtbot: QtBot, service: FakeService) -> None:
    """Writing a goal and pressing Save keeps it, with its SMART parts and target date."""
    screen = make_screen(qtbot, service)
    assert screen.pages.currentWidget() is screen.empty
    screen.new_goal()
    screen.editor.inputs["goal"].setText("Walk after lunch")
    screen.editor.inputs["specific"].setPlainText("Ten minutes round the park")
    screen.editor.has_target.setChecked(True)
    screen.editor.target.setDate(QDate(2026, 12, 24))
    with qtbot.waitSignal(service.changed, check_params_cb=lambda t: t == "goals"):
        screen.save_button.click()
    [goal] = service.workbook.goals()
    assert goal.goal == "Walk after lunch"
    assert goal.specific == "Ten minutes round the park"
    assert goal.target_date == date(2026, 12, 24)
    assert goal.status == "active"
    assert screen.list.count() == 1
    assert "Walk after lunch" in screen.list.item(0).text()


def test_a_goal_needs_a_few_words(qtbot: QtBot, service: FakeService) -> None:
    """Saving without a goal says what is missing instead of saving an empty goal."""
    screen = make_screen(qtbot, service)
    screen.new_goal()
    screen.editor.inputs["plan"].setPlainText("If it rains, walk indoors")
    screen.save_button.click()
    assert service.workbook.goals() == []
    assert "few words" in screen.editor.goal_error.text()
    assert not screen.editor.goal_error.isHidden()


def test_editing_a_goal_keeps_the_earlier_wording(qtbot: QtBot, service: FakeService) -> None:
    """Changing a goal and its status saves the change; the store keeps the earlier wording."""
    goal = service.workbook.add_goal("Walk after lunch", first_step="Shoes by the door")
    screen = make_screen(qtbot, service)
    assert screen.editor.goal_id == goal.id
    assert screen.editor.inputs["first_step"].text() == "Shoes by the door"
    screen.editor.inputs["goal"].setText("Walk after lunch, three days a week")
    screen.editor.status.setCurrentIndex(screen.editor.status.findData("paused"))
    assert screen.saved_note.text() == "Not saved yet."
    screen.save_button.click()
    saved = service.workbook.goal(goal.id)
    assert saved.goal == "Walk after lunch, three days a week"
    assert saved.status == "paused"
    assert service.workbook.goal_history(goal.id)[0]["goal"] == "Walk after lunch"
    assert "Resting for now" in screen.list.item(0).text()


def test_switching_goals_saves_unsaved_words(qtbot: QtBot, service: FakeService) -> None:
    """Moving to another goal never loses what was typed in the first."""
    first = service.workbook.add_goal("Walk")
    service.workbook.add_goal("Call a friend")
    screen = make_screen(qtbot, service)
    row = next(
        i
        for i in range(screen.list.count())
        if screen.list.item(i).data(Qt.ItemDataRole.UserRole) == first.id
    )
    screen.list.setCurrentRow(row)
    screen.editor.inputs["obstacles"].setPlainText("Rain")
    screen.list.setCurrentRow(1 - row)
    assert service.workbook.goal(first.id).obstacles == "Rain"


def test_locking_saves_unsaved_words_then_clears_them(qtbot: QtBot, service: FakeService) -> None:
    """On lock an edited goal is saved first, then its words leave the screen."""
    goal = service.workbook.add_goal("Walk")
    screen = make_screen(qtbot, service)
    screen.editor.inputs["plan"].setPlainText("If tired, walk five minutes")
    service.about_to_lock.emit()
    screen.clear_content()
    assert service.workbook.goal(goal.id).plan == "If tired, walk five minutes"
    assert screen.list.count() == 0
    assert screen.editor.inputs["plan"].toPlainText() == ""


def test_review_is_kept_with_its_date_progress_and_words(
    qtbot: QtBot, service: FakeService
) -> None:
    """A review is stored with its day and progress, and shows under the goal."""
    goal = service.workbook.add_goal("Walk")
    screen = make_screen(qtbot, service)
    dialog = GoalReviewDialog(service.workbook.goal(goal.id), screen)
    qtbot.addWidget(dialog)
    dialog.progress.setValue(6)
    dialog.helped.setPlainText("Walking with Sam")
    dialog.hindered.setPlainText("Rain on Tuesday")
    dialog.next_step.setPlainText("Umbrella by the door")
    dialog.status.setCurrentIndex(dialog.status.findData("achieved"))
    screen.save_review(goal.id, dialog.review())
    [review] = service.workbook.goal(goal.id).reviews
    assert review.progress == 6 and review.day == date.today()
    assert (review.helped, review.hindered, review.next_step) == (
        "Walking with Sam",
        "Rain on Tuesday",
        "Umbrella by the door",
    )
    assert service.workbook.goal(goal.id).status == "achieved"
    shown = [w.text() for w in screen.findChildren(type(screen.saved_note))]
    assert "Walking with Sam" in shown and "Umbrella by the door" in shown


def test_review_answers_show_apart_as_typed(qtbot: QtBot, service: FakeService) -> None:
    """Each answer shows under its own question, even one holding another question's
    heading, and an older free note shows under "Note"."""
    goal = service.workbook.add_goal("Walk")
    service.workbook.add_goal_review(goal.id, "Plain older note", day=date(2026, 1, 5))
    service.workbook.add_goal_review(
        goal.id, helped="Sam.\n\nNext step: Sam's idea", next_step="Tuesday", day=date(2026, 1, 12)
    )
    screen = make_screen(qtbot, service)
    shown = [w.text() for w in screen.findChildren(type(screen.saved_note))]
    newest = shown.index("12 January 2026")
    assert shown[newest + 1 : newest + 5] == [
        "What helped",
        "Sam.\n\nNext step: Sam's idea",
        "Next step",
        "Tuesday",
    ]
    assert shown[shown.index("5 January 2026") + 1 : shown.index("5 January 2026") + 3] == [
        "Note",
        "Plain older note",
    ]


def test_list_says_when_a_goal_is_due_for_review(service: FakeService) -> None:
    """An active goal not looked at for a week says it is time for a review."""
    goal: Any = service.workbook.add_goal("Walk")
    assert "time for a review" not in describe(goal)
    assert "time for a review" in describe(goal, date.today() + timedelta(days=8))
