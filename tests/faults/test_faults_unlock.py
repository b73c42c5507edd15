"""On the unlock page, each fault is named and offers "Try again", never a restore; once the
person has fixed the cause, "Try again" opens the workbook with everything in it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fault_helpers import (
    CAUSE_WORDS,
    PASSPHRASE,
    Prepared,
    SmallDisk,
    fault_active,
    mentions_restore,
)
from pytestqt.qtbot import QtBot

Shown = list[tuple[str, str, list[str]]]


@pytest.fixture
def start_screen(qtbot: QtBot) -> Iterator[Any]:
    """The way in, at 1024x700, collecting the workbook it opens."""
    from workbook.ui.service import WorkbookService
    from workbook.ui.welcome.start_screen import StartScreen

    service = WorkbookService()
    screen = StartScreen(service)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    opened: list[Any] = []
    screen.unlocked.connect(opened.append)
    screen.opened = opened  # type: ignore[attr-defined]
    yield screen
    service.pool.waitForDone()
    for workbook in opened:
        workbook.close()


def answering(monkeypatch: pytest.MonkeyPatch, respond: Callable[[list[str]], str | None]) -> Shown:
    """Problem dialogs are recorded (message, advice, buttons) and answered by ``respond``."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from workbook.ui.widgets import dialogs

    shown: Shown = []

    def fake_exec(self: Any) -> int:
        texts = [label.text() for label in self.findChildren(QLabel)]
        buttons = [b.text() for b in self.findChildren(QPushButton)]
        shown.append((texts[0], texts[1] if len(texts) > 1 else "", buttons))
        self.chosen = respond(buttons)
        return 1

    monkeypatch.setattr(dialogs.ProblemDialog, "exec", fake_exec)
    return shown


def test_the_unlock_page_names_the_fault_and_try_again_opens_once_it_clears(
    fault: str,
    small_disk: SmallDisk,
    prepared: Prepared,
    start_screen: Any,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dialog names the cause and has "Try again" but no "Restore the backup"; the person
    fixes the cause (the fault ends while the dialog is up) and "Try again" opens every entry."""
    with contextlib.ExitStack() as fault_on:
        fault_on.enter_context(fault_active(fault, small_disk, prepared))

        def fix_it_then_try_again(buttons: list[str]) -> str | None:
            fault_on.close()
            return "retry" if "Try again" in buttons else None

        shown = answering(monkeypatch, fix_it_then_try_again)
        start_screen.show_start()
        start_screen.unlock.passphrase.setText(PASSPHRASE)
        start_screen.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: bool(start_screen.opened or len(shown) > 1), timeout=20_000)

    assert len(shown) == 1, shown
    message, advice, buttons = shown[0]
    assert CAUSE_WORDS[fault] in message, message
    assert "is damaged" not in message
    assert not mentions_restore(message, advice, *buttons)
    assert "Try again" in buttons
    workbook = start_screen.opened[0]
    for entry_id, answers in prepared.entries.items():
        assert workbook.entry(entry_id).answers == answers
