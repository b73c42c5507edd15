"""Autosave keeps up with someone who types without ever pausing."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from workbook.core.language.model import Program
from workbook.ui.program.session import AUTOSAVE_MS, EntrySession


def _session(service: Any, program: Program, now: list[float]) -> EntrySession:
    module = program.module("reading")
    assert module is not None
    return EntrySession(service, module, clock=lambda: now[0])


def test_steady_typing_is_saved_within_ten_seconds(
    qtbot: QtBot, service: Any, program: Program
) -> None:
    """A keystroke every half second never pauses for a full second, yet the words
    reach the workbook ten seconds after the first one, and again ten seconds later."""
    now = [0.0]
    session = _session(service, program, now)
    due: list[int] = []
    for half_seconds in range(21):
        now[0] = half_seconds / 2
        session.set_answer("thoughts", "word " * half_seconds)
        due.append(session._timer.interval())
    assert due[:19] == [AUTOSAVE_MS] * 19  # nothing forced before the pause rule would
    assert due[19] == 500 and due[20] == 0  # ten seconds in, the save is due now
    with qtbot.waitSignal(session.saved, timeout=2000):
        pass  # the due timer fires as soon as the event loop runs
    drafts = service.workbook.entries("reading", status="draft")
    assert drafts[0].answers == {"thoughts": "word " * 20}

    now[0] = 10.5  # typing goes on: a fresh ten seconds starts from the next edit
    session.set_answer("thoughts", "more words")
    assert session._timer.interval() == AUTOSAVE_MS
    now[0] = 20.5
    session.set_answer("thoughts", "more words still")
    assert session._timer.interval() == 0


def test_a_pause_still_saves_after_one_second(qtbot: QtBot, service: Any, program: Program) -> None:
    """Typing a little and stopping saves a second later, as before."""
    now = [0.0]
    session = _session(service, program, now)
    session.set_answer("thoughts", "a few words")
    assert session._timer.interval() == AUTOSAVE_MS
    with qtbot.waitSignal(session.saved, timeout=5000):
        pass
    assert service.workbook.entries("reading")[0].answers == {"thoughts": "a few words"}
