"""Walk a window with the Tab key the way a keyboard user does (shared by the keyboard tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QRadioButton,
    QWidget,
)


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return (
        f"{type(widget).__name__} {widget.objectName()!r} named {widget.accessibleName()!r}"
        f" in {type(parent).__name__ if parent else None}"
    )


def spoken_name(widget: QWidget) -> str:
    """What a screen reader would call ``widget``: its name, its text, or its label's."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    owner = widget.parentWidget()
    # the inner editor of a spin box, date or combo box speaks for its owner
    if owner is not None and (
        owner.focusProxy() is widget
        or (isinstance(owner, QAbstractScrollArea) and owner.viewport() is widget)
    ):
        return spoken_name(owner)
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def focus_chain(window: QWidget, limit: int = 5000) -> list[QWidget]:
    """Every widget in the window's focus chain, whether it takes focus or not."""
    chain = []
    widget = window.nextInFocusChain()
    while widget is not window and len(chain) < limit:
        chain.append(widget)
        widget.parent()  # (asking for parents is what once upset the toolbar's lock action)
        widget = widget.nextInFocusChain()
    return chain


def tab_stops(window: QWidget, limit: int = 300) -> list[QWidget]:
    """Press Tab from the window's first stop until focus comes back round; fail on a trap."""
    window.activateWindow()
    window.setFocus()
    QApplication.processEvents()
    window.focusNextChild()
    QApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None, "nothing takes keyboard focus"
    stops = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is first:
            return stops
        assert after is not current, f"Tab is stuck on {describe(current)}"
        assert after not in stops, f"Tab goes round {describe(after)} without the rest"
        stops.append(after)
    raise AssertionError(f"no way back to the start after {limit} presses of Tab")


def unreachable(window: QWidget, stops: list[QWidget]) -> list[QWidget]:
    """Shown, enabled controls that take Tab focus but were never reached by Tab.

    A radio group is one Tab stop (arrows move inside it), so a radio button counts as
    reached when another in its group was.
    """
    reached = set(stops)
    groups = {id(b.group()) for b in stops if isinstance(b, QRadioButton) and b.group()}
    missed = []
    for widget in window.findChildren(QWidget):
        wants_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if not (wants_tab and widget.isVisible() and widget.isEnabled()) or widget in reached:
            continue
        if widget.focusProxy() is not None:  # its proxy is what takes focus
            continue
        if isinstance(widget, QRadioButton) and widget.group() and id(widget.group()) in groups:
            continue
        if widget.visibleRegion().isEmpty():  # scrolled out of sight inside an inner area
            continue
        missed.append(widget)
    return missed
