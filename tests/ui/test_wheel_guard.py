"""The mouse wheel scrolls the page over a date, number, slider or drop-down that has no focus.

(A goal's target date once moved by 8 days while the person scrolled past it.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workbook.ui.widgets import wheel_guard


def _wheel(widget: QWidget, notches: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the person, down)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


class Page(QScrollArea):
    """A long page with one of each wheel-sensitive control halfway down."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addSpacing(900)
        self.date = QDateEdit(QDate(2026, 3, 14))
        self.date.setCalendarPopup(True)
        self.number = QSpinBox()
        self.number.setRange(0, 100)
        self.number.setValue(40)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setValue(5)
        self.combo = QComboBox()
        self.combo.addItems(["Active", "Done", "Set aside"])
        self.button = QPushButton("Somewhere else")
        for widget in (self.button, self.date, self.number, self.slider, self.combo):
            column.addWidget(widget)
        column.addSpacing(900)
        self.setWidget(body)
        self.resize(400, 500)

    def values(self) -> tuple[Any, ...]:
        return (
            self.date.date(),
            self.number.value(),
            self.slider.value(),
            self.combo.currentIndex(),
        )


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication) -> Page:
    wheel_guard.install(qapp)
    shown = Page()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.verticalScrollBar().setValue(700)
    shown.button.setFocus()
    return shown


CONTROLS: dict[str, Callable[[Page], QWidget]] = {
    "date": lambda p: p.date,
    "number": lambda p: p.number,
    "slider": lambda p: p.slider,
    "drop-down": lambda p: p.combo,
}


@pytest.mark.parametrize("name", list(CONTROLS))
def test_wheel_over_an_unfocused_control_scrolls_the_page_instead(page: Page, name: str) -> None:
    """Nothing changes in the control; the page moves, as the person meant."""
    control = CONTROLS[name](page)
    before = page.values()
    scrolled_from = page.verticalScrollBar().value()
    target = control.lineEdit() if isinstance(control, QDateEdit | QSpinBox) else control
    _wheel(target)
    _wheel(control)
    assert page.values() == before
    assert page.verticalScrollBar().value() > scrolled_from
    assert not control.hasFocus()


@pytest.mark.parametrize("name", list(CONTROLS))
def test_wheel_does_not_give_focus(page: Page, name: str) -> None:
    """The wheel no longer focuses a control on its way to changing it."""
    assert CONTROLS[name](page).focusPolicy() != Qt.FocusPolicy.WheelFocus


def test_wheel_still_changes_the_control_being_edited(page: Page, qtbot: QtBot) -> None:
    """After clicking or tabbing into the number, the wheel steps it as usual."""
    page.number.setFocus()
    qtbot.waitUntil(page.number.hasFocus)
    _wheel(page.number, notches=1)
    assert page.number.value() != 40
