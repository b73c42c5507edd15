"""Pages are no Tab stops: Tab goes to the controls on them, and Page Up / Page Down scroll them.

A page (scroll area) used to be a Tab stop of its own so the keyboard could scroll a
stretch of text; Tab then drew the focus ring around the whole panel (Need help now,
a module page, Home) and typing went nowhere. Now focus only lands on controls, which
focus_follow scrolls into view, and Page Up / Page Down scroll the page from anywhere
on its screen or dialog: from a control on the page Qt passes the key up to the page
itself; from a control beside it (Back and Next, Close) ``scroll_from`` does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollArea, QWidget

_STEPS = {
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
}


def not_a_tab_stop(area: QScrollArea) -> QScrollArea:
    """``area`` takes no focus itself; its controls do (the wheel and Page keys still scroll it)."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class _PageKeys(QObject):
    """Page Up / Page Down that no control wanted, on their way up through ``scope``."""

    def __init__(self, area: QScrollArea, scope: QWidget) -> None:
        super().__init__(scope)
        self.area = area

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        step = _STEPS.get(Qt.Key(event.key()))
        if step is None or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        try:
            self.area.verticalScrollBar().triggerAction(step)
        except RuntimeError:  # the page went before its screen
            return False
        return True


def scroll_from(area: QScrollArea, scope: QWidget) -> None:
    """Page Up / Page Down anywhere in ``scope`` that no control used scroll ``area``."""
    scope.installEventFilter(_PageKeys(area, scope))
