"""Every write on a full disk: what was typed stays on screen, the problem names the cause,
Try again saves it once there is room, and no screen says "saved" before it is."""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot
from shell_helpers import FullDisk

from workbook.ui.shell.save_problem import SaveProblem

CAUSE = "disk space"  # the store's words for ENOSPC: "Free some disk space or check …"


def _type(view: Any, field_id: str, value: Any) -> None:
    """Answer a question as a person does: the widget changes and says so."""
    widget = view.field_widget(field_id)
    widget.set_value(value)
    widget.changed.emit()


def _says_why_and_offers_retry(problem: SaveProblem) -> None:
    assert problem.showing
    assert CAUSE in problem.text()
    assert not problem.retry_button.isHidden() and problem.retry_button.text() == "Try again"


def test_a_module_answer_survives_a_full_disk_and_try_again_saves_it(
    opened: Any, full_disk: FullDisk, qtbot: QtBot
) -> None:
    program = opened.workspace.show_screen("program")
    program.open_module("intake")
    view = program.content
    full_disk.fill()
    _type(view, "reason", "Sleeping badly since the spring")
    with qtbot.waitSignal(view.session.save_failed, timeout=5_000):
        pass  # the autosave a second after typing
    assert view.field_widget("reason").value() == "Sleeping badly since the spring"
    _says_why_and_offers_retry(view.problem)
    assert "saved" not in view.status.text().replace("Not saved", "")
    assert opened.service.workbook.entries("intake") == []

    full_disk.clear()
    qtbot.mouseClick(view.problem.retry_button, _left())
    [draft] = opened.service.workbook.entries("intake")
    assert draft.answers["reason"] == "Sleeping badly since the spring"
    assert not view.problem.showing
    assert view.status.text().startswith("Draft saved at")


def test_finishing_on_a_full_disk_keeps_the_answers_and_try_again_finishes(
    opened: Any, full_disk: FullDisk, qtbot: QtBot
) -> None:
    program = opened.workspace.show_screen("program")
    program.open_module("phq9")
    view = program.content
    for i in range(1, 10):
        _type(view, f"q{i}", "several-days")
    assert view.session.flush()
    finished: list[str] = []
    view.finished.connect(finished.append)
    full_disk.fill()
    assert view.finish() is False
    _says_why_and_offers_retry(view.problem)
    assert finished == []
    assert view.field_widget("q9").value() == "several-days"
    assert not view.session.read_only
    assert opened.service.workbook.entries("phq9", status="complete") == []

    full_disk.clear()
    qtbot.mouseClick(view.problem.retry_button, _left())
    [done] = opened.service.workbook.entries("phq9", status="complete")
    assert finished == [done.id]
    assert done.results is not None  # scored by the core, as any finish is


def test_a_check_in_survives_a_full_disk(opened: Any, full_disk: FullDisk, qtbot: QtBot) -> None:
    home = opened.workspace.show_screen("home")
    card = home.checkin
    card.scales["mood"].buttons[8].click()
    card.note.setText("A walk by the river")
    full_disk.fill()
    qtbot.mouseClick(card.save_button, _left())
    _says_why_and_offers_retry(card.problem)
    assert card.note.text() == "A walk by the river" and card.note.isVisible()
    assert card.scales["mood"].value() == 8
    assert "Done for today" not in card.status.text()
    assert opened.service.workbook.checkins(date.today(), date.today()) == []

    full_disk.clear()
    qtbot.mouseClick(card.problem.retry_button, _left())
    [today] = opened.service.workbook.checkins(date.today(), date.today())
    assert (today.mood, today.note) == (8, "A walk by the river")
    assert "Done for today" in card.status.text()
    assert not card.problem.showing


def test_a_goal_and_its_review_survive_a_full_disk(
    opened: Any, full_disk: FullDisk, qtbot: QtBot, monkeypatch: Any
) -> None:
    goals = opened.workspace.show_screen("goals")
    goals.new_goal()
    goals.editor.inputs["goal"].setText("Walk after lunch")
    goals.editor.inputs["plan"].setPlainText("If it rains, walk indoors")
    full_disk.fill()
    qtbot.mouseClick(goals.save_button, _left())
    _says_why_and_offers_retry(goals.problem)
    assert goals.saved_note.text() == "Not saved yet."
    assert goals.editor.inputs["plan"].toPlainText() == "If it rains, walk indoors"
    assert opened.service.workbook.goals() == []

    full_disk.clear()
    qtbot.mouseClick(goals.problem.retry_button, _left())
    [goal] = opened.service.workbook.goals()
    assert goal.plan == "If it rains, walk indoors"
    assert goals.saved_note.text() == "Saved."

    # The review dialog stays open with every word in it until the review is saved.
    from workbook.ui.goals.review_dialog import GoalReviewDialog

    seen: list[GoalReviewDialog] = []

    def person_writes_a_review(dialog: GoalReviewDialog) -> int:
        seen.append(dialog)
        dialog.helped.setPlainText("Walking with Sam")
        full_disk.fill()
        dialog.save()
        assert dialog.result() == 0 and dialog.problem.showing  # not closed, not claimed
        _says_why_and_offers_retry(dialog.problem)
        assert dialog.helped.toPlainText() == "Walking with Sam"
        assert opened.service.workbook.goal(goal.id).reviews == ()
        full_disk.clear()
        qtbot.mouseClick(dialog.problem.retry_button, _left())
        return 1

    monkeypatch.setattr(GoalReviewDialog, "exec", person_writes_a_review)
    goals.add_review()
    assert seen
    [review] = opened.service.workbook.goal(goal.id).reviews
    assert review.helped == "Walking with Sam"


def test_a_setting_survives_a_full_disk(opened: Any, full_disk: FullDisk, qtbot: QtBot) -> None:
    from workbook.ui.service import AUTO_LOCK_MINUTES

    settings = opened.workspace.show_screen("settings")
    full_disk.fill()
    settings.auto_lock.setCurrentIndex(settings.auto_lock.findData(30))
    _says_why_and_offers_retry(settings.lock_problem)
    assert settings.auto_lock.currentData() == 30  # the choice stays as made
    assert opened.service.workbook.get_setting(AUTO_LOCK_MINUTES) is None

    full_disk.clear()
    qtbot.mouseClick(settings.lock_problem.retry_button, _left())
    assert opened.service.workbook.get_setting(AUTO_LOCK_MINUTES) == 30
    assert not settings.lock_problem.showing


def test_a_crisis_contact_survives_a_full_disk(
    opened: Any, full_disk: FullDisk, qtbot: QtBot
) -> None:
    from workbook.core import crisis

    settings = opened.workspace.show_screen("settings")
    contacts = settings.contacts
    contacts.add_contact()
    full_disk.fill()
    contacts.table.item(contacts.table.rowCount() - 1, 0).setText("Sam")
    _says_why_and_offers_retry(contacts.problem)
    opened.service.notify("settings")  # any refresh must not wipe what was typed
    assert contacts.table.item(contacts.table.rowCount() - 1, 0).text() == "Sam"
    assert crisis.personal_contacts(opened.service.workbook) == []

    full_disk.clear()
    qtbot.mouseClick(contacts.problem.retry_button, _left())
    assert [c.name for c in crisis.personal_contacts(opened.service.workbook)] == ["Sam"]
    assert not contacts.problem.showing


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
