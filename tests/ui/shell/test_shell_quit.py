"""Quitting from the keyboard: Ctrl+Q closes the window (drafts saved, workbook locked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from workbook.ui.shell.menus import shortcuts


def test_ctrl_q_quits(opened: Any, qtbot: QtBot) -> None:
    """Ctrl+Q closes the window and the workbook (Qt warned "ambiguous shortcut" and did
    nothing while Ctrl+Q was registered twice; a Qt warning fails this test)."""
    qtbot.waitUntil(lambda: bool(opened.menus["file"].actions()), timeout=10_000)
    workbook = opened.service.workbook
    opened.activateWindow()
    qtbot.keyClick(opened, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not opened.isVisible(), timeout=5_000)
    assert not opened.service.is_open
    assert workbook.closed


def test_no_shortcut_is_listed_twice(opened: Any, qtbot: QtBot) -> None:
    """Every menu action's keys are distinct, so none of them is ambiguous."""
    qtbot.waitUntil(lambda: bool(opened.menus["file"].actions()), timeout=10_000)
    seen: dict[str, str] = {}
    for menu in opened.menus.values():
        for action in menu.actions():
            for key in action.shortcuts():
                text = key.toString()
                assert text not in seen, f"{text} is on {seen[text]!r} and {action.text()!r}"
                seen[text] = action.text()


def test_shortcuts_merge_a_standard_key_that_is_the_same() -> None:
    """Ctrl+Q and the platform's Quit key collapse to one when they are the same keys."""
    keys = [k.toString() for k in shortcuts("Ctrl+Q", QKeySequence.StandardKey.Quit)]
    assert keys.count("Ctrl+Q") == 1
