"""The keyboard walk's focus-ring check can fail: it tells a ringed control from one whose
focus is invisible, and from a whole page taking focus."""

from __future__ import annotations

import layout_probe as probe
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

RING = "#1f5fbf"


def _focused(qtbot: QtBot, sheet: str) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    window.setStyleSheet(sheet)
    layout = QVBoxLayout(window)
    layout.addWidget(QLineEdit("other"))
    box = QLineEdit("typed words")
    layout.addWidget(box)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    return window, box


def test_a_two_pixel_ring_counts(qtbot: QtBot) -> None:
    _window, box = _focused(
        qtbot,
        f"QLineEdit {{ border: 2px solid #888; }} QLineEdit:focus {{ border: 2px solid {RING}; }}",
    )
    assert probe.focus_ring_missing(box, QColor(RING)) is None
    assert box.hasFocus(), "the check must give the focus back"


def test_focus_that_changes_nothing_is_reported(qtbot: QtBot) -> None:
    _window, box = _focused(qtbot, "QLineEdit, QLineEdit:focus { border: 2px solid #888; }")
    problem = probe.focus_ring_missing(box, QColor(RING))
    assert problem is not None and "shows no ring" in problem


def test_a_whole_page_taking_focus_is_reported(qtbot: QtBot) -> None:
    page = QScrollArea()
    qtbot.addWidget(page)
    problem = probe.focus_ring_missing(page, QColor(RING))
    assert problem is not None and "whole page" in problem
