"""Home: where I am, the next step, today's check-in, goals due and recent results."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pytestqt.qtbot import QtBot


def _home(window: Any) -> Any:
    return window.workspace.screen_for("home")


def test_new_workbook_suggests_the_first_module(opened: Any) -> None:
    """With nothing done yet, the next step is the program's first module."""
    home = _home(opened)
    first = opened.service.program.modules[0]
    texts = [label.text() for label in home.next_steps.findChildren(type(home.heading))]
    assert first.title in texts


def test_stages_show_how_many_modules_are_done(opened: Any) -> None:
    """Each stage says "0 of N done" before anything is finished, N counting the modules
    in the program's running order (not the questionnaires a clinician may add)."""
    home = _home(opened)
    program = opened.service.program
    texts = [label.text() for label in home.stages.findChildren(type(home.heading))]
    for stage in program.stages:
        assert stage.title in texts
    in_order = [m for m in program.modules_in(program.stages[0].id) if m.in_order]
    assert f"0 of {len(in_order)} done" in texts


def test_checkin_in_a_few_clicks_then_done_for_today(opened: Any) -> None:
    """Picking four numbers and a line, then Save, records today's check-in and says so."""
    card = _home(opened).checkin
    for field_id, value in (("mood", 3), ("anxiety", 7), ("sleep", 4), ("energy", 2)):
        card.scales[field_id].buttons[value].click()
    card.note.setText("Slept badly")
    card.save_button.click()
    workbook = opened.service.require()
    saved = workbook.checkins(date.today(), date.today())
    assert [(c.mood, c.anxiety, c.sleep, c.energy, c.note) for c in saved] == [
        (3, 7, 4, 2, "Slept badly")
    ]
    done = workbook.entries("checkin", status="complete")
    assert len(done) == 1 and done[0].answers["mood"] == 3
    assert "Done for today" in card.status.text()
    assert not card.save_button.isVisible()


def test_checkin_can_be_changed_later_the_same_day(opened: Any) -> None:
    """ "Change today's check-in" brings the numbers back as saved."""
    card = _home(opened).checkin
    card.scales["mood"].buttons[2].click()
    card.save_button.click()
    card.again_button.click()
    assert card.save_button.isVisible()
    assert card.scales["mood"].value() == 2
    assert card.scales["sleep"].value() is None
    card.scales["mood"].buttons[6].click()
    card.save_button.click()
    today = opened.service.require().checkins(date.today(), date.today())
    assert today[-1].mood == 6


def test_untouched_checkin_starts_unanswered_and_saves_nothing_invented(opened: Any) -> None:
    """No number is chosen at first; Save then records nothing and asks for one."""
    card = _home(opened).checkin
    assert all(scale.value() is None for scale in card.scales.values())
    assert not any(b.isChecked() for s in card.scales.values() for b in s.buttons)
    card.save_button.click()
    workbook = opened.service.require()
    assert workbook.checkins(date.today(), date.today()) == []
    assert workbook.entries("checkin", status="complete") == []
    assert "at least one" in card.status.text()


def test_checkin_records_only_the_numbers_picked(opened: Any) -> None:
    """Rating only mood leaves anxiety, sleep and energy empty, not 5."""
    card = _home(opened).checkin
    card.scales["mood"].buttons[4].click()
    card.save_button.click()
    workbook = opened.service.require()
    (saved,) = workbook.checkins(date.today(), date.today())
    assert (saved.mood, saved.anxiety, saved.sleep, saved.energy) == (4, None, None, None)
    (entry,) = workbook.entries("checkin", status="complete")
    assert entry.answers["mood"] == 4
    assert not {"anxiety", "sleep", "energy"} & set(entry.answers)
    assert "mood 4" in card.status.text() and "sleep" not in card.status.text()


def test_checkin_numbers_are_large_targets(opened: Any) -> None:
    """Each of the eleven numbers is at least 24 px wide and 32 px tall (not a 4 px slider step)."""
    opened.resize(1024, 700)
    card = _home(opened).checkin
    for scale in card.scales.values():
        assert len(scale.buttons) == 11
        for button in scale.buttons:
            assert button.width() >= 24 and button.height() >= 32


def _finish(window: Any, module_id: str, answers: dict[str, Any]) -> str:
    """Finish an entry the way the app does (the one write path) and return its id."""
    from workbook.core.usecases.entries import start_and_finish
    from workbook.ui.operation import apply

    module = window.service.program.module(module_id)
    done = apply(window.service, lambda program, wb: start_and_finish(program, wb, module, answers))
    return str(done.id)


