"""Fixtures for the shell tests: a real main window on the built-in program, in a fresh data folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from shell_helpers import FullDisk, open_new_workbook


@dataclass
class ShownProblems:
    """Every calm problem dialog the app tried to show, and which button the test "presses"."""

    shown: list[tuple[str, str, list[str]]] = field(default_factory=list)
    answer: str | None = None

    @property
    def messages(self) -> list[str]:
        return [message for message, _, _ in self.shown]


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> ShownProblems:
    """Problem dialogs are recorded instead of blocking the test on ``exec()``."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from workbook.ui.widgets import dialogs

    record = ShownProblems()

    def fake_exec(self: Any) -> int:
        headline = self.findChildren(QLabel)
        texts = [label.text() for label in headline]
        actions = [b.text() for b in self.findChildren(QPushButton)]
        record.shown.append((texts[0], texts[1] if len(texts) > 1 else "", actions))
        self.chosen = record.answer
        return 1

    monkeypatch.setattr(dialogs.ProblemDialog, "exec", fake_exec)
    return record


@pytest.fixture
def themed(qapp: Any) -> Iterator[Any]:
    """The app named and styled as Workbook runs it; restored afterwards for other tests."""
    from workbook.ui.shell.app import configure_application
    from workbook.ui.widgets import theme

    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    configure_application(qapp)
    theme.apply_theme(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot: QtBot, themed: Any, problems: ShownProblems) -> Iterator[Any]:
    """The main window, shown and started (first page chosen, program loading)."""
    from workbook.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.service._program is not None, timeout=10_000)
    yield win
    win.service.pool.waitForDone()
    win.close()  # as quitting does: drafts saved, workbook closed, hooks removed


@pytest.fixture
def opened(window: Any) -> Any:
    """The main window with a new workbook open on Home."""
    open_new_workbook(window)
    return window


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    """A disk that can be filled (every save fails) and cleared again mid-test."""
    return FullDisk(monkeypatch)
