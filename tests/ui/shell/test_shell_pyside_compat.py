"""The app survives a long session of Qt calls (PySide6 6.12 loses a reference to None per call)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import workbook.ui  # noqa: F401  (applies the guard, as the app does)


def test_many_void_qt_calls_do_not_crash_the_interpreter(qtbot: QtBot) -> None:
    """Tens of thousands of setVisible calls — a long evening of typing — are survived."""
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(50_000):
        widget.setVisible(False)
    assert sys.getrefcount(None) > 1_000_000