def test_recent_results_view_shows_the_score_and_band(opened: Any, qtbot: QtBot) -> None:
    """Recent results → View opens the results (score, band, meaning), not the last page."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from workbook.ui.program.results_view import SELF_REPORT, ResultsView

    answers = {f"q{i}": "several-days" for i in range(1, 9)} | {"q9": "not-at-all"}
    _finish(opened, "phq9", answers)  # 8 × 1 = 8: mild
    home = _home(opened)
    home.refresh()
    view_buttons = [b for b in home.results.findChildren(QPushButton) if b.text() == "View"]
    assert view_buttons
    view_buttons[0].click()
    results = opened.workspace.current_screen().content
    assert isinstance(results, ResultsView)
    text = "\n".join(label.text() for label in results.findChildren(QLabel))
    assert "8 out of 27" in text
    assert "Mild" in text
    assert SELF_REPORT in text


def test_finished_safety_plan_reopens_on_the_plan(opened: Any) -> None:
    """Opening a finished safety plan shows the plan itself, not its last page."""
    from workbook.ui.program.results_view import ResultsView

    _finish(opened, "safety-plan", {"coping": ["Walk the dog"], "warning_signs": ["No sleep"]})
    opened.open_module("safety-plan")
    view = opened.workspace.current_screen().content
    assert isinstance(view, ResultsView)
    assert view.plan_view is not None
    titles = [step.title for step in view.plan_view.steps]
    assert any("Warning signs" in t for t in titles)


def test_goal_not_reviewed_for_a_week_is_due(opened: Any) -> None:
    """An active goal untouched for over a week shows under "Goals to look at"."""
    from workbook.core.goal_review import goals_due
    from workbook.core.store.records import Goal

    old = datetime.now().astimezone() - timedelta(days=10)
    goal = Goal(
        id="g",
        goal="Walk daily",
        specific="",
        measurable="",
        achievable="",
        relevant="",
        target_date=None,
        first_step="",
        obstacles="",
        plan="",
        status="active",
        created_at=old,
        updated_at=old,
    )
    due = goals_due([goal], date.today())
    assert [d.goal.goal for d in due] == ["Walk daily"]
    assert "10 days" in due[0].why


def test_recent_results_list_a_finished_questionnaire(opened: Any) -> None:
    """A finished PHQ-9 appears under Recent results with its score and band."""
    service = opened.service
    module = service.program.module("phq9")
    answers = {f"q{i}": "nearly-every-day" for i in range(1, 10)}
    from workbook.core.usecases.entries import start_and_finish
    from workbook.ui.operation import apply

    apply(service, lambda program, wb: start_and_finish(program, wb, module, answers))
    home = _home(opened)
    home.refresh()
    texts = " ".join(label.text() for label in home.results.findChildren(type(home.heading)))
    assert "27" in texts and "Severe" in texts


def test_next_step_button_opens_the_module(opened: Any, qtbot: QtBot) -> None:
    """Pressing Start on the next step shows that module in the Program screen."""
    from PySide6.QtWidgets import QPushButton

    home = _home(opened)
    button = home.next_steps.findChildren(QPushButton)[0]
    button.click()
    assert opened.workspace.current_key() == "program"
    program_screen = opened.workspace.current_screen()
    assert program_screen.module is not None
    assert program_screen.module.id == opened.service.program.modules[0].id


def test_program_notice_can_be_dismissed(opened: Any) -> None:
    """A notice about the program (moved, changed) shows on Home until dismissed."""
    from PySide6.QtWidgets import QPushButton

    opened.service.notices.append("The modules in this program have changed.")
    home = _home(opened)
    home.refresh()
    assert home.notices.count() == 1
    card = home.notices.itemAt(0).widget()
    next(b for b in card.findChildren(QPushButton) if b.text() == "OK").click()
    assert opened.service.notices == []


def _finish_phq9(opened: Any, days_ago: int) -> None:
    from workbook.core.scoring import compute_results
    from workbook.core.store import clock

    module = opened.service.program.module("phq9")
    answers = {f"q{i}": "several-days" for i in range(1, 10)}
    moment = datetime.now().astimezone() - timedelta(days=days_ago)
    workbook = opened.service.require()
    with clock.frozen_at(moment):
        entry = workbook.start_entry(module)
        workbook.complete_entry(entry.id, answers, compute_results(module, answers).to_json())


def _step_texts(home: Any) -> str:
    return " ".join(label.text() for label in home.next_steps.findChildren(type(home.heading)))


def test_a_questionnaire_due_again_shows_as_a_next_step(opened: Any) -> None:
    """PHQ-9 finished 14 days ago is due again on Home; finishing it today takes it away."""
    home = _home(opened)
    _finish_phq9(opened, 13)
    home.refresh()
    assert "Due today" not in _step_texts(home)
    _finish_phq9(opened, 14)  # an older one does not count: the latest is 13 days ago
    home.refresh()
    assert "Due" not in _step_texts(home)


def test_due_questionnaire_on_home_then_gone_once_done(opened: Any) -> None:
    """Due on day 14 ("Due today"), and not once it has been done again."""
    home = _home(opened)
    _finish_phq9(opened, 14)
    home.refresh()
    texts = _step_texts(home)
    assert "Mood questionnaire (PHQ-9)" in texts and "Due today — last done" in texts
    first = opened.service.program.modules[0]
    assert first.title in texts  # the program's next module is still offered beside it
    _finish_phq9(opened, 0)
    home.refresh()
    assert "Due today" not in _step_texts(home)
