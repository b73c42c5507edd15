"""A person's journey through the real app on the built-in program, from first launch to relock.

Create a workbook → lock and unlock → PHQ-9 with a known answer vector → score, band
and the safety panel → a SMART goal → two thought records in the history → idle
lock → unlock → everything is still there. Plus: a conditional question, a check
that blocks Finish, and a draft that survives the app being killed mid-page.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_driver import (
    PASSPHRASE,
    answer,
    create_through_welcome,
    go_to_page_with,
    next_until_finish,
    open_module,
    unlock,
)
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

#: PHQ-9 answers q1..q9 → scores 1,2,1,2,1,1,2,1,1 = 12 ("Moderate"); q9 > 0 raises the flag.
PHQ9 = {
    "q1": "several-days",
    "q2": "more-than-half-the-days",
    "q3": "several-days",
    "q4": "more-than-half-the-days",
    "q5": "several-days",
    "q6": "several-days",
    "q7": "more-than-half-the-days",
    "q8": "several-days",
    "q9": "several-days",
}


@pytest.fixture
def app_window(qtbot: QtBot, qapp: Any) -> Iterator[Any]:
    """The real main window, styled as in use, on a fresh data folder."""
    from workbook.ui.shell.app import configure_application
    from workbook.ui.shell.main_window import MainWindow
    from workbook.ui.widgets import theme

    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    configure_application(qapp)
    theme.apply_theme(qapp)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 860)
    window.show()
    window.start()
    yield window
    window.service.pool.waitForDone()
    window.close()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_a_clients_journey_survives_locking(app_window: Any, qtbot: QtBot) -> None:
    """Everything a person does in one sitting is there, intact, after locking and unlocking."""
    window = app_window

    def wait_until(condition: Any) -> None:
        qtbot.waitUntil(condition, timeout=15_000)

    # First launch: create, keep the recovery key, arrive on Home; lock and unlock once.
    create_through_welcome(window, wait_until)
    assert window.workspace.current_key() == "home"
    window.lock()
    unlock(window, wait_until)

    # PHQ-9: the follow-up question appears only once something was answered.
    view = open_module(window, "phq9")
    go_to_page_with(view, "q1")
    assert "difficulty" not in view.session.visible_ids()
    for field_id, value in list(PHQ9.items())[:8]:
        answer(view, field_id, value)
    assert "difficulty" in view.session.visible_ids()

    # A required question left blank blocks going on, with a message where it belongs.
    page = view.current_page()
    view.next_button.click()
    assert view.current_page() == page
    assert view.field_widget("q9").error()
    assert view.banner.isVisible()
    answer(view, "q9", PHQ9["q9"])
    go_to_page_with(view, "for_session")
    next_until_finish(view)
    view.finish_button.click()

    # The result shows the score and band; the risk flag opens the safety panel.
    screen = window.workspace.screen_for("program")
    results = screen.content
    texts = " ".join(label.text() for label in results.findChildren(QLabel))
    assert "12" in texts and "Moderate" in texts
    from workbook.ui.safety.panel import shown_panel

    wait_until(lambda: shown_panel(window.service) is not None)
    panel = shown_panel(window.service)
    wait_until(panel.isVisible)
    panel.close()

    # A SMART goal, set through its guided module, lands on the Goals screen.
    view = open_module(window, "smart-goal")
    go_to_page_with(view, "goal")
    answer(view, "goal", "Walk for ten minutes after lunch")
    answer(view, "specific", "Around the block, three days a week")
    next_until_finish(view)
    view.finish_button.click()
    goals = window.service.require().goals()
    assert [g.goal for g in goals] == ["Walk for ten minutes after lunch"]

    # Two thought records; the module's history lists both.
    for situation in ("Missed the bus", "Friend did not reply"):
        view = open_module(window, "thought-record")
        go_to_page_with(view, "records")
        answer(view, "records", [{"situation": situation, "feelings": "anxious", "intensity": 70}])
        next_until_finish(view)
        view.finish_button.click()
    module = window.service.program.module("thought-record")
    history = screen.show_history(module)
    assert len(history.entry_ids()) == 2

    # Idle for the (shortened) auto-lock time: locked, screens gone, passphrase asked for.
    window.idle_lock.set_timeout_ms(200)
    wait_until(lambda: not window.service.is_open)
    assert window.workspace.screens == {}
    unlock(window, wait_until)

    workbook = window.service.require()
    phq = workbook.entries("phq9", status="complete")
    assert len(phq) == 1 and phq[0].answers["q9"] == "several-days"
    assert phq[0].results["scores"]["total"] == 12
    assert len(workbook.entries("thought-record", status="complete")) == 2
    assert [g.goal for g in workbook.goals()] == ["Walk for ten minutes after lunch"]
    home = window.workspace.screen_for("home")
    recent = " ".join(label.text() for label in home.results.findChildren(QLabel))
    assert "12" in recent and "Moderate" in recent


WORKER = Path(__file__).with_name("e2e_crash_worker.py")


def test_a_draft_survives_the_app_being_killed_mid_page(app_window: Any, qtbot: QtBot) -> None:
    """Words typed on a later page are there, on that page, after the app is killed."""
    from workbook.core.store import create_workbook

    workbook, _ = create_workbook("Crash test", PASSPHRASE)
    workbook.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()  # the worker says when the autosave has happened
        assert line == "saved", proc.stderr.read() if proc.stderr else line
        os.kill(proc.pid, signal.SIGKILL)  # mid-page: still typing, window open
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    window = app_window
    window.start_screen.show_start()
    unlock(window, lambda condition: qtbot.waitUntil(condition, timeout=15_000))
    drafts = window.service.require().entries("thought-record", status="draft")
    assert len(drafts) == 1
    view = open_module(window, "thought-record")
    assert view.current_page() == view.session.first_page_with("noticed") > 0
    assert view.field_widget("noticed").value().startswith("I noticed my chest")
