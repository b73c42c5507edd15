"""Every main screen can be walked with Tab alone, and every stop has a name to say aloud."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from focus_walk import describe, focus_chain, spoken_name, tab_stops, unreachable
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE


def _sample(workbook: Any, program: Any) -> None:
    """Enough history for every screen to show its charts, tables and lists."""
    from workbook.core.scoring import compute_results

    phq9 = program.module("phq9")
    for level in ("nearly-every-day", "several-days"):
        answers = {f"q{i}": level for i in range(1, 10)} | {"q9": "not-at-all"}
        entry = workbook.start_entry(phq9)
        results = compute_results(phq9, answers, None, program=program).to_json()
        workbook.complete_entry(entry.id, answers, results)
    today = date.today()
    for days_ago in (1, 2, 3):
        workbook.save_checkin(today - timedelta(days=days_ago), mood=5, anxiety=4, sleep=6)
    goal = workbook.add_goal("Walk after lunch", first_step="Shoes by the door")
    workbook.add_goal_review(goal.id, helped="Sunshine", progress=4)


@pytest.fixture
def sampled(window: Any) -> Any:
    """The main window on Home with a workbook that has some history."""
    from workbook.core.store import create_workbook

    workbook, _key = create_workbook("Keyboard", PASSPHRASE)
    _sample(workbook, window.service.program)
    window.start_screen.unlocked.emit(workbook)
    return window


def _open_page_with(window: Any, module_id: str, field_id: str) -> None:
    window.go("program")
    program = window.workspace.screen_for("program")
    program.open_module(module_id)
    view = program.content
    while view.current_page() < view.session.first_page_with(field_id):
        view.next()


def _show(window: Any, screen: str) -> None:
    if screen == "phq9 page":
        _open_page_with(window, "phq9", "q1")
    elif screen == "thought record":
        _open_page_with(window, "thought-record", "records")
    elif screen == "goals":
        window.go("goals")
        goals = window.workspace.screen_for("goals")
        goals.list.setCurrentRow(0)  # a goal open in the editor
    elif screen == "settings":
        window.go("settings")
        contacts = window.workspace.screen_for("settings").contacts
        contacts.add_contact()  # a row in the contacts table, whose cells arrows move between
        QTest.keyClick(contacts.table.focusWidget() or contacts.table, Qt.Key.Key_Escape)
        assert contacts.table.rowCount() == 1
    else:
        window.go(screen)


SCREENS = ["home", "phq9 page", "thought record", "progress", "goals", "settings"]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_control_is_reached_by_tab_and_has_a_name(
    sampled: Any, qtbot: QtBot, screen: str
) -> None:
    """Tab visits every control on the screen and comes back round (no traps), and each
    stop has an accessible name, its own text or a label naming it."""
    _show(sampled, screen)
    qtbot.wait(10)  # let deferred layouts and rebuilds run
    stops = tab_stops(sampled)
    unnamed = [describe(w) for w in stops if not spoken_name(w)]
    assert not unnamed, f"no name for a screen reader on {screen}: {unnamed}"
    missed = [describe(w) for w in unreachable(sampled, stops)]
    assert not missed, f"not reachable with Tab on {screen}: {missed}"
    assert len(stops) > 5


def test_the_unlock_page_is_walkable_and_locking_after_a_walk_works(
    sampled: Any, qtbot: QtBot
) -> None:
    """After walking Progress, locking still works, and the unlock page can be walked too.

    (Walking every widget of Progress once made locking fail: PySide had let go of the
    toolbar's Lock action that addWidget() returned.)"""
    _show(sampled, "progress")
    assert len(focus_chain(sampled)) > 20
    tab_stops(sampled)
    sampled.lock()
    assert not sampled.service.is_open
    assert not sampled.lock_slot.isVisible()
    sampled.start_screen.unlock.passphrase.setText("typed")
    stops = tab_stops(sampled)
    assert sampled.start_screen.unlock.passphrase in stops
    assert sampled.start_screen.unlock.unlock_button in stops
    assert not [describe(w) for w in stops if not spoken_name(w)]
