"""The mouse wheel scrolls the page; it never changes a date, number, slider or drop-down
that the person has not chosen to work on (given keyboard focus, by clicking or Tab).

Without this, scrolling a long page over a goal's target date moved it by days, and the
lock then saved the change silently. Installed once on the application.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

#: Controls that take a value from the wheel.
GUARDED = (QAbstractSpinBox, QAbstractSlider, QComboBox)

_POLISH = QEvent.Type.Polish
_WATCHED = frozenset({_POLISH, QEvent.Type.Wheel})


class WheelGuard(QObject):
    """Application event filter: an unfocused value control passes the wheel to its page."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event in the app: the cheapest test first.
        kind = event.type()
        if kind not in _WATCHED or not isinstance(watched, GUARDED):
            return False
        if kind == _POLISH:
            _no_wheel_focus(watched)
        elif isinstance(event, QWheelEvent) and not _is_being_edited(watched):
            _pass_to_page(watched, event)
            return True
        return False


def _no_wheel_focus(widget: QWidget) -> None:
    """A wheel turn over the control would otherwise focus it first and then change it."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _is_being_edited(widget: QWidget) -> bool:
    # a scroll bar belongs to the page it scrolls: the wheel always works on it
    if isinstance(widget, QAbstractSlider) and widget.inherits("QScrollBar"):
        return True
    return widget.hasFocus()


def _pass_to_page(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to each parent in turn until one uses it (as Qt does for a real
    wheel turn; it does not for a synthesized one, so do it here for both)."""
    position = event.position()
    parent = widget.parentWidget()
    while parent is not None:
        position = widget.mapTo(parent, position)
        passed = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        passed.setAccepted(True)
        QApplication.sendEvent(parent, passed)
        if passed.isAccepted() or parent.isWindow():
            break
        widget, parent = parent, parent.parentWidget()


def install(app: QApplication) -> WheelGuard:
    """Guard every control of ``app``, now and later (kept alive as the app's child)."""
    global _guard
    # Remembered here rather than looked up among the app's children: findChild and
    # children() wrap every child and build Qt enum classes, about 20 ms of every start.
    if _guard is not None:
        try:
            if _guard.parent() is app:
                return _guard
        except RuntimeError:  # it went with an earlier application
            pass
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
    return _guard


_guard: WheelGuard | None = None
